package dev.kaa.ext.spi;

import dev.kaa.ext.GilRelease;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.math.BigInteger;

/**
 * What {@link dev.kaa.ext.Py} asks of the interpreter: the virtual machine provides the one
 * implementation, found with {@link java.util.ServiceLoader}. Extensions use {@code Py}, never
 * this interface. Every method works on the calling thread's interpreter and needs the GIL.
 *
 * <p>Thread safety: implementations are thread-safe; each call acts for the calling thread.
 */
public interface PythonRuntime {
    Object none();

    Object notImplemented();

    Object bool(boolean value);

    Object integer(long value);

    Object integer(BigInteger value);

    Object floating(double value);

    Object str(String value);

    Object bytes(byte[] value);

    Object tuple(Object... items);

    Object list(Object... items);

    Object dict();

    Object structSequence(PythonType type, Object... values);

    long asLong(Object o);

    BigInteger asBigInteger(Object o);

    double asDouble(Object o);

    String asString(Object o);

    byte[] asBytes(Object o);

    boolean isTrue(Object o);

    Object getAttr(Object o, String name);

    boolean hasAttr(Object o, String name);

    void setAttr(Object o, String name, Object value);

    Object call(Object callable, Object... args);

    Object callMethod(Object o, String name, Object... args);

    String repr(Object o);

    String strOf(Object o);

    Object getItem(Object o, Object key);

    void setItem(Object o, Object key, Object value);

    long len(Object o);

    Iterable<Object> iterate(Object o);

    long hash(Object o);

    boolean compare(Object a, Object b, String op);

    PythonType typeOf(Object o);

    boolean isInstance(Object o, PythonType type);

    PythonType builtinType(String name);

    Object importModule(String name);

    PythonException error(PythonType type, String message);

    PythonException error(PythonType type, Object... args);

    PythonException osError(int errno, Object filename);

    int fileDescriptor(Object o);

    int nativeDescriptor(int fd);

    GilRelease releaseGil();

    /** A new instance dictionary for an instance of {@code type}, or null if its instances have none. */
    Object newInstanceDict(PythonType type);

    /** How many {@code __slots__} members instances of {@code type} store. */
    int slotCount(PythonType type);

    void checkInterrupt();

    // ---- added for _asyncio: keyword calls, raising an exception object, resuming a coroutine ----

    Object callWithKeywords(Object callable, Object[] args, String[] kwnames);

    PythonException raiseObject(Object exception);

    int resume(Object coroutine, Object value, Object thrown, Object[] out);

    Object delCompanion(Object o);

    // ---- added for _sqlite3: reporting an exception a callback cannot raise ----------------------

    void writeUnraisable(PythonException exception, Object obj);

    // ---- added for fcntl: descriptors in the interpreter's table, writing into a buffer ----

    int dupDescriptor(int fd, int lowest);

    boolean descriptorBlocking(int fd);

    void setDescriptorBlocking(int fd, boolean blocking);

    boolean isWritableBuffer(Object o);

    void writeBuffer(Object o, byte[] data);

    // ---- added for _ctypes: a C callback taking the GIL back -------------------------------------

    GilRelease holdGil();

    // ---- added for readline: input() editing its line --------------------------------------------

    void setLineReader(dev.kaa.ext.LineReader reader);
}
