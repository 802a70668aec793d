package dev.kaa.vm.internal.launcher;

import dev.kaa.compiler.spi.PythonCompiler;
import dev.kaa.parser.PythonParser;

/**
 * The parser and compiler the launcher's commands use, found as services on the module path.
 *
 * <p>Thread safety: stateless.
 */
final class Toolchain {
    private Toolchain() {}

    static PythonParser parser() {
        return PythonParser.load(null);
    }

    static PythonCompiler compiler() {
        return PythonCompiler.load(null);
    }
}
