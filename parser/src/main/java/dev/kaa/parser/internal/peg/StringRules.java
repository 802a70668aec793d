package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.internal.tokenize.StringLiterals;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals: implicit concatenation ({@code strings}), and f-strings, which become
 * {@code JoinedStr} nodes of {@code Constant} and {@code FormattedValue} parts. Adjacent constant
 * parts merge into one, spanning from the first to the last, and empty ones are dropped, as
 * CPython's AST has them.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class StringRules extends DisplayRules {

    StringRules(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        super(tokenizer, invalidPass, depthLimit);
    }

    /** {@code strings: (fstring | string)+}. */
    @Override final Expr strings() {
        return memoized(MEMO_STRINGS, this::strings0);
    }

    private Expr strings0() {
        int start = pos;
        boolean anyFString = false;
        boolean anyBytes = false;
        boolean anyStr = false;
        // parts: decoded String, Constant.Bytes, or a List<Expr> of one f-string's values
        List<Object> parts = new ArrayList<>();
        List<Token> partTokens = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.STRING) {
                pos++;
                Object v = StringLiterals.decode(t, tokenizer);
                if (v instanceof dev.kaa.bytecode.Constant.Bytes) {
                    anyBytes = true;
                } else {
                    anyStr = true;
                }
                parts.add(v);
                partTokens.add(t);
            } else if (t.type() == TokenType.FSTRING_START) {
                List<Expr> values = fstring();
                if (values == null) {
                    pos = start;
                    return null;
                }
                anyFString = true;
                parts.add(values);
                partTokens.add(t);
            } else {
                break;
            }
        }
        Pos whole = span(start);
        if (anyBytes && (anyStr || anyFString)) {
            // CPython reports it where its parser stands: the token after the strings
            throw errorAt(peek(), "cannot mix bytes and nonbytes literals");
        }
        if (anyBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Object p : parts) {
                out.writeBytes(((dev.kaa.bytecode.Constant.Bytes) p).value());
            }
            return new Expr.Constant(new dev.kaa.bytecode.Constant.Bytes(out.toByteArray()), null, whole);
        }
        String kind = hasUPrefix(partTokens.getFirst()) ? "u" : null;
        if (!anyFString) {
            if (parts.size() == 1) {
                return new Expr.Constant(parts.getFirst(), kind, whole);
            }
            // Concatenated through Constant.Str: '\ud800' '\udc00' is two code points, which
            // joining the Java strings would merge into U+10000.
            Object value = "";
            for (Object p : parts) {
                value = dev.kaa.bytecode.Constant.Str.concat(value, p);
            }
            return new Expr.Constant(value, kind, whole);
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Object p = parts.get(i);
            if (dev.kaa.bytecode.Constant.Str.isStr(p)) {
                Object s = p;
                Token t = partTokens.get(i);
                values.add(new Expr.Constant(s, hasUPrefix(t) ? "u" : null, tokenPos(t)));
            } else {
                @SuppressWarnings("unchecked")
                List<Expr> fv = (List<Expr>) p;
                values.addAll(fv);
            }
        }
        return new Expr.JoinedStr(mergeConstants(values), whole);
    }

    private static boolean hasUPrefix(Token t) {
        char c = t.text().charAt(0);
        return c == 'u' || c == 'U';
    }

    /** Drops empty string constants and joins adjacent ones, spanning both. */
    static List<Expr> mergeConstants(List<Expr> values) {
        List<Expr> out = new ArrayList<>(values.size());
        for (Expr v : values) {
            if (v instanceof Expr.Constant c) {
                Object s = c.value();
                if ("".equals(s)) {
                    continue;
                }
                if (!out.isEmpty() && out.getLast() instanceof Expr.Constant prev) {
                    Object joined = dev.kaa.bytecode.Constant.Str.concat(prev.value(), s);
                    out.set(out.size() - 1, new Expr.Constant(joined, prev.kind(),
                            Pos.span(prev.pos(), c.pos())));
                    continue;
                }
            }
            out.add(v);
        }
        return out;
    }

    /** {@code fstring: FSTRING_START fstring_middle* FSTRING_END}: the parts, not yet merged. */
    private List<Expr> fstring() {
        int start = pos;
        Token open = advance();
        boolean raw = open.text().indexOf('r') >= 0 || open.text().indexOf('R') >= 0;
        List<Expr> values = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.FSTRING_END) {
                pos++;
                return values;
            }
            if (t.type() == TokenType.FSTRING_MIDDLE) {
                pos++;
                values.add(middle(t, raw));
            } else if (t.isOp("{")) {
                if (!replacementField(values, raw)) {
                    pos = start;
                    return null;
                }
            } else {
                pos = start;
                return null;
            }
        }
    }

    private Expr middle(Token t, boolean raw) {
        String text = t.text();
        int endCol = t.endCol();
        // A literal part ending in a brace came from a doubled one ("{{"): the token stops after
        // the first brace, CPython's constant after the second.
        char last = text.isEmpty() ? 0 : text.charAt(text.length() - 1);
        if ((last == '{' || last == '}')
                && tokenizer.text(t.endLineno(), endCol, t.endLineno(), endCol + 1).equals(String.valueOf(last))) {
            endCol++;
        }
        return new Expr.Constant(StringLiterals.decodeFStringMiddle(t, raw, tokenizer), null,
                new Pos(t.lineno(), t.col(), t.endLineno(), endCol));
    }

    /**
     * {@code fstring_replacement_field: '{' annotated_rhs '='? [fstring_conversion]
     * [fstring_full_format_spec] '}'}; appends the debug text constant (for {@code =}) and the
     * {@code FormattedValue}.
     */
    private boolean replacementField(List<Expr> values, boolean raw) {
        enter();
        boolean ok = replacementField0(values, raw);
        leave();
        return ok;
    }

    private boolean replacementField0(List<Expr> values, boolean raw) {
        int start = pos;
        Token lbrace = advance();
        Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (value == null) {
            if (invalidPass) {
                invalidReplacementField(start, raw);
            }
            pos = start;
            return false;
        }
        Token eq = op("=");
        if (eq != null) {
            Token next = peek();
            String text = withoutComments(
                    tokenizer.text(lbrace.endLineno(), lbrace.endCol(), next.lineno(), next.col()));
            values.add(new Expr.Constant(text, null,
                    new Pos(lbrace.endLineno(), lbrace.endCol(), next.lineno(), next.col())));
        }
        int conversion = -1;
        if (atOp("!")) {
            conversion = conversion();
            if (conversion == -2) {
                pos = start;
                return false;
            }
        }
        Expr spec = null;
        if (atOp(":")) {
            spec = formatSpec(raw);
            if (spec == null) {
                pos = start;
                return false;
            }
        }
        if (op("}") == null) {
            if (invalidPass) {
                invalidReplacementField(start, raw);
            }
            pos = start;
            return false;
        }
        if (eq != null && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        values.add(new Expr.FormattedValue(value, conversion, spec, span(start)));
        return true;
    }

    abstract void invalidReplacementField(int start, boolean raw);

    /** Consumes a format spec (the ':' next) for the second pass's messages. */
    final void formatSpecForErrors(boolean raw) {
        formatSpec(raw);
    }

    /** The debug text of {@code f"{x = }"} without comments, as CPython shows it. */
    static String withoutComments(String text) {
        if (text.indexOf('#') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < text.length()) {
                    sb.append(c).append(text.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '#') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < text.length()) {
                    sb.append('\n');
                }
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** {@code fstring_conversion: '!' NAME}: the character's code, or -2 on failure. */
    private int conversion() {
        Token bang = advance();
        Token n = peek();
        if (n.type() != TokenType.NAME) {
            if (invalidPass) {
                throw errorAt(n, "f-string: missing conversion character");
            }
            return -2;
        }
        if (n.lineno() != bang.endLineno() || n.col() != bang.endCol()) {
            throw errorBetween(tokenPos(bang), tokenPos(n),
                    "f-string: conversion type must come right after the exclamanation mark");
        }
        pos++;
        return switch (n.text()) {
            case "s" -> 's';
            case "r" -> 'r';
            case "a" -> 'a';
            default -> throw errorAt(n, "f-string: invalid conversion character '" + n.text()
                    + "': expected 's', 'r', or 'a'");
        };
    }

    /** {@code fstring_full_format_spec: ':' fstring_format_spec*}: a JoinedStr from the colon. */
    private Expr formatSpec(boolean raw) {
        int start = pos;
        pos++;
        List<Expr> values = new ArrayList<>();
        while (true) {
            Token t = peek();
            if (t.type() == TokenType.FSTRING_MIDDLE) {
                pos++;
                values.add(middle(t, raw));
            } else if (t.isOp("{")) {
                if (!replacementField(values, raw)) {
                    pos = start;
                    return null;
                }
            } else {
                break;
            }
        }
        return new Expr.JoinedStr(mergeConstants(values), span(start));
    }
}
