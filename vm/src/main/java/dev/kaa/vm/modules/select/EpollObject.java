package dev.kaa.vm.modules.select;

import dev.kaa.vm.modules.PosixFdTable;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import dev.kaa.vm.objects.StarStar;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code select.epoll}: an {@link FdPoller} kept for the object's life, so registrations stay
 * with the selector between calls (what {@code selectors.EpollSelector}, and so asyncio, relies
 * on for speed). Readiness is level-triggered: {@code EPOLLET} is accepted and reported as
 * level-triggered readiness, which code written for edge triggering (read until EAGAIN)
 * handles; {@code EPOLLONESHOT} disables the descriptor after one report, as Linux does.
 *
 * <p>The object holds a descriptor of the interpreter's table, so {@code fileno()} answers.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class EpollObject extends PyObject {
    static final PyType TYPE = PyType.builtin("select.epoll", EpollObject.class, MethodHandles.lookup());

    private static final int EPOLLONESHOT = 1 << 30;
    private static final int EPOLL_CLOEXEC = 524288;

    private final PyType type;
    private FdPoller poller;
    private int fd = -1;
    /** The event masks as registered (with the EPOLLET/EPOLLONESHOT bits the poller does not see). */
    private final Map<Integer, Long> masks = new HashMap<>();

    private EpollObject(PyType type) {
        this.type = type;
    }

    @Override public PyType type() {
        return type;
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @StarStar PyDict kw) {
        Object sizehint = arg(args, kw, 0, "sizehint");
        Object flags = arg(args, kw, 1, "flags");
        long size = sizehint == null ? -1 : Abstract.asLong(sizehint);
        if (size == 0 || size < -1) {
            throw PyErr.valueError("negative sizehint");
        }
        long f = flags == null ? 0 : Abstract.asLong(flags);
        if (f != 0 && f != EPOLL_CLOEXEC) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "invalid flags");
        }
        EpollObject e = new EpollObject(cls);
        try {
            e.poller = new FdPoller();
        } catch (IOException ex) {
            throw PyErr.osError(24, null);
        }
        e.fd = PosixFdTable.current().open(new Token(e));
        return e;
    }

    private static Object arg(Object[] args, PyDict kw, int i, String name) {
        if (args.length > 2) {
            throw PyErr.typeError("epoll() takes at most 2 arguments (%d given)", args.length);
        }
        Object k = kw == null ? null : kw.getItem(dev.kaa.vm.objects.PyStr.of(name));
        return i < args.length ? args[i] : k;
    }

    /** The descriptor-table entry of an epoll object: no data, closing it closes the object. */
    private static final class Token implements PosixFdTable.Descriptor {
        private EpollObject owner;

        Token(EpollObject owner) {
            this.owner = owner;
        }

        @Override public int read(ByteBuffer dst) throws IOException {
            throw new PosixFdTable.PosixFailure(22);
        }

        @Override public int write(ByteBuffer src) throws IOException {
            throw new PosixFdTable.PosixFailure(22);
        }

        @Override public void setBlocking(boolean blocking) {
            // An epoll descriptor's O_NONBLOCK changes nothing here.
        }

        @Override public SelectableChannel selectable() {
            return null;
        }

        @Override public boolean isOpen() {
            return owner != null;
        }

        @Override public void close() {
            if (owner != null) {
                owner.closePoller();
                owner = null;
            }
        }
    }

    private void closePoller() {
        if (poller != null) {
            poller.close();
            poller = null;
        }
        fd = -1;
    }

    private FdPoller open() {
        if (poller == null) {
            throw PyErr.valueError("I/O operation on closed epoll object");
        }
        return poller;
    }

    @PyGetter("closed")
    Object closedAttr() {
        return PyBool.of(poller == null);
    }

    @PyMethod(doc = "Release the epoll object's descriptor.")
    void close() {
        if (fd >= 0) {
            int f = fd;
            try {
                PosixFdTable t = PosixFdTable.current();
                if (t.isOpen(f) && t.get(f).channel() instanceof Token) {
                    t.close(f);
                }
            } catch (IOException e) {
                // Closing the token only closes the selector.
            }
        }
        closePoller();
    }

    @PyMethod(doc = "The epoll object's own descriptor number.")
    int fileno() {
        open();
        return fd;
    }

    @PyMethod
    Object __enter__() {
        open();
        return this;
    }

    @PyMethod
    void __exit__(@Star Object[] args) {
        close();
    }

    private static long eventMask(Object o) {
        long m = Abstract.asLong(o);
        if (m < 0 || m > 0xffffffffL) {
            throw PyErr.overflowError("Python int too large to convert to C unsigned int");
        }
        return m;
    }

    @PyMethod(positionalOnly = 0, doc = "Start watching a descriptor for the given events (OSError if it is watched"
            + " already).")
    void register(Object fd, @Opt Object eventmask) {
        FdPoller p = open();
        int f = SelectModule.fileno(fd);
        long m = eventmask == null ? FdPoller.POLLIN | FdPoller.POLLPRI | FdPoller.POLLOUT : eventMask(eventmask);
        PosixFdTable.Handle h = PosixFdTable.current().get(f);
        if (h.isDirectory() || h.isRegularFile()) {
            throw PyErr.osError(1, null); // epoll refuses regular files and directories
        }
        if (p.watching(f)) {
            throw PyErr.osError(17, null);
        }
        masks.put(f, m);
        p.watch(f, (int) (m & 0xffff));
    }

    @PyMethod(positionalOnly = 0, doc = "Change which events are watched on an already registered descriptor.")
    void modify(Object fd, Object eventmask) {
        FdPoller p = open();
        int f = SelectModule.fileno(fd);
        long m = eventMask(eventmask);
        if (!p.watching(f)) {
            throw PyErr.osError(2, null);
        }
        masks.put(f, m);
        p.watch(f, (int) (m & 0xffff));
    }

    @PyMethod(positionalOnly = 0, doc = "Stop watching a descriptor.")
    void unregister(Object fd) {
        FdPoller p = open();
        int f = SelectModule.fileno(fd);
        if (!p.unwatch(f)) {
            throw PyErr.osError(2, null);
        }
        masks.remove(f);
    }

    @PyMethod(positionalOnly = 0, doc = "Wait up to timeout seconds (None or negative: no limit) for watched events;\n"
            + "gives a list of (fd, events) pairs, at most maxevents of them.")
    Object poll(@Opt("None") Object timeout, @Opt("-1") int maxevents) {
        FdPoller p = open();
        long nanos;
        if (timeout == PyNone.NONE) {
            nanos = -1;
        } else {
            double s;
            if (timeout instanceof PyFloat || timeout instanceof PyInt) {
                s = Abstract.asDouble(timeout);
            } else {
                throw PyErr.typeError("timeout must be an integer or None");
            }
            nanos = s < 0 ? -1 : (long) Math.ceil(s * 1e9);
        }
        if (maxevents == -1) {
            maxevents = 1023;
        } else if (maxevents < 1) {
            throw PyErr.valueError("maxevents must be greater than 0, got %d", maxevents);
        }
        Map<Integer, Integer> ready;
        try {
            ready = p.poll(nanos, false);
        } catch (IOException e) {
            throw PyErr.osError(5, null);
        }
        PyList out = new PyList();
        int n = 0;
        for (Map.Entry<Integer, Integer> r : ready.entrySet()) {
            if (n++ == maxevents) {
                break;
            }
            int f = r.getKey();
            out.append(PyTuple.of(PyInt.of(f), PyInt.of(r.getValue())));
            Long m = masks.get(f);
            if (m != null && (m & EPOLLONESHOT) != 0) {
                p.watch(f, 0);
            }
        }
        masks.keySet().removeIf(f -> !p.watching(f));
        return out;
    }
}
