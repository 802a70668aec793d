package dev.kaa.vm.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A compiled zone file (TZif, RFC 8536) applied as glibc applies it: the 64-bit data of version 2
 * and later, the footer's rule string past the last transition, leap-second corrections
 * ({@code right/…}), and before the first transition the first standard-time type.
 *
 * <p>Thread safety: immutable.
 */
final class TimeZoneFile implements TimeZone {
    /** One local time type: offset east of UTC, daylight flag, abbreviation. */
    record Type(long offset, boolean dst, String abbr, boolean isStd, boolean isUt) {}

    private final long[] transitions;
    private final int[] typeIndex;
    private final Type[] types;
    private final long[] leapTimes;
    private final long[] leapCorrections;
    /** The footer's rule string, or null when there is none. */
    private final TimePosixRule footer;
    /** For a zone made from {@code posixrules}: the daylight offset it was given, else null. */
    private final Long posixDst;

    private TimeZoneFile(long[] transitions, int[] typeIndex, Type[] types, long[] leapTimes, long[] leapCorrections,
            TimePosixRule footer, Long posixDst) {
        this.posixDst = posixDst;
        this.transitions = transitions;
        this.typeIndex = typeIndex;
        this.types = types;
        this.leapTimes = leapTimes;
        this.leapCorrections = leapCorrections;
        this.footer = footer;
    }

    // Zone files are a few kilobytes; a TZ naming anything much larger is not one.
    private static final int MAX_SIZE = 1 << 20;

    /** The zone in {@code file}, or null when it is missing or not a zone file. */
    static TimeZoneFile read(Path file) {
        byte[] data;
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            try (InputStream in = Files.newInputStream(file)) {
                data = in.readNBytes(MAX_SIZE);
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            return parse(ByteBuffer.wrap(data));
        } catch (RuntimeException e) {
            // Truncated or inconsistent data (BufferUnderflow, bad indexes): not a usable file.
            return null;
        }
    }

    private static TimeZoneFile parse(ByteBuffer b) {
        int[] counts = header(b);
        if (counts == null) {
            return null;
        }
        int version = b.get(4);
        if (version >= '2') {
            // Skip the 32-bit block to reach the second header and its 64-bit data.
            b.position(44 + counts[3] * 5 + counts[4] * 6 + counts[5] + counts[2] * 8 + counts[1] + counts[0]);
            counts = header(b);
            if (counts == null) {
                return null;
            }
            return body(b, counts, 8);
        }
        return body(b, counts, 4);
    }

    /** The six counts (isut, isstd, leap, time, type, char) after the magic; the buffer past them. */
    private static int[] header(ByteBuffer b) {
        int at = b.position();
        if (b.remaining() < 44 || b.get(at) != 'T' || b.get(at + 1) != 'Z' || b.get(at + 2) != 'i'
                || b.get(at + 3) != 'f') {
            return null;
        }
        b.position(at + 20);
        int[] counts = new int[6];
        for (int i = 0; i < 6; i++) {
            counts[i] = b.getInt();
            if (counts[i] < 0 || counts[i] > MAX_SIZE) {
                return null;
            }
        }
        if (counts[4] == 0) {
            return null;
        }
        return counts;
    }

    private static long time(ByteBuffer b, int size) {
        return size == 8 ? b.getLong() : b.getInt();
    }

    private static TimeZoneFile body(ByteBuffer b, int[] counts, int size) {
        int isutCount = counts[0], isstdCount = counts[1], leapCount = counts[2];
        int timeCount = counts[3], typeCount = counts[4], charCount = counts[5];
        long[] transitions = new long[timeCount];
        for (int i = 0; i < timeCount; i++) {
            transitions[i] = time(b, size);
        }
        int[] typeIndex = new int[timeCount];
        for (int i = 0; i < timeCount; i++) {
            typeIndex[i] = b.get() & 0xff;
            if (typeIndex[i] >= typeCount) {
                return null;
            }
        }
        long[] offsets = new long[typeCount];
        boolean[] dst = new boolean[typeCount];
        int[] abbrIndex = new int[typeCount];
        for (int i = 0; i < typeCount; i++) {
            offsets[i] = b.getInt();
            dst[i] = b.get() != 0;
            abbrIndex[i] = b.get() & 0xff;
        }
        byte[] chars = new byte[charCount];
        b.get(chars);
        long[] leapTimes = new long[leapCount];
        long[] leapCorrections = new long[leapCount];
        for (int i = 0; i < leapCount; i++) {
            leapTimes[i] = time(b, size);
            leapCorrections[i] = b.getInt();
        }
        boolean[] isStd = new boolean[typeCount];
        boolean[] isUt = new boolean[typeCount];
        for (int i = 0; i < isstdCount; i++) {
            boolean v = b.get() != 0;
            if (i < typeCount) {
                isStd[i] = v;
            }
        }
        for (int i = 0; i < isutCount; i++) {
            boolean v = b.get() != 0;
            if (i < typeCount) {
                isUt[i] = v;
            }
        }
        Type[] types = new Type[typeCount];
        for (int i = 0; i < typeCount; i++) {
            types[i] = new Type(offsets[i], dst[i], abbreviation(chars, abbrIndex[i]), isStd[i], isUt[i]);
        }
        TimePosixRule footer = null;
        if (size == 8 && b.remaining() > 1 && b.get() == '\n') {
            int start = b.position();
            int end = start;
            while (end < b.limit() && b.get(end) != '\n') {
                end++;
            }
            if (end < b.limit() && end > start) {
                String text = new String(b.array(), start, end - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                TimeZone rule = TimePosixRule.parseTz(text, null, null);
                footer = rule instanceof TimePosixRule r ? r : null;
            }
        }
        return new TimeZoneFile(transitions, typeIndex, types, leapTimes, leapCorrections, footer, null);
    }

    private static String abbreviation(byte[] chars, int at) {
        if (at >= chars.length) {
            return "";
        }
        int end = at;
        while (end < chars.length && chars[end] != 0) {
            end++;
        }
        return new String(chars, at, end - at, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    @Override
    public Local at(long t) {
        int n = transitions.length;
        String[] names = new String[2];
        Type type;
        if (n == 0 || t < transitions[0]) {
            // glibc: the first standard-time type, and the first daylight one for tzname.
            int i = 0;
            while (i < types.length && types[i].dst) {
                if (names[1] == null) {
                    names[1] = types[i].abbr;
                }
                i++;
            }
            type = types[i == types.length ? 0 : i];
            names[0] = type.abbr;
            for (int j = i; names[1] == null && j < types.length; j++) {
                if (types[j].dst) {
                    names[1] = types[j].abbr;
                }
            }
        } else if (t >= transitions[n - 1] && footer != null && TimeTm.yearInRange(t)) {
            TimeZone.Local local = footer.at(t);
            if (posixDst != null) {
                // glibc's tzname keeps the names TZ gave; tm_zone is the footer's.
                local = new Local(local.offset(), local.dst(), local.abbr(), new String[] {types[0].abbr, types[1].abbr});
            }
            return withLeap(t, local);
        } else {
            int i = Arrays.binarySearch(transitions, t);
            // The last transition at or before t.
            int last = i >= 0 ? lastEqual(i) : -i - 2;
            type = types[typeIndex[last]];
            // glibc's tzname: this type's name for its kind, the next transitions' for the other.
            names[type.dst ? 1 : 0] = type.abbr;
            for (int j = last + 1; j < n; j++) {
                Type next = types[typeIndex[j]];
                int k = next.dst ? 1 : 0;
                if (names[k] == null) {
                    names[k] = next.abbr;
                    if (names[1 - k] != null) {
                        break;
                    }
                }
            }
        }
        if (names[0] == null) {
            names[0] = names[1];
        }
        if (names[1] == null) {
            names[1] = names[0];
        }
        return withLeap(t, new Local(type.offset, type.dst, type.abbr, names));
    }

    private int lastEqual(int i) {
        while (i + 1 < transitions.length && transitions[i + 1] == transitions[i]) {
            i++;
        }
        return i;
    }

    /** {@code local} with the leap seconds counted up to {@code t}, for zones that count them. */
    private Local withLeap(long t, Local local) {
        int last = leapTimes.length - 1;
        while (last >= 0 && t < leapTimes[last]) {
            last--;
        }
        if (last < 0) {
            return local;
        }
        int hit = 0;
        if (t == leapTimes[last] && (last == 0 ? leapCorrections[0] > 0 : leapCorrections[last] > leapCorrections[last - 1])) {
            // Exactly at an inserted leap second (or a run of them): it shows as :60.
            hit = 1;
            for (int i = last; i > 0 && leapTimes[i] == leapTimes[i - 1] + 1
                    && leapCorrections[i] == leapCorrections[i - 1] + 1; i--) {
                hit++;
            }
        }
        return new Local(local.offset(), local.dst(), local.abbr(), leapCorrections[last], hit, local.names());
    }

    /**
     * glibc's zone for a TZ like {@code EST5EDT} without rules: the transitions of
     * {@code posixrules} moved to the given offsets (with glibc's arithmetic, which moves
     * wall-clock transitions by the difference of standard offsets), the footer kept as it is.
     *
     * <p>Transitions out of daylight time move by the new daylight offset less the one of the
     * previous zone when that too came from {@code posixrules}, else less 0: so glibc 2.36
     * behaves (measured; it keeps that offset from one tzset to the next), and so here.
     */
    static TimeZone withPosixRules(Path file, TimeZone previous, String std, long stdOff, String dst, long dstOff) {
        TimeZoneFile rules = read(file);
        if (rules == null || rules.types.length < 2) {
            return null;
        }
        long ruleStd = 0;
        for (int i = 0; i < rules.transitions.length && ruleStd == 0; i++) {
            Type type = rules.types[rules.typeIndex[i]];
            if (!type.dst) {
                ruleStd = type.offset;
            }
        }
        long ruleDst = previous instanceof TimeZoneFile f && f.posixDst != null ? f.posixDst : 0;
        long[] moved = rules.transitions.clone();
        int[] index = new int[moved.length];
        boolean inDst = false;
        for (int i = 0; i < moved.length; i++) {
            Type type = rules.types[rules.typeIndex[i]];
            index[i] = type.dst ? 1 : 0;
            if (!type.isUt) {
                moved[i] += type.isStd ? stdOff - ruleStd : inDst ? dstOff - ruleDst : stdOff - ruleStd;
            }
            inDst = type.dst;
        }
        Type[] types = {new Type(stdOff, false, std, false, false), new Type(dstOff, true, dst, false, false)};
        return new TimeZoneFile(moved, index, types, rules.leapTimes, rules.leapCorrections, rules.footer, dstOff);
    }
}
