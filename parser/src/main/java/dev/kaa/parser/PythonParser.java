package dev.kaa.parser;

import dev.kaa.parser.ast.Mod;
import java.util.ServiceLoader;

/**
 * Turns Python 3.13 source into an abstract syntax tree, as CPython's {@code compile(…,
 * PyCF_ONLY_AST)} does. Implementations are found with {@link ServiceLoader}; a host may plug in
 * its own.
 *
 * <p>Thread safety: implementations are stateless and may be shared between threads.
 */
public interface PythonParser {

    /** The name this parser is selected by ({@code "peg"} for Kaa's own). */
    String name();

    /**
     * Parses source bytes: a byte-order mark or an encoding declaration on the first two lines
     * selects the charset (UTF-8 by default), as PEP 263 says.
     *
     * @throws PySyntaxError for every error in the source, of CPython's kind and with its message
     */
    default Mod parse(byte[] source, String filename, ParseMode mode) {
        return parse(source, filename, mode, ParseOptions.DEFAULT);
    }

    /** Parses source that is already text (an encoding declaration in it is ignored). */
    default Mod parse(String source, String filename, ParseMode mode) {
        return parse(source, filename, mode, ParseOptions.DEFAULT);
    }

    /**
     * Parses source bytes as {@link #parse(byte[], String, ParseMode)} does, with {@code options}
     * (type comments, say).
     *
     * @throws PySyntaxError for every error in the source, of CPython's kind and with its message
     */
    Mod parse(byte[] source, String filename, ParseMode mode, ParseOptions options);

    /** Parses text as {@link #parse(String, String, ParseMode)} does, with {@code options}. */
    Mod parse(String source, String filename, ParseMode mode, ParseOptions options);

    /** The parser named {@code name} on the module path, or the first one found if {@code name} is null. */
    static PythonParser load(String name) {
        for (PythonParser p : ServiceLoader.load(PythonParser.class, PythonParser.class.getClassLoader())) {
            if (name == null || name.equals(p.name())) {
                return p;
            }
        }
        throw new IllegalStateException("no Python parser " + (name == null ? "" : "named '" + name + "' ")
                + "is on the module path");
    }
}
