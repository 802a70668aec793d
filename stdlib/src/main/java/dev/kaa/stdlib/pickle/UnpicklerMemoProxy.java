package dev.kaa.stdlib.pickle;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code Unpickler.memo}: a view of an unpickler's memo, copied out as {@code {index: obj}}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class UnpicklerMemoProxy extends ExtensionObject {
    static volatile PythonType type;

    private final Unpickler unpickler;

    UnpicklerMemoProxy(Unpickler unpickler) {
        super(type);
        this.unpickler = unpickler;
    }

    Unpickler unpickler() {
        return unpickler;
    }

    @PyMethod(doc = "Remove all items from memo.")
    void clear() {
        unpickler.clearMemo();
    }

    @PyMethod(doc = "Copy the memo to a new object.")
    Object copy() {
        return unpickler.memoCopy();
    }

    @PyMethod(doc = "Implement pickling support.")
    Object __reduce__() {
        return Py.tuple(Py.builtinType("dict"), Py.tuple(unpickler.memoCopy()));
    }
}
