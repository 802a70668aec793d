package dev.kaa.compiler;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.marshal.Marshal;
import dev.kaa.bytecode.pyc.PycFile;
import dev.kaa.bytecode.pyc.PycHeader;
import dev.kaa.compiler.internal.codegen.CodeGenCompiler;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * Kaa's parser and compiler used in-process, as {@code ./kaa -m py_compile} will use them: a
 * source file becomes a code object and a {@code .pyc} (magic 3571, timestamp header) that
 * CPython 3.13 can run.
 *
 * <p>Thread safety: stateless; the parser and compiler it holds are stateless services.
 */
final class KaaCompile {
    private static final PythonParser PARSER = PythonParser.load("peg");
    private static final CodeGenCompiler COMPILER = new CodeGenCompiler();

    private KaaCompile() {}

    /** Parses and compiles {@code source}; {@code filename} becomes {@code co_filename}. */
    static CodeObject compile(byte[] source, String filename) {
        return COMPILER.compile(PARSER.parse(source, filename, ParseMode.EXEC), filename, CompileOptions.DEFAULT);
    }

    /**
     * Compiles the file {@code source} (its absolute path as {@code co_filename}, or
     * {@code filename} if not null) to the {@code .pyc} file {@code pyc}, with the
     * source's mtime and size in the header as importlib expects; returns the marshalled size.
     */
    static int compileToPyc(Path source, String filename, Path pyc) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        CodeObject code = compile(bytes, filename != null ? filename : source.toAbsolutePath().toString());
        FileTime mtime = Files.getLastModifiedTime(source);
        PycHeader header = PycHeader.timestamp(mtime.toMillis() / 1000, bytes.length);
        // Marshal first: a code object that cannot be marshalled fails here, naming the stage.
        int size = Marshal.dumps(code).length;
        Files.createDirectories(pyc.toAbsolutePath().getParent());
        PycFile.write(pyc, header, code);
        return size;
    }
}
