package dev.kaa.vm.internal.launcher;

import dev.kaa.vm.Interpreter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The interactive interpreter: reads statements at {@code >>>} and {@code ...} prompts and runs
 * them, printing expression values. With JLine on the module path and a terminal, lines can be
 * edited and the history is kept in {@code PYTHON_HISTORY} or {@code ~/.kaa_history}.
 *
 * <p>Thread safety: confined to the main thread.
 */
final class Repl {
    private final Interpreter interp;
    private final InputStream in;
    private final PrintStream err;
    private final boolean quiet;
    private final Map<String, String> env;

    Repl(Interpreter interp, InputStream in, OutputStream out, OutputStream err, boolean quiet, Map<String, String> env) {
        this.interp = interp;
        this.in = in;
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.quiet = quiet;
        this.env = env;
    }

    private Path historyFile() {
        String h = env.get("PYTHON_HISTORY");
        if (h != null && !h.isEmpty()) {
            return Path.of(h);
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".kaa_history");
    }

    int run() {
        if (!quiet) {
            err.println(Main.VERSION + " (Kaa 0.1.0) on Java " + System.getProperty("java.version"));
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        boolean terminal = System.console() != null && in == System.in;
        try (LineSource lines = LineSource.open(in, err, terminal, historyFile())) {
            StringBuilder pending = new StringBuilder();
            while (true) {
                String line = lines.readLine(pending.isEmpty() ? ">>> " : "... ");
                if (line == null) {
                    err.println();
                    return 0;
                }
                pending.append(line).append('\n');
                Interpreter.Statement st = interp.interactiveStatement(pending.toString());
                if (st == Interpreter.Statement.INCOMPLETE) {
                    continue;
                }
                pending.setLength(0);
                if (st == Interpreter.Statement.EXIT) {
                    return interp.exitStatus();
                }
            }
        }
    }
}
