package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subclasses of {@code str}, {@code bytes} and {@code bytearray} made as Python makes them
 * ({@code type('S', (str,), {})}): which results keep the subclass, instance attributes, hashing.
 * Expected lines from CPython 3.13 running the same steps.
 *
 * <p>Thread safety: test code, confined.
 */
class StrSubclassTest {

    private static Object call(Object o, String method, Object... args) {
        return Abstract.call(Abstract.getAttr(o, method), args);
    }

    private static String tn(Object o) {
        return Abstract.typeOf(o).name();
    }

    private static PyType subclass(String name, PyType base) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("__main__"));
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(base), ns);
    }

    @Test
    void subclassesAsCPython() {
        BuiltinTypes.boot();
        List<String> out = new ArrayList<>();
        PyType sType = subclass("S", PyStr.TYPE);
        Object s = Abstract.call(sType, PyStr.of("abc"));
        Abstract.setAttr(s, PyStr.of("k"), PyInt.of(1));
        PyStr x = PyStr.of("x");
        out.add(String.join(" ", tn(s), tn(Abstract.binaryOp(s, x, BinaryOp.ADD)),
                tn(Abstract.binaryOp(x, s, BinaryOp.ADD)), tn(call(s, "upper")), tn(Abstract.str(s)),
                tn(Abstract.getItem(s, new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE))),
                tn(Abstract.binaryOp(s, PyInt.of(1), BinaryOp.MULTIPLY)),
                Abstract.repr(Abstract.getAttr(s, "k")).value(),
                Abstract.hash(s) == Abstract.hash(PyStr.of("abc")) ? "True" : "False",
                Abstract.richCompare(s, PyStr.of("abc"), CompareOp.EQ).toString(),
                tn(StrFormat.format(s, "")), Abstract.repr(s).value(), tn(call(s, "strip")),
                tn(call(s, "replace", PyStr.of("z"), PyStr.of("y"))),
                tn(call(PyStr.EMPTY, "join", new PyList(new Object[] {s}))),
                tn(((PyList) call(s, "split")).get(0)), tn(((PyTuple) call(s, "partition", PyStr.of("z"))).get(0))));
        PyType bType = subclass("B", PyBytes.TYPE);
        Object b = Abstract.call(bType, new PyBytes("abc".getBytes()));
        out.add(String.join(" ", tn(b), Abstract.repr(b).value(), tn(Abstract.binaryOp(b, PyBytes.EMPTY, BinaryOp.ADD)),
                tn(Abstract.getItem(b, new PySlice(PyNone.NONE, PyNone.NONE, PyNone.NONE))),
                tn(Abstract.call(PyBytes.TYPE, b)),
                Abstract.richCompare(b, new PyBytes("abc".getBytes()), CompareOp.EQ).toString(),
                Abstract.hash(b) == Abstract.hash(new PyBytes("abc".getBytes())) ? "True" : "False",
                tn(call(bType, "fromhex", PyStr.of("61")))));
        PyType baType = subclass("BA", PyByteArray.TYPE);
        Object ba = Abstract.call(baType, new PyBytes("abc".getBytes()));
        out.add(String.join(" ", tn(ba), Abstract.repr(ba).value(),
                tn(Abstract.binaryOp(ba, PyBytes.EMPTY, BinaryOp.ADD)), tn(call(ba, "copy")),
                Abstract.richCompare(ba, new PyBytes("abc".getBytes()), CompareOp.EQ).toString(),
                tn(call(baType, "fromhex", PyStr.of("61")))));
        assertEquals("""
                S str str str str str str 1 True True str 'abc' str str str str S
                B b'abc' bytes bytes bytes True True B
                BA BA(b'abc') bytearray bytearray True BA""", String.join("\n", out));
    }
}
