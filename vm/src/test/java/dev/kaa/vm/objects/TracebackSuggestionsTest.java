package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * "Did you mean" against CPython 3.13's {@code _suggestions._generate_suggestions} (the cases
 * and answers in {@code resources/traceback/suggestions.jsonl}, made by suggestions.py), and the
 * traceback object's Python-visible behaviour.
 */
class TracebackSuggestionsTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @TestFactory
    Stream<DynamicTest> closestNames() {
        return TracebackPrinterTest.resource("suggestions.jsonl").lines().map(line -> {
            List<Object> r = TracebackPrinterTest.Json.array(line);
            String wrong = (String) r.get(0);
            return dynamicTest(wrong, () -> {
                List<Object> names = new ArrayList<>();
                for (Object n : r.subList(2, r.size())) {
                    names.add(PyStr.of((String) n));
                }
                assertEquals(r.get(1), TracebackSuggestions.closest(names, wrong));
            });
        });
    }

    static String t(java.util.function.Supplier<Object> f) {
        return ExcBasicsTest.t(f);
    }

    @Test
    void canColorize() {
        java.util.Map<String, String> none = java.util.Map.of();
        assertEquals(true, TracebackPrinter.canColorize(none, false, true));
        assertEquals(false, TracebackPrinter.canColorize(none, false, false));
        assertEquals(false, TracebackPrinter.canColorize(java.util.Map.of("PYTHON_COLORS", "0", "FORCE_COLOR", "1"), false, true));
        assertEquals(true, TracebackPrinter.canColorize(java.util.Map.of("PYTHON_COLORS", "1", "NO_COLOR", "1"), false, false));
        assertEquals(false, TracebackPrinter.canColorize(java.util.Map.of("NO_COLOR", "", "FORCE_COLOR", "1"), false, true));
        assertEquals(true, TracebackPrinter.canColorize(java.util.Map.of("FORCE_COLOR", "1", "TERM", "dumb"), false, false));
        assertEquals(false, TracebackPrinter.canColorize(java.util.Map.of("TERM", "dumb"), false, true));
        assertEquals(false, TracebackPrinter.canColorize(java.util.Map.of("FORCE_COLOR", "1"), true, false));
    }

    @Test
    void tracebackObjects() {
        TracebackPrinterTest.FakeFrame frame = new TracebackPrinterTest.FakeFrame("f.py", "g", new int[] {7, 7, 0, 3});
        Object tb = Abstract.call(PyTraceback.TYPE, PyNone.NONE, frame, PyInt.of(0), PyInt.of(1));
        assertEquals("1", t(() -> Abstract.getAttr(tb, "tb_lineno")));
        assertEquals("0", t(() -> Abstract.getAttr(tb, "tb_lasti")));
        Object tb2 = Abstract.call(PyTraceback.TYPE, PyNone.NONE, frame, PyInt.of(0), PyInt.of(-1));
        assertEquals("7", t(() -> Abstract.getAttr(tb2, "tb_lineno")));
        assertEquals("TypeError: expected traceback object or None, got 'int'",
                t(() -> Abstract.call(PyTraceback.TYPE, PyInt.of(1), frame, PyInt.of(0), PyInt.of(1))));
        assertEquals("TypeError: traceback() argument 'tb_frame' must be frame, not int",
                t(() -> Abstract.call(PyTraceback.TYPE, PyNone.NONE, PyInt.of(1), PyInt.of(0), PyInt.of(1))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer",
                t(() -> Abstract.call(PyTraceback.TYPE, PyNone.NONE, frame, PyStr.of("a"), PyInt.of(1))));
        assertEquals("TypeError: traceback() missing required argument 'tb_lineno' (pos 4)",
                t(() -> Abstract.call(PyTraceback.TYPE, PyNone.NONE, frame, PyInt.of(0))));
        assertEquals("ValueError: traceback loop detected",
                t(() -> { Abstract.setAttr(tb, PyStr.of("tb_next"), tb); return PyNone.NONE; }));
        assertEquals("TypeError: can't delete tb_next attribute",
                t(() -> { Abstract.delAttr(tb, PyStr.of("tb_next")); return PyNone.NONE; }));
        assertEquals("TypeError: expected traceback object, got 'int'",
                t(() -> { Abstract.setAttr(tb, PyStr.of("tb_next"), PyInt.of(5)); return PyNone.NONE; }));
        Abstract.setAttr(tb, PyStr.of("tb_next"), tb2);
        assertEquals(tb2, Abstract.getAttr(tb, "tb_next"));
    }
}
