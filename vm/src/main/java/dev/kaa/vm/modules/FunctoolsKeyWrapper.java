package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CompareOp;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyGetter;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyObject;
import dev.kaa.vm.objects.PySetter;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;

/**
 * {@code functools.KeyWrapper}: what {@code cmp_to_key(cmp)} returns, and (called with an
 * object) the key object that orders by {@code cmp}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class FunctoolsKeyWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("functools.KeyWrapper", FunctoolsKeyWrapper.class,
            MethodHandles.lookup(), PyType.UNHASHABLE);

    private final Object cmp;
    /** The wrapped object; null in the factory itself. */
    private Object obj;

    FunctoolsKeyWrapper(Object cmp, Object obj) {
        this.cmp = cmp;
        this.obj = obj;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod(positionalOnly = 0)
    Object __call__(Object obj) {
        return new FunctoolsKeyWrapper(cmp, obj);
    }

    @PyGetter
    Object obj() {
        if (obj == null) {
            throw PyErr.attributeError("obj");
        }
        return obj;
    }

    @PySetter("obj")
    void setObj(Object value) {
        obj = value;
    }

    private Object compare(Object other, CompareOp op) {
        if (!(other instanceof FunctoolsKeyWrapper k)) {
            throw PyErr.typeError("other argument must be K instance");
        }
        if (obj == null || k.obj == null) {
            throw PyErr.attributeError("object");
        }
        Object r = Abstract.call(cmp, obj, k.obj);
        return Abstract.richCompare(r, PyInt.ZERO, op);
    }

    @PyMethod
    Object __lt__(Object other) {
        return compare(other, CompareOp.LT);
    }

    @PyMethod
    Object __le__(Object other) {
        return compare(other, CompareOp.LE);
    }

    @PyMethod
    Object __eq__(Object other) {
        return compare(other, CompareOp.EQ);
    }

    @PyMethod
    Object __ne__(Object other) {
        return compare(other, CompareOp.NE);
    }

    @PyMethod
    Object __gt__(Object other) {
        return compare(other, CompareOp.GT);
    }

    @PyMethod
    Object __ge__(Object other) {
        return compare(other, CompareOp.GE);
    }
}
