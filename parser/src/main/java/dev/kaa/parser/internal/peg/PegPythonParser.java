package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
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

    @Override public Mod parse(byte[] source, String filename, ParseMode mode) {
        return parse(SourceDecoder.decode(source, filename), filename, mode);
    }

    @Override public Mod parse(String source, String filename, ParseMode mode) {
        try {
            return parse(source, filename, mode, ParserBase.SHALLOW_DEPTH);
        } catch (ParserBase.TooDeep | StackOverflowError deep) {
            // Deep nesting, or a caller's thread with a stack smaller than the JVM's default.
            return parseOnDeepStack(source, filename, mode);
        }
    }

    private static Mod parse(String source, String filename, ParseMode mode, int depthLimit) {
        Parser first = new Parser(new Tokenizer(source, filename), false, depthLimit);
        Mod m = first.parse(mode);
        if (m != null) {
            return m;
        }
        Parser second = new Parser(new Tokenizer(source, filename), true, depthLimit);
        Mod again = second.parse(mode);
        if (again != null) {
            // The invalid_* alternatives only ever throw; a second pass that succeeds means the
            // first failed where it should not have, so its tree is the answer.
            return again;
        }
        throw genericError(first);
    }

    private static Mod parseOnDeepStack(String source, String filename, ParseMode mode) {
        Mod[] result = new Mod[1];
        RuntimeException[] failure = new RuntimeException[1];
        Runnable task = () -> {
            try {
                result[0] = parse(source, filename, mode, ParserBase.MAX_DEPTH);
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
     * "invalid syntax" at the farthest token the first pass read, unless the rest of the source has
     * a tokenizer error.
     */
    private static PySyntaxError genericError(Parser p) {
        Token t = p.farthestToken();
        Tokenizer tokenizer = p.tokenizer;
        // A tokenizer error later in the source (an unclosed bracket, a bad character) is what
        // CPython reports instead of the generic message.
        Token rest = t;
        while (rest.type() != TokenType.ENDMARKER) {
            rest = tokenizer.next();
        }
        if (t.type() == TokenType.INDENT) {
            // CPython's offsets here: the indentation's width, and -1
            return p.errorRaw(PySyntaxError.Kind.IndentationError, "unexpected indent", t.lineno(),
                    p.offsetOf(t.endLineno(), t.endCol()) - 1, t.endLineno(), -1);
        }
        if (t.type() == TokenType.DEDENT) {
            return p.error(PySyntaxError.Kind.IndentationError, "unexpected unindent", t.lineno(), t.col(),
                    t.endLineno(), t.endCol());
        }
        return p.errorAt(t, "invalid syntax");
    }
}
