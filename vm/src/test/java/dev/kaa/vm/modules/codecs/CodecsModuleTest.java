package dev.kaa.vm.modules.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Differential tests of {@code _codecs}, the codec registry, the built-in codecs behind
 * {@code str.encode}/{@code bytes.decode}, and {@code Lib/codecs.py} with {@code Lib/encodings}
 * on them: each script {@code src/test/resources/codecs/NAME.py} runs on Kaa and must print
 * {@code NAME.expected}, what CPython 3.13 printed for it.
 */
class CodecsModuleTest {
    /** Scripts that need only the VM and this package. */
    @ParameterizedTest
    @ValueSource(strings = {"module_functions", "handlers", "custom_handlers", "charmap", "registry",
        "encodings_pkg", "incremental", "edge_handlers", "all_encodings", "arguments", "mutating_handlers"})
    void script(String name) {
        check(name);
    }

    /** Bytes-to-bytes codecs and StreamReader/Writer: also needs {@code binascii} and {@code _io}. */
    @Test
    void streamsAndBinasciiCodecs() {
        check("streams");
    }

    @Test
    void idna() {
        check("idna");
    }

    /** Using only the built-in codecs must not import the registry's Python side (start-up time). */
    @Test
    void builtinCodecsDoNotImportEncodings() {
        String out = run("""
                import sys
                'x\\xe9'.encode(); 'x'.encode('UTF-8'); 'x'.encode('latin-1', 'replace'); 'x'.encode('utf-16')
                b'x'.decode('ascii'); str(b'x', 'utf8'); bytes('x', 'us-ascii'); b'\\xff'.decode('utf-8', 'replace')
                print(sorted(m for m in sys.modules if 'codecs' in m or 'encodings' in m))
                b'x'.decode('cp1252')
                print(sorted(m for m in sys.modules if m in ('codecs', 'encodings', '_codecs')))
                """, "lazy.py");
        assertEquals("[]\n['_codecs', 'codecs', 'encodings']\n", out);
    }

    /** The committed expected texts are what this CPython prints (when it is installed). */
    @Test
    void expectedTextsAreCPythons(@TempDir Path dir) throws Exception {
        assumeTrue(CPython.found(), CPython.MISSING);
        for (String name : List.of("module_functions", "handlers", "custom_handlers", "charmap", "registry",
                "encodings_pkg", "incremental", "edge_handlers", "all_encodings", "arguments", "mutating_handlers", "streams", "idna")) {
            Path script = dir.resolve(name + ".py");
            Files.writeString(script, resource(name + ".py"));
            var r = CPython.run(List.of(script.toString()), dir, 60);
            assertEquals(resource(name + ".expected"), r.stdout() + r.stderr(), name);
        }
    }

    private static void check(String name) {
        assertEquals(resource(name + ".expected"), run(resource(name + ".py"), name + ".py"), name);
    }

    private static String resource(String name) {
        try (InputStream in = CodecsModuleTest.class.getResourceAsStream("/codecs/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource codecs/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code source} as {@code __main__} on a fresh interpreter; stdout and stderr together. */
    static String run(String source, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Config config = new Config(List.of(filename), List.of(), List.of(), "kaa", Map.of("utf8", Boolean.TRUE),
                    List.of(), 0, false, false, true, true, false, false, false, false, true, 0, false, 0, false,
                    4300, null);
            try (Interpreter i = Interpreter.create(config, new ByteArrayInputStream(new byte[0]), out, out)) {
                int status = i.runSource(source, filename);
                if (status != 0) {
                    out.writeBytes(("[exit " + status + "]\n").getBytes(StandardCharsets.UTF_8));
                }
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
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
