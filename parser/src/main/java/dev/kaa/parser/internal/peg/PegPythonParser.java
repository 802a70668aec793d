package dev.kaa.parser.internal.peg;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
import java.nio.charset.StandardCharsets;

/**
 * Kaa's own parser: the PEG grammar of Python 3.13, hand-written.
 *
 * <p>Thread safety: immutable; each call builds its own parser state.
 */
public final class PegPythonParser implements PythonParser {

    public PegPythonParser() {
    }

    @Override public String name() {
        return "peg";
    }

    @Override public Mod parse(byte[] source, String filename, ParseMode mode) {
        return parse(new String(source, StandardCharsets.UTF_8), filename, mode);
    }

    @Override public Mod parse(String source, String filename, ParseMode mode) {
        // Interim until the tokenizer lands (minutes): the grammar is wired in next.
        throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, "parser not yet available", filename,
                1, 0, null, 1, 0);
    }
}
