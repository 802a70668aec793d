package dev.kaa.stdlib.mmap;

import dev.kaa.ext.Py;
import dev.kaa.stdlib.internal.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.function.Consumer;

/**
 * The C library's memory-mapping calls {@code mmap} needs, and the native state of one mapping:
 * its address and length and the descriptor it keeps (a {@code dup} of the caller's, as CPython
 * keeps one, for {@code size()} and {@code resize()}). A mapping no {@code close()} released is
 * unmapped once its object is unreachable, by a {@link Cleaner}.
 *
 * <p>Thread safety: the handles are immutable; a {@link Region} is guarded by the GIL (its
 * cleaner runs when no Python code can reach it any more).
 */
final class MmapNative {
    private MmapNative() {}

    static final int PROT_READ = 1, PROT_WRITE = 2, MAP_SHARED = 1, MAP_PRIVATE = 2, MAP_ANONYMOUS = 32;
    private static final int MS_SYNC = 4, MREMAP_MAYMOVE = 1, EBADF = 9;
    /** {@code struct stat}'s {@code st_size} on Linux x86-64, in a 144-byte structure. */
    private static final int STAT_SIZE = 144, ST_SIZE = 48, ST_MODE = 24, S_IFMT = 0170000, S_IFREG = 0100000;

    private static final MethodHandle MMAP = Libc.function("mmap", FunctionDescriptor.of(ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT,
            ValueLayout.JAVA_LONG));
    private static final MethodHandle MUNMAP = Libc.function("munmap",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle MREMAP = Libc.function("mremap", FunctionDescriptor.of(ValueLayout.ADDRESS,
            ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT),
            Linker.Option.firstVariadicArg(4));
    private static final MethodHandle MSYNC = Libc.function("msync",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle MADVISE = Libc.function("madvise",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));
    private static final MethodHandle FSTAT = Libc.function("fstat",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
    private static final MethodHandle FTRUNCATE = Libc.function("ftruncate",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG));
    private static final MethodHandle DUP = Libc.function("dup",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle CLOSE = Libc.function("close",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    /** The cleaner's thread starts with the first mapping. */
    private static final class Cleaning {
        static final Cleaner CLEANER = Cleaner.create();
    }

    /**
     * One mapped range, unmapped when the segment over it is unreachable (the segment belongs to
     * an automatic arena, whose cleanup this is) unless it was unmapped or moved before. The
     * automatic arena is what makes reading the segment safe while its map object is being
     * collected: the JDK keeps a segment's arena alive during every access to it.
     */
    private static final class Mapping implements Consumer<MemorySegment> {
        final long address, length;
        boolean owned = true;

        Mapping(long address, long length) {
            this.address = address;
            this.length = length;
        }

        /** The segment of this range, in an automatic arena whose cleanup unmaps it. */
        MemorySegment segment() {
            return MemorySegment.ofAddress(address).reinterpret(length, Arena.ofAuto(), this);
        }

        @Override public void accept(MemorySegment unused) {
            unmap();
        }

        synchronized void unmap() {
            if (owned) {
                owned = false;
                try (Arena arena = Arena.ofConfined()) {
                    Libc.call(MUNMAP, Libc.callState(arena), MemorySegment.ofAddress(address), length);
                }
            }
        }
    }

    /**
     * One map object's native resources: the current mapping and the descriptor it keeps.
     * {@link #run} releases both (once); the cleaner runs it for a map never closed.
     */
    static final class Region implements Runnable {
        private Mapping mapping;
        MemorySegment memory;
        int fd;

        Region(int fd) {
            this.fd = fd;
        }

        @Override public void run() {
            if (mapping != null) {
                mapping.unmap();
                mapping = null;
            }
            memory = null;
            if (fd >= 0) {
                try (Arena arena = Arena.ofConfined()) {
                    Libc.call(CLOSE, Libc.callState(arena), fd);
                }
                fd = -1;
            }
        }

        /** {@code mmap(NULL, length, prot, flags, fd, offset)} into this region; the OSError if it fails. */
        void map(long length, int prot, int flags, int mapFd, long offset) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = Libc.callState(arena);
                MemorySegment at = Libc.callForAddress(MMAP, state, MemorySegment.NULL, length, prot, flags, mapFd, offset);
                if (at.address() == -1L) {
                    throw Py.osError(Libc.errno(state), null);
                }
                mapping = new Mapping(at.address(), length);
                memory = mapping.segment();
            }
        }

        /** {@code mremap(memory, old, length, MREMAP_MAYMOVE)}: the mapping grows or shrinks, perhaps moving. */
        void remap(long length) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment state = Libc.callState(arena);
                MemorySegment at = Libc.callForAddress(MREMAP, state, MemorySegment.ofAddress(mapping.address),
                        mapping.length, length, MREMAP_MAYMOVE);
                if (at.address() == -1L) {
                    throw Py.osError(Libc.errno(state), null);
                }
                synchronized (mapping) {
                    mapping.owned = false; // the old range is the new one now, or gone
                }
                mapping = new Mapping(at.address(), length);
                memory = mapping.segment();
            }
        }
    }

    /** Registers {@code region} to be released when {@code owner} becomes unreachable. */
    static Cleaner.Cleanable clean(Object owner, Region region) {
        return Cleaning.CLEANER.register(owner, region);
    }

    /** {@code msync(memory + offset, length, MS_SYNC)}. */
    static void sync(MemorySegment memory, long offset, long length) {
        call(MSYNC, memory.asSlice(offset, length), length, MS_SYNC);
    }

    /** {@code madvise(memory + start, length, advice)}. */
    static void advise(MemorySegment memory, long start, long length, int advice) {
        call(MADVISE, memory.asSlice(start, length), length, advice);
    }

    /** {@code ftruncate(fd, length)}. */
    static void truncate(int fd, long length) {
        call(FTRUNCATE, fd, length);
    }

    /** {@code dup(fd)}: a descriptor of the mapping's own. */
    static int dup(int fd) {
        return call(DUP, fd);
    }

    /** The size of the file open on {@code fd} if it is a regular file, else -1; -2 if fstat fails. */
    static long regularFileSize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stat = arena.allocate(STAT_SIZE, 8);
            if (Libc.call(FSTAT, Libc.callState(arena), fd, stat) == -1) {
                return -2;
            }
            boolean regular = (stat.get(ValueLayout.JAVA_INT, ST_MODE) & S_IFMT) == S_IFREG;
            return regular ? stat.get(ValueLayout.JAVA_LONG, ST_SIZE) : -1;
        }
    }

    /** {@code fstat(fd).st_size}; OSError EBADF for no descriptor. */
    static long fileSize(int fd) {
        if (fd < 0) {
            throw Py.osError(EBADF, null);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment stat = arena.allocate(STAT_SIZE, 8);
            MemorySegment state = Libc.callState(arena);
            if (Libc.call(FSTAT, state, fd, stat) == -1) {
                throw Py.osError(Libc.errno(state), null);
            }
            return stat.get(ValueLayout.JAVA_LONG, ST_SIZE);
        }
    }

    /** A call whose -1 means failure: the result, or the OSError for its errno. */
    private static int call(MethodHandle function, Object... arguments) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment state = Libc.callState(arena);
            Object[] all = new Object[arguments.length + 1];
            all[0] = state;
            System.arraycopy(arguments, 0, all, 1, arguments.length);
            int rc = Libc.call(function, all);
            if (rc == -1) {
                throw Py.osError(Libc.errno(state), null);
            }
            return rc;
        }
    }
}
