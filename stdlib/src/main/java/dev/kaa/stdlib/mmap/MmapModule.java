package dev.kaa.stdlib.mmap;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;

/**
 * {@code mmap}: memory-mapped files and anonymous memory ({@link MmapObject}), through the C
 * library's {@code mmap}, {@code mremap}, {@code msync} and {@code madvise}. Constants are Linux
 * x86-64's; {@code mmap.error} is {@code OSError}. A map is not a buffer in Kaa (see
 * {@link MmapObject}).
 *
 * <p>Thread safety: stateless.
 */
public final class MmapModule implements ExtensionModule {
    /** Linux x86-64's values, as CPython 3.13's {@code mmap} has them. */
    private static final String CONSTANTS = "ACCESS_COPY=3 ACCESS_DEFAULT=0 ACCESS_READ=1 ACCESS_WRITE=2 "
            + "ALLOCATIONGRANULARITY=4096 MADV_DODUMP=17 MADV_DOFORK=11 MADV_DONTDUMP=16 MADV_DONTFORK=10 "
            + "MADV_DONTNEED=4 MADV_FREE=8 MADV_HUGEPAGE=14 MADV_HWPOISON=100 MADV_MERGEABLE=12 "
            + "MADV_NOHUGEPAGE=15 MADV_NORMAL=0 MADV_RANDOM=1 MADV_REMOVE=9 MADV_SEQUENTIAL=2 "
            + "MADV_UNMERGEABLE=13 MADV_WILLNEED=3 MAP_32BIT=64 MAP_ANON=32 MAP_ANONYMOUS=32 MAP_DENYWRITE=2048 "
            + "MAP_EXECUTABLE=4096 MAP_NORESERVE=16384 MAP_POPULATE=32768 MAP_PRIVATE=2 MAP_SHARED=1 "
            + "MAP_STACK=131072 PAGESIZE=4096 PROT_EXEC=4 PROT_READ=1 PROT_WRITE=2";

    @Override public String name() {
        return "mmap";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Memory-mapped files: the pages of a file, or anonymous memory, read and written in place\n"
                + "through an mmap object, which works like a bytearray and like a file at once.");
        MmapObject.register(m);
        MmapIterator.register(m);
        m.add("error", Py.builtinType("OSError"));
        for (String pair : CONSTANTS.split(" ")) {
            int eq = pair.indexOf('=');
            m.add(pair.substring(0, eq), Py.integer(Long.parseLong(pair.substring(eq + 1))));
        }
    }
}
