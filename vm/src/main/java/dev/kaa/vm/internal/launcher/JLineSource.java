package dev.kaa.vm.internal.launcher;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Line editing and a persistent history for the interactive prompt, through JLine.
 *
 * <p>Thread safety: confined to the main thread.
 */
final class JLineSource implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    JLineSource(Path history) {
        try {
            terminal = TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new IllegalStateException("no terminal", e);
        }
        LineReaderBuilder b = LineReaderBuilder.builder().terminal(terminal)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true);
        if (history != null) {
            b.variable(LineReader.HISTORY_FILE, history);
        }
        reader = b.build();
    }

    @Override public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            // Ctrl-C at the prompt abandons the line, as CPython's prompt does.
            return "";
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            // The history is a convenience; losing it is not an error.
        }
    }
}
