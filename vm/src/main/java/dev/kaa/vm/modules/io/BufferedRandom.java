package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io.BufferedRandom}: a buffered reader and writer over a seekable raw stream; the work is done by {@link Buffered}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class BufferedRandom extends Buffered {
    public static final PyType TYPE = PyType.builtin("_io.BufferedRandom", BufferedRandom.class, MethodHandles.lookup(),
            BufferedIoBase.TYPE);

    BufferedRandom(PyType cls) {
        super(cls);
    }

    @Override PyType typeOfClass() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new BufferedRandom(cls);
    }

    @PyMethod(positionalOnly = 0)
    void __init__(Object raw, @Opt("8192") long buffer_size) {
        checkRaw(raw, "seekable", "File or stream is not seekable.");
        checkRaw(raw, "readable", "File or stream is not readable.");
        checkRaw(raw, "writable", "File or stream is not writable.");
        init(raw, buffer_size);
    }

    @PyMethod
    @Override Object read(@Star Object[] args) {
        return doRead(IoArgs.size(IoArgs.optionalOne("read", args)));
    }

    @PyMethod
    @Override Object read1(@Star Object[] args) {
        return doRead1(IoArgs.size(IoArgs.optionalOne("read1", args)));
    }

    @PyMethod
    Object peek(@Opt("0") long size) {
        return doPeek();
    }

    @PyMethod
    @Override Object readinto(Object b) {
        return doReadinto(b, false);
    }

    @PyMethod
    @Override Object readinto1(Object b) {
        return doReadinto(b, true);
    }

    @PyMethod
    @Override Object readline(@Opt("-1") Object size) {
        return doReadline(IoArgs.size(size));
    }

    @PyMethod
    @Override Object __next__() {
        return doNext();
    }

    @PyMethod
    @Override Object readable() {
        return rawCall("readable");
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
