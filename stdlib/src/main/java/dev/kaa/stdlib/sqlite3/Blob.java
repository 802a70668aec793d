package dev.kaa.stdlib.sqlite3;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.lang.foreign.MemorySegment;
import java.lang.ref.WeakReference;

/**
 * {@code sqlite3.Blob}: incremental I/O on one BLOB value ({@code Connection.blobopen}), as a
 * file of fixed length ({@code read}, {@code write}, {@code seek}, {@code tell}) and as a
 * sequence of bytes ({@code len}, indexing and slicing, item and slice assignment).
 *
 * <p>Thread safety: GIL-guarded, with its connection's thread check.
 */
public final class Blob extends ExtensionObject {
    static volatile PythonType type;

    private final Connection connection;
    private MemorySegment blob;
    private int offset;

    private Blob(PythonType cls, Connection connection, MemorySegment blob) {
        super(cls);
        this.connection = connection;
        this.blob = blob;
    }

    static Object open(Connection c, String table, String column, long row, boolean readonly, String name) {
        MemorySegment[] out = new MemorySegment[1];
        int rc = Sqlite.blobOpen(c.handle(), name, table, column, row, !readonly, out);
        if (rc != Sqlite.OK) {
            throw Errors.fromDb(c.handle());
        }
        Blob b = new Blob(type, c, out[0]);
        c.blobs.add(new WeakReference<>(b));
        return b;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create 'sqlite3.Blob' instances");
    }

    private void check() {
        connection.check();
        if (blob == null) {
            throw Errors.programming("Cannot operate on a closed blob.");
        }
    }

    void closeQuietly() {
        if (blob != null) {
            try (Connection.Held held = connection.lock()) {
                Sqlite.blobClose(blob);
            }
            blob = null;
        }
    }

    @PyMethod(doc = "Close the blob.")
    void close() {
        connection.check();
        closeQuietly();
    }

    private int length() {
        return Sqlite.blobBytes(blob);
    }

    private byte[] readAt(int at, int n) {
        byte[] data = new byte[n];
        if (n > 0) {
            int rc;
            try (Connection.Held held = connection.lock()) {
                rc = Gil.released(() -> Sqlite.blobRead(blob, data, at));
            }
            if (rc != Sqlite.OK) {
                throw Errors.fromDb(connection.handle());
            }
        }
        return data;
    }

    private void writeAt(int at, byte[] data) {
        int rc;
        try (Connection.Held held = connection.lock()) {
            rc = Gil.released(() -> Sqlite.blobWrite(blob, data, at));
        }
        if (rc != Sqlite.OK) {
            throw Errors.fromDb(connection.handle());
        }
    }

    @PyMethod(doc = "Read data at the current offset position.")
    Object read(@Opt("-1") int length) {
        check();
        int left = length() - offset;
        int n = length < 0 || length > left ? left : length;
        byte[] data = readAt(offset, Math.max(0, n));
        offset += data.length;
        return Py.bytes(data);
    }

    @PyMethod(doc = "Write data at the current offset.")
    void write(Object data) {
        byte[] bytes = Py.asBytes(data);
        check();
        if (bytes.length > length() - offset) {
            throw Py.valueError("data longer than blob length");
        }
        writeAt(offset, bytes);
        offset += bytes.length;
    }

    @PyMethod(doc = "Set the current access position to offset.")
    void seek(int offset, @Opt("0") int origin) {
        check();
        long base = switch (origin) {
            case 0 -> 0;
            case 1 -> this.offset;
            case 2 -> length();
            default -> throw Py.valueError("'origin' should be os.SEEK_SET, os.SEEK_CUR, or os.SEEK_END");
        };
        long at = base + offset;
        if (at > Integer.MAX_VALUE) {
            throw Py.overflowError("seek offset results in overflow");
        }
        if (at < 0 || at > length()) {
            throw Py.valueError("offset out of blob range");
        }
        this.offset = (int) at;
    }

    @PyMethod(doc = "Return the current access position for the blob.")
    int tell() {
        check();
        return offset;
    }

    @PyMethod(doc = "Blob context manager enter.")
    Object __enter__() {
        check();
        return this;
    }

    @PyMethod(doc = "Blob context manager exit.")
    Object __exit__(Object type, Object value, Object traceback) {
        check();
        close();
        return Py.bool(false);
    }

    @PyMethod
    long __len__() {
        check();
        return length();
    }

    /** The index {@code i} counted from the start, IndexError if out of range. */
    private int index(Object key) {
        java.math.BigInteger big = Py.asBigInteger(key);
        if (big.bitLength() > 63) {
            throw Py.indexError("cannot fit 'int' into an index-sized integer");
        }
        long i = big.longValue();
        int n = length();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Py.indexError("Blob index out of range");
        }
        return (int) i;
    }

    /** {@code slice.indices(len(blob))} as start, stop, step, length. */
    private long[] slice(Object key) {
        Object t = Py.callMethod(key, "indices", Py.integer(length()));
        long start = Py.asLong(Py.getItem(t, Py.integer(0))), stop = Py.asLong(Py.getItem(t, Py.integer(1)));
        long step = Py.asLong(Py.getItem(t, Py.integer(2)));
        long n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                : (stop < start ? (start - stop - step - 1) / -step : 0);
        return new long[] {start, stop, step, n};
    }

    private boolean isSlice(Object key) {
        return Py.typeOf(key) == Py.builtinType("slice");
    }

    @PyMethod
    Object __getitem__(Object key) {
        check();
        if (Py.isInstance(key, Values.intType) || Py.hasAttr(Py.typeOf(key), "__index__")) {
            return Py.integer(readAt(index(key), 1)[0] & 0xff);
        }
        if (!isSlice(key)) {
            throw Py.typeError("Blob indices must be integers");
        }
        long[] s = slice(key);
        if (s[3] == 0) {
            return Py.bytes(new byte[0]);
        }
        if (s[2] == 1) {
            return Py.bytes(readAt((int) s[0], (int) s[3]));
        }
        byte[] all = readAt(0, length());
        byte[] out = new byte[(int) s[3]];
        for (int i = 0; i < out.length; i++) {
            out[i] = all[(int) (s[0] + i * s[2])];
        }
        return Py.bytes(out);
    }

    @PyMethod
    void __setitem__(Object key, Object value) {
        check();
        if (Py.isInstance(key, Values.intType) || Py.hasAttr(Py.typeOf(key), "__index__")) {
            int at = index(key);
            if (!Py.isInstance(value, Values.intType)) {
                throw Py.typeError("'" + Values.typeName(value) + "' object cannot be interpreted as an integer");
            }
            java.math.BigInteger big = Py.asBigInteger(value);
            long v = big.bitLength() > 31 ? -1 : big.longValue();
            if (v < 0 || v > 255) {
                throw Py.valueError("byte must be in range(0, 256)");
            }
            writeAt(at, new byte[] {(byte) v});
            return;
        }
        if (!isSlice(key)) {
            throw Py.typeError("Blob indices must be integers");
        }
        byte[] data = Py.asBytes(value);
        long[] s = slice(key);
        if (data.length != s[3]) {
            throw Py.indexError("Blob slice assignment is wrong size");
        }
        if (s[3] == 0) {
            return;
        }
        if (s[2] == 1) {
            writeAt((int) s[0], data);
            return;
        }
        byte[] all = readAt(0, length());
        for (int i = 0; i < data.length; i++) {
            all[(int) (s[0] + i * s[2])] = data[i];
        }
        writeAt(0, all);
    }

    @PyMethod
    Object __iter__() {
        throw Py.typeError("'sqlite3.Blob' object is not iterable");
    }

    @PyMethod
    boolean __contains__(Object value) {
        throw Py.typeError("argument of type 'sqlite3.Blob' is not iterable");
    }

    @PyMethod
    void __delitem__(Object key) {
        check();
        throw Py.typeError("Blob doesn't support item deletion");
    }
}
