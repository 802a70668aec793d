package dev.kaa.vm.modules.select;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.FileDescriptors;
import dev.kaa.vm.modules.PosixFdTable;
import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.FileChannel;
import java.nio.channels.IllegalBlockingModeException;
import java.nio.channels.Pipe;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code poll(2)} over the interpreter's descriptors, on a NIO {@link Selector}: what
 * {@code select.select}, {@code select.poll} and {@code select.epoll} share. Descriptors whose
 * channel is a {@link SelectableChannel} (sockets, {@code os.pipe()} ends) are registered with
 * the selector; file channels Kaa has a native descriptor for (files, terminals, FIFOs opened by
 * name, {@code os.openpty()}'s ends) are asked with {@code poll(2)}, at once and after each slice
 * of a wait; the others answer at once: directories are always ready, the standard input is
 * readable when input waits (always, when it is no terminal), the standard output and error
 * always writable.
 *
 * <p>NIO wants a channel non-blocking while it is registered: a pipe end is switched for the
 * time it is registered and switched back when it leaves (sockets are non-blocking in NIO
 * always). {@code epoll} keeps one poller for its life, so its registrations persist between
 * calls; {@code select} and {@code poll} use a fresh one per call and close it.
 *
 * <p>Readiness is level-triggered only; {@code POLLERR}, {@code POLLHUP} and {@code POLLPRI} are
 * not reported for selectable channels (NIO does not tell them).
 *
 * <p>Thread safety: GIL-guarded; the wait touches no Python object.
 */
final class FdPoller implements AutoCloseable {
    static final int POLLIN = 1, POLLPRI = 2, POLLOUT = 4, POLLERR = 8, POLLHUP = 16, POLLNVAL = 32,
            POLLRDNORM = 64, POLLRDBAND = 128, POLLWRNORM = 256, POLLWRBAND = 512;
    private static final int READ_BITS = POLLIN | POLLRDNORM | POLLRDBAND | POLLPRI;
    private static final int WRITE_BITS = POLLOUT | POLLWRNORM | POLLWRBAND;
    private static final long SLICE_MILLIS = 20;

    /** One watched descriptor. */
    private static final class Entry {
        final int fd;
        int mask;
        PosixFdTable.Handle handle;
        SelectableChannel channel;
        SelectionKey key;
        /** The pipe end was blocking before it was registered: it is switched back when it leaves. */
        boolean madeNonBlocking;
        /** A file channel with a native descriptor: asked with poll(2) at each slice of a wait. */
        boolean polledNatively;

        Entry(int fd, int mask) {
            this.fd = fd;
            this.mask = mask;
        }
    }

    private final Selector selector;
    private final Map<Integer, Entry> entries = new LinkedHashMap<>();

    FdPoller() throws IOException {
        selector = Selector.open();
    }

    /** Watches {@code fd} for the {@code POLL*} events of {@code mask} (replacing an earlier mask). */
    void watch(int fd, int mask) {
        Entry e = entries.get(fd);
        if (e == null) {
            entries.put(fd, new Entry(fd, mask));
        } else {
            e.mask = mask;
        }
    }

    boolean watching(int fd) {
        return entries.containsKey(fd);
    }

    /** Stops watching {@code fd}; false if it was not watched. */
    boolean unwatch(int fd) {
        Entry e = entries.remove(fd);
        if (e == null) {
            return false;
        }
        release(e);
        try {
            selector.selectNow();
            selector.selectedKeys().clear();
        } catch (IOException ex) {
            // The selector is closing; nothing is left registered with it anyway.
        }
        restoreBlocking(e);
        return true;
    }

    int size() {
        return entries.size();
    }

    /**
     * Waits at most {@code nanos} (-1: for ever) until a watched descriptor is ready; the ready
     * ones with their events, in the order they were first watched. A descriptor that is not
     * open reports {@code POLLNVAL} when {@code reportClosed}, else is dropped (as epoll drops a
     * closed file).
     */
    Map<Integer, Integer> poll(long nanos, boolean reportClosed) throws IOException {
        Map<Integer, Integer> now = new LinkedHashMap<>();
        PosixFdTable table = PosixFdTable.current();
        List<Integer> gone = new ArrayList<>();
        for (Entry e : entries.values()) {
            int ev = sync(table, e);
            if (ev < 0) {
                if (reportClosed) {
                    now.put(e.fd, POLLNVAL);
                } else {
                    gone.add(e.fd);
                }
            } else if (ev != 0) {
                now.put(e.fd, ev);
            }
        }
        for (int fd : gone) {
            unwatch(fd);
        }
        selector.selectedKeys().clear();
        if (!now.isEmpty() || nanos == 0) {
            selector.selectNow();
        } else {
            waitReady(nanos);
        }
        Map<Integer, Integer> out = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            int ev = e.polledNatively && !now.containsKey(e.fd) ? nativeEvents(e) : now.getOrDefault(e.fd, 0);
            SelectionKey k = e.key;
            if (k != null && k.isValid() && selector.selectedKeys().contains(k)) {
                ev |= events(k.readyOps(), e.mask);
            }
            if (ev != 0) {
                out.put(e.fd, ev);
            }
        }
        for (Map.Entry<Integer, Integer> n : now.entrySet()) {
            out.putIfAbsent(n.getKey(), n.getValue());
        }
        selector.selectedKeys().clear();
        return out;
    }

    private void waitReady(long nanos) throws IOException {
        long deadline = nanos < 0 ? 0 : System.nanoTime() + nanos;
        while (true) {
            ThreadState ts = ThreadState.currentOrNull();
            if (ts != null) {
                ts.runtime.checkInterrupt();
            }
            long slice = SLICE_MILLIS;
            if (nanos >= 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                slice = Math.max(1, Math.min(slice, (left + 999_999) / 1_000_000));
            }
            int n;
            try (var unlocked = ThreadState.releaseGil()) {
                n = selector.select(slice);
            }
            if (n > 0 || !selector.selectedKeys().isEmpty() || nativeReady()) {
                return;
            }
        }
    }

    /** Whether a descriptor asked with poll(2) (a terminal, a FIFO) has become ready. */
    private boolean nativeReady() throws IOException {
        for (Entry e : entries.values()) {
            if (e.polledNatively && nativeEvents(e) != 0) {
                return true;
            }
        }
        return false;
    }

    private static int nativeEvents(Entry e) throws IOException {
        int now = e.handle == null ? -1 : e.handle.pollNow(e.mask);
        return now < 0 ? 0 : now & (e.mask | POLLERR | POLLHUP | POLLNVAL);
    }

    /**
     * Brings {@code e}'s registration up to date with its descriptor (which may have changed
     * channel: a socket that started listening) and returns the events known without the
     * selector, or -1 when the descriptor is not open.
     */
    private int sync(PosixFdTable table, Entry e) throws IOException {
        if (!table.isOpen(e.fd)) {
            release(e);
            e.handle = null;
            return -1;
        }
        PosixFdTable.Handle h = table.get(e.fd);
        if (h != e.handle) {
            release(e);
            restoreBlocking(e);
            e.handle = h;
        }
        Channel c = h.channel();
        SelectableChannel sc = null;
        int immediate = 0;
        int ops = 0;
        if (c instanceof PosixFdTable.Descriptor d) {
            sc = d.selectable();
            if (sc == null) {
                // A stream socket neither connected nor listening: Linux reports POLLOUT|POLLHUP.
                immediate = POLLOUT | POLLHUP;
            } else {
                ops = socketOps(d, sc, e.mask);
                if (d.hasBufferedInput()) {
                    immediate |= POLLIN;
                }
            }
        } else if (c instanceof SelectableChannel s) {
            sc = s;
            ops = plainOps(s, e.mask);
        } else {
            int now = h.pollNow(e.mask);
            e.polledNatively = now >= 0;
            immediate = now >= 0 ? now : unselectable(h, e.fd);
        }
        if (sc != e.channel) {
            release(e);
            restoreBlocking(e);
            e.channel = sc;
        }
        if (sc != null) {
            register(e, sc, ops);
        }
        return immediate & (e.mask | POLLERR | POLLHUP);
    }

    /** What the channel of a socket is watched for: accept, connect or data. */
    private static int socketOps(PosixFdTable.Descriptor d, SelectableChannel sc, int mask) {
        int ops = 0;
        if ((mask & READ_BITS) != 0) {
            ops |= sc instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((mask & WRITE_BITS) != 0 && !(sc instanceof ServerSocketChannel)) {
            boolean connecting = sc instanceof SocketChannel s && s.isConnectionPending();
            ops |= connecting ? SelectionKey.OP_CONNECT : SelectionKey.OP_WRITE;
        }
        return ops & sc.validOps();
    }

    private static int plainOps(SelectableChannel sc, int mask) {
        int ops = 0;
        if ((mask & READ_BITS) != 0) {
            ops |= sc instanceof ServerSocketChannel ? SelectionKey.OP_ACCEPT : SelectionKey.OP_READ;
        }
        if ((mask & WRITE_BITS) != 0) {
            ops |= SelectionKey.OP_WRITE;
        }
        return ops & sc.validOps();
    }

    /** Readiness of what no selector can watch: files, directories, the standard streams. */
    private static int unselectable(PosixFdTable.Handle h, int fd) {
        int std = h.standardStream();
        if (std == 0) {
            if (!FileDescriptors.isatty(fd)) {
                return POLLIN | POLLRDNORM;
            }
            try {
                return System.in.available() > 0 ? POLLIN | POLLRDNORM : 0;
            } catch (IOException e) {
                return POLLIN | POLLRDNORM;
            }
        }
        if (std > 0) {
            return POLLOUT | POLLWRNORM;
        }
        if (h.isDirectory() || h.channel() instanceof FileChannel || h.channel() == null) {
            return POLLIN | POLLRDNORM | POLLOUT | POLLWRNORM;
        }
        return POLLIN | POLLOUT;
    }

    private void register(Entry e, SelectableChannel sc, int ops) throws IOException {
        if (e.key != null && e.key.isValid() && e.key.channel() == sc) {
            if (e.key.interestOps() != ops) {
                e.key.interestOps(ops);
            }
            return;
        }
        SelectionKey old = sc.keyFor(selector);
        if (old != null && !old.isValid()) {
            selector.selectNow(); // a cancelled key leaves the selector only at its next selection
            selector.selectedKeys().clear();
        }
        if (sc.isBlocking()) {
            if (sc instanceof Pipe.SourceChannel || sc instanceof Pipe.SinkChannel) {
                e.madeNonBlocking = true;
            }
            sc.configureBlocking(false);
        }
        e.key = sc.register(selector, ops, e);
    }

    private static void release(Entry e) {
        if (e.key != null) {
            e.key.cancel();
            e.key = null;
        }
    }

    private void restoreBlocking(Entry e) {
        if (e.madeNonBlocking && e.channel != null && e.channel.isOpen()) {
            e.madeNonBlocking = false;
            try {
                if (e.channel.keyFor(selector) != null) {
                    selector.selectNow();
                    selector.selectedKeys().clear();
                }
                if (e.handle == null || e.handle.blocking()) {
                    e.channel.configureBlocking(true);
                }
            } catch (IOException | IllegalBlockingModeException | ClosedSelectorException ex) {
                // Still registered elsewhere (another epoll): it stays non-blocking until that ends.
            }
        }
    }

    /** POLL* events of NIO's ready set, within what was asked. */
    private static int events(int ready, int mask) {
        int ev = 0;
        if ((ready & (SelectionKey.OP_READ | SelectionKey.OP_ACCEPT)) != 0) {
            ev |= POLLIN | POLLRDNORM;
        }
        if ((ready & (SelectionKey.OP_WRITE | SelectionKey.OP_CONNECT)) != 0) {
            ev |= POLLOUT | POLLWRNORM;
        }
        return ev & mask;
    }

    @Override public void close() {
        for (Entry e : entries.values()) {
            release(e);
        }
        try {
            selector.close();
        } catch (IOException e) {
            // Closing a selector fails only if its own descriptors do: nothing to do about it.
        }
        for (Entry e : entries.values()) {
            restoreBlocking(e);
        }
        entries.clear();
    }
}
