package dev.kaa.stdlib.ctypes;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.charset.StandardCharsets;

/**
 * What the Python half of {@code _ctypes} asks of the machine: native memory (blocks, scalar
 * reads and writes, copies), the dynamic linker ({@code dlopen}, {@code dlsym}, {@code dlclose},
 * {@code dlerror}), calls to C ({@link CCalls}) and C function pointers to Python functions
 * ({@link CCallback}). Addresses are Python ints. One instance serves an interpreter's
 * {@code _ctypes} module.
 *
 * <p>Thread safety: stateless but for the types it makes instances of, fixed at creation.
 */
final class CNative extends ExtensionObject {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle DLOPEN = libc("dlopen",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
    private static final MethodHandle DLSYM = libc("dlsym",
            FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    private static final MethodHandle DLCLOSE = libc("dlclose",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle DLERROR = libc("dlerror", FunctionDescriptor.of(ValueLayout.ADDRESS));

    private final PythonType memoryType;
    private final PythonType callbackType;

    private final PythonType bytesViewType;

    CNative(PythonType type, PythonType memoryType, PythonType callbackType, PythonType bytesViewType) {
        super(type);
        this.memoryType = memoryType;
        this.callbackType = callbackType;
        this.bytesViewType = bytesViewType;
    }

    /** The {@code size} bytes at {@code address}, which {@code owner} keeps alive, as a buffer. */
    @PyMethod
    Object bytes_view(Object owner, long address, long size) {
        return new CBytesView(bytesViewType, owner, CValues.at(address, Math.max(size, 0)));
    }

    private static MethodHandle libc(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(LINKER.defaultLookup().find(name).orElseThrow(), fd);
    }

    @PyMethod
    Object alloc(long size) {
        return new CMemory(memoryType, size);
    }

    @PyMethod
    Object get(long address, String code, @Opt("False") boolean swap) {
        return CValues.get(address, code.charAt(0), swap);
    }

    @PyMethod
    void put(long address, String code, Object value, @Opt("False") boolean swap) {
        CValues.put(address, code.charAt(0), value, swap);
    }

    @PyMethod
    Object read(long address, long size) {
        if (size <= 0) {
            return Py.bytes(new byte[0]);
        }
        return Py.bytes(CValues.at(address, size).toArray(ValueLayout.JAVA_BYTE));
    }

    @PyMethod
    void write(long address, Object data) {
        byte[] bytes = Py.asBytes(data);
        MemorySegment.copy(bytes, 0, CValues.at(address, bytes.length), ValueLayout.JAVA_BYTE, 0, bytes.length);
    }

    @PyMethod
    void move(long destination, long source, long size) {
        if (size > 0) {
            MemorySegment.copy(CValues.at(source, size), 0, CValues.at(destination, size), 0, size);
        }
    }

    @PyMethod
    void fill(long destination, int value, long size) {
        if (size > 0) {
            CValues.at(destination, size).fill((byte) value);
        }
    }

    /** The length of the NUL-terminated string of {@code width}-byte units at the address. */
    @PyMethod
    long strlen(long address, @Opt("1") int width) {
        MemorySegment s = MemorySegment.ofAddress(address).reinterpret(Long.MAX_VALUE);
        long n = 0;
        if (width == 4) {
            while (s.get(ValueLayout.JAVA_INT_UNALIGNED, n * 4) != 0) {
                n++;
            }
        } else {
            while (s.get(ValueLayout.JAVA_BYTE, n) != 0) {
                n++;
            }
        }
        return n;
    }

    @PyMethod
    long dlopen(Object name, int mode) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = name == Py.none() ? MemorySegment.NULL
                    : arena.allocateFrom(Py.asString(Py.call(Py.getAttr(Py.importModule("os"), "fsdecode"), name)));
            MemorySegment handle = (MemorySegment) DLOPEN.invokeExact(path, mode);
            if (handle.address() == 0) {
                throw Py.error(Py.builtinType("OSError"), dlerrorText());
            }
            return handle.address();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @PyMethod
    long dlsym(long handle, String name) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment address = (MemorySegment) DLSYM.invokeExact(MemorySegment.ofAddress(handle),
                    arena.allocateFrom(name));
            if (address.address() == 0) {
                throw Py.error(Py.builtinType("AttributeError"), dlerrorText());
            }
            return address.address();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    @PyMethod
    void dlclose(long handle) {
        try {
            int rc = (int) DLCLOSE.invokeExact(MemorySegment.ofAddress(handle));
            if (rc != 0) {
                throw Py.error(Py.builtinType("OSError"), dlerrorText());
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static String dlerrorText() throws Throwable {
        MemorySegment text = (MemorySegment) DLERROR.invokeExact();
        if (text.address() == 0) {
            return "dynamic linker error";
        }
        return text.reinterpret(Long.MAX_VALUE).getString(0, StandardCharsets.UTF_8);
    }

    @PyMethod
    Object call(long address, Object restype, Object argtypes, Object args, int firstVariadic, Object errno) {
        return CCalls.call(address, restype, argtypes, args, firstVariadic, errno == Py.none() ? null : errno);
    }

    @PyMethod
    Object callback(Object function, Object restype, Object argtypes) {
        return new CCallback(callbackType, function, restype, argtypes);
    }
}
