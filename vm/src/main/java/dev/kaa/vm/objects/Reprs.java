package dev.kaa.vm.objects;

import java.util.IdentityHashMap;

/**
 * The {@code repr} of containers, with CPython's guard against self-reference: a list that
 * contains itself prints {@code [...]}, a dict {@code {...}}.
 *
 * <p>Thread safety: the guard is per thread.
 */
final class Reprs {
    private Reprs() {}

    private static final ThreadLocal<IdentityHashMap<Object, Boolean>> ACTIVE =
            ThreadLocal.withInitial(IdentityHashMap::new);

    /**
     * How many container reprs may nest: CPython 3.13 counts them against its C recursion limit
     * (10,000, less the few levels a program's top has used), whatever {@code sys.getrecursionlimit()}
     * says; a list nested 9,997 deep prints there, one more level raises RecursionError.
     */
    private static final int MAX_NESTING = 9997;

    /** Enters {@code o}'s repr; false when it is already being printed on this thread. */
    static boolean enter(Object o) {
        IdentityHashMap<Object, Boolean> active = ACTIVE.get();
        if (active.size() >= MAX_NESTING) {
            throw PyErr.recursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
        return active.put(o, Boolean.TRUE) == null;
    }

    static void leave(Object o) {
        ACTIVE.get().remove(o);
    }

    /** The repr of an item; running out of Java stack is CPython's RecursionError for repr. */
    static String item(Object o) {
        try {
            return Abstract.repr(o).value;
        } catch (StackOverflowError overflow) {
            throw PyErr.recursionError("maximum recursion depth exceeded while getting the repr of an object");
        }
    }

    static String list(PyList l) {
        if (l.size == 0) {
            return "[]";
        }
        if (!enter(l)) {
            return "[...]";
        }
        try {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(item(l.items[i]));
            }
            return sb.append(']').toString();
        } finally {
            leave(l);
        }
    }

    static String tuple(PyTuple t) {
        if (t.items.length == 0) {
            return "()";
        }
        if (!enter(t)) {
            return "(...)";
        }
        try {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(item(t.items[i]));
            }
            if (t.items.length == 1) {
                sb.append(',');
            }
            return sb.append(')').toString();
        } finally {
            leave(t);
        }
    }

    static String dict(PyDict d) {
        if (d.size() == 0) {
            return "{}";
        }
        if (!enter(d)) {
            return "{...}";
        }
        try {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (int e = d.nextEntry(0); e >= 0; e = d.nextEntry(e + 1)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                Object k = d.keyAt(e), v = d.valueAt(e);
                sb.append(item(k)).append(": ").append(item(v));
            }
            return sb.append('}').toString();
        } finally {
            leave(d);
        }
    }
}
