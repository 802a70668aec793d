package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Instance;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io.IncrementalNewlineDecoder}: wraps a decoder (or none, for text input) and
 * records, and optionally translates to {@code '\n'}, the line endings it sees. A {@code '\r'}
 * at the end of a chunk is held back until the next chunk shows whether a {@code '\n'} follows.
 *
 * <p>Thread safety: confined to its stream.
 */
public final class NewlineDecoder extends PyObject implements Instance {
    public static final PyType TYPE = PyType.builtin("_io.IncrementalNewlineDecoder", NewlineDecoder.class,
            MethodHandles.lookup());

    private static final int LF = 1, CR = 2, CRLF = 4;

    private PyType type;
    private PyDict dict;
    private final Object[] slots;
    /** The wrapped decoder: a Java one, or a Python object (null for none). */
    TextCodec.Decoder javaDecoder;
    Object pyDecoder;
    boolean translate, pendingCR, initialized;
    int seen;

    NewlineDecoder(PyType cls) {
        this.type = cls;
        this.dict = cls.instancesHaveDict() ? new PyDict() : null;
        this.slots = cls.slotCount() == 0 ? null : new Object[cls.slotCount()];
    }

    /** The decoder a TextIOWrapper builds around its Java decoder. */
    static NewlineDecoder around(TextCodec.Decoder d, boolean translate) {
        NewlineDecoder n = new NewlineDecoder(TYPE);
        n.javaDecoder = d;
        n.translate = translate;
        n.initialized = true;
        return n;
    }

    @Override public PyType type() {
        return type;
    }

    @Override public PyDict instanceDict() {
        return dict;
    }

    @Override public void setInstanceDict(PyDict dict) {
        this.dict = dict;
    }

    @Override public void setType(PyType type) {
        this.type = type;
    }

    @Override public Object[] slotValues() {
        return slots;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new NewlineDecoder(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object decoder, boolean translate, @Opt("'strict'") Object errors) {
        this.pyDecoder = decoder == PyNone.NONE ? null : decoder;
        this.javaDecoder = null;
        this.translate = translate;
        this.seen = 0;
        this.pendingCR = false;
        this.initialized = true;
    }

    private void check() {
        if (!initialized) {
            throw PyErr.valueError("IncrementalNewlineDecoder.__init__() not called");
        }
    }

    /** Decodes and translates one chunk: the Java entry point. */
    String decodeText(Object input, boolean fin) {
        check();
        String out;
        if (javaDecoder != null) {
            out = javaDecoder.decode(((PyBytes) input).data(), fin);
        } else if (pyDecoder != null) {
            Object r = Abstract.callMethod(pyDecoder, "decode", input, dev.kaa.vm.objects.PyBool.of(fin));
            if (!(r instanceof PyStr s)) {
                throw PyErr.typeError("decoder should return a string result, not '%T'", r);
            }
            out = s.value();
        } else {
            if (!(input instanceof PyStr s)) {
                throw PyErr.typeError("decoder should return a string result, not '%T'", input);
            }
            out = s.value();
        }
        return translateChunk(out, fin);
    }

    String translateChunk(String out, boolean fin) {
        if (pendingCR && (!out.isEmpty() || fin)) {
            out = "\r" + out;
            pendingCR = false;
        }
        if (!fin && out.endsWith("\r")) {
            out = out.substring(0, out.length() - 1);
            pendingCR = true;
        }
        if (out.indexOf('\r') < 0) {
            if (out.indexOf('\n') >= 0) {
                seen |= LF;
            }
            return out;
        }
        int crlf = 0, cr = 0, lf = 0;
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\r') {
                if (i + 1 < out.length() && out.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (c == '\n') {
                lf++;
            }
        }
        seen |= (lf > 0 ? LF : 0) | (cr > 0 ? CR : 0) | (crlf > 0 ? CRLF : 0);
        if (translate) {
            if (crlf > 0) {
                out = out.replace("\r\n", "\n");
            }
            if (cr > 0) {
                out = out.replace('\r', '\n');
            }
        }
        return out;
    }

    /** {@code decode(input, final=False)}: raw, since {@code final} cannot name a Java parameter. */
    @PyMethod
    Object decode(Object[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length, npos = args.length - nkw;
        Object input = npos > 0 ? args[0] : null, fin = npos > 1 ? args[1] : null;
        if (npos > 2) {
            throw PyErr.typeError("decode() takes at most 2 arguments (%d given)", args.length);
        }
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            if (kw.equals("input") && input == null) {
                input = args[npos + k];
            } else if (kw.equals("final") && fin == null) {
                fin = args[npos + k];
            } else if (kw.equals("input") || kw.equals("final")) {
                throw PyErr.typeError("argument for decode() given by name ('%s') and position (%d)", kw,
                        kw.equals("input") ? 1 : 2);
            } else {
                throw PyErr.typeError("decode() got an unexpected keyword argument '%s'", kw);
            }
        }
        if (input == null) {
            throw PyErr.typeError("decode() missing required argument 'input' (pos 1)");
        }
        return PyStr.of(decodeText(input, fin != null && Abstract.isTrue(fin)));
    }

    @PyMethod
    Object getstate() {
        check();
        Object buf = PyBytes.EMPTY;
        long flag = 0;
        Object inner = javaDecoder != null ? javaDecoder.getstate()
                : pyDecoder != null ? Abstract.callMethod(pyDecoder, "getstate") : null;
        if (inner != null) {
            if (!(inner instanceof PyTuple t) || t.size() != 2) {
                throw PyErr.typeError("illegal decoder state");
            }
            buf = t.get(0);
            flag = Abstract.asLong(t.get(1));
        }
        flag <<= 1;
        if (pendingCR) {
            flag |= 1;
        }
        return PyTuple.of(buf, PyInt.of(flag));
    }

    @PyMethod
    Object setstate(Object state) {
        check();
        if (!(state instanceof PyTuple t) || t.size() != 2) {
            throw PyErr.typeError("state argument must be a tuple");
        }
        long flag = Abstract.asLong(t.get(1));
        pendingCR = (flag & 1) != 0;
        Object inner = PyTuple.of(t.get(0), PyInt.of(flag >> 1));
        if (javaDecoder != null) {
            javaDecoder.setstate(inner);
        } else if (pyDecoder != null) {
            Abstract.callMethod(pyDecoder, "setstate", inner);
        }
        return PyNone.NONE;
    }

    @PyMethod
    Object reset() {
        check();
        seen = 0;
        pendingCR = false;
        if (javaDecoder != null) {
            javaDecoder.reset();
        } else if (pyDecoder != null) {
            Abstract.callMethod(pyDecoder, "reset");
        }
        return PyNone.NONE;
    }

    @PyGetter
    Object newlines() {
        PyStr n = PyStr.of("\n"), r = PyStr.of("\r"), rn = PyStr.of("\r\n");
        return switch (seen) {
            case LF -> n;
            case CR -> r;
            case LF | CR -> PyTuple.of(r, n);
            case CRLF -> rn;
            case LF | CRLF -> PyTuple.of(n, rn);
            case CR | CRLF -> PyTuple.of(r, rn);
            case LF | CR | CRLF -> PyTuple.of(r, n, rn);
            default -> PyNone.NONE;
        };
    }
}
