package dev.kaa.vm.modules.socket;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.PosixFdTable;
import dev.kaa.vm.objects.PyException;
import java.io.IOException;
import java.net.ProtocolFamily;
import java.net.SocketAddress;
import java.net.SocketOption;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.NetworkChannel;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A socket as the descriptor table holds it: CPython's "open file description" of a socket,
 * shared by every descriptor {@code dup} made for it. It owns the JDK channel, which for a
 * TCP or Unix stream socket is chosen late: {@code bind} opens and binds a client channel
 * (so that the port is real and {@code getsockname} reports it), {@code listen} trades it for a
 * server channel bound to the same address, {@code connect} connects it.
 *
 * <p>Every JDK channel here stays in non-blocking mode. A blocking call tries the operation,
 * and while it would block waits on a private {@link Selector} in slices of 20 ms with the GIL
 * released, running the signal handlers between slices (Ctrl-C) and honouring the caller's
 * timeout. The descriptor's own {@code O_NONBLOCK} ({@link #blocking}) governs
 * {@code os.read}/{@code os.write} on it; a socket object's timeout governs its methods.
 *
 * <p>Thread safety: GIL-guarded; the waits touch no Python object.
 */
final class SocketDescription implements PosixFdTable.Descriptor {
    final int family, type, proto;
    /** The JDK channel, or null for a stream socket not yet bound, listening or connecting. */
    private NetworkChannel channel;
    /** A non-blocking connect is in progress on {@link #channel}. */
    private boolean connecting;
    /** The error of a failed non-blocking connect, for {@code SO_ERROR}. */
    private int pendingError;
    /** One end of {@code socketpair()}: its addresses are unnamed (''). */
    boolean unnamed;
    /** The path a Unix socket was bound to, removed when a stream socket turns server. */
    private UnixDomainSocketAddress boundPath;
    /** O_NONBLOCK clear. */
    private boolean blocking = true;
    /** Options set before the channel existed, applied when it opens. */
    private final Map<SocketOption<Object>, Object> options = new LinkedHashMap<>();
    /** Bytes {@code MSG_PEEK} read and nobody took yet; for datagrams, one datagram and its sender. */
    private byte[] peeked;
    private SocketAddress peekedFrom;
    private Selector readWaiter, writeWaiter;
    private boolean closed;
    private boolean shutRead;

    @Override public boolean isSocket() {
        return true;
    }
    /**
     * IPV6_V6ONLY. NIO's IPv6 sockets are dual-stack and no JDK option changes that, so an
     * IPv6-only socket refuses IPv4 peers itself: it drops IPv4 clients at accept and IPv4
     * datagrams, and does not connect or send to IPv4-mapped addresses. (A wildcard bind still
     * holds the IPv4 port too.)
     */
    boolean v6only;

    SocketDescription(int family, int type, int proto) throws IOException {
        this.family = family;
        this.type = type;
        this.proto = proto;
        if (type == SocketConstants.SOCK_DGRAM) {
            DatagramChannel dc = DatagramChannel.open(protocolFamily());
            dc.configureBlocking(false);
            channel = dc;
        }
    }

    /** A connected stream socket {@code accept} or {@code socketpair} made. */
    SocketDescription(int family, int proto, SocketChannel connected) throws IOException {
        this.family = family;
        this.type = SocketConstants.SOCK_STREAM;
        this.proto = proto;
        connected.configureBlocking(false);
        this.channel = connected;
    }

    private ProtocolFamily protocolFamily() {
        return switch (family) {
            case SocketConstants.AF_INET -> StandardProtocolFamily.INET;
            case SocketConstants.AF_INET6 -> StandardProtocolFamily.INET6;
            default -> StandardProtocolFamily.UNIX;
        };
    }

    boolean isStream() {
        return type == SocketConstants.SOCK_STREAM;
    }

    NetworkChannel channel() {
        return channel;
    }

    /** Whether the socket has a local address. */
    boolean bound() {
        try {
            return channel != null && channel.getLocalAddress() != null;
        } catch (IOException e) {
            return false;
        }
    }

    boolean listening() {
        return channel instanceof ServerSocketChannel;
    }

    // ---- the descriptor table's view -------------------------------------------------------------

    @Override public SelectableChannel selectable() {
        settle();
        return (SelectableChannel) channel;
    }

    /** True while a non-blocking connect has not finished: {@code select} then waits for OP_CONNECT. */
    boolean connecting() {
        settle();
        return connecting;
    }

    /** Data a {@code MSG_PEEK} took from the channel is waiting: readable without the channel. */
    @Override public boolean hasBufferedInput() {
        return peeked != null;
    }

    @Override public void setBlocking(boolean b) {
        blocking = b;
    }

    boolean blocking() {
        return blocking;
    }

    @Override public boolean isOpen() {
        return !closed;
    }

    @Override public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        // Selectors first: a channel still registered would keep its port until they next select.
        for (Selector s : new Selector[] {readWaiter, writeWaiter}) {
            if (s != null) {
                s.close();
            }
        }
        if (channel != null) {
            channel.close();
        }
    }

    /** {@code read(2)} on the descriptor ({@code os.read}): honours O_NONBLOCK. */
    @Override public int read(ByteBuffer dst) {
        int n = recv(dst, 0, blocking ? -1 : 0);
        return n == 0 && dst.hasRemaining() ? -1 : n;
    }

    /** {@code write(2)} on the descriptor ({@code os.write}): honours O_NONBLOCK. */
    @Override public int write(ByteBuffer src) {
        try {
            return send(src, 0, blocking ? -1 : 0);
        } catch (PyException e) {
            if (!blocking && SocketErrors.EAGAIN == errnoOf(e)) {
                return 0;
            }
            throw e;
        }
    }

    private static int errnoOf(PyException e) {
        Object n = e.value() instanceof dev.kaa.vm.objects.ExcOSError o ? o.errno() : null;
        return n instanceof dev.kaa.vm.objects.PyInt i ? (int) i.longValue() : 0;
    }

    // ---- state changes ---------------------------------------------------------------------------

    private void checkOpen() {
        if (closed) {
            throw SocketErrors.error(SocketErrors.EBADF);
        }
    }

    /** Applies options set while there was no channel. */
    private void applyOptions(NetworkChannel c) throws IOException {
        for (Map.Entry<SocketOption<Object>, Object> o : options.entrySet()) {
            if (c.supportedOptions().contains(o.getKey())) {
                c.setOption(o.getKey(), o.getValue());
            }
        }
    }

    private SocketChannel openClient() throws IOException {
        SocketChannel sc = SocketChannel.open(protocolFamily());
        sc.configureBlocking(false);
        applyOptions(sc);
        return sc;
    }

    /** {@code bind(2)}. */
    void bind(SocketAddress addr) {
        checkOpen();
        try {
            if (channel == null) {
                SocketChannel sc = openClient();
                try {
                    sc.bind(addr);
                } catch (IOException | RuntimeException e) {
                    sc.close();
                    throw e;
                }
                channel = sc;
            } else if (channel.getLocalAddress() != null) {
                throw SocketErrors.error(SocketErrors.EINVAL);
            } else {
                channel.bind(addr);
            }
            if (addr instanceof UnixDomainSocketAddress u) {
                boundPath = u;
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** {@code listen(2)}: the client channel {@code bind} made becomes a server channel on its address. */
    void listen(int backlog) {
        checkOpen();
        if (!isStream()) {
            throw SocketErrors.error(SocketErrors.EOPNOTSUPP);
        }
        if (channel instanceof ServerSocketChannel) {
            return;
        }
        if (channel instanceof SocketChannel sc && (sc.isConnected() || connecting)) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        try {
            SocketAddress local = channel == null ? null : channel.getLocalAddress();
            if (channel != null) {
                channel.close();
                channel = null;
            }
            if (local instanceof UnixDomainSocketAddress u) {
                Files.deleteIfExists(u.getPath());
            }
            ServerSocketChannel ssc = ServerSocketChannel.open(protocolFamily());
            ssc.configureBlocking(false);
            applyOptions(ssc);
            try {
                ssc.bind(local, Math.max(backlog, 0));
            } catch (IOException | RuntimeException e) {
                ssc.close();
                throw e;
            }
            channel = ssc;
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /**
     * {@code connect(2)}: 0 when connected, else the errno ({@code EINPROGRESS} for a
     * non-blocking call that has started). {@code nanos}: -1 waits for ever, 0 not at all.
     */
    int connect(SocketAddress addr, long nanos) {
        checkOpen();
        if (v6only && isMapped(addr)) {
            return SocketErrors.ENETUNREACH;
        }
        try {
            if (channel instanceof DatagramChannel dc) {
                if (dc.isConnected()) {
                    dc.disconnect();
                }
                dc.connect(addr);
                return 0;
            }
            if (channel instanceof ServerSocketChannel) {
                return SocketErrors.EISCONN;
            }
            if (connecting) {
                settle();
                if (connecting) {
                    return SocketErrors.EALREADY;
                }
                if (pendingError != 0) {
                    int e = pendingError;
                    pendingError = 0;
                    return e;
                }
                return SocketErrors.EISCONN;
            }
            if (channel == null) {
                channel = openClient();
            }
            SocketChannel sc = (SocketChannel) channel;
            if (sc.isConnected()) {
                return SocketErrors.EISCONN;
            }
            if (sc.connect(addr)) {
                return 0;
            }
            connecting = true;
            if (nanos == 0) {
                return SocketErrors.EINPROGRESS;
            }
            long deadline = nanos < 0 ? 0 : System.nanoTime() + nanos;
            while (true) {
                settle();
                if (!connecting) {
                    int e = pendingError;
                    pendingError = 0;
                    return e;
                }
                if (!await(SelectionKey.OP_CONNECT, nanos < 0 ? -1 : deadline)) {
                    throw SocketErrors.timeout();
                }
            }
        } catch (IOException | RuntimeException e) {
            connecting = false;
            dropFailedChannel();
            int errno = SocketErrors.errnoOf(e);
            if (e instanceof PyException pe) {
                throw pe;
            }
            return errno;
        }
    }

    /** Ends a non-blocking connect that has finished, recording its error for {@code SO_ERROR}. */
    private void settle() {
        if (!connecting || !(channel instanceof SocketChannel sc)) {
            return;
        }
        try {
            if (sc.finishConnect()) {
                connecting = false;
            }
        } catch (IOException e) {
            connecting = false;
            pendingError = SocketErrors.errnoOf(e);
            dropFailedChannel();
        }
    }

    /** The JDK closes a channel whose connect failed; the socket stays open, as a fresh one. */
    private void dropFailedChannel() {
        if (channel instanceof SocketChannel sc && !sc.isOpen()) {
            channel = null;
        }
    }

    /**
     * Before data moves on a socket whose non-blocking connect is under way: a blocking call
     * waits for the connection (as Linux does), a non-blocking one fails with EAGAIN.
     */
    private void awaitConnected(long nanos) {
        if (!connecting) {
            return;
        }
        long deadline = nanos <= 0 ? 0 : System.nanoTime() + nanos;
        try {
            while (true) {
                settle();
                if (!connecting) {
                    if (pendingError != 0) {
                        int e = pendingError;
                        pendingError = 0;
                        throw SocketErrors.error(e);
                    }
                    return;
                }
                waitOrFail(SelectionKey.OP_CONNECT, nanos, deadline);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** {@code SO_ERROR}: the pending error, cleared. */
    int takeError() {
        settle();
        int e = pendingError;
        pendingError = 0;
        return e;
    }

    /** {@code accept(2)}: the connected socket; {@code nanos} as for {@link #connect}. */
    SocketDescription accept(long nanos) {
        checkOpen();
        if (!(channel instanceof ServerSocketChannel ssc)) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        long deadline = nanos <= 0 ? 0 : System.nanoTime() + nanos;
        try {
            while (true) {
                SocketChannel sc = ssc.accept();
                if (sc != null && v6only && isMapped(sc.getRemoteAddress())) {
                    sc.close(); // an IPv4 client an IPv6-only socket would never have seen
                    continue;
                }
                if (sc != null) {
                    SocketDescription d = new SocketDescription(family, proto, sc);
                    applyOptions(sc);
                    d.v6only = v6only;
                    return d;
                }
                waitOrFail(SelectionKey.OP_ACCEPT, nanos, deadline);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** Waits for {@code op}; EAGAIN when not blocking, TimeoutError past the deadline. */
    private void waitOrFail(int op, long nanos, long deadline) throws IOException {
        if (nanos == 0) {
            throw SocketErrors.error(SocketErrors.EAGAIN);
        }
        if (!await(op, nanos < 0 ? -1 : deadline)) {
            throw SocketErrors.timeout();
        }
    }

    // ---- data ----------------------------------------------------------------------------------

    /** {@code recv(2)} into {@code dst}: the count, 0 at end of stream. */
    int recv(ByteBuffer dst, int flags, long nanos) {
        return (int) receive(dst, flags, nanos, false)[0];
    }

    /**
     * {@code recvfrom(2)}: {count, sender}. A datagram larger than {@code dst} is cut, as
     * Linux does without {@code MSG_TRUNC}.
     */
    Object[] receive(ByteBuffer dst, int flags, long nanos, boolean wantSender) {
        checkOpen();
        settle();
        if ((flags & SocketConstants.MSG_DONTWAIT) != 0) {
            nanos = 0;
        }
        boolean peek = (flags & SocketConstants.MSG_PEEK) != 0;
        awaitConnected(nanos);
        if ((flags & SocketConstants.MSG_OOB) != 0) {
            throw SocketErrors.error(SocketErrors.EOPNOTSUPP,
                    "Operation not supported: Java NIO has no out-of-band data");
        }
        if (peeked != null && peek && isStream() && dst.remaining() > peeked.length
                && channel instanceof SocketChannel sc) {
            // A longer peek takes in what arrived since the last one.
            ByteBuffer more = ByteBuffer.allocate(dst.remaining() - peeked.length);
            try {
                int n = sc.read(more);
                if (n > 0) {
                    byte[] joined = java.util.Arrays.copyOf(peeked, peeked.length + n);
                    System.arraycopy(more.array(), 0, joined, peeked.length, n);
                    peeked = joined;
                }
            } catch (IOException e) {
                // Reported by the next call.
            }
        }
        if (peeked != null) {
            Object[] r = fromPeeked(dst, peek);
            if (!peek && peeked == null && isStream() && dst.hasRemaining()
                    && channel instanceof SocketChannel sc) {
                // What arrived after the peeked bytes comes along, as from the kernel's one queue.
                try {
                    int more = sc.read(dst);
                    r[0] = (int) r[0] + Math.max(more, 0);
                } catch (IOException e) {
                    // Reported by the next call.
                }
            }
            return r;
        }
        long deadline = nanos <= 0 ? 0 : System.nanoTime() + nanos;
        try {
            if (channel instanceof DatagramChannel dc) {
                return receiveDatagram(dc, dst, peek, nanos, deadline);
            }
            if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
                throw SocketErrors.error(SocketErrors.ENOTCONN);
            }
            if (shutRead || !dst.hasRemaining()) {
                return new Object[] {0, null, false};
            }
            boolean all = (flags & SocketConstants.MSG_WAITALL) != 0;
            int total = 0;
            while (true) {
                ByteBuffer into = peek ? ByteBuffer.allocate(dst.remaining()) : dst;
                int n = sc.read(into);
                if (n < 0) {
                    return new Object[] {total, null, false};
                }
                if (n > 0) {
                    if (peek) {
                        peeked = java.util.Arrays.copyOf(into.array(), n);
                        return fromPeeked(dst, true);
                    }
                    total += n;
                    if (!all || !dst.hasRemaining()) {
                        return new Object[] {total, null, false};
                    }
                    continue;
                }
                waitOrFail(SelectionKey.OP_READ, nanos, deadline);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** The largest datagram: what one receive takes, so that a cut one is known (MSG_TRUNC). */
    private static final int DATAGRAM_MAX = 65536;

    private Object[] receiveDatagram(DatagramChannel dc, ByteBuffer dst, boolean peek, long nanos, long deadline)
            throws IOException {
        while (true) {
            ByteBuffer into = ByteBuffer.allocate(DATAGRAM_MAX);
            SocketAddress from = dc.receive(into);
            if (from != null && !(v6only && isMapped(from))) {
                peeked = java.util.Arrays.copyOf(into.array(), into.position());
                peekedFrom = from;
                return fromPeeked(dst, peek);
            }
            if (from == null) {
                waitOrFail(SelectionKey.OP_READ, nanos, deadline);
            }
        }
    }

    /** {count, sender, cut}: from the bytes a peek (or a datagram receive) holds. */
    private Object[] fromPeeked(ByteBuffer dst, boolean peek) {
        int n = Math.min(dst.remaining(), peeked.length);
        dst.put(peeked, 0, n);
        Object[] out = {n, peekedFrom, !isStream() && n < peeked.length};
        if (!peek) {
            // A datagram is taken whole; of a stream only what was read.
            if (!isStream() || n == peeked.length) {
                peeked = null;
                peekedFrom = null;
            } else {
                peeked = java.util.Arrays.copyOfRange(peeked, n, peeked.length);
            }
        }
        return out;
    }

    /** {@code send(2)}: the count sent. */
    int send(ByteBuffer src, int flags, long nanos) {
        checkOpen();
        settle();
        if ((flags & SocketConstants.MSG_DONTWAIT) != 0) {
            nanos = 0;
        }
        awaitConnected(nanos);
        long deadline = nanos <= 0 ? 0 : System.nanoTime() + nanos;
        try {
            if (channel instanceof DatagramChannel dc) {
                if (!dc.isConnected()) {
                    throw SocketErrors.error(SocketErrors.EDESTADDRREQ);
                }
                while (true) {
                    int n = dc.write(src);
                    if (n > 0 || !src.hasRemaining()) {
                        return n;
                    }
                    waitOrFail(SelectionKey.OP_WRITE, nanos, deadline);
                }
            }
            if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
                throw SocketErrors.error(connecting ? SocketErrors.EAGAIN : SocketErrors.EPIPE);
            }
            while (true) {
                int n = sc.write(src);
                if (n > 0 || !src.hasRemaining()) {
                    return n;
                }
                waitOrFail(SelectionKey.OP_WRITE, nanos, deadline);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** {@code sendto(2)}: a datagram to {@code to}. */
    int sendTo(ByteBuffer src, int flags, SocketAddress to, long nanos) {
        checkOpen();
        if (!(channel instanceof DatagramChannel dc)) {
            // A connection-mode socket ignores the address, as POSIX says.
            return send(src, flags, nanos);
        }
        if (v6only && isMapped(to)) {
            throw SocketErrors.error(SocketErrors.ENETUNREACH);
        }
        if ((flags & SocketConstants.MSG_DONTWAIT) != 0) {
            nanos = 0;
        }
        long deadline = nanos <= 0 ? 0 : System.nanoTime() + nanos;
        try {
            while (true) {
                int n = dc.send(src, to);
                if (n > 0 || !src.hasRemaining()) {
                    return n;
                }
                waitOrFail(SelectionKey.OP_WRITE, nanos, deadline);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** {@code shutdown(2)}: 0 read side, 1 write side, 2 both. */
    void shutdown(int how) {
        checkOpen();
        if (how < 0 || how > 2) {
            throw SocketErrors.error(SocketErrors.EINVAL);
        }
        try {
            if (!(channel instanceof SocketChannel sc) || !sc.isConnected()) {
                throw SocketErrors.error(SocketErrors.ENOTCONN);
            }
            if (how != 1) {
                sc.shutdownInput();
                shutRead = true;
            }
            if (how != 0) {
                sc.shutdownOutput();
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** An IPv4 address reached through an IPv6 socket (the JDK gives IPv4-mapped ones as IPv4). */
    private boolean isMapped(SocketAddress a) {
        return family == SocketConstants.AF_INET6 && a instanceof java.net.InetSocketAddress isa
                && isa.getAddress() instanceof java.net.Inet4Address;
    }

    // ---- addresses and options -------------------------------------------------------------------

    Object localAddress() {
        checkOpen();
        if (unnamed) {
            return dev.kaa.vm.objects.PyStr.EMPTY;
        }
        try {
            SocketAddress a = channel == null ? null : channel.getLocalAddress();
            return a == null ? SocketAddresses.unbound(family) : SocketAddresses.format(family, a);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    Object peerAddress() {
        checkOpen();
        settle();
        try {
            SocketAddress a = null;
            if (channel instanceof SocketChannel sc && sc.isConnected()) {
                a = sc.getRemoteAddress();
            } else if (channel instanceof DatagramChannel dc && dc.isConnected()) {
                a = dc.getRemoteAddress();
            }
            if (a == null) {
                throw SocketErrors.error(SocketErrors.ENOTCONN);
            }
            return unnamed ? dev.kaa.vm.objects.PyStr.EMPTY : SocketAddresses.format(family, a);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Sets an option, now if the channel exists and later too if it is yet to open. A listening
     * socket keeps the options of connections (TCP_NODELAY, SO_SNDBUF …) for the sockets it
     * accepts, which inherit them as on Linux.
     */
    @SuppressWarnings("unchecked")
    <T> void setOption(SocketOption<T> opt, T value) {
        checkOpen();
        try {
            if (channel != null) {
                if (channel.supportedOptions().contains(opt)) {
                    channel.setOption(opt, value);
                } else if (!(channel instanceof ServerSocketChannel)) {
                    throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
                }
            }
            if (isStream()) {
                options.put((SocketOption<Object>) opt, value);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    /** An option's value; for a socket with no channel yet, what was set, or the default of a fresh channel. */
    @SuppressWarnings("unchecked")
    <T> T getOption(SocketOption<T> opt) {
        checkOpen();
        try {
            if (channel != null && channel.supportedOptions().contains(opt)) {
                return channel.getOption(opt);
            }
            if (channel != null && !(channel instanceof ServerSocketChannel)) {
                throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
            }
            if (options.containsKey(opt)) {
                return (T) options.get(opt);
            }
            try (SocketChannel probe = SocketChannel.open(protocolFamily())) {
                if (!probe.supportedOptions().contains(opt)) {
                    throw SocketErrors.error(SocketErrors.ENOPROTOOPT);
                }
                return probe.getOption(opt);
            }
        } catch (IOException | RuntimeException e) {
            throw failure(e);
        }
    }

    // ---- waiting ---------------------------------------------------------------------------------

    /**
     * Waits until the channel is ready for {@code op}, or {@code deadline} ({@link System#nanoTime},
     * -1 for none) passes: false then. Sleeps in slices of 20 ms with the GIL released and runs
     * the signal handlers between slices.
     */
    private boolean await(int op, long deadline) throws IOException {
        boolean reading = op == SelectionKey.OP_READ || op == SelectionKey.OP_ACCEPT;
        Selector sel = reading ? readWaiter : writeWaiter;
        if (sel == null) {
            sel = Selector.open();
            if (reading) {
                readWaiter = sel;
            } else {
                writeWaiter = sel;
            }
        }
        SelectableChannel ch = (SelectableChannel) channel;
        SelectionKey key = ch.keyFor(sel);
        if (key == null || !key.isValid()) {
            if (key != null) {
                sel.selectNow();
            }
            key = ch.register(sel, op);
        } else {
            key.interestOps(op);
        }
        while (true) {
            checkInterrupt();
            if (closed || !ch.isOpen()) {
                throw SocketErrors.error(SocketErrors.EBADF);
            }
            long slice = 20;
            if (deadline != -1) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                slice = Math.max(1, Math.min(slice, left / 1_000_000));
            }
            int n;
            try (var unlocked = ThreadState.releaseGil()) {
                n = sel.select(slice);
            }
            if (n > 0 || !sel.selectedKeys().isEmpty()) {
                sel.selectedKeys().clear();
                return true;
            }
        }
    }

    static void checkInterrupt() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            ts.runtime.checkInterrupt();
        }
    }

    /** The Python exception for a failure of a JDK call (a Python one passes through). */
    private static PyException failure(Exception e) {
        if (e instanceof PyException pe) {
            return pe;
        }
        if (e instanceof java.nio.channels.UnresolvedAddressException) {
            return SocketErrors.gaierror(SocketErrors.EAI_NONAME);
        }
        return SocketErrors.error(SocketErrors.errnoOf(e));
    }
}
