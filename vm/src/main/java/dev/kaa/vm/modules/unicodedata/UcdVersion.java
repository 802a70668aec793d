package dev.kaa.vm.modules.unicodedata;

import dev.kaa.vm.modules.unicodedata.UcdData.Compositions;
import dev.kaa.vm.modules.unicodedata.UcdData.Decompositions;
import dev.kaa.vm.modules.unicodedata.UcdData.Numerics;
import dev.kaa.vm.modules.unicodedata.UcdData.Records;
import dev.kaa.vm.modules.unicodedata.UcdData.Runs;

/**
 * The properties of every code point in one Unicode version, as CPython's {@code unicodedata}
 * (15.1.0) or {@code unicodedata.ucd_3_2_0} answers them.
 *
 * <p>Normalization reads two things from the current version in both, as CPython does: the
 * combining classes that order and block marks, and the pairs that compose.
 *
 * <p>Thread safety: immutable.
 */
final class UcdVersion {
    final String version;
    private final Records records;
    private final Runs runs;
    private final Decompositions decompositions;
    final Compositions compositions;
    private final Numerics numerics;
    /** Code points whose 3.2.0 decomposition NormalizationCorrections.txt later fixed, and 3.2.0's result. */
    private final int[][] corrections;

    UcdVersion(String version, Records records, Runs runs, Decompositions decompositions, Compositions compositions,
            Numerics numerics, int[][] corrections) {
        this.version = version;
        this.records = records;
        this.runs = runs;
        this.decompositions = decompositions;
        this.compositions = compositions;
        this.numerics = numerics;
        this.corrections = corrections;
    }

    private int rec(int cp) {
        return runs.recordOf(cp);
    }

    String category(int cp) {
        return records.categories[records.category[rec(cp)]];
    }

    boolean assigned(int cp) {
        return !category(cp).equals("Cn");
    }

    String bidirectional(int cp) {
        return records.bidis[records.bidi[rec(cp)]];
    }

    int combining(int cp) {
        return records.combining[rec(cp)];
    }

    String eastAsianWidth(int cp) {
        return records.eaws[records.eaw[rec(cp)]];
    }

    boolean mirrored(int cp) {
        return records.mirrored[rec(cp)];
    }

    /** The decomposition as the UCD writes it: {@code "<compat> 0020 0301"}, or "". */
    String decomposition(int cp) {
        int i = decompositions.indexOf(cp);
        if (i < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder(decompositions.tag()[i]);
        for (int x : decompositions.mapping()[i]) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            String hex = Integer.toHexString(x).toUpperCase(java.util.Locale.ROOT);
            b.append("0".repeat(Math.max(0, 4 - hex.length()))).append(hex);
        }
        return b.toString();
    }

    /**
     * The code points {@code cp} decomposes to in one step, or null: canonical mappings only,
     * or compatibility ones too when {@code compat}.
     */
    int[] mapping(int cp, boolean compat) {
        int i = decompositions.indexOf(cp);
        if (i < 0 || !compat && !decompositions.tag()[i].isEmpty()) {
            return null;
        }
        return decompositions.mapping()[i];
    }

    /** 3.2.0's decomposition of a corrected code point, or -1. */
    int correction(int cp) {
        for (int[] c : corrections) {
            if (c[0] == cp) {
                return c[1];
            }
        }
        return -1;
    }

    /** The decimal value, or -1. */
    int decimal(int cp) {
        int i = numerics.indexOf(cp);
        return i < 0 ? -1 : numerics.decimal()[i];
    }

    /** The digit value, or -1. */
    int digit(int cp) {
        int i = numerics.indexOf(cp);
        return i < 0 ? -1 : numerics.digit()[i];
    }

    /** The numeric value, or NaN. */
    double numeric(int cp) {
        int i = numerics.indexOf(cp);
        return i < 0 ? Double.NaN : numerics.numeric()[i];
    }
}
