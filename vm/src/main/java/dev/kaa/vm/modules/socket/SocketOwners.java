package dev.kaa.vm.modules.socket;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.PosixFdTable;
import java.io.IOException;
import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Closes the descriptors of socket objects the program dropped without closing them, as
 * CPython's deallocation does: without it a forgotten server socket would hold its port for
 * the life of the process. The JVM tells of a dropped object only after a collection, so the
 * descriptors are closed then, at the next socket's creation (on an interpreter thread; the
 * JVM's reference handler must not touch the descriptor table). Unlike CPython, no
 * {@code ResourceWarning} is issued: the program has moved on by then.
 *
 * <p>Thread safety: one instance per interpreter, GIL-guarded; the map of instances is
 * synchronized.
 */
final class SocketOwners {
    private static final Map<Runtime, SocketOwners> ALL = Collections.synchronizedMap(new WeakHashMap<>());

    /** What a socket object owns: its descriptor, and the handle it named (a reused number is left alone). */
    static final class Owner {
        int fd = -1;
        Object handle;
    }

    private static final class Ref extends PhantomReference<PySocket> {
        final Owner owner;

        Ref(PySocket s, Owner owner, ReferenceQueue<PySocket> q) {
            super(s, q);
            this.owner = owner;
        }
    }

    private final ReferenceQueue<PySocket> dropped = new ReferenceQueue<>();
    private final Set<Ref> live = Collections.newSetFromMap(new IdentityHashMap<>());

    /** The calling thread's interpreter's instance (a throwaway one outside any interpreter). */
    static SocketOwners current() {
        ThreadState ts = ThreadState.currentOrNull();
        return ts == null ? new SocketOwners() : ALL.computeIfAbsent(ts.runtime, k -> new SocketOwners());
    }

    /** Watches {@code s}, which owns {@code owner}'s descriptor; first closes those of dropped sockets. */
    void track(PySocket s, Owner owner) {
        closeDropped();
        live.add(new Ref(s, owner, dropped));
    }

    private void closeDropped() {
        PosixFdTable table = PosixFdTable.current();
        for (Reference<? extends PySocket> r; (r = dropped.poll()) != null;) {
            live.remove(r);
            Owner o = ((Ref) r).owner;
            if (o.fd >= 0 && table.isOpen(o.fd) && table.get(o.fd) == o.handle) {
                try {
                    table.close(o.fd);
                } catch (IOException e) {
                    // Nobody is left to tell.
                }
            }
            o.fd = -1;
        }
    }
}
