package dev.kaa.stdlib.cjk;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A codec without shift states (gbk, big5, shift_jis, euc_kr …), driven by tables: a trie of
 * byte sequences for decoding, and for encoding the shortest sequence that decodes to a code
 * point, with the exceptions where CPython's encoder chooses otherwise. Three codecs add a rule:
 * gb18030's four-byte forms, euc_kr's eight-byte make-up sequences for the Hangul syllables KS X
 * 1001 lacks, and the pairs (a base letter and a combining mark) of the JIS X 0213 codecs and
 * big5hkscs that encode as one sequence, so a possible first of a pair waits for the next
 * character.
 *
 * <p>Thread safety: immutable.
 */
final class TableCodec extends CjkCodec {
    static final int NODE = -1000, PAIR = -1_000_000, GB18030_FOUR = -20, MAKEUP = -21;

    private final int[][] nodes;
    private final int[] pairs;
    /** BMP code point to encoding: 0 none, else length << 24 | bytes (1 to 3). */
    private final int[] bmp;
    private final Map<Integer, byte[]> astral;
    /** Code points encoded otherwise than the inverse of the trie says (an empty array: not at all). */
    private final Map<Integer, byte[]> exceptions;
    private final Map<Long, byte[]> pairEncodings;
    private final int[] pairStarts;
    /** gb18030: (first four-byte index, first code point, length) runs below the supplementary planes. */
    private final int[] ranges;
    /** euc_kr: the jamo of the make-up sequences (initial, medial, final), as second bytes. */
    private final byte[][] jamo;

    TableCodec(String name, int[][] nodes, int[] pairs, Map<Integer, byte[]> exceptions,
            Map<Long, byte[]> pairEncodings, int[] ranges, byte[][] jamo) {
        super(name);
        this.nodes = nodes;
        this.pairs = pairs;
        this.exceptions = exceptions;
        this.pairEncodings = pairEncodings;
        this.ranges = ranges;
        this.jamo = jamo;
        this.pairStarts = pairEncodings.keySet().stream().mapToInt(k -> (int) (k >> 32)).distinct().sorted().toArray();
        this.bmp = new int[0x10000];
        this.astral = new HashMap<>();
        invert(0, 0, 0);
    }

    private void invert(int node, int prefix, int depth) {
        int[] row = nodes[node];
        for (int b = 0; b < 256; b++) {
            int e = row[b];
            int seq = prefix << 8 | b;
            if (e >= 0) {
                // The shortest sequence wins, and the first in byte order among equals.
                if (e < 0x10000) {
                    if (bmp[e] == 0 || bmp[e] >>> 24 > depth + 1) {
                        bmp[e] = (depth + 1) << 24 | seq;
                    }
                } else {
                    byte[] had = astral.get(e);
                    if (had == null || had.length > depth + 1) {
                        astral.put(e, bytesOf(seq, depth + 1));
                    }
                }
            } else if (e <= NODE && e > PAIR) {
                invert(NODE - e, seq, depth + 1);
            }
        }
    }

    private static byte[] bytesOf(int seq, int n) {
        byte[] b = new byte[n];
        for (int i = n - 1; i >= 0; i--, seq >>= 8) {
            b[i] = (byte) seq;
        }
        return b;
    }

    @Override int decode(byte[] state, Cursor at, byte[] data, int end, StringBuilder out) {
        while (at.at < end) {
            int pos = at.at;
            int[] row = nodes[0];
            int depth = 0;
            while (true) {
                int e = row[data[pos + depth] & 0xff];
                if (e >= 0) {
                    out.appendCodePoint(e);
                    at.at = pos + depth + 1;
                    break;
                } else if (e <= PAIR) {
                    int p = 2 * (PAIR - e);
                    out.appendCodePoint(pairs[p]).appendCodePoint(pairs[p + 1]);
                    at.at = pos + depth + 1;
                    break;
                } else if (e <= NODE) {
                    row = nodes[NODE - e];
                    depth++;
                    if (pos + depth >= end) {
                        return TOOFEW;
                    }
                } else if (e == GB18030_FOUR) {
                    int r = fourByte(data, pos, end, out);
                    if (r != OK) {
                        return r;
                    }
                    at.at = pos + 4;
                    break;
                } else if (e == MAKEUP) {
                    int r = makeUp(data, pos, end, out);
                    if (r != OK) {
                        return r;
                    }
                    at.at = pos + 8;
                    break;
                } else {
                    return -e;
                }
            }
        }
        return OK;
    }

    private int fourByte(byte[] data, int pos, int end, StringBuilder out) {
        if (end - pos < 4) {
            return TOOFEW;
        }
        int c1 = data[pos] & 0xff, c2 = data[pos + 1] & 0xff, c3 = data[pos + 2] & 0xff, c4 = data[pos + 3] & 0xff;
        if (c3 < 0x81 || c3 > 0xfe || c4 < 0x30 || c4 > 0x39) {
            return 1;
        }
        int index = (((c1 - 0x81) * 10 + c2 - 0x30) * 126 + c3 - 0x81) * 10 + c4 - 0x30;
        if (c1 >= 0x90 && c1 <= 0xe3) {
            int cp = 0x10000 + index - 189000;
            if (cp > 0x10ffff) {
                return 1;
            }
            out.appendCodePoint(cp);
            return OK;
        }
        for (int i = 0; i < ranges.length; i += 3) {
            if (index >= ranges[i] && index < ranges[i] + ranges[i + 2]) {
                out.appendCodePoint(ranges[i + 1] + index - ranges[i]);
                return OK;
            }
        }
        return 1;
    }

    private int makeUp(byte[] data, int pos, int end, StringBuilder out) {
        if (end - pos < 8) {
            return TOOFEW;
        }
        if (data[pos + 2] != (byte) 0xa4 || data[pos + 4] != (byte) 0xa4 || data[pos + 6] != (byte) 0xa4) {
            return 1;
        }
        int i = indexOf(jamo[0], data[pos + 3]), m = indexOf(jamo[1], data[pos + 5]), f = indexOf(jamo[2], data[pos + 7]);
        if (i < 0 || m < 0 || f < 0) {
            return 1;
        }
        out.appendCodePoint(0xac00 + (i * 21 + m) * 28 + f);
        return OK;
    }

    private static int indexOf(byte[] a, byte b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }

    @Override int encode(byte[] state, Cursor at, int[] text, int end, ByteArrayOutputStream out, boolean flush) {
        while (at.at < end) {
            int cp = text[at.at];
            if (Arrays.binarySearch(pairStarts, cp) >= 0) {
                if (at.at + 1 < end) {
                    byte[] pair = pairEncodings.get((long) cp << 32 | text[at.at + 1]);
                    if (pair != null) {
                        out.writeBytes(pair);
                        at.at += 2;
                        continue;
                    }
                } else if (!flush) {
                    return TOOFEW;
                }
            }
            if (!encodeOne(cp, out)) {
                return 1;
            }
            at.at++;
        }
        return OK;
    }

    private boolean encodeOne(int cp, ByteArrayOutputStream out) {
        byte[] special = exceptions.get(cp);
        if (special != null) {
            out.writeBytes(special);
            return special.length > 0;
        }
        if (cp < 0x10000) {
            int e = bmp[cp];
            if (e != 0) {
                for (int n = e >>> 24, i = n - 1; i >= 0; i--) {
                    out.write(e >> (8 * i) & 0xff);
                }
                return true;
            }
        } else {
            byte[] b = astral.get(cp);
            if (b != null) {
                out.writeBytes(b);
                return true;
            }
        }
        if (ranges.length > 0) {
            return gb18030Four(cp, out);
        }
        if (jamo[0].length > 0 && cp >= 0xac00 && cp <= 0xd7a3) {
            int s = cp - 0xac00;
            out.writeBytes(new byte[] {(byte) 0xa4, (byte) 0xd4, (byte) 0xa4, jamo[0][s / 588], (byte) 0xa4,
                    jamo[1][s / 28 % 21], (byte) 0xa4, jamo[2][s % 28]});
            return true;
        }
        return false;
    }

    private boolean gb18030Four(int cp, ByteArrayOutputStream out) {
        int index = -1;
        if (cp >= 0x10000) {
            index = cp - 0x10000 + 189000;
        } else {
            for (int i = 0; i < ranges.length; i += 3) {
                if (cp >= ranges[i + 1] && cp < ranges[i + 1] + ranges[i + 2]) {
                    index = ranges[i] + cp - ranges[i + 1];
                    break;
                }
            }
        }
        if (index < 0) {
            return false;
        }
        out.write(0x81 + index / 12600);
        out.write(0x30 + index / 1260 % 10);
        out.write(0x81 + index / 10 % 126);
        out.write(0x30 + index % 10);
        return true;
    }
}
