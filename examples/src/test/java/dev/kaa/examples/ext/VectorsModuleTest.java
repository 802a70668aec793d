package dev.kaa.examples.ext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The example extension, imported and used by Python code in an embedded interpreter. */
class VectorsModuleTest {
    private static String run(String source) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (Interpreter interp = Interpreter.create(Config.embedded(), new ByteArrayInputStream(new byte[0]), out, err)) {
            int status = interp.runSource(source, "<test>");
            assertEquals("", err.toString(StandardCharsets.UTF_8));
            assertEquals(0, status);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void typesFunctionsAndErrorsBehaveAsPython() {
        String out = run("""
                import kaa_vectors as kv
                v = kv.Vector([3, 4])
                print(v, len(v), v[0], v[-1], v.norm(), v.ndim, kv.__version__)
                print(kv.zeros(2), kv.linspace(0, 1, 3), kv.linspace(0, 1, num=2))
                print(v == kv.Vector((3.0, 4.0)), v == [3, 4], v.dot(kv.Vector([1, 1])))
                for bad in ('v[2]', 'v.dot(kv.zeros(3))', 'kv.Vector(["x"])', 'kv.zeros(-1)', 'kv.zeros()',
                            'v.dot([1, 2])', 'kv.linspace(0, 1, num="3")'):
                    try:
                        eval(bad)
                    except Exception as e:
                        print(type(e).__name__ + ":", e)
                print(type(v), type(v).__module__, isinstance(v, kv.Vector))
                """);
        assertEquals("""
                Vector([3.0, 4.0]) 2 3.0 4.0 5.0 1 1.0
                Vector([0.0, 0.0]) Vector([0.0, 0.5, 1.0]) Vector([0.0, 1.0])
                True False 7.0
                IndexError: vector index out of range
                ValueError: shapes (2,) and (3,) not aligned
                TypeError: must be real number, not str
                ValueError: negative dimension: -1
                TypeError: kaa_vectors.zeros() takes exactly one argument (0 given)
                TypeError: dot() argument 1 must be Vector, not list
                TypeError: 'str' object cannot be interpreted as an integer
                <class 'kaa_vectors.Vector'> kaa_vectors True
                """, out);
    }

    @Test
    void pythonSubclassesGetADictAndSlots() {
        String out = run("""
                import kaa_vectors as kv
                class Named(kv.Vector):
                    def __new__(cls, values, name):
                        self = super().__new__(cls, values)
                        self.name = name
                        return self
                    def __init__(self, values, name):
                        pass
                    def __repr__(self):
                        return self.name + super().__repr__()
                n = Named([1, 2], "n")
                print(n, n.name, n.norm() ** 2, isinstance(n, kv.Vector), type(n).__mro__[1].__name__)
                class Slotted(kv.Vector):
                    __slots__ = ("tag",)
                s = Slotted([0])
                s.tag = "t"
                print(s.tag, hasattr(s, "__dict__"), len(s))
                """);
        assertEquals("nVector([1.0, 2.0]) n 5.000000000000001 True Vector\nt False 1\n", out);
    }

    @Test
    void theDotProductRunsWhileOtherThreadsDo() {
        String out = run("""
                import threading, kaa_vectors as kv
                big = kv.linspace(0, 1, 200_000)
                results = []
                def work():
                    results.append(round(big.dot(big), 3))
                ts = [threading.Thread(target=work) for _ in range(4)]
                for t in ts: t.start()
                for t in ts: t.join()
                print(results)
                """);
        assertEquals("[66666.833, 66666.833, 66666.833, 66666.833]\n", out);
    }
}
