package dev.kaa.stdlib.curses;

import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import dev.kaa.stdlib.internal.NativeLibrary;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The system's ncursesw ({@code libncursesw.so.6}) and panel library ({@code libpanelw.so.6}),
 * called by name: {@link #i}, {@link #p} and {@link #v} make (once, then cache) a handle whose C
 * signature follows the Java types of the arguments given ({@code Integer} an {@code int},
 * {@code Long} a {@code long}, {@code Short} a {@code short}, {@code MemorySegment} a pointer).
 * ncurses' ABI 6 makes {@code chtype}, {@code attr_t} and {@code mmask_t} 32-bit unsigned
 * integers, passed as {@code int}.
 *
 * <p>Thread safety: the handle cache is concurrent; ncurses itself is not thread-safe, and its
 * callers hold the GIL except around blocking reads.
 */
final class Ncurses {
    static final int ERR = -1;
    static final int OK = 0;
    static final int KEY_CODE_YES = 0400;

    /** The library, or null when absent ({@link #ABSENT} says why). */
    static final NativeLibrary LIB;
    static final String ABSENT;
    /** The panel library, or null when absent ({@link #PANEL_ABSENT} says why). */
    static final NativeLibrary PANEL;
    static final String PANEL_ABSENT;

    static {
        NativeLibrary lib = null;
        String absent = null;
        try {
            lib = NativeLibrary.load("libncursesw.so.6", "libncursesw.so");
        } catch (UnsupportedOperationException e) {
            absent = e.getMessage();
        }
        LIB = lib;
        ABSENT = absent;
        NativeLibrary panel = null;
        String panelAbsent = null;
        try {
            panel = NativeLibrary.load("libpanelw.so.6", "libpanelw.so");
        } catch (UnsupportedOperationException e) {
            panelAbsent = e.getMessage();
        }
        PANEL = panel;
        PANEL_ABSENT = panelAbsent;
    }

    private static final ConcurrentHashMap<String, MethodHandle> HANDLES = new ConcurrentHashMap<>();

    private Ncurses() {}

    /** Calls the ncurses function {@code name} returning {@code int}. */
    static int i(String name, Object... args) {
        return (int) Libc.invoke(handle(LIB, name, ValueLayout.JAVA_INT, args), args);
    }

    /**
     * Calls the ncurses function {@code name} returning C's {@code bool}: one byte, the rest of
     * the register undefined.
     */
    static boolean b(String name, Object... args) {
        return (i(name, args) & 0xff) != 0;
    }

    /** Calls the ncurses function {@code name} returning a pointer. */
    static MemorySegment p(String name, Object... args) {
        return (MemorySegment) Libc.invoke(handle(LIB, name, ValueLayout.ADDRESS, args), args);
    }

    /** Calls the ncurses function {@code name} returning nothing. */
    static void v(String name, Object... args) {
        Libc.invoke(handle(LIB, name, null, args), args);
    }

    /** Calls the panel library's function {@code name} returning {@code int}. */
    static int panelI(String name, Object... args) {
        return (int) Libc.invoke(handle(PANEL, name, ValueLayout.JAVA_INT, args), args);
    }

    /** Calls the panel library's function {@code name} returning a pointer. */
    static MemorySegment panelP(String name, Object... args) {
        return (MemorySegment) Libc.invoke(handle(PANEL, name, ValueLayout.ADDRESS, args), args);
    }

    /** Calls the panel library's function {@code name} returning nothing. */
    static void panelV(String name, Object... args) {
        Libc.invoke(handle(PANEL, name, null, args), args);
    }

    /** An {@code int} variable of ncurses ({@code LINES}, {@code COLS}, {@code COLORS} …). */
    static int intVariable(String name) {
        return LIB.variable(name, 4).get(ValueLayout.JAVA_INT, 0);
    }

    /** A pointer variable of ncurses ({@code stdscr}, {@code curscr}). */
    static MemorySegment pointerVariable(String name) {
        return LIB.variable(name, ValueLayout.ADDRESS.byteSize()).get(ValueLayout.ADDRESS, 0);
    }

    /** Entry {@code c} of ncurses' {@code acs_map}, the line-drawing characters' chtypes. */
    static long acs(char c) {
        return Integer.toUnsignedLong(LIB.variable("acs_map", 128 * 4).get(ValueLayout.JAVA_INT, c * 4L));
    }

    /** Whether ncurses has the function {@code name}. */
    static boolean has(String name) {
        return LIB.has(name);
    }

    private static MethodHandle handle(NativeLibrary lib, String name, MemoryLayout result, Object[] args) {
        StringBuilder key = new StringBuilder(name).append(lib == PANEL ? "/p" : "/n")
                .append(result == null ? 'v' : result == ValueLayout.ADDRESS ? 'p' : 'i');
        MemoryLayout[] params = new MemoryLayout[args.length];
        for (int k = 0; k < args.length; k++) {
            Object a = args[k];
            if (a instanceof Integer) {
                params[k] = ValueLayout.JAVA_INT;
                key.append('i');
            } else if (a instanceof Long) {
                params[k] = ValueLayout.JAVA_LONG;
                key.append('l');
            } else if (a instanceof Short) {
                params[k] = ValueLayout.JAVA_SHORT;
                key.append('s');
            } else if (a instanceof MemorySegment) {
                params[k] = ValueLayout.ADDRESS;
                key.append('p');
            } else {
                throw new IllegalArgumentException("no C type for " + a);
            }
        }
        return HANDLES.computeIfAbsent(key.toString(), ignored -> {
            FunctionDescriptor d = result == null ? FunctionDescriptor.ofVoid(params)
                    : FunctionDescriptor.of(result, params);
            return lib.function(name, d);
        });
    }

    /** The error CPython's module raises when a call returned ERR: "{@code name}() returned ERR". */
    static RuntimeException returnedErr(String name) {
        return Py.error(CursesModule.error(), name + "() returned ERR");
    }

    /** Checks an ncurses result: None when OK, {@link #returnedErr} when ERR. */
    static Object check(int rc, String name) {
        if (rc == ERR) {
            throw returnedErr(name);
        }
        return Py.none();
    }
}
