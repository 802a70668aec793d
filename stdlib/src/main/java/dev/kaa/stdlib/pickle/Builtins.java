package dev.kaa.stdlib.pickle;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonType;

/**
 * The built-in types the pickler dispatches on, looked up once per pickler.
 *
 * <p>Thread safety: immutable.
 */
final class Builtins {
    final PythonType bool, int_, float_, bytes, bytearray, str, tuple, list, dict, set, frozenset, type;
    final Object function, noneType, ellipsisType, ellipsis;
    /** An object no Python code holds: a lookup's "not found". */
    final Object marker;

    private Builtins() {
        bool = Py.builtinType("bool");
        int_ = Py.builtinType("int");
        float_ = Py.builtinType("float");
        bytes = Py.builtinType("bytes");
        bytearray = Py.builtinType("bytearray");
        str = Py.builtinType("str");
        tuple = Py.builtinType("tuple");
        list = Py.builtinType("list");
        dict = Py.builtinType("dict");
        set = Py.builtinType("set");
        frozenset = Py.builtinType("frozenset");
        type = Py.builtinType("type");
        Object types = Py.importModule("types");
        function = Py.getAttr(types, "FunctionType");
        noneType = Py.typeOf(Py.none());
        ellipsis = Py.getAttr(Py.importModule("builtins"), "Ellipsis");
        ellipsisType = Py.typeOf(ellipsis);
        marker = Py.call(Py.builtinType("object"));
    }

    static Builtins get() {
        return new Builtins();
    }
}
