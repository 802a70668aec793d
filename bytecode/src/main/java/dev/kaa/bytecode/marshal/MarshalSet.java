package dev.kaa.bytecode.marshal;

import java.util.List;

/**
 * A {@code set} read from or written to {@code marshal} data (type code {@code '<'}): its items in
 * the order of the data. Frozensets, which code objects hold, are the constant model's.
 *
 * <p>Thread safety: as {@link MarshalItems}.
 */
public final class MarshalSet extends MarshalItems {
    /** An empty set, to be filled with {@link #add}. */
    public MarshalSet() {
        super(List.of());
    }

    public MarshalSet(List<Object> items) {
        super(items);
    }
}
