package dev.kaa.bytecode.marshal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code set} read from or written to {@code marshal} data (type code {@code '<'}). The items
 * keep the order of the data; duplicates are kept as read (CPython never writes any).
 *
 * <p>Thread safety: immutable.
 */
public record MarshalSet(List<Object> items) {
    public MarshalSet {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }
}
