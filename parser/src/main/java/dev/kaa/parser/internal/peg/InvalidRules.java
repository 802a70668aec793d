package dev.kaa.parser.internal.peg;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.List;

/**
 * The second pass's {@code invalid_*} alternatives: once the plain grammar has failed, the rules
 * run again with these enabled and the first that recognises its mistake throws CPython's specific
 * message, with CPython's location. Each method either throws or returns with the position where
 * it found it (letting the ordinary failure go on).
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class InvalidRules extends PatternRules {

    InvalidRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** Runs {@code rule} with the invalid_* alternatives off, as {@code expression_without_invalid} does. */
    final Expr withoutInvalid(java.util.function.Supplier<Expr> rule) {
        boolean saved = invalidPass;
        invalidPass = false;
        try {
            return rule.get();
        } finally {
            invalidPass = saved;
        }
    }

    // ---- invalid_expression, invalid_legacy_expression

    /**
     * {@code invalid_expression}: two expressions side by side inside brackets ("Perhaps you forgot
     * a comma?"), a conditional expression without {@code else}; then
     * {@code invalid_legacy_expression} ({@code print x}).
     */
    @Override final void invalidExpression(int start, Expr parsed) {
        int mark = pos;
        Token first = token(start);
        // CPython skips NAME STRING (bad string prefixes) and soft keywords; its soft keyword test
        // compares only the name's length of characters, so every prefix of one counts too.
        boolean blocked = first.type() == TokenType.NAME
                && (token(start + 1).type() == TokenType.STRING || isSoftKeywordPrefix(first.text()));
        if (!blocked && !isLegacyName(parsed) && startsExpression(peek())) {
            Expr b = withoutInvalid(this::expressionWithoutInvalid);
            if (b != null && levelAt(pos - 1) > 0) {
                throw errorBetween(parsed.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
            }
            pos = mark;
        }
        if (atKeyword("if")) {
            pos++;
            Expr test = disjunction();
            if (test != null && !atKeyword("else") && !atOp(":")) {
                throw errorBetween(parsed.pos(), test.pos(), "expected 'else' after 'if' expression");
            }
            pos = mark;
        }
        if (isName(first) && !token(start + 1).isOp("(")) {
            pos = start + 1;
            Expr b = starExpressions();
            if (b != null && (first.text().equals("print") || first.text().equals("exec"))) {
                throw errorBetween(tokenPos(first), b.pos(), "Missing parentheses in call to '" + first.text()
                        + "'. Did you mean " + first.text() + "(...)?");
            }
            pos = mark;
        }
    }

    private static boolean isSoftKeywordPrefix(String name) {
        return "match".startsWith(name) || "case".startsWith(name) || "type".startsWith(name)
                || "_".startsWith(name);
    }

    private static boolean isLegacyName(Expr e) {
        return e instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** Whether an expression could start with {@code t}. */
    final boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NAME -> isName(t) || t.text().equals("None") || t.text().equals("True")
                    || t.text().equals("False") || t.text().equals("lambda") || t.text().equals("not")
                    || t.text().equals("await");
            case NUMBER, STRING, FSTRING_START -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    // ---- invalid_named_expression

    /**
     * {@code invalid_named_expression} at {@code start}: a walrus with a target that is not a
     * name, and {@code =} where {@code ==} was meant.
     */
    @Override final void invalidNamedExpression(int start) {
        pos = start;
        if (alreadyChecked(MEMO_INVALID_NAMED)) {
            return;
        }
        if (atName() && atOp(1, ":=") && assignmentExpression() != null) {
            // assignment_expression comes first and matches
            pos = start;
            return;
        }
        Expr e = expression();
        if (e != null && op(":=") != null && expression() != null) {
            throw errorAt(e, "cannot use assignment expressions with " + Targets.describe(e));
        }
        pos = start;
        if (atName() && atOp(1, "=")) {
            Token n = advance();
            pos++;
            Expr b = bitwiseOr();
            if (b != null && !atOp("=") && !atOp(":=")) {
                throw errorBetween(tokenPos(n), b.pos(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
            }
        }
        pos = start;
        if (!startsWithDisplayOrSingleton(start)) {
            Expr a = bitwiseOr();
            if (a != null && op("=") != null) {
                Expr b = bitwiseOr();
                if (b != null && !atOp("=") && !atOp(":=")) {
                    throw errorAt(a, "cannot assign to " + Targets.describe(a)
                            + " here. Maybe you meant '==' instead of '='?");
                }
            }
        }
        pos = start;
    }

    /** {@code &(list | tuple | genexp | 'True' | 'None' | 'False')}. */
    private boolean startsWithDisplayOrSingleton(int start) {
        Token t = token(start);
        if (t.type() == TokenType.NAME) {
            return t.text().equals("True") || t.text().equals("None") || t.text().equals("False");
        }
        if (!t.isOp("(") && !t.isOp("[")) {
            return false;
        }
        Expr a = atom();
        pos = start;
        return a instanceof Expr.List || a instanceof Expr.GeneratorExp
                || a instanceof Expr.Tuple && t.isOp("(");
    }

    // ---- invalid_assignment

    /**
     * {@code invalid_assignment}, for a simple statement that is not a valid assignment: bad
     * annotation targets, bad assignment targets, augmented assignment to a non-target.
     */
    final void invalidAssignment(int start) {
        int mark = pos;
        // invalid_ann_assign_target ':' expression
        pos = start;
        Token t = peek();
        if (t.isOp("(") || t.isOp("[")) {
            Expr a = atom();
            if ((a instanceof Expr.Tuple || a instanceof Expr.List) && op(":") != null && expression() != null) {
                throw errorAt(a, "only single target (not " + (a instanceof Expr.Tuple ? "tuple" : "list")
                        + ") can be annotated");
            }
        }
        // star_named_expression ',' star_named_expressions* ':' expression; its elements are where
        // invalid_named_expression is reached
        pos = start;
        Expr firstElement = null;
        int count = 0;
        while (true) {
            int elementStart = pos;
            invalidNamedExpression(elementStart);
            pos = elementStart;
            Expr e = starNamedExpression();
            if (e == null) {
                break;
            }
            if (firstElement == null) {
                firstElement = e;
            }
            count++;
            if (op(",") == null) {
                break;
            }
        }
        if (count > 1 || count == 1 && token(pos - 1).isOp(",")) {
            if (op(":") != null && expression() != null) {
                throw errorAt(firstElement, "only single target (not tuple) can be annotated");
            }
        }
        // expression ':' expression
        pos = start;
        Expr target = expression();
        if (target != null && op(":") != null && expression() != null) {
            throw errorAt(target, "illegal target for annotation");
        }
        // (star_targets '=')* (star_expressions | yield_expr) '='
        pos = start;
        while (true) {
            boolean isYield = atKeyword("yield");
            Expr e = isYield ? yieldExpr() : starExpressions();
            if (e == null || !atOp("=")) {
                break;
            }
            if (isYield) {
                throw errorAt(e, "assignment to yield expression not possible");
            }
            if (Targets.withContext(e, ExprContext.Store) == null) {
                throwIfAny(invalidTarget(e, Targets.Kind.STAR_TARGETS));
                break;
            }
            pos++;
        }
        // star_expressions augassign annotated_rhs
        pos = start;
        Expr aug = starExpressions();
        if (aug != null && !Targets.isSingle(aug) && isAugOperator(peek())) {
            throw errorAt(aug, "'" + Targets.describe(aug) + "' is an illegal expression for augmented assignment");
        }
        pos = mark;
    }

    private static boolean isAugOperator(Token t) {
        if (t.type() != TokenType.OP) {
            return false;
        }
        return switch (t.text()) {
            case "+=", "-=", "*=", "@=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//=" -> true;
            default -> false;
        };
    }

    /**
     * {@code RAISE_SYNTAX_ERROR_INVALID_TARGET}: "cannot assign to …" (or delete) at the culprit,
     * or null where there is none (the generic error follows).
     */
    final PySyntaxError invalidTarget(Expr e, Targets.Kind kind) {
        Expr bad = Targets.invalid(e, kind);
        if (bad == null) {
            return null;
        }
        String verb = kind == Targets.Kind.DEL_TARGETS ? "cannot delete " : "cannot assign to ";
        return errorAt(bad, verb + Targets.describe(bad));
    }

    private static void throwIfAny(PySyntaxError e) {
        if (e != null) {
            throw e;
        }
    }

    final Token farthest() {
        return token(fetched() - 1);
    }

    // ---- targets of for, with, del

    /** {@code invalid_for_target: ['async'] 'for' star_expressions}: {@code afterFor} indexes the token after 'for'. */
    @Override final void invalidForTarget(int afterFor) {
        int mark = pos;
        pos = afterFor;
        Expr e = starExpressions();
        if (e != null) {
            Expr bad = Targets.invalid(e, Targets.Kind.FOR_TARGETS);
            if (bad != null) {
                throw errorAt(bad, "cannot assign to " + Targets.describe(bad));
            }
        }
        pos = mark;
    }

    /** {@code invalid_for_if_clause}: comprehension targets not followed by 'in'. */
    @Override final void invalidForIfClause(int afterFor) {
        int mark = pos;
        pos = afterFor;
        if (bitwiseOr() != null) {
            while (op(",") != null && bitwiseOr() != null) {
                // the targets
            }
            if (!atKeyword("in")) {
                throw errorAt(farthest(), "'in' expected after for-loop variables");
            }
        }
        pos = mark;
    }

    /** {@code 'lambda' [lambda_params] ':'} followed by f-string text: the lambda ends the field. */
    @Override final void invalidLambdaInFString() {
        int mark = pos;
        Token kw = advance();
        if (!atOp(":")) {
            lambdaParameters();
        }
        Token colon = op(":");
        if (colon != null && atType(TokenType.FSTRING_MIDDLE)) {
            throw errorBetween(tokenPos(kw), tokenPos(colon),
                    "f-string: lambda expressions are not allowed without parentheses");
        }
        pos = mark;
    }

    /** {@code invalid_with_item: expression 'as' expression &(',' | ')' | ':')}: the position is after 'as'. */
    final void invalidWithItem() {
        int mark = pos;
        Expr e = expression();
        if (e != null && (atOp(",") || atOp(")") || atOp(":"))) {
            throwIfAny(invalidTarget(e, Targets.Kind.STAR_TARGETS));
        }
        pos = mark;
    }

    final void invalidDelStmt(int start) {
        pos = start;
        Expr e = starExpressions();
        if (e != null) {
            throwIfAny(invalidTarget(e, Targets.Kind.DEL_TARGETS));
        }
    }

    // ---- calls

    /** {@code invalid_arguments}, {@code invalid_kwarg}: the arguments of the call opened at {@code open}. */
    @Override final void invalidArguments(int open) {
        int mark = pos;
        pos = open + 1;
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        String positionalError = null;
        int count = 0;
        while (!atOp(")")) {
            int itemStart = pos;
            if (atOp("*")) {
                Expr v = starredExpressionChecked();
                if (atOp("=")) {
                    break;
                }
                if (sawDoubleStar) {
                    throw errorBetween(tokenPos(token(itemStart - 1)), v.pos(),
                            "iterable argument unpacking follows keyword argument unpacking");
                }
            } else if (atOp("**")) {
                Token stars = advance();
                if (expression() == null) {
                    break;
                }
                if (atOp("=")) {
                    pos++;
                    Expr b = expression();
                    if (b != null) {
                        throw errorBetween(tokenPos(stars), b.pos(), "cannot assign to keyword argument unpacking");
                    }
                    break;
                }
                sawDoubleStar = true;
            } else if (peek().type() == TokenType.NAME && atOp(1, "=")) {
                Token n = advance();
                Token eq = advance();
                if (n.text().equals("True") || n.text().equals("False") || n.text().equals("None")) {
                    throw errorBetween(tokenPos(n), tokenPos(eq), "cannot assign to " + n.text());
                }
                if (atOp(",") || atOp(")")) {
                    throw errorBetween(tokenPos(n), tokenPos(eq), "expected argument value expression");
                }
                Expr v = expression();
                if (v == null) {
                    break;
                }
                if (atComprehension()) {
                    throw errorBetween(tokenPos(n), tokenPos(eq),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                sawKeyword = true;
            } else {
                boolean walrus = atName() && atOp(1, ":=");
                Expr v = walrus ? assignmentExpression() : expression();
                if (v == null) {
                    break;
                }
                if (atOp("=") && !walrus) {
                    throw errorBetween(v.pos(), tokenPos(peek()),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (atComprehension()) {
                    int before = pos;
                    List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
                    if (gens == null) {
                        break;
                    }
                    if (count > 0 || !atOp(")")) {
                        Token last = lastToken();
                        if (count == 0 && op(",") != null && atOp("*")) {
                            // CPython's rule reads the arguments after the comma first, so a
                            // bare '*' there is the error it reports
                            starredExpressionChecked();
                        }
                        throw errorBetween(v.pos(), tokenPos(last), "Generator expression must be parenthesized");
                    }
                    pos = before;
                    break;
                }
                if (positionalError == null && (sawDoubleStar || sawKeyword)) {
                    // reported where CPython stands: after all the arguments
                    positionalError = sawDoubleStar ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
            }
            count++;
            if (op(",") == null) {
                break;
            }
        }
        if (positionalError != null) {
            throw errorAt(farthest(), positionalError);
        }
        pos = mark;
    }

    /** {@code invalid_arithmetic}, {@code invalid_factor}: {@code not} right after an operator. */
    @Override final void invalidNotAfterOperator() {
        if (atKeyword("not")) {
            int mark = pos;
            Token not = peek();
            Expr operand = inversion();
            if (operand != null) {
                throw errorBetween(tokenPos(not), operand.pos(), "'not' after an operator must be parenthesized");
            }
            pos = mark;
        }
    }

    // ---- displays

    /** {@code invalid_group}: {@code (*x)} and {@code (**x)}; the position is at '('. */
    @Override final void invalidGroup(int start) {
        int mark = pos;
        pos = start + 1;
        if (atOp("*")) {
            Expr e = starNamedExpression();
            if (e != null && atOp(")")) {
                throw errorAt(e, "cannot use starred expression here");
            }
        } else if (atOp("**")) {
            Token stars = advance();
            Expr e = expression();
            if (e != null && atOp(")")) {
                throw errorAt(stars, "cannot use double starred expression here");
            }
        }
        pos = mark;
    }

    /** {@code invalid_comprehension}: the position is at the opening bracket. */
    @Override final void invalidComprehension(int start) {
        int mark = pos;
        pos = start + 1;
        if (atOp("*")) {
            Expr starred = starredExpressionChecked();
            if (atComprehension()) {
                throw errorAt(starred, "iterable unpacking cannot be used in comprehension");
            }
            pos = start + 1;
        }
        // the other alternatives are for '[' and '{' only
        Expr first = token(start).isOp("(") ? null : starNamedExpression();
        if (first != null) {
            Token comma = op(",");
            if (comma != null) {
                if (atComprehension()) {
                    throw errorBetween(first.pos(), tokenPos(comma),
                            "did you forget parentheses around the comprehension target?");
                }
                java.util.ArrayList<Expr> rest = new java.util.ArrayList<>();
                if (starNamedExpressions(rest) && atComprehension()) {
                    throw errorBetween(first.pos(), rest.getLast().pos(),
                            "did you forget parentheses around the comprehension target?");
                }
            }
        }
        pos = mark;
    }

    /**
     * {@code starred_expression} with its second-pass alternatives, the cursor at '*': the
     * starred expression, or CPython's error for {@code *a = b} or for a '*' with no expression.
     */
    @Override final Expr starredExpressionChecked() {
        int start = pos;
        Token star = advance();
        Expr value = expression();
        if (value == null) {
            // CPython raises this with no location of its own: at the farthest token read.
            throw errorAt(farthest(), "Invalid star expression");
        }
        if (atOp("=")) {
            int mark = pos;
            pos++;
            Expr b = expression();
            if (b != null) {
                throw errorBetween(tokenPos(star), b.pos(), "cannot assign to iterable argument unpacking");
            }
            pos = mark;
        }
        return new Expr.Starred(value, dev.kaa.parser.ast.ExprContext.Load, span(start));
    }

    /** {@code invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'}: the position is at '{'. */
    @Override final void invalidDictComprehension(int start) {
        int mark = pos;
        pos = start + 1;
        Token stars = op("**");
        if (stars != null && bitwiseOr() != null && atComprehension()
                && forIfClauses() != null && atOp("}")) {
            throw errorAt(stars, "dict unpacking cannot be used in dict comprehension");
        }
        pos = mark;
    }

    /** {@code invalid_double_starred_kvpairs} and {@code invalid_kvpair}: the position is at '{'. */
    @Override final void invalidDict(int start) {
        int mark = pos;
        pos = start + 1;
        int pairs = 0;
        while (!atOp("}")) {
            if (op("**") != null) {
                if (bitwiseOr() == null) {
                    break;
                }
            } else {
                Expr key = expression();
                if (key == null) {
                    break;
                }
                Token colon = op(":");
                if (colon == null) {
                    if (pairs > 0) {
                        dev.kaa.parser.ast.Pos p = key.pos();
                        throw errorRaw(PySyntaxError.Kind.SyntaxError, "':' expected after dictionary key",
                                p.lineno(), offsetOf(p.lineno(), p.end_col_offset() - 1), p.end_lineno(), 0);
                    }
                    break;
                }
                if (atOp("*")) {
                    Token star = advance();
                    if (bitwiseOr() != null) {
                        throw errorStartingFrom(star, "cannot use a starred expression in a dictionary value");
                    }
                    break;
                }
                if (atOp("}") || atOp(",")) {
                    throw errorAt(colon, "expression expected after dictionary key and ':'");
                }
                if (expression() == null) {
                    break;
                }
            }
            pairs++;
            if (op(",") == null) {
                break;
            }
        }
        pos = mark;
    }

    // ---- f-strings

    /** {@code invalid_replacement_field}: the field opened at {@code start}. */
    @Override final void invalidReplacementField(int start, boolean raw) {
        int mark = pos;
        pos = start + 1;
        Token t = peek();
        if (t.isOp("=") || t.isOp("!") || t.isOp(":") || t.isOp("}")) {
            throw errorAt(t, "f-string: valid expression required before '" + t.text() + "'");
        }
        Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (value == null) {
            throw errorAt(peek(), "f-string: expecting a valid expression after '{'");
        }
        if (!atOp("=") && !atOp("!") && !atOp(":") && !atOp("}")) {
            throw errorAt(peek(), "f-string: expecting '=', or '!', or ':', or '}'");
        }
        if (op("=") != null && !atOp("!") && !atOp(":") && !atOp("}")) {
            throw errorAt(peek(), "f-string: expecting '!', or ':', or '}'");
        }
        if (atOp("!")) {
            pos++;
            if (atOp(":") || atOp("}")) {
                throw errorAt(peek(), "f-string: missing conversion character");
            }
            if (peek().type() != TokenType.NAME) {
                throw errorAt(peek(), "f-string: invalid conversion character");
            }
            pos++;
        }
        if (!atOp(":") && !atOp("}")) {
            throw errorAt(peek(), "f-string: expecting ':' or '}'");
        }
        if (atOp(":")) {
            formatSpecForErrors(raw);
            if (!atOp("}")) {
                throw errorAt(peek(), "f-string: expecting '}', or format specs");
            }
        }
        pos = mark;
    }

    // ---- patterns

    @Override final void invalidAsPattern(Pattern p) {
        if (atKeyword("_")) {
            throw errorAt(peek(), "cannot use '_' as a target");
        }
        if (!atName() && startsExpression(peek())) {
            int mark = pos;
            Expr e = expression();
            pos = mark;
            if (e != null) {
                throw errorAt(e, "invalid pattern target");
            }
        }
    }

    @Override final void invalidClassPattern(Pattern first, Pattern last) {
        throw errorBetween(first.pos(), last.pos(), "positional patterns follow keyword patterns");
    }

    // ---- annotations and type parameters

    /** {@code invalid_type_param}: a bound on {@code *Ts} or {@code **P}; the colon is next. */
    final void invalidTypeParamBound(int stars, Token colon) {
        pos++;
        if (expression() != null) {
            throw errorStartingFrom(colon,
                    stars == 1 ? "cannot use bound with TypeVarTuple" : "cannot use bound with ParamSpec");
        }
    }

    /** {@code invalid_with_stmt}: with items (as the second pass sees them), then the end of the line. */
    final void invalidWithStmt(int afterWith) {
        int mark = pos;
        pos = afterWith;
        boolean paren = op("(") != null;
        int items = 0;
        while (true) {
            Expr e = paren ? expressions() : expression();
            if (e == null) {
                break;
            }
            items++;
            if (keyword("as") != null && starTarget() == null) {
                break;
            }
            if (op(",") == null) {
                break;
            }
        }
        if (paren && op(")") == null) {
            pos = mark;
            return;
        }
        if (items > 0 && atType(TokenType.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
        pos = mark;
    }

    /**
     * {@code invalid_match_stmt: "match" subject_expr NEWLINE}, the cursor after the subject: the
     * missing colon. (The statement rule calls this in the second pass when ':' does not follow.)
     */
    final void invalidMatchStmt() {
        if (atType(TokenType.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
    }

    /**
     * {@code invalid_except_stmt: 'except' '*'? expression ',' expressions ['as' NAME] ':'}:
     * {@code typeStart} indexes the first exception type. The error runs from that type to
     * where the tokenizer stands, past the name after 'as' when there is one.
     */
    final void invalidExceptTypes(int typeStart) {
        int mark = pos;
        pos = typeStart;
        Token first = peek();
        Expr all = expressions();
        if (all instanceof Expr.Tuple t && t.elts().size() > 1
                && (keyword("as") == null || name() != null) && atOp(":")) {
            throw errorStartingFrom(first, "multiple exception types must be parenthesized");
        }
        pos = mark;
    }

    /**
     * An error as CPython's RAISE_SYNTAX_ERROR_STARTING_FROM makes it: from {@code t} to where the
     * tokenizer stands, the end of the farthest token read (with no +1, as CPython has it).
     */
    final PySyntaxError errorStartingFrom(Token t, String msg) {
        Token end = farthest();
        int col = t.type() == TokenType.NEWLINE ? newlineStart(t) : t.col();
        return errorRaw(PySyntaxError.Kind.SyntaxError, msg, t.lineno(), offsetOf(t.lineno(), col),
                end.endLineno(), offsetOf(end.endLineno(), end.endCol()) - 1);
    }
}
