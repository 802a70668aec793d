package dev.kaa.compiler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the compiler's test corpus: {@code src/test/python/<area>/<name>.py} with the
 * output CPython 3.13 gave running it beside it in {@code <name>.expected} (written by
 * {@code scripts/regen-corpus-expected}).
 *
 * <p>Thread safety: immutable.
 */
record CorpusProgram(String area, String name, Path source, Path expected) {

    /** The folder of the corpus, relative to the compiler module (surefire's working directory). */
    static final Path ROOT = Path.of("src", "test", "python");

    /** {@code area/name}, the program's id in reports and in {@code -Dkaa.corpus=} filters. */
    String id() {
        return area + "/" + name;
    }

    /** What CPython printed running the program, or null if its {@code .expected} file is missing. */
    String expectedOutput() {
        if (!Files.exists(expected)) {
            return null;
        }
        try {
            return Files.readString(expected, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every program under {@code root}, sorted by id; {@code filter} (a comma-separated list of
     * id prefixes, or null/blank for all) selects some.
     */
    static List<CorpusProgram> all(Path root, String filter) {
        List<String> prefixes = filter == null || filter.isBlank() ? List.of() : List.of(filter.split(","));
        try (Stream<Path> areas = Files.list(root)) {
            return areas.filter(Files::isDirectory).sorted().flatMap(CorpusProgram::inArea)
                    .filter(p -> prefixes.isEmpty() || prefixes.stream().anyMatch(x -> p.id().startsWith(x.strip())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<CorpusProgram> inArea(Path dir) {
        String area = dir.getFileName().toString();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".py")).sorted().map(f -> {
                String file = f.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                return new CorpusProgram(area, name, f.toAbsolutePath(), f.resolveSibling(name + ".expected").toAbsolutePath());
            }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
