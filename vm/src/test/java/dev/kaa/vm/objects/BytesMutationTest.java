package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Mirrors {@code strcases/bytes_mutation.py} step by step (bytearray mutation, slice assignment
 * and deletion, memoryview) and compares the printed lines with CPython 3.13's output,
 * {@code bytes_mutation.expected}.
 *
 * <p>Thread safety: test code, confined.
 */
class BytesMutationTest {
    private final List<String> out = new ArrayList<>();

    private void print(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(Abstract.str(v).value());
        }
        out.add(String.join(" ", parts));
    }

    private void err(Runnable r) {
        try {
            r.run();
            out.add("no error");
        } catch (PyException e) {
            out.add(e.value().type().name() + " " + Abstract.str(e.value()).value());
        }
    }

    private static Object call(Object o, String method, Object... args) {
        return Abstract.call(Abstract.getAttr(o, method), args);
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyBytes b(String latin1) {
        return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PyByteArray ba(String latin1) {
        return new PyByteArray(latin1.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static PySlice sl(Object a, Object b, Object c) {
        return new PySlice(a, b, c);
    }

    private static final Object N = PyNone.NONE;

    @Test
    void mirrorsCPython() throws IOException {
        BuiltinTypes.boot();
        PyByteArray b = ba("hello");
        call(b, "append", i(33));
        print(b);
        call(b, "extend", b(" w"));
        call(b, "extend", new PyList(new Object[] {i(111), i(114)}));
        call(b, "extend", Abstract.iter(new PyList(new Object[] {i(108), i(100)})));
        print(b);
        call(b, "insert", i(0), i(62));
        call(b, "insert", i(-1), i(95));
        call(b, "insert", i(100), i(60));
        print(b);
        print(call(b, "pop"), call(b, "pop", i(0)), call(b, "pop", i(-2)), b);
        call(b, "remove", i(108));
        print(b);
        call(b, "reverse");
        print(b);
        Object c = call(b, "copy");
        call(b, "clear");
        print(b, c);
        Abstract.setItem(c, sl(i(0), i(2), N), b("XYZ"));
        print(c);
        Abstract.setItem(c, sl(N, N, i(2)), Abstract.call(PyBytes.TYPE, i(Abstract.len(Abstract.getItem(c, sl(N, N, i(2)))))));
        print(c);
        Abstract.delItem(c, sl(i(1), i(3), N));
        print(c);
        Abstract.delItem(c, sl(N, N, i(3)));
        print(c);
        Abstract.delItem(c, sl(N, N, i(-2)));
        print(c);
        Abstract.setItem(c, i(1), i(65));
        print(c);
        Abstract.setItem(c, sl(i(-1), N, N), new PyList(new Object[] {i(66), i(67)}));
        print(c);
        Abstract.setItem(c, sl(i(5), i(2), N), b("--"));
        print(c);
        Object c2 = Abstract.inplaceOp(c, b("++"), BinaryOp.ADD);
        print(c2);
        Object c3 = Abstract.inplaceOp(c2, i(2), BinaryOp.MULTIPLY);
        print(c3);
        PyByteArray d = ba("abc");
        Abstract.setItem(d, sl(N, N, i(-1)), b("xyz"));
        print(d);
        Abstract.setItem(d, sl(i(0), i(0), N), d);
        print(d);
        PyByteArray e = ba("abc");
        Object m = Abstract.call(PyMemoryView.TYPE, e);
        call(m, "__enter__");
        err(() -> call(e, "append", i(1)));
        err(() -> Abstract.inplaceOp(e, b("x"), BinaryOp.ADD));
        Abstract.setItem(m, i(1), i(66));
        print(e);
        call(m, "release");
        call(e, "append", i(100));
        print(e);
        Object cc = c3;
        err(() -> call(cc, "pop", i(99)));
        err(() -> call(new PyByteArray(new byte[0]), "pop"));
        err(() -> call(cc, "remove", i(300)));
        err(() -> call(cc, "remove", i(0)));
        err(() -> call(cc, "extend", i(5)));
        err(() -> call(cc, "extend", PyStr.of("ab")));
        err(() -> Abstract.setItem(cc, sl(N, N, i(2)), b("x")));
        err(() -> Abstract.setItem(cc, sl(i(0), i(1), N), i(5)));
        Object mv = Abstract.call(PyMemoryView.TYPE, b("abcdef"));
        print(i(Abstract.len(mv)), Abstract.getItem(mv, i(1)), Abstract.getItem(mv, i(-1)),
                call(Abstract.getItem(mv, sl(i(1), i(4), N)), "tobytes"),
                call(Abstract.getItem(mv, sl(N, N, i(2))), "tolist"),
                call(Abstract.getItem(mv, sl(N, N, i(-1))), "tobytes"),
                Abstract.getAttr(mv, "readonly"), Abstract.getAttr(mv, "format"), Abstract.getAttr(mv, "itemsize"),
                Abstract.getAttr(mv, "nbytes"), Abstract.getAttr(mv, "ndim"), Abstract.getAttr(mv, "shape"),
                Abstract.getAttr(mv, "strides"), Abstract.richCompare(mv, b("abcdef"), CompareOp.EQ),
                Abstract.richCompare(Abstract.getItem(mv, sl(i(1), i(3), N)), b("bc"), CompareOp.EQ),
                Abstract.richCompare(mv, ba("abcdef"), CompareOp.EQ), Abstract.richCompare(mv, b("x"), CompareOp.NE),
                call(mv, "hex"), Abstract.getAttr(Abstract.getItem(mv, sl(N, N, i(2))), "nbytes"),
                Abstract.call(PyList.TYPE, Abstract.getItem(mv, sl(i(4), N, N))));
        Object q = Abstract.call(PyMemoryView.TYPE, ba("xy"));
        Object entered = call(q, "__enter__");
        print(call(entered, "tobytes"), Abstract.getAttr(entered, "readonly"));
        call(q, "__exit__", N, N, N);
        err(() -> Abstract.len(q));
        err(() -> Abstract.setItem(mv, i(0), i(1)));
        err(() -> Abstract.getItem(mv, i(10)));
        Object mm = Abstract.call(PyMemoryView.TYPE, ba("abc"));
        Abstract.setItem(mm, sl(i(0), i(2), N), b("XY"));
        print(call(mm, "tobytes"), Abstract.call(PyBytes.TYPE, mm), Abstract.call(PyByteArray.TYPE, mm),
                Abstract.call(PyStr.TYPE, Abstract.call(PyBytes.TYPE, Abstract.getItem(mm, sl(N, N, i(-1)))),
                        PyStr.of("ascii")));
        err(() -> Abstract.setItem(mm, i(0), i(256)));
        err(() -> Abstract.setItem(mm, i(0), b("a")));
        err(() -> Abstract.setItem(mm, sl(i(0), i(1), N), b("ab")));
        err(() -> Abstract.hash(mm));
        print(PyBool.of(Abstract.hash(Abstract.call(PyMemoryView.TYPE, b("abc"))) == Abstract.hash(b("abc"))),
                Abstract.getAttr(call(mm, "toreadonly"), "readonly"), Abstract.getAttr(mm, "obj"));
        String expected;
        try (InputStream in = getClass().getResourceAsStream("strcases/bytes_mutation.expected")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(expected, String.join("\n", out) + "\n");
    }

    /**
     * Kaa-specific (see {@link PyMemoryView}): a view outside a {@code with} block does not pin
     * the bytearray, so a dropped temporary view never blocks a later resize; a view whose
     * bytearray shrank under it raises BufferError instead of reading past the end.
     */
    @Test
    void unpinnedViews() {
        BuiltinTypes.boot();
        PyByteArray e = ba("abcd");
        Object view = Abstract.call(PyMemoryView.TYPE, e);
        assertEquals("b'ab'", Abstract.repr(call(Abstract.getItem(view, sl(N, i(2), N)), "tobytes")).value());
        call(e, "append", i(101));
        assertEquals("bytearray(b'abcde')", Abstract.repr(e).value());
        assertEquals("101", Abstract.repr(Abstract.getItem(Abstract.call(PyMemoryView.TYPE, e), i(4))).value());
        call(e, "clear");
        try {
            call(view, "tobytes");
            throw new AssertionError("no error");
        } catch (PyException x) {
            assertEquals("BufferError", x.value().type().name());
        }
    }
}
