package dev.kaa.vm;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Runs corpus programs on Kaa, in this JVM, each in a fresh interpreter on its own thread, and
 * gives their output in the corpus format: stdout, then stderr, then {@code [exit N]} when the
 * status N is not 0, with the corpus folder's path replaced by {@code <corpus>}.
 *
 * <p>Thread safety: one program at a time.
 */
final class CorpusRun {
    private CorpusRun() {}

    /**
     * Where the programs' imports cache their .pyc files ({@code sys.pycache_prefix}): bytecode is
     * written, as under CPython when the expected output was made ({@code sys.flags} agree), but
     * never into the source tree.
     */
    private static final Path PYCACHE = Path.of("target", "corpus-pycache").toAbsolutePath();

    /**
     * A program and what CPython printed for it; {@code code} is the file to run: the source,
     * or a .pyc compiled from it.
     */
    record Program(Path source, String name, String expected, Path code) {
        Program(Path source, String name, String expected) {
            this(source, name, expected, source);
        }
    }

    static List<Program> programs(Path corpus) throws IOException {
        List<Program> out = new ArrayList<>();
        try (Stream<Path> areas = Files.list(corpus)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                        Path exp = py.resolveSibling(py.getFileName().toString().replaceFirst("\\.py$", ".expected"));
                        if (Files.exists(exp)) {
                            out.add(new Program(py, corpus.relativize(py).toString(),
                                    Files.readString(exp, StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Runs one program with a time limit and returns its normalised output. */
    static String run(Path corpus, Program p, long limitMillis) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicReference<Integer> status = new AtomicReference<>();
        AtomicReference<Interpreter> interp = new AtomicReference<>();
        Path abs = p.source().toAbsolutePath().normalize();
        Thread t = new Thread(null, () -> {
            String script = p.source().getFileName().toString();
            Config config = new Config(List.of(script), List.of("kaa", "-X", "utf8", script),
                    List.of(abs.getParent().toString()), "kaa", Map.of("utf8", Boolean.TRUE), List.of(), 0, false, false,
                    false, true, false, false, false, false, true, 0, false, 0, false, 4300, null, PYCACHE.toString());
            try (Interpreter i = Interpreter.create(config, new ByteArrayInputStream(new byte[0]), out, err)) {
                interp.set(i);
                status.set(i.runFile(p.code().toAbsolutePath(), abs.toString()));
            } catch (Throwable e) {
                err.writeBytes(("[Java " + e + "]\n").getBytes(StandardCharsets.UTF_8));
                status.set(-1);
            }
        }, "corpus-" + p.name(), 64L << 20);
        t.setDaemon(true);
        t.start();
        t.join(limitMillis);
        if (t.isAlive()) {
            Interpreter i = interp.get();
            if (i != null) {
                i.interrupt();
            }
            t.join(2000);
            if (t.isAlive()) {
                return "[timed out; not stoppable]";
            }
            err.writeBytes("[timed out]\n".getBytes(StandardCharsets.UTF_8));
        }
        String text = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        int s = status.get() == null ? -1 : status.get();
        if (s != 0) {
            text += "[exit " + s + "]\n";
        }
        String dir = corpus.toAbsolutePath().normalize().toString();
        String real;
        try {
            real = corpus.toRealPath().toString();
        } catch (IOException e) {
            real = dir;
        }
        String longer = real.length() > dir.length() ? real : dir;
        String shorter = longer.equals(real) ? dir : real;
        return text.replace(longer, "<corpus>").replace(shorter, "<corpus>");
    }
}
