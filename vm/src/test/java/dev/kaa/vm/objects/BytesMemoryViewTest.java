package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Mirrors {@code strcases/memoryview_cast.py} (memoryview casts to every native format, item
 * reads and writes, comparisons) and compares with CPython 3.13's output,
 * {@code memoryview_cast.expected}.
 *
 * <p>Thread safety: test code, confined.
 */
class BytesMemoryViewTest {
    private final List<String> out = new ArrayList<>();

    private void print(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(v instanceof String s ? s : Abstract.str(v).value());
        }
        out.add(String.join(" ", parts));
    }

    private void err(Supplier<Object> f) {
        try {
            print(f.get());
        } catch (PyException e) {
            out.add(e.value().type().name() + " " + Abstract.str(e.value()).value());
        }
    }

    private static Object call(Object o, String method, Object... args) {
        return Abstract.call(Abstract.getAttr(o, method), args);
    }

    private static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Object view(Object o) {
        return Abstract.call(PyMemoryView.TYPE, o);
    }

    private static Object cast(Object v, String f) {
        return call(v, "cast", PyStr.of(f));
    }

    private static PySlice sl(Object a, Object b, Object c) {
        return new PySlice(a, b, c);
    }

    private static final Object N = PyNone.NONE;

    private Object set(Object w, Object k, Object v) {
        Abstract.setItem(w, k, v);
        return call(w, "tolist");
    }

    @Test
    void castsAsCPython() throws IOException {
        BuiltinTypes.boot();
        Object m = view(b("\u0001\u0000\u00ff\u00ff\u0000\u0000\u0080\u003f"));
        for (String f : new String[] {"B", "b", "c", "h", "H", "i", "I", "l", "L", "q", "Q", "f", "d", "e", "?", "n",
                "N", "P", "@h"}) {
            Object c = cast(m, f);
            print(f, Abstract.getAttr(c, "itemsize"), Abstract.getAttr(c, "nbytes"), PyInt.of(Abstract.len(c)),
                    call(c, "tolist"), Abstract.getAttr(c, "format"), Abstract.getAttr(c, "shape"),
                    Abstract.getAttr(c, "strides"), Abstract.repr(Abstract.getItem(c, PyInt.of(0))),
                    call(Abstract.getItem(c, sl(PyInt.of(-1), N, N)), "tolist"),
                    Abstract.call(PyList.TYPE, Abstract.getItem(c, sl(N, N, PyInt.of(2)))));
        }
        err(() -> cast(cast(m, "h"), "i"));
        err(() -> cast(view(b("abc")), "h"));
        err(() -> cast(m, "x"));
        err(() -> cast(m, "<h"));
        err(() -> cast(Abstract.getItem(m, sl(N, N, PyInt.of(2))), "B"));
        err(() -> call(cast(cast(m, "h"), "B"), "tolist"));
        err(() -> PyInt.of(Abstract.hash(cast(m, "h"))));
        err(() -> Abstract.richCompare(cast(m, "h"), cast(m, "h"), CompareOp.EQ));
        err(() -> Abstract.richCompare(cast(m, "c"), b("\u0001\u0000\u00ff\u00ff\u0000\u0000\u0080\u003f"),
                CompareOp.EQ));
        err(() -> Abstract.richCompare(cast(m, "b"), m, CompareOp.EQ));
        err(() -> Abstract.richCompare(cast(m, "B"), m, CompareOp.EQ));
        err(() -> call(m, "cast", PyInt.of(1)));
        err(() -> call(cast(m, "h"), "tobytes"));
        err(() -> call(cast(m, "h"), "hex"));
        Object w = cast(view(new PyByteArray(new byte[8])), "h");
        err(() -> set(w, PyInt.of(0), PyInt.of(5)));
        err(() -> set(w, PyInt.of(1), PyInt.of(-32768)));
        err(() -> set(w, PyInt.of(0), PyInt.of(70000)));
        err(() -> set(w, PyInt.of(0), new PyFloat(1.5)));
        err(() -> set(w, sl(PyInt.of(2), PyInt.of(4), N), cast(view(b("\u0007\u0000\u0008\u0000")), "h")));
        err(() -> set(w, sl(PyInt.of(0), PyInt.of(2), N), b("abcd")));
        Object c = cast(view(new PyByteArray(new byte[2])), "c");
        err(() -> set(c, PyInt.of(0), b("x")));
        err(() -> set(c, PyInt.of(0), b("xy")));
        err(() -> set(c, PyInt.of(0), PyInt.of(1)));
        Object d = cast(view(new PyByteArray(new byte[8])), "d");
        err(() -> set(d, PyInt.of(0), PyInt.of(1)));
        err(() -> set(d, PyInt.of(0), PyStr.of("a")));
        Object q = cast(view(new PyByteArray(new byte[1])), "?");
        err(() -> set(q, PyInt.of(0), PyInt.of(5)));
        Object u = cast(view(new PyByteArray(new byte[8])), "Q");
        BigInteger two64 = BigInteger.ONE.shiftLeft(64);
        err(() -> set(u, PyInt.of(0), PyInt.of(two64.subtract(BigInteger.ONE))));
        err(() -> set(u, PyInt.of(0), PyInt.of(two64)));
        err(() -> set(u, PyInt.of(0), PyInt.of(-1)));
        String expected;
        try (InputStream in = getClass().getResourceAsStream("strcases/memoryview_cast.expected")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, String.join("\n", out) + "\n");
    }
}
