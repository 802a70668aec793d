package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.BuiltinTypes;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The built-in functions against CPython 3.13: every expected text below is what
 * {@code python3.13} printed for the Python expression in the comment or the call's description
 * ({@code repr} of the result, or {@code "!! Type: message"}).
 */
class BuiltinFunctionsTest {
    static {
        BuiltinTypes.boot();
    }

    private static final Map<String, PyBuiltinFunction> F = BuiltinFunctions.functions(null);

    // ---- helpers ------------------------------------------------------------------------------

    static Object i(long v) {
        return PyInt.of(v);
    }

    static Object big(String v) {
        return PyInt.of(new BigInteger(v));
    }

    static Object s(String v) {
        return PyStr.of(v);
    }

    static Object f(double v) {
        return new PyFloat(v);
    }

    static PyList list(Object... items) {
        return new PyList(items.clone());
    }

    static PyTuple tup(Object... items) {
        return PyTuple.of(items);
    }

    static Object[] a(Object... args) {
        return args;
    }

    static String[] kw(String... names) {
        return names;
    }

    static Object call(String fn, Object... args) {
        return Abstract.call(F.get(fn), args, null);
    }

    /** {@code fn(*args[:-len(kwnames)], **dict(zip(kwnames, args[-len(kwnames):])))}. */
    static Object callKw(String fn, Object[] args, String... kwnames) {
        return Abstract.call(F.get(fn), args, kwnames.length == 0 ? null : kwnames);
    }

    static String outcome(Supplier<Object> s) {
        try {
            return Abstract.repr(s.get()).toString();
        } catch (PyException e) {
            return "!! " + e.getMessage();
        }
    }

    static void check(String expected, Supplier<Object> s) {
        assertEquals(expected, outcome(s));
    }

    /** A Java-written type with the special methods the tests need, exposed like a built-in. */
    static final class Thing extends PyObject {
        static final PyType TYPE = PyType.builtin("Thing", Thing.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __round__(@Opt Object ndigits) {
            return ndigits == null ? PyTuple.of(PyStr.of("r")) : PyTuple.of(PyStr.of("r"), ndigits);
        }

        @PyMethod
        Object __format__(Object spec) {
            return PyInt.of(5);
        }

        @PyMethod
        Object __aiter__() {
            return PyInt.of(1);
        }
    }

    /** A Python-like file object written in Java: it records each {@code write} and {@code flush} call. */
    static final class FakeFile extends PyObject {
        static final PyType TYPE = PyType.builtin("FakeFile", FakeFile.class, MethodHandles.lookup());
        final java.util.List<String> log = new java.util.ArrayList<>();

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object write(Object text) {
            log.add(((PyStr) text).value());
            return PyInt.of(((PyStr) text).length());
        }

        @PyMethod
        void flush() {
            log.add("<flush>");
        }
    }

    /** Streams for {@code print} to find as {@code sys.stdout}. */
    record Streams(Object stdout) implements StdStreams {
        @Override public Object stderr() {
            return stdout;
        }

        @Override public Object stdin() {
            return PyNone.NONE;
        }
    }

    /** {@code __len__} returns whatever it was made with. */
    static final class Sized extends PyObject {
        static final PyType TYPE = PyType.builtin("Sized", Sized.class, MethodHandles.lookup());
        final Object size;

        Sized(Object size) {
            this.size = size;
        }

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __len__() {
            return size;
        }
    }

    /** An async iterator whose {@code __anext__} returns an int: awaiting it fails. */
    static final class BadAsync extends PyObject {
        static final PyType TYPE = PyType.builtin("BadAsync", BadAsync.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __anext__() {
            return PyInt.of(1);
        }
    }

    /**
     * An exhausted async iterator: {@code __anext__} returns an awaitable whose {@code __await__}
     * iterator raises {@code StopAsyncIteration} from {@code __next__} and {@code send}.
     */
    static final class DoneAsync extends PyObject {
        static final PyType TYPE = PyType.builtin("DoneAsync", DoneAsync.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __anext__() {
            return new DoneAsync();
        }

        @PyMethod
        Object __await__() {
            return this;
        }

        @PyMethod
        Object __iter__() {
            return this;
        }

        @PyMethod
        Object __next__() {
            throw dev.kaa.vm.objects.PyErr.withArgs(dev.kaa.vm.objects.Exceptions.StopAsyncIteration);
        }

        @PyMethod
        Object send(Object v) {
            throw dev.kaa.vm.objects.PyErr.withArgs(dev.kaa.vm.objects.Exceptions.StopAsyncIteration);
        }
    }

    /** Drives an awaitable as {@code await} would: {@code next()} on its {@code __await__()} until it stops. */
    static Object run(Object awaitable) {
        Object it = Abstract.callMethod(awaitable, "__await__");
        PyList out = new PyList();
        try {
            while (true) {
                out.append(Abstract.callMethod(it, "__next__"));
            }
        } catch (PyException e) {
            if (!e.matches(dev.kaa.vm.objects.Exceptions.StopIteration)) {
                throw e;
            }
            return PyTuple.of(PyStr.of("stop"), out, Abstract.getAttr(e.value(), "args"));
        }
    }

    // ---- numbers ------------------------------------------------------------------------------

    @Test
    void abs() {
        check("!! TypeError: bad operand type for abs(): 'str'", () -> call("abs", s("a")));
        check("5", () -> call("abs", i(-5)));
        check("2.5", () -> call("abs", f(-2.5)));
        check("!! TypeError: abs() takes exactly one argument (0 given)", () -> call("abs"));
        check("!! TypeError: abs() takes no keyword arguments", () -> callKw("abs", a(i(1)), "x"));
    }

    @Test
    void bases() {
        check("!! TypeError: 'float' object cannot be interpreted as an integer", () -> call("hex", f(1.5)));
        check("'-0xff'", () -> call("hex", i(-255)));
        check("'-0o10'", () -> call("oct", i(-8)));
        check("'-0b101'", () -> call("bin", i(-5)));
        check("'0b10000000000000000000000000000000000000000000000000000000000000000000000'",
                () -> call("bin", big("1180591620717411303424")));
        check("'0x1'", () -> call("hex", dev.kaa.vm.objects.PyBool.TRUE));
        check("'0b0'", () -> call("bin", i(0)));
        check("'0o0'", () -> call("oct", i(0)));
        check("'0x0'", () -> call("hex", i(0)));
        check("'-0x8000000000000000'", () -> call("hex", i(Long.MIN_VALUE)));
        check("'0o2000000000000000000000'", () -> call("oct", big("18446744073709551616")));
        check("!! TypeError: hex() takes no keyword arguments", () -> callKw("hex", a(i(1)), "number"));
        check("!! TypeError: bin() takes exactly one argument (0 given)", () -> call("bin"));
    }

    @Test
    void divmod() {
        check("!! TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'", () -> call("divmod", s("a"), i(1)));
        check("!! TypeError: unsupported operand type(s) for divmod(): 'int' and 'str'", () -> call("divmod", i(1), s("a")));
        check("!! TypeError: divmod expected 2 arguments, got 0", () -> call("divmod"));
        check("!! TypeError: divmod expected 2 arguments, got 3", () -> call("divmod", i(1), i(2), i(3)));
    }

    @Test
    void powArguments() {
        check("!! TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'", () -> call("pow", s("a"), i(2)));
        check("!! TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'",
                () -> call("pow", s("a"), i(2), i(3)));
        check("!! TypeError: pow() takes at most 3 arguments (4 given)", () -> call("pow", i(1), i(2), i(3), i(4)));
        check("!! TypeError: pow() missing required argument 'base' (pos 1)", () -> call("pow"));
        check("!! TypeError: pow() missing required argument 'exp' (pos 2)", () -> call("pow", i(2)));
        check("!! TypeError: pow() missing required argument 'exp' (pos 2)", () -> callKw("pow", a(i(2), i(1)), "foo"));
        check("!! TypeError: argument for pow() given by name ('base') and position (1)",
                () -> callKw("pow", a(i(2), i(3), i(4)), "exp", "base"));
        check("!! TypeError: pow() takes at most 3 arguments (4 given)",
                () -> callKw("pow", a(i(2), i(3), i(4), i(5)), "mod"));
    }

    @Test
    void round() {
        check("!! TypeError: type str doesn't define __round__ method", () -> call("round", s("a")));
        Thing t = new Thing();
        check("('r',)", () -> call("round", t));
        check("('r',)", () -> call("round", t, PyNone.NONE));
        check("('r', 3)", () -> call("round", t, i(3)));
        check("('r', 3)", () -> callKw("round", a(t, i(3)), "ndigits"));
        check("('r',)", () -> callKw("round", a(t), "number"));
        check("!! TypeError: round() missing required argument 'number' (pos 1)", () -> call("round"));
        check("!! TypeError: round() takes at most 2 arguments (3 given)", () -> call("round", i(1), i(2), i(3)));
        check("!! TypeError: round() got an unexpected keyword argument 'x'", () -> callKw("round", a(f(1.5), i(1)), "x"));
        check("!! TypeError: round() missing required argument 'number' (pos 1)", () -> callKw("round", a(i(1)), "x"));
    }

    @Test
    void sumOfInts() {
        check("13", () -> callKw("sum", a(list(i(1), i(2)), i(10)), "start"));
        check("2", () -> call("sum", list(dev.kaa.vm.objects.PyBool.TRUE, dev.kaa.vm.objects.PyBool.TRUE)));
        check("18446744073709551617", () -> call("sum", list(big("18446744073709551616"), i(1))));
        check("9223372036854775808", () -> call("sum", list(i(Long.MAX_VALUE), i(1))));
        check("-9223372036854775809", () -> call("sum", list(i(Long.MIN_VALUE), i(-1))));
        check("0", () -> call("sum", list()));
    }

    @Test
    void sumErrors() {
        check("!! TypeError: sum() can't sum strings [use ''.join(seq) instead]", () -> call("sum", list(s("a")), s("x")));
        check("!! TypeError: 'int' object is not iterable", () -> call("sum", i(1)));
        check("!! TypeError: 'int' object is not iterable", () -> call("sum", i(1), s("x")));
        check("!! TypeError: unsupported operand type(s) for +: 'int' and 'str'", () -> call("sum", list(s("a"))));
        check("!! TypeError: sum() takes at least 1 positional argument (0 given)", () -> call("sum"));
        check("!! TypeError: sum() takes at least 1 positional argument (0 given)", () -> callKw("sum", a(list(i(1))), "iterable"));
        check("!! TypeError: sum() takes at least 1 positional argument (0 given)", () -> callKw("sum", a(i(2)), "start"));
        check("!! TypeError: sum() takes at most 2 arguments (3 given)", () -> call("sum", list(i(1)), i(2), i(3)));
        check("!! TypeError: sum() takes at most 2 arguments (3 given)", () -> callKw("sum", a(list(i(1)), i(2), i(3)), "start"));
        check("!! TypeError: sum() takes at most 2 arguments (3 given)", () -> callKw("sum", a(list(i(1)), i(2), i(3)), "start", "x"));
        check("!! TypeError: sum() got an unexpected keyword argument 'x'", () -> callKw("sum", a(list(i(1)), i(3)), "x"));
    }

    /** Floats add with compensation (3.12+): these are CPython 3.13's exact results. */
    @Test
    void sumOfFloats() {
        double inf = Double.POSITIVE_INFINITY, nan = Double.NaN;
        Object[] tenths = new Object[10];
        java.util.Arrays.fill(tenths, f(0.1));
        check("1.0", () -> call("sum", list(tenths)));
        check("2.0", () -> call("sum", list(f(1e100), f(1.0), f(-1e100), f(1.0))));
        check("0.0", () -> call("sum", list(f(-0.0))));
        check("-0.0", () -> call("sum", list(f(-0.0)), f(-0.0)));
        check("inf", () -> call("sum", list(f(inf), f(1.0))));
        check("nan", () -> call("sum", list(f(inf), f(-inf))));
        check("inf", () -> call("sum", list(f(1e308), f(1e308), f(-1e308))));
        check("1.8446744073709552e+19", () -> call("sum", list(f(0.1), big("18446744073709551616"), f(0.2))));
        check("1.3", () -> call("sum", list(f(0.1), dev.kaa.vm.objects.PyBool.TRUE, f(0.2))));
        check("9.223372036854776e+18", () -> call("sum", list(i(Long.MAX_VALUE), i(1), f(0.5))));
        check("3.5", () -> call("sum", list(f(1.5), i(2))));
        check("3.5", () -> call("sum", list(i(1), i(2)), f(0.5)));
        check("0.6", () -> call("sum", list(f(0.1), f(0.2), f(0.3))));
        check("1.0000000000000002e+16", () -> call("sum", list(f(1e16), f(1.0), f(1.0))));
        check("3.0", () -> call("sum", list(f(1e16), f(1.0), f(1.0), f(1.0), f(-1e16))));
        check("nan", () -> call("sum", list(f(nan), f(1.0))));
        check("inf", () -> call("sum", list(f(Math.pow(2, 1023)), f(Math.pow(2, 1023)), f(-Math.pow(2, 1023)))));
        check("nan", () -> call("sum", list(f(1e308), f(1e308), f(-inf))));
        check("0.0", () -> call("sum", list(f(0.0), f(-0.0))));
        check("-0.0", () -> call("sum", list(f(-0.0), f(-0.0)), f(-0.0)));
        check("0.0", () -> call("sum", list(f(-0.0), f(0.0)), f(-0.0)));
        check("0.0", () -> call("sum", list(f(1.0), f(-1.0)), f(-0.0)));
        check("1.8446744073709552e+19", () -> call("sum", list(i(1), big("18446744073709551616"), f(0.5))));
    }

    /** The float loop alone, with a float start: sum(xs, 0.0) in CPython 3.13 gives the same as below. */
    @Test
    void sumOfFloatsWithFloatStart() {
        double inf = Double.POSITIVE_INFINITY;
        Object[] tenths = new Object[10];
        java.util.Arrays.fill(tenths, f(0.1));
        check("1.0", () -> call("sum", list(tenths), f(0.0)));
        check("2.0", () -> call("sum", list(f(1e100), f(1.0), f(-1e100), f(1.0)), f(0.0)));
        check("inf", () -> call("sum", list(f(1e308), f(1e308), f(-1e308)), f(0.0)));
        check("nan", () -> call("sum", list(f(inf), f(-inf)), f(0.0)));
        check("3.0", () -> call("sum", list(f(1e16), f(1.0), f(1.0), f(1.0), f(-1e16)), f(0.0)));
        check("1.3", () -> call("sum", list(f(0.1), dev.kaa.vm.objects.PyBool.TRUE, f(0.2)), f(0.0)));
        check("0.6", () -> call("sum", list(f(0.1), f(0.2), f(0.3)), f(0.0)));
        Object[] xs = new Object[2000];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = f(k * 0.37 - 11);
        }
        check("717630.0", () -> call("sum", list(xs), f(0.0)));
        Object[] hs = new Object[4999];
        for (int k = 1; k < 5000; k++) {
            hs[k - 1] = f(1.0 / k);
        }
        check("9.094308852984437", () -> call("sum", list(hs), f(0.0)));
    }

    @Test
    void sumCompensationMatchesCPython() {
        // sum([x * 0.37 - 11 for x in range(2000)]) and sum(1/k for k in range(1, 5000)) in 3.13
        Object[] xs = new Object[2000];
        for (int k = 0; k < xs.length; k++) {
            xs[k] = f(k * 0.37 - 11);
        }
        check("717630.0", () -> call("sum", list(xs)));
        Object[] hs = new Object[4999];
        for (int k = 1; k < 5000; k++) {
            hs[k - 1] = f(1.0 / k);
        }
        check("9.094308852984437", () -> call("sum", list(hs)));
    }

    @Test
    void minMax() {
        check("!! TypeError: max expected at least 1 argument, got 0", () -> call("max"));
        check("!! TypeError: 'int' object is not iterable", () -> call("max", i(1)));
        check("!! ValueError: max() iterable argument is empty", () -> call("max", list()));
        check("3", () -> callKw("max", a(list(), i(3)), "default"));
        check("!! TypeError: Cannot specify a default for max() with multiple positional arguments",
                () -> callKw("max", a(i(1), i(2), i(3)), "default"));
        check("2", () -> callKw("max", a(list(i(1), i(2)), PyNone.NONE), "key"));
        check("!! TypeError: max() got an unexpected keyword argument 'foo'", () -> callKw("max", a(list(i(1), i(2)), i(1)), "foo"));
        check("3", () -> callKw("max", a(i(1), i(-2), i(3), F.get("abs")), "key"));
        check("-3", () -> callKw("max", a(i(1), i(-3), i(3), F.get("abs")), "key"));
        check("!! TypeError: min expected at least 1 argument, got 0", () -> callKw("min", a(list(i(1))), "iterable"));
        check("!! TypeError: max() takes at most 2 keyword arguments (3 given)",
                () -> callKw("max", a(list(i(1)), i(1), PyNone.NONE, i(1)), "default", "key", "x"));
        check("!! TypeError: 'int' object is not callable", () -> callKw("max", a(list(i(1)), i(1)), "key"));
        check("!! TypeError: '>' not supported between instances of 'int' and 'str'", () -> call("max", s("a"), i(1)));
        check("3", () -> call("max", list(i(3), i(1), f(3.0))));
        check("1", () -> call("min", list(i(3), i(1), f(1.0))));
        check("2", () -> callKw("min", a(tup(i(2), i(-3), i(3)), F.get("abs")), "key"));
        check("2", () -> callKw("min", a(i(2), i(-3), i(3), F.get("abs")), "key"));
        double nan = Double.NaN;
        check("3.0", () -> call("max", list(f(1.0), f(nan), f(3.0))));
        check("nan", () -> call("max", list(f(nan), f(1.0))));
        check("nan", () -> call("min", list(f(nan), f(1.0))));
        check("1.0", () -> call("min", list(f(2.0), f(nan), f(1.0))));
        check("2361183241434822606848", () -> call("max", list(big("1180591620717411303424"), i(1), big("2361183241434822606848"))));
        check("-1180591620717411303424", () -> call("min", list(big("-1180591620717411303424"), i(5))));
        check("True", () -> call("max", dev.kaa.vm.objects.PyBool.TRUE, i(1)));
        check("1", () -> call("max", i(1), dev.kaa.vm.objects.PyBool.TRUE));
    }

    // ---- truth ----------------------------------------------------------------------------------

    @Test
    void allAny() {
        check("True", () -> call("all", list()));
        check("False", () -> call("any", list()));
        check("False", () -> call("all", list(i(1), i(0))));
        check("True", () -> call("any", list(i(0), s("x"))));
        check("!! TypeError: 'int' object is not iterable", () -> call("all", i(3)));
    }

    // ---- strings -----------------------------------------------------------------------------

    @Test
    void chrOrd() {
        check("!! ValueError: chr() arg not in range(0x110000)", () -> call("chr", big("1099511627776")));
        check("!! ValueError: chr() arg not in range(0x110000)", () -> call("chr", i(-1)));
        check("!! ValueError: chr() arg not in range(0x110000)", () -> call("chr", i(0x110000)));
        check("!! TypeError: 'float' object cannot be interpreted as an integer", () -> call("chr", f(1.5)));
        check("!! TypeError: 'str' object cannot be interpreted as an integer", () -> call("chr", s("a")));
        check("'A'", () -> call("chr", i(65)));
        check("'\\x01'", () -> call("chr", dev.kaa.vm.objects.PyBool.TRUE));
        assertEquals("\uD83D\uDE00", ((PyStr) call("chr", i(0x1F600))).value());
        check("!! TypeError: ord() expected string of length 1, but int found", () -> call("ord", i(1)));
        check("!! TypeError: ord() expected a character, but string of length 2 found", () -> call("ord", s("ab")));
        check("!! TypeError: ord() expected a character, but string of length 0 found", () -> call("ord", s("")));
        check("128512", () -> call("ord", s("\uD83D\uDE00")));
        check("55296", () -> call("ord", s("\uD800")));
        check("!! TypeError: chr() takes exactly one argument (0 given)", () -> call("chr"));
        check("!! TypeError: ord() takes exactly one argument (0 given)", () -> call("ord"));
    }

    @Test
    void asciiAndRepr() {
        check("\"'\\\\xe9\\\\u20ac\\\\U0001f600\\\\n'\"", () -> call("ascii", s("\u00e9\u20ac\uD83D\uDE00\n")));
        check("\"[1, '\\\\xfc']\"", () -> call("ascii", list(i(1), s("\u00fc"))));
        check("\"'\\\\x7f\\\\x80\\\\xff\\\\u0100'\"", () -> call("ascii", s("\u007f\u0080\u00ff\u0100")));
        check("\"'\\\\ud800'\"", () -> call("ascii", s("\uD800")));
        check("\"'abc'\"", () -> call("repr", s("abc")));
        check("!! TypeError: repr() takes exactly one argument (0 given)", () -> call("repr"));
        check("!! TypeError: repr() takes no keyword arguments", () -> callKw("repr", a(i(1)), "obj"));
        check("!! TypeError: ascii() takes exactly one argument (0 given)", () -> call("ascii"));
    }

    @Test
    void format() {
        check("!! TypeError: format() argument 2 must be str, not int", () -> call("format", i(1), i(2)));
        check("!! TypeError: __format__ must return a str, not int", () -> call("format", new Thing(), s("")));
        check("!! TypeError: format expected at least 1 argument, got 0", () -> call("format"));
        check("!! TypeError: format expected at most 2 arguments, got 3", () -> call("format", i(1), i(2), i(3)));
        check("!! TypeError: format() takes no keyword arguments", () -> callKw("format", a(i(1), s("x")), "format_spec"));
        check("'17'", () -> call("format", i(17)));
        check("'None'", () -> call("format", PyNone.NONE));
        check("!! TypeError: unsupported format string passed to NoneType.__format__", () -> call("format", PyNone.NONE, s("x")));
        check("'x'", () -> call("format", s("x"), s("")));
    }

    // ---- attributes ----------------------------------------------------------------------------

    @Test
    void attributes() {
        check("!! TypeError: attribute name must be string, not 'int'", () -> call("getattr", i(1), i(2)));
        check("!! AttributeError: 'int' object has no attribute 'x'", () -> call("getattr", i(1), s("x")));
        check("5", () -> call("getattr", i(1), s("x"), i(5)));
        check("!! TypeError: getattr expected at least 2 arguments, got 1", () -> call("getattr", i(1)));
        check("!! TypeError: getattr expected at most 3 arguments, got 4", () -> call("getattr", i(1), s("x"), i(1), i(2)));
        check("!! TypeError: getattr expected at least 2 arguments, got 0", () -> call("getattr"));
        check("!! TypeError: attribute name must be string, not 'int'", () -> call("hasattr", i(1), i(2)));
        check("False", () -> call("hasattr", i(1), s("x")));
        check("True", () -> call("hasattr", i(1), s("__add__")));
        check("!! AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes",
                () -> call("setattr", i(1), s("x"), i(2)));
        check("!! TypeError: attribute name must be string, not 'int'", () -> call("setattr", i(1), i(2), i(2)));
        check("!! AttributeError: 'int' object has no attribute 'x' and no __dict__ for setting new attributes",
                () -> call("delattr", i(1), s("x")));
        check("!! TypeError: hasattr expected 2 arguments, got 1", () -> call("hasattr", i(1)));
        check("!! TypeError: delattr expected 2 arguments, got 1", () -> call("delattr", i(1)));
        check("!! TypeError: setattr expected 3 arguments, got 2", () -> call("setattr", i(1), i(2)));
    }

    @Test
    void attributesOfInstances() {
        Object cls = Abstract.call(PyType.TYPE, PyStr.of("C"), PyTuple.EMPTY, new dev.kaa.vm.objects.PyDict());
        Object obj = Abstract.call(cls);
        check("None", () -> call("setattr", obj, s("v"), i(7)));
        check("7", () -> call("getattr", obj, s("v")));
        check("True", () -> call("hasattr", obj, s("v")));
        check("None", () -> call("delattr", obj, s("v")));
        check("!! AttributeError: 'C' object has no attribute 'v'", () -> call("getattr", obj, s("v")));
    }

    // ---- identity and types ----------------------------------------------------------------------

    @Test
    void identity() {
        check("!! TypeError: unhashable type: 'list'", () -> call("hash", list()));
        check("549755813888", () -> call("hash", big("1267650600228229401496703205376")));
        check("-2", () -> call("hash", i(-1)));
        check("!! TypeError: hash() takes exactly one argument (0 given)", () -> call("hash"));
        Object x = list();
        assertTrue(Abstract.equals(call("id", x), call("id", x)));
        assertTrue(!Abstract.equals(call("id", x), call("id", list())));
        check("!! TypeError: id() takes exactly one argument (0 given)", () -> call("id"));
        check("!! TypeError: id() takes no keyword arguments", () -> callKw("id", a(i(1)), "x"));
    }

    @Test
    void typeChecks() {
        check("False", () -> call("callable", i(1)));
        check("True", () -> call("callable", F.get("len")));
        check("True", () -> call("callable", PyInt.TYPE));
        check("!! TypeError: callable() takes exactly one argument (0 given)", () -> call("callable"));
        check("True", () -> call("isinstance", i(1), PyInt.TYPE));
        check("True", () -> call("isinstance", i(1), tup(PyStr.TYPE, PyInt.TYPE)));
        check("!! TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", () -> call("isinstance", i(1), i(1)));
        check("!! TypeError: issubclass() arg 1 must be a class", () -> call("issubclass", i(1), PyInt.TYPE));
        check("True", () -> call("issubclass", dev.kaa.vm.objects.PyBool.TYPE, PyInt.TYPE));
        check("!! TypeError: isinstance expected 2 arguments, got 0", () -> call("isinstance"));
        check("!! TypeError: issubclass expected 2 arguments, got 1", () -> call("issubclass", PyInt.TYPE));
        check("!! TypeError: isinstance expected 2 arguments, got 3", () -> call("isinstance", i(1), PyInt.TYPE, i(2)));
    }

    // ---- iteration -----------------------------------------------------------------------------

    @Test
    void lenIterNext() {
        check("!! TypeError: object of type 'int' has no len()", () -> call("len", i(1)));
        check("!! TypeError: len() takes exactly one argument (0 given)", () -> call("len"));
        check("!! TypeError: len() takes no keyword arguments", () -> callKw("len", a(i(1)), "x"));
        check("2", () -> call("len", list(i(1), i(2))));
        check("4611686018427387904", () -> call("len", new Sized(big("4611686018427387904"))));
        check("!! OverflowError: cannot fit 'int' into an index-sized integer", () -> call("len", new Sized(big("9223372036854775808"))));
        check("1", () -> call("len", new Sized(dev.kaa.vm.objects.PyBool.TRUE)));
        check("!! TypeError: 'float' object cannot be interpreted as an integer", () -> call("len", new Sized(f(1.5))));
        check("!! ValueError: __len__() should return >= 0", () -> call("len", new Sized(i(-1))));
        check("!! TypeError: 'int' object is not iterable", () -> call("iter", i(1)));
        check("!! TypeError: iter(v, w): v must be callable", () -> call("iter", i(1), i(2)));
        check("!! TypeError: iter expected at least 1 argument, got 0", () -> call("iter"));
        check("!! TypeError: iter expected at most 2 arguments, got 3", () -> call("iter", i(1), i(2), i(3)));
        check("!! TypeError: iter() takes no keyword arguments", () -> callKw("iter", a(i(1), i(2)), "sentinel"));
        check("!! TypeError: 'int' object is not an iterator", () -> call("next", i(1)));
        check("!! TypeError: 'int' object is not an iterator", () -> call("next", i(1), i(2)));
        check("5", () -> call("next", call("iter", list()), i(5)));
        check("None", () -> call("next", call("iter", list()), PyNone.NONE));
        check("!! StopIteration: ", () -> call("next", call("iter", list())));
        check("!! TypeError: next expected at least 1 argument, got 0", () -> call("next"));
        check("!! TypeError: next() takes no keyword arguments", () -> callKw("next", a(i(1)), "x"));
        check("!! TypeError: next expected at most 2 arguments, got 3", () -> call("next", call("iter", list(i(1))), i(2), i(3)));
        Object it = call("iter", list(i(1), i(2)));
        check("1", () -> call("next", it));
        check("2", () -> call("next", it, i(9)));
        check("9", () -> call("next", it, i(9)));
    }

    @Test
    void callableIterator() {
        // list(iter(iter([1, 2, 3, 4]).__next__, 3)) == [1, 2]
        Object source = call("iter", list(i(1), i(2), i(3), i(4)));
        Object it = call("iter", Abstract.getAttr(source, "__next__"), i(3));
        assertTrue(Abstract.repr(it).toString().startsWith("<callable_iterator object at 0x"));
        check("[1, 2]", () -> {
            PyList out = new PyList();
            out.extend(it);
            return out;
        });
        check("!! StopIteration: ", () -> call("next", it));
        // A StopIteration from the callable ends the iteration too: iter([1]).__next__ runs dry.
        Object dry = call("iter", Abstract.getAttr(call("iter", list(i(1))), "__next__"), i(99));
        check("[1]", () -> {
            PyList out = new PyList();
            out.extend(dry);
            return out;
        });
    }

    @Test
    void sorted() {
        check("!! TypeError: sorted expected 1 argument, got 0", () -> call("sorted"));
        check("!! TypeError: sorted expected 1 argument, got 2", () -> call("sorted", list(), PyNone.NONE));
        check("!! TypeError: sorted expected 1 argument, got 0", () -> callKw("sorted", a(list(i(1))), "iterable"));
        check("!! TypeError: 'int' object is not iterable", () -> call("sorted", i(1)));
    }

    @Test
    void sortedUsesListSort() {
        check("[1, 2, 3]", () -> call("sorted", tup(i(3), i(1), i(2))));
        check("[3, 2, 1]", () -> callKw("sorted", a(list(i(3), i(1), i(2)), dev.kaa.vm.objects.PyBool.TRUE), "reverse"));
        check("[1]", () -> callKw("sorted", a(list(i(1)), PyNone.NONE, PyNone.NONE), "key", "reverse"));
        check("!! TypeError: sort() got an unexpected keyword argument 'bad'", () -> callKw("sorted", a(list(i(1)), i(1)), "bad"));
    }

    @Test
    void aiter() {
        check("!! TypeError: 'int' object is not an async iterable", () -> call("aiter", i(1)));
        check("!! TypeError: aiter() returned not an async iterator of type 'int'", () -> call("aiter", new Thing()));
        check("!! TypeError: aiter() takes exactly one argument (0 given)", () -> call("aiter"));
    }

    @Test
    void anext() {
        check("!! TypeError: 'int' object is not an async iterator", () -> call("anext", i(1)));
        check("!! TypeError: anext expected at least 1 argument, got 0", () -> call("anext"));
        check("!! TypeError: anext expected at most 2 arguments, got 3", () -> call("anext", i(1), i(2), i(3)));
        assertTrue(Abstract.repr(call("anext", new BadAsync(), i(5))).toString().startsWith("<anext_awaitable object at 0x"));
        check("!! TypeError: object int can't be used in 'await' expression", () -> run(call("anext", new BadAsync(), i(5))));
        check("('stop', [], (5,))", () -> run(call("anext", new DoneAsync(), i(5))));
        check("!! StopAsyncIteration: ", () -> run(call("anext", new DoneAsync())));
        Object a = call("anext", new DoneAsync(), i(7));
        assertTrue(Abstract.callMethod(a, "__await__") == a);
        check("!! StopIteration: 7", () -> Abstract.callMethod(a, "send", i(3)));
        check("!! AttributeError: 'DoneAsync' object has no attribute 'throw'",
                () -> Abstract.callMethod(call("anext", new DoneAsync(), i(5)), "throw", dev.kaa.vm.objects.Exceptions.ValueError));
    }

    @Test
    void keywordSuggestions() {
        check("!! TypeError: sum() got an unexpected keyword argument 'strat'. Did you mean 'start'?",
                () -> callKw("sum", a(list(i(1)), i(0)), "strat"));
        check("!! TypeError: round() got an unexpected keyword argument 'ndigit'. Did you mean 'ndigits'?",
                () -> callKw("round", a(f(1.5), i(1)), "ndigit"));
        check("!! TypeError: round() got an unexpected keyword argument 'nd'", () -> callKw("round", a(f(1.5), i(1)), "nd"));
        check("!! TypeError: pow() got an unexpected keyword argument 'mdo'", () -> callKw("pow", a(i(2), i(3), i(1)), "mdo"));
        check("!! TypeError: print() got an unexpected keyword argument 'sepp'. Did you mean 'sep'?",
                () -> callKw("print", a(i(1), i(1)), "sepp"));
        check("!! TypeError: max() got an unexpected keyword argument 'kye'", () -> callKw("max", a(list(i(1)), i(1)), "kye"));
        // print(1, FLUSH=1) suggests nothing, print(1, Flush=1) 'flush'.
        assertEquals("", dev.kaa.vm.objects.TracebackSuggestions.didYouMean("FLUSH", "sep", "end", "file", "flush"));
        assertEquals(". Did you mean 'flush'?",
                dev.kaa.vm.objects.TracebackSuggestions.didYouMean("Flush", "sep", "end", "file", "flush"));
    }

    @Test
    void typesForBuiltins() {
        assertEquals("[enumerate, filter, map, property, reversed, zip]", BuiltinFunctions.types().keySet().toString());
        assertTrue(F.keySet().containsAll(java.util.List.of("abs", "all", "any", "ascii", "bin", "callable", "chr",
                "delattr", "divmod", "format", "getattr", "hasattr", "hash", "hex", "id", "isinstance", "issubclass",
                "iter", "aiter", "anext", "len", "max", "min", "next", "oct", "ord", "pow", "print", "repr", "round", "setattr",
                "sorted", "sum")));
        check("<built-in function len>", () -> F.get("len"));
    }

    // ---- output ---------------------------------------------------------------------------------

    @Test
    void printWritesEachPieceSeparately() {
        // print('a', 1, None, file=f); print(file=f); print('x', 'y', sep=None, end=None, file=f, flush=True);
        // print('p', 'q', sep='--', end='!', file=f, flush=0)
        FakeFile f = new FakeFile();
        callKw("print", a(s("a"), i(1), PyNone.NONE, f), "file");
        callKw("print", a(f), "file");
        callKw("print", a(s("x"), s("y"), PyNone.NONE, PyNone.NONE, f, dev.kaa.vm.objects.PyBool.TRUE),
                "sep", "end", "file", "flush");
        callKw("print", a(s("p"), s("q"), s("--"), s("!"), f, i(0)), "sep", "end", "file", "flush");
        assertEquals("[a,  , 1,  , None, \\n, \\n, x,  , y, \\n, <flush>, p, --, q, !]",
                f.log.toString().replace("\n", "\\n"));
    }

    @Test
    void printChecksSepAndEnd() {
        FakeFile f = new FakeFile();
        check("!! TypeError: sep must be None or a string, not int", () -> callKw("print", a(s("z"), f, i(3)), "file", "sep"));
        check("!! TypeError: end must be None or a string, not int", () -> callKw("print", a(s("z"), f, i(3)), "file", "end"));
        assertEquals(0, f.log.size());
        check("!! TypeError: print() got an unexpected keyword argument 'foo'", () -> callKw("print", a(i(1), i(2)), "foo"));
        check("!! AttributeError: 'int' object has no attribute 'write'", () -> callKw("print", a(i(1)), "file"));
    }

    @Test
    void printToSysStdout() {
        FakeFile f = new FakeFile();
        StdStreams old = StdStreams.install(new Streams(f));
        try {
            check("None", () -> call("print", s("hi"), i(2)));
            check("None", () -> callKw("print", a(PyNone.NONE, PyNone.NONE), "file", "flush"));
            assertEquals("[hi,  , 2, \\n, \\n]", f.log.toString().replace("\n", "\\n"));
            // sys.stdout = None: print does nothing.
            StdStreams.install(new Streams(PyNone.NONE));
            check("None", () -> call("print", s("hidden")));
            // del sys.stdout
            StdStreams.install(new Streams(null));
            check("!! RuntimeError: lost sys.stdout", () -> call("print", s("x")));
            StdStreams.install(null);
            check("!! RuntimeError: lost sys.stdout", () -> call("print", s("x")));
        } finally {
            StdStreams.install(old);
        }
    }

    // ---- bytes --------------------------------------------------------------------------------

    @Test
    void bytesArguments() {
        Object ab = new dev.kaa.vm.objects.PyBytes(new byte[] {'a', 'b'});
        check("97", () -> call("ord", new dev.kaa.vm.objects.PyBytes(new byte[] {'a'})));
        check("255", () -> call("ord", new dev.kaa.vm.objects.PyBytes(new byte[] {(byte) 0xff})));
        check("!! TypeError: ord() expected a character, but string of length 2 found", () -> call("ord", ab));
        check("!! TypeError: ord() expected a character, but string of length 2 found",
                () -> call("ord", new dev.kaa.vm.objects.PyByteArray(new byte[] {'x', 'y'})));
        check("!! TypeError: sum() can't sum bytes [use b''.join(seq) instead]",
                () -> call("sum", list(ab), dev.kaa.vm.objects.PyBytes.EMPTY));
        check("!! TypeError: sum() can't sum bytearray [use b''.join(seq) instead]",
                () -> call("sum", list(), new dev.kaa.vm.objects.PyByteArray(new byte[0])));
    }
}
