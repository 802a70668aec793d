package dev.kaa.stdlib.pickle;

import static dev.kaa.stdlib.pickle.Opcodes.FRAME;
import static dev.kaa.stdlib.pickle.Opcodes.FRAME_SIZE_MIN;
import static dev.kaa.stdlib.pickle.Opcodes.FRAME_SIZE_TARGET;

import dev.kaa.ext.Py;
import java.util.Arrays;

/**
 * The bytes a pickler produces, with protocol 4's framing: each frame's 9-byte header is
 * reserved where the frame starts and filled in when the frame is committed (or dropped, with
 * the contents moved up, for a frame too small to be worth one). With a file, each committed
 * frame is written by one {@code write} call.
 *
 * <p>Thread safety: confined to its pickler (GIL-guarded).
 */
final class PickleOutput {
    private static final int HEADER = 9;

    private byte[] buf = new byte[256];
    private int len;
    /** Where the current frame's reserved header starts; -1 when not framing. */
    private int frameStart = -1;
    /** {@code file.write}, or null to collect everything. */
    private Object write;

    void reset(Object write) {
        this.write = write;
        len = 0;
        frameStart = -1;
    }

    int capacity() {
        return buf.length;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    void write(byte b) {
        ensure(1);
        buf[len++] = b;
    }

    void write(byte[] data) {
        ensure(data.length);
        System.arraycopy(data, 0, buf, len, data.length);
        len += data.length;
    }

    void writeAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[len++] = (byte) s.charAt(i);
        }
    }

    /** A 4-byte little-endian integer. */
    void writeInt32(int v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[len++] = (byte) (v >>> (8 * i));
        }
    }

    void startFraming() {
        frameStart = len;
        ensure(HEADER);
        len += HEADER;
    }

    /** Ends the current frame if it is full (or {@code force}), and starts the next. */
    void commitFrame(boolean force) {
        if (frameStart < 0) {
            return;
        }
        closeFrame(force);
        if (frameStart < 0) {
            startFraming();
        }
    }

    /** Closes the current frame if full or forced: frameStart is then -1. */
    private void closeFrame(boolean force) {
        int size = len - frameStart - HEADER;
        if (!force && size < FRAME_SIZE_TARGET) {
            return;
        }
        if (size >= FRAME_SIZE_MIN) {
            buf[frameStart] = FRAME;
            for (int i = 0; i < 8; i++) {
                buf[frameStart + 1 + i] = (byte) ((long) size >>> (8 * i));
            }
        } else {
            System.arraycopy(buf, frameStart + HEADER, buf, frameStart, size);
            len -= HEADER;
        }
        frameStart = -1;
        if (write != null) {
            flush();
        }
    }

    void endFraming() {
        if (frameStart >= 0) {
            closeFrame(true);
        }
    }

    /**
     * A payload too big for a frame: the frame so far is closed, the header and payload go
     * outside any frame (with a file, the payload by a write of its own), and a new frame
     * starts. {@code original}, when not null, is the bytes object to hand to {@code write}.
     */
    void writeLarge(byte[] header, byte[] payload, Object original) {
        boolean framing = frameStart >= 0;
        if (framing) {
            closeFrame(true);
        }
        write(header);
        if (write != null) {
            flush();
            Py.call(write, original != null ? original : Py.bytes(payload));
        } else {
            write(payload);
        }
        if (framing) {
            startFraming();
        }
    }

    /** Sends what has collected to {@code file.write}. */
    void flush() {
        if (len > 0 && write != null) {
            byte[] chunk = Arrays.copyOf(buf, len);
            len = 0;
            Py.call(write, Py.bytes(chunk));
        }
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
