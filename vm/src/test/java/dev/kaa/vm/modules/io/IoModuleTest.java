package dev.kaa.vm.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kaa.testkit.CPython;
import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import dev.kaa.vm.objects.Abstract;
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

/**
 * Differential tests of {@code _io}: each script under {@code src/test/resources/io/} runs on
 * Kaa in a fresh temporary directory, and its output must equal the {@code .out} file beside it,
 * which is what CPython 3.13 ({@code -X utf8}, Kaa's mode) printed for the same script run in an
 * empty directory. Until {@code builtins.open} is {@code _io.open}, the script's first line is
 * prefixed (on the same line, so line numbers hold) with that assignment and a chdir.
 */
class IoModuleTest {
    @TempDir Path dir;

    @Test
    void errorMessages() {
        check("io_errors");
    }

    @Test
    void filesModesNewlinesAndDescriptors() {
        check("io_files");
    }

    @Test
    void classesSubclassesAndMemoryStreams() {
        check("io_classes");
    }

    @Test
    void tellSeekCookies() {
        check("io_cookies");
    }

    @Test
    void rawStreamCallsAsCPython() {
        check("io_rawcalls");
    }

    /** Random operation sequences on buffered and text files (a fixed seed). */
    @Test
    void randomOperationSequences() {
        check("io_fuzz");
    }

    /** {@code os.stat_result.st_blksize} and the {@code _blksize} open() takes from it (as relations where machine-dependent). */
    @Test
    void statBlockSizeAndBufferSizes() {
        check("io_blksize");
    }

    @Test
    void miscellany() {
        check("io_misc");
    }

    @Test
    void pythonCodecs() {
        // Needs the _codecs module (written in parallel); skipped until it is importable.
        assumeTrue(run("import codecs; print('yes')").equals("yes\n"), "_codecs not available yet");
        check("io_codecs");
    }

    @Test
    void unclosedFilesAreFlushedAtExit() throws IOException {
        String out = run("import os; f = open('left.txt', 'w'); f.write('text\\n'); g = open('left.bin', 'wb'); g.write(b'bin')\n"
                + "print(os.path.getsize('left.txt') == 0)\n"
                + "open('dropped.txt', 'w').write('dropped\\n')\n");
        assertEquals("True\n", out);
        assertEquals("text\n", Files.readString(dir.resolve("left.txt")));
        assertEquals("bin", Files.readString(dir.resolve("left.bin")));
        assertEquals("dropped\n", Files.readString(dir.resolve("dropped.txt")));
    }

    @Test
    void descriptorsAreSharedWithOs() {
        String out = run("""
                import os
                fd = os.open('s.txt', os.O_WRONLY | os.O_CREAT)
                f = open(fd, 'w'); f.write('via open'); f.flush()
                os.write(f.fileno(), b' via os'); f.close()
                try: os.write(fd, b'x')
                except OSError as e: print(e)
                with open('s.txt', 'rb') as g: print(os.read(g.fileno(), 3), g.read())
                print(open(0, closefd=False).fileno(), open(1, 'wb', closefd=False).fileno())
                """);
        assertEquals("[Errno 9] Bad file descriptor\nb'via' b' open via os'\n0 1\n", out);
    }

    /** The helper the interpreter can use to make sys.stderr (and stdin, stdout) as CPython's. */
    @Test
    void standardStreamHelper() {
        dev.kaa.vm.objects.BuiltinTypes.boot();
        Object t = IoModule.stdio(2, "backslashreplace", false);
        assertEquals("<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'> True backslashreplace "
                + "<_io.FileIO name='<stderr>' mode='wb' closefd=False>",
                Abstract.repr(t).value() + " " + Abstract.repr(Abstract.getAttr(t, "line_buffering")).value() + " "
                        + Abstract.str(Abstract.getAttr(t, "errors")).value() + " "
                        + Abstract.repr(Abstract.getAttr(Abstract.getAttr(t, "buffer"), "raw")).value());
    }

    /** CPython, when installed, still prints what the committed expectations say. */
    @Test
    void expectationsMatchCPython() throws Exception {
        assumeTrue(CPython.found(), CPython.MISSING);
        for (String name : List.of("io_errors", "io_files", "io_classes", "io_cookies", "io_misc", "io_codecs", "io_rawcalls", "io_fuzz")) {
            Path sub = Files.createDirectories(dir.resolve("cpython-" + name));
            Path script = sub.resolve(name + ".py");
            Files.writeString(script, resource(name + ".py"));
            var r = CPython.run(List.of("-X", "utf8", script.toString()), sub, 60);
            assertEquals(resource(name + ".out"), r.stdout() + r.stderr(), name);
        }
    }

    private void check(String name) {
        assertEquals(resource(name + ".out"), run(resource(name + ".py")));
    }

    private String run(String source) {
        String prelude = "import os as _o, builtins as _b, _io as _i; _o.chdir(" + pyString(dir.toString())
                + "); _b.open = _i.open; del _o, _b, _i; ";
        return runPython(prelude + source, "io_test.py");
    }

    private static String pyString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    private static String resource(String name) {
        try (InputStream in = IoModuleTest.class.getResourceAsStream("/io/" + name)) {
            if (in == null) {
                throw new AssertionError("missing test resource io/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code source} as {@code __main__} on a fresh interpreter; stdout and stderr together. */
    static String runPython(String source, String filename) {
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
