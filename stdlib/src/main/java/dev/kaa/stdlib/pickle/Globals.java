package dev.kaa.stdlib.pickle;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;

/**
 * Finding globals by module and qualified name, both ways: where an object lives (pickling)
 * and what a name refers to (unpickling), with the Python 2 name mappings of
 * {@code _compat_pickle}.
 *
 * <p>Thread safety: stateless.
 */
final class Globals {
    private Globals() {}

    /**
     * {@code __import__(name)}, then {@code sys.modules[name]}. Python's {@code __import__}
     * waits for a module another thread is still importing (bpo-34572), where a lookup in
     * {@code sys.modules} alone could find it half made.
     */
    static Object importModule(Object name) {
        Object builtins = Py.importModule("builtins");
        Py.call(Py.getAttr(builtins, "__import__"), name, Py.none(), Py.none(), Py.tuple(), Py.integer(0));
        return Py.getItem(Py.getAttr(Py.importModule("sys"), "modules"), name);
    }

    /** The module {@code obj} belongs to: its {@code __module__}, else the one found holding it. */
    static Object whichModule(Object obj, Object name) {
        if (Py.hasAttr(obj, "__module__")) {
            Object m = Py.getAttr(obj, "__module__");
            if (m != Py.none()) {
                return m;
            }
        }
        Object modules = Py.callMethod(Py.getAttr(Py.importModule("sys"), "modules"), "copy");
        String dotted = Py.asString(name);
        for (Object item : Py.iterate(Py.callMethod(modules, "items"))) {
            Object moduleName = Py.getItem(item, Py.integer(0));
            Object module = Py.getItem(item, Py.integer(1));
            if (module == Py.none() || !Py.isInstance(moduleName, Py.builtinType("str"))) {
                continue;
            }
            String mn = Py.asString(moduleName);
            if (mn.equals("__main__") || mn.equals("__mp_main__")) {
                continue;
            }
            try {
                if (getAttribute(module, dotted)[0] == obj) {
                    return moduleName;
                }
            } catch (PythonException e) {
                if (!e.matches(Py.builtinType("AttributeError"))) {
                    throw e;
                }
            }
        }
        return Py.str("__main__");
    }

    /** The object a dotted name leads to from {@code root}, and its parent: {@code [obj, parent]}. */
    static Object[] getAttribute(Object root, String dotted) {
        Object obj = root, parent = root;
        for (String part : dotted.split("\\.", -1)) {
            if (part.equals("<locals>")) {
                throw Py.error(Py.builtinType("AttributeError"), "Can't get local object '" + dotted + "'");
            }
            parent = obj;
            try {
                obj = Py.getAttr(obj, part);
            } catch (PythonException e) {
                if (!e.matches(Py.builtinType("AttributeError"))) {
                    throw e;
                }
                throw Py.error(Py.builtinType("AttributeError"),
                        "Can't get attribute '" + dotted + "' on " + Py.repr(root));
            }
        }
        return new Object[] {obj, parent};
    }

    /** Python 3's (module, name) as Python 2 spelled it, for protocols 0 to 2. */
    static String[] reverseMapping(String module, String name) {
        Object compat = Py.importModule("_compat_pickle");
        Object key = Py.tuple(Py.str(module), Py.str(name));
        Object names = Py.getAttr(compat, "REVERSE_NAME_MAPPING");
        Object imports = Py.getAttr(compat, "REVERSE_IMPORT_MAPPING");
        if (Py.isTrue(Py.callMethod(names, "__contains__", key))) {
            Object v = Py.getItem(names, key);
            return pairOfStrings(v, "REVERSE_NAME_MAPPING");
        }
        if (Py.isTrue(Py.callMethod(imports, "__contains__", Py.str(module)))) {
            Object v = Py.getItem(imports, Py.str(module));
            if (!Py.isInstance(v, Py.builtinType("str"))) {
                throw Py.error(Py.builtinType("RuntimeError"),
                        "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not " + Py.typeOf(v).name());
            }
            return new String[] {Py.asString(v), name};
        }
        return new String[] {module, name};
    }

    /** Python 2's (module, name) as Python 3 spells it. */
    static Object[] mapping(Object module, Object name) {
        Object compat = Py.importModule("_compat_pickle");
        Object key = Py.tuple(module, name);
        Object names = Py.getAttr(compat, "NAME_MAPPING");
        Object imports = Py.getAttr(compat, "IMPORT_MAPPING");
        if (Py.isTrue(Py.callMethod(names, "__contains__", key))) {
            Object v = Py.getItem(names, key);
            String[] p = pairOfStrings(v, "NAME_MAPPING");
            return new Object[] {Py.str(p[0]), Py.str(p[1])};
        }
        if (Py.isTrue(Py.callMethod(imports, "__contains__", module))) {
            Object v = Py.getItem(imports, module);
            if (!Py.isInstance(v, Py.builtinType("str"))) {
                throw Py.error(Py.builtinType("RuntimeError"),
                        "_compat_pickle.IMPORT_MAPPING values should be strings, not " + Py.typeOf(v).name());
            }
            return new Object[] {v, name};
        }
        return new Object[] {module, name};
    }

    private static String[] pairOfStrings(Object v, String table) {
        if (!Py.isInstance(v, Py.builtinType("tuple")) || Py.len(v) != 2) {
            throw Py.error(Py.builtinType("RuntimeError"),
                    "_compat_pickle." + table + " values should be 2-tuples, not " + Py.typeOf(v).name());
        }
        Object m = Py.getItem(v, Py.integer(0)), n = Py.getItem(v, Py.integer(1));
        if (!Py.isInstance(m, Py.builtinType("str")) || !Py.isInstance(n, Py.builtinType("str"))) {
            throw Py.error(Py.builtinType("RuntimeError"),
                    "_compat_pickle." + table + " values should be pairs of str, not (" + Py.typeOf(m).name() + ", "
                            + Py.typeOf(n).name() + ")");
        }
        return new String[] {Py.asString(m), Py.asString(n)};
    }
}
