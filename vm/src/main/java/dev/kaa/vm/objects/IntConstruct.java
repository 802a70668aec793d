package dev.kaa.vm.objects;

/**
 * What {@code int(x)} and {@code int(x, base)} compute: CPython's {@code PyNumber_Long}
 * ({@code __int__}, {@code __index__}, {@code __trunc__}, text) and the parsing of text in a base.
 *
 * <p>Thread safety: stateless.
 */
final class IntConstruct {
    private IntConstruct() {}

    private static final PyStr TRUNC = PyStr.intern("__trunc__");

    static PyInt construct(Object x, Object base) {
        if (base == null) {
            return x == null ? PyInt.ZERO : toInt(x);
        }
        if (x == null) {
            throw PyErr.typeError("int() missing string argument");
        }
        PyInt bi = Abstract.index(base);
        long b = bi.isLong() ? bi.longValue() : bi.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if ((b != 0 && b < 2) || b > 36) {
            throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.toString(), (int) b);
        }
        if (x instanceof PyBytes || x instanceof PyByteArray) {
            return parseBytes(x, (int) b);
        }
        throw PyErr.typeError("int() can't convert non-string with explicit base");
    }

    private static PyInt parseBytes(Object x, int base) {
        byte[] data = BytesArgs.bufferOrNull(x);
        return IntParse.parse(IntParse.bytesText(data), base, new PyBytes(data));
    }

    /** {@code int(x)} for one argument. */
    static PyInt toInt(Object x) {
        if (x.getClass() == PyInt.class) {
            return (PyInt) x;
        }
        PyType t = Abstract.typeOf(x);
        Fn.Unary f = t.unary(Slot.__int__);
        if (f != null) {
            Object r = f.call(x);
            if (r.getClass() == PyInt.class) {
                return (PyInt) r;
            }
            if (r instanceof PyInt i) {
                PyErr.warn(Exceptions.DeprecationWarning, 1, "__int__ returned non-int (type %T).  The ability to "
                        + "return an instance of a strict subclass of int is deprecated, and may be removed in a "
                        + "future version of Python.", r);
                return Ints.exact(i);
            }
            throw PyErr.typeError("__int__ returned non-int (type %T)", r);
        }
        if (t.unary(Slot.__index__) != null) {
            return Ints.exact(Abstract.index(x));
        }
        Object trunc = Abstract.lookupSpecial(x, TRUNC);
        if (trunc != null) {
            PyErr.warn(Exceptions.DeprecationWarning, 1, "The delegation of int() to __trunc__ is deprecated.");
            Object r = Abstract.call(trunc);
            if (r instanceof PyInt i) {
                return Ints.exact(i);
            }
            if (Abstract.typeOf(r).unary(Slot.__index__) == null) {
                throw PyErr.typeError("__trunc__ returned non-Integral (type %T)", r);
            }
            return Ints.exact(Abstract.index(r));
        }
        if (x instanceof PyStr s) {
            return IntParse.parse(s.toString(), 10);
        }
        if (BytesArgs.bufferOrNull(x) != null) {
            return parseBytes(x, 10);
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '%T'", x);
    }
}
