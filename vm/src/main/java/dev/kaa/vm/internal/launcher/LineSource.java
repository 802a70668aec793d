package dev.kaa.vm.internal.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the interactive prompt reads its lines: JLine (line editing, history kept in a file)
 * when it is on the module path and standard input is a terminal, else plain lines.
 *
 * <p>Thread safety: confined to the main thread.
 */
interface LineSource extends AutoCloseable {
    /** The next line after showing {@code prompt}, or null at end of input. */
    String readLine(String prompt);

    @Override default void close() {}

    static LineSource open(InputStream in, PrintStream prompts, boolean terminal, Path history) {
        if (terminal) {
            try {
                return new JLineSource(history);
            } catch (LinkageError | RuntimeException e) {
                // No JLine (or no usable terminal): plain lines.
            }
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return prompt -> {
            prompts.print(prompt);
            prompts.flush();
            try {
                return reader.readLine();
            } catch (IOException e) {
                return null;
            }
        };
    }
}
