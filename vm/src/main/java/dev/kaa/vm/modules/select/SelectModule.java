package dev.kaa.vm.modules.select;

import dev.kaa.vm.modules.PosixFdTable;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code select}: {@code select()}, {@code poll()} and {@code epoll} over the interpreter's
 * descriptors (see {@link FdPoller} for how readiness is found on NIO).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class SelectModule {
    private SelectModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("select");
        m.put("__doc__", PyStr.of("Waiting on several descriptors at once: select(), poll() and epoll objects."));
        Exposer.functions(SelectModule.class, MethodHandles.lookup(), "select", null).forEach(m::put);
        m.put("error", Exceptions.OSError);
        m.put("epoll", EpollObject.TYPE);
        Object[][] ints = {{"PIPE_BUF", 4096}, {"POLLIN", 1}, {"POLLPRI", 2}, {"POLLOUT", 4}, {"POLLERR", 8},
                {"POLLHUP", 16}, {"POLLNVAL", 32}, {"POLLRDNORM", 64}, {"POLLRDBAND", 128}, {"POLLWRNORM", 256},
                {"POLLWRBAND", 512}, {"POLLMSG", 1024}, {"POLLRDHUP", 8192}, {"EPOLLIN", 1}, {"EPOLLOUT", 4},
                {"EPOLLPRI", 2}, {"EPOLLERR", 8}, {"EPOLLHUP", 16}, {"EPOLLRDHUP", 8192}, {"EPOLLET", 2147483648L},
                {"EPOLLONESHOT", 1073741824}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLLRDNORM", 64},
                {"EPOLLRDBAND", 128}, {"EPOLLWRNORM", 256}, {"EPOLLWRBAND", 512}, {"EPOLLMSG", 1024},
                {"EPOLL_CLOEXEC", 524288}};
        for (Object[] c : ints) {
            m.put((String) c[0], PyInt.of(((Number) c[1]).longValue()));
        }
        return m;
    }

    /** CPython's {@code PyObject_AsFileDescriptor}: an int, or what {@code fileno()} returns. */
    static int fileno(Object o) {
        return dev.kaa.vm.modules.FileDescriptors.asFileDescriptor(o);
    }

    /**
     * The objects of a select() argument with their descriptors. A list is read by index as
     * its length stands at each step, since {@code fileno()} may change it (CPython reads it the
     * same way, and {@code test_select_mutated} checks).
     */
    private static List<Object> sequence(Object o, List<Integer> fds) {
        if (!(o instanceof PyList) && !(o instanceof PyTuple)) {
            try {
                Abstract.len(o);
            } catch (dev.kaa.vm.objects.PyException e) {
                throw PyErr.typeError("arguments 1-3 must be sequences");
            }
        }
        List<Object> out = new ArrayList<>();
        if (o instanceof PyList l) {
            for (int i = 0; i < Abstract.len(l); i++) {
                Object x = Abstract.getItem(l, PyInt.of(i));
                fds.add(fileno(x));
                out.add(x);
            }
            return out;
        }
        Object it = Abstract.iter(o);
        for (Object x; (x = Abstract.next(it)) != null;) {
            out.add(x);
        }
        for (Object x : out) {
            fds.add(fileno(x));
        }
        return out;
    }

    @PyMethod(doc = "Wait until some of the given descriptors can be read, written or have an error.")
    static Object select(Object rlist, Object wlist, Object xlist, @Opt("None") Object timeout) {
        long nanos;
        if (timeout == PyNone.NONE) {
            nanos = -1;
        } else {
            double t;
            try {
                t = timeout instanceof PyFloat || timeout instanceof PyInt ? Abstract.asDouble(timeout)
                        : Abstract.asDouble(Abstract.index(timeout));
            } catch (dev.kaa.vm.objects.PyException e) {
                throw PyErr.typeError("timeout must be a float or None");
            }
            if (t < 0) {
                throw PyErr.valueError("timeout must be non-negative");
            }
            nanos = (long) Math.ceil(t * 1e9);
        }
        List<Integer> rl = new ArrayList<>(), wl = new ArrayList<>(), xl = new ArrayList<>();
        List<Object> r = sequence(rlist, rl), w = sequence(wlist, wl);
        sequence(xlist, xl);
        int[] rf = ints(rl), wf = ints(wl), xf = ints(xl);
        PosixFdTable table = PosixFdTable.current();
        for (int[] fs : new int[][] {rf, wf, xf}) {
            for (int fd : fs) {
                table.get(fd); // EBADF for a descriptor that is not open
            }
        }
        Map<Integer, Integer> ready;
        try (FdPoller p = new FdPoller()) {
            for (int fd : rf) {
                p.watch(fd, FdPoller.POLLIN);
            }
            for (int fd : wf) {
                p.watch(fd, p.watching(fd) ? FdPoller.POLLIN | FdPoller.POLLOUT : FdPoller.POLLOUT);
            }
            for (int fd : xf) {
                if (!p.watching(fd)) {
                    p.watch(fd, 0);
                }
            }
            ready = p.poll(nanos, true);
        } catch (IOException e) {
            throw PyErr.osError(5, null);
        }
        PyList ro = new PyList(), wo = new PyList(), xo = new PyList();
        for (int i = 0; i < rf.length; i++) {
            // select() counts a hang-up as readable, as Linux does.
            if ((ready.getOrDefault(rf[i], 0) & (FdPoller.POLLIN | FdPoller.POLLHUP | FdPoller.POLLERR)) != 0) {
                ro.append(r.get(i));
            }
        }
        for (int i = 0; i < wf.length; i++) {
            if ((ready.getOrDefault(wf[i], 0) & (FdPoller.POLLOUT | FdPoller.POLLERR)) != 0) {
                wo.append(w.get(i));
            }
        }
        return PyTuple.of(ro, wo, xo);
    }

    private static int[] ints(List<Integer> l) {
        return l.stream().mapToInt(Integer::intValue).toArray();
    }

    @PyMethod(doc = "A new poll object: register descriptors with event masks, then poll() for ready ones.")
    static Object poll() {
        return new PollObject();
    }
}
