package dev.kaa.vm.modules.io;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.FileDescriptors;
import dev.kaa.vm.objects.PyException;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * What CPython's reference counting does for files a program drops without closing, done with
 * the collector's help (one instance per interpreter). In CPython a dropped file is flushed and
 * closed at once; here:
 * <ul>
 * <li>a writer with unwritten bytes keeps them in a {@link Pending} registered here, while the
 *     writer itself is only weakly held: when the collector takes the writer, its bytes are
 *     written to its descriptor, and the descriptor of a dropped {@code FileIO} (with
 *     {@code closefd}) is closed (after its bytes), at the next safe point: the next open;
 * <li>opening a file that writers with unwritten bytes are on writes those bytes first, so
 *     that {@code open(p, 'w').write(s)} followed by reading {@code p} sees {@code s}, as in
 *     CPython. (Unlike CPython, this happens for a writer still in use too: telling a dropped
 *     writer from a live one would need a full collection at each such open, which costs far
 *     more; the only difference a program can see is data reaching the file sooner.)
 * <li>a collection is also asked for when many files are open (the JVM needs descriptors of
 *     its own), and when an open fails with "too many open files" (then the open is retried);
 * <li>at exit, after the {@code atexit} functions (as CPython's finalization flushes files after
 *     them), the interpreter writes what is left ({@link IoModule#flushAtExit}); nothing is
 *     registered with {@code atexit} itself, whose count of functions programs can see.
 * </ul>
 *
 * <p>Thread safety: GIL-guarded (the map of instances is synchronized).
 */
final class OpenFiles {
    private static final Map<Runtime, OpenFiles> ALL = Collections.synchronizedMap(new WeakHashMap<>());

    /** The references of writers with unwritten bytes (kept so that they are enqueued). */
    private final Set<DirtyRef> dirty = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ReferenceQueue<IoBase> droppedWriters = new ReferenceQueue<>();
    /** The references of open FileIOs that own their descriptor. */
    private final Set<FdRef> tracked = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ReferenceQueue<FileIO> droppedFiles = new ReferenceQueue<>();
    /** Dropped FileIOs whose descriptor waits for a dropped writer's bytes. */
    private final List<FdRef> deferred = new ArrayList<>();
    /** Writers with unwritten bytes but no descriptor to write them to: held until written. */
    private final Set<IoBase> keepAlive = Collections.newSetFromMap(new IdentityHashMap<>());

    /** How many watched files trigger a collection; doubles with the files really in use. */
    private static final int FIRST_COLLECT_AT = 256;
    private int nextCollectAt = FIRST_COLLECT_AT;

    private OpenFiles() {}

    /** The calling thread's interpreter's instance; a private one outside any interpreter. */
    static OpenFiles current() {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts == null) {
            return new OpenFiles();
        }
        return ALL.computeIfAbsent(ts.runtime, k -> new OpenFiles());
    }

    /** Who owns a descriptor: shared by a FileIO and what outlives it. */
    static final class FdOwner {
        final int fd;
        /** What the descriptor referred to when opened: a reused number is left alone. */
        final Object identity;
        boolean closed;
        /** How many writers with unwritten bytes write to this descriptor. */
        int pendingWriters;

        FdOwner(int fd) {
            this.fd = fd;
            this.identity = FileDescriptors.identity(fd);
        }
    }

    /**
     * An open FileIO, phantom-reachable: enqueued only once nothing can reach it any more, not
     * even an object with {@code __del__} awaiting its finalizer (a {@code BZ2File} over it,
     * whose {@code __del__} will close it), as a weak reference would be, before that runs.
     */
    private static final class FdRef extends java.lang.ref.PhantomReference<FileIO> {
        final FdOwner owner;

        FdRef(FileIO f, FdOwner owner, ReferenceQueue<FileIO> q) {
            super(f, q);
            this.owner = owner;
        }
    }

    /** A writer with unwritten bytes, weakly; its bytes, strongly. */
    static final class DirtyRef extends WeakReference<IoBase> {
        final Pending pending;

        DirtyRef(IoBase w, Pending p, ReferenceQueue<IoBase> q) {
            super(w, q);
            this.pending = p;
        }
    }

    // ---- descriptors ---------------------------------------------------------------------------------

    /** Starts watching {@code f}, which owns {@code owner.fd}. */
    void track(FileIO f, FdOwner owner) {
        tracked.add(new FdRef(f, owner, droppedFiles));
    }

    /** Before opening {@code path}: settle what was dropped, write what is pending on that file. */
    void beforeOpen(Object path) {
        drain();
        if (!dirty.isEmpty()) {
            java.nio.file.Path file = FileDescriptors.resolve(path);
            // Text wrappers first (their bytes go into their buffers), then the buffers.
            for (DirtyRef r : onFile(file, true)) {
                if (r.get() instanceof TextIOWrapper t) {
                    try {
                        t.writeFlush();
                    } catch (PyException e) {
                        // Reported, if ever, by the writer's own flush or close.
                    }
                } else if (r.get() == null) {
                    writeDropped(List.of(r));
                }
            }
            for (DirtyRef r : onFile(file, false)) {
                if (r.get() instanceof Buffered b) {
                    try {
                        if (!b.rawClosed()) {
                            b.flushWrites();
                        }
                    } catch (PyException e) {
                        // As above.
                    }
                } else if (r.get() == null) {
                    writeOut(r.pending);
                }
            }
        }
        if (tracked.size() >= nextCollectAt) {
            tracked.removeIf(x -> x.owner.closed); // explicitly closed files need no watching
            if (tracked.size() >= nextCollectAt) {
                reclaim();
            }
            nextCollectAt = Math.max(FIRST_COLLECT_AT, 2 * tracked.size());
        }
    }

    /** The registered writers with bytes for the file {@code path} names: text wrappers or buffers. */
    private List<DirtyRef> onFile(java.nio.file.Path file, boolean text) {
        List<DirtyRef> out = new ArrayList<>();
        for (DirtyRef r : dirty) {
            FdOwner t = r.pending.target;
            if ((r.pending.next != null) == text && t != null && !t.closed && FileDescriptors.isOn(t.fd, file)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Collects and settles what was dropped; true if a descriptor was freed. */
    boolean reclaim() {
        int before = tracked.size();
        System.gc();
        try {
            // The collector hands cleared references over on its own thread: wait a little.
            Reference<? extends IoBase> w = droppedWriters.remove(20);
            if (w != null) {
                writeDropped(List.of((DirtyRef) w));
            }
            if (droppedFiles.remove(20) instanceof FdRef f) {
                deferred.add(f);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        drain();
        return tracked.size() < before;
    }

    /** Writes the bytes of dropped writers, then closes the descriptors of dropped files. */
    void drain() {
        List<DirtyRef> writers = new ArrayList<>();
        for (Reference<? extends IoBase> r = droppedWriters.poll(); r != null; r = droppedWriters.poll()) {
            writers.add((DirtyRef) r);
        }
        if (!writers.isEmpty()) {
            writeDropped(writers);
        }
        for (Reference<? extends FileIO> r = droppedFiles.poll(); r != null; r = droppedFiles.poll()) {
            deferred.add((FdRef) r);
        }
        if (!deferred.isEmpty()) {
            List<FdRef> waiting = new ArrayList<>(deferred);
            deferred.clear();
            for (FdRef ref : waiting) {
                if (ref.owner.pendingWriters > 0 && !ref.owner.closed) {
                    deferred.add(ref); // a writer on it still has bytes: close after they are written
                    continue;
                }
                tracked.remove(ref);
                if (!ref.owner.closed) {
                    ref.owner.closed = true;
                    try {
                        FileDescriptors.closeIf(ref.owner.fd, ref.owner.identity);
                    } catch (PyException e) {
                        // As a finalizer's: not reported.
                    }
                }
            }
        }
    }

    /** Text wrappers' bytes go after their buffer's; a buffer still in use keeps them. */
    private void writeDropped(List<DirtyRef> refs) {
        for (DirtyRef r : refs) {
            Pending p = r.pending;
            if (p.next != null && p.len > 0) {
                Pending b = p.next;
                byte[] text = p.take();
                forget(p);
                b.append(text, 0, text.length);
                if (b.ref == null) {
                    // The buffer had nothing pending, so the text may go straight to the file.
                    writeOut(b);
                }
            }
        }
        for (DirtyRef r : refs) {
            if (r.pending.next == null) {
                writeOut(r.pending);
            }
        }
    }

    /** Writes {@code p}'s bytes to its descriptor (if still the same file) and forgets them. */
    private void writeOut(Pending p) {
        byte[] data = p.take();
        FdOwner t = p.target;
        forget(p);
        if (t != null && !t.closed && data.length > 0 && t.identity != null && t.identity == FileDescriptors.identity(t.fd)) {
            try {
                FileDescriptors.write(t.fd, data);
            } catch (PyException e) {
                // As a finalizer's: not reported.
            }
        }
    }

    // ---- writers -----------------------------------------------------------------------------------------

    /** {@code w} now holds unwritten bytes in {@code p}. */
    void dirty(IoBase w, Pending p) {
        if (p.ref != null) {
            return;
        }
        p.ref = new DirtyRef(w, p, droppedWriters);
        dirty.add(p.ref);
        if (p.target == null && !w.finalizedWhenDropped()) {
            keepAlive.add(w); // a Python-level raw stream: only the writer can pass the bytes on
        }
        if (p.target != null) {
            p.target.pendingWriters++;
        }
    }

    /** {@code p}'s bytes are written. */
    void clean(Pending p) {
        if (p.ref != null) {
            p.ref.clear(); // never enqueued now
            forget(p);
        }
    }

    private void forget(Pending p) {
        if (p.ref != null) {
            IoBase w = p.ref.get();
            if (w != null) {
                keepAlive.remove(w);
            }
            dirty.remove(p.ref);
            p.ref = null;
            if (p.target != null) {
                p.target.pendingWriters--;
            }
        }
    }

    /** At exit: what every writer still holds is written (text wrappers first, then buffers). */
    void flushAll() {
        // Writers to Python-level streams that a collection found dropped: their __del__ (close)
        // passes their bytes on, as CPython's finalizer would have when they were dropped.
        dev.kaa.vm.objects.DelFinalizers.runPending(o -> o instanceof IoBase);
        drain();
        List<DirtyRef> all = new ArrayList<>(dirty);
        for (DirtyRef r : all) {
            if (r.get() instanceof TextIOWrapper t && !t.detached && t.buffer != null) {
                try {
                    t.writeFlush();
                } catch (PyException e) {
                    // A finalizer's failure is not reported at exit.
                }
            }
        }
        for (DirtyRef r : new ArrayList<>(dirty)) {
            if (r.get() instanceof Buffered b && !b.detached && b.raw != null) {
                try {
                    if (!b.rawClosed()) {
                        b.flushWrites();
                    }
                } catch (PyException e) {
                    // As above.
                }
            } else if (r.get() == null) {
                writeOut(r.pending);
            }
        }
    }

    static void flushAll(Runtime rt) {
        OpenFiles o = ALL.get(rt);
        if (o != null) {
            o.flushAll();
        }
    }
}
