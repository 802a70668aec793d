package dev.kaa.stdlib.curses;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import java.io.ByteArrayOutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@code window.putwin(file)} and {@code getwin(file)}: ncurses writes and reads a window through
 * a C {@code FILE*}, so the data passes through a C temporary file ({@code tmpfile()}) between
 * the library and the Python file object, as in CPython.
 *
 * <p>Thread safety: each call has its own temporary file; ncurses is used under the GIL.
 */
final class SavedWindow {
    private static final MethodHandle TMPFILE = Libc.function("tmpfile", FunctionDescriptor.of(ADDRESS));
    private static final MethodHandle FCLOSE = Libc.function("fclose", FunctionDescriptor.of(JAVA_INT, ADDRESS));
    private static final MethodHandle REWIND = Libc.function("rewind", FunctionDescriptor.ofVoid(ADDRESS));
    private static final MethodHandle FREAD = Libc.function("fread",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
    private static final MethodHandle FWRITE = Libc.function("fwrite",
            FunctionDescriptor.of(JAVA_LONG, ADDRESS, JAVA_LONG, JAVA_LONG, ADDRESS));
    private static final int CHUNK = 8192;

    private SavedWindow() {}

    private static MemorySegment open(Arena arena) {
        MemorySegment state = Libc.callState(arena);
        MemorySegment fp = Libc.callForAddress(TMPFILE, state);
        if (fp.address() == 0) {
            throw Py.osError(Libc.errno(state), Py.none());
        }
        return fp;
    }

    /** Writes {@code win}'s data to the Python file {@code file}. */
    static void put(MemorySegment win, Object file) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fp = open(arena);
            try {
                Ncurses.check(Ncurses.i("putwin", win, fp), "putwin");
                Libc.invoke(REWIND, Libc.callState(arena), fp);
                MemorySegment buf = arena.allocate(CHUNK);
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                long n;
                while ((n = (long) Libc.invoke(FREAD, Libc.callState(arena), buf, 1L, (long) CHUNK, fp)) > 0) {
                    data.write(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE), 0, (int) n);
                }
                Py.callMethod(file, "write", Py.bytes(data.toByteArray()));
            } finally {
                Libc.invoke(FCLOSE, Libc.callState(arena), fp);
            }
        }
    }

    /** A window made from the data read from the Python file {@code file}. */
    static MemorySegment get(Object file) {
        Object data = Py.callMethod(file, "read");
        if (!Py.isInstance(data, Py.builtinType("bytes"))) {
            throw Py.typeError("f.read() returned " + Py.typeOf(data).name() + " instead of bytes");
        }
        byte[] b = Py.asBytes(data);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment fp = open(arena);
            try {
                if (b.length > 0) {
                    MemorySegment buf = arena.allocate(b.length);
                    MemorySegment.copy(b, 0, buf, ValueLayout.JAVA_BYTE, 0, b.length);
                    Libc.invoke(FWRITE, Libc.callState(arena), buf, 1L, (long) b.length, fp);
                }
                Libc.invoke(REWIND, Libc.callState(arena), fp);
                return Ncurses.p("getwin", fp);
            } finally {
                Libc.invoke(FCLOSE, Libc.callState(arena), fp);
            }
        }
    }
}
