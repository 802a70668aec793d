package dev.kaa.vm.modules;

/**
 * The "Did you mean 'start'?" that CPython 3.13 adds to "got an unexpected keyword argument"
 * errors of its Argument Clinic functions: the closest candidate by an edit distance in which a
 * change of case costs 1 and any other insertion, deletion or substitution costs 2, accepted
 * only within about a third of the two names' length.
 *
 * <p>Thread safety: stateless.
 */
public final class BuiltinSuggestions {
    private BuiltinSuggestions() {}

    private static final int MOVE_COST = 2, CASE_COST = 1;
    /** Longer names are not compared, as in CPython (the quadratic cost is bounded). */
    private static final int MAX_STRING_SIZE = 40;

    /** The message suffix {@code ". Did you mean 'x'?"}, or "" when no candidate is close enough. */
    public static String didYouMean(String name, String... candidates) {
        String best = closest(name, candidates);
        return best == null ? "" : ". Did you mean '" + best + "'?";
    }

    /** The candidate closest to {@code name} within the distance allowed, or null. */
    public static String closest(String name, String... candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name)) {
                continue;
            }
            int max = (name.length() + c.length() + 3) * MOVE_COST / 6;
            if (best != null) {
                max = Math.min(max, bestDistance - 1);
            }
            int d = distance(name, c, max);
            if (d > max) {
                continue;
            }
            if (best == null || d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The weighted edit distance, or {@code maxCost + 1} as soon as it is known to exceed it. */
    static int distance(String a, String b, int maxCost) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.length() > MAX_STRING_SIZE || b.length() > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        // Common prefix and suffix cost nothing.
        int start = 0;
        while (start < a.length() && start < b.length() && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        int ea = a.length(), eb = b.length();
        while (ea > start && eb > start && a.charAt(ea - 1) == b.charAt(eb - 1)) {
            ea--;
            eb--;
        }
        a = a.substring(start, ea);
        b = b.substring(start, eb);
        if (a.isEmpty() || b.isEmpty()) {
            return (a.length() + b.length()) * MOVE_COST;
        }
        if (Math.abs(a.length() - b.length()) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j * MOVE_COST;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diag = row[0];
            row[0] = i * MOVE_COST;
            int rowMin = row[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = diag + substitutionCost(a.charAt(i - 1), b.charAt(j - 1));
                diag = row[j];
                row[j] = Math.min(substitute, Math.min(row[j] + MOVE_COST, row[j - 1] + MOVE_COST));
                rowMin = Math.min(rowMin, row[j]);
            }
            if (rowMin > maxCost) {
                return maxCost + 1;
            }
        }
        return row[b.length()];
    }

    private static int substitutionCost(char x, char y) {
        if (x == y) {
            return 0;
        }
        return Character.toLowerCase(x) == Character.toLowerCase(y) ? CASE_COST : MOVE_COST;
    }
}
