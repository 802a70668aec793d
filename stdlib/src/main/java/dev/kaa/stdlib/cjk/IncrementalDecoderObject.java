package dev.kaa.stdlib.cjk;

import dev.kaa.ext.Named;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonType;

/**
 * {@code _multibytecodec.MultibyteIncrementalDecoder}, the base of each CJK codec's
 * {@code IncrementalDecoder}: it keeps the shift state and up to eight bytes of a sequence the
 * next call may complete.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class IncrementalDecoderObject extends CodecHolder {
    private IncrementalDecoderObject(PythonType cls, Object[] args, String[] kwnames) {
        super(cls, args, kwnames, "IncrementalDecoder", false, false);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new IncrementalDecoderObject(cls, args, kwnames);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {}

    @PyMethod(positionalOnly = 0, doc = "Decode input; with final true, an incomplete sequence at the end is an error.")
    Object decode(Object input, @Opt("False") @Named("final") boolean fin) {
        return Py.str(decodeStateful(Py.asBytes(input), fin));
    }

    @PyMethod(doc = "Forget waiting bytes and return to the initial state.")
    void reset() {
        resetDecoder();
    }

    @PyMethod(doc = "The state: (waiting bytes, the codec state as a little-endian int).")
    Object getstate() {
        return Py.tuple(Py.bytes(pendingBytes), Py.integer(IncrementalEncoderObject.littleEndian(state)));
    }

    @PyMethod(doc = "Restore a state getstate() returned.")
    void setstate(Object value) {
        if (!Py.isInstance(value, Py.builtinType("tuple"))) {
            throw Py.typeError("setstate() argument must be tuple, not " + Py.typeOf(value).name());
        }
        if (Py.len(value) != 2) {
            throw Py.typeError("setstate(): illegal state argument");
        }
        Object buffer = Py.getItem(value, Py.integer(0));
        Object flags = Py.getItem(value, Py.integer(1));
        if (!Py.isInstance(buffer, Py.builtinType("bytes")) || !Py.isInstance(flags, Py.builtinType("int"))) {
            throw Py.typeError("setstate(): illegal state argument");
        }
        byte[] pending = Py.asBytes(buffer);
        if (pending.length > MAX_PENDING_BYTES) {
            throw Py.raiseObject(Py.call(Py.builtinType("UnicodeDecodeError"), Py.str(codec.name), buffer,
                    Py.integer(0), Py.integer(pending.length), Py.str("pending buffer too large")));
        }
        byte[] s = IncrementalEncoderObject.unsignedBytes(Py.asBigInteger(flags), state.length);
        System.arraycopy(s, 0, state, 0, state.length);
        pendingBytes = pending;
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
