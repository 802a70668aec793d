/**
 * The virtual machine and the {@code kaa} launcher. The parser and the compiler are found as
 * services; until the interpreter arrives the launcher answers {@code -m ast}, {@code -m
 * py_compile} and {@code -m dis} itself.
 */
module dev.kaa.vm {
    requires dev.kaa.bytecode;
    requires dev.kaa.parser;
    requires dev.kaa.compiler;
    requires dev.kaa.memory;
    requires dev.kaa.threading;
    requires dev.kaa.ext;

    uses dev.kaa.parser.PythonParser;
    uses dev.kaa.compiler.spi.PythonCompiler;
}
