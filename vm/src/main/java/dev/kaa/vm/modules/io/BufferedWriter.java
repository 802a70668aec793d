package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io.BufferedWriter}: a buffered writer over a writable raw stream; the work is done by {@link Buffered}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BufferedWriter extends Buffered {
    public static final PyType TYPE = PyType.builtin("_io.BufferedWriter", BufferedWriter.class, MethodHandles.lookup(),
            BufferedIoBase.TYPE);

    BufferedWriter(PyType cls) {
        super(cls);
    }

    @Override PyType typeOfClass() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new BufferedWriter(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object raw, @Opt("8192") long buffer_size) {
        checkRaw(raw, "writable", "File or stream is not writable.");
        init(raw, buffer_size);
    }

    @PyMethod
    @Override Object write(@Star Object[] args) {
        return doWrite(args);
    }

    @PyMethod
    @Override Object writable() {
        return rawCall("writable");
    }

    @PyMethod
    @Override Object flush() {
        return doFlush();
    }

    /** CPython's flag for a finalizer running at shutdown; Kaa runs none, so always false. */
}
