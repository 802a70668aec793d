package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ParseOptions;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.internal.tokenize.PendingWarnings;
import dev.kaa.parser.internal.tokenize.SourceDecoder;
import dev.kaa.parser.internal.tokenize.Token;
import dev.kaa.parser.internal.tokenize.TokenType;
import dev.kaa.parser.internal.tokenize.Tokenizer;

/**
 * Kaa's own parser: the PEG grammar of Python 3.13, hand-written. As CPython does, it parses with
 * the plain grammar first; only if that fails does it parse again with the {@code invalid_*}
 * alternatives enabled, to find the specific message, and else reports "invalid syntax" at the
 * farthest token read (or the tokenizer's own error further on in the source).
 *
 * <p>Nesting is counted per rule as CPython counts it, and refused past CPython's limit. Ordinary
 * source is parsed on the caller's thread; source nested deeper than any thread's stack surely
 * holds is parsed again on a thread of its own with a large stack.
 *
 * <p>Thread safety: immutable; each call builds its own parser state.
 */
public final class PegPythonParser implements PythonParser {

    /** The stack of the thread that parses deeply nested source: room for {@link ParserBase#MAX_DEPTH} rules. */
    private static final long DEEP_STACK_BYTES = 256L << 20;

    public PegPythonParser() {
    }

    @Override public String name() {
        return "peg";
    }

    @Override public Mod parse(byte[] source, String filename, ParseMode mode, ParseOptions options) {
        for (byte b : source) {
            if (b == 0) {
                throw nullBytes(filename);
            }
        }
        return parse(SourceDecoder.decode(source, filename), filename, mode, options);
    }

    @Override public Mod parse(String source, String filename, ParseMode mode, ParseOptions options) {
        if (source.indexOf('\0') >= 0) {
            throw nullBytes(filename);
        }
        PendingWarnings[] warnings = {new PendingWarnings()};
        try {
            Mod tree;
            try {
                tree = parse(source, filename, mode, options, ParserBase.SHALLOW_DEPTH, warnings[0]);
            } catch (ParserBase.TooDeep | StackOverflowError deep) {
                // Deep nesting, or a caller's thread with a stack smaller than the JVM's default.
                warnings[0] = new PendingWarnings();
                tree = parseOnDeepStack(source, filename, mode, options, warnings[0]);
            }
            warnings[0].flush(options.warnings());
            return tree;
        } catch (PySyntaxError e) {
            // A warning the filters make an error came first in the source, so it wins.
            warnings[0].flush(options.warnings());
            throw e;
        }
    }

    /**
     * What {@code compile()} says of source with a NUL in it, before any tokenizing: no position
     * (line 0). Running a script file says "source code cannot contain null bytes" at the NUL,
     * which is the tokenizer's own message.
     */
    private static PySyntaxError nullBytes(String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, "source code string cannot contain null bytes",
                filename, 0, 0, null, 0, 0);
    }

    private static Mod parse(String source, String filename, ParseMode mode, ParseOptions options, int depthLimit,
            PendingWarnings warnings) {
        boolean tc = options.typeComments();
        Tokenizer firstTokens = new Tokenizer(source, filename, false, false, tc);
        firstTokens.reportWarningsTo(warnings);
        firstTokens.limitIntDigits(options.intMaxStrDigits());
        Parser first = new Parser(firstTokens, false, depthLimit);
        Mod m = null;
        PySyntaxError firstError = null;
        try {
            m = first.parse(mode);
        } catch (PySyntaxError e) {
            if (first.tokenizerFailed) {
                throw e;
            }
            // A forced token's error; as in CPython the second pass still runs, and an error
            // it finds first takes precedence.
            firstError = e;
        }
        // Only the first pass warns, as in CPython.
        warnings.close();
        if (m != null) {
            return m;
        }
        Tokenizer secondTokens = new Tokenizer(source, filename, false, false, tc);
        secondTokens.limitIntDigits(options.intMaxStrDigits());
        Parser second = new Parser(secondTokens, true, depthLimit);
        if (tc) {
            // only errors that type comments bring point at the first pass's last token
            second.priorFetched = first.fetched();
        }
        Mod again;
        try {
            again = second.parse(mode);
        } catch (PySyntaxError e) {
            throw preferTokenizerError(second, e);
        }
        if (firstError != null) {
            throw preferTokenizerError(first, firstError);
        }
        if (again != null) {
            // The invalid_* alternatives only ever throw; a second pass that succeeds means the
            // first failed where it should not have, so its tree is the answer.
            return again;
        }
        throw genericError(first, second);
    }

    private static Mod parseOnDeepStack(String source, String filename, ParseMode mode, ParseOptions options,
            PendingWarnings warnings) {
        Mod[] result = new Mod[1];
        RuntimeException[] failure = new RuntimeException[1];
        Runnable task = () -> {
            try {
                result[0] = parse(source, filename, mode, options, ParserBase.MAX_DEPTH, warnings);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (StackOverflowError e) {
                // Not expected with this stack; never let it escape as a Java error.
                failure[0] = new PySyntaxError(PySyntaxError.Kind.SyntaxError,
                        "Parser stack overflowed - Python source too complex to parse", filename, 0, 0, null, 0, 0);
            }
        };
        Thread t = new Thread(null, task, "kaa-deep-parse", DEEP_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }

    /**
     * A syntax error the parser found yields to a tokenizer error further on in the source (an
     * unclosed bracket, say), as in CPython; the tokenizer's own errors stand as they are.
     */
    private static PySyntaxError preferTokenizerError(Parser p, PySyntaxError e) {
        if (p.tokenizerFailed) {
            return e;
        }
        return laterTokenizerError(p, p.farthestToken().lineno(), e);
    }

    /**
     * Tokenizes the rest of the source: its error replaces {@code e}, except that a bracket left
     * open at the end does so only if it was opened on a line before {@code errorLine}.
     */
    private static PySyntaxError laterTokenizerError(Parser p, int errorLine, PySyntaxError e) {
        int fstrings = p.openFStrings();
        try {
            Token t;
            while ((t = p.tokenizer.next()).type() != TokenType.ENDMARKER) {
                if (t.type() == TokenType.FSTRING_START) {
                    fstrings++;
                } else if (t.type() == TokenType.FSTRING_END) {
                    fstrings--;
                }
            }
        } catch (PySyntaxError tokenizerError) {
            if (fstrings > 0) {
                // an error in an f-string's expression stands over what the tokenizer says in it
                return e;
            }
            String msg = tokenizerError.msg();
            if (msg.endsWith("was never closed")) {
                return errorLine > tokenizerError.lineno() ? tokenizerError : e;
            }
            // These CPython's tokenizer only reports when the parser asks for the token.
            boolean deferred = msg.equals("unexpected EOF while parsing")
                    || msg.equals("unindent does not match any outer indentation level")
                    || msg.equals("inconsistent use of tabs and spaces in indentation")
                    || msg.equals("too many levels of indentation")
                    || msg.equals("unexpected character after line continuation character");
            // and an error in an f-string's expression stands over what the tokenizer says in it
            return deferred || msg.startsWith("f-string") ? e : tokenizerError;
        }
        return e;
    }

    /**
     * "invalid syntax" at the farthest token the first pass read, unless the rest of the source has
     * a tokenizer error.
     */
    private static PySyntaxError genericError(Parser p, Parser second) {
        Token t = p.farthestToken();
        if (t.type() == TokenType.INDENT) {
            // CPython's offsets here: the indentation's width, and -1
            return p.errorRaw(PySyntaxError.Kind.IndentationError, "unexpected indent", t.lineno(),
                    p.offsetOf(t.endLineno(), t.endCol()) - 1, t.endLineno(), -1);
        }
        if (t.type() == TokenType.DEDENT) {
            // CPython's DEDENT has no column: offset 0, end -1
            return p.atEof(t) ? p.errorAt(PySyntaxError.Kind.IndentationError, t, "unexpected unindent")
                    : p.errorRaw(PySyntaxError.Kind.IndentationError, "unexpected unindent", t.lineno(), 0, t.lineno(), -1);
        }
        // A tokenizer error later in the source (a bad character, an unclosed bracket) is what
        // CPython reports instead of the generic message.
        // CPython compares with the last token either pass read
        int line = Math.max(t.lineno(), second.farthestToken().lineno());
        if (t.type() == TokenType.ENDMARKER && t.lineno() <= 1 && p.tokenizer.line(1).isEmpty()) {
            // nothing at all where something is needed: CPython has no position for it
            return p.errorRaw(PySyntaxError.Kind.SyntaxError, "invalid syntax", 0, 0, 0, 0);
        }
        if (p.isImplicitNewline(t)) {
            return p.errorRaw(PySyntaxError.Kind.SyntaxError, "invalid syntax", t.lineno(), 0, t.lineno(), 0);
        }
        PySyntaxError generic = p.atEof(t)
                // CPython's ENDMARKER has no column: offsets 0 on the last line
                ? p.errorRaw(PySyntaxError.Kind.SyntaxError, "invalid syntax", t.lineno() - 1, 0, t.lineno() - 1, 0)
                : p.errorAt(t, "invalid syntax");
        return laterTokenizerError(p, line, generic);
    }
}
