package dev.kaa.bytecode.marshal;

import static dev.kaa.bytecode.marshal.TypeCode.*;

import dev.kaa.bytecode.CodeObject;
import dev.kaa.bytecode.Constant;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one value as {@code marshal} format 4, in one of two modes.
 *
 * <p><b>Replay</b> (given an {@link EncodingTrace}): each object takes the type byte the trace
 * recorded for it, and each recorded back reference is written again, provided the value still
 * fits (same kind, and a reference still names an equal object). At the first misfit the writer
 * gives up ({@link Diverged}) and the caller starts again in the other mode, so a changed value is
 * never written with a stale encoding.
 *
 * <p><b>Choose</b> (no trace): the writer picks encodings as CPython would where that is cheap:
 * short ASCII forms, interned forms for names and identifier-like constants, {@code FLAG_REF} for
 * interned strings, code objects, small ints, empty tuples and bytes, and for any value that occurs
 * more than once (found by a first counting pass), later occurrences becoming back references.
 *
 * <p>Thread safety: confined (one writer per call).
 */
final class MarshalWriter {
    /** The trace does not fit the value; the caller writes again without it. */
    static final class Diverged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Diverged() {
            super("encoding trace does not fit the value", null, false, false);
        }
    }

    private final EncodingTrace trace;
    private int next;
    private final List<Object> replayRefs = new ArrayList<>();
    private final Map<Key, Integer> refIndex = new HashMap<>();
    private final Set<Key> repeated = new HashSet<>();
    private byte[] buf = new byte[256];
    private int size;
    private int depth;

    private final int maxDepth;
    private final int version;
    /** Writing {@code marshal.dumps}'s Python values rather than the compiler's code objects. */
    private final boolean pythonValues;
    /** Strings the caller knows to be interned, by identity; empty when writing code objects. */
    private final Set<Object> internedStrings;
    /** Values the caller knows to have no other holder, by identity. */
    private final Set<Object> heldOnce;
    /** How many code objects enclose the object being written. */
    private int codeDepth;

    /**
     * @param trace the encodings to replay, or null to choose them
     * @param maxDepth {@link TypeCode#MAX_DEPTH}, or a smaller budget whose excess throws
     *        {@link DeepNesting.TooDeep}
     */
    MarshalWriter(EncodingTrace trace, int maxDepth) {
        this(trace, maxDepth, VERSION, false, Set.of(), Set.of());
    }

    /**
     * A writer in choose mode for {@code marshal.dumps}: format {@code version} (0 to 4), and
     * {@code FLAG_REF} on the values that CPython's reference counts would mark as shared.
     */
    MarshalWriter(int maxDepth, int version, Set<Object> internedStrings, Set<Object> heldOnce) {
        this(null, maxDepth, version, true, internedStrings, heldOnce);
    }

    private MarshalWriter(EncodingTrace trace, int maxDepth, int version, boolean pythonValues,
            Set<Object> internedStrings, Set<Object> heldOnce) {
        this.heldOnce = heldOnce;
        this.trace = trace;
        this.maxDepth = maxDepth;
        this.version = version;
        this.pythonValues = pythonValues;
        this.internedStrings = internedStrings;
    }

    private void checkDepth(int level) {
        if (level >= maxDepth) {
            if (maxDepth < MAX_DEPTH) {
                throw new DeepNesting.TooDeep();
            }
            throw new IllegalArgumentException("object too deeply nested to marshal");
        }
    }

    byte[] dump(Object value) {
        if (trace == null && version >= 3) {
            countRepeats(value, new HashSet<>(), 0);
        }
        write(value, false);
        if (trace != null && next != trace.size()) {
            throw new Diverged();
        }
        return Arrays.copyOf(buf, size);
    }

    /**
     * What may share one reference-table entry: scalars, strings and bytes by value (same Java
     * class), tuples and frozensets by value too when they nest no deeper than
     * {@link #VALUE_KEY_DEPTH}, and deeper containers and code objects by identity.
     *
     * <p>Sharing equal constants by value is what makes a module Kaa compiled load as CPython's
     * does: CPython's compiler merges every constant equal by type and value across the code
     * objects of one compilation (including each {@code co_consts} tuple and line table), and its
     * marshal writes the merged objects once, so {@code f.__code__.co_consts is g.__code__.co_consts}
     * holds for two lambdas returning the same constant ({@code test_compile.test_merge_constants}).
     * Records compare and hash recursively, so only shallow containers are keyed by value: 2000
     * levels of nesting would overflow the stack. Lists, dicts and sets, which are mutable and may
     * contain themselves, are always keyed by identity, as CPython keys every object.
     */
    private record Key(Object value) {
        static Key of(Object v) {
            return shareable(v) ? new Key(v) : null;
        }

        private boolean byValue() {
            if (value instanceof Constant.Tuple || value instanceof Constant.FrozenSet) {
                return shallow(value, VALUE_KEY_DEPTH);
            }
            return !(value instanceof Constant.Slice || value instanceof CodeObject || mutable(value));
        }

        @Override public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.value.getClass() != value.getClass()) {
                return false;
            }
            return k.value == value || byValue() && k.byValue() && k.value.equals(value);
        }

        @Override public int hashCode() {
            return byValue() ? value.hashCode() : System.identityHashCode(value);
        }
    }

    /** How deep a tuple or frozenset may nest and still be shared by value. */
    private static final int VALUE_KEY_DEPTH = 32;

    /**
     * Whether {@code v} holds no container nested more than {@code depth} levels down, and no
     * list, dict or set (which compare by value and may contain themselves).
     */
    private static boolean shallow(Object v, int depth) {
        if (mutable(v)) {
            return false;
        }
        List<Object> items = switch (v) {
            case Constant.Tuple t -> t.items();
            case Constant.FrozenSet f -> f.items();
            default -> null;
        };
        if (items == null) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (Object item : items) {
            if (!shallow(item, depth - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean shareable(Object v) {
        return v instanceof String || v instanceof Constant.Str || v instanceof Long || v instanceof BigInteger
                || v instanceof Double || v instanceof Constant.Complex || v instanceof Constant.Bytes || v instanceof Constant.Tuple
                || v instanceof Constant.FrozenSet || v instanceof Constant.Slice || v instanceof CodeObject
                || mutable(v);
    }

    private static boolean mutable(Object v) {
        return v instanceof MarshalList || v instanceof MarshalDict || v instanceof MarshalSet;
    }

    // --- choose mode -----------------------------------------------------------------------------

    private void countRepeats(Object v, Set<Key> seen, int level) {
        checkDepth(level);
        Key key = Key.of(v);
        if (key != null && !seen.add(key)) {
            repeated.add(key);
            return; // later occurrences become references: their insides are written once
        }
        for (Object child : children(v)) {
            countRepeats(child, seen, level + 1);
        }
    }

    private static List<Object> children(Object v) {
        return switch (v) {
            case Constant.Tuple t -> t.items();
            case Constant.FrozenSet s -> s.items();
            case MarshalList l -> l.items();
            case MarshalSet s -> s.items();
            case Constant.Slice s -> Arrays.asList(s.start(), s.stop(), s.step());
            case MarshalDict d -> {
                List<Object> out = new ArrayList<>();
                for (MarshalDict.Entry e : d.entries()) {
                    out.add(e.key());
                    out.add(e.value());
                }
                yield out;
            }
            case CodeObject c -> {
                List<Object> out = new ArrayList<>();
                out.add(new Constant.Tuple(c.consts()));
                out.add(new Constant.Bytes(c.linetable()));
                out.add(new Constant.Bytes(c.exceptiontable()));
                out.addAll(c.names());
                out.addAll(c.localsplusnames());
                out.add(c.filename());
                out.add(c.name());
                out.add(c.qualname());
                yield out;
            }
            default -> List.of();
        };
    }

    /** What CPython's compiler interns among string constants: ASCII letters, digits, '_'. */
    private static boolean nameLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether CPython 3.13 holds {@code s} interned: the compiler interns name-like constants, and
     * the empty string and every one-character Latin-1 string are static singletons.
     */
    private boolean internedStr(Object v) {
        if (!(v instanceof String s)) {
            return false;
        }
        return nameLike(s) || s.length() == 1 && s.charAt(0) < 256 || internedStrings.contains(v);
    }

    /**
     * Whether a value {@code marshal.dumps} was given is flagged for its reference count. Outside
     * code objects, immutable values are nearly always held twice in CPython (a constant of some
     * code object, or a variable, and the container being written), so they are flagged; lists,
     * dicts and sets are flagged only when they occur more than once. Inside a code object, the
     * compiler's rules apply. Frozensets count as mutable here: they are nearly always built at
     * run time, and held once.
     */
    private boolean sharedValue(Object v) {
        return pythonValues && codeDepth == 0 && !mutable(v) && !(v instanceof Constant.FrozenSet)
                && !heldOnce.contains(v);
    }

    /** Objects CPython keeps alive elsewhere (immortal or cached), so it always flags them. */
    private static boolean alwaysShared(Object v) {
        return switch (v) {
            case Long l -> l >= -5 && l <= 256;
            case Constant.Tuple t -> t.items().isEmpty();
            case Constant.Bytes b -> b.length() == 0;
            case CodeObject c -> true;
            default -> false;
        };
    }

    private void choose(Object v, boolean intern) {
        int singleton = singletonCode(v);
        if (singleton >= 0) {
            writeByte(singleton);
            return;
        }
        Key key = version >= 3 ? Key.of(v) : null;
        if (key != null) {
            Integer index = refIndex.get(key);
            if (index != null) {
                writeByte(REF);
                writeInt(index);
                return;
            }
        }
        boolean interned = version >= 3 && Constant.Str.isStr(v) && (intern || internedStr(v));
        boolean flag = key != null
                && (interned || alwaysShared(v) || repeated.contains(key) || sharedValue(v));
        if (flag) {
            refIndex.put(key, refIndex.size());
        }
        int type = defaultType(v, interned, version);
        writeByte(type | (flag ? FLAG_REF : 0));
        writeBody(type, v, intern);
    }

    private static int singletonCode(Object v) {
        if (v == Constant.NONE) {
            return NONE;
        } else if (v == Constant.ELLIPSIS) {
            return ELLIPSIS;
        } else if (v == Constant.STOP_ITERATION) {
            return STOPITER;
        } else if (v instanceof Boolean b) {
            return b ? TRUE : FALSE;
        }
        return -1;
    }

    /** The type code of {@code v} in format {@code version}: 2 added binary floats, 4 the short forms. */
    private static int defaultType(Object v, boolean interned, int version) {
        return switch (v) {
            case Long l -> l == (int) (long) l ? INT : LONG;
            case BigInteger b -> LONG;
            case Double d -> version > 1 ? BINARY_FLOAT : FLOAT;
            case Constant.Complex c -> version > 1 ? BINARY_COMPLEX : COMPLEX;
            case Constant.Bytes b -> STRING;
            case String s when version >= 4 && SurrogatePassUtf8.isAscii(s) && s.length() < 256 ->
                    interned ? SHORT_ASCII_INTERNED : SHORT_ASCII;
            case String s when version >= 4 && SurrogatePassUtf8.isAscii(s) ->
                    interned ? ASCII_INTERNED : ASCII;
            case String s -> interned ? INTERNED : UNICODE;
            case Constant.Str s -> interned ? INTERNED : UNICODE;
            case Constant.Tuple t -> version >= 4 && t.items().size() < 256 ? SMALL_TUPLE : TUPLE;
            case MarshalList l -> LIST;
            case MarshalDict d -> DICT;
            case MarshalSet s -> SET;
            case Constant.FrozenSet s -> FROZENSET;
            case Constant.Slice s -> SLICE;
            case CodeObject c -> CODE;
            case null -> throw new IllegalArgumentException("unmarshallable object: null");
            default -> throw new IllegalArgumentException("unmarshallable object: " + v.getClass().getName());
        };
    }

    // --- replay mode -----------------------------------------------------------------------------

    private int nextEntry() {
        if (next >= trace.size()) {
            throw new Diverged();
        }
        return trace.get(next++);
    }

    private void replay(Object v, boolean intern) {
        int entry = nextEntry();
        int code = entry & 0xff;
        int type = code & ~FLAG_REF;
        if (type == REF) {
            int index = nextEntry();
            if (index < 0 || index >= replayRefs.size() || !sameObject(replayRefs.get(index), v)) {
                throw new Diverged();
            }
            writeByte(code);
            writeInt(index);
            return;
        }
        if (!fits(type, v)) {
            throw new Diverged();
        }
        if ((code & FLAG_REF) != 0 && takesRef(type)) {
            replayRefs.add(v);
        }
        writeByte(code);
        writeBody(type, v, intern);
    }

    /**
     * Whether a back reference to {@code target} still stands for {@code v}: equal values of the
     * same kinds. Code objects and mutable containers must be the very object; tuples, which
     * {@link #writeCode} rebuilds from lists, compare item by item (the recursion is bounded by
     * the nesting of {@code target}, which was written within the depth budget).
     */
    private static boolean sameObject(Object target, Object v) {
        if (target == v) {
            return true;
        }
        if (target == null || v == null || target.getClass() != v.getClass()) {
            return false;
        }
        return switch (target) {
            case Constant.Tuple t -> sameItems(t.items(), ((Constant.Tuple) v).items());
            case Constant.FrozenSet s -> sameItems(s.items(), ((Constant.FrozenSet) v).items());
            case Constant.Slice s -> {
                Constant.Slice o = (Constant.Slice) v;
                yield sameObject(s.start(), o.start()) && sameObject(s.stop(), o.stop())
                        && sameObject(s.step(), o.step());
            }
            case CodeObject c -> false;
            case MarshalList l -> false;
            case MarshalDict d -> false;
            case MarshalSet m -> false;
            default -> target.equals(v); // scalars, strings and bytes: value equality
        };
    }

    private static boolean sameItems(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameObject(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean fits(int type, Object v) {
        return switch (type) {
            case NONE -> v == Constant.NONE;
            case TRUE -> Boolean.TRUE.equals(v);
            case FALSE -> Boolean.FALSE.equals(v);
            case ELLIPSIS -> v == Constant.ELLIPSIS;
            case STOPITER -> v == Constant.STOP_ITERATION;
            case INT -> v instanceof Long l && l == (int) (long) l;
            case LONG -> v instanceof Long || v instanceof BigInteger;
            case FLOAT, BINARY_FLOAT -> v instanceof Double;
            case COMPLEX, BINARY_COMPLEX -> v instanceof Constant.Complex;
            case STRING -> v instanceof Constant.Bytes;
            case UNICODE, INTERNED -> Constant.Str.isStr(v);
            case ASCII, ASCII_INTERNED -> v instanceof String s && SurrogatePassUtf8.isLatin1(s);
            case SHORT_ASCII, SHORT_ASCII_INTERNED -> v instanceof String s && s.length() < 256
                    && SurrogatePassUtf8.isLatin1(s);
            case TUPLE -> v instanceof Constant.Tuple;
            case SMALL_TUPLE -> v instanceof Constant.Tuple t && t.items().size() < 256;
            case LIST -> v instanceof MarshalList;
            case DICT -> v instanceof MarshalDict;
            case SET -> v instanceof MarshalSet;
            case FROZENSET -> v instanceof Constant.FrozenSet;
            case SLICE -> v instanceof Constant.Slice;
            case CODE -> v instanceof CodeObject;
            default -> false;
        };
    }

    // --- bodies, shared by both modes ------------------------------------------------------------

    private void write(Object v, boolean intern) {
        checkDepth(depth);
        depth++;
        try {
            if (trace != null) {
                replay(v, intern);
            } else {
                choose(v, intern);
            }
        } finally {
            depth--;
        }
    }

    private void writeBody(int type, Object v, boolean intern) {
        switch (type) {
            case NONE, TRUE, FALSE, ELLIPSIS, STOPITER -> { }
            case INT -> writeInt((int) (long) (Long) v);
            case LONG -> writeLong(v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v);
            case BINARY_FLOAT -> writeDouble((Double) v);
            case FLOAT -> writeTextFloat((Double) v);
            case BINARY_COMPLEX -> {
                Constant.Complex c = (Constant.Complex) v;
                writeDouble(c.real());
                writeDouble(c.imag());
            }
            case COMPLEX -> {
                Constant.Complex c = (Constant.Complex) v;
                writeTextFloat(c.real());
                writeTextFloat(c.imag());
            }
            case STRING -> writeSized(((Constant.Bytes) v).value());
            case UNICODE, INTERNED -> writeSized(SurrogatePassUtf8.encode(v));
            case ASCII, ASCII_INTERNED -> writeSized(((String) v).getBytes(StandardCharsets.ISO_8859_1));
            case SHORT_ASCII, SHORT_ASCII_INTERNED -> {
                byte[] b = ((String) v).getBytes(StandardCharsets.ISO_8859_1);
                writeByte(b.length);
                writeRaw(b);
            }
            case TUPLE -> writeItems(((Constant.Tuple) v).items(), false, intern);
            case SMALL_TUPLE -> writeItems(((Constant.Tuple) v).items(), true, intern);
            case LIST -> writeItems(((MarshalList) v).items(), false, false);
            case SET -> writeItems(((MarshalSet) v).items(), false, false);
            case FROZENSET -> writeItems(((Constant.FrozenSet) v).items(), false, false);
            case DICT -> writeDict((MarshalDict) v);
            case SLICE -> {
                Constant.Slice s = (Constant.Slice) v;
                write(s.start(), false);
                write(s.stop(), false);
                write(s.step(), false);
            }
            case CODE -> writeCode((CodeObject) v);
            default -> throw new IllegalStateException("no body for type " + type);
        }
    }

    /** Items of a container; {@code intern} marks a tuple of names, whose items are interned. */
    private void writeItems(List<Object> items, boolean small, boolean intern) {
        if (small) {
            writeByte(items.size());
        } else {
            writeInt(items.size());
        }
        for (Object item : items) {
            write(item, intern);
        }
    }

    private void writeDict(MarshalDict d) {
        for (MarshalDict.Entry e : d.entries()) {
            write(e.key(), false);
            write(e.value(), false);
        }
        if (trace != null) {
            int code = nextEntry();
            if ((code & ~FLAG_REF) != NULL) {
                throw new Diverged();
            }
            writeByte(code);
        } else {
            writeByte(NULL);
        }
    }

    private void writeCode(CodeObject c) {
        codeDepth++;
        try {
            writeCodeFields(c);
        } finally {
            codeDepth--;
        }
    }

    private void writeCodeFields(CodeObject c) {
        writeInt(c.argcount());
        writeInt(c.posonlyargcount());
        writeInt(c.kwonlyargcount());
        writeInt(c.stacksize());
        writeInt(c.flags());
        write(new Constant.Bytes(c.code()), false);
        write(new Constant.Tuple(c.consts()), false);  // shared by value with equal ones: see Key
        writeNames(c.names());
        writeNames(c.localsplusnames());
        write(new Constant.Bytes(c.localspluskinds()), false);
        write(c.filename(), true);
        write(c.name(), true);
        write(c.qualname(), true);
        writeInt(c.firstlineno());
        write(new Constant.Bytes(c.linetable()), false);
        write(new Constant.Bytes(c.exceptiontable()), false);
    }

    /** A tuple of names: an ordinary tuple whose items are interned strings. */
    private void writeNames(List<String> names) {
        write(new Constant.Tuple(new ArrayList<>(names)), true);
    }

    // --- raw output ------------------------------------------------------------------------------

    private void ensure(int extra) {
        if (buf.length - size < extra) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + extra));
        }
    }

    private void writeByte(int b) {
        ensure(1);
        buf[size++] = (byte) b;
    }

    private void writeInt(int v) {
        ensure(4);
        buf[size++] = (byte) v;
        buf[size++] = (byte) (v >> 8);
        buf[size++] = (byte) (v >> 16);
        buf[size++] = (byte) (v >> 24);
    }

    private void writeRaw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void writeSized(byte[] b) {
        writeInt(b.length);
        writeRaw(b);
    }

    private void writeDouble(double d) {
        long bits = Double.doubleToRawLongBits(d);
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[size++] = (byte) (bits >> (8 * i));
        }
    }

    private void writeTextFloat(double d) {
        byte[] text = TextFloat.format(d).getBytes(StandardCharsets.ISO_8859_1);
        writeByte(text.length);
        writeRaw(text);
    }

    /** An int as a signed count of 15-bit digits, least significant first. */
    private void writeLong(BigInteger value) {
        BigInteger magnitude = value.abs();
        int count = (magnitude.bitLength() + 14) / 15;
        writeInt(value.signum() < 0 ? -count : count);
        ensure(count * 2);
        for (int i = 0; i < count; i++) {
            int digit = 0;
            for (int b = 0; b < 15; b++) {
                if (magnitude.testBit(i * 15 + b)) {
                    digit |= 1 << b;
                }
            }
            buf[size++] = (byte) digit;
            buf[size++] = (byte) (digit >> 8);
        }
    }
}
