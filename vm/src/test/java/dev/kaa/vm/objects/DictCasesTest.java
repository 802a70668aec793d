package dev.kaa.vm.objects;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code dict} cases of {@code containers/} compared with CPython 3.13's results (see
 * {@link ListScriptTest}; {@code containers/gen_expected.py} regenerates the expected files).
 */
class DictCasesTest {
    @BeforeAll
    static void boot() {
        BuiltinTypes.boot();
    }

    @Test
    void dictCasesMatchCPython() {
        ListScriptTest.check("dict");
    }

    /** Seeded insertions, deletions, pops and view algebra. */
    @Test
    void dictRandomCasesMatchCPython() {
        ListScriptTest.check("dict_random");
    }

    /** Heavy churn (insert, delete, popitem) keeps the index usable: every key is found again. */
    @Test
    void churnKeepsEveryKeyReachable() {
        PyDict d = new PyDict();
        java.util.Map<Long, Long> model = new java.util.LinkedHashMap<>();
        java.util.Random rnd = new java.util.Random(3);
        for (int step = 0; step < 200_000; step++) {
            long k = rnd.nextInt(300);
            switch (rnd.nextInt(4)) {
                case 0, 1 -> {
                    d.setItem(PyInt.of(k), PyInt.of(step));
                    model.put(k, (long) step);
                }
                case 2 -> {
                    d.delItem(PyInt.of(k));
                    model.remove(k);
                }
                default -> {
                    if (d.size() > 0) {
                        PyTuple t = d.popLast();
                        long last = model.keySet().stream().reduce((a, b) -> b).orElseThrow();
                        org.junit.jupiter.api.Assertions.assertEquals(last, ((PyInt) t.get(0)).longValue());
                        model.remove(last);
                    }
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertEquals(model.size(), d.size());
        java.util.List<Long> keys = new java.util.ArrayList<>();
        for (Object k : d.keys()) {
            keys.add(((PyInt) k).longValue());
        }
        org.junit.jupiter.api.Assertions.assertEquals(new java.util.ArrayList<>(model.keySet()), keys);
        for (var e : model.entrySet()) {
            org.junit.jupiter.api.Assertions.assertEquals(e.getValue(),
                    ((PyInt) d.getItem(PyInt.of(e.getKey()))).longValue());
        }
    }
}
