package dev.kaa.stdlib.mmap;

import dev.kaa.ext.BufferSource;
import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;
import java.lang.ref.Cleaner;
import java.math.BigInteger;

/**
 * {@code mmap.mmap}: a file's pages, or anonymous memory, mapped into the process by the C
 * library's {@code mmap} and read and written in place, with a file-like position. The memory
 * is native ({@link MmapNative}) and lent out through the buffer protocol ({@link BufferSource}):
 * {@code memoryview(m)} reads and writes it in place, {@code bytes(m)}, {@code f.write(m)} and
 * {@code re} read it. A view held by a {@code with} block keeps the map from closing or resizing
 * (BufferError, as CPython's); any other view of a closed map raises ValueError when used.
 *
 * <p>Thread safety: GIL-guarded (no method releases the GIL while it touches the memory).
 */
public final class MmapObject extends ExtensionObject implements BufferSource {
    static final int ACCESS_DEFAULT = 0, ACCESS_READ = 1, ACCESS_WRITE = 2, ACCESS_COPY = 3;
    private static final String[] ACCESS_NAMES = {"ACCESS_DEFAULT", "ACCESS_READ", "ACCESS_WRITE", "ACCESS_COPY"};

    /** {@code mmap.mmap}, made when the module is first imported. */
    static volatile PythonType type;

    private final MmapNative.Region region;
    private final Cleaner.Cleanable cleanable;
    private final int access;
    private final long offset;
    private final boolean trackfd;
    private long pos;
    /** Views holding the memory ({@link #bufferExport}): the map may not close or resize meanwhile. */
    private int exports;

    private MmapObject(PythonType cls, MmapNative.Region region, int access, long offset, boolean trackfd) {
        super(cls);
        this.region = region;
        this.cleanable = MmapNative.clean(this, region);
        this.access = access;
        this.offset = offset;
        this.trackfd = trackfd;
    }

    static PythonType register(ModuleDefinition m) {
        type = m.addType("mmap", MmapObject.class, MethodHandles.lookup(), "mmap(fileno, length, flags=MAP_SHARED,"
                + " prot=PROT_WRITE|PROT_READ, access=ACCESS_DEFAULT, offset=0, *, trackfd=True)\n--\n\n"
                + "Maps length bytes of the file open on descriptor fileno from offset (a multiple of\n"
                + "ALLOCATIONGRANULARITY), or the whole file from offset when length is 0; fileno -1 maps\n"
                + "anonymous memory. flags (MAP_SHARED, MAP_PRIVATE …) and prot (PROT_READ, PROT_WRITE …) are\n"
                + "mmap(2)'s, or access says the same in one word: ACCESS_READ, ACCESS_WRITE (changes reach the\n"
                + "file) or ACCESS_COPY (changes stay in this map). With trackfd=False the map keeps no\n"
                + "descriptor of its own, and size() and resize() are unavailable.");
        return type;
    }

    @PyMethod(positionalOnly = 0)
    static Object __new__(PythonType cls, Object fileno, Object length, @Opt Object flags, @Opt Object prot,
            @Opt Object access, @Opt Object offset, @KwOnly @Opt Object trackfd) {
        int fd = intArgument(fileno);
        long size = signedArgument(length, "ssize_t");
        int mapFlags = flags == null ? MmapNative.MAP_SHARED : intArgument(flags);
        int protection = prot == null ? MmapNative.PROT_READ | MmapNative.PROT_WRITE : intArgument(prot);
        int mode = access == null ? ACCESS_DEFAULT : intArgument(access);
        long from = offset == null ? 0 : signedArgument(offset, "long long");
        boolean track = trackfd == null || Py.isTrue(trackfd);
        if (size < 0) {
            throw Py.overflowError("memory mapped length must be positive");
        }
        if (from < 0) {
            throw Py.overflowError("memory mapped offset must be positive");
        }
        if ((mapFlags != MmapNative.MAP_SHARED || protection != (MmapNative.PROT_READ | MmapNative.PROT_WRITE))
                && mode != ACCESS_DEFAULT) {
            throw Py.valueError("mmap can't specify both access and flags, prot.");
        }
        switch (mode) {
            case ACCESS_READ -> {
                mapFlags = MmapNative.MAP_SHARED;
                protection = MmapNative.PROT_READ;
            }
            case ACCESS_WRITE -> {
                mapFlags = MmapNative.MAP_SHARED;
                protection = MmapNative.PROT_READ | MmapNative.PROT_WRITE;
            }
            case ACCESS_COPY -> {
                mapFlags = MmapNative.MAP_PRIVATE;
                protection = MmapNative.PROT_READ | MmapNative.PROT_WRITE;
            }
            case ACCESS_DEFAULT -> {
                boolean writes = (protection & MmapNative.PROT_WRITE) != 0;
                if (!(writes && (protection & MmapNative.PROT_READ) != 0)) {
                    mode = writes ? ACCESS_WRITE : ACCESS_READ;
                }
            }
            default -> throw Py.valueError("mmap invalid access parameter.");
        }
        Py.call(Py.getAttr(Py.importModule("sys"), "audit"), Py.str("mmap.__new__"), Py.integer(fd), Py.integer(size),
                Py.integer(mode), Py.integer(from));
        int nativeFd = -1;
        if (fd != -1) {
            nativeFd = Py.nativeDescriptor(fd);
            if (nativeFd < 0) {
                throw Py.osError(38, null); // ENOSYS: Kaa cannot reach this descriptor's native one
            }
            long fileSize = MmapNative.regularFileSize(nativeFd);
            if (fileSize >= 0) {
                if (size == 0) {
                    if (fileSize == 0) {
                        throw Py.valueError("cannot mmap an empty file");
                    }
                    if (from >= fileSize) {
                        throw Py.valueError("mmap offset is greater than file size");
                    }
                    size = fileSize - from;
                } else if (from > fileSize || fileSize - from < size) {
                    throw Py.valueError("mmap length is greater than file size");
                }
            }
        } else {
            mapFlags |= MmapNative.MAP_ANONYMOUS;
        }
        MmapNative.Region region = new MmapNative.Region(fd != -1 && track ? MmapNative.dup(nativeFd) : -1);
        try {
            region.map(size, protection, mapFlags, nativeFd, from);
        } catch (RuntimeException e) {
            region.run();
            throw e;
        }
        return new MmapObject(cls, region, mode, from, track);
    }

    // ---- state -------------------------------------------------------------------------------

    /** The memory; ValueError once closed. */
    private MemorySegment memory() {
        MemorySegment m = region.memory;
        if (m == null) {
            throw Py.valueError("mmap closed or invalid");
        }
        return m;
    }

    /** The map's length. */
    private long length() {
        return memory().byteSize();
    }

    private void checkWritable() {
        if (access == ACCESS_READ) {
            throw Py.typeError("mmap can't modify a readonly memory map.");
        }
    }

    private byte[] bytes(long from, long count) {
        return memory().asSlice(from, count).toArray(ValueLayout.JAVA_BYTE);
    }

    private void store(long at, byte[] data) {
        MemorySegment.copy(data, 0, memory(), ValueLayout.JAVA_BYTE, at, data.length);
    }

    @PyMethod(doc = "close($self, /)\n--\n\nUnmaps the memory and closes the map's descriptor; later use raises ValueError.")
    void close() {
        if (exports > 0) {
            throw Py.error(Py.builtinType("BufferError"), "cannot close exported pointers exist");
        }
        cleanable.clean();
    }

    // ---- the buffer protocol ------------------------------------------------------------------

    @Override public MemorySegment buffer() {
        return memory();
    }

    @Override public boolean bufferReadonly() {
        return access == ACCESS_READ;
    }

    @Override public void bufferExport(int delta) {
        exports += delta;
    }

    @PyGetter
    boolean closed() {
        return region.memory == null;
    }

    @PyMethod
    Object __enter__() {
        memory();
        return this;
    }

    @PyMethod
    void __exit__(Object type, Object value, Object traceback) {
        close();
    }

    @PyMethod
    long __len__() {
        return length();
    }

    @PyMethod
    String __repr__() {
        String name = Py.typeOf(this) == type ? "mmap.mmap" : Py.typeOf(this).name();
        if (closed()) {
            return "<" + name + " closed=True>";
        }
        return "<" + name + " closed=False, access=" + ACCESS_NAMES[access] + ", length=" + length() + ", pos=" + pos
                + ", offset=" + offset + ">";
    }

    // ---- the file-like face ------------------------------------------------------------------

    @PyMethod(value = "size", doc = "size($self, /)\n--\n\nThe size of the mapped file (not of the map); OSError for anonymous memory.")
    long fileSize() {
        memory();
        long size = MmapNative.fileSize(region.fd);
        java.lang.ref.Reference.reachabilityFence(this); // the cleaner must not close the descriptor meanwhile
        return size;
    }

    @PyMethod(doc = "tell($self, /)\n--\n\nThe current position.")
    long tell() {
        memory();
        return pos;
    }

    @PyMethod(doc = "seekable($self, /)\n--\n\nTrue: a map can always seek.")
    boolean seekable() {
        return true;
    }

    @PyMethod(doc = "seek($self, pos, whence=0, /)\n--\n\n"
            + "Moves the position to pos, counted from the start (whence 0), the current position (1) or\n"
            + "the end (2); gives the new position.")
    long seek(long distance, @Opt("0") int whence) {
        long size = length();
        long where = switch (whence) {
            case 0 -> distance;
            case 1 -> pos + distance;
            case 2 -> size + distance;
            default -> throw Py.valueError("unknown seek type");
        };
        if (where < 0 || where > size) {
            throw Py.valueError("seek out of range");
        }
        pos = where;
        return pos;
    }

    @PyMethod(doc = "read($self, n=None, /)\n--\n\n"
            + "Reads at most n bytes from the position (all up to the end if n is None or negative).")
    Object read(@Opt Object n) {
        memory();
        long count;
        if (n == null || n == Py.none()) {
            count = -1;
        } else if (Py.isInstance(n, Py.builtinType("int")) || Py.hasAttr(n, "__index__")) {
            count = Py.asLong(n);
        } else {
            throw Py.typeError("argument should be integer or None, not '" + Py.typeOf(n).name() + "'");
        }
        long size = length(); // after __index__, which may have closed or resized the map (gh-103987)
        long left = Math.max(0, size - pos);
        count = count < 0 || count > left ? left : count;
        byte[] out = bytes(Math.min(pos, size), count);
        pos += count;
        return Py.bytes(out);
    }

    @PyMethod(doc = "read_byte($self, /)\n--\n\nThe byte at the position, as an int; the position moves on by one.")
    int read_byte() {
        if (pos >= length()) {
            throw Py.valueError("read byte out of range");
        }
        return Byte.toUnsignedInt(memory().get(ValueLayout.JAVA_BYTE, pos++));
    }

    @PyMethod(doc = "readline($self, /)\n--\n\nReads up to and including the next newline, or to the end.")
    Object readline() {
        long size = length();
        if (pos >= size) {
            return Py.bytes(new byte[0]);
        }
        MemorySegment m = memory();
        long end = pos;
        while (end < size && m.get(ValueLayout.JAVA_BYTE, end) != '\n') {
            end++;
        }
        end = Math.min(end + 1, size);
        byte[] out = bytes(pos, end - pos);
        pos = end;
        return Py.bytes(out);
    }

    @PyMethod(doc = "write($self, bytes, /)\n--\n\nWrites the bytes at the position, which moves past them; gives their number.")
    long write(Object data) {
        memory();
        byte[] b = bytesLike(data);
        checkWritable();
        if (pos > length() || length() - pos < b.length) {
            throw Py.valueError("data out of range");
        }
        store(pos, b);
        pos += b.length;
        return b.length;
    }

    @PyMethod(doc = "write_byte($self, byte, /)\n--\n\nWrites one byte (an int) at the position, which moves on by one.")
    void write_byte(Object value) {
        memory();
        long v = Py.asLong(value);
        if (v < 0) {
            throw Py.overflowError("unsigned byte integer is less than minimum");
        }
        if (v > 255) {
            throw Py.overflowError("unsigned byte integer is greater than maximum");
        }
        checkWritable();
        if (pos >= length()) {
            throw Py.valueError("write byte out of range");
        }
        memory().set(ValueLayout.JAVA_BYTE, pos++, (byte) v);
    }

    // ---- searching and moving ----------------------------------------------------------------

    @PyMethod(doc = "find($self, sub, start=<position>, end=<size>, /)\n--\n\n"
            + "The lowest index of sub within [start, end), or -1.")
    long find(Object sub, @Opt Object start, @Opt Object end) {
        return search(sub, start, end, false);
    }

    @PyMethod(doc = "rfind($self, sub, start=<position>, end=<size>, /)\n--\n\n"
            + "The highest index of sub within [start, end), or -1.")
    long rfind(Object sub, @Opt Object start, @Opt Object end) {
        return search(sub, start, end, true);
    }

    private long search(Object sub, Object start, Object end, boolean reverse) {
        memory();
        byte[] needle = bytesLike(sub);
        Long first = start == null || start == Py.none() ? null : Py.asLong(start);
        Long last = end == null || end == Py.none() ? null : Py.asLong(end);
        long size = length();
        long from = clamp(first == null ? pos : first, size);
        long to = clamp(last == null ? size : last, size);
        if (to - from < needle.length) {
            return -1;
        }
        byte[] hay = bytes(from, to - from);
        int top = hay.length - needle.length;
        for (int k = 0; k <= top; k++) {
            int i = reverse ? top - k : k;
            if (matchesAt(hay, i, needle)) {
                return from + i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(byte[] hay, int at, byte[] needle) {
        for (int j = 0; j < needle.length; j++) {
            if (hay[at + j] != needle[j]) {
                return false;
            }
        }
        return true;
    }

    /** A bound of find's range: negative counts from the end; clamped to [0, size]. */
    private static long clamp(long bound, long size) {
        if (bound < 0) {
            bound += size;
        }
        return Math.max(0, Math.min(bound, size));
    }

    @PyMethod(doc = "move($self, dest, src, count, /)\n--\n\nCopies count bytes from offset src to offset dest (they may overlap).")
    void move(long dest, long src, long count) {
        long size = length();
        checkWritable();
        if (dest < 0 || src < 0 || count < 0 || size - dest < count || size - src < count) {
            throw Py.valueError("source, destination, or count out of range");
        }
        MemorySegment m = memory();
        MemorySegment.copy(m, src, m, dest, count);
    }

    @PyMethod(doc = "flush($self, offset=0, size=<length>, /)\n--\n\n"
            + "Writes changes in [offset, offset + size) back to the file (msync); offset must be a\n"
            + "multiple of PAGESIZE. Nothing to do for ACCESS_READ and ACCESS_COPY maps.")
    void flush(@Opt("0") long from, @Opt Object count) {
        memory();
        Long given = count == null ? null : Py.asLong(count);
        long size = length();
        long n = given == null ? size : given;
        if (n < 0 || from < 0 || size - from < n) {
            throw Py.valueError("flush values out of range");
        }
        if (access == ACCESS_READ || access == ACCESS_COPY) {
            return;
        }
        MmapNative.sync(memory(), from, n);
    }

    @PyMethod(doc = "madvise($self, option, start=0, length=<rest>, /)\n--\n\n"
            + "Advises the kernel how [start, start + length) will be used (a MADV_* constant).")
    void madvise(int option, @Opt("0") long start, @Opt Object length) {
        long size = length();
        if (start < 0 || start >= size) {
            throw Py.valueError("madvise start out of bounds");
        }
        long n = length == null ? size - start : Py.asLong(length);
        size = length();
        if (start >= size) {
            throw Py.valueError("madvise start out of bounds");
        }
        if (n < 0) {
            throw Py.valueError("madvise length invalid");
        }
        if (Long.MAX_VALUE - start < n) {
            throw Py.overflowError("madvise length too large");
        }
        MmapNative.advise(memory(), start, Math.min(n, size - start), option);
    }

    @PyMethod(doc = "resize($self, newsize, /)\n--\n\n"
            + "Changes the map's length to newsize, and the file's (from the map's offset) to match.")
    void resize(long newSize) {
        memory();
        if (exports > 0) {
            throw Py.error(Py.builtinType("BufferError"), "mmap can't resize with extant buffers exported.");
        }
        if (access == ACCESS_READ || access == ACCESS_COPY) {
            throw Py.typeError("mmap can't resize a readonly or copy-on-write memory map.");
        }
        if (!trackfd) {
            throw Py.valueError("mmap can't resize with trackfd=False.");
        }
        if (newSize < 0 || Long.MAX_VALUE - newSize < offset) {
            throw Py.valueError("new size out of range");
        }
        if (newSize == 0) {
            throw Py.osError(22, null); // mremap(2) refuses an empty mapping: EINVAL, as CPython reports it
        }
        if (region.fd >= 0) {
            MmapNative.truncate(region.fd, offset + newSize);
        }
        region.remap(newSize);
        java.lang.ref.Reference.reachabilityFence(this); // the cleaner must not close the descriptor meanwhile
    }

    // ---- the sequence face -------------------------------------------------------------------

    @PyMethod
    Object __getitem__(Object key) {
        memory();
        if (isIndex(key)) {
            long i = Py.asLong(key);
            return Py.integer(Byte.toUnsignedInt(memory().get(ValueLayout.JAVA_BYTE, index(i, length()))));
        }
        if (!Py.isInstance(key, Py.builtinType("slice"))) {
            throw Py.typeError("mmap indices must be integers");
        }
        long[] s = slice(key);
        if (s[2] == 1) {
            return Py.bytes(bytes(s[0], s[3]));
        }
        byte[] out = new byte[(int) s[3]];
        MemorySegment m = memory();
        for (int k = 0; k < out.length; k++) {
            out[k] = m.get(ValueLayout.JAVA_BYTE, s[0] + k * s[2]);
        }
        return Py.bytes(out);
    }

    @PyMethod
    void __setitem__(Object key, Object value) {
        memory();
        checkWritable();
        if (isIndex(key)) {
            long i = index(Py.asLong(key), length());
            if (!isIndex(value)) {
                throw Py.typeError("mmap item value must be an int");
            }
            long v = Py.asLong(value);
            if (v < 0 || v > 255) {
                throw Py.valueError("mmap item value must be in range(0, 256)");
            }
            memory().set(ValueLayout.JAVA_BYTE, index(i, length()), (byte) v);
            return;
        }
        if (!Py.isInstance(key, Py.builtinType("slice"))) {
            throw Py.typeError("mmap indices must be integer");
        }
        byte[] data = bytesLike(value);
        long[] s = slice(key);
        if (data.length != s[3]) {
            throw Py.indexError("mmap slice assignment is wrong size");
        }
        if (s[2] == 1) {
            store(s[0], data);
            return;
        }
        MemorySegment m = memory();
        for (int k = 0; k < data.length; k++) {
            m.set(ValueLayout.JAVA_BYTE, s[0] + k * s[2], data[k]);
        }
    }

    @PyMethod
    void __delitem__(Object key) {
        memory();
        checkWritable();
        throw Py.typeError(Py.isInstance(key, Py.builtinType("slice")) ? "mmap object doesn't support slice deletion"
                : "mmap doesn't support item deletion");
    }

    @PyMethod
    Object __iter__() {
        memory();
        return new MmapIterator(MmapIterator.type, this);
    }

    /** Byte {@code i} as a bytes of length 1, for iteration; null past the end. */
    Object itemAt(long i) {
        if (i >= length()) {
            return null;
        }
        return Py.bytes(new byte[] {memory().get(ValueLayout.JAVA_BYTE, i)});
    }

    /** An item index, negative ones counted from the end; IndexError outside the map. */
    private static long index(long i, long size) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw Py.indexError("mmap index out of range");
        }
        return i;
    }

    private static boolean isIndex(Object o) {
        return Py.isInstance(o, Py.builtinType("int")) || Py.hasAttr(o, "__index__");
    }

    /**
     * {@code slice.indices(len(self))} and the slice's length: {start, stop, step, length}. The
     * slice's bounds may run {@code __index__} methods that close or resize the map (gh-103987):
     * the answer is for the map as they left it.
     */
    private long[] slice(Object key) {
        long size = length();
        Object t = Py.callMethod(key, "indices", Py.integer(size));
        if (length() != size) {
            t = Py.callMethod(key, "indices", Py.integer(length()));
        }
        long start = Py.asLong(Py.getItem(t, Py.integer(0)));
        long stop = Py.asLong(Py.getItem(t, Py.integer(1)));
        long step = Py.asLong(Py.getItem(t, Py.integer(2)));
        long length = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0)
                : (stop < start ? (start - stop - 1) / -step + 1 : 0);
        return new long[] {start, stop, step, length};
    }

    /** The bytes of a bytes-like argument, with the TypeError a non-buffer gets. */
    private static byte[] bytesLike(Object o) {
        if (Py.isInstance(o, Py.builtinType("str")) || Py.isInstance(o, Py.builtinType("int"))) {
            throw Py.typeError("a bytes-like object is required, not '" + Py.typeOf(o).name() + "'");
        }
        return Py.asBytes(o);
    }

    /** A C {@code int} argument: an integer, or OverflowError with CPython's words. */
    private static int intArgument(Object o) {
        long v = signedArgument(o, "long");
        if (v > Integer.MAX_VALUE) {
            throw Py.overflowError("signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Py.overflowError("signed integer is less than minimum");
        }
        return (int) v;
    }

    /** A 64-bit C integer argument named {@code cType} in the OverflowError CPython gives. */
    private static long signedArgument(Object o, String cType) {
        BigInteger v = Py.asBigInteger(o);
        if (v.bitLength() > 63) {
            throw Py.overflowError("Python int too large to convert to C " + cType);
        }
        return v.longValue();
    }
}
