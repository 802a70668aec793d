package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;

/**
 * {@code _sysconfig}: the build variables the interpreter itself reports to {@code sysconfig}.
 * On Linux CPython's has one, {@code Py_GIL_DISABLED} (Windows adds {@code EXT_SUFFIX} and
 * {@code SOABI}, which POSIX systems read from the {@code _sysconfigdata} module); Kaa's value
 * is the one {@link SysconfigData} gives, so the two cannot disagree.
 *
 * <p>Thread safety: stateless; each call makes a new dict.
 */
public final class SysconfigModule {
    private SysconfigModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_sysconfig");
        m.put("__doc__", PyStr.of("The build variables the interpreter reports to sysconfig."));
        Exposer.functions(SysconfigModule.class, MethodHandles.lookup(), "_sysconfig", m).forEach(m::put);
        return m;
    }

    @PyMethod(doc = "A new dict of the build variables the interpreter reports to sysconfig.")
    static Object config_vars() {
        PyDict vars = new PyDict();
        vars.setItem(PyStr.of("Py_GIL_DISABLED"), PyInt.of(SysconfigData.GIL_DISABLED));
        return vars;
    }
}
