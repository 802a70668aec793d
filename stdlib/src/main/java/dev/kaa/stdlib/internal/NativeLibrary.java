package dev.kaa.stdlib.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.Optional;

/**
 * A shared library of the system's other than the C library ({@code libbz2}, {@code liblzma},
 * {@code libsqlite3} …), opened with the dynamic linker by its soname, as CPython's extension
 * modules link against the same libraries. A module that needs one loads it in its
 * {@code initialize} and turns the {@link UnsupportedOperationException} of an absent library into
 * an {@code ImportError} ({@code throw Py.error(Py.builtinType("ImportError"), e.getMessage())}):
 * CPython's module is absent when it was built without the library.
 *
 * <p>Handles made by {@link #function} capture nothing; those made by {@link #functionWithErrno}
 * take a call-state segment ({@link Libc#callState}) as their first argument, as
 * {@link Libc#function}'s do. Call either through {@link Libc#invoke}.
 *
 * <p>Thread safety: immutable; a library stays loaded for the JVM's life.
 */
public final class NativeLibrary {
    private static final Linker LINKER = Linker.nativeLinker();

    private final String soname;
    private final SymbolLookup lookup;

    private NativeLibrary(String soname, SymbolLookup lookup) {
        this.soname = soname;
        this.lookup = lookup;
    }

    /**
     * The first of {@code sonames} the dynamic linker can open ({@code "libbz2.so.1.0"},
     * {@code "libbz2.so.1"}: the names a distribution installs without its development package).
     *
     * @throws UnsupportedOperationException naming the library when none opens
     */
    public static NativeLibrary load(String... sonames) {
        for (String name : sonames) {
            try {
                return new NativeLibrary(name, SymbolLookup.libraryLookup(name, Arena.global()));
            } catch (IllegalArgumentException notFound) {
                // the next name
            }
        }
        throw new UnsupportedOperationException("the system has no " + Arrays.toString(sonames) + " library");
    }

    /** The soname this library was opened by. */
    public String soname() {
        return soname;
    }

    /** Whether the library has the function {@code name} (older versions may lack newer ones). */
    public boolean has(String name) {
        return lookup.find(name).isPresent();
    }

    /**
     * A handle on the library's function {@code name}.
     *
     * @throws UnsupportedOperationException if the library has no such function
     */
    public MethodHandle function(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return LINKER.downcallHandle(address(name), descriptor, options);
    }

    /** {@link #function}, capturing {@code errno}: the call-state segment is its first argument. */
    public MethodHandle functionWithErrno(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        Linker.Option[] all = Arrays.copyOf(options, options.length + 1);
        all[options.length] = Linker.Option.captureCallState("errno");
        return LINKER.downcallHandle(address(name), descriptor, all);
    }

    /** {@link #function} for a function the library may lack: empty when it does. */
    public Optional<MethodHandle> optionalFunction(String name, FunctionDescriptor descriptor, Linker.Option... options) {
        return lookup.find(name).map(a -> LINKER.downcallHandle(a, descriptor, options));
    }

    /**
     * The library's global variable {@code name} ({@code rl_line_buffer}, {@code history_length},
     * ncurses' {@code LINES} or {@code acs_map} …), as a segment of {@code size} bytes to read and write it through.
     *
     * @throws UnsupportedOperationException if the library has no such symbol
     */
    public MemorySegment variable(String name, long size) {
        return address(name).reinterpret(size);
    }

    private MemorySegment address(String name) {
        return lookup.find(name).orElseThrow(
                () -> new UnsupportedOperationException(soname + " has no " + name + "()"));
    }

    @Override public String toString() {
        return "NativeLibrary[" + soname + "]";
    }
}
