package dev.kaa.bytecode.marshal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A {@code list} read from or written to {@code marshal} data (type code {@code '['}). Lists never
 * occur in code objects, so the shared constant model has no list; marshal keeps them as values.
 *
 * <p>Thread safety: immutable.
 */
public record MarshalList(List<Object> items) {
    public MarshalList {
        items = Collections.unmodifiableList(new ArrayList<>(items));
    }
}
