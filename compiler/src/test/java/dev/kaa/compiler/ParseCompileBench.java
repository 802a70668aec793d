package dev.kaa.compiler;

import dev.kaa.compiler.internal.codegen.CodeGenCompiler;
import dev.kaa.compiler.spi.CompileOptions;
import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PythonParser;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java half of {@code bench/parse_compile}: parses and compiles a list of files with Kaa,
 * several rounds in one JVM, and prints the time of each round.
 *
 * <pre>java -cp CLASSPATH dev.kaa.compiler.ParseCompileBench FILE_LIST ROUNDS</pre>
 *
 * {@code FILE_LIST} holds one path per line. All files are read into memory first, so that the
 * rounds time only parsing and compiling, as the CPython half times {@code compile()} of
 * sources already read. Each round prints {@code round N compile SECONDS cpu SECONDS failures F}
 * (wall clock, then the JVM's CPU time); after the rounds one parse-only pass prints
 * {@code parse SECONDS cpu SECONDS}; the first failures are listed as
 * {@code failure PATH: MESSAGE} lines.
 *
 * <p>Thread safety: a program entry point, single-threaded.
 */
public final class ParseCompileBench {
    private ParseCompileBench() {}

    /**
     * The CPU time of the whole JVM (JIT and GC threads included), or -1 where the platform does
     * not tell: on a machine shared with other work it is steadier than the wall clock.
     */
    private static long processCpuNanos() {
        // ProcessHandle rather than java.management's MXBeans: the tests' module reads only java.base.
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<Path> paths = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).stream()
                .filter(s -> !s.isBlank()).map(Path::of).toList();
        int rounds = Integer.parseInt(args[1]);
        List<byte[]> sources = new ArrayList<>();
        for (Path p : paths) {
            sources.add(Files.readAllBytes(p));
        }
        PythonParser parser = PythonParser.load("peg");
        CodeGenCompiler compiler = new CodeGenCompiler();
        List<String> failures = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            failures.clear();
            long cpu0 = processCpuNanos();
            long t0 = System.nanoTime();
            for (int i = 0; i < sources.size(); i++) {
                String name = paths.get(i).toString();
                try {
                    compiler.compile(parser.parse(sources.get(i), name, ParseMode.EXEC), name, CompileOptions.DEFAULT);
                } catch (Throwable t) { // a failure still took its time; it is counted and listed
                    failures.add(name + ": " + t);
                }
            }
            out.printf("round %d compile %.3f cpu %.3f failures %d%n", r, (System.nanoTime() - t0) / 1e9,
                    (processCpuNanos() - cpu0) / 1e9, failures.size());
        }
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        for (int i = 0; i < sources.size(); i++) {
            try {
                parser.parse(sources.get(i), paths.get(i).toString(), ParseMode.EXEC);
            } catch (Throwable t) { // counted by the compile rounds already
            }
        }
        out.printf("parse %.3f cpu %.3f%n", (System.nanoTime() - t0) / 1e9, (processCpuNanos() - cpu0) / 1e9);
        failures.stream().limit(20).forEach(f -> out.println("failure " + f.replace('\n', ' ')));
    }
}
