package dev.kaa.stdlib.users;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code pwd} and {@code grp} share: the C library's buffers, text in the file system's
 * encoding, and ids. User and group ids convert as CPython converts them: an integer (or an
 * object with {@code __index__}) that fits an unsigned 32-bit {@code uid_t}/{@code gid_t}, or -1,
 * which is {@code (uid_t) -1} and reads back as -1. Out of range, an OverflowError with CPython's
 * texts, among them its quirk that a value fitting a C {@code long} but not the id type is "less
 * than minimum".
 *
 * <p>Thread safety: stateless.
 */
final class Accounts {
    private Accounts() {}

    static final long NONE = 0xFFFF_FFFFL;
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    /** The id {@code value} denotes; {@code kind} is "uid" or "gid", for the messages. */
    static long of(Object value, String kind) {
        if (!Py.isInstance(value, Py.builtinType("int")) && !Py.hasAttr(Py.typeOf(value), "__index__")) {
            throw Py.typeError(kind + " should be integer, not " + Py.typeOf(value).name());
        }
        BigInteger v = Py.asBigInteger(value);
        if (v.compareTo(LONG_MAX) > 0) {
            throw Py.overflowError(kind + " is greater than maximum");
        }
        if (v.compareTo(LONG_MIN) < 0) {
            throw Py.overflowError(kind + " is less than minimum");
        }
        long id = v.longValue();
        if (id == -1) {
            return NONE;
        }
        if (id < -1 || id > NONE) {
            throw Py.overflowError(kind + " is less than minimum");
        }
        return id;
    }

    /** The id as Python shows it: {@code (uid_t) -1} as -1. */
    static Object toPython(long id) {
        return Py.integer(id == NONE ? -1 : id);
    }

    /** True for the OverflowError {@link #of} raises. */
    static boolean isOverflow(PythonException e) {
        return e.matches(Py.builtinType("OverflowError"));
    }

    /** A C string from the database as {@code str}, decoded as {@code os.fsdecode} decodes. */
    static Object text(MemorySegment address) {
        byte[] bytes = Libc.stringBytes(address);
        return Py.callMethod(Py.importModule("os"), "fsdecode", Py.bytes(bytes == null ? new byte[0] : bytes));
    }

    /** A name to look up, encoded as {@code os.fsencode} encodes; ValueError for a NUL in it. */
    static byte[] name(Object name) {
        byte[] bytes = Py.asBytes(Py.callMethod(Py.importModule("os"), "fsencode", name));
        for (byte b : bytes) {
            if (b == 0) {
                throw Py.valueError("embedded null byte");
            }
        }
        return bytes;
    }

    /** The {@code char *} field at {@code offset} of a C structure. */
    static MemorySegment pointer(MemorySegment struct, long offset) {
        return struct.get(ValueLayout.ADDRESS, offset);
    }

    /** ERANGE: the caller's buffer is too small for the entry; try again with a larger one. */
    static final int ERANGE = 34;
    /** The largest buffer a lookup tries before it gives up (as CPython caps its own). */
    static final int MAX_BUFFER = 1 << 20;

    /**
     * Runs a reentrant lookup ({@code getpwuid_r} and the like) with a buffer that grows while
     * the C library answers ERANGE: the structure it fills, or null when there is no entry.
     *
     * @param structSize the size of the structure the lookup fills
     * @param call the lookup, given (state, structure, buffer, buffer size, result pointer) and
     *     returning the C function's result
     */
    static MemorySegment lookup(Arena arena, long structSize, Lookup call) {
        for (int size = 1024; ; size *= 2) {
            MemorySegment struct = arena.allocate(structSize, 8);
            MemorySegment buffer = arena.allocate(size);
            MemorySegment result = arena.allocate(ValueLayout.ADDRESS);
            int rc = call.run(struct, buffer, size, result);
            if (rc == ERANGE && size < MAX_BUFFER) {
                continue;
            }
            return rc == 0 && result.get(ValueLayout.ADDRESS, 0).address() != 0 ? struct : null;
        }
    }

    /**
     * Every entry of a database, walked with its {@code set…ent}, {@code get…ent} and
     * {@code end…ent} functions (which share one cursor per process, so walks are serialised),
     * each read by {@code entry} from a structure of {@code size} bytes.
     */
    static Object all(MethodHandle set, MethodHandle get, MethodHandle end, long size,
            Function<MemorySegment, Object> entry) {
        List<Object> entries = new ArrayList<>();
        synchronized (get) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = Libc.callState(arena);
                Libc.call(set, state);
                try {
                    for (MemorySegment p; (p = Libc.callForAddress(get, state)).address() != 0; ) {
                        entries.add(entry.apply(p.reinterpret(size)));
                    }
                } finally {
                    Libc.call(end, state);
                }
            }
        }
        return Py.list(entries.toArray());
    }

    /** One call of a reentrant lookup. */
    @FunctionalInterface
    interface Lookup {
        int run(MemorySegment struct, MemorySegment buffer, long size, MemorySegment result);
    }
}
