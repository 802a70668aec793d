package dev.kaa.bytecode.marshal;

import java.util.List;

/**
 * A {@code list} read from or written to {@code marshal} data (type code {@code '['}). Lists never
 * occur in code objects, so the shared constant model has no list; marshal keeps them as values.
 *
 * <p>Thread safety: as {@link MarshalItems}.
 */
public final class MarshalList extends MarshalItems {
    /** An empty list, to be filled with {@link #add}. */
    public MarshalList() {
        super(List.of());
    }

    public MarshalList(List<Object> items) {
        super(items);
    }
}
