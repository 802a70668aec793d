package dev.kaa.vm.objects;

/**
 * A {@code UnicodeEncodeError}, {@code UnicodeDecodeError} or {@code UnicodeTranslateError}:
 * {@code encoding} (None for translation), {@code object}, {@code start}, {@code end},
 * {@code reason}. ({@code UnicodeError} itself has no attributes of its own.)
 *
 * <p>The three classes share this Java class, as CPython's share one structure; which one's
 * {@code __init__} and {@code __str__} apply is decided by the first of them in the instance's
 * MRO, which is the class whose method Python's lookup finds.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class ExcUnicodeError extends PyBaseException {
    enum Kind { ENCODE, DECODE, TRANSLATE }

    /** Null when never set (reads as None). */
    Object encoding, object, reason;
    long start, end;

    ExcUnicodeError(PyType type, PyTuple args) {
        super(type, args);
    }

    /** {@code UnicodeEncodeError(encoding, object, start, end, reason)} from Java. */
    public static ExcUnicodeError encodeError(String encoding, String object, int start, int end, String reason) {
        return (ExcUnicodeError) create(Exceptions.UnicodeEncodeError, PyStr.of(encoding), PyStr.of(object),
                PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }

    private Kind kind() {
        for (PyType t : type().mro()) {
            if (t == Exceptions.UnicodeEncodeError) {
                return Kind.ENCODE;
            } else if (t == Exceptions.UnicodeDecodeError) {
                return Kind.DECODE;
            } else if (t == Exceptions.UnicodeTranslateError) {
                return Kind.TRANSLATE;
            }
        }
        throw new InterpreterError("unicode error layout without a unicode error class: " + type());
    }

    @Override void initFromJava(Object[] a) {
        super.initFromJava(a);
        Kind k = kind();
        int want = k == Kind.TRANSLATE ? 4 : 5;
        if (a.length != want) {
            throw PyErr.typeError("function takes exactly %d arguments (%d given)", want, a.length);
        }
        int i = 0;
        Object enc = null;
        if (k != Kind.TRANSLATE) {
            enc = requireStr(a, i++);
        }
        Object obj = k == Kind.DECODE ? requireBytes(a[i++]) : requireStr(a, i++);
        long s = Abstract.asLong(a[i++]);
        long e = Abstract.asLong(a[i++]);
        Object r = requireStr(a, i);
        encoding = enc;
        object = obj;
        start = s;
        end = e;
        reason = r;
    }

    private static Object requireStr(Object[] a, int i) {
        if (a[i] instanceof PyStr) {
            return a[i];
        }
        throw PyErr.typeError("argument %d must be str, not %T", i + 1, a[i]);
    }

    /**
     * The object a decode error is about: bytes (a subclass stays as it is), or a copy as bytes
     * of another buffer ({@code bytearray}, {@code memoryview}).
     */
    private static Object requireBytes(Object o) {
        if (o instanceof PyBytes) {
            return o;
        }
        if (o instanceof PyByteArray || Abstract.typeOf(o).name().equals("memoryview") && !Abstract.typeOf(o).isHeapType()) {
            return Abstract.call(PyBytes.TYPE, o);
        }
        throw PyErr.typeError("a bytes-like object is required, not '%T'", o);
    }

    @PyMethod("__init__")
    void initUnicodeError(Object[] a, String[] kwnames) {
        noKeywords(type(), kwnames);
        initFromJava(a);
    }

    @PyMethod("__str__")
    Object strUnicodeError() {
        if (object == null) {
            return PyStr.EMPTY;
        }
        String why = Abstract.str(reason == null ? PyNone.NONE : reason).toString();
        Kind k = kind();
        String enc = k == Kind.TRANSLATE ? null : Abstract.str(encoding == null ? PyNone.NONE : encoding).toString();
        boolean single = end == start + 1 && start >= 0 && start < lengthOfObject(k);
        if (k == Kind.DECODE) {
            if (single) {
                long b = Abstract.asLong(Abstract.getItem(object, PyInt.of(start))) & 0xff;
                return PyStr.of(String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b, start, why));
            }
            return PyStr.of(String.format("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end - 1, why));
        }
        String prefix = k == Kind.ENCODE ? "'" + enc + "' codec can't encode" : "can't translate";
        if (single) {
            int c = ((PyStr) object).codePointAt((int) start);
            String shown = c <= 0xff ? String.format("\\x%02x", c)
                    : c <= 0xffff ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            return PyStr.of(String.format("%s character '%s' in position %d: %s", prefix, shown, start, why));
        }
        return PyStr.of(String.format("%s characters in position %d-%d: %s", prefix, start, end - 1, why));
    }

    /** The length of {@code object} when it has the kind's type, else -1 (the range form is used). */
    private long lengthOfObject(Kind k) {
        if (k != Kind.DECODE) {
            return object instanceof PyStr s ? s.length() : -1;
        }
        try {
            return Abstract.len(object);
        } catch (PyException e) {
            return -1;
        }
    }

    private static Object orNone(Object v) {
        return v == null ? PyNone.NONE : v;
    }

    private static long ssize(Object v) {
        if (v == null) {
            throw PyErr.typeError("can't delete numeric/char attribute");
        }
        if (!(v instanceof PyInt)) {
            throw PyErr.typeError("an integer is required");
        }
        return Abstract.asLong(v);
    }

    @PyGetter("encoding")
    Object encodingAttr() {
        return orNone(encoding);
    }

    @PySetter("encoding")
    void setEncodingAttr(Object v) {
        encoding = v;
    }

    @PyGetter("object")
    Object objectAttr() {
        return orNone(object);
    }

    @PySetter("object")
    void setObjectAttr(Object v) {
        object = v;
    }

    @PyGetter("start")
    Object startAttr() {
        return PyInt.of(start);
    }

    @PySetter("start")
    void setStartAttr(Object v) {
        start = ssize(v);
    }

    @PyGetter("end")
    Object endAttr() {
        return PyInt.of(end);
    }

    @PySetter("end")
    void setEndAttr(Object v) {
        end = ssize(v);
    }

    @PyGetter("reason")
    Object reasonAttr() {
        return orNone(reason);
    }

    @PySetter("reason")
    void setReasonAttr(Object v) {
        reason = v;
    }
}
