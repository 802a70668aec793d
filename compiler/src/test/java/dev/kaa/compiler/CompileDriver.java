package dev.kaa.compiler;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A batch entry point for scripts: compiles Python files to {@code .pyc} files with Kaa, in one
 * JVM. {@code scripts/conformance} uses it until {@code ./kaa -m py_compile} can do the same.
 *
 * <pre>java -cp CLASSPATH dev.kaa.compiler.CompileDriver SOURCE=PYC …</pre>
 *
 * Each {@code SOURCE=PYC} pair compiles {@code SOURCE} (its absolute path is {@code co_filename})
 * into {@code PYC}. One line per pair on stdout: {@code ok SOURCE} or {@code error SOURCE: TYPE:
 * MESSAGE}; the exit status is 1 if any failed.
 *
 * <p>Thread safety: a program entry point, single-threaded.
 */
public final class CompileDriver {
    private CompileDriver() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int failures = 0;
        for (String arg : args) {
            int eq = arg.lastIndexOf('=');
            if (eq < 0) {
                out.println("error " + arg + ": usage: SOURCE=PYC");
                failures++;
                continue;
            }
            Path source = Path.of(arg.substring(0, eq));
            Path pyc = Path.of(arg.substring(eq + 1));
            try {
                KaaCompile.compileToPyc(source, null, pyc);
                out.println("ok " + source);
            } catch (Throwable t) { // report every failure kind per file, and go on with the next
                failures++;
                String text = t instanceof dev.kaa.parser.PySyntaxError
                        ? t.getClass().getSimpleName() + ": " + t.getMessage() : CorpusTest.describe(t);
                out.println("error " + source + ": " + text.replace('\n', ' '));
            }
        }
        System.exit(failures == 0 ? 0 : 1);
    }
}
