package dev.kaa.vm.objects;

import dev.kaa.bytecode.PyRepr;

/**
 * String helpers shared by {@code str}'s methods: {@code repr}, code-point order, argument
 * checks with CPython's words, and the start/end arguments of the search methods.
 *
 * <p>Thread safety: stateless.
 */
final class Strs {
    private Strs() {}

    static String repr(String s) {
        return PyRepr.strRepr(s);
    }

    /** Compares by code point, as Python does (UTF-16 order differs above U+FFFF). */
    static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /**
     * The right operand's reflected method for a sequence operator ({@code +}, {@code *}): CPython
     * tries the number slots of both operands before the sequence's concat/repeat, so
     * {@code "a" + x} reaches {@code type(x).__radd__}. NotImplemented when there is none.
     */
    static Object reflected(Object self, Object other, Slot slot) {
        PyType t = Abstract.typeOf(other);
        // Built-in sequences' reflected methods are sequence operations, which CPython does not
        // try for the right operand: "ab" * b"x" fails about bytes, not inside bytes.__rmul__.
        if (t == PyInt.TYPE || t == PyBool.TYPE || t == PyFloat.TYPE || t == PyTuple.TYPE || t == PyList.TYPE
                || t == PyStr.TYPE || t == PyBytes.TYPE || t == PyByteArray.TYPE || t == PyNone.TYPE) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        Fn.Binary rev = t.binary(slot);
        return rev == null ? PySingletons.NOT_IMPLEMENTED : rev.call(other, self);
    }

    /**
     * The type name in Argument Clinic's "must be X, not Y" messages: "None" for None, as
     * CPython's {@code _PyArg_BadArgument} writes it (older code paths say "NoneType").
     */
    static String clinicTypeName(Object o) {
        return o == PyNone.NONE ? "None" : Abstract.typeOf(o).messageName();
    }

    /** A str argument: "find() argument 1 must be str, not int". */
    static String arg(Object o, String function, int position) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("%s() argument %d must be str, not %s", function, position, clinicTypeName(o));
    }

    /** The single str argument: "removeprefix() argument must be str, not int". */
    static String argOnly(Object o, String function) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("%s() argument must be str, not %s", function, clinicTypeName(o));
    }

    /** A str argument whose message has no function name: "must be str, not int". */
    static String plainArg(Object o) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErr.typeError("must be str, not %T", o);
    }

    /**
     * The start/end arguments of find, count, startswith …: None or an index, negative from the
     * end, then end clamped to {@code [0, length]} and start to {@code [0, …)} (start may exceed
     * the length, which callers treat as "nothing there").
     */
    static int[] bounds(int length, Object start, Object end) {
        long s = start == null ? 0 : sliceIndex(start, 0);
        long e = end == null ? length : sliceIndex(end, length);
        if (e > length) {
            e = length;
        } else if (e < 0) {
            e += length;
            if (e < 0) {
                e = 0;
            }
        }
        if (s < 0) {
            s += length;
            if (s < 0) {
                s = 0;
            }
        }
        return new int[] {(int) Math.min(s, Integer.MAX_VALUE), (int) e};
    }

    /** An index for slicing: None gives {@code dflt}; huge ints clamp, as CPython's. */
    static long sliceIndex(Object o, long dflt) {
        if (o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyInt) && Abstract.typeOf(o).slot(Slot.__index__) == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.isLong()) {
            return Math.max(Math.min(i.longValue(), Integer.MAX_VALUE), -(long) Integer.MAX_VALUE);
        }
        return i.signum() < 0 ? -(long) Integer.MAX_VALUE : Integer.MAX_VALUE;
    }

    /** An int argument of size Py_ssize_t with CPython's overflow message. */
    static long ssize(Object o) {
        PyInt i = Abstract.index(o);
        if (!i.isLong()) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    /** A str of the given code points. */
    static PyStr ofCodePoints(int[] cps, int from, int to) {
        return PyStr.of(new String(cps, from, to - from));
    }

    private static final String[] STR_PARAMETERS = {"object", "encoding", "errors"};
    private static final String[] BYTES_PARAMETERS = {"source", "encoding", "errors"};

    /**
     * Binds the optional (object/source, encoding, errors) arguments of {@code str()},
     * {@code bytes()} and {@code bytearray()} in the vectorcall layout, by position or name, with
     * the messages CPython gives for these calls; missing ones are null.
     */
    static Object[] bindNew(Object[] args, String[] kwnames, String typeName) {
        boolean str = typeName.equals("str");
        String[] names = str ? STR_PARAMETERS : BYTES_PARAMETERS;
        int nkw = kwnames == null ? 0 : kwnames.length, npos = args.length - nkw;
        if (args.length > 3) {
            throw str ? PyErr.typeError("str expected at most 3 arguments, got %d", args.length)
                    : PyErr.typeError("%s() takes at most 3 arguments (%d given)", typeName, args.length);
        }
        Object[] out = new Object[3];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int i = java.util.Arrays.asList(names).indexOf(kwnames[k]);
            if (i < 0) {
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", typeName, kwnames[k]);
            }
            if (i < npos) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", typeName,
                        kwnames[k], i + 1);
            }
            out[i] = args[npos + k];
        }
        return out;
    }
}
