package dev.kaa.vm.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code _sre} and the {@code re} package on it, run as Python on Kaa. Each program under
 * {@code src/test/resources/sre/} has beside it the {@code .expected} text CPython 3.13 printed
 * for it (run from that folder, with the one traceback's path shortened to the file name).
 *
 * <p>Known divergences, deliberately not in these programs: CPython 3.13.0 keeps marks set by a
 * failed branch inside a possessive repeat ({@code (?:(a)|b)++} on 'ab' gives group 1 the span
 * (1, 1), and on 'abb' a SystemError), and lets a conditional see its own still-open group through
 * marks left from an earlier search attempt; Kaa undoes every mark a failed path set.
 */
class SreModuleTest {
    private static String resource(String name) {
        try (InputStream in = SreModuleTest.class.getResourceAsStream("/sre/" + name)) {
            if (in == null) {
                throw new AssertionError("missing resource sre/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Runs {@code source} as the script {@code filename} (written to a temporary folder, so that
     * tracebacks show its lines) on a fresh interpreter; gives what it wrote to stdout followed by
     * what it wrote to stderr, with the temporary path shortened to {@code filename}.
     */
    static String runPython(String source, String filename) {
        Path dir;
        Path file;
        try {
            dir = Files.createTempDirectory("kaa-sre");
            file = dir.resolve(filename);
            Files.writeString(file, source);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Config config = new Config(List.of(file.toString()), List.of(), List.of(), "kaa",
                    Map.of("utf8", Boolean.TRUE), List.of(), 0, false, false, true, true, false, false, false, false,
                    true, 0, false, 0, false, 4300, null);
            try (Interpreter i = Interpreter.create(config, new ByteArrayInputStream(new byte[0]), out, err)) {
                i.runFile(file, file.toString());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "python-" + filename, 64L << 20);
        t.start();
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return (out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8))
                .replace(file.toString(), filename);
    }

    private static void check(String name) {
        String expected = resource(name + ".expected");
        String actual = runPython(resource(name + ".py"), name + ".py");
        assertEquals(expected, actual, name + ".py");
    }

    /** match/search/fullmatch/findall over a table of patterns: spans, groups, lastindex. */
    @Test
    void matchingSemantics() {
        check("semantics");
    }

    /** sub/subn/split/findall/finditer, Pattern and Match objects, scanners, reprs, errors. */
    @Test
    void reApi() {
        check("api");
    }

    /** Generated patterns with flags, over str subjects with case-folding traps. */
    @Test
    void generatedPatterns() {
        check("generated");
    }

    /** Long subjects (no Java recursion), _sre's functions, and a traceback. */
    @Test
    void largeInputsAndErrors() {
        check("errors");
    }
}
