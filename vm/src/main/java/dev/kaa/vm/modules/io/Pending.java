package dev.kaa.vm.modules.io;

import java.util.Arrays;

/**
 * Bytes a writer (a buffered writer, a text wrapper) has accepted but not yet passed on,
 * kept apart from the writer so that {@link OpenFiles} can still write them out after the
 * collector has taken the writer: where they go is {@link #target} (the descriptor of the
 * FileIO underneath) or, for a text wrapper, its buffer's {@code Pending} ({@link #next}).
 *
 * <p>Thread safety: GIL-guarded.
 */
final class Pending {
    byte[] data = new byte[0];
    int len;
    /** The descriptor the bytes end up on, when the writer sits (maybe indirectly) on a FileIO. */
    OpenFiles.FdOwner target;
    /** For a text wrapper over a buffered writer on a FileIO: that writer's pending bytes. */
    Pending next;
    /** Registered with {@link OpenFiles} while {@link #len} is positive. */
    OpenFiles.DirtyRef ref;

    void append(byte[] b, int from, int n) {
        if (len + n > data.length) {
            data = Arrays.copyOf(data, Math.max(Math.max(data.length * 2, len + n), 64));
        }
        System.arraycopy(b, from, data, len, n);
        len += n;
    }

    /** The bytes, leaving this empty. */
    byte[] take() {
        byte[] out = Arrays.copyOf(data, len);
        len = 0;
        return out;
    }
}
