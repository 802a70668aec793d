package dev.kaa.stdlib.cjk;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Map;

/**
 * HZ (RFC 1843): ASCII text where {@code ~{} switches to GB 2312 in two 7-bit bytes and
 * {@code ~}} back; {@code ~~} is a tilde and {@code ~} before a newline joins lines.
 *
 * <p>State byte 0, as CPython's: 1 inside GB 2312, 0 in ASCII.
 *
 * <p>Thread safety: immutable.
 */
final class HzCodec extends CjkCodec {
    private static final int GB = 1;

    /** GB 2312 as two 7-bit bytes: 96 first bytes from 0x20 by 256 seconds. */
    private final int[] table;
    private final Map<Integer, Integer> encodings;

    HzCodec(int[] table, Map<Integer, Integer> encodings) {
        super("hz");
        this.table = table;
        this.encodings = encodings;
    }

    @Override void initEncoder(byte[] state) {
        Arrays.fill(state, (byte) 0);
    }

    @Override void initDecoder(byte[] state) {
        Arrays.fill(state, (byte) 0);
    }

    @Override boolean statefulEncoder() {
        return true;
    }

    @Override void encoderReset(byte[] state, ByteArrayOutputStream out) {
        if (state[0] == GB) {
            out.write('~');
            out.write('}');
            state[0] = 0;
        }
    }

    @Override int encode(byte[] state, Cursor at, int[] text, int end, ByteArrayOutputStream out, boolean flush) {
        while (at.at < end) {
            int cp = text[at.at];
            if (cp < 0x80) {
                encoderReset(state, out);
                out.write(cp);
                if (cp == '~') {
                    out.write('~');
                }
            } else {
                Integer code = encodings.get(cp);
                if (code == null) {
                    return 1;
                }
                if (state[0] != GB) {
                    out.write('~');
                    out.write('{');
                    state[0] = GB;
                }
                write2(out, code & 0xffff);
            }
            at.at++;
        }
        return OK;
    }

    @Override int decode(byte[] state, Cursor at, byte[] data, int end, StringBuilder out) {
        while (at.at < end) {
            int pos = at.at;
            int c = data[pos] & 0xff;
            boolean gb = state[0] == GB;
            if (c == '~') {
                if (end - pos < 2) {
                    return TOOFEW;
                }
                int c2 = data[pos + 1] & 0xff;
                if (c2 == '~' && !gb) {
                    out.append('~');
                } else if (c2 == '{' && !gb) {
                    state[0] = GB;
                } else if (c2 == '\n' && !gb) {
                    // a line continuation: nothing
                } else if (c2 == '}' && gb) {
                    state[0] = 0;
                } else {
                    return 1;
                }
                at.at += 2;
            } else if (c >= 0x80) {
                return 1;
            } else if (!gb) {
                out.append((char) c);
                at.at++;
            } else {
                if (end - pos < 2) {
                    return TOOFEW;
                }
                int cp = c < 0x20 ? -1 : table[(c - 0x20) * 256 + (data[pos + 1] & 0xff)];
                if (cp < 0) {
                    return 1;
                }
                out.appendCodePoint(cp);
                at.at += 2;
            }
        }
        return OK;
    }
}
