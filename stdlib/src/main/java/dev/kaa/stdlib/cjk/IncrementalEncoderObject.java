package dev.kaa.stdlib.cjk;

import dev.kaa.ext.Named;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonType;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * {@code _multibytecodec.MultibyteIncrementalEncoder}, the base of each CJK codec's
 * {@code IncrementalEncoder}: it keeps the shift state and up to two characters that may combine
 * with the next call's first one.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class IncrementalEncoderObject extends CodecHolder {
    private IncrementalEncoderObject(PythonType cls, Object[] args, String[] kwnames) {
        super(cls, args, kwnames, "IncrementalEncoder", false, true);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new IncrementalEncoderObject(cls, args, kwnames);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {}

    @PyMethod(positionalOnly = 0, doc = "Encode input; with final true, flush what waits and return to the initial shift state.")
    Object encode(Object input, @Opt("False") @Named("final") boolean fin) {
        return Py.bytes(encodeStateful(textArgument(input), fin));
    }

    @PyMethod(doc = "Forget waiting characters and return to the initial shift state (its bytes are dropped).")
    void reset() {
        if (codec.statefulEncoder()) {
            codec.encoderReset(state, new ByteArrayOutputStream());
        }
        pendingText = new int[0];
    }

    @PyMethod(doc = "The state as an int: the waiting characters (their UTF-8 length and bytes) and the codec state, little-endian.")
    Object getstate() {
        byte[] pending = new String(pendingText, 0, pendingText.length).getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[1 + pending.length + state.length];
        all[0] = (byte) pending.length;
        System.arraycopy(pending, 0, all, 1, pending.length);
        System.arraycopy(state, 0, all, 1 + pending.length, state.length);
        return Py.integer(littleEndian(all));
    }

    @PyMethod(doc = "Restore a state getstate() returned.")
    void setstate(Object value) {
        byte[] all = unsignedBytes(Py.asBigInteger(value), 1 + 4 * MAX_PENDING_TEXT + state.length);
        int size = all[0] & 0xff;
        if (size > 4 * MAX_PENDING_TEXT) {
            throw Py.error(Py.builtinType("UnicodeError"), "pending buffer too large");
        }
        Object text = Py.callMethod(Py.bytes(Arrays.copyOfRange(all, 1, 1 + size)), "decode", Py.str("utf-8"));
        pendingText = Coding.codePoints(text);
        System.arraycopy(all, 1 + size, state, 0, state.length);
    }

    static BigInteger littleEndian(byte[] bytes) {
        byte[] big = new byte[bytes.length + 1];
        for (int i = 0; i < bytes.length; i++) {
            big[bytes.length - i] = bytes[i];
        }
        return new BigInteger(big);
    }

    /** {@code n.to_bytes(size, 'little')} with the errors of CPython's conversion to unsigned. */
    static byte[] unsignedBytes(BigInteger n, int size) {
        if (n.signum() < 0) {
            throw Py.overflowError("can't convert negative int to unsigned");
        }
        if (n.bitLength() > 8 * size) {
            throw Py.overflowError("int too big to convert");
        }
        byte[] big = n.toByteArray();
        byte[] out = new byte[size];
        for (int i = 0; i < size && i < big.length; i++) {
            out[i] = big[big.length - 1 - i];
        }
        return out;
    }

    @PyGetter("errors")
    Object errorsAttribute() {
        return errorsGet();
    }

    @PySetter("errors")
    void setErrors(Object value) {
        errorsSet(value);
    }
}
