package dev.kaa.stdlib.pickle;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;

/**
 * {@code Pickler.memo}: a view of a pickler's memo, copied out as {@code {id(obj): (index, obj)}}.
 *
 * <p>Thread safety: GIL-guarded.
 */
public final class PicklerMemoProxy extends ExtensionObject {
    static volatile PythonType type;

    private final Pickler pickler;

    PicklerMemoProxy(Pickler pickler) {
        super(type);
        this.pickler = pickler;
    }

    Pickler pickler() {
        return pickler;
    }

    @PyMethod(doc = "Remove all items from memo.")
    void clear() {
        pickler.clearMemo();
    }

    @PyMethod(doc = "Copy the memo to a new object.")
    Object copy() {
        return pickler.memoCopy();
    }

    @PyMethod(doc = "Implement pickle support.")
    Object __reduce__() {
        return Py.tuple(Py.builtinType("dict"), Py.tuple(pickler.memoCopy()));
    }
}
