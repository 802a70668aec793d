package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Parameter lists of {@code def} ({@code params}) and {@code lambda} ({@code lambda_params}).
 * The grammar's alternatives (slash_no_default, slash_with_default, star_etc, kwds …) all describe
 * one left-to-right order of parameter kinds; this walks the list once and checks that order, so a
 * list that breaks it fails here (and gets CPython's message in the second pass).
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class ParameterRules extends StringRules {

    ParameterRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    @Override final Arguments lambdaParameters() {
        return parameterList(true);
    }

    /** {@code params} of a def, up to (not including) the closing parenthesis; null on failure. */
    final Arguments parameters() {
        return parameterList(false);
    }

    private Arguments parameterList(boolean lambda) {
        int start = pos;
        Arguments a = parameterList0(lambda);
        if (a == null) {
            pos = start;
        }
        return a;
    }

    private Arguments parameterList0(boolean lambda) {
        String close = lambda ? ":" : ")";
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg vararg = null;
        Arg kwarg = null;
        boolean sawSlash = false;
        boolean sawStar = false;
        Token bareStar = null;
        while (!atOp(close)) {
            Token t = peek();
            // the parameter this item declares, which may carry a type comment (not '/' or bare '*')
            boolean declares = true;
            if (kwarg != null) {
                return fail(t, "arguments cannot follow var-keyword argument");
            }
            if (t.isOp("/")) {
                if (sawSlash) {
                    return fail(t, "/ may appear only once");
                }
                if (sawStar) {
                    return fail(t, "/ must be ahead of *");
                }
                if (args.isEmpty()) {
                    return fail(t, "at least one argument must precede /");
                }
                pos++;
                sawSlash = true;
                declares = false;
                posonly.addAll(args);
                args.clear();
            } else if (t.isOp("*")) {
                if (sawStar) {
                    if (invalidPass && (peek(1).type() == dev.kaa.parser.internal.tokenize.TokenType.NAME
                            || atOp(1, ","))) {
                        throw errorAt(t, "* argument may appear only once");
                    }
                    return null;
                }
                pos++;
                sawStar = true;
                if (atOp(",") || atOp(close)) {
                    bareStar = t;
                    declares = false;
                    if (invalidPass && atOp(",") && peek(1).type() == TokenType.TYPE_COMMENT) {
                        throw errorAt(peek(1), "bare * has associated type comment");
                    }
                } else {
                    vararg = withTypeComment(param(lambda, true), lambda);
                    if (vararg == null) {
                        return null;
                    }
                    if (atOp("=")) {
                        return fail(peek(), "var-positional argument cannot have default value");
                    }
                }
            } else if (t.isOp("**")) {
                pos++;
                kwarg = withTypeComment(param(lambda, false), lambda);
                if (kwarg == null) {
                    return null;
                }
                if (atOp("=")) {
                    return fail(peek(), "var-keyword argument cannot have default value");
                }
            } else {
                Arg p = param(lambda, false);
                if (p == null) {
                    if (invalidPass && t.isOp("(")) {
                        invalidParenthesizedParameters(lambda);
                    }
                    return null;
                }
                Expr dflt = null;
                Token eq = op("=");
                if (eq != null) {
                    dflt = expression();
                    if (dflt == null) {
                        return atOp(",") || atOp(close) ? fail(eq, "expected default value expression") : null;
                    }
                }
                p = withTypeComment(p, lambda);
                if (sawStar) {
                    kwonly.add(p);
                    kwDefaults.add(dflt);
                    bareStar = null;
                } else {
                    if (dflt != null) {
                        defaults.add(dflt);
                    } else if (!defaults.isEmpty()) {
                        if (atOp(",") || atOp(close)) {
                            return fail(t, "parameter without a default follows parameter with a default");
                        }
                        return null;
                    }
                    args.add(p);
                }
            }
            boolean typeCommentAhead = declares && !lambda && typeCommentAhead();
            if (op(",") == null) {
                if (t.isOp("/") && atOp("*")) {
                    // invalid_parameters: param_maybe_default+ '/' a='*'
                    return fail(peek(), "expected comma between / and *");
                }
                if (typeCommentAhead) {
                    pos++;
                }
                break;
            }
            if (typeCommentAhead) {
                pos++;
            }
        }
        if (!atOp(close)) {
            return null;
        }
        if (bareStar != null) {
            // def points at the star; lambda (RAISE_SYNTAX_ERROR) at the token after the list
            return fail(lambda ? peek() : bareStar, "named arguments must follow bare *");
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /**
     * Whether a parameter's type comment comes next: {@code ',' TYPE_COMMENT} or
     * {@code TYPE_COMMENT &')'} (only a def's parameters have them; such tokens come only when
     * type comments are asked for).
     */
    private boolean typeCommentAhead() {
        if (!tokenizer.typeComments()) {
            return false;
        }
        return atOp(",") ? peek(1).type() == TokenType.TYPE_COMMENT
                : atType(TokenType.TYPE_COMMENT) && atOp(1, ")");
    }

    /** {@code arg}, with the type comment that follows it ({@link #typeCommentAhead()}), if any. */
    private Arg withTypeComment(Arg arg, boolean lambda) {
        if (arg == null || lambda || !typeCommentAhead()) {
            return arg;
        }
        Token tc = atOp(",") ? peek(1) : peek();
        return new Arg(arg.arg(), arg.annotation(), tc.text(), arg.pos());
    }

    /** {@code (a, b)} where a parameter should be, which Python 2 allowed. */
    private void invalidParenthesizedParameters(boolean lambda) {
        int mark = pos;
        Token open = advance();
        boolean any = false;
        while (name() != null) {
            any = true;
            if (op(",") == null) {
                break;
            }
        }
        Token close = any ? op(")") : null;
        if (close != null) {
            throw errorBetween(tokenPos(open), tokenPos(close), lambda
                    ? "Lambda expression parameters cannot be parenthesized"
                    : "Function parameters cannot be parenthesized");
        }
        pos = mark;
    }

    /** In the second pass, throws CPython's message at {@code t}; in the first, just fails. */
    private Arguments fail(Token t, String msg) {
        if (invalidPass) {
            throw errorAt(t, msg);
        }
        return null;
    }

    /**
     * {@code param: NAME annotation?} ({@code lambda_param: NAME}); a {@code *args} parameter may
     * have a starred annotation ({@code star_annotation: ':' star_expression}).
     */
    private Arg param(boolean lambda, boolean star) {
        int start = pos;
        Token n = name();
        if (n == null) {
            return null;
        }
        Expr annotation = null;
        if (!lambda && op(":") != null) {
            annotation = star ? starExpression() : expression();
            if (annotation == null) {
                pos = start;
                return null;
            }
        }
        return new Arg(n.text(), annotation, null, span(start));
    }
}
