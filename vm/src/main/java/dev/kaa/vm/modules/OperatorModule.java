package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BinaryOp;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Fn;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Slot;
import java.lang.invoke.MethodHandles;

/**
 * {@code _operator}: the operators as functions, and the {@link OperatorAttrGetter attrgetter},
 * {@link OperatorItemGetter itemgetter} and {@link OperatorMethodCaller methodcaller} types.
 * {@code operator.py} imports all of it with {@code from _operator import *}.
 *
 * <p>Thread safety: stateless.
 */
public final class OperatorModule {
    private OperatorModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_operator");
        m.put("__doc__", PyStr.of("Operator interface.\n\nThis module exports a set of functions implemented in C "
                + "corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis "
                + "equivalent to the expression x+y.  The function names are those\nused for special methods; "
                + "variants without leading and trailing\n'__' are also provided for convenience."));
        Exposer.functions(OperatorModule.class, MethodHandles.lookup(), "_operator", m).forEach(m::put);
        m.put("attrgetter", OperatorAttrGetter.TYPE);
        m.put("itemgetter", OperatorItemGetter.TYPE);
        m.put("methodcaller", OperatorMethodCaller.TYPE);
        return m;
    }

    @PyMethod(doc = "Same as a + b.")
    static Object add(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.ADD);
    }

    @PyMethod(doc = "Same as a += b.")
    static Object iadd(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.ADD);
    }

    @PyMethod(doc = "Same as a & b.")
    static Object and_(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.AND);
    }

    @PyMethod(doc = "Same as a &= b.")
    static Object iand(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.AND);
    }

    @PyMethod(doc = "Same as a // b.")
    static Object floordiv(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.FLOOR_DIVIDE);
    }

    @PyMethod(doc = "Same as a //= b.")
    static Object ifloordiv(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.FLOOR_DIVIDE);
    }

    @PyMethod(doc = "Same as a << b.")
    static Object lshift(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.LSHIFT);
    }

    @PyMethod(doc = "Same as a <<= b.")
    static Object ilshift(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.LSHIFT);
    }

    @PyMethod(doc = "Same as a @ b.")
    static Object matmul(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.MATRIX_MULTIPLY);
    }

    @PyMethod(doc = "Same as a @= b.")
    static Object imatmul(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.MATRIX_MULTIPLY);
    }

    @PyMethod(doc = "Same as a * b.")
    static Object mul(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.MULTIPLY);
    }

    @PyMethod(doc = "Same as a *= b.")
    static Object imul(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.MULTIPLY);
    }

    @PyMethod(doc = "Same as a % b.")
    static Object mod(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.REMAINDER);
    }

    @PyMethod(doc = "Same as a %= b.")
    static Object imod(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.REMAINDER);
    }

    @PyMethod(doc = "Same as a | b.")
    static Object or_(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.OR);
    }

    @PyMethod(doc = "Same as a |= b.")
    static Object ior(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.OR);
    }

    @PyMethod(doc = "Same as a ** b.")
    static Object pow(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.POWER);
    }

    @PyMethod(doc = "Same as a **= b.")
    static Object ipow(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.POWER);
    }

    @PyMethod(doc = "Same as a >> b.")
    static Object rshift(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.RSHIFT);
    }

    @PyMethod(doc = "Same as a >>= b.")
    static Object irshift(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.RSHIFT);
    }

    @PyMethod(doc = "Same as a - b.")
    static Object sub(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.SUBTRACT);
    }

    @PyMethod(doc = "Same as a -= b.")
    static Object isub(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.SUBTRACT);
    }

    @PyMethod(doc = "Same as a / b.")
    static Object truediv(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod(doc = "Same as a /= b.")
    static Object itruediv(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod(doc = "Same as a ^ b.")
    static Object xor(Object a, Object b) {
        return Abstract.binaryOp(a, b, BinaryOp.XOR);
    }

    @PyMethod(doc = "Same as a ^= b.")
    static Object ixor(Object a, Object b) {
        return Abstract.inplaceOp(a, b, BinaryOp.XOR);
    }

    @PyMethod(doc = "Same as a < b.")
    static Object lt(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.LT);
    }

    @PyMethod(doc = "Same as a <= b.")
    static Object le(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.LE);
    }

    @PyMethod(doc = "Same as a == b.")
    static Object eq(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.EQ);
    }

    @PyMethod(doc = "Same as a != b.")
    static Object ne(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.NE);
    }

    @PyMethod(doc = "Same as a > b.")
    static Object gt(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.GT);
    }

    @PyMethod(doc = "Same as a >= b.")
    static Object ge(Object a, Object b) {
        return Abstract.richCompare(a, b, CompareOp.GE);
    }

    @PyMethod(doc = "Same as -a.")
    static Object neg(Object a) {
        return Abstract.unaryOp(a, Slot.__neg__, "-");
    }

    @PyMethod(doc = "Same as +a.")
    static Object pos(Object a) {
        return Abstract.unaryOp(a, Slot.__pos__, "+");
    }

    @PyMethod(doc = "Same as ~a.")
    static Object inv(Object a) {
        return Abstract.unaryOp(a, Slot.__invert__, "~");
    }

    @PyMethod(doc = "Same as ~a.")
    static Object invert(Object a) {
        return Abstract.unaryOp(a, Slot.__invert__, "~");
    }

    @PyMethod(doc = "Same as abs(a).")
    static Object abs(Object a) {
        Fn.Unary f = Abstract.typeOf(a).unary(Slot.__abs__);
        if (f == null) {
            throw PyErr.typeError("bad operand type for abs(): '%T'", a);
        }
        return f.call(a);
    }

    @PyMethod(doc = "Same as not a.")
    static boolean not_(Object a) {
        return !Abstract.isTrue(a);
    }

    @PyMethod(doc = "Return True if a is true, False otherwise.")
    static boolean truth(Object a) {
        return Abstract.isTrue(a);
    }

    @PyMethod(doc = "Same as a is b.")
    static boolean is_(Object a, Object b) {
        return a == b;
    }

    @PyMethod(doc = "Same as a is not b.")
    static boolean is_not(Object a, Object b) {
        return a != b;
    }

    @PyMethod(doc = "Same as a.__index__()")
    static Object index(Object a) {
        return Abstract.index(a);
    }

    @PyMethod(doc = "Same as b in a (note reversed operands).")
    static boolean contains(Object a, Object b) {
        return Abstract.contains(a, b);
    }

    @PyMethod(doc = "Return the number of items in a which are, or which equal, b.")
    static Object countOf(Object a, Object b) {
        Object it = Abstract.iter(a);
        long n = 0;
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.equals(x, b)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    @PyMethod(doc = "Return the first index of b in a.")
    static Object indexOf(Object a, Object b) {
        Object it = Abstract.iter(a);
        long i = 0;
        for (Object x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            if (Abstract.equals(x, b)) {
                return PyInt.of(i);
            }
        }
        throw PyErr.valueError("sequence.index(x): x not in sequence");
    }

    @PyMethod(doc = "Same as a[b].")
    static Object getitem(Object a, Object b) {
        return Abstract.getItem(a, b);
    }

    @PyMethod(doc = "Same as a[b] = c.")
    static void setitem(Object a, Object b, Object c) {
        Abstract.setItem(a, b, c);
    }

    @PyMethod(doc = "Same as del a[b].")
    static void delitem(Object a, Object b) {
        Abstract.delItem(a, b);
    }

    /** True when {@code a} supports sequence concatenation (CPython's {@code PySequence_Check}). */
    private static boolean isSequence(Object a) {
        return !(a instanceof PyDict) && Abstract.typeOf(a).binary(Slot.__getitem__) != null;
    }

    @PyMethod(doc = "Same as a + b, for a and b sequences.")
    static Object concat(Object a, Object b) {
        if (!isSequence(a)) {
            throw PyErr.typeError("'%T' object can't be concatenated", a);
        }
        return Abstract.binaryOp(a, b, BinaryOp.ADD);
    }

    @PyMethod(doc = "Same as a += b, for a and b sequences.")
    static Object iconcat(Object a, Object b) {
        if (!isSequence(a)) {
            throw PyErr.typeError("'%T' object can't be concatenated", a);
        }
        return Abstract.inplaceOp(a, b, BinaryOp.ADD);
    }

    @PyMethod(doc = "Same as obj(*args, **kwargs).")
    static Object call(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length - nkw < 1) {
            throw PyErr.typeError("call expected at least 1 argument, got 0");
        }
        return Abstract.call(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), kwnames);
    }

    @PyMethod(doc = "Return an estimate of the number of items in obj.")
    static Object length_hint(Object obj, @Opt Object dflt) {
        Object d = dflt == null ? PyInt.ZERO : dflt;
        if (!(d instanceof PyInt)) {
            throw PyErr.typeError("'%T' object cannot be interpreted as an integer", d);
        }
        return PyInt.of(lengthHint(obj, ((PyInt) d)));
    }

    /** CPython's {@code PyObject_LengthHint}. */
    static long lengthHint(Object o, PyInt dflt) {
        return dev.kaa.vm.objects.LengthHint.of(o, dflt.longValue());
    }

    @PyMethod(doc = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, "
            + "making it appropriate for cryptography.")
    static boolean _compare_digest(Object a, Object b) {
        byte[] x, y;
        if (a instanceof PyStr s && b instanceof PyStr t) {
            if (!ascii(s.value()) || !ascii(t.value())) {
                throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = s.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = t.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            x = bytesOf(a);
            y = bytesOf(b);
            if (x == null || y == null) {
                throw PyErr.typeError("unsupported operand types(s) or combination of types: '%T' and '%T'", a, b);
            }
        }
        // Constant time in the length of b, as CPython's tscmp.
        int result = x.length == y.length ? 0 : 1;
        byte[] left = x.length == y.length ? x : y;
        for (int i = 0; i < y.length; i++) {
            result |= left[i] ^ y[i];
        }
        return result == 0;
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytesOf(Object o) {
        if (o instanceof PyBytes b) {
            return b.data();
        }
        if (o instanceof PyByteArray || o instanceof dev.kaa.vm.objects.PyMemoryView) {
            return ((PyBytes) Abstract.call(PyBytes.TYPE, o)).data();
        }
        return null;
    }
}
