package dev.kaa.stdlib.cjk;

import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonType;

/**
 * {@code _multibytecodec.MultibyteStreamWriter}, the base of each CJK codec's
 * {@code StreamWriter}: it encodes text and writes the bytes to {@code stream}; {@code reset()}
 * writes the characters that wait for a possible combining one, and then what returns the
 * encoder to its initial shift state.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class StreamWriterObject extends CodecHolder {
    private StreamWriterObject(PythonType cls, Object[] args, String[] kwnames) {
        super(cls, args, kwnames, "StreamWriter", true, true);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new StreamWriterObject(cls, args, kwnames);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {}

    @PyMethod(doc = "Encode the text and write it to the stream.")
    void write(Object text) {
        byte[] out = encodeStateful(textArgument(text), false);
        Py.callMethod(stream, "write", Py.bytes(out));
    }

    @PyMethod(doc = "Encode each string of lines and write it to the stream.")
    void writelines(Object lines) {
        for (Object line : Py.iterate(lines)) {
            write(line);
        }
    }

    @PyMethod(doc = "Write the characters that wait, then what returns the encoder to its initial shift state.")
    void reset() {
        // As CPython's: with no character waiting, nothing is written, the shift state included.
        if (pendingText.length == 0) {
            return;
        }
        byte[] out = encodeStateful(new int[0], true);
        if (out.length > 0) {
            Py.callMethod(stream, "write", Py.bytes(out));
        }
    }

    @PyGetter("stream")
    Object streamAttribute() {
        return stream;
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
