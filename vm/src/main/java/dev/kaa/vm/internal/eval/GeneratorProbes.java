package dev.kaa.vm.internal.eval;

import dev.kaa.vm.objects.PyFrame;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * What CPython's reference counting does when {@code del gen} drops the last reference to a
 * suspended generator: close it at once, so that its {@code finally} blocks run. Kaa has no
 * counts, so a {@code del} (of a local, a global or a name) whose value is a suspended generator
 * inside a {@code try} registers a probe here; at the thread's next check point (the next call,
 * {@code RESUME} or backward jump, so before the program does anything else) the probe asks the
 * collector whether anything still refers to the generator. If nothing does, the generator is
 * closed as CPython would have closed it; if something does, nothing happens.
 *
 * <p>The probe keeps the generator's frame (what closing needs) and only a weak reference to the
 * generator object; the frame's back reference to its generator is cleared meanwhile, so that the
 * frame does not keep the generator alive. A probe costs a full collection, which is why only
 * generators with a handler to run are probed.
 *
 * <p>Thread safety: confined to the interpreter's thread.
 */
final class GeneratorProbes {
    /** A generator's frame, the generator weakly, and an async generator's finalizer hook (else null). */
    private record Probe(PyFrame frame, WeakReference<PyGenerator> generator, Object finalizer) {}

    private final List<Probe> pending = new ArrayList<>();

    /** Called as a {@code DELETE_*} instruction removes {@code value} from a namespace. */
    static void deleted(ThreadState ts, Object value) {
        if (value instanceof PyGenerator g && g.hasCleanup()) {
            Runtime rt = ts.runtime;
            Object finalizer = g instanceof PyAsyncGenerator ag && !ag.closed ? ag.finalizer : null;
            rt.generatorProbes.pending.add(new Probe(g.frame, new WeakReference<>(g), finalizer));
            g.frame.generator = null;
            rt.setBreaker(Runtime.PROBE);
        }
    }

    /** Runs the pending probes (at a check point). */
    void run(ThreadState ts) {
        List<Probe> probes = new ArrayList<>(pending);
        pending.clear();
        System.gc();
        for (Probe p : probes) {
            PyGenerator g = p.generator.get();
            if (g != null) {
                p.frame.generator = g;
                continue;
            }
            // Nothing referred to it: close a new generator object over the same frame.
            PyGenerator made = (PyGenerator) Generators.create(p.frame);
            if (made instanceof PyAsyncGenerator ag) {
                ag.adoptFinalizer(p.finalizer);
            }
            made.finalizeNow(ts);
        }
    }
}
