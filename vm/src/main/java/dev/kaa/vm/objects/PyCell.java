package dev.kaa.vm.objects;

import java.lang.invoke.MethodHandles;

/**
 * A cell: the box a closure shares with the scope that defines the variable.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PyCell extends PyObject {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, MethodHandles.lookup(), PyType.UNHASHABLE);

    /** The value, or null when empty. */
    public Object value;

    public PyCell(Object value) {
        this.value = value;
    }

    @Override public PyType type() {
        return TYPE;
    }

    @PyMethod
    static Object __new__(PyType cls, @Opt Object contents) {
        return new PyCell(contents);
    }

    @PyGetter
    Object cell_contents() {
        if (value == null) {
            throw PyErr.valueError("Cell is empty");
        }
        return value;
    }

    @PySetter("cell_contents")
    void setCellContents(Object v) {
        value = v;
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof PyCell c)) {
            return PySingletons.NOT_IMPLEMENTED;
        }
        if (value == null || c.value == null) {
            return PyBool.of(value == c.value);
        }
        return Abstract.richCompare(value, c.value, CompareOp.EQ);
    }

    @PyMethod
    Object __repr__() {
        if (value == null) {
            return PyStr.of("<cell at " + Abstract.idHex(this) + ": empty>");
        }
        return PyStr.of("<cell at " + Abstract.idHex(this) + ": " + Abstract.typeOf(value).messageName()
                + " object at " + Abstract.idHex(value) + ">");
    }
}
