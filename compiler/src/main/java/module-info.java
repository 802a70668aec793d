/**
 * Symbol tables and code generation to CPython 3.13 bytecode. Found as a
 * {@link dev.kaa.compiler.spi.PythonCompiler} service, so that a host may run without it.
 */
module dev.kaa.compiler {
    requires transitive dev.kaa.parser;
    requires transitive dev.kaa.bytecode;

    exports dev.kaa.compiler.spi;

    uses dev.kaa.compiler.spi.PythonCompiler;
    provides dev.kaa.compiler.spi.PythonCompiler with dev.kaa.compiler.internal.codegen.CodeGenCompiler;
}
