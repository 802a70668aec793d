package dev.kaa.vm.modules.unicodedata;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The character properties of the Unicode Character Database, 15.1.0 and 3.2.0, as CPython 3.13's
 * {@code unicodedata} answers them, read once from {@code ucd.bin} (written by
 * {@code scripts/gen-unicodedata.py}) on first use. Kaa keeps its own tables rather than asking
 * the JDK, which implements another Unicode version (16.0 in JDK 25).
 *
 * <p>Thread safety: immutable once loaded; loading is the class holder idiom's.
 */
final class UcdData {
    /** The properties of one Unicode version. */
    final UcdVersion current, old;

    private UcdData(UcdVersion current, UcdVersion old) {
        this.current = current;
        this.old = old;
    }

    private static final class Holder {
        static final UcdData DATA = load();
    }

    static UcdData get() {
        return Holder.DATA;
    }

    /** Reads a gzip-compressed resource beside this class. */
    static DataInputStream open(String name) throws IOException {
        InputStream raw = UcdData.class.getResourceAsStream(name);
        if (raw == null) {
            throw new IOException("resource missing: " + name);
        }
        // The whole file at once: the stream is read in many small pieces.
        byte[] all;
        try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
            all = in.readAllBytes();
        }
        return new DataInputStream(new java.io.ByteArrayInputStream(all));
    }

    static String text(DataInputStream in) throws IOException {
        byte[] b = new byte[in.readUnsignedShort()];
        in.readFully(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    static void expectMagic(DataInputStream in, String magic) throws IOException {
        byte[] m = new byte[4];
        in.readFully(m);
        if (!new String(m, StandardCharsets.US_ASCII).equals(magic) || in.readUnsignedShort() != 1) {
            throw new IOException("not a Kaa " + magic + " table");
        }
    }

    private static String[] texts(DataInputStream in) throws IOException {
        String[] out = new String[in.readUnsignedShort()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(in);
        }
        return out;
    }

    private static UcdData load() {
        try (DataInputStream in = open("ucd.bin")) {
            expectMagic(in, "KUCD");
            String[] cats = texts(in), bidis = texts(in), eaws = texts(in), tags = texts(in);
            Records records = new Records(in.readUnsignedShort(), cats, bidis, eaws);
            for (int i = 0; i < records.size; i++) {
                records.category[i] = in.readByte();
                records.bidi[i] = in.readByte();
                records.combining[i] = (short) in.readUnsignedByte();
                records.eaw[i] = in.readByte();
                records.mirrored[i] = in.readBoolean();
            }
            Runs newRuns = Runs.read(in), oldRuns = Runs.read(in);
            Decompositions newDecomp = Decompositions.read(in, tags, in.readInt());
            Decompositions oldDecomp = newDecomp.overlay(Decompositions.read(in, tags, in.readInt()));
            int[] composites = new int[in.readInt()];
            for (int i = 0; i < composites.length; i++) {
                composites[i] = in.readInt();
            }
            Compositions compositions = new Compositions(newDecomp, composites);
            int[][] corrections = new int[in.readInt()][];
            for (int i = 0; i < corrections.length; i++) {
                corrections[i] = new int[] {in.readInt(), in.readInt()};
            }
            Numerics newNum = Numerics.read(in), oldNum = Numerics.read(in);
            UcdVersion current = new UcdVersion("15.1.0", records, newRuns, newDecomp, compositions, newNum,
                    new int[0][]);
            UcdVersion old = new UcdVersion("3.2.0", records, oldRuns, oldDecomp, compositions, oldNum, corrections);
            return new UcdData(current, old);
        } catch (IOException e) {
            throw new UncheckedIOException("unicodedata tables unreadable", e);
        }
    }

    /** The distinct combinations of category, bidirectional class, combining class, width and mirroring. */
    static final class Records {
        final int size;
        final String[] categories, bidis, eaws;
        final byte[] category, bidi, eaw;
        final short[] combining;
        final boolean[] mirrored;

        Records(int size, String[] categories, String[] bidis, String[] eaws) {
            this.size = size;
            this.categories = categories;
            this.bidis = bidis;
            this.eaws = eaws;
            category = new byte[size];
            bidi = new byte[size];
            eaw = new byte[size];
            combining = new short[size];
            mirrored = new boolean[size];
        }
    }

    /** Code point ranges sharing one record: range {@code i} starts at {@code start[i]}. */
    record Runs(int[] start, short[] record) {
        static Runs read(DataInputStream in) throws IOException {
            int n = in.readInt();
            int[] start = new int[n];
            short[] rec = new short[n];
            for (int i = 0; i < n; i++) {
                start[i] = in.readInt();
                rec[i] = in.readShort();
            }
            return new Runs(start, rec);
        }

        int recordOf(int cp) {
            int i = Arrays.binarySearch(start, cp);
            return record[i >= 0 ? i : -i - 2];
        }
    }

    /** Decomposition mappings by code point: a tag ("" for canonical ones) and the code points. */
    record Decompositions(int[] cps, String[] tag, int[][] mapping) {
        static Decompositions read(DataInputStream in, String[] tags, int n) throws IOException {
            int[] cps = new int[n];
            String[] tag = new String[n];
            int[][] mapping = new int[n][];
            for (int i = 0; i < n; i++) {
                cps[i] = in.readInt();
                tag[i] = tags[in.readUnsignedByte()];
                mapping[i] = new int[in.readUnsignedByte()];
                for (int k = 0; k < mapping[i].length; k++) {
                    mapping[i][k] = in.readInt();
                }
            }
            return new Decompositions(cps, tag, mapping);
        }

        /** This table with {@code delta}'s entries in place of its own; an empty mapping removes one. */
        Decompositions overlay(Decompositions delta) {
            java.util.TreeMap<Integer, Integer> merged = new java.util.TreeMap<>();
            for (int i = 0; i < cps.length; i++) {
                merged.put(cps[i], i);
            }
            for (int i = 0; i < delta.cps.length; i++) {
                merged.put(delta.cps[i], -1 - i);
            }
            merged.values().removeIf(v -> v < 0 && delta.mapping[-1 - v].length == 0);
            int n = merged.size(), k = 0;
            int[] c = new int[n];
            String[] t = new String[n];
            int[][] m = new int[n][];
            for (var e : merged.entrySet()) {
                int v = e.getValue();
                c[k] = e.getKey();
                t[k] = v >= 0 ? tag[v] : delta.tag[-1 - v];
                m[k++] = v >= 0 ? mapping[v] : delta.mapping[-1 - v];
            }
            return new Decompositions(c, t, m);
        }

        int indexOf(int cp) {
            return Arrays.binarySearch(cps, cp);
        }
    }

    /** The canonical pairs that compose, keyed by {@code first << 21 | second}. */
    static final class Compositions {
        private final long[] keys;
        private final int[] composite;

        Compositions(Decompositions d, int[] composites) {
            long[][] pairs = new long[composites.length][];
            for (int i = 0; i < composites.length; i++) {
                int[] m = d.mapping[d.indexOf(composites[i])];
                pairs[i] = new long[] {(long) m[0] << 21 | m[1], composites[i]};
            }
            Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
            keys = new long[pairs.length];
            composite = new int[pairs.length];
            for (int i = 0; i < pairs.length; i++) {
                keys[i] = pairs[i][0];
                composite[i] = (int) pairs[i][1];
            }
        }

        /** The primary composite of {@code first} and {@code second}, or -1. */
        int compose(int first, int second) {
            int i = Arrays.binarySearch(keys, (long) first << 21 | second);
            return i >= 0 ? composite[i] : -1;
        }
    }

    /** Decimal, digit and numeric values by code point. */
    record Numerics(int[] cps, byte[] decimal, byte[] digit, double[] numeric) {
        static Numerics read(DataInputStream in) throws IOException {
            int n = in.readInt();
            int[] cps = new int[n];
            byte[] dec = new byte[n], dig = new byte[n];
            double[] num = new double[n];
            for (int i = 0; i < n; i++) {
                cps[i] = in.readInt();
                dec[i] = in.readByte();
                dig[i] = in.readByte();
                num[i] = fraction(text(in));
            }
            return new Numerics(cps, dec, dig, num);
        }

        private static double fraction(String s) {
            if (s.isEmpty()) {
                return Double.NaN;
            }
            int slash = s.indexOf('/');
            if (slash < 0) {
                return Long.parseLong(s);
            }
            return (double) Long.parseLong(s.substring(0, slash)) / Long.parseLong(s.substring(slash + 1));
        }

        int indexOf(int cp) {
            return Arrays.binarySearch(cps, cp);
        }
    }
}
