package dev.kaa.parser.internal.peg;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.MatchCase;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import dev.kaa.parser.ast.WithItem;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements that contain blocks: {@code def}, {@code class}, {@code if}, {@code while},
 * {@code for}, {@code with}, {@code try}, {@code match} and their {@code async} forms, and the
 * {@code statements}/{@code block} rules that nest them.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class CompoundStatementRules extends SimpleStatementRules {

    CompoundStatementRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code statements: statement+}; null if there is none. */
    final List<Stmt> statements() {
        List<Stmt> out = new ArrayList<>();
        while (statement(out)) {
            // each statement appends itself
        }
        return out.isEmpty() ? null : out;
    }

    /** {@code statement: compound_stmt | simple_stmts}, appended to {@code out}. */
    final boolean statement(List<Stmt> out) {
        Stmt s = compoundStmt();
        if (s != null) {
            out.add(s);
            return true;
        }
        return simpleStmts(out);
    }

    /** {@code compound_stmt}: chosen by the first token (soft keyword {@code match} tried, then dropped). */
    final Stmt compoundStmt() {
        Token t = peek();
        if (t.type() == TokenType.OP && t.text().equals("@")) {
            return decorated();
        }
        if (t.type() != TokenType.NAME) {
            return null;
        }
        return switch (t.text()) {
            case "def" -> functionDef(pos, new ArrayList<>(), false);
            case "class" -> classDef(pos, new ArrayList<>());
            case "if" -> ifStmt("if");
            case "while" -> whileStmt();
            case "for" -> forStmt(pos, false);
            case "with" -> withStmt(pos, false);
            case "try" -> tryStmt();
            case "async" -> asyncStmt();
            case "match" -> matchStmt();
            default -> null;
        };
    }

    private Stmt asyncStmt() {
        int start = pos;
        Token next = peek(1);
        if (next.type() != TokenType.NAME) {
            return null;
        }
        pos++;
        Stmt s = switch (next.text()) {
            case "def" -> functionDef(start, new ArrayList<>(), true);
            case "for" -> forStmt(start, true);
            case "with" -> withStmt(start, true);
            default -> null;
        };
        if (s == null) {
            pos = start;
        }
        return s;
    }

    /** {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}; null on failure. */
    final List<Stmt> block(String what, Token opener) {
        enter();
        List<Stmt> b = block0(what, opener);
        leave();
        return b;
    }

    private List<Stmt> block0(String what, Token opener) {
        int start = pos;
        if (atType(TokenType.NEWLINE)) {
            pos++;
            if (expectType(TokenType.INDENT) == null) {
                if (invalidPass) {
                    if (start > 0 && token(start - 1).type() == TokenType.TYPE_COMMENT) {
                        // after a type comment the statement's own invalid_*_indent rule (':'
                        // NEWLINE !INDENT) does not match; invalid_block's words are left
                        throw errorAt(PySyntaxError.Kind.IndentationError, lastFetched(), "expected an indented block");
                    }
                    throw errorAt(PySyntaxError.Kind.IndentationError, peek(), "expected an indented block after "
                            + what + " on line " + opener.lineno());
                }
                pos = start;
                return null;
            }
            List<Stmt> body = statements();
            if (body == null || expectType(TokenType.DEDENT) == null) {
                pos = start;
                return null;
            }
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        if (!simpleStmts(body)) {
            return null;
        }
        return body;
    }

    /**
     * A ':' that must follow. Where the grammar forces it ({@code &&':'}) its absence is "expected
     * ':'" at once; elsewhere only in the second pass, and only before the end of the line.
     */
    final boolean colon(boolean forced) {
        if (op(":") != null) {
            return true;
        }
        if (forced || invalidPass && atType(TokenType.NEWLINE)) {
            throw errorAt(peek(), "expected ':'");
        }
        return false;
    }

    // ---- def and class

    /** {@code decorators: ('@' named_expression NEWLINE)+}, then a def or class. */
    private Stmt decorated() {
        int start = pos;
        List<Expr> decorators = new ArrayList<>();
        while (op("@") != null) {
            Expr d = namedExpression();
            if (d == null || expectType(TokenType.NEWLINE) == null) {
                pos = start;
                return null;
            }
            decorators.add(d);
        }
        Stmt s = null;
        if (atKeyword("def")) {
            s = functionDef(pos, decorators, false);
        } else if (atKeyword("class")) {
            s = classDef(pos, decorators);
        } else if (atKeyword("async") && atKeyword(1, "def")) {
            int defStart = pos;
            pos++;
            s = functionDef(defStart, decorators, true);
        }
        if (s == null) {
            pos = start;
        }
        return s;
    }

    /** {@code function_def_raw: ['async'] 'def' NAME [type_params] '(' [params] ')' ['->' expression] ':' block}. */
    private Stmt functionDef(int start, List<Expr> decorators, boolean isAsync) {
        int mark = pos;
        Token def = advance();
        Token n = name();
        if (n == null) {
            pos = mark;
            return null;
        }
        List<TypeParam> typeParams = new ArrayList<>();
        if (atOp("[")) {
            typeParams = typeParams();
            if (typeParams == null) {
                typeParams = new ArrayList<>();
            }
        }
        if (op("(") == null) {
            // a forced token of the grammar (&&'('): its absence is reported at once
            throw errorAt(peek(), "expected '('");
        }
        Arguments args = atOp(")") ? emptyArguments() : parameters();
        if (args == null || op(")") == null) {
            pos = mark;
            return null;
        }
        Expr returns = null;
        if (atOp("->")) {
            int arrow = pos;
            pos++;
            returns = expression();
            if (returns == null) {
                // ['->' expression] is optional: the forced ':' is then missing at the arrow
                pos = arrow;
            }
        }
        if (!colon(true)) {
            pos = mark;
            return null;
        }
        if (invalidPass && tokenizer.typeComments() && atType(TokenType.NEWLINE)
                && peek(1).type() == TokenType.TYPE_COMMENT) {
            // invalid_def_raw (':' NEWLINE !INDENT) comes first in CPython's grammar: a def whose
            // type comment is alone on the next line, in source that fails, is reported so
            throw errorAt(PySyntaxError.Kind.IndentationError, lastFetched(),
                    "expected an indented block after function definition on line " + def.lineno());
        }
        String tc = tokenizer.typeComments() ? funcTypeComment() : null;
        List<Stmt> body = block("function definition", def);
        if (body == null) {
            pos = mark;
            return null;
        }
        return isAsync
                ? new Stmt.AsyncFunctionDef(n.text(), args, body, decorators, returns, tc, typeParams, span(start))
                : new Stmt.FunctionDef(n.text(), args, body, decorators, returns, tc, typeParams, span(start));
    }

    /**
     * {@code func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments
     * | TYPE_COMMENT}: the signature's type comment after the colon, or alone on the next line.
     */
    private String funcTypeComment() {
        if (atType(TokenType.NEWLINE) && peek(1).type() == TokenType.TYPE_COMMENT
                && peek(2).type() == TokenType.NEWLINE && peek(3).type() == TokenType.INDENT) {
            pos += 2;
            return token(pos - 1).text();
        }
        if (invalidPass && atType(TokenType.TYPE_COMMENT) && peek(1).type() == TokenType.NEWLINE
                && peek(2).type() == TokenType.TYPE_COMMENT && peek(3).type() == TokenType.NEWLINE
                && peek(4).type() == TokenType.INDENT) {
            // CPython points at the last token read (the INDENT here, unless the first pass read
            // further): an INDENT's width, and -1
            Token last = lastFetched();
            if (last.type() != TokenType.INDENT) {
                throw errorAt(last, "Cannot have two type comments on def");
            }
            throw errorRaw(PySyntaxError.Kind.SyntaxError, "Cannot have two type comments on def", last.lineno(),
                    offsetOf(last.endLineno(), last.endCol()) - 1, last.endLineno(), -1);
        }
        return typeComment();
    }

    /** {@code class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block}. */
    private Stmt classDef(int start, List<Expr> decorators) {
        int mark = pos;
        Token cls = advance();
        Token n = name();
        if (n == null) {
            pos = mark;
            return null;
        }
        List<TypeParam> typeParams = new ArrayList<>();
        if (atOp("[")) {
            typeParams = typeParams();
            if (typeParams == null) {
                pos = mark;
                return null;
            }
        }
        List<Expr> bases = new ArrayList<>();
        List<dev.kaa.parser.ast.Keyword> keywords = new ArrayList<>();
        if (atOp("(")) {
            Expr call = call(null, pos, false);
            if (!(call instanceof Expr.Call c)) {
                pos = mark;
                return null;
            }
            bases = c.args();
            keywords = c.keywords();
        }
        if (!colon(false)) {
            pos = mark;
            return null;
        }
        List<Stmt> body = block("class definition", cls);
        if (body == null) {
            pos = mark;
            return null;
        }
        return new Stmt.ClassDef(n.text(), bases, keywords, body, decorators, typeParams, span(start));
    }

    // ---- if, while, for

    /** {@code if_stmt} and {@code elif_stmt}: the keyword next. */
    private Stmt ifStmt(String keyword) {
        int start = pos;
        Token kw = advance();
        Expr test = namedExpression();
        if (test == null || !colon(false)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block("'" + keyword + "' statement", kw);
        if (body == null) {
            pos = start;
            return null;
        }
        List<Stmt> orelse = new ArrayList<>();
        if (atKeyword("elif")) {
            Stmt elif = ifStmt("elif");
            if (elif == null) {
                pos = start;
                return null;
            }
            orelse.add(elif);
        } else if (atKeyword("else")) {
            orelse = elseBlock();
            if (orelse == null) {
                pos = start;
                return null;
            }
        }
        return new Stmt.If(test, body, orelse, span(start));
    }

    /** {@code else_block: 'else' ':' block}. */
    private List<Stmt> elseBlock() {
        int start = pos;
        Token kw = advance();
        if (!colon(true)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block("'else' statement", kw);
        if (body == null) {
            pos = start;
        }
        return body;
    }

    private List<Stmt> optionalElse() {
        return atKeyword("else") ? elseBlock() : new ArrayList<>();
    }

    private Stmt whileStmt() {
        int start = pos;
        Token kw = advance();
        Expr test = namedExpression();
        if (test == null || !colon(false)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = body == null ? null : optionalElse();
        if (orelse == null) {
            pos = start;
            return null;
        }
        return new Stmt.While(test, body, orelse, span(start));
    }

    /** {@code for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' block [else_block]}. */
    private Stmt forStmt(int start, boolean isAsync) {
        int mark = pos;
        Token kw = advance();
        int afterFor = pos;
        Expr target = starTargets();
        if (target == null || keyword("in") == null) {
            if (invalidPass) {
                invalidForTarget(afterFor);
            }
            pos = mark;
            return null;
        }
        Expr iter = starExpressions();
        if (iter == null || !colon(false)) {
            pos = mark;
            return null;
        }
        String tc = typeComment();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = body == null ? null : optionalElse();
        if (orelse == null) {
            pos = mark;
            return null;
        }
        return isAsync ? new Stmt.AsyncFor(target, iter, body, orelse, tc, span(start))
                : new Stmt.For(target, iter, body, orelse, tc, span(start));
    }

    // ---- with

    /** {@code with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block}. */
    private Stmt withStmt(int start, boolean isAsync) {
        int mark = pos;
        Token kw = advance();
        List<WithItem> items = null;
        if (atOp("(")) {
            items = parenthesizedWithItems();
            if (items != null && isAsync && tokenizer.typeComments() && peek(1).type() == TokenType.TYPE_COMMENT) {
                // 3.13's grammar has no type comment after async with's parenthesized items: the
                // alternative without parentheses is tried instead (and takes a tuple)
                pos = mark + 1;
                items = null;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                WithItem item = withItem();
                if (item == null) {
                    if (invalidPass) {
                        invalidWithStmt(mark + 1);
                    }
                    pos = mark;
                    return null;
                }
                items.add(item);
            } while (op(",") != null);
        }
        if (!colon(false)) {
            if (invalidPass) {
                invalidWithStmt(mark + 1);
            }
            pos = mark;
            return null;
        }
        String tc = typeComment();
        List<Stmt> body = block("'with' statement", kw);
        if (body == null) {
            pos = mark;
            return null;
        }
        return isAsync ? new Stmt.AsyncWith(items, body, tc, span(start))
                : new Stmt.With(items, body, tc, span(start));
    }

    private List<WithItem> parenthesizedWithItems() {
        int start = pos;
        pos++;
        List<WithItem> items = new ArrayList<>();
        while (!atOp(")")) {
            WithItem item = withItem();
            if (item == null) {
                pos = start;
                return null;
            }
            items.add(item);
            if (op(",") == null) {
                break;
            }
        }
        if (items.isEmpty() || op(")") == null || !atOp(":")) {
            pos = start;
            return null;
        }
        return items;
    }

    /** {@code with_item: expression 'as' star_target &(',' | ')' | ':') | expression}. */
    private WithItem withItem() {
        Expr e = expression();
        if (e == null) {
            return null;
        }
        if (atKeyword("as")) {
            int mark = pos;
            pos++;
            Expr target = starTarget();
            if (target != null && (atOp(",") || atOp(")") || atOp(":"))) {
                return new WithItem(e, target);
            }
            if (invalidPass) {
                pos = mark + 1;
                invalidWithItem();
            }
            pos = mark;
        }
        return new WithItem(e, null);
    }

    // ---- try

    /** {@code try_stmt}: with {@code finally}, {@code except} or {@code except*} clauses. */
    private Stmt tryStmt() {
        int start = pos;
        Token kw = advance();
        if (!colon(true)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block("'try' statement", kw);
        if (body == null) {
            pos = start;
            return null;
        }
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = atKeyword("except") && atOp(1, "*");
        while (atKeyword("except")) {
            if (atOp(1, "*") != star) {
                if (invalidPass) {
                    Token ex = peek();
                    throw star ? errorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'")
                            : errorBetween(tokenPos(ex), tokenPos(peek(1)),
                                    "cannot have both 'except' and 'except*' on the same 'try'");
                }
                pos = start;
                return null;
            }
            ExceptHandler h = exceptBlock(star);
            if (h == null) {
                pos = start;
                return null;
            }
            handlers.add(h);
        }
        List<Stmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty() && atKeyword("else")) {
            orelse = elseBlock();
            if (orelse == null) {
                pos = start;
                return null;
            }
        }
        List<Stmt> finalbody = new ArrayList<>();
        if (atKeyword("finally")) {
            int fstart = pos;
            Token fkw = advance();
            finalbody = colon(true) ? block("'finally' statement", fkw) : null;
            if (finalbody == null) {
                pos = fstart;
                pos = start;
                return null;
            }
        } else if (handlers.isEmpty()) {
            if (invalidPass) {
                Token t = peek();
                throw errorAt(t, "expected 'except' or 'finally' block");
            }
            pos = start;
            return null;
        }
        return star ? new Stmt.TryStar(body, handlers, orelse, finalbody, span(start))
                : new Stmt.Try(body, handlers, orelse, finalbody, span(start));
    }

    /** {@code except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block} (and {@code except*}). */
    private ExceptHandler exceptBlock(boolean star) {
        int start = pos;
        Token kw = advance();
        if (star) {
            pos++;
            if (invalidPass && (atOp(":") || atType(TokenType.NEWLINE))) {
                throw errorAt(peek(), "expected one or more exception types");
            }
        }
        if (invalidPass && !star && atType(TokenType.NEWLINE)) {
            // invalid_except_stmt: a='except' NEWLINE
            throw errorAt(peek(), "expected ':'");
        }
        Expr type = null;
        String name = null;
        if (!atOp(":") || star) {
            type = expression();
            if (type == null) {
                pos = start;
                return null;
            }
            if (atOp(",") && invalidPass) {
                invalidExceptTypes(start + (star ? 2 : 1));
            }
            if (keyword("as") != null) {
                Token n = name();
                if (n == null) {
                    pos = start;
                    return null;
                }
                name = n.text();
            }
        }
        if (!colon(false)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", kw);
        if (body == null) {
            pos = start;
            return null;
        }
        return new ExceptHandler(type, name, body, span(start));
    }

    // ---- match

    /** {@code match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT}. */
    private Stmt matchStmt() {
        int start = pos;
        Token kw = advance();
        Expr subject = subjectExpr();
        if (subject != null && invalidPass && !atOp(":")) {
            invalidMatchStmt();
        }
        if (subject == null || op(":") == null || expectType(TokenType.NEWLINE) == null) {
            pos = start;
            return null;
        }
        if (expectType(TokenType.INDENT) == null) {
            if (invalidPass) {
                throw errorAt(PySyntaxError.Kind.IndentationError, peek(),
                        "expected an indented block after 'match' statement on line " + kw.lineno());
            }
            pos = start;
            return null;
        }
        List<MatchCase> cases = new ArrayList<>();
        while (atKeyword("case")) {
            MatchCase c = caseBlock();
            if (c == null) {
                break;
            }
            cases.add(c);
        }
        if (cases.isEmpty() || expectType(TokenType.DEDENT) == null) {
            pos = start;
            return null;
        }
        return new Stmt.Match(subject, cases, span(start));
    }

    /** {@code subject_expr: star_named_expression ',' star_named_expressions? | named_expression}. */
    private Expr subjectExpr() {
        int start = pos;
        Expr first = starNamedExpression();
        if (first == null) {
            return null;
        }
        if (!atOp(",")) {
            if (first instanceof Expr.Starred) {
                pos = start;
                return null;
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        pos++;
        if (!atOp(":")) {
            starNamedExpressions(elts);
        }
        return new Expr.Tuple(elts, dev.kaa.parser.ast.ExprContext.Load, span(start));
    }

    /** {@code case_block: "case" patterns guard? ':' block}. */
    private MatchCase caseBlock() {
        int start = pos;
        Token kw = advance();
        Pattern p = patterns();
        if (p == null) {
            pos = start;
            return null;
        }
        Expr guard = null;
        if (keyword("if") != null) {
            guard = namedExpression();
            if (guard == null) {
                pos = start;
                return null;
            }
        }
        if (!colon(false)) {
            pos = start;
            return null;
        }
        List<Stmt> body = block("'case' statement", kw);
        if (body == null) {
            pos = start;
            return null;
        }
        return new MatchCase(p, guard, body);
    }
}
