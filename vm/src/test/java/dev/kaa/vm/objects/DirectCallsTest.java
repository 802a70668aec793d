package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Built-in methods give the same results, and raise the same exceptions, before and after they
 * turn hot and are called through a {@link DirectCalls direct caller} instead of their method
 * handle.
 */
class DirectCallsTest {
    static {
        BuiltinTypes.boot();
    }

    /** One function per kind of Java result an exposed method may have. */
    static final class Fns {
        @PyMethod
        static boolean truth(Object a) {
            return a == PyNone.NONE;
        }

        @PyMethod
        static int count(Object a, Object b) {
            return 2;
        }

        @PyMethod
        static long big(Object a) {
            return Long.MAX_VALUE;
        }

        @PyMethod
        static double half(Object a) {
            return 0.5;
        }

        @PyMethod
        static String text() {
            return "t";
        }

        @PyMethod
        static Object nothing(Object a) {
            return null;
        }

        @PyMethod
        static void effect(Object a) {
        }

        @PyMethod
        static Object raw(Object[] args, String[] kwnames) {
            return PyInt.of(args.length * 10 + (kwnames == null ? 0 : kwnames.length));
        }

        @PyMethod
        static Object fail(Object a) {
            throw new ArithmeticException("boom");
        }
    }

    static final Map<String, PyBuiltinFunction> FN = Exposer.functions(Fns.class, MethodHandles.lookup(), "__main__", null);

    /** Calls {@code name} enough times to turn it hot, checking each result against the first. */
    private static Object callOften(String name, Object... args) {
        PyBuiltinFunction f = FN.get(name);
        Object first = f.callFromStack(args, 0, args.length);
        for (int i = 0; i < 1000; i++) {
            Object again = f.callFromStack(args, 0, args.length);
            assertEquals(Abstract.repr(first).toString(), Abstract.repr(again).toString(), name + " call " + i);
        }
        return first;
    }

    @Test void resultsConvertAsTheMethodHandlesDo() {
        assertSame(PyBool.TRUE, callOften("truth", PyNone.NONE));
        assertEquals("2", Abstract.repr(callOften("count", PyNone.NONE, PyNone.NONE)).toString());
        assertEquals("9223372036854775807", Abstract.repr(callOften("big", PyNone.NONE)).toString());
        assertEquals("0.5", Abstract.repr(callOften("half", PyNone.NONE)).toString());
        assertEquals("'t'", Abstract.repr(callOften("text")).toString());
        assertSame(PyNone.NONE, callOften("nothing", PyNone.NONE));
        assertSame(PyNone.NONE, callOften("effect", PyNone.NONE));
    }

    @Test void rawMethodsTakeTheirArgumentsAsTheyCome() {
        PyBuiltinFunction f = FN.get("raw");
        for (int i = 0; i < 1000; i++) {
            assertEquals("31", Abstract.repr(f.call(new Object[] {PyNone.NONE, PyNone.NONE, PyInt.ONE},
                    new String[] {"k"})).toString());
            assertEquals("0", Abstract.repr(f.call(new Object[0], null)).toString());
        }
    }

    @Test void javaExceptionsBecomeTheSamePythonExceptions() {
        PyBuiltinFunction f = FN.get("fail");
        Object[] args = {PyNone.NONE};
        PyException first = assertThrows(PyException.class, () -> f.callFromStack(args, 0, 1));
        for (int i = 0; i < 1000; i++) {
            PyException again = assertThrows(PyException.class, () -> f.callFromStack(args, 0, 1));
            assertSame(first.pyType(), again.pyType());
        }
    }

    @Test void methodsOfBuiltinTypesAndTheirSlots() {
        PyMethodDescr startswith = (PyMethodDescr) PyStr.TYPE.lookup(PyStr.intern("startswith"));
        assertNotNull(startswith);
        Object[] prefix = {PyStr.of("ab")};
        for (int i = 0; i < 1000; i++) {
            assertSame(PyBool.TRUE, startswith.callFromStack(PyStr.of("abc"), prefix, 0, 1));
            assertSame(PyBool.FALSE, startswith.callFromStack(PyStr.of("xbc"), prefix, 0, 1));
        }
        PyList list = new PyList();
        for (int i = 0; i < 1000; i++) {
            assertSame(PyBool.TRUE, PyBool.of(Abstract.equals(Abstract.getItem(PyStr.of("xyz"), PyInt.of(1)), PyStr.of("y"))));
            assertEquals(i, Abstract.len(list));
            list.append(PyInt.of(i));
        }
    }
}
