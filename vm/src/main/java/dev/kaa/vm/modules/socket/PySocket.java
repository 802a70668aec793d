package dev.kaa.vm.modules.socket;

import dev.kaa.vm.modules.PosixFdTable;
import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * {@code _socket.socket}: a descriptor of the interpreter's table ({@link PosixFdTable}) whose
 * handle is a {@link SocketDescription}, with the timeout of this object (CPython keeps the
 * timeout in the socket object, the non-blocking flag in the descriptor). Every call looks the
 * descriptor up again, so {@code os.close(s.fileno())} behind the object's back is seen.
 *
 * <p>Python's {@code socket.socket} subclasses it (with {@code __slots__}), so it carries its
 * own type, slots and, for subclasses that have one, a dictionary.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PySocket extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("_socket.socket", PySocket.class, MethodHandles.lookup());

    private PyType type;
    private PyDict dict;
    private final Object[] slots;

    private int fd = -1;
    private int family = SocketConstants.AF_INET, sockType = SocketConstants.SOCK_STREAM, proto;
    /** CPython's {@code sock_timeout}: -1 blocks for ever, 0 never blocks, else nanoseconds. */
    private long timeout = -1;
    /** The descriptor as {@link SocketOwners} sees it, to close it if this object is dropped open. */
    private SocketOwners.Owner owner;

    private PySocket(PyType cls) {
        this.type = cls;
        this.dict = cls.instancesHaveDict() && cls != TYPE ? new PyDict() : null;
        this.slots = cls.slotCount() == 0 ? null : new Object[cls.slotCount()];
    }

    @Override public PyType type() {
        return type;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    @Override public void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }

    @PyMethod
    static Object __new__(PyType cls, @Star Object[] args, @dev.kaa.vm.objects.StarStar PyDict kw) {
        return new PySocket(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(@Opt("-1") int family, @Opt("-1") int type, @Opt("-1") int proto, @Opt("None") Object fileno) {
        PosixFdTable table = PosixFdTable.current();
        SocketDescription d;
        if (fileno != PyNone.NONE) {
            if (fileno instanceof PyFloat) {
                throw PyErr.typeError("'float' object cannot be interpreted as an integer");
            }
            long n = Abstract.asLong(fileno);
            if (n < 0) {
                throw PyErr.valueError("negative file descriptor");
            }
            if (n > Integer.MAX_VALUE || !table.isOpen((int) n)) {
                throw SocketErrors.error(SocketErrors.EBADF);
            }
            if (!(table.get((int) n).channel() instanceof SocketDescription sd)) {
                throw SocketErrors.error(SocketErrors.ENOTSOCK);
            }
            d = sd;
            this.fd = (int) n;
            this.family = family == -1 ? d.family : family;
            this.sockType = type == -1 ? d.type : type;
            this.proto = proto == -1 ? d.proto : proto;
        } else {
            int f = family == -1 ? SocketConstants.AF_INET : family;
            int t = type == -1 ? SocketConstants.SOCK_STREAM : type;
            int p = proto == -1 ? 0 : proto;
            d = SocketModule.create(f, t & ~(SocketConstants.SOCK_NONBLOCK | SocketConstants.SOCK_CLOEXEC), p);
            this.fd = table.open(d);
            this.family = f;
            this.sockType = t;
            this.proto = p;
        }
        if (owner == null) {
            owner = new SocketOwners.Owner();
            SocketOwners.current().track(this, owner);
        }
        owner.fd = this.fd;
        owner.handle = table.get(this.fd);
        boolean nonblock = (sockType & SocketConstants.SOCK_NONBLOCK) != 0;
        sockType &= ~(SocketConstants.SOCK_NONBLOCK | SocketConstants.SOCK_CLOEXEC);
        long def = SocketModule.defaultTimeout();
        setTimeoutNanos(nonblock ? 0 : def);
    }

    /** This socket's description; EBADF once closed, ENOTSOCK if the descriptor is no socket now. */
    SocketDescription description() {
        if (fd < 0) {
            throw SocketErrors.error(SocketErrors.EBADF);
        }
        if (!(PosixFdTable.current().get(fd).channel() instanceof SocketDescription d)) {
            throw SocketErrors.error(SocketErrors.ENOTSOCK);
        }
        return d;
    }

    private void setTimeoutNanos(long nanos) {
        timeout = nanos;
        if (fd >= 0) {
            try {
                PosixFdTable.Handle h = PosixFdTable.current().get(fd);
                h.setBlocking(nanos < 0);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            }
        }
    }

    // ---- attributes ----------------------------------------------------------------------------

    @PyGetter("family")
    Object familyAttr() {
        return PyInt.of(family);
    }

    @PyGetter("type")
    Object typeAttr() {
        return PyInt.of(sockType);
    }

    @PyGetter("proto")
    Object protoAttr() {
        return PyInt.of(proto);
    }

    @PyGetter("timeout")
    Object timeoutAttr() {
        return gettimeout();
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("<socket object, fd=" + fd + ", family=" + family + ", type=" + sockType + ", proto=" + proto
                + ">");
    }

    @PyMethod
    Object __getstate__() {
        throw PyErr.typeError("cannot pickle '%s' object", type.name());
    }

    // ---- descriptor ------------------------------------------------------------------------------

    @PyMethod(doc = "The socket's descriptor number (-1 once closed).")
    int fileno() {
        return fd;
    }

    @PyMethod(doc = "Give up the descriptor: mark the socket closed, leave the descriptor open and return it.")
    int detach() {
        int old = fd;
        fd = -1;
        disown();
        return old;
    }

    @PyMethod(doc = "Release the socket's descriptor; any later operation on it fails.")
    void close() {
        if (fd < 0) {
            return;
        }
        int old = fd;
        fd = -1;
        disown();
        try {
            PosixFdTable.current().close(old);
        } catch (IOException e) {
            int errno = SocketErrors.errnoOf(e);
            if (errno != SocketErrors.ECONNRESET) {
                throw SocketErrors.error(errno);
            }
        }
    }

    private void disown() {
        if (owner != null) {
            owner.fd = -1;
            owner.handle = null;
        }
    }

    // ---- timeouts --------------------------------------------------------------------------------

    @PyMethod(doc = "Set a timeout on socket operations (None: block, 0.0: never block).")
    void settimeout(Object value) {
        setTimeoutNanos(SocketModule.timeoutNanos(value));
    }

    @PyMethod(doc = "The socket's timeout in seconds as a float, or None when it has none.")
    Object gettimeout() {
        return timeout < 0 ? PyNone.NONE : new PyFloat(timeout / 1e9);
    }

    @PyMethod(doc = "Make operations wait (true) or fail at once when not ready (false).")
    void setblocking(Object flag) {
        setTimeoutNanos(Abstract.isTrue(flag) ? -1 : 0);
    }

    @PyMethod(doc = "Whether operations on the socket wait (True) or fail at once when not ready (False).")
    boolean getblocking() {
        description();
        return timeout != 0;
    }

    // ---- connections -----------------------------------------------------------------------------

    private SocketAddress address(String func, Object addr) {
        return SocketAddresses.parse(func, family, addr);
    }

    @PyMethod(doc = "Attach the socket to the given local address.")
    void bind(Object address) {
        SocketDescription d = description();
        d.bind(address("bind", address));
    }

    @PyMethod(doc = "Start listening for incoming connections, with an optional backlog size.")
    void listen(@Opt Object backlog) {
        int b = backlog == null ? 128 : Abstract.asInt(backlog);
        description().listen(b);
    }

    @PyMethod(doc = "Take the next incoming connection: gives (descriptor, address) of the new socket.")
    Object _accept() {
        SocketDescription d = description();
        SocketDescription conn = d.accept(timeout);
        Object peer = conn.peerAddress();
        int nfd = PosixFdTable.current().open(conn);
        return PyTuple.of(PyInt.of(nfd), peer);
    }

    @PyMethod(doc = "Open a connection to the given remote address.")
    void connect(Object address) {
        SocketDescription d = description();
        int errno = d.connect(address("connect", address), timeout);
        if (errno != 0) {
            throw SocketErrors.error(errno);
        }
    }

    @PyMethod(doc = "Like connect(address), but return an error code (the errno value) instead of raising.")
    int connect_ex(Object address) {
        SocketDescription d = description();
        try {
            return d.connect(address("connect_ex", address), timeout);
        } catch (PyException e) {
            if (dev.kaa.vm.objects.TypeChecks.isInstance(e.value(), dev.kaa.vm.objects.Exceptions.TimeoutError)) {
                return SocketErrors.EAGAIN;
            }
            throw e;
        }
    }

    @PyMethod(doc = "Shut down the reading side (0), writing side (1) or both (2) of the connection.")
    void shutdown(int how) {
        description().shutdown(how);
    }

    @PyMethod(doc = "The address this socket is bound to.")
    Object getsockname() {
        return description().localAddress();
    }

    @PyMethod(doc = "The address of the peer this socket is connected to.")
    Object getpeername() {
        return description().peerAddress();
    }

    // ---- data ------------------------------------------------------------------------------------

    @PyMethod(doc = "Read at most bufsize bytes from the socket, as bytes; b'' means the peer has shut down.")
    Object recv(int bufsize, @Opt("0") int flags) {
        if (bufsize < 0) {
            throw PyErr.valueError("negative buffersize in recv");
        }
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate(bufsize);
        int n = d.recv(buf, flags, timeout);
        return new PyBytes(Arrays.copyOf(buf.array(), n));
    }

    @PyMethod(doc = "Receive into a writable buffer the caller supplies; gives the number of bytes stored.")
    Object recv_into(Object buffer, @Opt("0") int nbytes, @Opt("0") int flags) {
        Object view = writableView(buffer, "recv_into() argument 'buffer'");
        int n = checkInto(view, nbytes, "recv_into");
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate(n);
        int got = d.recv(buf, flags, timeout);
        Buffers.write(view, 0, Arrays.copyOf(buf.array(), got));
        return PyInt.of(got);
    }

    @PyMethod(doc = "recv() that also gives where the data came from, as (data, address).")
    Object recvfrom(int bufsize, @Opt("0") int flags) {
        if (bufsize < 0) {
            throw PyErr.valueError("negative buffersize in recvfrom");
        }
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate(bufsize);
        Object[] r = d.receive(buf, flags, timeout, true);
        return PyTuple.of(new PyBytes(Arrays.copyOf(buf.array(), (int) r[0])), sender(r[1]));
    }

    @PyMethod(doc = "recv_into() that also gives where the data came from, as (nbytes, address).")
    Object recvfrom_into(Object buffer, @Opt("0") int nbytes, @Opt("0") int flags) {
        Object view = writableView(buffer, "recvfrom_into() argument 'buffer'");
        int n = checkInto(view, nbytes, "recvfrom_into");
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate(n);
        Object[] r = d.receive(buf, flags, timeout, true);
        int got = (int) r[0];
        Buffers.write(view, 0, Arrays.copyOf(buf.array(), got));
        return PyTuple.of(PyInt.of(got), sender(r[1]));
    }

    /** {@code MSG_TRUNC}: recvmsg's flag for a datagram cut to the buffer. */
    private static final int MSG_TRUNC = 0x20;

    @PyMethod(doc = "Receive normal data and ancillary data from the socket.\n\nJava NIO passes no ancillary data:"
            + " the list of it is always empty.")
    Object recvmsg(int bufsize, @Opt("0") int ancbufsize, @Opt("0") int flags) {
        if (bufsize < 0 || ancbufsize < 0) {
            throw PyErr.valueError("negative buffer size in recvmsg()");
        }
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate(bufsize);
        Object[] r = d.receive(buf, flags, timeout, true);
        return PyTuple.of(new PyBytes(Arrays.copyOf(buf.array(), (int) r[0])), new dev.kaa.vm.objects.PyList(),
                PyInt.of((Boolean) r[2] ? MSG_TRUNC : 0), sender(r[1]));
    }

    @PyMethod(doc = "Receive normal data and ancillary data from the socket, scattering the data into buffers.")
    Object recvmsg_into(Object buffers, @Opt("0") int ancbufsize, @Opt("0") int flags) {
        if (ancbufsize < 0) {
            throw PyErr.valueError("negative buffer size in recvmsg_into()");
        }
        java.util.List<Object> targets = new java.util.ArrayList<>();
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        Object it;
        try {
            it = Abstract.iter(buffers);
        } catch (PyException e) {
            throw PyErr.typeError("recvmsg_into() argument 1 must be an iterable");
        }
        long total = 0;
        for (Object b; (b = Abstract.next(it)) != null;) {
            Object t = writableView(b, "recvmsg_into() argument 1");
            int len = Abstract.asInt(Abstract.getAttr(t, "nbytes"));
            targets.add(t);
            sizes.add(len);
            total += len;
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw PyErr.overflowError("total buffer size is too large");
        }
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.allocate((int) total);
        Object[] r = d.receive(buf, flags, timeout, true);
        int got = (int) r[0];
        int at = 0;
        for (int i = 0; i < targets.size() && at < got; i++) {
            int n = Math.min(sizes.get(i), got - at);
            Buffers.write(targets.get(i), 0, Arrays.copyOfRange(buf.array(), at, at + n));
            at += n;
        }
        return PyTuple.of(PyInt.of(got), new dev.kaa.vm.objects.PyList(), PyInt.of((Boolean) r[2] ? MSG_TRUNC : 0),
                sender(r[1]));
    }

    /**
     * A writable byte view of {@code b}: a bytearray or memoryview as it is (cast to bytes), any
     * other exporter (array.array …) through a memoryview of it.
     */
    private static Object writableView(Object b, String what) {
        Object view = b;
        if (!(b instanceof dev.kaa.vm.objects.PyMemoryView)) {
            try {
                view = Abstract.call(dev.kaa.vm.objects.PyMemoryView.TYPE, b);
            } catch (PyException e) {
                throw PyErr.typeError("%s must be read-write bytes-like object, not %T", what, b);
            }
        }
        if (Abstract.isTrue(Abstract.getAttr(view, "readonly"))) {
            throw PyErr.typeError("%s must be read-write bytes-like object, not %T", what, b);
        }
        return writableBytes(view);
    }

    private Object sender(Object from) {
        return from == null ? PyNone.NONE : SocketAddresses.format(family, (SocketAddress) from);
    }

    /** The byte view a recv_into writes through: memoryviews of other formats are cast to bytes. */
    private static Object writableBytes(Object buffer) {
        if (buffer instanceof dev.kaa.vm.objects.PyMemoryView
                && !PyStr.of("B").equals(Abstract.getAttr(buffer, "format"))) {
            return Abstract.callMethod(buffer, "cast", PyStr.of("B"));
        }
        return buffer;
    }

    /** The byte count a recv_into reads into {@code view} (0 asks for the whole buffer). */
    private static int checkInto(Object view, int nbytes, String func) {
        if (nbytes < 0) {
            throw PyErr.valueError("negative buffersize in %s", func);
        }
        int len = Abstract.asInt(Abstract.getAttr(view, "nbytes"));
        if (nbytes == 0) {
            return len;
        }
        if (nbytes > len) {
            throw PyErr.valueError(func.equals("recv_into") ? "buffer too small for requested bytes"
                    : "nbytes is greater than the length of the buffer");
        }
        return nbytes;
    }

    @PyMethod(doc = "Send some of the given bytes; gives how many were sent.")
    int send(Object data, @Opt("0") int flags) {
        byte[] b = Buffers.read(data);
        return description().send(ByteBuffer.wrap(b), flags, timeout);
    }

    @PyMethod(doc = "Send a data string to the socket, sending all of it.")
    void sendall(Object data, @Opt("0") int flags) {
        byte[] b = Buffers.read(data);
        SocketDescription d = description();
        ByteBuffer buf = ByteBuffer.wrap(b);
        long deadline = timeout > 0 ? System.nanoTime() + timeout : 0;
        while (buf.hasRemaining()) {
            long left = timeout;
            if (timeout > 0) {
                left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw SocketErrors.timeout();
                }
            }
            d.send(buf, flags, left);
            SocketDescription.checkInterrupt();
        }
    }

    @PyMethod(doc = "Send data to the given address (for sockets without a fixed peer).")
    int sendto(@Star Object[] args) {
        if (args.length < 2 || args.length > 3) {
            throw PyErr.typeError("sendto() takes 2 or 3 arguments (%d given)", args.length);
        }
        byte[] b = Buffers.read(args[0]);
        int flags = args.length == 3 ? Abstract.asInt(args[1]) : 0;
        Object addr = args[args.length - 1];
        SocketDescription d = description();
        return d.sendTo(ByteBuffer.wrap(b), flags, address("sendto", addr), timeout);
    }

    // ---- options ---------------------------------------------------------------------------------

    @PyMethod(doc = "Set a socket option.")
    void setsockopt(int level, int optname, Object value, @Opt Object optlen) {
        SocketOptions.set(description(), level, optname, value);
    }

    @PyMethod(doc = "Get a socket option.")
    Object getsockopt(int level, int optname, @Opt("0") int buflen) {
        return SocketOptions.get(description(), level, optname, buflen);
    }
}
