package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;

/**
 * The second pass's {@code invalid_*} alternatives: once the plain grammar has failed, the rules
 * run again with these enabled and the first that recognises its mistake throws CPython's specific
 * message. Each method either throws or returns (letting the ordinary failure continue).
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class InvalidRules extends PatternRules {

    InvalidRules(Tokenizer tokenizer, boolean invalidPass) {
        super(tokenizer, invalidPass);
    }

    /**
     * {@code invalid_expression}: two expressions side by side inside brackets ("Perhaps you
     * forgot a comma?"), and a conditional expression without {@code else}.
     */
    @Override final void invalidExpression(int start, Expr parsed) {
        Token first = token(start);
        Token next = peek();
        boolean softKeywordOrNameString = first.type() == TokenType.NAME
                && (token(start + 1).type() == TokenType.STRING || first.text().equals("match")
                        || first.text().equals("case") || first.text().equals("type") || first.text().equals("_"));
        if (!softKeywordOrNameString && startsExpression(next) && nestingLevel(pos) > 0
                && !isLegacyName(parsed)) {
            int mark = pos;
            Expr b = disjunction();
            if (b != null && !atKeyword("if") || b != null && b instanceof Expr.Lambda) {
                throw errorBetween(parsed.pos(), b.pos(), "invalid syntax. Perhaps you forgot a comma?");
            }
            pos = mark;
        }
        if (atKeyword("if")) {
            int mark = pos;
            pos++;
            Expr test = disjunction();
            if (test != null && !atKeyword("else") && !atOp(":")) {
                throw errorBetween(parsed.pos(), test.pos(), "expected 'else' after 'if' expression");
            }
            pos = mark;
        }
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

    /** How many brackets are open before the token at {@code index}. */
    final int nestingLevel(int index) {
        int level = 0;
        for (int i = 0; i < index; i++) {
            Token t = token(i);
            if (t.type() == TokenType.OP) {
                switch (t.text()) {
                    case "(", "[", "{" -> level++;
                    case ")", "]", "}" -> level--;
                    default -> {
                    }
                }
            } else if (t.type() == TokenType.NEWLINE) {
                level = 0;
            }
        }
        return level;
    }

    /** {@code invalid_arguments}, {@code invalid_kwarg}: the arguments of the call opened at {@code open}. */
    @Override final void invalidArguments(int open) {
        pos = open + 1;
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        int count = 0;
        while (!atOp(")")) {
            int itemStart = pos;
            if (op("*") != null) {
                Expr v = expression();
                if (v == null) {
                    return;
                }
                if (sawDoubleStar) {
                    throw errorBetween(tokenPos(token(itemStart)), v.pos(),
                            "iterable argument unpacking follows keyword argument unpacking");
                }
            } else if (op("**") != null) {
                if (expression() == null) {
                    return;
                }
                sawDoubleStar = true;
            } else if (isKeywordLike(peek()) && atOp(1, "=")) {
                Token n = advance();
                if (!isName(n)) {
                    if (n.text().equals("True") || n.text().equals("False") || n.text().equals("None")) {
                        throw errorAt(n, "cannot assign to " + n.text());
                    }
                    throw errorAt(n, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                pos++;
                if (expression() == null) {
                    throw errorAt(token(itemStart), "expected argument value expression");
                }
                sawKeyword = true;
            } else {
                Expr v = atName() && atOp(1, ":=") ? assignmentExpression() : expression();
                if (v == null) {
                    return;
                }
                if (atOp("=")) {
                    Token eq = peek();
                    throw errorBetween(v.pos(), tokenPos(eq),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (atComprehension()) {
                    int before = pos;
                    var gens = forIfClauses();
                    if (gens == null) {
                        return;
                    }
                    if (count > 0 || !atOp(")")) {
                        Token last = lastToken();
                        throw errorBetween(v.pos(), tokenPos(last), "Generator expression must be parenthesized");
                    }
                    pos = before;
                    return;
                }
                if (sawDoubleStar) {
                    throw errorAt(v, "positional argument follows keyword argument unpacking");
                }
                if (sawKeyword) {
                    throw errorAt(v, "positional argument follows keyword argument");
                }
            }
            count++;
            if (op(",") == null) {
                return;
            }
        }
    }

    private static boolean isKeywordLike(Token t) {
        return t.type() == TokenType.NAME;
    }

    @Override final void invalidForTarget(Expr target) {
        // invalid_for_target: 'for' star_expressions, with the culprit found in it
    }

    @Override final void invalidReplacementField(Token lbrace) {
        Token t = peek();
        if (t.isOp("}") && token(pos - 1) == lbrace) {
            throw errorAt(t, "f-string: valid expression required before '}'");
        }
        if (t.isOp("!") && token(pos - 1) == lbrace) {
            throw errorAt(t, "f-string: valid expression required before '!'");
        }
        if (t.isOp(":") && token(pos - 1) == lbrace) {
            throw errorAt(t, "f-string: valid expression required before ':'");
        }
        if (t.isOp("=") && token(pos - 1) == lbrace) {
            throw errorAt(t, "f-string: valid expression required before '='");
        }
    }

    @Override final void invalidAsPattern(Pattern p) {
        if (atKeyword("_")) {
            throw errorAt(peek(), "cannot use '_' as a target");
        }
        if (startsExpression(peek())) {
            int mark = pos;
            Expr e = expression();
            pos = mark;
            if (e != null) {
                throw errorAt(e, "invalid pattern target");
            }
        }
    }

    @Override final void invalidClassPattern(Pattern positional) {
        throw errorAt(positional.pos(), "positional patterns follow keyword patterns");
    }

    /** A simple statement not followed by NEWLINE or ';'. */
    final void invalidAfterSimpleStatement() {
    }

    final void invalidAnnotatedTarget(Expr target) {
        String what = target instanceof Expr.Tuple ? "tuple" : target instanceof Expr.List ? "list" : null;
        if (what != null) {
            throw errorAt(target, "only single target (not " + what + ") can be annotated");
        }
        throw errorAt(target, "illegal target for annotation");
    }

    final void invalidAugTarget(Expr target) {
        throw errorAt(target, "'" + Targets.describe(target) + "' is an illegal expression for augmented assignment");
    }

    final void invalidAssignTarget(Expr target) {
        if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
            throw errorAt(target, "assignment to yield expression not possible");
        }
        Expr bad = Targets.invalid(target, Targets.Kind.STAR_TARGETS);
        if (bad == null) {
            return;
        }
        if (bad instanceof Expr.Starred) {
            throw errorAt(bad, "cannot use starred expression here");
        }
        throw errorAt(bad, "cannot assign to " + Targets.describe(bad) + " here. Maybe you meant '==' instead of '='?");
    }

    final void invalidDelStmt(int start) {
        pos = start;
        Expr e = starExpressions();
        if (e != null) {
            Expr bad = Targets.invalid(e, Targets.Kind.DEL_TARGETS);
            if (bad != null) {
                throw errorAt(bad, "cannot delete " + Targets.describe(bad));
            }
        }
    }

    final void invalidTypeParamBound(int stars, Token colon) {
        String msg = stars == 1 ? "cannot use bound with TypeVarTuple" : "cannot use bound with ParamSpec";
        throw errorAt(colon, msg);
    }
}
