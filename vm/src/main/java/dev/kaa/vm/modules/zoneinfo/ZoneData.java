package dev.kaa.vm.modules.zoneinfo;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a zone file says, arranged for look-ups: the transitions in UTC and in wall time (one list
 * per fold), the local time type after each, the type before the first, and what holds after the
 * last (a fixed type or a {@link ZoneRule}).
 *
 * <p>Thread safety: immutable.
 */
final class ZoneData {
    final long[] transUtc;
    /** Wall times of the transitions: [0] for fold 0 (the later reading), [1] for fold 1. */
    final long[][] transLocal;
    /** The type in force from each transition on. */
    final Ttinfo[] after;
    /** The type before the first transition; null when there are no transitions. */
    final Ttinfo before;
    /** A {@link Ttinfo} or a {@link ZoneRule}: what holds past the last transition. */
    final Object tail;
    /** Whether utcoffset and friends do not depend on the time (so None gets an answer). */
    final boolean fixed;

    private ZoneData(long[] transUtc, long[][] transLocal, Ttinfo[] after, Ttinfo before, Object tail, boolean fixed) {
        this.transUtc = transUtc;
        this.transLocal = transLocal;
        this.after = after;
        this.before = before;
        this.tail = tail;
        this.fixed = fixed;
    }

    /** Reads a TZif stream through {@code zoneinfo._common.load_data}, as the C module does. */
    static ZoneData load(Object common, Object fobj) {
        Object[] data = tuple(Abstract.callMethod(common, "load_data", fobj));
        int[] idx = ints(data[0]);
        long[] utc = longs(data[1]);
        long[] utcoff = longs(data[2]);
        long[] isdst = longs(data[3]);
        Object[] abbr = tuple(data[4]);
        Object tzStr = data[5];

        long[] dstoff = dstOffsets(idx, utcoff, isdst);
        Ttinfo.Factory make = new Ttinfo.Factory();
        Ttinfo[] types = new Ttinfo[utcoff.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = new Ttinfo(make.delta(utcoff[i]), make.delta(dstoff[i]), abbr[i], utcoff[i], dstoff[i]);
        }
        Ttinfo[] after = new Ttinfo[idx.length];
        for (int i = 0; i < idx.length; i++) {
            after[i] = types[idx[i]];
        }
        Ttinfo before = after.length == 0 ? null : after[0];
        for (int i = 0; i < types.length; i++) {
            if (isdst[i] == 0) {
                before = types[i];
                break;
            }
        }
        Object tail;
        if (tzStr instanceof PyBytes b && b.data().length > 0) {
            tail = ZoneRule.parse(new String(b.data(), StandardCharsets.ISO_8859_1), make);
        } else if (tzStr != PyNone.NONE && !(tzStr instanceof PyBytes)) {
            throw PyErr.typeError("load_data() gave a TZ string that is not bytes");
        } else if (after.length > 0) {
            tail = after[after.length - 1];
        } else if (types.length > 0) {
            tail = types[types.length - 1];
        } else {
            throw PyErr.valueError("No time zone information found.");
        }
        // Fixed when there is one type and nothing else holds later; see zoneinfo's own notes on
        // the zones this deliberately misjudges (unused types, rules that never change).
        boolean fixed = types.length <= 1 && tail instanceof Ttinfo t && (types.length == 0 || types[0].sameAs(t));
        return new ZoneData(utc, wallTimes(idx, utc, utcoff), after, before, tail, fixed);
    }

    /**
     * The DST part of each type, which the file does not store: a DST type's offset less that of
     * the standard type next to it in the transitions (before it, else after it); an hour when no
     * neighbour tells.
     */
    private static long[] dstOffsets(int[] idx, long[] utcoff, long[] isdst) {
        long[] dst = new long[utcoff.length];
        long dstTypes = Arrays.stream(isdst).filter(v -> v != 0).count();
        int found = 0;
        boolean allFound = false;
        for (int i = 1; i < idx.length; i++) {
            if (found == dstTypes) {
                allFound = true;
                break;
            }
            int t = idx[i];
            if (isdst[t] == 0 || dst[t] != 0) {
                continue;
            }
            long d = isdst[idx[i - 1]] == 0 ? utcoff[t] - utcoff[idx[i - 1]] : 0;
            if (d == 0 && t < utcoff.length - 1) {
                if (i + 1 >= idx.length) {
                    continue;
                }
                int next = idx[i + 1];
                if (isdst[next] != 0) {
                    continue;
                }
                d = utcoff[t] - utcoff[next];
            }
            if (d != 0) {
                found++;
                dst[t] = d;
            }
        }
        if (!allFound) {
            for (int t = 0; t < dst.length; t++) {
                if (dst[t] == 0 && isdst[t] != 0) {
                    dst[t] = 3600;
                }
            }
        }
        return dst;
    }

    /**
     * Each transition in wall time, for both readings of a wall time: around a change, fold 0
     * reads with the larger of the two offsets and fold 1 with the smaller.
     */
    private static long[][] wallTimes(int[] idx, long[] utc, long[] utcoff) {
        long[] later = utc.clone(), earlier = utc.clone();
        for (int i = 0; i < utc.length; i++) {
            long a, b;
            if (i == 0) {
                a = utcoff[0];
                b = utcoff.length > 1 ? utcoff[idx[0]] : utcoff[0];
            } else {
                a = utcoff[idx[i - 1]];
                b = utcoff[idx[i]];
            }
            later[i] += Math.max(a, b);
            earlier[i] += Math.min(a, b);
        }
        return new long[][] {later, earlier};
    }

    /** The type at wall time {@code ts} (seconds since 1970 of the wall clock) in {@code year}. */
    Ttinfo at(long ts, long year, int fold) {
        long[] wall = transLocal[fold];
        if (wall.length > 0 && ts < wall[0]) {
            return before;
        }
        if (wall.length == 0 || ts > wall[wall.length - 1]) {
            return tail instanceof ZoneRule r ? r.at(ts, year, fold) : (Ttinfo) tail;
        }
        return after[upperBound(wall, ts) - 1];
    }

    /** The type at UTC timestamp {@code ts}, with {@code fold[0]} set when that wall time repeats. */
    Ttinfo fromUtc(long ts, long year, boolean[] fold) {
        int n = transUtc.length;
        fold[0] = false;
        if (n > 0 && ts < transUtc[0]) {
            return before;
        }
        if ((n == 0 || ts > transUtc[n - 1]) && tail instanceof ZoneRule r) {
            return r.fromUtc(ts, year, fold);
        }
        if (n == 0) {
            return (Ttinfo) tail;
        }
        int i = upperBound(transUtc, ts);
        Ttinfo previous, now;
        if (n > 1 && ts >= transUtc[1]) {
            previous = after[i - 2];
            now = after[i - 1];
        } else if (ts > transUtc[n - 1]) {
            previous = after[n - 1];
            now = (Ttinfo) tail;
        } else {
            previous = before;
            now = after[0];
        }
        fold[0] = previous.utcSecs() - now.utcSecs() > ts - transUtc[i - 1];
        return now;
    }

    /** The index of the first element greater than {@code v}. */
    private static int upperBound(long[] a, long v) {
        int lo = 0, hi = a.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Object[] tuple(Object o) {
        return o instanceof PyTuple t ? t.items() : ((PyTuple) Abstract.call(PyTuple.TYPE, o)).items();
    }

    private static long[] longs(Object o) {
        Object[] items = tuple(o);
        long[] r = new long[items.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = Abstract.asLong(items[i]);
        }
        return r;
    }

    private static int[] ints(Object o) {
        return Arrays.stream(longs(o)).mapToInt(v -> (int) v).toArray();
    }
}
