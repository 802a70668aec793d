package dev.kaa.bytecode.marshal;

import static dev.kaa.bytecode.marshal.TypeCode.*;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads one object of {@code marshal} data, accepting every type code CPython 3.13's reader
 * accepts. Every fault is a {@link MarshalFormatException} naming the source and offset.
 *
 * <p>No input costs more than memory linear in its size: every size is checked against the bytes
 * that remain before anything is allocated, container capacity is reserved in small steps, and
 * the copies code objects make of shared (back-referenced) objects are bounded. Nesting stops at
 * CPython's limit (2000); {@link DeepNesting} gives deep data a stack that can hold it.
 *
 * <p>When asked to, the reader records an {@link EncodingTrace}: each type byte (with its
 * {@code FLAG_REF} bit) in the order met, and the index of each back reference.
 *
 * <p>Thread safety: confined (one reader per call).
 */
final class MarshalReader {
    /** Marks a reference-table slot whose object (a container) is still being read. */
    private static final Object RESERVED = new Object();
    /** What {@code '0'} reads as; it is a value only as the end of a dict. */
    private static final Object NULL_OBJECT = new Object();

    private byte[] data;
    private int end;
    /** Where more bytes come from ({@code marshal.load}), or null when {@code data} is all. */
    private final Marshal.ByteSource stream;
    private final String source;
    private final int maxDepth;
    private final List<Object> refs = new ArrayList<>();
    private final int begin;
    private int pos;
    private int depth;
    private long copied;
    private int[] trace;
    private int traceSize;
    private Set<Object> internedStrings;

    /**
     * @param maxDepth the nesting allowed: {@link TypeCode#MAX_DEPTH}, or a smaller budget whose
     *        excess throws {@link DeepNesting.TooDeep} so the caller can retry with more stack
     */
    MarshalReader(byte[] data, int offset, int length, String source, boolean recordTrace, int maxDepth) {
        this(data, offset, length, source, recordTrace, maxDepth, null);
    }

    /** A reader that pulls its bytes from {@code stream} as it needs them. */
    MarshalReader(Marshal.ByteSource stream) {
        this(new byte[0], 0, 0, null, false, MAX_DEPTH, stream);
    }

    private MarshalReader(byte[] data, int offset, int length, String source, boolean recordTrace, int maxDepth,
            Marshal.ByteSource stream) {
        if (offset < 0 || length < 0 || offset > data.length - length) {
            throw new IndexOutOfBoundsException("offset " + offset + ", length " + length + ", size " + data.length);
        }
        this.stream = stream;
        this.data = data;
        this.pos = offset;
        this.begin = offset;
        this.end = offset + length;
        this.source = source;
        this.maxDepth = maxDepth;
        this.trace = recordTrace ? new int[64] : null;
    }

    /** Asks the reader to note the strings read with an interned type code. */
    MarshalReader noteInterned() {
        internedStrings = Collections.newSetFromMap(new IdentityHashMap<>());
        return this;
    }

    /** Reads the top-level object. */
    Object readTop() {
        Object v = readObject();
        if (v == NULL_OBJECT) {
            throw error("TypeError", "NULL object in marshal data for object", pos - 1);
        }
        return v;
    }

    int position() {
        return pos;
    }

    EncodingTrace trace() {
        return new EncodingTrace(Arrays.copyOf(trace, traceSize));
    }

    private void record(int entry) {
        if (trace != null) {
            if (traceSize == trace.length) {
                trace = Arrays.copyOf(trace, traceSize * 2);
            }
            trace[traceSize++] = entry;
        }
    }

    private Object readObject() {
        int start = pos;
        if (depth >= maxDepth) {
            if (maxDepth < MAX_DEPTH) {
                throw new DeepNesting.TooDeep();
            }
            throw error("ValueError", "recursion limit exceeded", start);
        }
        if (!available(1)) {
            throw eof("EOF read where object expected", start);
        }
        int code = data[pos++] & 0xff;
        record(code);
        int type = code & ~FLAG_REF;
        boolean flag = (code & FLAG_REF) != 0 && takesRef(type);
        depth++;
        try {
            return switch (type) {
                case NULL -> NULL_OBJECT;
                case NONE -> Constant.NONE;
                case FALSE -> Boolean.FALSE;
                case TRUE -> Boolean.TRUE;
                case STOPITER -> Constant.STOP_ITERATION;
                case ELLIPSIS -> Constant.ELLIPSIS;
                case INT -> leaf(flag, (long) readInt());
                case LONG -> leaf(flag, readLong());
                case INT64 -> leaf(flag, readInt64());
                case FLOAT -> leaf(flag, readTextFloat());
                case BINARY_FLOAT -> leaf(flag, readBinaryFloat());
                case COMPLEX -> leaf(flag, readTextComplex());
                case BINARY_COMPLEX -> leaf(flag, new Constant.Complex(readBinaryFloat(), readBinaryFloat()));
                case STRING -> leaf(flag, new Constant.Bytes(readBytes(readSize("bytes object"))));
                case UNICODE -> leaf(flag, readUtf8(readSize("string")));
                case INTERNED -> leaf(flag, interned(readUtf8(readSize("string"))));
                case ASCII -> leaf(flag, readLatin1(readSize("string")));
                case ASCII_INTERNED -> leaf(flag, interned(readLatin1(readSize("string"))));
                case SHORT_ASCII -> leaf(flag, readLatin1(readByte()));
                case SHORT_ASCII_INTERNED -> leaf(flag, interned(readLatin1(readByte())));
                case REF -> readRef(start);
                case TUPLE -> readTuple(flag, readSize("tuple"));
                case SMALL_TUPLE -> readTuple(flag, readByte());
                case LIST -> readList(flag);
                case DICT -> readDict(flag);
                case SET -> readSet(flag, false);
                case FROZENSET -> readSet(flag, true);
                case CODE -> readCode(flag);
                case SLICE -> readSlice(flag);
                default -> throw error("ValueError", "bad marshal data (unknown type code)", start);
            };
        } finally {
            depth--;
        }
    }

    /**
     * Notes a string read with an interned type code, so that {@code marshal.loads} can intern it.
     * Each string read is a new Java object, so identity tells the occurrences apart.
     */
    private Object interned(Object s) {
        if (internedStrings != null) {
            internedStrings.add(s);
        }
        return s;
    }

    /** The strings read with an interned type code, by identity; null unless asked for. */
    Set<Object> internedStrings() {
        return internedStrings;
    }

    private Object leaf(boolean flag, Object value) {
        if (flag) {
            refs.add(value);
        }
        return value;
    }

    private int reserve(boolean flag) {
        if (!flag) {
            return -1;
        }
        refs.add(RESERVED);
        return refs.size() - 1;
    }

    private Object fill(int slot, Object value) {
        if (slot >= 0) {
            refs.set(slot, value);
        }
        return value;
    }

    private Object readRef(int start) {
        int index = readInt();
        record(index);
        if (index < 0 || index >= refs.size() || refs.get(index) == RESERVED) {
            throw error("ValueError", "bad marshal data (invalid reference)", start);
        }
        return refs.get(index);
    }

    /** A child that must be a real object (not the {@code '0'} marker). */
    private Object readItem(String container) {
        int start = pos;
        Object v = readObject();
        if (v == NULL_OBJECT) {
            throw error("TypeError", "NULL object in marshal data for " + container, start);
        }
        return v;
    }

    /**
     * The room to reserve for {@code n} items: capped, because every enclosing container may
     * claim as many items as there are bytes left, and reserving all of that at each of 2000
     * levels would take memory quadratic in the input. The list grows as items really arrive.
     */
    private static int capacity(int n) {
        return Math.min(n, 256);
    }

    /** Checks that {@code count} objects (at least one byte each) can still follow. */
    private void needItems(long count) {
        if (stream == null && count > end - pos) {
            throw eof("EOF read where object expected", end);
        }
    }

    private Object readTuple(boolean flag, int n) {
        needItems(n);
        int slot = reserve(flag);
        List<Object> items = new ArrayList<>(capacity(n));
        for (int i = 0; i < n; i++) {
            items.add(readItem("tuple"));
        }
        return fill(slot, new Constant.Tuple(items));
    }

    // Lists, dicts and sets enter the reference table before their items are read, as in CPython,
    // so an item may refer back to its container (a list that contains itself).

    private Object readList(boolean flag) {
        int n = readSize("list");
        needItems(n);
        MarshalList list = new MarshalList();
        leaf(flag, list);
        for (int i = 0; i < n; i++) {
            list.add(readItem("list"));
        }
        return list;
    }

    private Object readDict(boolean flag) {
        MarshalDict dict = new MarshalDict();
        leaf(flag, dict);
        while (true) {
            Object key = readObject();
            if (key == NULL_OBJECT) {
                break;
            }
            Object value = readObject();
            if (value == NULL_OBJECT) {
                break; // CPython drops the key and ends the dict here
            }
            dict.put(key, value);
        }
        return dict;
    }

    private Object readSet(boolean flag, boolean frozen) {
        int n = readSize("set");
        needItems(n);
        if (!frozen) {
            MarshalSet set = new MarshalSet();
            leaf(flag, set);
            for (int i = 0; i < n; i++) {
                set.add(readItem("set"));
            }
            return set;
        }
        int slot = reserve(flag);
        List<Object> items = new ArrayList<>(capacity(n));
        for (int i = 0; i < n; i++) {
            items.add(readItem("set"));
        }
        return fill(slot, new Constant.FrozenSet(items));
    }

    private Object readSlice(boolean flag) {
        int slot = reserve(flag);
        Object start = readItem("slice");
        Object stop = readItem("slice");
        Object step = readItem("slice");
        return fill(slot, new Constant.Slice(start, stop, step));
    }

    private Object readCode(boolean flag) {
        int slot = reserve(flag);
        int argcount = readInt();
        int posonlyargcount = readInt();
        int kwonlyargcount = readInt();
        int stacksize = readInt();
        int flags = readInt();
        Constant.Bytes code = field(Constant.Bytes.class, "co_code", "bytes");
        Constant.Tuple consts = field(Constant.Tuple.class, "co_consts", "tuple");
        List<String> names = strings(field(Constant.Tuple.class, "co_names", "tuple"), "co_names");
        int kindsAt = pos;
        List<String> localsplusnames = strings(field(Constant.Tuple.class, "co_localsplusnames", "tuple"),
                "co_localsplusnames");
        Constant.Bytes kinds = field(Constant.Bytes.class, "co_localspluskinds", "bytes");
        String filename = field(String.class, "co_filename", "str");
        String name = field(String.class, "co_name", "str");
        String qualname = field(String.class, "co_qualname", "str");
        int firstlineno = readInt();
        Constant.Bytes linetable = field(Constant.Bytes.class, "co_linetable", "bytes");
        Constant.Bytes exceptiontable = field(Constant.Bytes.class, "co_exceptiontable", "bytes");
        if (kinds.length() != localsplusnames.size()) {
            throw error("ValueError", "code: co_localsplusnames and co_localspluskinds differ in length", kindsAt);
        }
        if (code.length() % 2 != 0 || argcount < 0 || posonlyargcount < 0 || kwonlyargcount < 0
                || stacksize < 0 || argcount < posonlyargcount) {
            throw error("ValueError", "code: bad arguments to code object", kindsAt);
        }
        chargeCopies(code.length() + kinds.length() + linetable.length() + exceptiontable.length()
                + 8L * (consts.items().size() + names.size() + localsplusnames.size()), kindsAt);
        CodeObject co = new CodeObject(argcount, posonlyargcount, kwonlyargcount, stacksize, flags,
                code.value(), consts.items(), names, localsplusnames, kinds.value(), filename, name,
                qualname, firstlineno, linetable.value(), exceptiontable.value());
        return fill(slot, co);
    }

    /**
     * Counts what building a code object copies. Back references let many code objects share one
     * large bytes or tuple object, and each code object keeps its own copy, so without a bound a
     * small file could ask for unbounded memory. The bound is far above anything a compiler
     * writes: eight times the data plus a megabyte.
     */
    private void chargeCopies(long amount, int offset) {
        copied += amount;
        if (copied > 8L * (end - begin) + (1 << 20)) {
            throw error("ValueError", "bad marshal data (code objects larger than the data allows)", offset);
        }
    }

    private <T> T field(Class<T> kind, String fieldName, String typeName) {
        int start = pos;
        Object v = readItem("code object");
        if (!kind.isInstance(v)) {
            throw error("TypeError", "code: " + fieldName + " must be a " + typeName, start);
        }
        return kind.cast(v);
    }

    private List<String> strings(Constant.Tuple tuple, String fieldName) {
        List<String> out = new ArrayList<>(tuple.items().size());
        for (Object item : tuple.items()) {
            if (!(item instanceof String s)) {
                throw error("TypeError", "code: " + fieldName + " must be a tuple of str", pos);
            }
            out.add(s);
        }
        return out;
    }

    // --- scalars -------------------------------------------------------------------------------

    /**
     * Whether {@code n} more bytes are there, asking the stream for exactly the missing ones as
     * CPython's reader asks its file (a reader that returns more than it was asked for fails).
     */
    private boolean available(long n) {
        if (end - pos >= n) {
            return true;
        }
        if (stream == null || n > Integer.MAX_VALUE - 8) {
            return false;
        }
        int missing = (int) (n - (end - pos));
        byte[] more = stream.read(missing);
        if (end + more.length > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, end + more.length));
        }
        System.arraycopy(more, 0, data, end, more.length);
        end += more.length;
        return more.length == missing;
    }

    /** The message for data that ends too soon: a stream words it as CPython's file reader does. */
    private String shortData(String message) {
        return stream == null ? message : "EOF read where not expected";
    }

    private int readByte() {
        if (!available(1)) {
            throw eof(shortData("EOF read where object expected"), pos);
        }
        return data[pos++] & 0xff;
    }

    private int readInt() {
        if (!available(4)) {
            throw eof(shortData("marshal data too short"), end);
        }
        int v = (data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8 | (data[pos + 2] & 0xff) << 16
                | (data[pos + 3] & 0xff) << 24;
        pos += 4;
        return v;
    }

    /** A 32-bit size, which CPython rejects when negative. */
    private int readSize(String what) {
        int start = pos;
        int n = readInt();
        if (n < 0) {
            throw error("ValueError", "bad marshal data (" + what + " size out of range)", start);
        }
        return n;
    }

    private byte[] readBytes(int n) {
        if (!available(n)) {
            throw eof(shortData("marshal data too short"), end);
        }
        byte[] out = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return out;
    }

    private String readLatin1(int n) {
        if (!available(n)) {
            throw eof(shortData("marshal data too short"), end);
        }
        String s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
        pos += n;
        return s;
    }

    /** A UTF-8 string: a {@link String}, or a {@link Constant.Str} (surrogatepass pairs). */
    private Object readUtf8(int n) {
        if (!available(n)) {
            throw eof(shortData("marshal data too short"), end);
        }
        try {
            Object s = SurrogatePassUtf8.decode(data, pos, n);
            pos += n;
            return s;
        } catch (SurrogatePassUtf8.DecodeError e) {
            throw error("UnicodeDecodeError", e.pythonMessage(), pos + e.position);
        }
    }

    private Object readLong() {
        int start = pos;
        int n = readInt();
        if (n == Integer.MIN_VALUE) {
            throw error("ValueError", "bad marshal data (long size out of range)", start);
        }
        int count = Math.abs(n);
        if (!available((long) count * 2)) {
            throw eof(shortData("marshal data too short"), end);
        }
        if (count == 0) {
            return 0L;
        }
        // Digits are 15 bits, least significant first; pack them into a big-endian magnitude.
        int[] digits = new int[count];
        for (int i = 0; i < count; i++) {
            int d = (data[pos] & 0xff) | (data[pos + 1] & 0xff) << 8;
            if (d > 0x7fff) {
                throw error("ValueError", "bad marshal data (digit out of range in long)", pos);
            }
            digits[i] = d;
            pos += 2;
        }
        if (digits[count - 1] == 0) {
            throw error("ValueError", "bad marshal data (unnormalized long data)", pos - 2);
        }
        if (count <= 4) {
            long v = 0;
            for (int i = count - 1; i >= 0; i--) {
                v = v << 15 | digits[i];
            }
            return n < 0 ? -v : v;
        }
        byte[] mag = new byte[(count * 15 + 7) / 8 + 1];
        for (int i = 0; i < count; i++) {
            long bit = (long) i * 15;
            int d = digits[i];
            for (int b = 0; b < 15; b++, bit++) {
                if ((d >> b & 1) != 0) {
                    mag[mag.length - 1 - (int) (bit >> 3)] |= (byte) (1 << (bit & 7));
                }
            }
        }
        BigInteger magnitude = new BigInteger(1, mag);
        BigInteger value = n < 0 ? magnitude.negate() : magnitude;
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    /**
     * Eight bytes, little-endian: format 5's 64-bit int ({@code 'I'}, which CPython 3.13 reads
     * though it never writes it) and the bits of a binary float.
     */
    private long readInt64() {
        if (!available(8)) {
            throw eof(shortData("marshal data too short"), end);
        }
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = v << 8 | (data[pos + i] & 0xff);
        }
        pos += 8;
        return v;
    }

    private double readBinaryFloat() {
        return Double.longBitsToDouble(readInt64());
    }

    private double readTextFloat() {
        int n = readByte();
        int start = pos;
        String text = readLatin1(n);
        Double d = TextFloat.parse(text);
        if (d == null) {
            throw error("ValueError", "could not convert string to float: '" + text + "'", start);
        }
        return d;
    }

    private Constant.Complex readTextComplex() {
        double real = readTextFloat();
        return new Constant.Complex(real, readTextFloat());
    }

    // --- errors --------------------------------------------------------------------------------

    private MarshalFormatException error(String type, String reason, int offset) {
        return new MarshalFormatException(type, reason, source, offset);
    }

    private MarshalFormatException eof(String reason, int offset) {
        return new MarshalFormatException("EOFError", reason, source, offset);
    }
}
