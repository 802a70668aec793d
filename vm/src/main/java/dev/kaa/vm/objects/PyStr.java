package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Python's {@code str}: an immutable sequence of code points, held as a Java string. A Java
 * string is UTF-16, so a code point above U+FFFF takes two chars; {@link #isBmp} tells whether
 * indexing by code point is indexing by char (O(1)); otherwise the code points are unpacked once,
 * on first need.
 *
 * <p>Thread safety: immutable (the cached hash and code points are benign races).
 */
public class PyStr extends PyObject implements Comparable<PyStr> {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, MethodHandles.lookup(), PyType.BASETYPE);
    public static final PyStr EMPTY = new PyStr("");

    /** Identifiers and interned strings: one object per value, shared by every interpreter. */
    private static final ConcurrentHashMap<String, PyStr> INTERNED = new ConcurrentHashMap<>();

    final String value;
    private long hash = -1;
    /** 1 when every char is in the BMP and none is a surrogate pair, 0 when not, -1 unknown. */
    private byte bmp = -1;
    private int[] codePoints;

    public PyStr(String value) {
        this.value = value;
    }

    /** A {@code str} of {@code value}. */
    public static PyStr of(String value) {
        return value.isEmpty() ? EMPTY : new PyStr(value);
    }

    /** The one interned {@code str} of {@code value} ({@code sys.intern}, identifiers). */
    public static PyStr intern(String value) {
        PyStr s = INTERNED.get(value);
        if (s == null) {
            s = INTERNED.computeIfAbsent(value, PyStr::new);
        }
        return s;
    }

    /** Whether {@code s} is the interned {@code str} of its value (marshal writes it as interned). */
    public static boolean isInterned(PyStr s) {
        return INTERNED.get(s.value) == s;
    }

    @Override public PyType type() {
        return TYPE;
    }

    /** The Java string; for a {@code str} subclass instance too. */
    @Override public final String toString() {
        return value;
    }

    /** The Java string. */
    public final String value() {
        return value;
    }

    /** True when code point {@code i} is char {@code i}. */
    public final boolean isBmp() {
        if (bmp < 0) {
            boolean simple = true;
            for (int i = 0; i < value.length(); i++) {
                if (Character.isSurrogate(value.charAt(i))) {
                    simple = false;
                    break;
                }
            }
            bmp = (byte) (simple ? 1 : 0);
        }
        return bmp == 1;
    }

    /** The number of code points ({@code len}). */
    public final int length() {
        return isBmp() ? value.length() : codePoints().length;
    }

    /** {@code self[i]} for an index that fits a long, negative ones counting from the end; null when out of range. */
    public final PyStr itemOrNull(long i) {
        int n = length();
        if (i < 0) {
            i += n;
        }
        return i >= 0 && i < n ? StrSlice.charAt(this, (int) i) : null;
    }

    /** The code point at index {@code i} (0 ≤ i < length). */
    public final int codePointAt(int i) {
        return isBmp() ? value.charAt(i) : codePoints()[i];
    }

    /** The code points; callers must not change the array. */
    public final int[] codePoints() {
        if (codePoints == null) {
            codePoints = value.codePoints().toArray();
        }
        return codePoints;
    }

    /** The substring of code points {@code [from, to)}. */
    public final String substring(int from, int to) {
        if (isBmp()) {
            return value.substring(from, to);
        }
        return new String(codePoints(), from, to - from);
    }

    /** Python's {@code hash(str)}, cached. */
    public final long pyHash() {
        long h = hash;
        if (h == -1) {
            h = StrHash.of(value);
            hash = h;
        }
        return h;
    }

    @Override public final boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || value.equals(s.value));
    }

    @Override public final int hashCode() {
        return value.hashCode();
    }

    @Override public final int compareTo(PyStr o) {
        return Strs.compareCodePoints(value, o.value);
    }

    /** The char index of code point index {@code cp} (0 ≤ cp ≤ length). */
    final int charIndex(int cp) {
        return isBmp() ? cp : value.offsetByCodePoints(0, cp);
    }

    /** The code point index of char index {@code ch}. */
    final int cpIndex(int ch) {
        return isBmp() ? ch : value.codePointCount(0, ch);
    }

    /** A str of the same class as Python requires of methods returning "self unchanged": exact str. */
    final PyStr exact() {
        return getClass() == PyStr.class ? this : PyStr.of(value);
    }

    // ---- construction ------------------------------------------------------------------------

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        Object[] a = Strs.bindNew(args, kwnames, "str");
        return newStr(cls, a[0], a[1], a[2]);
    }

    private static Object newStr(PyType cls, Object object, Object encoding, Object errors) {
        PyStr s;
        if (object == null) {
            s = EMPTY;
        } else if (encoding == null && errors == null) {
            s = Abstract.str(object);
        } else {
            s = StrCodec.decodeObject(object, encoding, errors);
        }
        return cls == TYPE ? s : new Derived(cls, s.value);
    }

    @PyMethod
    Object __getnewargs__() {
        return PyTuple.of(PyStr.of(value));
    }

    // ---- object protocol ---------------------------------------------------------------------

    @PyMethod
    Object __repr__() {
        return PyStr.of(Strs.repr(value));
    }

    @PyMethod
    Object __str__() {
        return exact();
    }

    @PyMethod
    long __hash__() {
        return pyHash();
    }

    @PyMethod
    int __len__() {
        return length();
    }

    @PyMethod
    int __sizeof__() {
        // CPython's compact layouts: a 40-byte ASCII header, 56 bytes for wider kinds, then the
        // code points (1, 2 or 4 bytes each) and a terminator.
        int max = 0;
        for (int i = 0; i < value.length(); i++) {
            max = Math.max(max, value.charAt(i));
        }
        if (max < 0x80) {
            return 41 + value.length();
        }
        int kind = !isBmp() ? 4 : max < 0x100 ? 1 : 2;
        return 56 + (length() + 1) * kind;
    }

    @PyMethod
    Object __format__(Object spec) {
        return StrFormat.formatStr(this, spec);
    }

    @PyMethod
    Object __eq__(Object other) {
        return other instanceof PyStr s ? PyBool.of(value.equals(s.value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ne__(Object other) {
        return other instanceof PyStr s ? PyBool.of(!value.equals(s.value)) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __lt__(Object other) {
        return other instanceof PyStr s ? PyBool.of(compareTo(s) < 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __le__(Object other) {
        return other instanceof PyStr s ? PyBool.of(compareTo(s) <= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __gt__(Object other) {
        return other instanceof PyStr s ? PyBool.of(compareTo(s) > 0) : PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __ge__(Object other) {
        return other instanceof PyStr s ? PyBool.of(compareTo(s) >= 0) : PySingletons.NOT_IMPLEMENTED;
    }

    // ---- sequence ----------------------------------------------------------------------------

    @PyMethod
    Object __add__(Object other) {
        if (other instanceof PyStr s) {
            return value.isEmpty() && s.getClass() == PyStr.class ? s
                    : s.value.isEmpty() ? exact() : PyStr.of(value.concat(s.value));
        }
        // str's '+' is sequence concatenation, tried after the right operand's __radd__.
        Object r = Strs.reflected(this, other, Slot.__radd__);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        throw PyErr.typeError("can only concatenate str (not \"%T\") to str", other);
    }

    @PyMethod
    Object __mul__(Object n) {
        // Sequence repetition comes after the right operand's __rmul__, as in CPython.
        Object r = Strs.reflected(this, n, Slot.__rmul__);
        if (r != PySingletons.NOT_IMPLEMENTED) {
            return r;
        }
        if (Abstract.typeOf(n).slot(Slot.__index__) == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", n);
        }
        return repeat(n);
    }

    @PyMethod
    Object __rmul__(Object n) {
        if (Abstract.typeOf(n).slot(Slot.__index__) == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%T'", n);
        }
        return repeat(n);
    }

    private PyStr repeat(Object n) {
        PyInt i = Abstract.index(n);
        if (!i.isLong() || i.longValue() > Integer.MAX_VALUE) {
            if (i.signum() <= 0) {
                return EMPTY;
            }
            throw PyErr.overflowError("cannot fit '%T' into an index-sized integer", n);
        }
        long count = i.longValue();
        if (count <= 0 || value.isEmpty()) {
            return EMPTY;
        }
        if (count == 1) {
            return exact();
        }
        if (count * value.length() > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        return PyStr.of(value.repeat((int) count));
    }

    @PyMethod
    Object __mod__(Object args) {
        return PyStr.of(PercentFormat.format(value, args));
    }

    @PyMethod
    Object __rmod__(Object other) {
        return PySingletons.NOT_IMPLEMENTED;
    }

    @PyMethod
    Object __contains__(Object other) {
        if (other instanceof PyStr s) {
            return PyBool.of(StrSearch.indexOf(value, s.value, 0) >= 0);
        }
        throw PyErr.typeError("'in <string>' requires string as left operand, not %T", other);
    }

    @PyMethod
    Object __getitem__(Object index) {
        if (index instanceof PySlice sl) {
            return StrSlice.slice(this, sl);
        }
        if (Abstract.typeOf(index).slot(Slot.__index__) == null) {
            throw PyErr.typeError("string indices must be integers, not '%T'", index);
        }
        int n = length();
        int i = Abstract.normalizeIndex(Abstract.asIndexSize(index), n, "string index out of range");
        return StrSlice.charAt(this, i);
    }

    @PyMethod
    Object __iter__() {
        return new StrIterator(this);
    }

    // ---- methods (StrSearch, StrSplit, StrCase, StrPad, StrCodec, StrTranslate, StrFormat) ----

    @PyMethod
    int find(Object sub, @Opt Object start, @Opt Object end) {
        return StrSearch.find(this, Strs.arg(sub, "find", 1), start, end, false);
    }

    @PyMethod
    int rfind(Object sub, @Opt Object start, @Opt Object end) {
        return StrSearch.find(this, Strs.arg(sub, "rfind", 1), start, end, true);
    }

    @PyMethod
    int index(Object sub, @Opt Object start, @Opt Object end) {
        return StrSearch.index(this, Strs.arg(sub, "index", 1), start, end, false);
    }

    @PyMethod
    int rindex(Object sub, @Opt Object start, @Opt Object end) {
        return StrSearch.index(this, Strs.arg(sub, "rindex", 1), start, end, true);
    }

    @PyMethod
    int count(Object sub, @Opt Object start, @Opt Object end) {
        return StrSearch.count(this, Strs.arg(sub, "count", 1), start, end);
    }

    @PyMethod
    boolean startswith(Object prefix, @Opt Object start, @Opt Object end) {
        return StrSearch.startsOrEnds(this, prefix, start, end, false);
    }

    @PyMethod
    boolean endswith(Object suffix, @Opt Object start, @Opt Object end) {
        return StrSearch.startsOrEnds(this, suffix, start, end, true);
    }

    @PyMethod(positionalOnly = 2)
    Object replace(Object old, Object replacement, @Opt("-1") Object count) {
        return StrSearch.replace(this, Strs.arg(old, "replace", 1), Strs.arg(replacement, "replace", 2),
                Abstract.asLong(count));
    }

    @PyMethod
    Object removeprefix(Object prefix) {
        String p = Strs.argOnly(prefix, "removeprefix");
        return value.startsWith(p) && !p.isEmpty() ? PyStr.of(value.substring(p.length())) : exact();
    }

    @PyMethod
    Object removesuffix(Object suffix) {
        String p = Strs.argOnly(suffix, "removesuffix");
        if (!value.endsWith(p) || p.isEmpty()) {
            return exact();
        }
        return PyStr.of(value.substring(0, value.length() - p.length()));
    }

    @PyMethod(positionalOnly = 0)
    Object split(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return StrSplit.split(this, sep, Abstract.asLong(maxsplit), false);
    }

    @PyMethod(positionalOnly = 0)
    Object rsplit(@Opt("None") Object sep, @Opt("-1") Object maxsplit) {
        return StrSplit.split(this, sep, Abstract.asLong(maxsplit), true);
    }

    @PyMethod(positionalOnly = 0)
    Object splitlines(@Opt("False") boolean keepends) {
        return StrSplit.splitlines(this, keepends);
    }

    @PyMethod
    Object partition(Object sep) {
        return StrSplit.partition(this, sep, false);
    }

    @PyMethod
    Object rpartition(Object sep) {
        return StrSplit.partition(this, sep, true);
    }

    @PyMethod
    Object join(Object iterable) {
        return StrSplit.join(this, iterable);
    }

    @PyMethod
    Object strip(@Opt("None") Object chars) {
        return StrPad.strip(this, chars, true, true, "strip");
    }

    @PyMethod
    Object lstrip(@Opt("None") Object chars) {
        return StrPad.strip(this, chars, true, false, "lstrip");
    }

    @PyMethod
    Object rstrip(@Opt("None") Object chars) {
        return StrPad.strip(this, chars, false, true, "rstrip");
    }

    @PyMethod
    Object center(Object width, @Opt Object fillchar) {
        return StrPad.justify(this, width, fillchar, '^');
    }

    @PyMethod
    Object ljust(Object width, @Opt Object fillchar) {
        return StrPad.justify(this, width, fillchar, '<');
    }

    @PyMethod
    Object rjust(Object width, @Opt Object fillchar) {
        return StrPad.justify(this, width, fillchar, '>');
    }

    @PyMethod
    Object zfill(Object width) {
        return StrPad.zfill(this, width);
    }

    @PyMethod(positionalOnly = 0)
    Object expandtabs(@Opt("8") Object tabsize) {
        return StrPad.expandtabs(this, tabsize);
    }

    @PyMethod
    Object lower() {
        return StrCase.lower(this);
    }

    @PyMethod
    Object upper() {
        return StrCase.upper(this);
    }

    @PyMethod
    Object casefold() {
        return StrCase.casefold(this);
    }

    @PyMethod
    Object capitalize() {
        return StrCase.capitalize(this);
    }

    @PyMethod
    Object title() {
        return StrCase.title(this);
    }

    @PyMethod
    Object swapcase() {
        return StrCase.swapcase(this);
    }

    @PyMethod
    boolean isascii() {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    @PyMethod
    boolean isalpha() {
        return StrPredicates.all(this, StrPredicates::isAlpha);
    }

    @PyMethod
    boolean isalnum() {
        return StrPredicates.all(this, StrPredicates::isAlnum);
    }

    @PyMethod
    boolean isdecimal() {
        return StrPredicates.all(this, StrPredicates::isDecimal);
    }

    @PyMethod
    boolean isdigit() {
        return StrPredicates.all(this, StrPredicates::isDigit);
    }

    @PyMethod
    boolean isnumeric() {
        return StrPredicates.all(this, StrPredicates::isNumeric);
    }

    @PyMethod
    boolean isspace() {
        return StrPredicates.all(this, StrPredicates::isSpace);
    }

    @PyMethod
    boolean isprintable() {
        return value.isEmpty() || StrPredicates.all(this, dev.kaa.bytecode.PyRepr::isPrintable);
    }

    @PyMethod
    boolean islower() {
        return StrPredicates.isLowerOrUpper(this, true);
    }

    @PyMethod
    boolean isupper() {
        return StrPredicates.isLowerOrUpper(this, false);
    }

    @PyMethod
    boolean istitle() {
        return StrPredicates.isTitle(this);
    }

    @PyMethod
    boolean isidentifier() {
        return StrPredicates.isIdentifier(value);
    }

    @PyMethod(positionalOnly = 0)
    Object encode(@Opt Object encoding, @Opt Object errors) {
        return StrCodec.encode(this, encoding, errors);
    }

    @PyMethod
    Object translate(Object table) {
        return StrTranslate.translate(this, table);
    }

    @StaticMethod
    static Object maketrans(Object x, @Opt Object y, @Opt Object z) {
        return StrTranslate.maketrans(x, y, z);
    }

    @PyMethod
    Object format(Object[] args, String[] kwnames) {
        return PyStr.of(StrFormatter.format(value, args, kwnames));
    }

    @PyMethod
    Object format_map(Object mapping) {
        return PyStr.of(StrFormatter.formatMap(value, mapping));
    }

    /** An instance of a Python subclass of {@code str}. */
    static final class Derived extends PyStr implements Instance {
        private PyType type;
        private PyDict dict;
        private final Object[] slots;

        Derived(PyType type, String value) {
            super(value);
            this.type = type;
            this.dict = type.instancesHaveDict() ? new PyDict() : null;
            this.slots = type.slotCount() == 0 ? null : new Object[type.slotCount()];
        }

        @Override public PyType type() {
            return type;
        }

        @Override public PyDict instanceDict() {
            return dict;
        }

        @Override public void setInstanceDict(PyDict dict) {
            this.dict = dict;
        }

        @Override public void setType(PyType type) {
            this.type = type;
        }

        @Override public Object[] slotValues() {
            return slots;
        }
    }
}
