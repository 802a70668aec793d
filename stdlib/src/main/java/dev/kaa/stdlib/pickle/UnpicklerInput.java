package dev.kaa.stdlib.pickle;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;

/**
 * Where an unpickler reads: the bytes given to {@code loads}, or a file read as the pickle asks,
 * never past its end (a frame is read whole), so that a file holding several pickles is left
 * at the next one.
 *
 * <p>Thread safety: confined to its unpickler (GIL-guarded).
 */
final class UnpicklerInput {
    private static final byte[] EMPTY = new byte[0];

    private byte[] data;
    private int pos;
    private int limit;
    /** {@code file.read} and {@code file.readline}, or null when reading bytes. */
    private final Object read, readline;

    private UnpicklerInput(byte[] data, Object read, Object readline) {
        this.data = data;
        this.limit = data.length;
        this.read = read;
        this.readline = readline;
    }

    static UnpicklerInput ofBytes(byte[] data) {
        return new UnpicklerInput(data, null, null);
    }

    static UnpicklerInput ofFile(Object file) {
        Object read = Pickler.optionalAttr(file, "read");
        Object readline = Pickler.optionalAttr(file, "readline");
        if (read == null || readline == null) {
            throw Py.typeError("file must have 'read' and 'readline' attributes");
        }
        return new UnpicklerInput(EMPTY, read, readline);
    }

    private static PythonException truncated() {
        return Py.error(PickleModule.unpicklingError, "pickle data was truncated");
    }

    /** The next opcode, or -1 at the end of the input. */
    int opcode() {
        if (pos < limit) {
            return data[pos++] & 0xff;
        }
        if (read == null) {
            return -1;
        }
        byte[] b = fromFile(1);
        return b.length == 0 ? -1 : b[0] & 0xff;
    }

    int readByte() {
        if (pos < limit) {
            return data[pos++] & 0xff;
        }
        return read(1)[0] & 0xff;
    }

    byte[] read(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw truncated();
        }
        int k = (int) n;
        if (limit - pos >= k) {
            byte[] r = new byte[k];
            System.arraycopy(data, pos, r, 0, k);
            pos += k;
            return r;
        }
        if (read == null) {
            throw truncated();
        }
        int have = limit - pos;
        byte[] rest = fromFile(k - have);
        if (rest.length < k - have) {
            throw truncated();
        }
        byte[] r = new byte[k];
        System.arraycopy(data, pos, r, 0, have);
        System.arraycopy(rest, 0, r, have, rest.length);
        pos = limit;
        return r;
    }

    /** A little-endian unsigned integer of {@code width} bytes (up to 8). */
    long readUnsigned(int width) {
        byte[] b = read(width);
        long v = 0;
        for (int i = width - 1; i >= 0; i--) {
            v = (v << 8) | (b[i] & 0xff);
        }
        return v;
    }

    /** A line, with its newline: truncated data when there is none. */
    byte[] readLine() {
        for (int i = pos; i < limit; i++) {
            if (data[i] == '\n') {
                byte[] r = new byte[i + 1 - pos];
                System.arraycopy(data, pos, r, 0, r.length);
                pos = i + 1;
                return r;
            }
        }
        if (read == null || pos < limit) {
            throw truncated();
        }
        byte[] line = Py.asBytes(Py.call(readline));
        if (line.length == 0 || line[line.length - 1] != '\n') {
            throw truncated();
        }
        return line;
    }

    /** A FRAME of {@code n} bytes: from a file, read it whole now. */
    void frame(long n) {
        if (read == null) {
            if (n > limit - pos) {
                throw truncated();
            }
            return;
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw Py.valueError("frame size > sys.maxsize: " + n);
        }
        byte[] f = fromFile((int) n);
        if (f.length < n) {
            throw truncated();
        }
        int have = limit - pos;
        byte[] joined = new byte[have + f.length];
        System.arraycopy(data, pos, joined, 0, have);
        System.arraycopy(f, 0, joined, have, f.length);
        data = joined;
        pos = 0;
        limit = joined.length;
    }

    private byte[] fromFile(int n) {
        Object got = Py.call(read, Py.integer(n));
        if (!Py.isInstance(got, Py.builtinType("bytes")) && !Py.isInstance(got, Py.builtinType("bytearray"))) {
            throw Py.valueError("read() returned non-bytes object (" + Py.typeOf(got).name() + ")");
        }
        return Py.asBytes(got);
    }
}
