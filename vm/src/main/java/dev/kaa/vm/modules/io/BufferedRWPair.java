package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io.BufferedRWPair}: a {@link BufferedReader} over one raw stream and a
 * {@link BufferedWriter} over another, seen as one (a pipe pair, a socket's two directions).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BufferedRWPair extends BufferedIoBase {
    public static final PyType TYPE = PyType.builtin("_io.BufferedRWPair", BufferedRWPair.class, MethodHandles.lookup(),
            BufferedIoBase.TYPE);

    private BufferedReader reader;
    private BufferedWriter writer;

    BufferedRWPair(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new BufferedRWPair(cls);
    }

    @PyMethod
    void __init__(Object reader, Object writer, @Opt("8192") long buffer_size) {
        Buffered.checkRaw(reader, "readable", "File or stream is not readable.");
        Buffered.checkRaw(writer, "writable", "File or stream is not writable.");
        BufferedReader r = new BufferedReader(BufferedReader.TYPE);
        r.init(reader, buffer_size);
        BufferedWriter w = new BufferedWriter(BufferedWriter.TYPE);
        w.init(writer, buffer_size);
        this.reader = r;
        this.writer = w;
    }

    private BufferedReader r() {
        if (reader == null) {
            throw dev.kaa.vm.objects.PyErr.valueError("I/O operation on uninitialized object");
        }
        return reader;
    }

    private BufferedWriter w() {
        if (writer == null) {
            throw dev.kaa.vm.objects.PyErr.valueError("I/O operation on uninitialized object");
        }
        return writer;
    }

    @PyMethod
    @Override Object read(@Star Object[] args) {
        return r().read(args);
    }

    @PyMethod
    Object peek(@Opt("0") long size) {
        return r().peek(size);
    }

    @PyMethod
    @Override Object read1(@Star Object[] args) {
        return r().read1(args);
    }

    @PyMethod
    @Override Object readinto(Object b) {
        return r().readinto(b);
    }

    @PyMethod
    @Override Object readinto1(Object b) {
        return r().readinto1(b);
    }

    @PyMethod
    @Override Object write(@Star Object[] args) {
        return w().write(args);
    }

    @PyMethod
    @Override Object flush() {
        return w().flush();
    }

    @PyMethod
    @Override Object readable() {
        return r().readable();
    }

    @PyMethod
    @Override Object writable() {
        return w().writable();
    }

    @PyMethod
    @Override Object close() {
        PyException failure = null;
        try {
            w().close();
        } catch (PyException e) {
            failure = e;
        }
        try {
            r().close();
        } catch (PyException e) {
            if (failure != null) {
                e.value().setContext(failure.value());
            }
            failure = e;
        }
        if (failure != null) {
            throw failure;
        }
        return dev.kaa.vm.objects.PyNone.NONE;
    }

    @PyMethod
    @Override Object isatty() {
        return Abstract.isTrue(w().isatty()) ? w().isatty() : r().isatty();
    }

    @PyGetter
    @Override Object closed() {
        return w().closed();
    }
}
