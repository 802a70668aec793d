package dev.kaa.vm.modules.io;

import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Star;
import java.lang.invoke.MethodHandles;

/**
 * {@code _io._TextIOBase}: text streams. Everything here is to be provided by subclasses.
 *
 * <p>Thread safety: GIL-guarded.
 */
public class TextIoBase extends IoBase {
    public static final PyType TYPE = PyType.builtin("_io._TextIOBase", TextIoBase.class, MethodHandles.lookup(),
            IoBase.TYPE);

    protected TextIoBase(PyType cls) {
        super(cls);
    }

    @PyMethod
    static Object __new__(PyType cls, Object[] args, String[] kwnames) {
        return new TextIoBase(cls);
    }

    @PyMethod(doc = "Unhook and give back the binary buffer; not supported at this level.")
    Object detach() {
        throw IoErrors.unsupported("detach");
    }

    @PyMethod(doc = "Read at most size characters; not supported at this level.")
    Object read(@Star Object[] args) {
        throw IoErrors.unsupported("read");
    }

    @PyMethod(doc = "Read one line; not supported at this level.")
    Object readline(@Star Object[] args) {
        throw IoErrors.unsupported("readline");
    }

    @PyMethod(doc = "Write the str s; not supported at this level.")
    Object write(@Star Object[] args) {
        throw IoErrors.unsupported("write");
    }

    @PyGetter(doc = "The name of the stream's encoding (None at this level).")
    Object encoding() {
        return PyNone.NONE;
    }

    @PyGetter(doc = "The kinds of newline met so far (None at this level).")
    Object newlines() {
        return PyNone.NONE;
    }

    @PyGetter(doc = "The error handler name of the stream's codec (None at this level).")
    Object errors() {
        return PyNone.NONE;
    }
}
