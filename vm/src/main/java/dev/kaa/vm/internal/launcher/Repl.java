package dev.kaa.vm.internal.launcher;

import dev.kaa.vm.Interpreter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The interactive interpreter: reads statements at {@code >>>} and {@code ...} prompts and runs
 * them, printing expression values. Line editing and history come with JLine; this first form
 * reads plain lines.
 *
 * <p>Thread safety: confined to the main thread.
 */
final class Repl {
    private final Interpreter interp;
    private final BufferedReader reader;
    private final PrintStream err;
    private final boolean quiet;

    Repl(Interpreter interp, InputStream in, OutputStream out, OutputStream err, boolean quiet) {
        this.interp = interp;
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
        this.quiet = quiet;
    }

    int run() {
        if (!quiet) {
            err.println(Main.VERSION + " (Kaa 0.1.0) on Java " + System.getProperty("java.version"));
            err.println("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
        }
        StringBuilder pending = new StringBuilder();
        while (true) {
            err.print(pending.isEmpty() ? ">>> " : "... ");
            err.flush();
            String line;
            try {
                line = reader.readLine();
            } catch (IOException e) {
                line = null;
            }
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
