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

    @PyMethod(doc = "Separate the underlying buffer from the TextIOBase and return it.")
    Object detach() {
        throw IoErrors.unsupported("detach");
    }

    @PyMethod(doc = "Read at most size characters from stream.")
    Object read(@Star Object[] args) {
        throw IoErrors.unsupported("read");
    }

    @PyMethod(doc = "Read until newline or EOF.")
    Object readline(@Star Object[] args) {
        throw IoErrors.unsupported("readline");
    }

    @PyMethod(doc = "Write string s to stream.")
    Object write(@Star Object[] args) {
        throw IoErrors.unsupported("write");
    }

    @PyGetter(doc = "Encoding of the text stream.")
    Object encoding() {
        return PyNone.NONE;
    }

    @PyGetter(doc = "Line endings translated so far.")
    Object newlines() {
        return PyNone.NONE;
    }

    @PyGetter(doc = "The error setting of the decoder or encoder.")
    Object errors() {
        return PyNone.NONE;
    }
}
