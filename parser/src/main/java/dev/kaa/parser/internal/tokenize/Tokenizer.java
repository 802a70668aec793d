package dev.kaa.parser.internal.tokenize;

import dev.kaa.parser.PySyntaxError;
import java.text.Normalizer;
import java.util.ArrayDeque;

/**
 * The Python 3.13 tokenizer: turns source text into {@link Token}s as CPython's C tokenizer does,
 * with the same token boundaries, positions and error messages.
 *
 * <p>What the parser sees:
 * <ul>
 * <li>{@code NAME} text is the identifier NFKC-normalised (as CPython's parser normalises
 *     non-ASCII names); its positions are those of the source text. CPython matches keywords
 *     before normalising, so a name such as {@code ｉｆ} (fullwidth) is the identifier
 *     {@code if}, not the keyword: such a token has {@code endCol - col != text.length()}.
 * <li>{@code OP} for every operator and delimiter, longest match first; {@code <>} is one token
 *     (always a syntax error without {@code barry_as_FLUFL}).
 * <li>{@code NEWLINE} ends a logical line; its text is {@code "\n"}, or {@code ""} for the one
 *     added at the end of a source that lacks a final line end. {@code INDENT} spans the
 *     indentation of its line (its text); {@code DEDENT} is empty, at the first token of the line.
 * <li>{@code COMMENT} and {@code NL} (blank lines, line ends inside brackets) only when
 *     {@code keepComments} is set, as CPython's {@code tokenize} module gives them.
 * <li>f-strings come as {@code FSTRING_START}, then {@code FSTRING_MIDDLE} literal pieces and
 *     replacement fields tokenized as ordinary tokens between {@code OP '{'} and {@code OP '}'},
 *     then {@code FSTRING_END}. A literal piece ends after each doubled brace, whose second
 *     brace is skipped (the piece {@code a{} covers {@code a{} and its range leaves out the
 *     second {@code {}); after the {@code ':'} of a field the format spec is literal text again.
 *     A format spec yields an {@code FSTRING_MIDDLE} even when empty before its closing
 *     {@code '}'}, as CPython does.
 * <li>After the end, {@link #next()} returns {@code ENDMARKER} forever.
 * </ul>
 * Columns are UTF-8 byte offsets; {@code "\r\n"} and {@code "\r"} are read as {@code "\n"}.
 *
 * <p>Thread safety: confined to one thread (it is a cursor over its source).
 */
public final class Tokenizer {
    /** CPython's limit on nested brackets (MAXLEVEL). */
    static final int MAX_LEVEL = 200;
    /** CPython's limit on indentation levels (MAXINDENT). */
    static final int MAX_INDENT = 100;
    /** CPython's limit on tokenizer modes, so on nested f-strings (MAXFSTRINGLEVEL). */
    static final int MAX_FSTRING_NESTING = 150;
    /** How deep replacement fields may nest in the format specs of one f-string. */
    static final int MAX_FIELD_NESTING = 3;
    private static final int TAB_SIZE = 8;

    private final String src;
    private final int length;
    private final SourceLines lines;
    private final String filename;
    private final boolean interactive;
    private final boolean keepComments;
    /** Whether {@code # type: …} comments are tokens ({@code ast.parse(…, type_comments=True)}). */
    private final boolean typeComments;
    /** The {@code # type: ignore} comments read so far, in source order. */
    private final java.util.List<TypeIgnore> typeIgnores = new java.util.ArrayList<>();
    /**
     * Whether the current line is blank so far for the type comment just returned: CPython decides
     * this anew for each token, so the line end after a type comment alone on its line is a
     * NEWLINE, not an NL.
     */
    private boolean afterTypeComment;
    /** The index of the {@code '\n'} added at the end of the source, or -1. */
    private final int addedNewline;

    private int pos;
    private int lineno = 1;
    private boolean atLineStart = true;
    private boolean blankLine;
    /** First and last line of the last string literal that spanned lines. */
    private int multiLineStart;
    private int multiLineEnd;

    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int indentTop;
    /** Pending INDENT (1) or DEDENTs (negative count) for the current line. */
    private int pendingIndents;
    private int indentTokenEnd;

    private final char[] parens = new char[MAX_LEVEL];
    private final int[] parenLines = new int[MAX_LEVEL];
    private final int[] parenIndexes = new int[MAX_LEVEL];
    private int level;

    private final ArrayDeque<FStringState> fstrings = new ArrayDeque<>();
    private boolean finished;
    /** The type of the token last returned. */
    private TokenType lastType;

    /** A tokenizer for a module's source text (not interactive, no comments). */
    public Tokenizer(String source, String filename) {
        this(source, filename, false, false);
    }

    /**
     * A tokenizer for {@code source}, already decoded to text.
     *
     * @param interactive  read as the interactive prompt does: a blank line ends a statement
     * @param keepComments also return {@code COMMENT} and {@code NL} tokens
     */
    public Tokenizer(String source, String filename, boolean interactive, boolean keepComments) {
        this(source, filename, interactive, keepComments, false);
    }

    /**
     * As above; with {@code typeComments}, {@code # type: …} comments are {@code TYPE_COMMENT}
     * tokens (text: what follows the prefix) and {@code # type: ignore} comments are recorded
     * in {@link #typeIgnores()}, as CPython's tokenizer does for {@code type_comments=True}.
     */
    public Tokenizer(String source, String filename, boolean interactive, boolean keepComments, boolean typeComments) {
        this.typeComments = typeComments;
        String text = normaliseNewlines(source);
        boolean add = !text.isEmpty() && text.charAt(text.length() - 1) != '\n';
        this.src = add ? text + "\n" : text;
        this.addedNewline = add ? text.length() : -1;
        this.length = src.length();
        this.lines = new SourceLines(src);
        this.filename = filename;
        this.interactive = interactive;
        this.keepComments = keepComments;
        int nul = src.indexOf('\0');
        if (nul >= 0) {
            int l = 1;
            for (int i = src.indexOf('\n'); i >= 0 && i < nul; i = src.indexOf('\n', i + 1)) {
                l++;
            }
            throw error("source code cannot contain null bytes", l, nul + 1);
        }
    }

    private static String normaliseNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /**
     * A {@code # type: ignore} comment: its line and its tag, the text after {@code ignore}
     * (with the line end, when the comment is alone on its line, as CPython's tag has it).
     */
    public record TypeIgnore(int lineno, String tag) {
    }

    /** Whether {@code # type: …} comments are tokens. */
    public boolean typeComments() {
        return typeComments;
    }

    /** The {@code # type: ignore} comments read so far (only with type comments on). */
    public java.util.List<TypeIgnore> typeIgnores() {
        return java.util.Collections.unmodifiableList(typeIgnores);
    }

    /** Where this tokenizer's warnings (and its literals') go; null drops them. */
    private PendingWarnings warnings;

    /** The most digits a decimal int literal may have (0: no limit). */
    private int intMaxStrDigits = dev.kaa.parser.ParseOptions.DEFAULT_INT_MAX_STR_DIGITS;

    /** Sets the most digits a decimal int literal may have ({@code sys.set_int_max_str_digits}). */
    public void limitIntDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    /** The most digits a decimal int literal may have (0: no limit). */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    /** Records the SyntaxWarnings found from now on in {@code sink} (null: none). */
    public void reportWarningsTo(PendingWarnings sink) {
        this.warnings = sink;
    }

    /** A SyntaxWarning, given as the SyntaxError it becomes when the filters make it an error. */
    void warn(PySyntaxError asError) {
        if (warnings != null) {
            warnings.add(asError);
        }
    }

    /** The file name errors report. */
    public String filename() {
        return filename;
    }

    /** Source line {@code lineno} (from 1) with its line end, as {@code SyntaxError.text} shows it. */
    public String line(int lineno) {
        return lines.line(lineno);
    }

    /**
     * The source text from ({@code lineno}, {@code col}) to ({@code endLineno}, {@code endCol}),
     * columns in UTF-8 bytes, end exclusive; the debug text of {@code f"{x = }"} is read with it.
     */
    public String text(int lineno, int col, int endLineno, int endCol) {
        int from = lines.index(lineno, col);
        int to = lines.index(endLineno, endCol);
        return to <= from ? "" : src.substring(from, to);
    }

    /**
     * The next token.
     *
     * @throws PySyntaxError for a lexical error, with CPython's message and position
     */
    public Token next() {
        if (finished) {
            int last = lines.count();
            return new Token(TokenType.ENDMARKER, "", last, 0, last, 0);
        }
        FStringState fs = fstrings.peek();
        Token t = fs != null && fs.inLiteral() ? fstringLiteral(fs) : normal();
        lastType = t.type();
        return t;
    }

    // ---------------------------------------------------------------- normal mode

    private Token normal() {
        for (;;) {
            if (atLineStart) {
                atLineStart = false;
                indentation();
            }
            if (pendingIndents != 0) {
                return indentToken();
            }
            char c = skipBlanks();
            int start = pos;
            if (pos >= length) {
                return endOfInput();
            }
            switch (c) {
                case '#' -> {
                    int end = src.indexOf('\n', pos);
                    pos = end < 0 ? length : end;
                    if (typeComments) {
                        Token t = typeComment(start);
                        if (t != null) {
                            return t;
                        }
                    }
                    if (keepComments) {
                        return token(TokenType.COMMENT, start, pos);
                    }
                }
                case '\n' -> {
                    Token t = lineEnd(start);
                    if (t != null) {
                        return t;
                    }
                }
                case '\\' -> continuation();
                case '"', '\'' -> {
                    return string(start, start);
                }
                default -> {
                    if (Chars.isNameStart(c)) {
                        return nameOrString(start);
                    }
                    if (Chars.isDigit(c) || (c == '.' && pos + 1 < length && Chars.isDigit(src.charAt(pos + 1)))) {
                        return new NumberScanner(this).scan(start);
                    }
                    return operator(start, c);
                }
            }
        }
    }

    /**
     * The comment from {@code start} to {@link #pos} as a type comment: a TYPE_COMMENT token, or
     * null for an ordinary comment or a {@code # type: ignore} (recorded; alone on its line, its
     * line end is consumed with it). The prefix is {@code #}, blanks, {@code type:}, blanks.
     */
    private Token typeComment(int start) {
        int p = skipTabsAndSpaces(start + 1);
        if (!src.startsWith("type:", p) || p + 5 > pos) {
            return null;
        }
        p = skipTabsAndSpaces(p + 5);
        int ignoreEnd = p + 6;
        // "ignore" then the end or a character that is ASCII and not alphanumeric
        boolean ignore = ignoreEnd <= pos && src.startsWith("ignore", p)
                && (ignoreEnd == pos || !(src.charAt(ignoreEnd) >= 128 || Character.isLetterOrDigit(src.charAt(ignoreEnd))));
        if (ignore) {
            String tag = src.substring(ignoreEnd, pos);
            if (blankLine && pos < length) {
                tag += "\n";
                pos++;
                typeIgnores.add(new TypeIgnore(lineno, tag));
                lineno++;
                atLineStart = true;
                blankLine = false;
                return null;
            }
            typeIgnores.add(new TypeIgnore(lineno, tag));
            return null;
        }
        afterTypeComment = true;
        return token(TokenType.TYPE_COMMENT, p, pos);
    }

    private int skipTabsAndSpaces(int p) {
        while (p < pos && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    private char skipBlanks() {
        while (pos < length) {
            char c = src.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\f') {
                return c;
            }
            pos++;
        }
        return '\0';
    }

    /** A line end: NEWLINE, or NL (returned only when comments are kept), or null. */
    private Token lineEnd(int start) {
        boolean nl = (blankLine && !afterTypeComment) || level > 0;
        afterTypeComment = false;
        int col = lines.byteCol(lineno, start);
        String text = start == addedNewline ? "" : "\n";
        Token t = new Token(nl ? TokenType.NL : TokenType.NEWLINE, text, lineno, col, lineno, col + 1);
        pos = start + 1;
        lineno++;
        atLineStart = true;
        blankLine = false;
        return nl && !keepComments ? null : t;
    }

    private void continuation() {
        int at = pos;
        if (at + 1 >= length || src.charAt(at + 1) != '\n') {
            // After a string that spans lines, CPython counts the column (and shows the text)
            // from the string's first line.
            int first = multiLineEnd == lineno ? multiLineStart : lineno;
            int base = lines.start(first);
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                    "unexpected character after line continuation character", filename, lineno,
                    src.codePointCount(base, at) + 2, src.substring(base, lines.end(lineno)), lineno, 0);
        }
        pos = at + 2;
        lineno++;
        if (pos >= length) {
            int l = lineno - 1;
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing", filename, l,
                    lines.charCol(l, at) + 2, lines.line(l), l, -1);
        }
    }

    private Token endOfInput() {
        if (level > 0) {
            throw neverClosed();
        }
        finished = true;
        int last = lines.count();
        return new Token(TokenType.ENDMARKER, "", last, 0, last, 0);
    }

    private PySyntaxError neverClosed() {
        int l = parenLines[level - 1];
        int idx = parenIndexes[level - 1];
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "'" + parens[level - 1] + "' was never closed",
                filename, l, lines.charCol(l, idx) + 1, lines.line(l), l, 0);
    }

    // ---------------------------------------------------------------- indentation

    /** Reads the indentation of a new line and queues its INDENT or DEDENTs. */
    private void indentation() {
        int col = 0;
        int alt = 0;
        int contCol = 0;
        blankLine = false;
        for (;;) {
            char c = pos < length ? src.charAt(pos) : '\0';
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / TAB_SIZE + 1) * TAB_SIZE;
                alt++;
            } else if (c == '\f') {
                col = 0;
                alt = 0;
            } else if (c == '\\') {
                if (pos + 1 >= length || src.charAt(pos + 1) != '\n') {
                    // Checked before the indentation is compared, as CPython does.
                    continuation();
                }
                // Indentation cannot be split over lines with backslashes: the first
                // backslash found decides the level of what follows.
                contCol = contCol != 0 ? contCol : col;
                pos++;
                lineno++;
                if (pos + 1 >= length) {
                    int l = lineno - 1;
                    throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "unexpected EOF while parsing", filename,
                            l, lines.charCol(l, pos - 1) + 2, lines.line(l), l, -1);
                }
            } else {
                break;
            }
            pos++;
        }
        char c = pos < length ? src.charAt(pos) : '\0';
        if (pos < length && (c == '#' || c == '\n')) {
            if (interactive && col == 0 && c == '\n') {
                blankLine = false;
            } else if (interactive && lineno == 1) {
                col = 0;
                alt = 0;
            } else {
                blankLine = true;
            }
        }
        if (blankLine || level > 0) {
            return;
        }
        if (contCol != 0) {
            col = contCol;
            alt = contCol;
        }
        if (col == indents[indentTop]) {
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
        } else if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAX_INDENT) {
                throw new PySyntaxError(PySyntaxError.Kind.IndentationError, "too many levels of indentation",
                        filename, lineno, 1, lines.line(lineno), lineno, 0);
            }
            if (alt <= altIndents[indentTop]) {
                throw tabError();
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = alt;
            pendingIndents = 1;
            indentTokenEnd = pos;
        } else {
            int dedents = 0;
            while (indentTop > 0 && col < indents[indentTop]) {
                indentTop--;
                dedents++;
            }
            if (col != indents[indentTop]) {
                // CPython points just past the end of the line.
                int end = lines.end(lineno) - 1;
                throw new PySyntaxError(PySyntaxError.Kind.IndentationError,
                        "unindent does not match any outer indentation level", filename, lineno,
                        lines.charCol(lineno, end) + 1, lines.line(lineno), lineno, -1);
            }
            if (alt != altIndents[indentTop]) {
                throw tabError();
            }
            pendingIndents = -dedents;
        }
    }

    private PySyntaxError tabError() {
        return new PySyntaxError(PySyntaxError.Kind.TabError, "inconsistent use of tabs and spaces in indentation",
                filename, lineno, 1, lines.line(lineno), lineno, 0);
    }

    private Token indentToken() {
        if (pendingIndents > 0) {
            pendingIndents = 0;
            int lineStart = lines.start(lineno);
            return new Token(TokenType.INDENT, src.substring(lineStart, indentTokenEnd), lineno, 0, lineno,
                    lines.byteCol(lineno, indentTokenEnd));
        }
        pendingIndents++;
        int col = lines.byteCol(lineno, pos);
        return new Token(TokenType.DEDENT, "", lineno, col, lineno, col);
    }

    // ---------------------------------------------------------------- names and strings

    private Token nameOrString(int start) {
        int p = start;
        boolean b = false;
        boolean r = false;
        boolean u = false;
        boolean f = false;
        while (p < length && p - start < 2) {
            char c = Character.toLowerCase(src.charAt(p));
            if (c == 'b' && !b && !u && !f) {
                b = true;
            } else if (c == 'r' && !r && !u) {
                r = true;
            } else if (c == 'u' && !b && !r && !u && !f) {
                u = true;
            } else if (c == 'f' && !f && !b && !u) {
                f = true;
            } else {
                break;
            }
            p++;
        }
        if (p > start && p < length && (src.charAt(p) == '"' || src.charAt(p) == '\'')) {
            return f ? fstringStart(start, p, r) : string(start, p);
        }
        return name(start);
    }

    private Token name(int start) {
        boolean ascii = true;
        int p = start;
        while (p < length) {
            char c = src.charAt(p);
            if (c < 0x80) {
                if (!Chars.isAsciiNameChar(c)) {
                    break;
                }
            } else {
                ascii = false;
            }
            p++;
        }
        pos = p;
        String text = src.substring(start, p);
        if (!ascii) {
            text = checkIdentifier(text, start);
        }
        return new Token(TokenType.NAME, text, lineno, lines.byteCol(lineno, start), lineno, lines.byteCol(lineno, p));
    }

    /** Checks a name with non-ASCII characters as CPython does, and returns its NFKC form. */
    private String checkIdentifier(String text, int start) {
        int bad = SourceDecoder.firstEscape(text, 0, text.length());
        if (bad >= 0) {
            // A byte that was not UTF-8: CPython decodes the name and reports the codec's error.
            String msg = SourceDecoder.utf8Complaint(text).message();
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, lineno,
                    lines.charCol(lineno, start + bad) + 1, errorLine(lineno), lineno, -1);
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean ok = i == 0 ? Chars.isIdentifierStart(cp) : Chars.isIdentifierPart(cp);
            if (!ok) {
                int at = start + i + Character.charCount(cp);
                String msg = Chars.isPrintable(cp)
                        ? String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp)
                        : String.format("invalid non-printable character U+%04X", cp);
                throw error(msg, lineno, at);
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** A string literal whose prefix starts at {@code start} and whose quote is at {@code quoteAt}. */
    private Token string(int start, int quoteAt) {
        int startLine = lineno;
        char quote = src.charAt(quoteAt);
        boolean triple = quoteAt + 2 < length && src.charAt(quoteAt + 1) == quote && src.charAt(quoteAt + 2) == quote;
        int p = quoteAt + (triple ? 3 : 1);
        int line = lineno;
        boolean escapedQuote = false;
        for (;;) {
            if (p >= length || (!triple && src.charAt(p) == '\n')) {
                throw unterminatedString(start, startLine, quote, triple, line, escapedQuote);
            }
            char c = src.charAt(p);
            if (c == quote) {
                if (!triple) {
                    p++;
                    break;
                }
                if (p + 2 < length && src.charAt(p + 1) == quote && src.charAt(p + 2) == quote) {
                    p += 3;
                    break;
                }
                p++;
            } else if (c == '\\') {
                if (p + 1 < length && src.charAt(p + 1) == '\n') {
                    line++;
                }
                escapedQuote |= p + 1 < length && src.charAt(p + 1) == quote;
                p += 2;
            } else {
                if (c == '\n') {
                    line++;
                }
                p++;
            }
        }
        pos = p;
        lineno = line;
        if (line > startLine) {
            multiLineStart = startLine;
            multiLineEnd = line;
        }
        return new Token(TokenType.STRING, src.substring(start, p), startLine, lines.byteCol(startLine, start), line,
                lines.byteCol(line, p));
    }

    private PySyntaxError unterminatedString(int start, int startLine, char quote, boolean triple, int endLine,
            boolean escapedQuote) {
        FStringState fs = fstrings.peek();
        if (fs != null && fs.quote == quote && fs.triple == triple) {
            // Inside a replacement field the f-string's own quote means the '}' is missing.
            return error("f-string: expecting '}'", startLine, start + 1);
        }
        // The source ends with a line end (one is added if missing): its last line is count() - 1.
        int detected = Math.min(endLine, lines.count() - 1);
        String msg = triple
                ? "unterminated triple-quoted string literal (detected at line " + detected + ")"
                : "unterminated string literal (detected at line " + detected + ")"
                        + (escapedQuote ? "; perhaps you escaped the end quote?" : "");
        return error(msg, startLine, start + 1);
    }

    // ---------------------------------------------------------------- f-strings

    private Token fstringStart(int start, int quoteAt, boolean raw) {
        char quote = src.charAt(quoteAt);
        boolean triple = quoteAt + 2 < length && src.charAt(quoteAt + 1) == quote && src.charAt(quoteAt + 2) == quote;
        pos = quoteAt + (triple ? 3 : 1);
        // CPython's stack of tokenizer modes holds MAXFSTRINGLEVEL entries, the first of which is
        // the regular mode.
        if (fstrings.size() + 1 >= MAX_FSTRING_NESTING) {
            throw error("too many nested f-strings", lineno, pos);
        }
        fstrings.push(new FStringState(quote, triple, raw, lineno, start));
        return token(TokenType.FSTRING_START, start, pos);
    }

    private boolean atClosingQuote(FStringState fs, int p) {
        if (p >= length || src.charAt(p) != fs.quote) {
            return false;
        }
        return !fs.triple || (p + 2 < length && src.charAt(p + 1) == fs.quote && src.charAt(p + 2) == fs.quote);
    }

    /** Literal text of an f-string, its end, or the braces of a replacement field. */
    private Token fstringLiteral(FStringState fs) {
        int start = pos;
        int startLine = lineno;
        boolean spec = fs.inFormatSpec();
        if (atClosingQuote(fs, pos)) {
            if (spec) {
                // CPython ends the f-string here and the parser reports the missing '}'. The
                // field's bracket is dropped so that no "'{' was never closed" comes first.
                fs.closeField();
                level--;
            }
            pos += fs.triple ? 3 : 1;
            fstrings.pop();
            return token(TokenType.FSTRING_END, start, pos);
        }
        if (pos < length) {
            char c = src.charAt(pos);
            boolean doubled = pos + 1 < length && src.charAt(pos + 1) == c;
            if (spec && c == '\n' && !fs.triple && lastType == TokenType.FSTRING_MIDDLE) {
                // A line end in the format spec of a one-line f-string ends the spec: what
                // follows is read as code again (and the parser rejects all but a '}').
                fs.endFormatSpec();
                return normal();
            }
            if (spec && (c == '}' || (c == '{' && doubled) || (c == '\n' && !fs.triple))
                    && lastType != TokenType.FSTRING_MIDDLE) {
                // CPython gives an empty piece of format spec before the spec's closing brace
                // (and before a nested field that follows a brace) when no piece came before.
                int col = lines.byteCol(lineno, pos);
                return new Token(TokenType.FSTRING_MIDDLE, "", lineno, col, lineno, col);
            }
            if (c == '{' && (spec || !doubled)) {
                return openField(fs, start);
            }
            if (c == '}' && spec) {
                return closeSpec(fs, start);
            }
        }
        StringBuilder text = null;
        int p = pos;
        int line = lineno;
        int endSkip = 0;
        for (;;) {
            if (p >= length) {
                throw unterminatedFString(fs, line);
            }
            char c = src.charAt(p);
            if (c == fs.quote && atClosingQuote(fs, p)) {
                break;
            }
            if (c == '\n') {
                if (!fs.triple) {
                    if (spec) {
                        break;
                    }
                    throw unterminatedFString(fs, line);
                }
                line++;
                p++;
            } else if (c == '{' || c == '}') {
                if (!spec && p + 1 < length && src.charAt(p + 1) == c) {
                    // A doubled brace ends the piece; the second one is skipped.
                    text = builder(text, start, p);
                    text.append(c);
                    p++;
                    endSkip = 1;
                    break;
                }
                if (c == '}' && !spec) {
                    pos = p;
                    lineno = line;
                    throw error("f-string: single '}' is not allowed", line, p + 1);
                }
                break;
            } else if (c == '\\') {
                char n = p + 1 < length ? src.charAt(p + 1) : '\0';
                if (n == '{' || n == '}') {
                    p++;
                } else if (!fs.raw && n == 'N' && p + 2 < length && src.charAt(p + 2) == '{') {
                    int close = src.indexOf('}', p + 3);
                    int nl = src.indexOf('\n', p + 3);
                    if (close < 0 || (nl >= 0 && nl < close)) {
                        p += 2;
                    } else {
                        // CPython ends the piece after the escape's closing brace.
                        p = close + 1;
                        break;
                    }
                } else {
                    if (n == '\n') {
                        line++;
                    }
                    p += p + 1 < length ? 2 : 1;
                }
            } else {
                p++;
            }
        }
        String value = text != null ? text.toString() : src.substring(start, p);
        Token t = new Token(TokenType.FSTRING_MIDDLE, value, startLine, lines.byteCol(startLine, start), line,
                lines.byteCol(line, p));
        pos = p + endSkip;
        lineno = line;
        if (endSkip == 0 && value.isEmpty()) {
            return next();
        }
        return t;
    }

    private StringBuilder builder(StringBuilder sb, int start, int p) {
        return sb != null ? sb : new StringBuilder(src.substring(start, p));
    }

    private PySyntaxError unterminatedFString(FStringState fs, int line) {
        int detected = Math.min(line, lines.count() - 1);
        String msg = fs.triple
                ? "unterminated triple-quoted f-string literal (detected at line " + Math.max(detected, fs.line) + ")"
                : "unterminated f-string literal (detected at line " + Math.max(detected, fs.line) + ")";
        return error(msg, fs.line, fs.startIndex + 1);
    }

    private Token openField(FStringState fs, int start) {
        if (fs.fieldCount() >= MAX_FIELD_NESTING) {
            throw error("f-string: expressions nested too deeply", lineno, start);
        }
        pushParen('{', start);
        fs.openField(level);
        pos = start + 1;
        return token(TokenType.OP, start, pos);
    }

    private Token closeSpec(FStringState fs, int start) {
        fs.closeField();
        level--;
        pos = start + 1;
        return token(TokenType.OP, start, pos);
    }

    // ---------------------------------------------------------------- operators

    private Token operator(int start, char c) {
        switch (c) {
            case '(', '[', '{' -> {
                pushParen(c, start);
                pos = start + 1;
                return token(TokenType.OP, start, pos);
            }
            case ')', ']', '}' -> {
                return closeParen(start, c);
            }
            case ':' -> {
                FStringState fs = fstrings.peek();
                if (fs != null && fs.fieldCount() > 0 && !fs.inFormatSpec() && fs.fieldLevel() == level) {
                    fs.startFormatSpec();
                    pos = start + 1;
                    return token(TokenType.OP, start, pos);
                }
            }
            default -> { }
        }
        int n = Operators.match(src, start, length);
        if (n == 0) {
            int cp = src.codePointAt(start);
            if (!Chars.isPrintable(cp)) {
                throw invalidCharacter(start);
            }
            // CPython hands a stray printable character ($ ? `) to the parser, which reports
            // "invalid syntax" at it.
            n = 1;
        }
        pos = start + n;
        return token(TokenType.OP, start, pos);
    }

    private void pushParen(char c, int at) {
        if (level >= MAX_LEVEL) {
            throw error("too many nested parentheses", lineno, at + 1);
        }
        parens[level] = c;
        parenLines[level] = lineno;
        parenIndexes[level] = at;
        level++;
    }

    private Token closeParen(int start, char c) {
        FStringState fs = fstrings.peek();
        if (level == 0) {
            String prefix = fs != null ? "f-string: " : "";
            throw error(prefix + "unmatched '" + c + "'", lineno, start + 1);
        }
        char open = parens[level - 1];
        if ((open == '(' && c != ')') || (open == '[' && c != ']') || (open == '{' && c != '}')) {
            int openLine = parenLines[level - 1];
            String msg = openLine != lineno
                    ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "' on line " + openLine
                    : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
            if (fs != null && fs.fieldCount() > 0 && fs.fieldLevel() == level) {
                msg = "f-string: unmatched '" + c + "'";
            }
            throw error(msg, lineno, start + 1);
        }
        if (fs != null && fs.fieldCount() > 0 && fs.fieldLevel() == level) {
            fs.closeField();
        }
        level--;
        pos = start + 1;
        return token(TokenType.OP, start, pos);
    }

    private PySyntaxError invalidCharacter(int at) {
        int cp = src.codePointAt(at);
        String msg = Chars.isPrintable(cp)
                ? String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp)
                : String.format("invalid non-printable character U+%04X", cp);
        return error(msg, lineno, at + 1);
    }

    // ---------------------------------------------------------------- helpers for scanners

    String source() {
        return src;
    }

    int length() {
        return length;
    }

    int lineno() {
        return lineno;
    }

    void moveTo(int p) {
        pos = p;
    }

    /** A one-line token from char index {@code start} to {@code end} on the current line. */
    Token token(TokenType type, int start, int end) {
        return new Token(type, src.substring(start, end), lineno, lines.byteCol(lineno, start), lineno,
                lines.byteCol(lineno, end));
    }

    /** The source line as CPython's tokenizer errors show it (without an added final line end). */
    String errorLine(int l) {
        String s = lines.line(l);
        if (addedNewline >= 0 && l == lines.count() - 1 && s.endsWith("\n")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** A SyntaxError at the char just before index {@code after} on line {@code l} (offset = its column + 1). */
    PySyntaxError error(String msg, int l, int after) {
        int off = lines.charCol(l, after);
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, l, off, errorLine(l), l, off);
    }

    /** A SyntaxError spanning char indices [{@code from}, {@code to}) of line {@code l}. */
    PySyntaxError error(String msg, int l, int from, int to) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, l, lines.charCol(l, from) + 1,
                errorLine(l), l, lines.charCol(l, to) + 1);
    }
}
