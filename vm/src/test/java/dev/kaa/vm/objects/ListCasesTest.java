package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code list} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}), and the sort checked against Java's stable sort on large inputs.
 */
class ListCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void listCasesMatchCPython() {
        ListScriptTest.check("list");
    }

    /** Sorting by a key with many ties keeps equal keys in their original order, either direction. */
    @Test
    void sortIsStableOnLargeInputs() {
        Random rnd = new Random(42);
        for (int n : new int[] {0, 1, 2, 63, 64, 65, 1000, 30_001}) {
            Object[] items = new Object[n];
            List<long[]> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                long key = rnd.nextInt(50);
                items[i] = PyTuple.of(PyInt.of(key), PyInt.of(i));
                expected.add(new long[] {key, i});
            }
            for (boolean reverse : new boolean[] {false, true}) {
                PyList l = new PyList(items.clone());
                Object keyFn = new ListScriptTest.Func("first", (a, k) -> ((PyTuple) a[0]).get(0));
                l.sort(keyFn, reverse);
                List<long[]> want = new ArrayList<>(expected);
                Comparator<long[]> byKey = Comparator.comparingLong(x -> x[0]);
                want.sort(reverse ? byKey.reversed() : byKey);
                for (int i = 0; i < n; i++) {
                    PyTuple t = (PyTuple) l.get(i);
                    assertEquals(want.get(i)[0], ((PyInt) t.get(0)).longValue(), "key at " + i);
                    assertEquals(want.get(i)[1], ((PyInt) t.get(1)).longValue(), "original index at " + i);
                }
            }
        }
    }

    @Test
    void sortOfRandomIntsIsOrdered() {
        Random rnd = new Random(7);
        Object[] items = new Object[100_000];
        for (int i = 0; i < items.length; i++) {
            items[i] = PyInt.of(rnd.nextLong() % 1_000_000);
        }
        PyList l = new PyList(items);
        l.sort(null, false);
        for (int i = 1; i < l.size(); i++) {
            long a = ((PyInt) l.get(i - 1)).longValue(), b = ((PyInt) l.get(i)).longValue();
            assertEquals(true, a <= b, "order at " + i);
        }
    }

    @Test
    void failedComparisonLosesNoItem() {
        PyList l = new PyList(new Object[] {PyInt.of(3), PyStr.of("x"), PyInt.of(1), PyInt.of(2)});
        assertThrows(PyException.class, () -> l.sort(null, false));
        assertEquals(4, l.size());
        PyList empty = new PyList();
        empty.sort(null, true);
        assertSame(0, empty.size());
    }
}
