package dev.kaa.stdlib.cjk;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.InflaterInputStream;

/**
 * Reads a codec's tables, {@code NAME.bin} beside this class, written by
 * {@code scripts/gen-cjk-tables.py} (whose docstring gives the format) from what CPython's codecs do.
 *
 * <p>Thread safety: stateless.
 */
final class CjkTables {
    private CjkTables() {}

    /** The codec named {@code name}, or null when there are no tables for it. */
    static CjkCodec load(String name) {
        try (InputStream raw = CjkTables.class.getResourceAsStream(name + ".bin")) {
            if (raw == null) {
                return null;
            }
            DataInputStream in = new DataInputStream(new InflaterInputStream(raw));
            int kind = in.readUnsignedByte();
            return kind == 1 ? multibyte(name, in) : iso2022(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the tables of codec " + name, e);
        }
    }

    private static int[] ints(DataInputStream in, int n) throws IOException {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = in.readInt();
        }
        return a;
    }

    private static byte[] bytes(DataInputStream in, int n) throws IOException {
        byte[] b = new byte[n];
        in.readFully(b);
        return b;
    }

    private static TableCodec multibyte(String name, DataInputStream in) throws IOException {
        int[][] nodes = new int[in.readInt()][];
        for (int i = 0; i < nodes.length; i++) {
            nodes[i] = ints(in, 256);
        }
        int[] pairs = ints(in, 2 * in.readInt());
        Map<Integer, byte[]> exceptions = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            int cp = in.readInt();
            exceptions.put(cp, bytes(in, in.readUnsignedByte()));
        }
        Map<Long, byte[]> pairEncodings = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            long key = (long) in.readInt() << 32 | in.readInt();
            pairEncodings.put(key, bytes(in, in.readUnsignedByte()));
        }
        int[] ranges = ints(in, 3 * in.readInt());
        byte[][] jamo = new byte[3][];
        for (int i = 0; i < 3; i++) {
            jamo[i] = bytes(in, in.readUnsignedByte());
        }
        return new TableCodec(name, nodes, pairs, exceptions, pairEncodings, ranges, jamo);
    }

    /** Adds the codes of set {@code set} for the code points not yet encodable: set << 16 | code. */
    private static void invert(Map<Integer, Integer> encodings, Iso2022Codec.GraphicSet[] sets, int set) {
        int[] table = sets[set].table();
        int base = sets[set].width() == 2 ? 0x2000 : 0;
        for (int index = 0; index < table.length; index++) {
            int cp = table[index];
            if (cp >= 0x80) {
                encodings.putIfAbsent(cp, set << 16 | (index + base));
            }
        }
    }

    private static CjkCodec iso2022(String name, DataInputStream in) throws IOException {
        Iso2022Codec.GraphicSet[] sets = new Iso2022Codec.GraphicSet[in.readInt()];
        for (int i = 0; i < sets.length; i++) {
            int mark = in.readUnsignedByte();
            int width = in.readUnsignedByte();
            sets[i] = new Iso2022Codec.GraphicSet(mark, width, ints(in, width == 2 ? 96 * 256 : 256));
        }
        Map<Integer, Integer> encodings = new HashMap<>();
        for (int n = in.readUnsignedByte(); n > 0; n--) {
            invert(encodings, sets, in.readUnsignedByte());
        }
        int[] pairs = ints(in, 2 * in.readInt());
        for (int i = in.readInt(); i > 0; i--) {
            int cp = in.readInt();
            int set = in.readUnsignedByte();
            int code = in.readUnsignedShort();
            if (set == 255) {
                encodings.remove(cp);
            } else {
                encodings.put(cp, set << 16 | code);
            }
        }
        Map<Long, Integer> pairEncodings = new HashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            long key = (long) in.readInt() << 32 | in.readInt();
            int set = in.readUnsignedByte();
            pairEncodings.put(key, set << 16 | in.readUnsignedShort());
        }
        if (name.equals("hz")) {
            return new HzCodec(sets[0].table(), encodings);
        }
        return new Iso2022Codec(name, sets, pairs, encodings, pairEncodings);
    }
}
