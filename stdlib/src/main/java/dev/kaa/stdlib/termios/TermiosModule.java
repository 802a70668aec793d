package dev.kaa.stdlib.termios;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import dev.kaa.stdlib.internal.Libc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code termios}: terminal attributes, through the C library's {@code tcgetattr},
 * {@code tcsetattr}, {@code tcdrain} … and {@code ioctl} for the window size, on the native
 * descriptor behind the Python one ({@link Py#nativeDescriptor}): the standard streams, a terminal
 * opened by name, either end of {@code os.openpty()}'s pair. A descriptor without one Kaa can
 * reach (when the JVM does not open the JDK's internals to Kaa) gets ENOTTY. The constants are Linux
 * x86-64's (resource {@code constants.txt}, written by {@code scripts/gen-termios-constants.py});
 * {@code struct termios} has glibc's layout.
 *
 * <p>Thread safety: stateless; each call has its own native memory.
 */
public final class TermiosModule implements ExtensionModule {
    private static final int ENOTTY = 25;
    /** {@code struct termios}: four flag words, c_line, c_cc[NCCS], then the two speeds. */
    private static final int SIZE = 60;
    private static final int CC_OFFSET = 17;
    private static final Map<String, Long> CONSTANTS = constants();
    private static final int NCCS = CONSTANTS.get("NCCS").intValue();
    private static final int VMIN = CONSTANTS.get("VMIN").intValue();
    private static final int VTIME = CONSTANTS.get("VTIME").intValue();
    private static final long ICANON = CONSTANTS.get("ICANON");

    private static final FunctionDescriptor INT_INT = FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT);
    private static final FunctionDescriptor INT_INT_INT = INT_INT.appendArgumentLayouts(ValueLayout.JAVA_INT);
    private static final MethodHandle TCGETATTR = Libc.function("tcgetattr",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle TCSETATTR = Libc.function("tcsetattr",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle CFGETISPEED = Libc.function("cfgetispeed",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle CFGETOSPEED = Libc.function("cfgetospeed",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle CFSETISPEED = Libc.function("cfsetispeed",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle CFSETOSPEED = Libc.function("cfsetospeed",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle TCSENDBREAK = Libc.function("tcsendbreak", INT_INT_INT);
    private static final MethodHandle TCDRAIN = Libc.function("tcdrain", INT_INT);
    private static final MethodHandle TCFLUSH = Libc.function("tcflush", INT_INT_INT);
    private static final MethodHandle TCFLOW = Libc.function("tcflow", INT_INT_INT);
    private static final MethodHandle IOCTL = Libc.function("ioctl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS),
            Linker.Option.firstVariadicArg(2));

    private static PythonType error;

    @Override public String name() {
        return "termios";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Terminal attributes (POSIX termios): tcgetattr, tcsetattr and the line-control calls.\n\n"
                + "Every function takes the terminal as a file descriptor, or as an object with a fileno()\n"
                + "method such as sys.stdin.");
        m.addFunctions(TermiosModule.class, MethodHandles.lookup());
        error = m.addException("error", Py.builtinType("Exception"), null);
        CONSTANTS.forEach(m::add);
    }

    private static Map<String, Long> constants() {
        Map<String, Long> constants = new LinkedHashMap<>();
        try (InputStream in = TermiosModule.class.getResourceAsStream("constants.txt");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(" ");
                    constants.put(f[0], Long.parseLong(f[1]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constants;
    }

    @PyMethod(doc = "tcgetattr($module, fd, /)\n--\n\n"
            + "The terminal's attributes: [iflag, oflag, cflag, lflag, ispeed, ospeed, cc], where cc lists\n"
            + "the special characters as bytes of length 1, except VMIN and VTIME, which are integers\n"
            + "when the terminal is not in canonical mode.")
    static Object tcgetattr(Object fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mode = read(arena, terminal(fd));
            MemorySegment state = Libc.callState(arena);
            long lflag = Integer.toUnsignedLong(mode.get(ValueLayout.JAVA_INT, 12));
            Object[] cc = new Object[NCCS];
            for (int i = 0; i < NCCS; i++) {
                byte c = mode.get(ValueLayout.JAVA_BYTE, CC_OFFSET + i);
                boolean number = (lflag & ICANON) == 0 && (i == VMIN || i == VTIME);
                cc[i] = number ? Py.integer(Byte.toUnsignedInt(c)) : Py.bytes(new byte[] {c});
            }
            return Py.list(
                    Py.integer(Integer.toUnsignedLong(mode.get(ValueLayout.JAVA_INT, 0))),
                    Py.integer(Integer.toUnsignedLong(mode.get(ValueLayout.JAVA_INT, 4))),
                    Py.integer(Integer.toUnsignedLong(mode.get(ValueLayout.JAVA_INT, 8))),
                    Py.integer(lflag),
                    Py.integer(Integer.toUnsignedLong(Libc.call(CFGETISPEED, state, mode))),
                    Py.integer(Integer.toUnsignedLong(Libc.call(CFGETOSPEED, state, mode))),
                    Py.list(cc));
        }
    }

    @PyMethod(doc = "tcsetattr($module, fd, when, attributes, /)\n--\n\n"
            + "Sets the terminal's attributes from a list as tcgetattr() returns it, now (TCSANOW), after\n"
            + "the output is written (TCSADRAIN), or then discarding pending input too (TCSAFLUSH).")
    static void tcsetattr(Object fd, int when, Object attributes) {
        int native_ = terminal(fd);
        if (!Py.isInstance(attributes, Py.builtinType("list")) || Py.len(attributes) != 7) {
            throw Py.typeError("tcsetattr, arg 3: must be 7 element list");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment mode = read(arena, native_);    // before the checks of the items, as CPython
            MemorySegment state = Libc.callState(arena);
            Object cc = Py.getItem(attributes, Py.integer(6));
            if (!Py.isInstance(cc, Py.builtinType("list")) || Py.len(cc) != NCCS) {
                throw Py.typeError("tcsetattr: attributes[6] must be " + NCCS + " element list");
            }
            for (int i = 0; i < 4; i++) {
                mode.set(ValueLayout.JAVA_INT, 4L * i, (int) Py.asLong(Py.getItem(attributes, Py.integer(i))));
            }
            int ispeed = (int) Py.asLong(Py.getItem(attributes, Py.integer(4)));
            int ospeed = (int) Py.asLong(Py.getItem(attributes, Py.integer(5)));
            for (int i = 0; i < NCCS; i++) {
                Object c = Py.getItem(cc, Py.integer(i));
                byte value;
                if (Py.isInstance(c, Py.builtinType("bytes")) && Py.len(c) == 1) {
                    value = Py.asBytes(c)[0];
                } else if (Py.isInstance(c, Py.builtinType("int"))) {
                    value = (byte) Py.asLong(c);
                } else {
                    throw Py.typeError("tcsetattr: elements of attributes must be characters or integers");
                }
                mode.set(ValueLayout.JAVA_BYTE, CC_OFFSET + i, value);
            }
            if (Libc.call(CFSETISPEED, state, mode, ispeed) == -1 || Libc.call(CFSETOSPEED, state, mode, ospeed) == -1
                    || Libc.call(TCSETATTR, state, native_, when, mode) == -1) {
                throw failure(Libc.errno(state));
            }
        }
    }

    @PyMethod(doc = "tcsendbreak($module, fd, duration, /)\n--\n\n"
            + "Sends a break on the terminal: zero bits for 0.25-0.5 s if duration is 0.")
    static void tcsendbreak(Object fd, int duration) {
        control(TCSENDBREAK, fd, duration);
    }

    @PyMethod(doc = "tcdrain($module, fd, /)\n--\n\nWaits until the output written to the terminal has been sent.")
    static void tcdrain(Object fd) {
        control(TCDRAIN, fd, null);
    }

    @PyMethod(doc = "tcflush($module, fd, queue, /)\n--\n\n"
            + "Discards the terminal's pending input (TCIFLUSH), output (TCOFLUSH) or both (TCIOFLUSH).")
    static void tcflush(Object fd, int queue) {
        control(TCFLUSH, fd, queue);
    }

    @PyMethod(doc = "tcflow($module, fd, action, /)\n--\n\n"
            + "Suspends or resumes the terminal's output (TCOOFF, TCOON) or input (TCIOFF, TCION).")
    static void tcflow(Object fd, int action) {
        control(TCFLOW, fd, action);
    }

    @PyMethod(doc = "tcgetwinsize($module, fd, /)\n--\n\nThe terminal's window size, as (rows, columns).")
    static Object tcgetwinsize(Object fd) {
        int native_ = terminal(fd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment size = arena.allocate(8);
            if (Libc.call(IOCTL, state, native_, CONSTANTS.get("TIOCGWINSZ"), size) == -1) {
                throw failure(Libc.errno(state));
            }
            return Py.tuple(Py.integer(Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 0))),
                    Py.integer(Short.toUnsignedInt(size.get(ValueLayout.JAVA_SHORT, 2))));
        }
    }

    @PyMethod(doc = "tcsetwinsize($module, fd, winsize, /)\n--\n\n"
            + "Sets the terminal's window size from winsize, a pair (rows, columns).")
    static void tcsetwinsize(Object fd, Object winsize) {
        int native_ = terminal(fd);
        if (!Py.hasAttr(winsize, "__len__") || !Py.hasAttr(winsize, "__getitem__") || Py.len(winsize) != 2) {
            throw Py.typeError("tcsetwinsize, arg 2: must be a two-item sequence");
        }
        long rows = Py.asLong(Py.getItem(winsize, Py.integer(0)));
        long columns = Py.asLong(Py.getItem(winsize, Py.integer(1)));
        if (rows < 0 || rows > 0xFFFF || columns < 0 || columns > 0xFFFF) {
            throw Py.overflowError("winsize value(s) out of range.");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            MemorySegment size = arena.allocate(8);
            if (Libc.call(IOCTL, state, native_, CONSTANTS.get("TIOCGWINSZ"), size) == -1) {
                throw failure(Libc.errno(state));
            }
            size.set(ValueLayout.JAVA_SHORT, 0, (short) rows);
            size.set(ValueLayout.JAVA_SHORT, 2, (short) columns);
            if (Libc.call(IOCTL, state, native_, CONSTANTS.get("TIOCSWINSZ"), size) == -1) {
                throw failure(Libc.errno(state));
            }
        }
    }

    /** The native descriptor of a terminal argument; termios.error(ENOTTY) when Kaa has none. */
    private static int terminal(Object fd) {
        int kaaFd = Py.fileDescriptor(fd);
        int native_;
        try {
            native_ = Py.nativeDescriptor(kaaFd);
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("OSError"))) {
                throw failure(9);
            }
            throw e;
        }
        if (native_ < 0) {
            throw failure(ENOTTY);
        }
        return native_;
    }

    private static MemorySegment read(Arena arena, int fd) {
        MemorySegment state = Libc.callState(arena);
        MemorySegment mode = arena.allocate(SIZE, 4);
        if (Libc.call(TCGETATTR, state, fd, mode) == -1) {
            throw failure(Libc.errno(state));
        }
        return mode;
    }

    private static void control(MethodHandle function, Object fd, Integer argument) {
        int native_ = terminal(fd);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            int rc = argument == null ? Libc.call(function, state, native_) : Libc.call(function, state, native_, argument);
            if (rc == -1) {
                throw failure(Libc.errno(state));
            }
        }
    }

    /** {@code termios.error(errno, strerror)}, as CPython raises it. */
    private static PythonException failure(int errno) {
        return Py.errorWithArgs(error, Py.integer(errno), Py.str(Libc.strerror(errno)));
    }
}
