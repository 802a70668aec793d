package dev.kaa.ext;

import dev.kaa.ext.spi.PythonRuntime;
import java.math.BigInteger;
import java.util.ServiceLoader;

/**
 * What extension code does with Python objects: makes them, converts them to Java values,
 * operates on them as Python code would (attributes, calls, items, iteration, comparison), and
 * raises Python exceptions. Each call acts on the calling thread's interpreter, with CPython's
 * semantics and error messages (the conversions raise what the built-ins do: {@code TypeError}
 * for a wrong type, {@code OverflowError} for an integer that does not fit).
 *
 * <p>Thread safety: every method needs the GIL, which extension functions are called with,
 * except {@link #releaseGil()}'s stretch (see {@link GilRelease}).
 */
public final class Py {
    private Py() {}

    private static final PythonRuntime RT = load();

    /** The runtime, for the API's own classes. */
    static PythonRuntime runtime() {
        return RT;
    }

    private static PythonRuntime load() {
        for (PythonRuntime r : ServiceLoader.load(PythonRuntime.class)) {
            return r;
        }
        for (PythonRuntime r : ServiceLoader.load(PythonRuntime.class, Py.class.getClassLoader())) {
            return r;
        }
        throw new IllegalStateException("no Python runtime (dev.kaa.vm) on the module path");
    }

    // ---- making objects ------------------------------------------------------------------------

    /** {@code None}. */
    public static Object none() {
        return RT.none();
    }

    /**
     * {@code NotImplemented}: what a binary special method ({@code __eq__}, {@code __add__} …)
     * returns for an operand it does not handle, so that Python tries the other operand's.
     */
    public static Object notImplemented() {
        return RT.notImplemented();
    }

    /** {@code True} or {@code False}. */
    public static Object bool(boolean value) {
        return RT.bool(value);
    }

    /** An {@code int}. */
    public static Object integer(long value) {
        return RT.integer(value);
    }

    /** An {@code int} of any size. */
    public static Object integer(BigInteger value) {
        return RT.integer(value);
    }

    /** A {@code float}. */
    public static Object floating(double value) {
        return RT.floating(value);
    }

    /** A {@code str}. */
    public static Object str(String value) {
        return RT.str(value);
    }

    /** A {@code bytes} holding a copy of {@code value}. */
    public static Object bytes(byte[] value) {
        return RT.bytes(value);
    }

    /** A {@code tuple} of the items. */
    public static Object tuple(Object... items) {
        return RT.tuple(items);
    }

    /** A new {@code list} of the items. */
    public static Object list(Object... items) {
        return RT.list(items);
    }

    /** A new empty {@code dict}. */
    public static Object dict() {
        return RT.dict();
    }

    /**
     * A new instance of a struct sequence type made by
     * {@link ModuleDefinition#addStructSequence}, given a value for every field, in order.
     */
    public static Object structSequence(PythonType type, Object... values) {
        return RT.structSequence(type, values);
    }

    // ---- converting to Java --------------------------------------------------------------------

    /** An integer (or an object with {@code __index__}) as a {@code long}; OverflowError if too big. */
    public static long asLong(Object o) {
        return RT.asLong(o);
    }

    /** An integer (or an object with {@code __index__}) of any size. */
    public static BigInteger asBigInteger(Object o) {
        return RT.asBigInteger(o);
    }

    /** A float, or an integer or an object with {@code __float__}/{@code __index__}, as a double. */
    public static double asDouble(Object o) {
        return RT.asDouble(o);
    }

    /** A {@code str} (TypeError for anything else). */
    public static String asString(Object o) {
        return RT.asString(o);
    }

    /** A copy of the bytes of a {@code bytes}, {@code bytearray}, {@code memoryview} or other buffer. */
    public static byte[] asBytes(Object o) {
        return RT.asBytes(o);
    }

    /** Whether {@code o} is a buffer that can be written: a {@code bytearray}, a writable {@code memoryview}. */
    public static boolean isWritableBuffer(Object o) {
        return RT.isWritableBuffer(o);
    }

    /**
     * Stores {@code data} at the start of the writable buffer {@code o}
     * ({@link #isWritableBuffer}); {@code data} is no longer than the buffer, whose size does
     * not change.
     */
    public static void writeBuffer(Object o, byte[] data) {
        RT.writeBuffer(o, data);
    }

    /** {@code bool(o)}. */
    public static boolean isTrue(Object o) {
        return RT.isTrue(o);
    }

    // ---- operations ----------------------------------------------------------------------------

    /** {@code o.name}. */
    public static Object getAttr(Object o, String name) {
        return RT.getAttr(o, name);
    }

    /** {@code hasattr(o, name)}. */
    public static boolean hasAttr(Object o, String name) {
        return RT.hasAttr(o, name);
    }

    /** {@code o.name = value}. */
    public static void setAttr(Object o, String name, Object value) {
        RT.setAttr(o, name, value);
    }

    /** {@code callable(*args)}. */
    public static Object call(Object callable, Object... args) {
        return RT.call(callable, args);
    }

    /** {@code o.name(*args)}. */
    public static Object callMethod(Object o, String name, Object... args) {
        return RT.callMethod(o, name, args);
    }

    /** {@code repr(o)}. */
    public static String repr(Object o) {
        return RT.repr(o);
    }

    /** {@code str(o)}. */
    public static String strOf(Object o) {
        return RT.strOf(o);
    }

    /** {@code o[key]}. */
    public static Object getItem(Object o, Object key) {
        return RT.getItem(o, key);
    }

    /** {@code o[key] = value}. */
    public static void setItem(Object o, Object key, Object value) {
        RT.setItem(o, key, value);
    }

    /** {@code len(o)}. */
    public static long len(Object o) {
        return RT.len(o);
    }

    /** {@code for x in o}: an iterable over Python's iteration of {@code o}. */
    public static Iterable<Object> iterate(Object o) {
        return RT.iterate(o);
    }

    /** {@code hash(o)}. */
    public static long hash(Object o) {
        return RT.hash(o);
    }

    /** {@code a OP b} for {@code op} one of {@code "<" "<=" "==" "!=" ">" ">="}, as a truth value. */
    public static boolean compare(Object a, Object b, String op) {
        return RT.compare(a, b, op);
    }

    /** {@code type(o)}. */
    public static PythonType typeOf(Object o) {
        return RT.typeOf(o);
    }

    /** {@code isinstance(o, type)}. */
    public static boolean isInstance(Object o, PythonType type) {
        return RT.isInstance(o, type);
    }

    /** A built-in type or exception class by its name in {@code builtins} ({@code "ValueError"}). */
    public static PythonType builtinType(String name) {
        return RT.builtinType(name);
    }

    /**
     * The file descriptor an argument stands for, as C extensions get it: an int, or what the
     * object's {@code fileno()} returns; TypeError and ValueError with CPython's messages.
     */
    public static int fileDescriptor(Object o) {
        return RT.fileDescriptor(o);
    }

    /**
     * The operating system's descriptor behind the Python file descriptor {@code fd}, for native
     * calls through the foreign function API, or -1 when it has none (Kaa's descriptors are its
     * own; the standard streams it started with are the process's 0, 1 and 2). OSError (EBADF)
     * if {@code fd} is not open.
     */
    public static int nativeDescriptor(int fd) {
        return RT.nativeDescriptor(fd);
    }

    /**
     * A new Python file descriptor for what {@code fd} refers to, the lowest free number from
     * {@code lowest} up ({@code fcntl}'s {@code F_DUPFD}): both share one open file, and so one
     * native descriptor. OSError (EBADF) if {@code fd} is not open.
     */
    public static int dupDescriptor(int fd, int lowest) {
        return RT.dupDescriptor(fd, lowest);
    }

    /** {@code os.get_blocking(fd)}: whether reads and writes of {@code fd} wait ({@code O_NONBLOCK} clear). */
    public static boolean descriptorBlocking(int fd) {
        return RT.descriptorBlocking(fd);
    }

    /**
     * {@code os.set_blocking(fd, blocking)}: the mode Kaa's own reads and writes of {@code fd}
     * follow, kept in its descriptor table. A native call that changes {@code O_NONBLOCK} must
     * tell the table through this method too.
     */
    public static void setDescriptorBlocking(int fd, boolean blocking) {
        RT.setDescriptorBlocking(fd, blocking);
    }

    /** {@code import name}, the module itself for a dotted name. */
    public static Object importModule(String name) {
        return RT.importModule(name);
    }

    // ---- exceptions ----------------------------------------------------------------------------

    /** An exception of {@code type} with the message, to throw: {@code throw Py.error(t, "…")}. */
    public static PythonException error(PythonType type, String message) {
        return RT.error(type, message);
    }

    /** An exception of {@code type} made with the given arguments ({@code KeyError(key)} …). */
    public static PythonException errorWithArgs(PythonType type, Object... args) {
        return RT.error(type, args);
    }

    /**
     * What a failed system call raises: {@code OSError(errno, strerror)} as the subclass the
     * error number maps to ({@code FileNotFoundError} for ENOENT, {@code PermissionError} for
     * EPERM …), with the C library's message, and {@code filename} if not null.
     */
    public static PythonException osError(int errno, Object filename) {
        return RT.osError(errno, filename);
    }

    /** {@code TypeError(message)}, to throw. */
    public static PythonException typeError(String message) {
        return RT.error(RT.builtinType("TypeError"), message);
    }

    /** {@code ValueError(message)}, to throw. */
    public static PythonException valueError(String message) {
        return RT.error(RT.builtinType("ValueError"), message);
    }

    /** {@code IndexError(message)}, to throw. */
    public static PythonException indexError(String message) {
        return RT.error(RT.builtinType("IndexError"), message);
    }

    /** {@code KeyError(key)}, to throw. */
    public static PythonException keyError(Object key) {
        return RT.error(RT.builtinType("KeyError"), key);
    }

    /** {@code OverflowError(message)}, to throw. */
    public static PythonException overflowError(String message) {
        return RT.error(RT.builtinType("OverflowError"), message);
    }

    /** {@code RuntimeError(message)}, to throw. */
    public static PythonException runtimeError(String message) {
        return RT.error(RT.builtinType("RuntimeError"), message);
    }

    // ---- threads -------------------------------------------------------------------------------

    /** Releases the GIL until the result is closed (see {@link GilRelease}). */
    public static GilRelease releaseGil() {
        return RT.releaseGil();
    }

    /**
     * For long-running work that holds the GIL: runs pending signal handlers (so Ctrl-C raises
     * {@code KeyboardInterrupt} here) and lets waiting threads have a turn.
     */
    public static void checkInterrupt() {
        RT.checkInterrupt();
    }

    // ---- calls with keywords, raising objects, driving coroutines (added for _asyncio) --------

    /**
     * {@code callable(*positional, **keywords)} in vectorcall layout: {@code args} holds the
     * positional values, then one value for each name in {@code kwnames} (null: no keywords).
     * {@code Py.callWithKeywords(loop.call_soon, new Object[] {cb, arg, ctx}, new String[] {"context"})}
     * is {@code loop.call_soon(cb, arg, context=ctx)}.
     */
    public static Object callWithKeywords(Object callable, Object[] args, String[] kwnames) {
        return RT.callWithKeywords(callable, args, kwnames);
    }

    /**
     * What {@code raise exception} raises, to throw: an exception instance as it is (its
     * traceback kept), or an exception class called with no arguments; TypeError for anything
     * else ("exceptions must derive from BaseException").
     */
    public static PythonException raiseObject(Object exception) {
        return RT.raiseObject(exception);
    }

    /** {@link #resume}'s answer when the coroutine yielded: {@code out[0]} is the value it yielded. */
    public static final int YIELDED = 0;
    /** {@link #resume}'s answer when the coroutine returned: {@code out[0]} is its return value. */
    public static final int RETURNED = 1;

    /**
     * One step of a coroutine or generator, as {@code await} drives it: {@code coro.send(value)}
     * when {@code thrown} is null, else {@code coro.throw(thrown)}. Answers {@link #YIELDED} or
     * {@link #RETURNED} with the value in {@code out[0]}, so a return costs no StopIteration; an
     * exception the coroutine raises propagates. Any object with {@code send} and {@code throw}
     * methods may be driven.
     */
    public static int resume(Object coroutine, Object value, Object thrown, Object[] out) {
        return RT.resume(coroutine, value, thrown, out);
    }

    /**
     * Arranges for {@code o.__del__()} to run once {@code o} is unreachable (at a
     * {@code gc.collect()}, as Kaa runs every {@code __del__}; the JVM does not finalize
     * extension objects by themselves). The answer is a companion object that {@code o} must
     * keep in a field for as long as the call is wanted: dropping it cancels nothing (the
     * {@code __del__} still runs), so {@code __del__} should check whether it has anything to do.
     * Each call makes a companion that the JVM must finalize: ask only when a {@code __del__}
     * may matter ({@code _asyncio.Future} asks once an exception is set).
     */
    public static Object delCompanion(Object o) {
        return RT.delCompanion(o);
    }

    // ---- reporting exceptions nobody can catch (added for _sqlite3) -----------------------------

    /**
     * Reports an exception raised where no caller can receive it (a callback that a C library
     * made, a finalizer), as CPython's {@code PyErr_WriteUnraisable}: {@code sys.unraisablehook}
     * is called with it and {@code obj} (the object in whose call it happened, or null), and the
     * default hook prints "Exception ignored in: obj" and the traceback to {@code sys.stderr}.
     */
    public static void writeUnraisable(PythonException exception, Object obj) {
        RT.writeUnraisable(exception, obj);
    }

    // ---- C calling back into Python (added for _ctypes) ----------------------------------------

    /**
     * Takes the GIL for a call back into Python from native code that runs inside
     * {@link #releaseGil()}'s stretch (a C function calling a callback made through the foreign
     * function API, as {@code qsort} calls its comparison), unless the thread holds it already;
     * closing the result gives back only what was taken. The thread must be a Python thread
     * (one that called into C); IllegalStateException otherwise.
     */
    public static GilRelease holdGil() {
        return RT.holdGil();
    }

    // ---- input() editing its line (added for readline) ------------------------------------------

    /**
     * Installs what {@code input()} reads a line with when {@code sys.stdin} and {@code sys.stdout}
     * are the process's terminal (descriptors 0 and 1, both terminals), as CPython's
     * {@code input()} calls {@code PyOS_Readline}; null goes back to {@code sys.stdin.readline()}.
     * There is one reader for the process, as there is one terminal.
     */
    public static void setLineReader(LineReader reader) {
        RT.setLineReader(reader);
    }
}
