package dev.kaa.examples.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An interpreter built with the example's fair GIL runs threaded Python code correctly. */
class FairGilProviderTest {
    @Test
    void anInterpreterRunsOnTheLockItWasGiven() {
        long before = FairGilProvider.MADE.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        try (Interpreter interp = Interpreter.create(Config.embedded().withGil("fair"),
                new ByteArrayInputStream(new byte[0]), out, err)) {
            interp.runSource("""
                    import sys, threading, queue
                    sys.setswitchinterval(0.0005)
                    counts = [0] * 4
                    def spin(i):
                        for _ in range(20000):
                            counts[i] += 1
                    ts = [threading.Thread(target=spin, args=(i,)) for i in range(4)]
                    for t in ts: t.start()
                    for t in ts: t.join()
                    q = queue.Queue()
                    threading.Thread(target=lambda: [q.put(i) for i in range(100)]).start()
                    print(counts, sum(q.get() for _ in range(100)), sys._is_gil_enabled(), sys.getswitchinterval())
                    """, "<fair>");
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        assertEquals("[20000, 20000, 20000, 20000] 4950 True 0.0005\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(FairGilProvider.MADE.get() > before, "the interpreter made its lock with the fair provider");
    }
}
