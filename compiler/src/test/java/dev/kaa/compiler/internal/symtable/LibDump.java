package dev.kaa.compiler.internal.symtable;

import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPython's view of every {@code .py} file of its {@code Lib} (AST, optimized AST, symbol
 * tables), written once per test JVM by one CPython process running {@code symtable_dump.py}
 * and shared by the symbol table and optimizer differential tests. Call only when
 * {@link CPython#found()}.
 *
 * <p>Thread safety: the dump is made once, under the class initialisation lock.
 */
public final class LibDump {
    private LibDump() {}

    /** The JSON-lines dump, one line per file. */
    public static Path path() {
        return Holder.PATH;
    }

    private static final class Holder {
        static final Path PATH = make();
    }

    private static Path make() {
        try {
            Path tmp = Files.createTempDirectory("kaa-libdump");
            Path script = tmp.resolve("symtable_dump.py");
            try (InputStream in = LibDump.class.getResourceAsStream("symtable_dump.py")) {
                Files.copy(in, script);
            }
            List<String> files;
            try (Stream<Path> walk = Files.walk(CPython.lib())) {
                files = walk.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                        .map(Path::toString).sorted().toList();
            }
            Path list = tmp.resolve("files.txt");
            Files.write(list, files, StandardCharsets.UTF_8);
            Path out = tmp.resolve("dump.jsonl");
            CPython.Result r = CPython.run(List.of(script.toString(), out.toString(), list.toString(), "opt"), tmp, 900);
            if (r.exitCode() != 0) {
                throw new IllegalStateException("symtable_dump.py failed: " + r.stderr());
            }
            for (Path p : List.of(script, list, out, tmp)) {
                p.toFile().deleteOnExit();
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
