/**
 * The virtual machine: objects and types, frames, the interpreter loop, imports,
 * {@code builtins} and {@code sys}, and the {@code kaa} launcher. The parser and the compiler
 * are found as services; the standard library's Python half comes from
 * {@code dev.kaa.stdlib.lib}.
 */
module dev.kaa.vm {
    requires dev.kaa.bytecode;
    requires dev.kaa.parser;
    requires dev.kaa.compiler;
    requires dev.kaa.memory;
    requires dev.kaa.threading;
    requires dev.kaa.ext;
    requires dev.kaa.stdlib.lib;
    requires jdk.unsupported;
    requires static org.jline;

    exports dev.kaa.vm;

    uses dev.kaa.parser.PythonParser;
    uses dev.kaa.compiler.spi.PythonCompiler;
    uses dev.kaa.ext.ExtensionModule;

    provides dev.kaa.ext.spi.PythonRuntime with dev.kaa.vm.internal.ext.VmPythonRuntime;
}
