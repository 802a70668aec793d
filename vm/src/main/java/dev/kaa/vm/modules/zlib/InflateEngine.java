package dev.kaa.vm.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompression state shared by {@code zlib.decompress}, {@code Decompress} and
 * {@code _ZlibDecompressor}: a raw {@link Inflater} with the zlib or gzip wrapper (header and
 * trailer) parsed here, since java.util.zip does not parse gzip and cannot auto-detect.
 *
 * <p>Thread safety: not thread-safe; each Python object owns one, guarded by the GIL.
 */
final class InflateEngine {
    private enum Phase { HEADER, BODY, TRAILER, DONE }

    private final int wbits;
    private final byte[] zdict;
    private boolean gzip;
    private boolean raw;
    private Phase phase = Phase.HEADER;
    private byte[] pending = new byte[0];
    private Inflater inflater;
    private Checksum check;
    private long outLength;
    /**
     * The feed calls so far (input, output limit) when copies are wanted, else null: an Inflater
     * cannot be cloned, so copy() replays them on a fresh engine, which reaches the same state.
     */
    private java.util.List<Object[]> calls;
    /** After {@link #feed}: how many input bytes it consumed. */
    int consumed;

    /** @param zdict the preset dictionary, or null */
    InflateEngine(int wbits, byte[] zdict, String context) {
        this.wbits = wbits;
        this.zdict = zdict;
        if (wbits >= -15 && wbits <= -8) {
            raw = true;
        } else if (wbits >= 24 && wbits <= 31) {
            gzip = true;
        } else if (!(wbits == 0 || wbits >= 8 && wbits <= 15 || wbits >= 40 && wbits <= 47)) {
            throw ZlibModule.error("Error -2 while " + context + ": inconsistent stream state");
        }
        if (raw) {
            startBody();
        }
    }

    /** Makes {@link #copy} possible, at the cost of keeping all input. */
    void keepHistory() {
        if (calls == null) {
            calls = new java.util.ArrayList<>();
        }
    }

    boolean eof() {
        return phase == Phase.DONE;
    }

    private void startBody() {
        inflater = new Inflater(true);
        check = gzip ? new CRC32() : new Adler32();
        phase = Phase.BODY;
        if (raw && zdict != null) {
            inflater.setDictionary(zdict);
        }
    }

    /**
     * Decompresses from {@code in[off, off+len)} at most {@code maxOut} bytes (negative: no limit);
     * sets {@link #consumed}. Input after the end of the stream is not consumed.
     */
    byte[] feed(byte[] in, int off, int len, long maxOut) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int start = off;
        int end = off + len;
        while (phase != Phase.DONE && (maxOut < 0 || out.size() < maxOut)) {
            if (phase == Phase.BODY) {
                // The body runs even without new input: the inflater may hold output still.
                int before = out.size();
                int next = body(in, off, end, out, maxOut);
                boolean progress = next != off || out.size() != before || phase != Phase.BODY;
                off = next;
                if (!progress) {
                    break;
                }
            } else if (off >= end) {
                break;
            } else {
                off = phase == Phase.HEADER ? header(in, off, end) : trailer(in, off, end);
            }
        }
        // A stream may end in the body without more input (raw streams have no trailer).
        if (phase == Phase.BODY && inflater.finished()) {
            toTrailer();
        }
        consumed = off - start;
        if (calls != null) {
            calls.add(new Object[] {java.util.Arrays.copyOfRange(in, start, end), maxOut});
        }
        return out.toByteArray();
    }

    private int header(byte[] in, int off, int end) {
        byte[] all = new byte[pending.length + end - off];
        System.arraycopy(pending, 0, all, 0, pending.length);
        System.arraycopy(in, off, all, pending.length, end - off);
        if (wbits >= 40 || wbits >= 24 && wbits <= 31) {
            if (all.length < 1) {
                return end;
            }
            gzip = wbits <= 31 || (all[0] & 0xff) == 0x1f;
        }
        int h = gzip ? gzipHeader(all) : zlibHeader(all);
        if (h < 0) {
            pending = all;
            return end;
        }
        int used = h - pending.length;
        pending = new byte[0];
        startBody();
        if (!gzip && (all[1] & 0x20) != 0) {
            needDictionary(all);
        }
        return off + used;
    }

    private void needDictionary(byte[] hdr) {
        if (zdict == null) {
            throw ZlibModule.error("Error 2 while decompressing data");
        }
        long id = (hdr[2] & 0xffL) << 24 | (hdr[3] & 0xff) << 16 | (hdr[4] & 0xff) << 8 | (hdr[5] & 0xff);
        Adler32 a = new Adler32();
        a.update(zdict);
        if (a.getValue() != id) {
            throw ZlibModule.error("Error -3 while setting zdict: invalid input data");
        }
        inflater.setDictionary(zdict);
    }


    private int zlibHeader(byte[] b) {
        if (b.length < 2) {
            return -1;
        }
        int cmf = b[0] & 0xff;
        int flg = b[1] & 0xff;
        if ((cmf * 256 + flg) % 31 != 0) {
            throw dataError("incorrect header check");
        }
        if ((cmf & 0x0f) != 8) {
            throw dataError("unknown compression method");
        }
        int w = (cmf >> 4) + 8;
        int limit = wbits == 0 ? 15 : wbits >= 40 ? wbits - 32 : wbits;
        if (w > 15 || w > limit) {
            throw dataError("invalid window size");
        }
        int need = (flg & 0x20) != 0 ? 6 : 2;
        return b.length < need ? -1 : need;
    }

    private int gzipHeader(byte[] b) {
        int n = b.length;
        if (n < 2) {
            return -1;
        }
        if ((b[0] & 0xff) != 0x1f || (b[1] & 0xff) != 0x8b) {
            throw dataError("incorrect header check");
        }
        if (n < 4) {
            return -1;
        }
        if (b[2] != 8) {
            throw dataError("unknown compression method");
        }
        int flags = b[3] & 0xff;
        if ((flags & 0xe0) != 0) {
            throw dataError("unknown header flags set");
        }
        int p = 10;
        if (n < p) {
            return -1;
        }
        if ((flags & 4) != 0) {
            if (n < p + 2) {
                return -1;
            }
            p += 2 + ((b[p] & 0xff) | (b[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (p < n && b[p] != 0) {
                    p++;
                }
                if (p >= n) {
                    return -1;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) {
            p += 2;
            if (n < p) {
                return -1;
            }
            CRC32 c = new CRC32();
            c.update(b, 0, p - 2);
            if ((c.getValue() & 0xffff) != ((b[p - 2] & 0xff) | (b[p - 1] & 0xff) << 8)) {
                throw dataError("header crc mismatch");
            }
        }
        return n < p ? -1 : p;
    }

    private int body(byte[] in, int off, int end, ByteArrayOutputStream out, long maxOut) {
        inflater.setInput(in, off, end - off);
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int room = maxOut < 0 ? buf.length : (int) Math.min(buf.length, maxOut - out.size());
                if (room <= 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, room);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        throw ZlibModule.error("Error 2 while decompressing data");
                    }
                    if (inflater.needsInput()) {
                        break;
                    }
                }
                out.write(buf, 0, n);
                check.update(buf, 0, n);
                outLength += n;
            }
        } catch (DataFormatException e) {
            throw dataError(e.getMessage() == null ? "invalid input data" : e.getMessage());
        }
        int next = end - inflater.getRemaining();
        if (inflater.finished()) {
            toTrailer();
        }
        return next;
    }

    private void toTrailer() {
        phase = raw ? Phase.DONE : Phase.TRAILER;
        if (raw) {
            inflater.end();
        }
    }

    private int trailer(byte[] in, int off, int end) {
        int need = gzip ? 8 : 4;
        int take = Math.min(need - pending.length, end - off);
        byte[] all = new byte[pending.length + take];
        System.arraycopy(pending, 0, all, 0, pending.length);
        System.arraycopy(in, off, all, pending.length, take);
        pending = all;
        if (all.length == need) {
            long sum = check.getValue();
            if (gzip) {
                long crc = le(all, 0);
                if (crc != sum) {
                    throw dataError("incorrect data check");
                }
                if (le(all, 4) != (outLength & 0xffffffffL)) {
                    throw dataError("incorrect length check");
                }
            } else {
                long a = (all[0] & 0xffL) << 24 | (all[1] & 0xff) << 16 | (all[2] & 0xff) << 8 | (all[3] & 0xff);
                if (a != sum) {
                    throw dataError("incorrect data check");
                }
            }
            pending = new byte[0];
            phase = Phase.DONE;
            inflater.end();
        }
        return off + take;
    }

    private static long le(byte[] b, int p) {
        return (b[p] & 0xffL) | (b[p + 1] & 0xff) << 8 | (b[p + 2] & 0xff) << 16 | (b[p + 3] & 0xffL) << 24;
    }

    private static RuntimeException dataError(String msg) {
        return ZlibModule.error("Error -3 while decompressing data: " + msg);
    }

    /** A fresh engine in the same state, by replaying the consumed input. */
    InflateEngine copy() {
        InflateEngine c = new InflateEngine(wbits, zdict, "copying");
        c.keepHistory();
        for (Object[] call : calls) {
            byte[] in = (byte[]) call[0];
            c.feed(in, 0, in.length, (Long) call[1]);
        }
        return c;
    }
}
