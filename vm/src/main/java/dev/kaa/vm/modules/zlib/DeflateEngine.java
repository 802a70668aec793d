package dev.kaa.vm.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import java.util.zip.Deflater;

/**
 * Compression over a raw {@link Deflater}, writing the zlib or gzip header and trailer here
 * (zlib's own rules for the header bytes), so any window-bits choice gives CPython's framing.
 *
 * <p>Thread safety: not thread-safe; each Python object owns one, guarded by the GIL.
 */
final class DeflateEngine {
    static final int NO_FLUSH = 0;
    static final int FINISH = 4;

    private final int level;
    private final int wbits;
    private final int strategy;
    private final byte[] zdict;
    private final Deflater deflater;
    private final Checksum check;
    private final boolean gzip;
    private final boolean raw;
    private boolean headerDone;
    private boolean finished;
    private long inLength;
    private long sinceReset;
    /** The calls so far (data, flush mode), replayed by copy() since a Deflater cannot be cloned. */
    private final List<Object[]> history = new ArrayList<>();

    /** Arguments must have been validated by the caller. */
    DeflateEngine(int level, int wbits, int strategy, byte[] zdict) {
        this.level = level == -1 ? 6 : level;
        this.wbits = wbits;
        this.strategy = strategy;
        this.zdict = zdict;
        raw = wbits < 0;
        gzip = wbits > 15;
        deflater = new Deflater(this.level, true);
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
        check = gzip ? new CRC32() : new Adler32();
    }

    /** True for the window sizes compressobj and compress accept. */
    static boolean validWbits(int w) {
        return w >= 9 && w <= 15 || w >= -15 && w <= -9 || w >= 25 && w <= 31;
    }

    boolean finished() {
        return finished;
    }

    /** Compresses {@code data} and flushes by {@code mode} (0 none, 2 sync, 3 full, 4 finish). */
    byte[] run(byte[] data, int mode) {
        history.add(new Object[] {data, mode});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!headerDone) {
            header(out);
            headerDone = true;
        }
        check.update(data, 0, data.length);
        inLength += data.length;
        byte[] buf = new byte[16384];
        feed(data, buf, out);
        if (mode == FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            trailer(out);
            finished = true;
            deflater.end();
            return out.toByteArray();
        }
        if (mode != NO_FLUSH) {
            // Z_PARTIAL_FLUSH and Z_BLOCK have no java.util.zip counterpart: a sync flush is the nearest.
            int f = mode == 3 ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            drain(f, buf, out);
            if (f == Deflater.FULL_FLUSH) {
                sinceReset = 0;
            }
        }
        return out.toByteArray();
    }

    /**
     * Gives {@code data} to the deflater. Its window is always 32K, so for a smaller wbits the input
     * goes in slices with a full flush (which forgets the history) between them: then no match can
     * reach further back than the smaller window allows, and the stream stays valid for it.
     */
    private void feed(byte[] data, byte[] buf, ByteArrayOutputStream out) {
        int w = raw ? -wbits : gzip ? wbits - 16 : wbits;
        int limit = w >= 15 ? Integer.MAX_VALUE : (1 << w) - 262;
        int off = 0;
        do {
            if (sinceReset >= limit) {
                drain(Deflater.FULL_FLUSH, buf, out);
                sinceReset = 0;
            }
            int n = (int) Math.min(data.length - off, (long) limit - sinceReset);
            deflater.setInput(data, off, n);
            while (!deflater.needsInput()) {
                out.write(buf, 0, deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
            }
            off += n;
            sinceReset += n;
        } while (off < data.length);
    }

    private void drain(int flush, byte[] buf, ByteArrayOutputStream out) {
        int n;
        do {
            n = deflater.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
        } while (n == buf.length);
    }

    private void header(ByteArrayOutputStream out) {
        if (raw) {
            return;
        }
        if (gzip) {
            int xfl = level == 9 ? 2 : strategy >= 2 || level < 2 ? 4 : 0;
            out.writeBytes(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3});
            return;
        }
        int cmf = (wbits - 8) << 4 | 8;
        int lev = strategy >= 2 || level < 2 ? 0 : level < 6 ? 1 : level == 6 ? 2 : 3;
        int flg = lev << 6 | (zdict != null ? 0x20 : 0);
        flg += 31 - (cmf * 256 + flg) % 31;
        out.write(cmf);
        out.write(flg);
        if (zdict != null) {
            Adler32 a = new Adler32();
            a.update(zdict);
            be(out, a.getValue());
        }
    }

    private void trailer(ByteArrayOutputStream out) {
        if (gzip) {
            le(out, check.getValue());
            le(out, inLength);
        } else if (!raw) {
            be(out, check.getValue());
        }
    }

    private static void be(ByteArrayOutputStream out, long v) {
        out.write((int) (v >>> 24));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 8));
        out.write((int) v);
    }

    private static void le(ByteArrayOutputStream out, long v) {
        out.write((int) v);
        out.write((int) (v >>> 8));
        out.write((int) (v >>> 16));
        out.write((int) (v >>> 24));
    }

    /** A fresh engine in the same state (the history replayed, its output dropped). */
    DeflateEngine copy() {
        DeflateEngine c = new DeflateEngine(level, wbits, strategy, zdict);
        for (Object[] h : history) {
            c.run((byte[]) h[0], (Integer) h[1]);
        }
        return c;
    }
}
