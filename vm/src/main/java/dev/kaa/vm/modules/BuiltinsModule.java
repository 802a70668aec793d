package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.PySuper;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBool;
import dev.kaa.vm.objects.PyByteArray;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyClassMethod;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyFrozenSet;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMemoryView;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyRange;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PySingletons;
import dev.kaa.vm.objects.PySlice;
import dev.kaa.vm.objects.PyStaticMethod;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;

/**
 * The {@code builtins} module: the built-in types, exceptions, constants and functions, in
 * one namespace.
 *
 * <p>Thread safety: the module is GIL-guarded interpreter state; this class is stateless.
 */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    public static PyModule create(boolean debug) {
        PyModule m = new PyModule("builtins");
        m.put("__doc__", PyStr.of("The names every module sees without importing: built-in functions, types,"
                + " exceptions and constants."));
        m.put("None", PyNone.NONE);
        m.put("Ellipsis", PySingletons.ELLIPSIS);
        m.put("NotImplemented", PySingletons.NOT_IMPLEMENTED);
        m.put("False", PyBool.FALSE);
        m.put("True", PyBool.TRUE);
        m.put("__debug__", PyBool.of(debug));
        for (PyType t : new PyType[] {
            PyType.OBJECT, PyType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, dev.kaa.vm.objects.PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, PyTuple.TYPE, PyList.TYPE, PyDict.TYPE,
            PySet.TYPE, PyFrozenSet.TYPE, PyRange.TYPE, PySlice.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE,
            PySuper.TYPE,
        }) {
            if (t != null) {
                m.put(t.name(), t);
            }
        }
        BuiltinFunctions.types().forEach(m::put);
        for (PyType e : Exceptions.all()) {
            m.put(e.name(), e);
        }
        m.put("EnvironmentError", Exceptions.OSError);
        m.put("IOError", Exceptions.OSError);
        BuiltinFunctions.functions(m).forEach(m::put);
        VmBuiltins.functions(m).forEach(m::put);
        return m;
    }
}
