package dev.kaa.parser.internal.peg;

import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The token cursor every rule class shares: a lazily filled token array, the position of the next
 * token, backtracking by saving and restoring that position, source positions of nodes, the
 * recursion guard and the helpers that build CPython's syntax errors.
 *
 * <p>Rules return {@code null} when they do not match and leave the position where it was; they
 * never throw for an ordinary mismatch (backtracking must stay cheap). Only errors that CPython
 * reports are thrown, as {@link PySyntaxError}.
 *
 * <p>Thread safety: confined to the thread that parses.
 */
abstract class ParserBase {

    /** Keywords: NAME tokens that never are identifiers. */
    static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally",
            "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or",
            "pass", "raise", "return", "try", "while", "with", "yield");

    /**
     * CPython's parser gives up at this many nested rule calls ("Parser stack overflowed"); the
     * guard also keeps Java's stack from overflowing on absurd input.
     */
    static final int MAX_DEPTH = 6000;

    /**
     * The depth a parse may reach on the caller's thread, whose stack may be small: deeper input
     * is parsed again on a thread with a stack big enough for {@link #MAX_DEPTH}.
     */
    static final int SHALLOW_DEPTH = 1500;

    /** Thrown when a parse on the caller's thread goes deeper than {@link #SHALLOW_DEPTH}. */
    static final class TooDeep extends RuntimeException {
        TooDeep() {
            super(null, null, false, false);
        }
    }

    final Tokenizer tokenizer;
    /** Whether the invalid_* alternatives run (the second pass); off for a moment inside some of them. */
    boolean invalidPass;
    /**
     * Whether the source is a module: CPython then appends a newline to a last line without one,
     * which moves the positions it reports at the end of the source by one.
     */
    boolean execInput = true;
    /** Whether this is the second pass (memoising, whatever {@link #invalidPass} says at the moment). */
    private final boolean secondPass;
    private final int depthLimit;
    private final ArrayList<Token> tokens = new ArrayList<>();
    /** The bracket nesting level after each token, as CPython's tokens record it. */
    private int[] levels = new int[64];
    private int level;
    /** Index of the next token. */
    int pos;
    int depth;

    ParserBase(Tokenizer tokenizer, boolean invalidPass, int depthLimit) {
        this.tokenizer = tokenizer;
        this.invalidPass = invalidPass;
        this.secondPass = invalidPass;
        this.depthLimit = depthLimit;
    }

    // ---- the token cursor

    final Token token(int index) {
        while (tokens.size() <= index) {
            fill();
        }
        return tokens.get(index);
    }

    /** Whether the tokenizer has thrown: its own errors are final, the parser's may yield to them. */
    boolean tokenizerFailed;

    private void fill() {
        Token t;
        do {
            try {
                t = tokenizer.next();
            } catch (PySyntaxError e) {
                tokenizerFailed = true;
                throw e;
            }
            // TYPE_COMMENT tokens come only when type comments are asked for; the grammar reads them
        } while (t.type() == TokenType.NL || t.type() == TokenType.COMMENT);
        if (t.type() == TokenType.OP && t.text().length() == 1) {
            switch (t.text().charAt(0)) {
                case '(', '[', '{' -> level++;
                case ')', ']', '}' -> level = Math.max(0, level - 1);
                default -> {
                }
            }
        }
        if (tokens.size() == levels.length) {
            levels = java.util.Arrays.copyOf(levels, levels.length * 2);
        }
        levels[tokens.size()] = level;
        tokens.add(t);
    }

    /** The bracket nesting level at the token at {@code index} (after it, for a bracket). */
    final int levelAt(int index) {
        token(index);
        return levels[index];
    }

    /**
     * The text of a TYPE_COMMENT token next ({@code TYPE_COMMENT?} of the grammar), consumed, or
     * null. Such tokens come only when type comments are asked for.
     */
    final String typeComment() {
        return atType(TokenType.TYPE_COMMENT) ? advance().text() : null;
    }

    /** The next token, not consumed. */
    final Token peek() {
        return pos < tokens.size() ? tokens.get(pos) : token(pos);
    }

    final Token peek(int ahead) {
        return token(pos + ahead);
    }

    /**
     * How many tokens the first pass fetched, when this is the second: CPython's second pass
     * keeps the tokens of the first, so "the last token read", where some of its errors point,
     * may lie beyond anything this pass has read.
     */
    int priorFetched;

    /** The last token CPython would have read by now: the farthest of this pass and the first. */
    final Token lastFetched() {
        if (priorFetched > fetched()) {
            // the first pass read these without a tokenizer error: same source, same tokens
            token(priorFetched - 1);
        }
        return token(fetched() - 1);
    }

    /** The number of tokens fetched so far; the last one is where "invalid syntax" points. */
    final int fetched() {
        return tokens.size();
    }

    final Token advance() {
        Token t = peek();
        pos++;
        return t;
    }

    final boolean atType(TokenType type) {
        return peek().type() == type;
    }

    /**
     * The rest of PEG's gather {@code first (separator item)*} once {@code first} is parsed: the
     * items in order, stopping before a separator whose item does not parse.
     */
    final <T> List<T> gatherAfter(T first, BooleanSupplier atSeparator, Supplier<T> item) {
        List<T> items = new ArrayList<>();
        items.add(first);
        while (atSeparator.getAsBoolean()) {
            int mark = pos;
            pos++;
            T next = item.get();
            if (next == null) {
                pos = mark;
                break;
            }
            items.add(next);
        }
        return items;
    }

    final boolean atOp(String op) {
        Token t = peek();
        return t.type() == TokenType.OP && t.text().equals(op);
    }

    final boolean atOp(int ahead, String op) {
        Token t = peek(ahead);
        return t.type() == TokenType.OP && t.text().equals(op);
    }

    /** Consumes the operator {@code op} if it is next. */
    final Token op(String op) {
        Token t = peek();
        if (t.type() == TokenType.OP && t.text().equals(op)) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean atKeyword(String kw) {
        Token t = peek();
        return t.type() == TokenType.NAME && t.text().equals(kw);
    }

    final boolean atKeyword(int ahead, String kw) {
        Token t = peek(ahead);
        return t.type() == TokenType.NAME && t.text().equals(kw);
    }

    /** Consumes the keyword (or soft keyword) {@code kw} if it is next. */
    final Token keyword(String kw) {
        Token t = peek();
        if (t.type() == TokenType.NAME && t.text().equals(kw)) {
            pos++;
            return t;
        }
        return null;
    }

    final boolean atName() {
        Token t = peek();
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.text());
    }

    static boolean isName(Token t) {
        return t.type() == TokenType.NAME && !KEYWORDS.contains(t.text());
    }

    /** Consumes an identifier (a NAME that is not a keyword). */
    final Token name() {
        Token t = peek();
        if (t.type() == TokenType.NAME && !KEYWORDS.contains(t.text())) {
            pos++;
            return t;
        }
        return null;
    }

    final Token expectType(TokenType type) {
        Token t = peek();
        if (t.type() == type) {
            pos++;
            return t;
        }
        return null;
    }

    // ---- positions

    /** The last consumed token that is not a NEWLINE, INDENT or DEDENT, as CPython's node ends. */
    final Token lastToken() {
        int i = pos - 1;
        while (i > 0) {
            TokenType ty = tokens.get(i).type();
            if (ty != TokenType.NEWLINE && ty != TokenType.INDENT && ty != TokenType.DEDENT
                    && ty != TokenType.ENDMARKER) {
                break;
            }
            i--;
        }
        return tokens.get(Math.max(i, 0));
    }

    /** The span from the token at {@code start} to the last consumed token. */
    final Pos span(int start) {
        Token s = token(start);
        Token e = lastToken();
        return new Pos(s.lineno(), s.col(), e.endLineno(), e.endCol());
    }

    static Pos span(Token s, Token e) {
        return new Pos(s.lineno(), s.col(), e.endLineno(), e.endCol());
    }

    static Pos tokenPos(Token t) {
        return new Pos(t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    static Pos span(Pos s, Pos e) {
        return Pos.span(s, e);
    }

    // ---- memoisation, for the second pass

    static final int MEMO_EXPRESSION = 1;
    static final int MEMO_DISJUNCTION = 2;
    static final int MEMO_BITWISE_OR = 3;
    static final int MEMO_INVALID_NAMED = 4;
    static final int MEMO_STRINGS = 5;

    /**
     * Results by (rule, position). Only the second pass memoises: its invalid_* alternatives parse
     * the same text again and again (exponentially in the nesting, without this), as CPython's
     * memoised rules make cheap there too. The first pass never backtracks far enough to need it.
     * As in CPython, a result found with the invalid_* alternatives off (inside
     * {@code expression_without_invalid}) is reused with them on: that decides some messages.
     */
    private java.util.HashMap<Long, Object[]> memo;

    final Expr memoized(int rule, java.util.function.Supplier<Expr> body) {
        if (!secondPass) {
            return body.get();
        }
        if (memo == null) {
            memo = new java.util.HashMap<>();
        }
        long key = ((long) pos << 3) | rule;
        Object[] hit = memo.get(key);
        if (hit != null) {
            pos = (Integer) hit[1];
            return (Expr) hit[0];
        }
        Expr result = body.get();
        memo.put(key, new Object[] {result, pos});
        return result;
    }

    /** Whether the check {@code rule} already ran at the current position (and records that it has). */
    final boolean alreadyChecked(int rule) {
        if (memo == null) {
            memo = new java.util.HashMap<>();
        }
        return memo.putIfAbsent(((long) pos << 3) | rule, new Object[] {null, pos}) != null;
    }

    // ---- the recursion guard

    final void enter() {
        if (++depth > depthLimit) {
            if (depthLimit < MAX_DEPTH) {
                throw new TooDeep();
            }
            throw tooComplex();
        }
    }

    /** CPython raises MemoryError here; Kaa's parser throws only SyntaxError, with the same words. */
    final PySyntaxError tooComplex() {
        Token t = peek();
        return error(PySyntaxError.Kind.SyntaxError, "Parser stack overflowed - Python source too complex to parse",
                t.lineno(), t.col(), t.endLineno(), t.endCol());
    }

    final void leave() {
        depth--;
    }

    // ---- errors

    /** A syntax error between two (line, byte column) positions, offsets converted to characters. */
    final PySyntaxError error(PySyntaxError.Kind kind, String msg, int lineno, int col, int endLineno,
            int endCol) {
        String text = lineno > 0 ? tokenizer.line(lineno) : null;
        int offset = charOffset(text, col) + 1;
        int endOffset = charOffset(text, endCol) + 1;
        if (endLineno != lineno && text != null) {
            // CPython converts the end column on the first line's text, where it stops at the line's end
            String bare = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            endOffset = Math.min(endOffset, bare.codePointCount(0, bare.length()) + 1);
        }
        return new PySyntaxError(kind, msg, tokenizer.filename(), lineno, offset, text, endLineno, endOffset);
    }

    /** An error whose offsets are given as CPython computes them (1-based, or 0 and -1 as it has them). */
    final PySyntaxError errorRaw(PySyntaxError.Kind kind, String msg, int lineno, int offset, int endLineno,
            int endOffset) {
        String text = lineno > 0 ? tokenizer.line(lineno) : null;
        return new PySyntaxError(kind, msg, tokenizer.filename(), lineno, offset, text, endLineno, endOffset);
    }

    /** The 1-based character offset of byte column {@code col} on line {@code lineno}. */
    final int offsetOf(int lineno, int col) {
        return charOffset(lineno > 0 ? tokenizer.line(lineno) : null, col) + 1;
    }

    final PySyntaxError errorAt(Token t, String msg) {
        return errorAt(PySyntaxError.Kind.SyntaxError, t, msg);
    }

    final PySyntaxError errorAt(PySyntaxError.Kind kind, Token t, String msg) {
        if (atEof(t)) {
            return errorAtEof(kind, t, msg);
        }
        int col = t.type() == TokenType.NEWLINE ? newlineStart(t) : t.col();
        return error(kind, msg, t.lineno(), col, t.endLineno(), t.endCol());
    }

    /**
     * Where CPython's NEWLINE token starts: at the comment before it, if there is one (its
     * tokenizer makes the comment part of the NEWLINE).
     */
    final int newlineStart(Token nl) {
        int index = tokens.lastIndexOf(nl);
        if (index <= 0) {
            return nl.col();
        }
        Token prev = tokens.get(index - 1);
        if (prev.endLineno() != nl.lineno() || prev.endCol() >= nl.col()) {
            return nl.col();
        }
        String between = tokenizer.text(nl.lineno(), prev.endCol(), nl.lineno(), nl.col());
        int hash = between.indexOf('#');
        if (hash < 0) {
            return nl.col();
        }
        return prev.endCol() + between.substring(0, hash).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /** How many f-strings are open after the farthest token read. */
    final int openFStrings() {
        int open = 0;
        for (Token t : tokens) {
            if (t.type() == TokenType.FSTRING_START) {
                open++;
            } else if (t.type() == TokenType.FSTRING_END) {
                open--;
            }
        }
        return open;
    }

    /** Whether the last NEWLINE read was one the tokenizer made up (the source's last line has none). */
    private boolean endsWithoutNewline() {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).type() == TokenType.NEWLINE) {
                return tokens.get(i).text().isEmpty();
            }
        }
        return false;
    }

    /** The NEWLINE a tokenizer adds after a last line without one (which CPython's has only for modules). */
    final boolean isImplicitNewline(Token t) {
        return t.type() == TokenType.NEWLINE && t.text().isEmpty() && !execInput;
    }

    /** Whether {@code t} stands past the last line: the ENDMARKER, or a DEDENT before it. */
    final boolean atEof(Token t) {
        return (t.type() == TokenType.ENDMARKER || t.type() == TokenType.DEDENT) && t.lineno() > 1
                && tokenizer.line(t.lineno()).isEmpty();
    }

    /** CPython puts an error at the end of the source after the last line's last character, end offset -1. */
    final PySyntaxError errorAtEof(PySyntaxError.Kind kind, Token t, String msg) {
        int line = t.lineno() - 1;
        String text = tokenizer.line(line);
        String bare = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                : text.endsWith("\n") || text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        int width = bare.codePointCount(0, bare.length());
        int offset = execInput || !endsWithoutNewline() ? width + 1 : width;
        return new PySyntaxError(kind, msg, tokenizer.filename(), line, offset, text, line, -1);
    }

    final PySyntaxError errorAt(Pos p, String msg) {
        return error(PySyntaxError.Kind.SyntaxError, msg, p.lineno(), p.col_offset(), p.end_lineno(),
                p.end_col_offset());
    }

    final PySyntaxError errorAt(Expr e, String msg) {
        return errorAt(e.pos(), msg);
    }

    /** From the start of {@code a} to the end of {@code b}. */
    final PySyntaxError errorBetween(Pos a, Pos b, String msg) {
        return error(PySyntaxError.Kind.SyntaxError, msg, a.lineno(), a.col_offset(), b.end_lineno(),
                b.end_col_offset());
    }

    /** The number of characters whose UTF-8 encoding fills the first {@code byteCol} bytes of {@code text}. */
    static int charOffset(String text, int byteCol) {
        if (text == null) {
            return byteCol;
        }
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (i < text.length() && bytes < byteCol) {
            int cp = text.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        return chars + Math.max(0, byteCol - bytes);
    }
}
