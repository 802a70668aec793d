package dev.kaa.vm.modules.sre;

import dev.kaa.vm.objects.PyNone;

/**
 * One run of a pattern over {@code string[pos:endpos]}: single matches, and the successive
 * matches of {@code finditer}, {@code sub}, {@code split} and the scanner, where the search goes
 * on from the end of the previous match and an empty match may not follow another one at the
 * same place (Python 3.7's rule: the next match must advance).
 *
 * <p>Thread safety: confined to its user (a scanner shared between threads is GIL-guarded).
 */
final class SreScan {
    final PatternObject pattern;
    final SreSubject subject;
    /** The clamped {@code pos} and {@code endpos}. */
    final int pos, endpos;
    private final SreEngine engine;
    /** Where the next search of a scan starts; -1 once the scan is exhausted. */
    int next;
    private boolean mustAdvance;

    SreScan(PatternObject pattern, SreSubject subject, int pos, int endpos) {
        this.pattern = pattern;
        this.subject = subject;
        this.pos = pos;
        this.endpos = endpos;
        this.engine = new SreEngine(pattern.program, subject, endpos);
        this.next = pos <= endpos ? pos : -1;
    }

    /** {@code Pattern.match} / {@code fullmatch}. */
    Object match(boolean full) {
        if (pos > endpos || !engine.match(pattern.program, pos, full, false)) {
            return PyNone.NONE;
        }
        return result();
    }

    /** {@code Pattern.search}. */
    Object search() {
        if (pos > endpos || !engine.search(pattern.program, pos, false)) {
            return PyNone.NONE;
        }
        return result();
    }

    /** The next match of a scan: searching (or matching exactly at the scan position), or null. */
    MatchObject nextMatch(boolean anchored) {
        if (next < 0) {
            return null;
        }
        boolean found = anchored ? engine.match(pattern.program, next, false, mustAdvance)
                : engine.search(pattern.program, next, mustAdvance);
        if (!found) {
            next = -1;
            return null;
        }
        mustAdvance = engine.matchEnd == engine.matchStart;
        next = engine.matchEnd;
        return result();
    }

    /** Like {@link #nextMatch} for sub/split/findall, which need only the spans: true when found. */
    boolean find() {
        if (next < 0) {
            return false;
        }
        if (!engine.search(pattern.program, next, mustAdvance)) {
            next = -1;
            return false;
        }
        mustAdvance = engine.matchEnd == engine.matchStart;
        next = engine.matchEnd;
        return true;
    }

    int start() {
        return engine.matchStart;
    }

    int end() {
        return engine.matchEnd;
    }

    /** Start of group g ≥ 1 of the last match, or -1. */
    int groupStart(int g) {
        int a = engine.marks[2 * g - 2], b = engine.marks[2 * g - 1];
        return a >= 0 && b >= 0 && a <= b ? a : -1;
    }

    int groupEnd(int g) {
        int a = engine.marks[2 * g - 2], b = engine.marks[2 * g - 1];
        return a >= 0 && b >= 0 && a <= b ? b : -1;
    }

    /** The Match object of the last match. */
    MatchObject result() {
        int groups = pattern.groups();
        int[] spans = new int[2 * (groups + 1)];
        spans[0] = engine.matchStart;
        spans[1] = engine.matchEnd;
        for (int g = 1; g <= groups; g++) {
            spans[2 * g] = groupStart(g);
            spans[2 * g + 1] = groupEnd(g);
        }
        return new MatchObject(pattern, subject, spans, pos, endpos, engine.lastindex);
    }
}
