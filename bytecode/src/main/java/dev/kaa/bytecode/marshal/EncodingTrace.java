package dev.kaa.bytecode.marshal;

import java.util.Arrays;

/**
 * How a value was encoded in the {@code marshal} data it was read from: the type byte (with its
 * {@code FLAG_REF} bit) of every object in the order the reader met them (pre-order), and for each
 * back reference ({@code 'r'}) its index in the reference table.
 *
 * <p>Why it exists: CPython's writer sets {@code FLAG_REF} from reference counts and interning, and
 * picks between equivalent encodings ({@code 'i'} or {@code 'l'}, {@code ')'} or {@code '('},
 * {@code 'z'} or {@code 'a'} or {@code 'u'}); none of that follows from the values. The reader
 * records these choices here, and {@link Marshal#dumps(Object, EncodingTrace)} replays them while
 * it walks the same value in the same order, which gives back the original bytes. Everything else
 * (lengths, digits, UTF-8 bytes) follows from the values; a {@code str} holding a high and a
 * low surrogate as two code points is a {@link dev.kaa.bytecode.Constant.Str}, not a trace entry.
 *
 * <p>A trace is a flat list, not a tree beside the value: the writer checks at each step that
 * the value still has the recorded kind (and that a recorded back reference still names an equal
 * object), so a changed value is noticed and written with fresh choices instead.
 *
 * <p>Thread safety: immutable.
 */
public final class EncodingTrace {
    private final int[] entries;

    EncodingTrace(int[] entries) {
        this.entries = entries;
    }

    /** The number of recorded entries (type bytes and reference indexes). */
    public int size() {
        return entries.length;
    }

    int get(int index) {
        return entries[index];
    }

    @Override public boolean equals(Object o) {
        return o instanceof EncodingTrace t && Arrays.equals(entries, t.entries);
    }

    @Override public int hashCode() {
        return Arrays.hashCode(entries);
    }

    @Override public String toString() {
        return "EncodingTrace[" + entries.length + " entries]";
    }
}
