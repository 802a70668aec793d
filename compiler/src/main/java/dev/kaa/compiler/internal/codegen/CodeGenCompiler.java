package dev.kaa.compiler.internal.codegen;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.ast.Mod;

/**
 * Kaa's compiler from an abstract syntax tree to CPython 3.13 bytecode, found as the
 * {@code "cpython313"} {@link PythonCompiler} service.
 *
 * <p>Thread safety: stateless; each {@link #compile} call works on its own objects.
 */
public final class CodeGenCompiler implements PythonCompiler {
    /** The service constructor. */
    public CodeGenCompiler() {}

    @Override public String name() {
        return "cpython313";
    }

    @Override public CodeObject compile(Mod module, String filename, CompileOptions options) {
        throw new IllegalStateException("code generator being written");
    }
}
