package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;

/**
 * {@code _io.StringIO}: an in-memory text stream of code points ({@code text[0..size)}, so
 * positions count characters as Python does). Newlines are translated as they are written,
 * as CPython's does: with {@code newline=None} every line ending is stored as {@code '\n'};
 * with {@code '\r'} or {@code '\r\n'}, written {@code '\n'}s become that ending.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class StringIO extends TextIoBase {
    public static final PyType TYPE = PyType.builtin("_io.StringIO", StringIO.class, MethodHandles.lookup(),
            TextIoBase.TYPE);

    private int[] text = new int[0];
    private int size, pos;
    private boolean closed, ok;
    private NewlineDecoder decoder;
    private String readNl, writeNl;
    private boolean readUniversal;
    private Object newlineArg = PyStr.of("\n");

    StringIO(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new StringIO(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(@Opt("''") Object initial_value, @Opt("'\\n'") Object newline) {
        if (newline != PyNone.NONE && !(newline instanceof PyStr)) {
            throw PyErr.typeError("newline must be str or None, not %T", newline);
        }
        String nl = newline == PyNone.NONE ? null : ((PyStr) newline).value();
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", Abstract.repr(newline).value());
        }
        if (initial_value != PyNone.NONE && !(initial_value instanceof PyStr)) {
            throw PyErr.typeError("initial_value must be str or None, not %T", initial_value);
        }
        newlineArg = newline;
        readUniversal = nl == null || nl.isEmpty();
        readNl = nl;
        writeNl = nl == null || nl.isEmpty() || nl.equals("\n") ? null : nl;
        decoder = null;
        if (readUniversal) {
            decoder = new NewlineDecoder(NewlineDecoder.TYPE);
            decoder.__init__(PyNone.NONE, nl == null, PyStr.of("strict"));
        }
        text = new int[0];
        size = pos = 0;
        closed = false;
        ok = true;
        if (initial_value instanceof PyStr s && s.length() > 0) {
            writeText(s.value());
            pos = 0;
        }
    }

    private void check() {
        if (!ok) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        if (closed) {
            throw IoErrors.closed();
        }
    }

    private void writeText(String s) {
        if (decoder != null) {
            s = decoder.translateChunk(s, true);
        }
        if (writeNl != null) {
            s = s.replace("\n", writeNl);
        }
        int[] cps = s.codePoints().toArray();
        if (cps.length == 0) {
            return;
        }
        int end = pos + cps.length;
        if (end > text.length) {
            text = Arrays.copyOf(text, Math.max(end, text.length + (text.length >> 1) + 16));
        }
        if (pos > size) {
            Arrays.fill(text, size, pos, 0);
        }
        System.arraycopy(cps, 0, text, pos, cps.length);
        pos = end;
        size = Math.max(size, end);
    }

    private String slice(int from, int to) {
        return new String(text, from, to - from);
    }

    @PyMethod
    Object getvalue() {
        check();
        return PyStr.of(slice(0, size));
    }

    @PyMethod
    @Override Object read(@Star Object[] args) {
        check();
        long n = IoArgs.size(IoArgs.optionalOne("read", args));
        int avail = Math.max(size - pos, 0);
        int k = n < 0 || n > avail ? avail : (int) n;
        if (k == 0) {
            return PyStr.EMPTY;
        }
        String s = slice(pos, pos + k);
        pos += k;
        return PyStr.of(s);
    }

    @PyMethod
    @Override Object readline(@Star Object[] args) {
        check();
        Object a = IoArgs.optionalOne("readline", args);
        if (a != null && a != PyNone.NONE && !(a instanceof PyInt)) {
            throw PyErr.typeError("integer argument expected, got '%T'", a);
        }
        return PyStr.of(readlineText(IoArgs.size(a)));
    }

    private String readlineText(long limit) {
        if (pos >= size) {
            return "";
        }
        int end = limit < 0 ? size : (int) Math.min(size, pos + limit);
        int i = pos;
        int stop = end;
        while (i < end) {
            int c = text[i];
            if (readNl == null || readNl.equals("\n")) {
                if (c == '\n') {
                    stop = i + 1;
                    break;
                }
            } else if (readNl.isEmpty()) {
                if (c == '\n') {
                    stop = i + 1;
                    break;
                }
                if (c == '\r') {
                    stop = i + 1 < end && text[i + 1] == '\n' ? i + 2 : i + 1;
                    break;
                }
            } else if (readNl.equals("\r")) {
                if (c == '\r') {
                    stop = i + 1;
                    break;
                }
            } else if (c == '\r' && i + 1 < end && text[i + 1] == '\n') {
                stop = i + 2;
                break;
            }
            i++;
        }
        String s = slice(pos, stop);
        pos = stop;
        return s;
    }

    @PyMethod
    @Override Object __next__() {
        String line;
        if (type() == TYPE) {
            check();
            line = readlineText(-1);
        } else {
            Object r = Abstract.callMethod(this, "readline");
            if (!(r instanceof PyStr s)) {
                throw PyErr.format(Exceptions.OSError, "readline() should have returned a str object, not '%T'", r);
            }
            line = s.value();
        }
        if (line.isEmpty()) {
            throw PyErr.stopIteration(null);
        }
        return PyStr.of(line);
    }

    @PyMethod
    @Override Object write(@Star Object[] args) {
        if (args.length != 1) {
            throw PyErr.typeError("StringIO.write() takes exactly one argument (%d given)", args.length);
        }
        if (!(args[0] instanceof PyStr s)) {
            throw PyErr.typeError("string argument expected, got '%T'", args[0]);
        }
        check();
        writeText(s.value());
        return PyInt.of(s.length());
    }

    @PyMethod
    @Override Object seek(@Star Object[] args) {
        IoArgs.seekArgs(args);
        long p = Abstract.asLong(Abstract.index(args[0]));
        int whence = args.length > 1 ? Abstract.asInt(args[1]) : 0;
        check();
        if (whence != 0 && whence != 1 && whence != 2) {
            throw PyErr.valueError("Invalid whence (%d, should be 0, 1 or 2)", whence);
        }
        if (p < 0 && whence == 0) {
            throw PyErr.valueError("Negative seek position %d", p);
        }
        if (whence != 0 && p != 0) {
            throw PyErr.format(Exceptions.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (whence == 1) {
            p = pos;
        } else if (whence == 2) {
            p = size;
        }
        if (p > Integer.MAX_VALUE - 8) {
            throw PyErr.overflowError("Python int too large to convert to C ssize_t");
        }
        pos = (int) p;
        return PyInt.of(p);
    }

    @PyMethod
    @Override Object tell() {
        check();
        return PyInt.of(pos);
    }

    @PyMethod
    @Override Object truncate(@Star Object[] args) {
        check();
        long n = args.length > 0 && args[0] != PyNone.NONE ? Abstract.asLong(Abstract.index(args[0])) : pos;
        if (n < 0) {
            throw PyErr.valueError("Negative size value %d", n);
        }
        if (n < size) {
            size = (int) n;
        }
        return PyInt.of(n);
    }

    @PyMethod
    @Override Object readable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object writable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object seekable() {
        check();
        return PyBool.TRUE;
    }

    @PyMethod
    @Override Object close() {
        closed = true;
        text = new int[0];
        size = 0;
        return PyNone.NONE;
    }

    @PyGetter
    @Override Object closed() {
        if (!ok) {
            throw PyErr.valueError("I/O operation on uninitialized object");
        }
        return PyBool.of(closed);
    }

    @PyGetter
    Object line_buffering() {
        check();
        return PyBool.FALSE;
    }

    @PyGetter
    @Override Object newlines() {
        check();
        return decoder == null ? PyNone.NONE : decoder.newlines();
    }

    @PyMethod
    Object __getstate__() {
        check();
        return PyTuple.of(getvalue(), newlineArg, PyInt.of(pos), MemoryState.savedDict(this));
    }

    @PyMethod
    Object __setstate__(Object state) {
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw PyErr.typeError("%s.__setstate__ argument should be 4-tuple, got %T", type().name(), state);
        }
        if (!(t.get(0) instanceof PyStr value)) {
            throw PyErr.typeError("initial_value must be str, not %T", t.get(0));
        }
        __init__(PyNone.NONE, t.get(1));
        // The value is stored as it was: no newline translation on restore.
        int[] cps = value.codePoints();
        text = cps.clone();
        size = cps.length;
        pos = MemoryState.restoredPosition(t.get(2));
        MemoryState.restoreDict(this, t.get(3));
        return PyNone.NONE;
    }
}
