package dev.kaa.ext;

/**
 * What {@code input()} reads a line with when standard input and output are the process's
 * terminal, installed by {@link Py#setLineReader}: the {@code readline} module installs one that
 * edits the line with GNU readline, as CPython's {@code PyOS_ReadlineFunctionPointer}. Without
 * one, or when {@code sys.stdin}/{@code sys.stdout} are something else, {@code input()} calls
 * {@code sys.stdin.readline()}.
 *
 * <p>The reader is called holding the GIL; it should release it while it waits for the user.
 */
@FunctionalInterface
public interface LineReader {
    /**
     * Shows {@code prompt} (already encoded with {@code sys.stdout}'s encoding) and reads one line
     * from the terminal: its bytes with the {@code '\n'} that ended it, or no bytes at end of file.
     * It raises Python exceptions ({@code KeyboardInterrupt} on Ctrl-C) as {@link PythonException}s.
     */
    byte[] readLine(byte[] prompt);
}
