package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.UnaryOperator;
import dev.kaa.parser.internal.tokenize.NumberLiterals;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns of {@code match} statements ({@code patterns} down to {@code class_pattern}).
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class PatternRules extends ParameterRules {

    PatternRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code patterns: open_sequence_pattern | pattern}. */
    final Pattern patterns() {
        int start = pos;
        Pattern first = maybeStarPattern();
        if (first == null) {
            return null;
        }
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) {
                pos = start;
                return null;
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (op(",") != null) {
            Pattern p = maybeStarPattern();
            if (p == null) {
                break;
            }
            items.add(p);
        }
        return new Pattern.MatchSequence(items, span(start));
    }

    /** {@code maybe_star_pattern: star_pattern | pattern}. */
    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            int start = pos;
            pos++;
            Token n = name();
            if (n == null) {
                pos = start;
                return null;
            }
            return new Pattern.MatchStar(n.text().equals("_") ? null : n.text(), span(start));
        }
        return pattern();
    }

    /** {@code pattern: as_pattern | or_pattern}. */
    final Pattern pattern() {
        enter();
        Pattern p = pattern0();
        leave();
        return p;
    }

    private Pattern pattern0() {
        int start = pos;
        Pattern p = orPattern();
        if (p == null) {
            return null;
        }
        if (atKeyword("as")) {
            int mark = pos;
            pos++;
            Token n = captureTarget();
            if (n == null) {
                if (invalidPass) {
                    invalidAsPattern(p);
                }
                pos = mark;
                return p;
            }
            return new Pattern.MatchAs(p, n.text(), span(start));
        }
        return p;
    }

    abstract void invalidAsPattern(Pattern p);

    /** {@code pattern_capture_target: !"_" NAME !('.' | '(' | '=')}. */
    private Token captureTarget() {
        Token n = peek();
        if (!isName(n) || n.text().equals("_")) {
            return null;
        }
        Token after = peek(1);
        if (after.isOp(".") || after.isOp("(") || after.isOp("=")) {
            return null;
        }
        pos++;
        return n;
    }

    /** {@code or_pattern: '|'.closed_pattern+}. */
    private Pattern orPattern() {
        int start = pos;
        Pattern first = closedPattern();
        if (first == null || !atOp("|")) {
            return first;
        }
        return new Pattern.MatchOr(gatherAfter(first, () -> atOp("|"), this::closedPattern), span(start));
    }

    /** {@code closed_pattern}: literal, capture, wildcard, value, group, sequence, mapping, class. */
    private Pattern closedPattern() {
        Token t = peek();
        switch (t.type()) {
            case NUMBER, STRING, FSTRING_START -> {
                Expr e = literalExpr();
                return e == null ? null : new Pattern.MatchValue(e, e.pos());
            }
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        pos++;
                        return new Pattern.MatchSingleton(dev.kaa.bytecode.Constant.NONE, tokenPos(t));
                    }
                    case "True" -> {
                        pos++;
                        return new Pattern.MatchSingleton(Boolean.TRUE, tokenPos(t));
                    }
                    case "False" -> {
                        pos++;
                        return new Pattern.MatchSingleton(Boolean.FALSE, tokenPos(t));
                    }
                    default -> {
                        return namePattern();
                    }
                }
            }
            case OP -> {
                switch (t.text()) {
                    case "-" -> {
                        Expr e = literalExpr();
                        return e == null ? null : new Pattern.MatchValue(e, e.pos());
                    }
                    case "(" -> {
                        return parenPattern();
                    }
                    case "[" -> {
                        return listPattern();
                    }
                    case "{" -> {
                        return mappingPattern();
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
    }

    /** Capture, wildcard, value and class patterns: all start with a name. */
    private Pattern namePattern() {
        int start = pos;
        Token first = peek();
        if (!isName(first)) {
            return null;
        }
        Expr target = nameOrAttr();
        if (atOp("(")) {
            return classPattern(start, target);
        }
        if (target instanceof Expr.Attribute) {
            if (atOp(".") || atOp("=")) {
                pos = start;
                return null;
            }
            return new Pattern.MatchValue(target, target.pos());
        }
        if (first.text().equals("_")) {
            return new Pattern.MatchAs(null, null, tokenPos(first));
        }
        if (atOp("=")) {
            pos = start;
            return null;
        }
        return new Pattern.MatchAs(null, first.text(), tokenPos(first));
    }

    /** {@code name_or_attr: attr | NAME}, as a Load expression. */
    private Expr nameOrAttr() {
        int start = pos;
        Token n = name();
        Expr e = new Expr.Name(n.text(), ExprContext.Load, tokenPos(n));
        while (atOp(".") && isName(peek(1))) {
            pos++;
            Token attr = advance();
            e = new Expr.Attribute(e, attr.text(), ExprContext.Load, span(start));
        }
        return e;
    }

    /** {@code class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')'}. */
    private Pattern classPattern(int start, Expr cls) {
        pos++;
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!atOp(")")) {
            if (atName() && atOp(1, "=")) {
                Token n = advance();
                pos++;
                Pattern p = pattern();
                if (p == null) {
                    pos = start;
                    return null;
                }
                kwdAttrs.add(n.text());
                kwdPatterns.add(p);
            } else {
                Pattern p = pattern();
                if (p == null) {
                    pos = start;
                    return null;
                }
                if (!kwdAttrs.isEmpty()) {
                    if (invalidPass) {
                        // invalid_class_argument_pattern reads every positional pattern that
                        // follows, and may so run into an unclosed parenthesis at the end.
                        int mark = pos;
                        Pattern last = p;
                        while (op(",") != null) {
                            Pattern q = pattern();
                            if (q == null) {
                                break;
                            }
                            last = q;
                        }
                        pos = mark;
                        invalidClassPattern(p, last);
                    }
                    pos = start;
                    return null;
                }
                patterns.add(p);
            }
            if (op(",") == null) {
                break;
            }
        }
        if (op(")") == null) {
            pos = start;
            return null;
        }
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, span(start));
    }

    abstract void invalidClassPattern(Pattern first, Pattern last);

    /** {@code group_pattern | '(' [open_sequence_pattern] ')'}. */
    private Pattern parenPattern() {
        int start = pos;
        pos++;
        if (op(")") != null) {
            return new Pattern.MatchSequence(new ArrayList<>(), span(start));
        }
        Pattern first = maybeStarPattern();
        if (first == null) {
            pos = start;
            return null;
        }
        if (!(first instanceof Pattern.MatchStar) && op(")") != null) {
            return first;
        }
        if (op(",") == null) {
            pos = start;
            return null;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        if (!sequenceItems(items, ")")) {
            pos = start;
            return null;
        }
        return new Pattern.MatchSequence(items, span(start));
    }

    /** {@code '[' [maybe_sequence_pattern] ']'}. */
    private Pattern listPattern() {
        int start = pos;
        pos++;
        List<Pattern> items = new ArrayList<>();
        if (!sequenceItems(items, "]")) {
            pos = start;
            return null;
        }
        return new Pattern.MatchSequence(items, span(start));
    }

    /** Comma-separated maybe_star_patterns up to and including {@code close}. */
    private boolean sequenceItems(List<Pattern> items, String close) {
        while (!atOp(close)) {
            Pattern p = maybeStarPattern();
            if (p == null) {
                return false;
            }
            items.add(p);
            if (op(",") == null) {
                break;
            }
        }
        return op(close) != null;
    }

    /** {@code mapping_pattern: '{' [items_pattern] [double_star_pattern] [','] '}'}. */
    private Pattern mappingPattern() {
        int start = pos;
        pos++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (rest != null) {
                pos = start;
                return null;
            }
            if (op("**") != null) {
                Token n = captureTarget();
                if (n == null) {
                    pos = start;
                    return null;
                }
                rest = n.text();
            } else {
                Expr key = mappingKey();
                if (key == null || op(":") == null) {
                    pos = start;
                    return null;
                }
                Pattern p = pattern();
                if (p == null) {
                    pos = start;
                    return null;
                }
                keys.add(key);
                patterns.add(p);
            }
            if (op(",") == null) {
                break;
            }
        }
        if (op("}") == null) {
            pos = start;
            return null;
        }
        return new Pattern.MatchMapping(keys, patterns, rest, span(start));
    }

    /** {@code (literal_expr | attr)}: a mapping pattern's key. */
    private Expr mappingKey() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "None" -> {
                    pos++;
                    return new Expr.Constant(dev.kaa.bytecode.Constant.NONE, null, tokenPos(t));
                }
                case "True" -> {
                    pos++;
                    return new Expr.Constant(Boolean.TRUE, null, tokenPos(t));
                }
                case "False" -> {
                    pos++;
                    return new Expr.Constant(Boolean.FALSE, null, tokenPos(t));
                }
                default -> {
                    if (!isName(t)) {
                        return null;
                    }
                    int start = pos;
                    Expr e = nameOrAttr();
                    if (!(e instanceof Expr.Attribute)) {
                        pos = start;
                        return null;
                    }
                    return e;
                }
            }
        }
        return literalExpr();
    }

    /**
     * {@code signed_number !('+' | '-') | complex_number | strings}: a literal of a value pattern
     * or mapping key, as an expression.
     */
    private Expr literalExpr() {
        Token t = peek();
        if (t.type() == TokenType.STRING || t.type() == TokenType.FSTRING_START) {
            return strings();
        }
        int start = pos;
        Expr real = signedNumber();
        if (real == null) {
            return null;
        }
        Operator op = atOp("+") ? Operator.Add : atOp("-") ? Operator.Sub : null;
        if (op == null) {
            return real;
        }
        pos++;
        Token imag = expectType(TokenType.NUMBER);
        if (imag == null) {
            pos = start;
            return null;
        }
        Object v = NumberLiterals.parse(imag, tokenizer);
        Expr right = new Expr.Constant(v, null, tokenPos(imag));
        checkComplexLiteral(real, right);
        return new Expr.BinOp(real, op, right, span(start));
    }

    private void checkComplexLiteral(Expr real, Expr imag) {
        Expr r = real instanceof Expr.UnaryOp u ? u.operand() : real;
        if (((Expr.Constant) r).value() instanceof dev.kaa.bytecode.Constant.Complex) {
            throw errorAt(real, "real number required in complex literal");
        }
        if (!(((Expr.Constant) imag).value() instanceof dev.kaa.bytecode.Constant.Complex)) {
            throw errorAt(imag, "imaginary number required in complex literal");
        }
    }

    /** {@code signed_number: NUMBER | '-' NUMBER}. */
    private Expr signedNumber() {
        int start = pos;
        boolean minus = op("-") != null;
        Token n = expectType(TokenType.NUMBER);
        if (n == null) {
            pos = start;
            return null;
        }
        Expr c = new Expr.Constant(NumberLiterals.parse(n, tokenizer), null, tokenPos(n));
        return minus ? new Expr.UnaryOp(UnaryOperator.USub, c, span(start)) : c;
    }
}
