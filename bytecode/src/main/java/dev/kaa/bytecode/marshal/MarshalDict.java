package dev.kaa.bytecode.marshal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code dict} read from or written to {@code marshal} data (type code <code>'{'</code>): its
 * entries in the order of the data. Duplicate keys are kept as read (CPython never writes any).
 *
 * <p>Thread safety: immutable.
 */
public record MarshalDict(List<Entry> entries) {
    public MarshalDict {
        entries = Collections.unmodifiableList(new ArrayList<>(entries));
    }

    /** One key and its value. */
    public record Entry(Object key, Object value) {}
}
