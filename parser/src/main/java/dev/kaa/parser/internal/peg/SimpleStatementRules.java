package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeParam;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements ({@code simple_stmts} and {@code simple_stmt}) and type parameter lists.
 * Assignment targets are parsed as expressions first and then re-made as Store targets when an
 * {@code =}, {@code :} or augmented operator follows; that accepts exactly the grammar's
 * {@code star_targets} (anything else is reported as "cannot assign to …").
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class SimpleStatementRules extends InvalidRules {

    SimpleStatementRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE}, appended to {@code out}. */
    final boolean simpleStmts(List<Stmt> out) {
        int start = pos;
        int size = out.size();
        while (true) {
            Stmt s = simpleStmt();
            if (s == null) {
                break;
            }
            out.add(s);
            if (op(";") == null) {
                break;
            }
            if (atType(TokenType.NEWLINE)) {
                break;
            }
        }
        if (out.size() == size || expectType(TokenType.NEWLINE) == null) {
            while (out.size() > size) {
                out.removeLast();
            }
            pos = start;
            return false;
        }
        return true;
    }

    /** {@code simple_stmt}: the statement kinds that fit on one line. */
    final Stmt simpleStmt() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "return" -> {
                    return returnStmt();
                }
                case "import" -> {
                    return importName();
                }
                case "from" -> {
                    return importFrom();
                }
                case "raise" -> {
                    return raiseStmt();
                }
                case "pass" -> {
                    pos++;
                    return new Stmt.Pass(tokenPos(t));
                }
                case "break" -> {
                    pos++;
                    return new Stmt.Break(tokenPos(t));
                }
                case "continue" -> {
                    pos++;
                    return new Stmt.Continue(tokenPos(t));
                }
                case "del" -> {
                    return delStmt();
                }
                case "assert" -> {
                    return assertStmt();
                }
                case "global", "nonlocal" -> {
                    return globalStmt(t.text().equals("global"));
                }
                case "type" -> {
                    if (isName(peek(1)) && (atOp(2, "[") || atOp(2, "="))) {
                        if (invalidPass) {
                            // CPython tries assignment (and invalid_assignment) before type_alias
                            invalidAssignment(pos);
                        }
                        Stmt s = typeAlias();
                        if (s != null) {
                            return s;
                        }
                    }
                }
                default -> {
                }
            }
        }
        return assignmentOrExpression();
    }

    /**
     * {@code assignment | star_expressions}: annotated, chained and augmented assignments and
     * expression statements, told apart by what follows the first expression.
     */
    private Stmt assignmentOrExpression() {
        int start = pos;
        if (atName() && atOp(1, ":")) {
            Token n = advance();
            Expr target = new Expr.Name(n.text(), ExprContext.Store, tokenPos(n));
            return annotated(start, target, 1);
        }
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (first == null) {
            if (invalidPass) {
                invalidAssignment(start);
            }
            return null;
        }
        Token t = peek();
        if (t.type() != TokenType.OP) {
            return expressionStatement(start, first);
        }
        String s = t.text();
        if (s.equals("=")) {
            return assignment(start, first);
        }
        if (s.equals(":")) {
            boolean parenthesized = token(start).isOp("(");
            if (!(first instanceof Expr.Name && parenthesized) && !(first instanceof Expr.Attribute)
                    && !(first instanceof Expr.Subscript)) {
                if (invalidPass) {
                    invalidAssignment(start);
                }
                pos = start;
                return null;
            }
            return annotated(start, Targets.withContext(first, ExprContext.Store), 0);
        }
        Operator aug = augOperator(s);
        if (aug != null) {
            if (!Targets.isSingle(first)) {
                if (invalidPass) {
                    invalidAssignment(start);
                }
                pos = start;
                return null;
            }
            pos++;
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            if (value == null) {
                pos = start;
                return null;
            }
            return new Stmt.AugAssign(Targets.withContext(first, ExprContext.Store), aug, value, span(start));
        }
        return expressionStatement(start, first);
    }

    /** An expression statement; in the second pass, first the checks of a failed assignment. */
    private Stmt expressionStatement(int start, Expr value) {
        if (invalidPass) {
            invalidAssignment(start);
        }
        return new Stmt.Expr(value, span(start));
    }

    private static Operator augOperator(String s) {
        return switch (s) {
            case "+=" -> Operator.Add;
            case "-=" -> Operator.Sub;
            case "*=" -> Operator.Mult;
            case "@=" -> Operator.MatMult;
            case "/=" -> Operator.Div;
            case "%=" -> Operator.Mod;
            case "&=" -> Operator.BitAnd;
            case "|=" -> Operator.BitOr;
            case "^=" -> Operator.BitXor;
            case "<<=" -> Operator.LShift;
            case ">>=" -> Operator.RShift;
            case "**=" -> Operator.Pow;
            case "//=" -> Operator.FloorDiv;
            default -> null;
        };
    }

    /** {@code target ':' expression ['=' annotated_rhs]}, the colon next. */
    private Stmt annotated(int start, Expr target, int simple) {
        pos++;
        Expr annotation = expression();
        if (annotation == null) {
            pos = start;
            return null;
        }
        Expr value = null;
        if (op("=") != null) {
            value = annotatedRhs();
            if (value == null) {
                pos = start;
                return null;
            }
        }
        return new Stmt.AnnAssign(target, annotation, value, simple, span(start));
    }

    /** {@code annotated_rhs: yield_expr | star_expressions}. */
    final Expr annotatedRhs() {
        return atKeyword("yield") ? yieldExpr() : starExpressions();
    }

    /** {@code (star_targets '=')+ (yield_expr | star_expressions) !'='}, the first '=' next. */
    private Stmt assignment(int start, Expr first) {
        List<Expr> parts = new ArrayList<>();
        parts.add(first);
        while (op("=") != null) {
            Expr e = annotatedRhs();
            if (e == null) {
                if (invalidPass) {
                    invalidAssignment(start);
                }
                pos = start;
                return null;
            }
            parts.add(e);
        }
        List<Expr> targets = new ArrayList<>(parts.size() - 1);
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr target = Targets.withContext(parts.get(i), ExprContext.Store);
            if (target == null) {
                if (invalidPass) {
                    invalidAssignment(start);
                }
                pos = start;
                return null;
            }
            targets.add(target);
        }
        // the statement's end is the type comment's, as in CPython
        String tc = typeComment();
        return new Stmt.Assign(targets, parts.getLast(), tc, span(start));
    }

    private Stmt returnStmt() {
        int start = pos;
        pos++;
        Expr value = starExpressions();
        return new Stmt.Return(value, span(start));
    }

    /** {@code raise_stmt: 'raise' expression ['from' expression] | 'raise'}. */
    private Stmt raiseStmt() {
        int start = pos;
        pos++;
        Expr exc = expression();
        Expr cause = null;
        if (exc != null && keyword("from") != null) {
            cause = expression();
            if (cause == null) {
                pos = start;
                return null;
            }
        }
        return new Stmt.Raise(exc, cause, span(start));
    }

    private Stmt globalStmt(boolean global) {
        int start = pos;
        pos++;
        List<String> names = new ArrayList<>();
        do {
            Token n = name();
            if (n == null) {
                pos = start;
                return null;
            }
            names.add(n.text());
        } while (op(",") != null);
        return global ? new Stmt.Global(names, span(start)) : new Stmt.Nonlocal(names, span(start));
    }

    /** {@code del_stmt: 'del' del_targets &(';' | NEWLINE)}. */
    private Stmt delStmt() {
        int start = pos;
        pos++;
        List<Expr> targets = new ArrayList<>();
        while (true) {
            int itemStart = pos;
            Expr e = primary();
            if (e == null) {
                break;
            }
            Expr t = Targets.withContext(e, ExprContext.Del);
            if (t == null) {
                pos = itemStart;
                break;
            }
            targets.add(t);
            if (op(",") == null) {
                break;
            }
        }
        if (targets.isEmpty() || !(atOp(";") || atType(TokenType.NEWLINE))) {
            if (invalidPass) {
                invalidDelStmt(start + 1);
            }
            pos = start;
            return null;
        }
        return new Stmt.Delete(targets, span(start));
    }

    private Stmt assertStmt() {
        int start = pos;
        pos++;
        Expr test = expression();
        if (test == null) {
            pos = start;
            return null;
        }
        Expr msg = null;
        if (op(",") != null) {
            msg = expression();
            if (msg == null) {
                pos = start;
                return null;
            }
        }
        return new Stmt.Assert(test, msg, span(start));
    }

    /** {@code import_name: 'import' dotted_as_names}. */
    private Stmt importName() {
        int start = pos;
        Token importToken = advance();
        if (invalidPass) {
            invalidImport(importToken);
        }
        if (invalidPass && atType(TokenType.NEWLINE)) {
            throw errorStartingFrom(peek(), "Expected one or more names after 'import'");
        }
        List<Alias> names = new ArrayList<>();
        do {
            Alias a = dottedAsName();
            if (a == null) {
                pos = start;
                return null;
            }
            names.add(a);
        } while (op(",") != null);
        return new Stmt.Import(names, span(start));
    }

    /**
     * {@code invalid_import: 'import' ','.dotted_name+ 'from' dotted_name}, the cursor after
     * {@code import}: the order of a from-import turned round.
     */
    private void invalidImport(Token importToken) {
        int mark = pos;
        boolean names = false;
        while (dottedName() != null) {
            names = true;
            if (op(",") == null) {
                break;
            }
        }
        if (names && keyword("from") != null && dottedName() != null) {
            throw errorStartingFrom(importToken, "Did you mean to use 'from ... import ...' instead?");
        }
        pos = mark;
    }

    private Alias dottedAsName() {
        int start = pos;
        String name = dottedName();
        if (name == null) {
            return null;
        }
        String asname = null;
        if (keyword("as") != null) {
            Token n = name();
            if (n == null) {
                pos = start;
                return null;
            }
            asname = n.text();
        }
        return new Alias(name, asname, span(start));
    }

    /** {@code dotted_name: dotted_name '.' NAME | NAME}. */
    private String dottedName() {
        Token n = name();
        if (n == null) {
            return null;
        }
        if (!atOp(".")) {
            return n.text();
        }
        StringBuilder sb = new StringBuilder(n.text());
        while (atOp(".") && isName(peek(1))) {
            pos++;
            sb.append('.').append(advance().text());
        }
        return sb.toString();
    }

    /** {@code import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | …}. */
    private Stmt importFrom() {
        int start = pos;
        pos++;
        int level = 0;
        while (true) {
            if (op(".") != null) {
                level++;
            } else if (op("...") != null) {
                level += 3;
            } else {
                break;
            }
        }
        String module = null;
        if (!atKeyword("import")) {
            module = dottedName();
            if (module == null) {
                pos = start;
                return null;
            }
        } else if (level == 0) {
            pos = start;
            return null;
        }
        if (keyword("import") == null) {
            pos = start;
            return null;
        }
        if (invalidPass && atType(TokenType.NEWLINE)) {
            throw errorStartingFrom(peek(), "Expected one or more names after 'import'");
        }
        List<Alias> names = importFromTargets();
        if (names == null) {
            pos = start;
            return null;
        }
        return new Stmt.ImportFrom(module, names, level, span(start));
    }

    /** {@code import_from_targets: '(' import_from_as_names [','] ')' | import_from_as_names !',' | '*'}. */
    private List<Alias> importFromTargets() {
        int start = pos;
        List<Alias> names = new ArrayList<>();
        Token star = op("*");
        if (star != null) {
            names.add(new Alias("*", null, tokenPos(star)));
            return names;
        }
        boolean paren = op("(") != null;
        while (true) {
            int itemStart = pos;
            Token n = name();
            if (n == null) {
                break;
            }
            String asname = null;
            if (keyword("as") != null) {
                Token a = name();
                if (a == null) {
                    pos = start;
                    return null;
                }
                asname = a.text();
            }
            names.add(new Alias(n.text(), asname, span(itemStart)));
            if (!atOp(",")) {
                break;
            }
            if (!paren && !isName(peek(1))) {
                // a trailing comma is allowed only inside parentheses
                if (invalidPass && peek(1).type() == TokenType.NEWLINE) {
                    throw errorAt(peek(1), "trailing comma not allowed without surrounding parentheses");
                }
                pos = start;
                return null;
            }
            pos++;
        }
        if (names.isEmpty() || paren && op(")") == null) {
            pos = start;
            return null;
        }
        return names;
    }

    /** {@code type_alias: "type" NAME [type_params] '=' expression}. */
    private Stmt typeAlias() {
        int start = pos;
        pos++;
        Token n = advance();
        List<TypeParam> params = new ArrayList<>();
        if (atOp("[")) {
            params = typeParams();
            if (params == null) {
                pos = start;
                return null;
            }
        }
        if (op("=") == null) {
            pos = start;
            return null;
        }
        Expr value = expression();
        if (value == null) {
            pos = start;
            return null;
        }
        Expr name = new Expr.Name(n.text(), ExprContext.Store, tokenPos(n));
        return new Stmt.TypeAlias(name, params, value, span(start));
    }

    /** {@code type_params: '[' type_param_seq ']'}; null on failure. */
    final List<TypeParam> typeParams() {
        int start = pos;
        pos++;
        if (invalidPass && atOp("]")) {
            throw errorStartingFrom(peek(), "Type parameter list cannot be empty");
        }
        List<TypeParam> params = new ArrayList<>();
        while (!atOp("]")) {
            TypeParam p = typeParam();
            if (p == null) {
                pos = start;
                return null;
            }
            params.add(p);
            if (op(",") == null) {
                break;
            }
        }
        if (params.isEmpty() || op("]") == null) {
            pos = start;
            return null;
        }
        return params;
    }

    /** {@code type_param: NAME [bound] [default] | '*' NAME [starred default] | '**' NAME [default]}. */
    private TypeParam typeParam() {
        int start = pos;
        int stars = op("*") != null ? 1 : op("**") != null ? 2 : 0;
        Token n = name();
        if (n == null) {
            pos = start;
            return null;
        }
        Expr bound = null;
        if (stars == 0 && op(":") != null) {
            bound = expression();
            if (bound == null) {
                pos = start;
                return null;
            }
        } else if (stars > 0 && atOp(":")) {
            if (invalidPass) {
                invalidTypeParamBound(stars, peek());
            }
            pos = start;
            return null;
        }
        Expr dflt = null;
        if (op("=") != null) {
            dflt = stars == 1 ? starExpression() : expression();
            if (dflt == null) {
                pos = start;
                return null;
            }
        }
        return switch (stars) {
            case 0 -> new TypeParam.TypeVar(n.text(), bound, dflt, span(start));
            case 1 -> new TypeParam.TypeVarTuple(n.text(), dflt, span(start));
            default -> new TypeParam.ParamSpec(n.text(), dflt, span(start));
        };
    }
}
