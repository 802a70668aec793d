package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import dev.kaa.vm.objects.Abstract;
import java.lang.invoke.MethodHandles;

/**
 * {@code _collections._tuplegetter(index, doc)}: the read-only data descriptor namedtuple
 * classes use for their fields ({@code Point.x} is item 0 of the tuple).
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class CollectionsTupleGetter extends PyObject {
    public static final PyType TYPE = PyType.builtin("_collections._tuplegetter", CollectionsTupleGetter.class,
            MethodHandles.lookup(), 0);

    private final int index;
    private Object doc;

    private CollectionsTupleGetter(int index, Object doc) {
        this.index = index;
        this.doc = doc;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, int index, Object doc) {
        return new CollectionsTupleGetter(index, doc);
    }

    @PyMethod
    Object __get__(Object obj, @Opt Object type) {
        if (obj == null || obj == PyNone.NONE) {
            return this;
        }
        if (!(obj instanceof PyTuple t)) {
            throw PyErr.typeError("descriptor for index '%d' for tuple subclasses doesn't apply to '%T' object",
                    index, obj);
        }
        if (index < 0 || index >= t.size()) {
            throw PyErr.indexError("tuple index out of range");
        }
        return t.get(index);
    }

    @PyMethod
    void __set__(Object obj, Object value) {
        throw PyErr.attributeError("can't set attribute");
    }

    @PyMethod
    void __delete__(Object obj) {
        throw PyErr.attributeError("can't delete attribute");
    }

    @PyGetter("__doc__")
    Object docAttr() {
        return doc;
    }

    @PySetter("__doc__")
    void setDoc(Object value) {
        doc = value == null ? PyNone.NONE : value;
    }

    @PyMethod
    Object __repr__() {
        return PyStr.of("_tuplegetter(" + index + ", " + Abstract.repr(doc).value() + ")");
    }

    @PyMethod
    Object __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(PyInt.of(index), doc));
    }
}
