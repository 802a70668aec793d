package dev.kaa.vm.modules.select;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code select.poll} objects: descriptors and event masks, polled with a fresh
 * {@link FdPoller} per call (CPython's {@code poll(2)} too hands the whole set to the kernel
 * each time).
 *
 * <p>Thread safety: GIL-guarded; a second thread polling the same object meanwhile gets
 * {@code RuntimeError}, as in CPython.
 */
final class PollObject extends PyObject {
    static final PyType TYPE = PyType.builtin("select.poll", PollObject.class, MethodHandles.lookup(),
            PyType.DISALLOW_INSTANTIATION);

    private final Map<Integer, Integer> fds = new LinkedHashMap<>();
    private boolean polling;

    @Override public PyType type() {
        return TYPE;
    }

    private static int mask(Object eventmask) {
        long m = Abstract.asLong(eventmask);
        if (m < 0 || m > 0xffff) {
            throw PyErr.overflowError(m < 0 ? "Python int too small to convert to C unsigned short"
                    : "Python int too large to convert to C unsigned short");
        }
        return (int) m;
    }

    @PyMethod(doc = "Register a file descriptor with the polling object.")
    void register(Object fd, @Opt Object eventmask) {
        int f = SelectModule.fileno(fd);
        fds.put(f, eventmask == null ? FdPoller.POLLIN | FdPoller.POLLPRI | FdPoller.POLLOUT : mask(eventmask));
    }

    @PyMethod(doc = "Modify an already registered file descriptor.")
    void modify(Object fd, Object eventmask) {
        int f = SelectModule.fileno(fd);
        int m = mask(eventmask);
        if (!fds.containsKey(f)) {
            throw PyErr.osError(2, null);
        }
        fds.put(f, m);
    }

    @PyMethod(doc = "Remove a file descriptor being tracked by the polling object.")
    void unregister(Object fd) {
        int f = SelectModule.fileno(fd);
        if (fds.remove(f) == null) {
            throw PyErr.keyError(PyInt.of(f));
        }
    }

    @PyMethod(doc = "Polls the set of registered file descriptors.\n\nReturns a list containing any descriptors that"
            + " have events or errors to report, as a list of (fd, event) 2-tuples.")
    Object poll(@Opt("None") Object timeout) {
        long nanos;
        if (timeout == PyNone.NONE) {
            nanos = -1;
        } else {
            double ms;
            if (timeout instanceof PyFloat) {
                ms = Abstract.asDouble(timeout);
            } else if (timeout instanceof PyInt) {
                ms = Abstract.asLong(timeout);
            } else {
                try {
                    ms = Abstract.asLong(Abstract.index(timeout));
                } catch (dev.kaa.vm.objects.PyException e) {
                    throw PyErr.typeError("timeout must be an integer or None");
                }
            }
            nanos = ms < 0 ? -1 : (long) Math.ceil(ms * 1e6);
        }
        if (polling) {
            throw PyErr.runtimeError("concurrent poll() invocation");
        }
        polling = true;
        Map<Integer, Integer> ready;
        try (FdPoller p = new FdPoller()) {
            fds.forEach(p::watch);
            ready = p.poll(nanos, true);
        } catch (IOException e) {
            throw PyErr.osError(5, null);
        } finally {
            polling = false;
        }
        PyList out = new PyList();
        ready.forEach((fd, ev) -> out.append(PyTuple.of(PyInt.of(fd), PyInt.of(ev))));
        return out;
    }
}
