package dev.kaa.bytecode.marshal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code dict} read from or written to {@code marshal} data (type code <code>'{'</code>): its
 * entries in the order of the data. Duplicate keys are kept as read (CPython never writes any).
 * Like {@link MarshalList} it has identity and is filled after it is created, so it may hold
 * itself as a value.
 *
 * <p>Thread safety: confined while it is being filled, then treated as immutable.
 */
public final class MarshalDict {
    private final List<Entry> entries;

    /** An empty dict, to be filled with {@link #put}. */
    public MarshalDict() {
        this.entries = new ArrayList<>();
    }

    public MarshalDict(List<Entry> entries) {
        this.entries = new ArrayList<>(entries);
    }

    /** Adds an entry (while the dict is being built). */
    public void put(Object key, Object value) {
        entries.add(new Entry(key, value));
    }

    public List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    @Override public boolean equals(Object o) {
        return o instanceof MarshalDict d && d.entries.equals(entries);
    }

    @Override public int hashCode() {
        return entries.hashCode();
    }

    @Override public String toString() {
        return "MarshalDict" + entries;
    }

    /** One key and its value. */
    public record Entry(Object key, Object value) {}
}
