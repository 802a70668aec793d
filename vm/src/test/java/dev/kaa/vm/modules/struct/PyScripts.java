package dev.kaa.vm.modules.struct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Differential checks for the modules of this package and its siblings: a Python script under
 * {@code src/test/resources/<area>/name.py} runs on Kaa, and its output must equal
 * {@code name.out}, which is what CPython 3.13 printed for it. Object addresses
 * ({@code at 0x...}) are blanked on both sides.
 *
 * <p>Thread safety: each run uses its own interpreter on its own thread.
 */
public final class PyScripts {
    private PyScripts() {}

    /** Runs the resource script {@code area/name.py} and compares with {@code area/name.out}. */
    public static void check(String area, String name) {
        String source = resource(area + "/" + name + ".py");
        String expected = resource(area + "/" + name + ".out");
        assertEquals(blank(expected), blank(run(source, name + ".py")));
    }

    private static String blank(String s) {
        return s.replaceAll("at 0x[0-9a-f]+", "at 0x?");
    }

    private static String resource(String path) {
        try (InputStream in = PyScripts.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code source} as {@code __main__} on a fresh interpreter; stdout and stderr together. */
    public static String run(String source, String filename) {
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
            t.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
