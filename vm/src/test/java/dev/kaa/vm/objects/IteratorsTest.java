package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.vm.modules.BuiltinFunctions;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * {@code enumerate}, {@code zip}, {@code map}, {@code filter} and {@code reversed} against
 * CPython 3.13: each expected text is what {@code python3.13} printed for the same call
 * ({@code repr} of the result or of its list, or {@code "!! Type: message"}).
 */
class IteratorsTest {
    static {
        for (PyType t : new PyType[] {PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE, PyReversed.TYPE,
                PyCallIter.TYPE}) {
            t.name();
        }
        BuiltinTypes.boot();
    }

    static final Map<String, PyBuiltinFunction> BUILTINS = BuiltinFunctions.functions(null);

    /** {@code class Seq: __len__ -> 3, __getitem__(i) -> i * 10}. */
    static final class Seq extends PyObject {
        static final PyType TYPE = PyType.builtin("Seq", Seq.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        int __len__() {
            return 3;
        }

        @PyMethod
        Object __getitem__(Object i) {
            return Abstract.binaryOp(i, PyInt.of(10), BinaryOp.MULTIPLY);
        }
    }

    /** {@code class OnlyGet: __getitem__(i) -> i}, no {@code __len__}. */
    static final class OnlyGet extends PyObject {
        static final PyType TYPE = PyType.builtin("OnlyGet", OnlyGet.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        Object __getitem__(Object i) {
            return i;
        }
    }

    /** {@code class BadLen: __len__ -> -1, __getitem__(i) -> i}. */
    static final class BadLen extends PyObject {
        static final PyType TYPE = PyType.builtin("BadLen", BadLen.class, MethodHandles.lookup());

        @Override public PyType type() {
            return TYPE;
        }

        @PyMethod
        int __len__() {
            return -1;
        }

        @PyMethod
        Object __getitem__(Object i) {
            return i;
        }
    }

    static Object i(long v) {
        return PyInt.of(v);
    }

    static Object s(String v) {
        return PyStr.of(v);
    }

    static PyList list(Object... items) {
        return new PyList(items.clone());
    }

    static Object make(PyType t, Object... args) {
        return Abstract.call(t, args);
    }

    static Object makeKw(PyType t, Object[] args, String... kwnames) {
        return Abstract.call(t, args, kwnames);
    }

    static PyList drain(Object iterable) {
        PyList out = new PyList();
        out.extend(iterable);
        return out;
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

    static final Object AB = list(s("a"), s("b"));

    @Test
    void enumerateArguments() {
        check("!! TypeError: 'int' object is not iterable", () -> make(PyEnumerate.TYPE, i(1)));
        check("!! TypeError: 'str' object cannot be interpreted as an integer", () -> make(PyEnumerate.TYPE, AB, s("x")));
        check("!! TypeError: enumerate() missing required argument 'iterable'", () -> make(PyEnumerate.TYPE));
        check("!! TypeError: enumerate() takes at most 2 arguments (3 given)", () -> make(PyEnumerate.TYPE, AB, i(2), i(3)));
        check("!! TypeError: enumerate() takes at most 2 arguments (3 given)",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, i(1), i(2)}, "start", "x"));
        check("!! TypeError: enumerate() takes at most 2 arguments (3 given)",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, i(1), i(2)}, "start"));
        check("!! TypeError: 'iterable' is an invalid keyword argument for enumerate()",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, AB}, "iterable"));
        check("!! TypeError: 'start' is an invalid keyword argument for enumerate()",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {i(1)}, "start"));
        check("!! TypeError: 'x' is an invalid keyword argument for enumerate()",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {i(1)}, "x"));
        check("!! TypeError: 'x' is an invalid keyword argument for enumerate()",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, i(1)}, "x"));
        check("!! TypeError: 'x' is an invalid keyword argument for enumerate()",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, i(1)}, "iterable", "x"));
        check("!! TypeError: 'str' object cannot be interpreted as an integer",
                () -> makeKw(PyEnumerate.TYPE, new Object[] {AB, s("x")}, "iterable", "start"));
    }

    @Test
    void enumerateCounts() {
        check("[(0, 'a'), (1, 'b')]", () -> drain(make(PyEnumerate.TYPE, AB)));
        check("[(3, 'a'), (4, 'b')]", () -> drain(makeKw(PyEnumerate.TYPE, new Object[] {AB, i(3)}, "iterable", "start")));
        check("[(3, 'a'), (4, 'b')]", () -> drain(makeKw(PyEnumerate.TYPE, new Object[] {i(3), AB}, "start", "iterable")));
        check("[(3, 'a'), (4, 'b')]", () -> drain(makeKw(PyEnumerate.TYPE, new Object[] {AB, i(3)}, "start")));
        check("[(0, 'a'), (1, 'b')]", () -> drain(makeKw(PyEnumerate.TYPE, new Object[] {AB}, "iterable")));
        check("[(1180591620717411303424, 'a'), (1180591620717411303425, 'b')]",
                () -> drain(make(PyEnumerate.TYPE, AB, PyInt.of(BigInteger.TWO.pow(70)))));
        check("[(9223372036854775807, 'a'), (9223372036854775808, 'b')]",
                () -> drain(make(PyEnumerate.TYPE, AB, i(Long.MAX_VALUE))));
        check("[(-1, 'a'), (0, 'b')]", () -> drain(make(PyEnumerate.TYPE, AB, i(-1))));
        Object e = make(PyEnumerate.TYPE, AB, i(5));
        assertTrue(Abstract.repr(e).toString().startsWith("<enumerate object at 0x"));
        PyTuple r = (PyTuple) Abstract.callMethod(e, "__reduce__");
        assertSame(PyEnumerate.TYPE, r.get(0));
        check("5", () -> ((PyTuple) r.get(1)).get(1));
        check("enumerate[int]", () -> Abstract.getItem(PyEnumerate.TYPE, PyInt.TYPE));
    }

    @Test
    void enumerateSubclass() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        PyType e2 = (PyType) Abstract.call(PyType.TYPE, PyStr.of("E"), PyTuple.of(PyEnumerate.TYPE), ns);
        Object e = make(e2, AB, i(1));
        assertSame(e2, Abstract.typeOf(e));
        Abstract.setAttr(e, PyStr.of("tag"), i(9));
        check("9", () -> Abstract.getAttr(e, "tag"));
        check("[(1, 'a'), (2, 'b')]", () -> drain(e));
    }

    @Test
    void zipStrictness() {
        check("[(1, 3), (2, 4)]", () -> drain(make(PyZip.TYPE, list(i(1), i(2)), list(i(3), i(4), i(5)))));
        check("!! ValueError: zip() argument 2 is longer than argument 1",
                () -> drain(makeKw(PyZip.TYPE, new Object[] {AB, list(i(1), i(2), i(3)), PyBool.TRUE}, "strict")));
        check("!! ValueError: zip() argument 2 is shorter than argument 1",
                () -> drain(makeKw(PyZip.TYPE, new Object[] {list(i(1), i(2), i(3)), AB, PyBool.TRUE}, "strict")));
        check("!! ValueError: zip() argument 2 is shorter than argument 1",
                () -> drain(makeKw(PyZip.TYPE, new Object[] {list(i(1), i(2), i(3)), AB, list(i(1), i(2), i(3)),
                        PyBool.TRUE}, "strict")));
        check("!! ValueError: zip() argument 3 is longer than arguments 1-2",
                () -> drain(makeKw(PyZip.TYPE, new Object[] {AB, AB, list(i(1), i(2), i(3)), PyBool.TRUE}, "strict")));
        check("!! ValueError: zip() argument 3 is shorter than arguments 1-2",
                () -> drain(makeKw(PyZip.TYPE, new Object[] {AB, AB, list(i(1)), PyBool.TRUE}, "strict")));
        check("[('a',)]", () -> drain(makeKw(PyZip.TYPE, new Object[] {list(s("a")), new PyList()}, "strict")));
        check("[('a', 'a'), ('b', 'b')]", () -> drain(makeKw(PyZip.TYPE, new Object[] {AB, AB, PyBool.TRUE}, "strict")));
    }

    @Test
    void zipArguments() {
        check("!! TypeError: 'int' object is not iterable", () -> make(PyZip.TYPE, i(1)));
        check("!! TypeError: 'int' object is not iterable", () -> make(PyZip.TYPE, AB, i(1)));
        check("!! TypeError: zip() got an unexpected keyword argument 'strct'. Did you mean 'strict'?",
                () -> makeKw(PyZip.TYPE, new Object[] {AB, i(1)}, "strct"));
        check("!! TypeError: zip() got an unexpected keyword argument 'a'", () -> makeKw(PyZip.TYPE, new Object[] {i(1)}, "a"));
        check("!! TypeError: zip() takes at most 1 keyword argument (2 given)",
                () -> makeKw(PyZip.TYPE, new Object[] {AB, i(1), i(2)}, "strict", "x"));
        check("[]", () -> drain(make(PyZip.TYPE)));
        check("[]", () -> drain(makeKw(PyZip.TYPE, new Object[] {PyBool.TRUE}, "strict")));
        Object z = makeKw(PyZip.TYPE, new Object[] {AB, AB, PyBool.TRUE}, "strict");
        PyTuple r = (PyTuple) Abstract.callMethod(z, "__reduce__");
        assertEquals(3, r.size());
        assertSame(PyBool.TRUE, r.get(2));
        assertEquals(2, ((PyTuple) r.get(1)).size());
        assertEquals(2, ((PyTuple) Abstract.callMethod(make(PyZip.TYPE, AB), "__reduce__")).size());
        assertTrue(Abstract.repr(z).toString().startsWith("<zip object at 0x"));
    }

    @Test
    void mapAndFilter() {
        check("!! TypeError: map() must have at least two arguments.", () -> make(PyMap.TYPE));
        check("!! TypeError: map() must have at least two arguments.", () -> make(PyMap.TYPE, i(1)));
        check("!! TypeError: 'int' object is not iterable", () -> make(PyMap.TYPE, BUILTINS.get("len"), i(1)));
        check("!! TypeError: map() takes no keyword arguments", () -> makeKw(PyMap.TYPE, new Object[] {i(1)}, "f"));
        check("!! TypeError: map() takes no keyword arguments",
                () -> makeKw(PyMap.TYPE, new Object[] {BUILTINS.get("len"), AB, i(1)}, "x"));
        check("[5, 3]", () -> drain(make(PyMap.TYPE, BUILTINS.get("max"), list(i(2), i(3)), list(i(5), i(1), i(4)))));
        check("[1, 2]", () -> drain(make(PyMap.TYPE, BUILTINS.get("abs"), list(i(-1), i(2)))));
        check("!! TypeError: filter expected 2 arguments, got 0", () -> make(PyFilter.TYPE));
        check("!! TypeError: filter expected 2 arguments, got 1", () -> make(PyFilter.TYPE, i(1)));
        check("!! TypeError: filter expected 2 arguments, got 3", () -> make(PyFilter.TYPE, PyNone.NONE, AB, AB));
        check("!! TypeError: 'int' object is not iterable", () -> make(PyFilter.TYPE, PyNone.NONE, i(1)));
        check("!! TypeError: filter() takes no keyword arguments", () -> makeKw(PyFilter.TYPE, new Object[] {i(1)}, "f"));
        check("[1, 2]", () -> drain(make(PyFilter.TYPE, PyNone.NONE, list(i(0), i(1), i(2), s(""), PyNone.NONE))));
        check("[1, 2]", () -> drain(make(PyFilter.TYPE, PyBool.TYPE, list(i(0), i(1), i(2), s(""), PyNone.NONE))));
        check("[-1, 2]", () -> drain(make(PyFilter.TYPE, BUILTINS.get("abs"), list(i(0), i(-1), i(2)))));
        assertTrue(Abstract.repr(make(PyMap.TYPE, BUILTINS.get("len"), AB)).toString().startsWith("<map object at 0x"));
        assertTrue(Abstract.repr(make(PyFilter.TYPE, PyNone.NONE, AB)).toString().startsWith("<filter object at 0x"));
        PyTuple r = (PyTuple) Abstract.callMethod(make(PyMap.TYPE, BUILTINS.get("len"), AB, AB), "__reduce__");
        assertEquals(3, ((PyTuple) r.get(1)).size());
    }

    @Test
    void mapSubclassRefusesKeywordsWithoutInit() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        PyType m = (PyType) Abstract.call(PyType.TYPE, PyStr.of("M"), PyTuple.of(PyMap.TYPE), ns);
        check("!! TypeError: map() takes no keyword arguments",
                () -> Abstract.call(m, new Object[] {BUILTINS.get("len"), AB, i(1)}, new String[] {"x"}));
        check("[1, 1]", () -> drain(Abstract.call(m, BUILTINS.get("len"), AB)));
    }

    @Test
    void reversedSequences() {
        check("!! TypeError: 'int' object is not reversible", () -> make(PyReversed.TYPE, i(1)));
        check("!! TypeError: reversed expected 1 argument, got 0", () -> make(PyReversed.TYPE));
        check("!! TypeError: reversed expected 1 argument, got 2", () -> make(PyReversed.TYPE, i(1), i(2)));
        check("!! TypeError: reversed() takes no keyword arguments", () -> makeKw(PyReversed.TYPE, new Object[] {i(1)}, "x"));
        check("[20, 10, 0]", () -> drain(make(PyReversed.TYPE, new Seq())));
        check("!! TypeError: object of type 'OnlyGet' has no len()", () -> make(PyReversed.TYPE, new OnlyGet()));
        check("!! ValueError: __len__() should return >= 0", () -> make(PyReversed.TYPE, new BadLen()));
        Object r = make(PyReversed.TYPE, PyTuple.of(i(1), i(2), i(3)));
        assertSame(PyReversed.TYPE, Abstract.typeOf(r));
        check("3", () -> Abstract.callMethod(r, "__length_hint__"));
        check("3", () -> Abstract.callMethod(r, "__next__"));
        check("2", () -> Abstract.callMethod(r, "__length_hint__"));
        check("[2, 1]", () -> drain(r));
        check("0", () -> Abstract.callMethod(r, "__length_hint__"));
        check("(<class 'reversed'>, ((),))", () -> Abstract.callMethod(r, "__reduce__"));
        Object seq = new Seq();
        Object r2 = make(PyReversed.TYPE, seq);
        PyTuple red = (PyTuple) Abstract.callMethod(r2, "__reduce__");
        assertSame(seq, ((PyTuple) red.get(1)).get(0));
        check("2", () -> red.get(2));
        check("!! OverflowError: Python int too large to convert to C ssize_t",
                () -> Abstract.callMethod(r2, "__setstate__", PyInt.of(BigInteger.TWO.pow(70))));
        Abstract.callMethod(r2, "__setstate__", i(0));
        check("[0]", () -> drain(r2));
        assertTrue(Abstract.repr(make(PyReversed.TYPE, new Seq())).toString().startsWith("<reversed object at 0x"));
    }

    @Test
    void reversedHonoursReversedMethod() {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        ns.setItem(PyStr.of("__reversed__"), PyNone.NONE);
        PyType noRev = (PyType) Abstract.call(PyType.TYPE, PyStr.of("NoRev"), PyTuple.EMPTY, ns);
        check("!! TypeError: 'NoRev' object is not reversible", () -> make(PyReversed.TYPE, Abstract.call(noRev)));
    }
}
