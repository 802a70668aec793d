package dev.kaa.bytecode.marshal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a marshalled {@code list} and {@code set} share: items in the order of the data, and
 * identity. Unlike the constant model's tuples, these are created empty and filled, so that the
 * reader can register one before reading its items, as CPython's does, and an item may refer back
 * to its container (a list that contains itself). Equality compares the kind and the items, so a
 * container that contains itself must not be compared.
 *
 * <p>Thread safety: confined while it is being filled, then treated as immutable.
 */
public abstract sealed class MarshalItems permits MarshalList, MarshalSet {
    private final List<Object> items;

    MarshalItems(List<Object> items) {
        this.items = new ArrayList<>(items);
    }

    /** Appends an item (while the container is being built). */
    public final void add(Object item) {
        items.add(item);
    }

    public final List<Object> items() {
        return Collections.unmodifiableList(items);
    }

    @Override public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((MarshalItems) o).items.equals(items);
    }

    @Override public final int hashCode() {
        return 31 * getClass().hashCode() + items.hashCode();
    }

    @Override public final String toString() {
        return getClass().getSimpleName() + items;
    }
}
