package dev.kaa.stdlib.readline;

import dev.kaa.ext.LineReader;
import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code input()}'s line on the terminal, edited with readline's callback interface as CPython's
 * {@code call_readline} does: the terminal is polled without the GIL a tenth of a second at a
 * time, each key handed to {@code rl_callback_read_char}, and between polls pending signal
 * handlers run, so Ctrl-C raises {@code KeyboardInterrupt} (readline catches no signals itself:
 * the JVM's handlers stay). A finished line goes into the history unless auto-history is off or
 * it repeats the last entry.
 *
 * <p>Thread safety: one thread edits a line at a time ({@link #lock}, taken without the GIL, as
 * gh-123321 made CPython's); the line handler's result is kept in fields guarded by that lock.
 */
final class LineEditor implements LineReader {
    private static final short POLLIN = 1;
    private static final int POLL_MILLIS = 100;

    static volatile boolean autoHistory = true;

    private final GnuReadline rl;
    private final ReentrantLock lock = new ReentrantLock();
    private final MemorySegment lineHandlerStub;
    private final MemorySegment pollFd = Arena.global().allocate(8);
    private boolean done;
    private byte[] line;

    LineEditor(GnuReadline rl) {
        this.rl = rl;
        try {
            var target = MethodHandles.lookup().findVirtual(LineEditor.class, "lineHandler",
                    MethodType.methodType(void.class, MemorySegment.class)).bindTo(this);
            lineHandlerStub = Linker.nativeLinker().upcallStub(target,
                    FunctionDescriptor.ofVoid(ValueLayout.ADDRESS), Arena.global());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override public byte[] readLine(byte[] prompt) {
        try (var released = Py.releaseGil()) {
            lock.lock();
        }
        try {
            byte[] result = edit(prompt);
            if (result == null) {
                return new byte[0];
            }
            if (autoHistory && result.length > 0 && !java.util.Arrays.equals(result, ReadlineModule.lastHistoryLine())) {
                try (Arena arena = Arena.ofConfined()) {
                    GnuReadline.call(rl.addHistory, GnuReadline.string(arena, result));
                }
            }
            byte[] withNewline = java.util.Arrays.copyOf(result, result.length + 1);
            withNewline[result.length] = '\n';
            return withNewline;
        } finally {
            lock.unlock();
        }
    }

    /** One line from the terminal, without its newline; null at end of file. */
    private byte[] edit(byte[] prompt) {
        done = false;
        line = null;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment p = GnuReadline.string(arena, prompt);
            try (var released = Py.releaseGil()) {
                GnuReadline.call(rl.callbackHandlerInstall, p, lineHandlerStub);
            }
            pollFd.set(ValueLayout.JAVA_INT, 0, 0);
            pollFd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
            while (!done) {
                boolean ready;
                try (var released = Py.releaseGil()) {
                    ready = GnuReadline.callInt(rl.poll, pollFd, 1L, POLL_MILLIS) > 0;
                    if (ready) {
                        GnuReadline.call(rl.callbackReadChar);
                    }
                }
                if (!ready) {
                    interruptible();
                }
            }
        }
        return line;
    }

    /** Runs pending signal handlers; if one raises, readline gives up the line and the terminal. */
    private void interruptible() {
        try {
            Py.checkInterrupt();
        } catch (PythonException e) {
            try (var released = Py.releaseGil()) {
                GnuReadline.call(rl.freeLineState);
                GnuReadline.call(rl.callbackSigcleanup);
                GnuReadline.call(rl.callbackHandlerRemove);
            }
            throw e;
        }
    }

    /** readline's line handler: the finished line (malloc'd, NULL at end of file). */
    private void lineHandler(MemorySegment text) {
        try {
            line = Libc.stringBytes(text);
            if (text.address() != 0) {
                GnuReadline.call(rl.free, text);
            }
            GnuReadline.call(rl.callbackHandlerRemove);
        } catch (RuntimeException | Error e) {
            line = null;
        }
        done = true;
    }
}
