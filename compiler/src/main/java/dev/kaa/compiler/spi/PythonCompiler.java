package dev.kaa.compiler.spi;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ParseOptions;
import dev.kaa.parser.PythonParser;
import dev.kaa.parser.ast.Mod;
import java.util.ServiceLoader;

/**
 * Compiles an abstract syntax tree to a CPython 3.13 code object, as the second half of CPython's
 * {@code compile()} does. Implementations are found with {@link ServiceLoader}.
 *
 * <p>Thread safety: implementations are stateless and may be shared between threads.
 */
public interface PythonCompiler {

    /** The name this compiler is selected by ({@code "cpython313"} for Kaa's own). */
    String name();

    /**
     * Compiles {@code module} (a {@code Module}, {@code Expression} or {@code Interactive}). The
     * SyntaxWarnings CPython's compiler issues go to {@code options.warnings()}, after the code is
     * generated, in source order; one the channel turns into an error ends the compilation.
     *
     * @throws dev.kaa.parser.PySyntaxError for errors found past the parser (a misplaced
     *         {@code return}, a bad {@code nonlocal}, …), with CPython's message and location
     * @throws CompilationRecursionError where CPython raises {@code RecursionError}: the tree
     *         nests too deeply to compile
     */
    CodeObject compile(Mod module, String filename, CompileOptions options);

    /**
     * Parses source bytes with {@code parser} and compiles the tree; the parser's warnings go to
     * {@code options.warnings()} too.
     */
    default CodeObject compile(PythonParser parser, byte[] source, String filename, ParseMode mode,
            CompileOptions options) {
        Mod tree = parser.parse(source, filename, mode, ParseOptions.DEFAULT.withWarnings(options.warnings()));
        return compile(tree, filename, options);
    }

    /**
     * The symbol tables of {@code module} (with its {@code __future__} imports applied), as
     * CPython's {@code _symtable.symtable()} builds them: the top block, the others below it.
     *
     * @throws dev.kaa.parser.PySyntaxError for the errors the symbol table finds
     * @throws CompilationRecursionError if the tree nests too deeply
     */
    SymbolTableBlock symbolTable(Mod module, String filename);

    /** The compiler named {@code name} on the module path, or the first one found if {@code name} is null. */
    static PythonCompiler load(String name) {
        for (PythonCompiler c : ServiceLoader.load(PythonCompiler.class, PythonCompiler.class.getClassLoader())) {
            if (name == null || name.equals(c.name())) {
                return c;
            }
        }
        throw new IllegalStateException("no Python compiler " + (name == null ? "" : "named '" + name + "' ")
                + "is on the module path");
    }
}
