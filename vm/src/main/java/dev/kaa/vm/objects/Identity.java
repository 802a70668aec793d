package dev.kaa.vm.objects;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * {@code id()}: a number unique among live objects and stable for an object's life. Java has no
 * stable addresses, so numbers are handed out on first request and remembered in a weak
 * identity map (Python objects' own {@code equals} must not be involved).
 *
 * <p>Thread safety: self-locking.
 */
final class Identity {
    private Identity() {}

    private static final class Entry extends WeakReference<Object> {
        final long id;
        final int hash;

        Entry(Object o, long id, ReferenceQueue<Object> queue) {
            super(o, queue);
            this.id = id;
            this.hash = System.identityHashCode(o);
        }
    }

    private static final HashMap<Integer, List<Entry>> BY_HASH = new HashMap<>();
    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    private static long next = 0x7f0000001000L;

    static synchronized long id(Object o) {
        expunge();
        int h = System.identityHashCode(o);
        List<Entry> bucket = BY_HASH.computeIfAbsent(h, k -> new ArrayList<>(1));
        for (Entry e : bucket) {
            if (e.get() == o) {
                return e.id;
            }
        }
        long id = next;
        next += 16;
        bucket.add(new Entry(o, id, QUEUE));
        return id;
    }

    private static void expunge() {
        Reference<?> r;
        while ((r = QUEUE.poll()) != null) {
            Entry e = (Entry) r;
            List<Entry> bucket = BY_HASH.get(e.hash);
            if (bucket != null) {
                bucket.remove(e);
                if (bucket.isEmpty()) {
                    BY_HASH.remove(e.hash);
                }
            }
        }
    }
}
