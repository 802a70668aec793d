package dev.kaa.stdlib.cjk;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * The ISO 2022 codecs (iso2022_jp and its variants, iso2022_kr): escape sequences designate a
 * graphic set to G0 (or G1, shifted in with SO, for iso2022_kr; or G2, for one character after
 * ESC N, for iso2022_jp_2), and the bytes that follow are read in it. The encoder picks, for each
 * character, the first of the codec's sets that has it (tables made from CPython's choices), and
 * designates it when it is not the current one.
 *
 * <p>State bytes, as CPython's: 0, 1, 2 the sets designated to G0, G1, G2 (a set's final byte,
 * {@code | 0x80} for a double-byte set; {@code 'B'} for ASCII); 4 the flags.
 *
 * <p>Thread safety: immutable.
 */
final class Iso2022Codec extends CjkCodec {
    private static final int ESC = 0x1b, SO = 0x0e, SI = 0x0f, LF = 0x0a, ASCII = 'B', JISX0208 = 'B' | 0x80;
    private static final int SHIFTED = 1, ESC_THROUGHOUT = 2;
    private static final int G0 = 0, G1 = 1, G2 = 2, FLAGS = 4;
    private static final int UNMAPPED = -1;

    /** One graphic set: its mark, width, and table (width 2: 96 first bytes from 0x20 by 256 seconds). */
    record GraphicSet(int mark, int width, int[] table) {}

    private final GraphicSet[] sets;
    private final int[] pairs;
    /** Code point to set index << 16 | code. */
    private final Map<Integer, Integer> encodings;
    private final Map<Long, Integer> pairEncodings;
    private final int[] pairStarts;
    /** iso2022_kr: its set goes to G1 and is shifted in and out with SO and SI. */
    private final boolean shifts;
    /** iso2022_jp_2: ESC . designates to G2, and ESC N shows one character of it. */
    private final boolean usesG2;

    Iso2022Codec(String name, GraphicSet[] sets, int[] pairs, Map<Integer, Integer> encodings,
            Map<Long, Integer> pairEncodings) {
        super(name);
        this.sets = sets;
        this.pairs = pairs;
        this.encodings = encodings;
        this.pairEncodings = pairEncodings;
        this.pairStarts = pairEncodings.keySet().stream().mapToInt(k -> (int) (k >> 32)).distinct().sorted().toArray();
        this.shifts = name.equals("iso2022_kr");
        this.usesG2 = name.equals("iso2022_jp_2");
    }

    private GraphicSet set(int mark, boolean g2) {
        for (GraphicSet s : sets) {
            boolean singleShift = s.width == 1 && (s.mark == 'A' || s.mark == 'F');
            if (s.mark == mark && singleShift == g2) {
                return s;
            }
        }
        return null;
    }

    private boolean designates(int mark) {
        for (GraphicSet s : sets) {
            if (s.mark == mark) {
                return true;
            }
        }
        return false;
    }

    @Override void initEncoder(byte[] state) {
        Arrays.fill(state, (byte) 0);
        state[G0] = ASCII;
        state[G1] = ASCII;
    }

    @Override void initDecoder(byte[] state) {
        Arrays.fill(state, (byte) 0);
        state[G0] = ASCII;
        state[G1] = ASCII;
        state[G2] = ASCII;
    }

    @Override boolean statefulEncoder() {
        return true;
    }

    @Override void encoderReset(byte[] state, ByteArrayOutputStream out) {
        if ((state[FLAGS] & SHIFTED) != 0) {
            out.write(SI);
            state[FLAGS] &= ~SHIFTED;
        }
        if ((state[G0] & 0xff) != ASCII) {
            out.writeBytes(new byte[] {ESC, '(', 'B'});
            state[G0] = ASCII;
        }
    }

    @Override int encode(byte[] state, Cursor at, int[] text, int end, ByteArrayOutputStream out, boolean flush) {
        while (at.at < end) {
            int cp = text[at.at];
            if (cp < 0x80) {
                if ((state[G0] & 0xff) != ASCII) {
                    out.writeBytes(new byte[] {ESC, '(', 'B'});
                    state[G0] = ASCII;
                }
                if ((state[FLAGS] & SHIFTED) != 0) {
                    out.write(SI);
                    state[FLAGS] &= ~SHIFTED;
                }
                out.write(cp);
                at.at++;
                continue;
            }
            Integer encoded = null;
            int length = 1;
            if (Arrays.binarySearch(pairStarts, cp) >= 0) {
                if (at.at + 1 < end) {
                    encoded = pairEncodings.get((long) cp << 32 | text[at.at + 1]);
                    length = 2;
                } else if (!flush) {
                    return TOOFEW;
                }
            }
            if (encoded == null) {
                encoded = encodings.get(cp);
                length = 1;
            }
            if (encoded == null) {
                return 1;
            }
            GraphicSet set = sets[encoded >> 16];
            designate(state, set, out);
            if (set.width == 1) {
                out.write(encoded & 0xff);
            } else {
                write2(out, encoded & 0xffff);
            }
            at.at += length;
        }
        return OK;
    }

    private void designate(byte[] state, GraphicSet set, ByteArrayOutputStream out) {
        int mark = set.mark;
        byte escapeFinal = (byte) (mark & 0x7f);
        if (shifts) {
            if ((state[G1] & 0xff) != mark) {
                out.writeBytes(set.width == 1 ? new byte[] {ESC, ')', escapeFinal} : new byte[] {ESC, '$', ')', escapeFinal});
                state[G1] = (byte) mark;
            }
            if ((state[FLAGS] & SHIFTED) == 0) {
                out.write(SO);
                state[FLAGS] |= SHIFTED;
            }
            return;
        }
        if ((state[FLAGS] & SHIFTED) != 0) {
            out.write(SI);
            state[FLAGS] &= ~SHIFTED;
        }
        if ((state[G0] & 0xff) != mark) {
            if (set.width == 1) {
                out.writeBytes(new byte[] {ESC, '(', escapeFinal});
            } else if (mark == JISX0208) {
                out.writeBytes(new byte[] {ESC, '$', escapeFinal});
            } else {
                out.writeBytes(new byte[] {ESC, '$', '(', escapeFinal});
            }
            state[G0] = (byte) mark;
        }
    }

    @Override int decode(byte[] state, Cursor at, byte[] data, int end, StringBuilder out) {
        while (at.at < end) {
            int pos = at.at;
            int c = data[pos] & 0xff;
            if ((state[FLAGS] & ESC_THROUGHOUT) != 0) {
                // Inside an escape sequence this codec does not know: its bytes pass as Latin-1.
                out.append((char) c);
                at.at++;
                if (escapeEnd(c)) {
                    state[FLAGS] &= ~ESC_THROUGHOUT;
                }
                continue;
            }
            int r;
            if (c == ESC) {
                r = escape(state, at, data, end, out);
            } else if ((c == SI || c == SO) && shifts) {
                state[FLAGS] = (byte) (c == SO ? state[FLAGS] | SHIFTED : state[FLAGS] & ~SHIFTED);
                at.at++;
                r = OK;
            } else if (c == LF) {
                state[FLAGS] &= ~SHIFTED;
                out.append('\n');
                at.at++;
                r = OK;
            } else if (c < 0x20) {
                out.append((char) c);
                at.at++;
                r = OK;
            } else if (c >= 0x80) {
                r = 1;
            } else {
                r = graphic(state, at, data, end, out);
            }
            if (r != OK) {
                return r;
            }
        }
        return OK;
    }

    private int graphic(byte[] state, Cursor at, byte[] data, int end, StringBuilder out) {
        int pos = at.at;
        int c = data[pos] & 0xff;
        int mark = state[(state[FLAGS] & SHIFTED) != 0 ? G1 : G0] & 0xff;
        if (mark == ASCII) {
            out.append((char) c);
            at.at++;
            return OK;
        }
        // iso2022_jp_2 may designate ISO 8859-1 or -7 to G0, but their bytes count only after ESC N.
        GraphicSet set = set(mark, false);
        if (set == null) {
            return 1;
        }
        if (set.width == 1) {
            int cp = set.table[c];
            if (cp == UNMAPPED) {
                return 1;
            }
            out.appendCodePoint(cp);
            at.at++;
            return OK;
        }
        if (end - pos < 2) {
            return TOOFEW;
        }
        int cp = set.table[(c - 0x20) * 256 + (data[pos + 1] & 0xff)];
        if (cp == UNMAPPED) {
            return 2;
        }
        if (cp <= TableCodec.PAIR) {
            int p = 2 * (TableCodec.PAIR - cp);
            out.appendCodePoint(pairs[p]).appendCodePoint(pairs[p + 1]);
        } else {
            out.appendCodePoint(cp);
        }
        at.at += 2;
        return OK;
    }

    private static boolean escapeEnd(int c) {
        return (c >= 'A' && c <= 'Z') || c == '@';
    }

    private int escape(byte[] state, Cursor at, byte[] data, int end, StringBuilder out) {
        int pos = at.at;
        if (end - pos < 2) {
            return TOOFEW;
        }
        int c2 = data[pos + 1] & 0xff;
        if (c2 == '(' || c2 == ')' || c2 == '$' || c2 == '.' || c2 == '&') {
            return designation(state, at, data, end);
        }
        if (usesG2 && c2 == 'N') {
            if (end - pos < 3) {
                return TOOFEW;
            }
            return singleShift(state, at, data[pos + 2] & 0xff, out);
        }
        out.append((char) ESC);
        state[FLAGS] |= ESC_THROUGHOUT;
        at.at++;
        return OK;
    }

    private int singleShift(byte[] state, Cursor at, int c, StringBuilder out) {
        int mark = state[G2] & 0xff;
        int cp;
        if (mark == ASCII) {
            cp = c < 0x80 ? c : UNMAPPED;
        } else {
            GraphicSet set = set(mark, true);
            cp = set == null ? UNMAPPED : set.table[c];
        }
        if (cp == UNMAPPED) {
            return 3;
        }
        out.appendCodePoint(cp);
        at.at += 3;
        return OK;
    }

    /** ESC followed by an intermediate byte: a designation, or an error as long as the sequence. */
    private int designation(byte[] state, Cursor at, byte[] data, int end) {
        int pos = at.at;
        int length = 0;
        boolean jisx0208Prefix = !shifts;
        for (int i = 1; i < 16; i++) {
            if (pos + i >= end) {
                return TOOFEW;
            }
            int b = data[pos + i] & 0xff;
            if (escapeEnd(b)) {
                length = i + 1;
                break;
            } else if (jisx0208Prefix && pos + i + 1 < end && b == '&' && data[pos + i + 1] == '@') {
                // ESC & @ ESC $ B: JIS X 0208-1990 announced by the revision prefix.
                i += 2;
            }
        }
        int charset, g;
        int b2 = length > 1 ? data[pos + 1] & 0xff : 0;
        switch (length) {
            case 0 -> {
                return 1;
            }
            case 3 -> {
                int b3 = data[pos + 2] & 0xff;
                if (b2 == '$') {
                    charset = b3 | 0x80;
                    g = G0;
                } else {
                    charset = b3;
                    if (b2 == '(') {
                        g = G0;
                    } else if (b2 == ')') {
                        g = G1;
                    } else if (usesG2 && b2 == '.') {
                        g = G2;
                    } else {
                        return 3;
                    }
                }
            }
            case 4 -> {
                int b3 = data[pos + 2] & 0xff;
                if (b2 != '$') {
                    return 4;
                }
                charset = (data[pos + 3] & 0xff) | 0x80;
                if (b3 == '(') {
                    g = G0;
                } else if (b3 == ')') {
                    g = G1;
                } else {
                    return 4;
                }
            }
            case 6 -> {
                if (jisx0208Prefix && data[pos + 3] == ESC && data[pos + 4] == '$' && data[pos + 5] == 'B') {
                    charset = JISX0208;
                    g = G0;
                } else {
                    return 6;
                }
            }
            default -> {
                return length;
            }
        }
        if (charset != ASCII && !designates(charset)) {
            return length;
        }
        state[g] = (byte) charset;
        at.at = pos + length;
        return OK;
    }
}
