package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.BoolOperator;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.UnaryOperator;
import dev.kaa.parser.internal.tokenize.NumberLiterals;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The expression rules of the grammar ({@code expressions} down to {@code atom}). The
 * left-recursive rules ({@code primary}, the binary operators) are loops that extend the node they
 * have, which is what PEG left recursion computes; every node starts where its rule's first token
 * is (so {@code (a).b} starts at the parenthesis) and ends at the last token the rule consumed.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class ExpressionRules extends ParserBase {

    ExpressionRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code strings: (fstring | string)+}, in {@link StringRules}. */
    abstract Expr strings();

    /** {@code lambda_params}, in {@link ParameterRules}; null if there are none or they fail. */
    abstract Arguments lambdaParameters();

    /** Hooks for the second pass: CPython's invalid_* alternatives of expression rules. */
    abstract void invalidExpression(int start, Expr parsed);

    abstract void invalidArguments(int start);

    abstract void invalidNamedExpression(int start);

    abstract void invalidLambdaInFString();

    abstract void invalidNotAfterOperator();

    abstract void invalidForIfClause(int afterFor);

    abstract void invalidGroup(int start);

    abstract void invalidComprehension(int start);

    abstract void invalidDict(int start);

    /**
     * {@code starred_expression} in the second pass, the cursor at '*': the starred expression,
     * or CPython's error for a '*' with no expression or for {@code *a = b}.
     */
    abstract Expr starredExpressionChecked();

    // ---- expressions, star_expressions, named_expression

    /** {@code expressions: expression (',' expression)* [',']}. */
    final Expr expressions() {
        int start = pos;
        Expr e = expression();
        if (e == null || !atOp(",")) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (op(",") != null) {
            Expr x = expression();
            if (x == null) {
                break;
            }
            elts.add(x);
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(start));
    }

    /** {@code expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef}. */
    final Expr expression() {
        enter();
        Expr e = memoized(MEMO_EXPRESSION, this::expression0);
        leave();
        return e;
    }

    /** {@code expression_without_invalid}'s alternatives: expression, unmemoised (its own rule in CPython). */
    final Expr expressionWithoutInvalid() {
        enter();
        Expr e = expression0();
        leave();
        return e;
    }

    private Expr expression0() {
        if (atKeyword("lambda")) {
            if (invalidPass) {
                invalidLambdaInFString();
            }
            return lambdef();
        }
        int start = pos;
        Expr body = disjunction();
        if (body == null) {
            return null;
        }
        if (atKeyword("if")) {
            int mark = pos;
            pos++;
            Expr test = disjunction();
            if (test != null && keyword("else") != null) {
                Expr orelse = expression();
                if (orelse != null) {
                    return new Expr.IfExp(test, body, orelse, span(start));
                }
            }
            pos = mark;
        }
        if (invalidPass) {
            invalidExpression(start, body);
        }
        return body;
    }

    /** {@code yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]}. */
    final Expr yieldExpr() {
        int start = pos;
        if (keyword("yield") == null) {
            return null;
        }
        if (keyword("from") != null) {
            Expr e = expression();
            if (e == null) {
                pos = start;
                return null;
            }
            return new Expr.YieldFrom(e, span(start));
        }
        Expr value = starExpressions();
        return new Expr.Yield(value, span(start));
    }

    /** {@code star_expressions: star_expression (',' star_expression)* [',']}. */
    final Expr starExpressions() {
        enter();
        try {
            int start = pos;
            Expr e = starExpression();
            if (e == null || !atOp(",")) {
                return e;
            }
            List<Expr> elts = new ArrayList<>();
            elts.add(e);
            while (op(",") != null) {
                Expr x = starExpression();
                if (x == null) {
                    break;
                }
                elts.add(x);
            }
            return new Expr.Tuple(elts, ExprContext.Load, span(start));
        } finally {
            leave();
        }
    }

    /** {@code star_expression: '*' bitwise_or | expression}. */
    final Expr starExpression() {
        enter();
        try {
            if (atOp("*")) {
                return starred(this::bitwiseOr);
            }
            return expression();
        } finally {
            leave();
        }
    }

    private Expr starred(java.util.function.Supplier<Expr> inner) {
        int start = pos;
        pos++;
        Expr v = inner.get();
        if (v == null) {
            pos = start;
            return null;
        }
        return new Expr.Starred(v, ExprContext.Load, span(start));
    }

    /** {@code star_named_expressions: ','.star_named_expression+ [',']}, appended to {@code out}. */
    final boolean starNamedExpressions(List<Expr> out) {
        Expr e = starNamedExpression();
        if (e == null) {
            return false;
        }
        out.add(e);
        while (atOp(",")) {
            int mark = pos;
            pos++;
            Expr x = starNamedExpression();
            if (x == null) {
                // a trailing comma stays consumed
                break;
            }
            out.add(x);
        }
        return true;
    }

    /** {@code star_named_expression: '*' bitwise_or | named_expression}. */
    final Expr starNamedExpression() {
        enter();
        try {
            if (atOp("*")) {
                return starred(this::bitwiseOr);
            }
            return namedExpression();
        } finally {
            leave();
        }
    }

    /** {@code named_expression: NAME ':=' expression | expression !':='}. */
    final Expr namedExpression() {
        enter();
        try {
            int start = pos;
            if (atName() && atOp(1, ":=")) {
                Expr walrus = assignmentExpression();
                if (walrus != null) {
                    return walrus;
                }
            }
            if (invalidPass) {
                invalidNamedExpression(start);
            }
            Expr e = expression();
            if (e != null && atOp(":=")) {
                pos = start;
                return null;
            }
            return e;
        } finally {
            leave();
        }
    }

    /** {@code assignment_expression: NAME ':=' ~ expression}. */
    final Expr assignmentExpression() {
        int start = pos;
        Token n = advance();
        pos++;
        Expr value = expression();
        if (value == null) {
            pos = start;
            return null;
        }
        Expr.Name target = new Expr.Name(n.text(), ExprContext.Store, tokenPos(n));
        return new Expr.NamedExpr(target, value, span(start));
    }

    // ---- boolean and comparison operators

    /** {@code disjunction: conjunction ('or' conjunction)+ | conjunction}. */
    final Expr disjunction() {
        return memoized(MEMO_DISJUNCTION, this::disjunction0);
    }

    private Expr disjunction0() {
        enter();
        try {
            int start = pos;
            Expr a = conjunction();
            if (a == null || !atKeyword("or")) {
                return a;
            }
            List<Expr> values = gatherAfter(a, () -> atKeyword("or"), this::conjunction);
            return values.size() == 1 ? a : new Expr.BoolOp(BoolOperator.Or, values, span(start));
        } finally {
            leave();
        }
    }

    /** {@code conjunction: inversion ('and' inversion)+ | inversion}. */
    final Expr conjunction() {
        enter();
        try {
            int start = pos;
            Expr a = inversion();
            if (a == null || !atKeyword("and")) {
                return a;
            }
            List<Expr> values = gatherAfter(a, () -> atKeyword("and"), this::inversion);
            return values.size() == 1 ? a : new Expr.BoolOp(BoolOperator.And, values, span(start));
        } finally {
            leave();
        }
    }

    /** {@code inversion: 'not' inversion | comparison}. */
    final Expr inversion() {
        enter();
        try {
            if (atKeyword("not")) {
                int start = pos;
                pos++;
                Expr operand = inversion();
                if (operand == null) {
                    pos = start;
                    return null;
                }
                return new Expr.UnaryOp(UnaryOperator.Not, operand, span(start));
            }
            return comparison();
        } finally {
            leave();
        }
    }

    /** {@code comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or}. */
    final Expr comparison() {
        enter();
        try {
            int start = pos;
            Expr left = bitwiseOr();
            if (left == null) {
                return null;
            }
            List<CmpOp> ops = null;
            List<Expr> comparators = null;
            while (true) {
                int mark = pos;
                CmpOp op = compareOp();
                if (op == null) {
                    break;
                }
                Expr right = bitwiseOr();
                if (right == null) {
                    pos = mark;
                    break;
                }
                if (ops == null) {
                    ops = new ArrayList<>();
                    comparators = new ArrayList<>();
                }
                ops.add(op);
                comparators.add(right);
            }
            return ops == null ? left : new Expr.Compare(left, ops, comparators, span(start));
        } finally {
            leave();
        }
    }

    /** Consumes a comparison operator, two tokens for {@code not in} and {@code is not}. */
    private CmpOp compareOp() {
        Token t = peek();
        if (t.type() == TokenType.OP) {
            CmpOp op = switch (t.text()) {
                case "==" -> CmpOp.Eq;
                case "!=" -> CmpOp.NotEq;
                case "<" -> CmpOp.Lt;
                case "<=" -> CmpOp.LtE;
                case ">" -> CmpOp.Gt;
                case ">=" -> CmpOp.GtE;
                default -> null;
            };
            if (op != null) {
                pos++;
            }
            return op;
        }
        if (t.type() != TokenType.NAME) {
            return null;
        }
        switch (t.text()) {
            case "in" -> {
                pos++;
                return CmpOp.In;
            }
            case "not" -> {
                if (atKeyword(1, "in")) {
                    pos += 2;
                    return CmpOp.NotIn;
                }
                return null;
            }
            case "is" -> {
                if (atKeyword(1, "not")) {
                    pos += 2;
                    return CmpOp.IsNot;
                }
                pos++;
                return CmpOp.Is;
            }
            default -> {
                return null;
            }
        }
    }

    // ---- binary operators, by precedence

    /** {@code bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor}. */
    final Expr bitwiseOr() {
        return memoized(MEMO_BITWISE_OR, this::bitwiseOr0);
    }

    private Expr bitwiseOr0() {
        return binaryLevel(this::bitwiseXor, ExpressionRules::bitwiseOrOperator, false);
    }

    final Expr bitwiseXor() {
        return binaryLevel(this::bitwiseAnd, ExpressionRules::bitwiseXorOperator, false);
    }

    final Expr bitwiseAnd() {
        return binaryLevel(this::shiftExpr, ExpressionRules::bitwiseAndOperator, false);
    }

    final Expr shiftExpr() {
        return binaryLevel(this::sum, ExpressionRules::shiftOperator, false);
    }

    final Expr sum() {
        return binaryLevel(this::term, ExpressionRules::sumOperator, true);
    }

    final Expr term() {
        return binaryLevel(this::factor, ExpressionRules::termOperator, true);
    }

    /**
     * One left-associative level of the grammar's binary operators ({@code bitwise_or} down to
     * {@code term}): {@code operand (op operand)*}, each step a {@code BinOp} spanning from the
     * first operand. {@code notAfterOperator}: the second pass reports {@code a + not b} there.
     */
    private Expr binaryLevel(Supplier<Expr> operand, Function<String, Operator> operatorOf, boolean notAfterOperator) {
        enter();
        try {
            int start = pos;
            Expr a = operand.get();
            while (a != null) {
                Token t = peek();
                Operator op = t.type() == TokenType.OP ? operatorOf.apply(t.text()) : null;
                if (op == null) {
                    break;
                }
                int mark = pos;
                pos++;
                if (notAfterOperator && invalidPass) {
                    invalidNotAfterOperator();
                }
                Expr b = operand.get();
                if (b == null) {
                    pos = mark;
                    break;
                }
                a = new Expr.BinOp(a, op, b, span(start));
            }
            return a;
        } finally {
            leave();
        }
    }

    private static Operator bitwiseOrOperator(String text) {
        return text.equals("|") ? Operator.BitOr : null;
    }

    private static Operator bitwiseXorOperator(String text) {
        return text.equals("^") ? Operator.BitXor : null;
    }

    private static Operator bitwiseAndOperator(String text) {
        return text.equals("&") ? Operator.BitAnd : null;
    }

    private static Operator shiftOperator(String text) {
        return switch (text) {
            case "<<" -> Operator.LShift;
            case ">>" -> Operator.RShift;
            default -> null;
        };
    }

    private static Operator sumOperator(String text) {
        return switch (text) {
            case "+" -> Operator.Add;
            case "-" -> Operator.Sub;
            default -> null;
        };
    }

    private static Operator termOperator(String text) {
        return switch (text) {
            case "*" -> Operator.Mult;
            case "/" -> Operator.Div;
            case "//" -> Operator.FloorDiv;
            case "%" -> Operator.Mod;
            case "@" -> Operator.MatMult;
            default -> null;
        };
    }

    /** {@code factor: '+' factor | '-' factor | '~' factor | power}. */
    final Expr factor() {
        enter();
        try {
            Token t = peek();
            if (t.type() == TokenType.OP) {
                UnaryOperator op = switch (t.text()) {
                    case "+" -> UnaryOperator.UAdd;
                    case "-" -> UnaryOperator.USub;
                    case "~" -> UnaryOperator.Invert;
                    default -> null;
                };
                if (op != null) {
                    int start = pos;
                    pos++;
                    if (invalidPass) {
                        invalidNotAfterOperator();
                    }
                    Expr operand = factor();
                    if (operand == null) {
                        pos = start;
                        return null;
                    }
                    return new Expr.UnaryOp(op, operand, span(start));
                }
            }
            return power();
        } finally {
            leave();
        }
    }

    /** {@code power: await_primary '**' factor | await_primary}. */
    final Expr power() {
        enter();
        try {
            int start = pos;
            Expr a = awaitPrimary();
            if (a != null && atOp("**")) {
                int mark = pos;
                pos++;
                Expr b = factor();
                if (b == null) {
                    pos = mark;
                    return a;
                }
                return new Expr.BinOp(a, Operator.Pow, b, span(start));
            }
            return a;
        } finally {
            leave();
        }
    }

    /** {@code await_primary: 'await' primary | primary}. */
    final Expr awaitPrimary() {
        enter();
        try {
            if (atKeyword("await")) {
                int start = pos;
                pos++;
                Expr e = primary();
                if (e == null) {
                    pos = start;
                    return null;
                }
                return new Expr.Await(e, span(start));
            }
            return primary();
        } finally {
            leave();
        }
    }

    // ---- primary: attribute references, calls, subscriptions

    /** {@code primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom}. */
    final Expr primary() {
        enter();
        try {
            int start = pos;
            Expr a = atom();
            if (a == null) {
                return null;
            }
            while (true) {
                Token t = peek();
                if (t.type() != TokenType.OP) {
                    break;
                }
                String s = t.text();
                if (s.equals(".")) {
                    Token n = peek(1);
                    if (!isName(n)) {
                        break;
                    }
                    pos += 2;
                    a = new Expr.Attribute(a, n.text(), ExprContext.Load, span(start));
                } else if (s.equals("(")) {
                    Expr call = call(a, start);
                    if (call == null) {
                        break;
                    }
                    a = call;
                } else if (s.equals("[")) {
                    int mark = pos;
                    pos++;
                    Expr slice = slices();
                    if (slice == null || op("]") == null) {
                        pos = mark;
                        break;
                    }
                    a = new Expr.Subscript(a, slice, ExprContext.Load, span(start));
                } else {
                    break;
                }
            }
            return a;
        } finally {
            leave();
        }
    }

    /**
     * {@code primary genexp | primary '(' [arguments] ')'}: the generator expression form is
     * recognised after its first element, so the element is parsed once.
     */
    final Expr call(Expr func, int start) {
        return call(func, start, true);
    }

    /** A call's parentheses and arguments; a class's bases allow no bare generator expression. */
    final Expr call(Expr func, int start, boolean allowGenexp) {
        enter();
        int open = pos;
        pos++;
        List<Expr> args = new ArrayList<>();
        List<dev.kaa.parser.ast.Keyword> keywords = new ArrayList<>();
        if (op(")") == null) {
            if (!arguments(args, keywords, open, allowGenexp)) {
                if (invalidPass) {
                    invalidArguments(open);
                }
                pos = open;
                leave();
                return null;
            }
        }
        leave();
        return new Expr.Call(func, args, keywords, span(start));
    }

    /**
     * {@code arguments: args [','] &')'} with the closing parenthesis consumed; the sole
     * generator expression argument ({@code f(x for x in y)}) too.
     */
    private boolean arguments(List<Expr> args, List<dev.kaa.parser.ast.Keyword> keywords, int open,
            boolean allowGenexp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        boolean first = true;
        while (true) {
            int itemStart = pos;
            if (atOp("*")) {
                pos++;
                Expr v = expression();
                if (v == null || sawDoubleStar) {
                    return false;
                }
                args.add(new Expr.Starred(v, ExprContext.Load, span(itemStart)));
            } else if (atOp("**")) {
                pos++;
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                keywords.add(new dev.kaa.parser.ast.Keyword(null, v, span(itemStart)));
                sawDoubleStar = true;
            } else if (atName() && atOp(1, "=")) {
                Token n = advance();
                pos++;
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                keywords.add(new dev.kaa.parser.ast.Keyword(n.text(), v, span(itemStart)));
                sawKeyword = true;
            } else {
                Expr v = atName() && atOp(1, ":=") ? assignmentExpression() : expression();
                if (v == null || atOp(":=") || atOp("=")) {
                    return false;
                }
                if (first && allowGenexp && atComprehension()) {
                    List<dev.kaa.parser.ast.Comprehension> gens = forIfClauses();
                    if (gens == null || op(")") == null) {
                        return false;
                    }
                    args.add(new Expr.GeneratorExp(v, gens, span(open)));
                    return true;
                }
                if (sawKeyword || sawDoubleStar) {
                    return false;
                }
                args.add(v);
            }
            first = false;
            if (op(",") == null) {
                return op(")") != null;
            }
            if (op(")") != null) {
                return true;
            }
        }
    }

    /** {@code slices: slice !',' | ','.(slice | starred_expression)+ [',']}. */
    final Expr slices() {
        int start = pos;
        Expr first = sliceOrStarred();
        if (first == null) {
            return null;
        }
        if (!atOp(",") && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (op(",") != null) {
            Expr x = sliceOrStarred();
            if (x == null) {
                break;
            }
            elts.add(x);
        }
        return new Expr.Tuple(elts, ExprContext.Load, span(start));
    }

    private Expr sliceOrStarred() {
        if (atOp("*")) {
            return invalidPass ? starredExpressionChecked() : starred(this::expression);
        }
        return slice();
    }

    /** {@code slice: [expression] ':' [expression] [':' [expression]] | named_expression}. */
    final Expr slice() {
        enter();
        try {
            int start = pos;
            Expr lower = null;
            if (!atOp(":")) {
                lower = namedExpression();
                if (lower == null) {
                    return null;
                }
                if (!atOp(":")) {
                    return lower;
                }
                if (lower instanceof Expr.NamedExpr && !token(start).isOp("(")) {
                    pos = start;
                    return null;
                }
            }
            pos++;
            Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
            Expr step = null;
            if (op(":") != null) {
                step = atOp("]") || atOp(",") ? null : expression();
            }
            return new Expr.Slice(lower, upper, step, span(start));
        } finally {
            leave();
        }
    }

    // ---- atoms

    /** {@code atom}: names, constants, strings, numbers, displays and comprehensions, {@code ...}. */
    final Expr atom() {
        enter();
        try {
            Token t = peek();
            switch (t.type()) {
                case NAME -> {
                    switch (t.text()) {
                        case "True" -> {
                            pos++;
                            return new Expr.Constant(Boolean.TRUE, null, tokenPos(t));
                        }
                        case "False" -> {
                            pos++;
                            return new Expr.Constant(Boolean.FALSE, null, tokenPos(t));
                        }
                        case "None" -> {
                            pos++;
                            return new Expr.Constant(dev.kaa.bytecode.Constant.NONE, null, tokenPos(t));
                        }
                        default -> {
                            if (KEYWORDS.contains(t.text())) {
                                return null;
                            }
                            pos++;
                            return new Expr.Name(t.text(), ExprContext.Load, tokenPos(t));
                        }
                    }
                }
                case NUMBER -> {
                    pos++;
                    return new Expr.Constant(NumberLiterals.parse(t, tokenizer), null, tokenPos(t));
                }
                case STRING, FSTRING_START -> {
                    return strings();
                }
                case OP -> {
                    switch (t.text()) {
                        case "(" -> {
                            return parenthesized();
                        }
                        case "[" -> {
                            return listDisplay();
                        }
                        case "{" -> {
                            return braceDisplay();
                        }
                        case "..." -> {
                            pos++;
                            return new Expr.Constant(dev.kaa.bytecode.Constant.ELLIPSIS, null, tokenPos(t));
                        }
                        default -> {
                            return null;
                        }
                    }
                }
                default -> {
                    return null;
                }
            }
        } finally {
            leave();
        }
    }

    /** {@code tuple | group | genexp}, in {@link DisplayRules}. */
    abstract Expr parenthesized();

    /** {@code list | listcomp}, in {@link DisplayRules}. */
    abstract Expr listDisplay();

    /** {@code dict | set | dictcomp | setcomp}, in {@link DisplayRules}. */
    abstract Expr braceDisplay();

    /** {@code for_if_clauses}, in {@link DisplayRules}. */
    abstract List<dev.kaa.parser.ast.Comprehension> forIfClauses();

    final boolean atComprehension() {
        return atKeyword("for") || atKeyword("async") && atKeyword(1, "for");
    }

    // ---- lambda

    /** {@code lambdef: 'lambda' [lambda_params] ':' expression}. */
    private Expr lambdef() {
        enter();
        try {
            int start = pos;
            pos++;
            Arguments args;
            if (atOp(":")) {
                args = emptyArguments();
            } else {
                args = lambdaParameters();
                if (args == null) {
                    pos = start;
                    return null;
                }
            }
            if (op(":") == null) {
                pos = start;
                return null;
            }
            Expr body = expression();
            if (body == null) {
                pos = start;
                return null;
            }
            return new Expr.Lambda(args, body, span(start));
        } finally {
            leave();
        }
    }

    static Arguments emptyArguments() {
        return new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(),
                null, new ArrayList<>());
    }
}
