package dev.kaa.stdlib.cjk;

import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonType;

/**
 * {@code _multibytecodec.MultibyteStreamReader}, the base of each CJK codec's
 * {@code StreamReader}: it reads bytes from {@code stream} and decodes them, reading one byte
 * more at a time while what it has ends inside a character.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class StreamReaderObject extends CodecHolder {
    private StreamReaderObject(PythonType cls, Object[] args, String[] kwnames) {
        super(cls, args, kwnames, "StreamReader", true, false);
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        return new StreamReaderObject(cls, args, kwnames);
    }

    @PyMethod
    void __init__(Object[] args, String[] kwnames) {}

    private static long size(Object size) {
        if (size == null || size == Py.none()) {
            return -1;
        }
        if (!Py.isInstance(size, Py.builtinType("int"))) {
            throw Py.typeError("arg 1 must be an integer");
        }
        return Py.asLong(size);
    }

    private String read(String method, long sizehint) {
        if (sizehint == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            Object chunk = sizehint < 0 ? Py.callMethod(stream, method) : Py.callMethod(stream, method, Py.integer(sizehint));
            if (!Py.isInstance(chunk, Py.builtinType("bytes"))) {
                throw Py.typeError("stream function returned a non-bytes object (" + Py.typeOf(chunk).name() + ")");
            }
            byte[] data = Py.asBytes(chunk);
            boolean endOfFile = data.length == 0;
            int before = text.length();
            text.append(decodeStateful(data, endOfFile || sizehint < 0));
            if (sizehint < 0 || text.length() != before || data.length == 0) {
                break;
            }
            sizehint = 1;
        }
        return text.toString();
    }

    @PyMethod(doc = "Read and decode up to size bytes (all, when size is None or negative).")
    Object read(@Opt Object size) {
        return Py.str(read("read", size(size)));
    }

    @PyMethod(doc = "Read and decode a line (reading at most size bytes when size is given).")
    Object readline(@Opt Object size) {
        return Py.str(read("readline", size(size)));
    }

    @PyMethod(doc = "Read and decode, returning a list of lines with their line endings.")
    Object readlines(@Opt Object sizehint) {
        return Py.callMethod(Py.str(read("read", size(sizehint))), "splitlines", Py.bool(true));
    }

    @PyMethod(doc = "Forget waiting bytes and return to the initial state.")
    void reset() {
        resetDecoder();
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
