package dev.kaa.vm.modules;

import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code _sysconfigdata__linux_x86_64-linux-gnu}: the build-time configuration {@code sysconfig}
 * reads ({@code build_time_vars}). CPython's is generated from its C build (a thousand Makefile
 * variables); Kaa has no C build, so it answers the variables that describe the interpreter
 * itself (version, ABI tag, platform, extension suffix, whether it is a debug or free-threaded
 * build), and {@code sysconfig.get_config_var} gives None for the compiler and linker ones.
 *
 * <p>Thread safety: the module is made once per interpreter.
 */
public final class SysconfigData {
    private SysconfigData() {}

    /** The module's name as {@code sysconfig._get_sysconfigdata_name()} computes it on Kaa. */
    public static final String NAME = "_sysconfigdata__linux_x86_64-linux-gnu";

    /**
     * {@code Py_GIL_DISABLED}: 0, as {@code sys.abiflags} has no "t". Kaa's one build runs with
     * a GIL or without one as it is started ({@code sys._is_gil_enabled()} says which), as a
     * CPython build with the GIL is not free-threaded whatever it is started with.
     */
    static final int GIL_DISABLED = 0;

    public static PyModule create() {
        PyModule m = new PyModule(NAME);
        PyDict vars = new PyDict();
        put(vars, "ABIFLAGS", "");
        put(vars, "SOABI", "kaa-313-x86_64-linux-gnu");
        put(vars, "EXT_SUFFIX", ".kaa-313-x86_64-linux-gnu.so");
        put(vars, "SHLIB_SUFFIX", ".so");
        put(vars, "VERSION", "3.13");
        put(vars, "MULTIARCH", "x86_64-linux-gnu");
        put(vars, "HOST_GNU_TYPE", "x86_64-pc-linux-gnu");
        put(vars, "MACHDEP", "linux");
        put(vars, "Py_DEBUG", 0);
        put(vars, "Py_ENABLE_SHARED", 0);
        put(vars, "Py_GIL_DISABLED", GIL_DISABLED);
        put(vars, "WITH_DOC_STRINGS", 1);
        put(vars, "SIZEOF_VOID_P", 8);
        put(vars, "SIZEOF_LONG", 8);
        put(vars, "SIZEOF_SIZE_T", 8);
        // CPython's configure default (--with-tzpath), where zoneinfo looks for zone files.
        put(vars, "TZPATH", "/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo");
        m.put("build_time_vars", vars);
        return m;
    }

    private static void put(PyDict d, String key, Object value) {
        d.setItem(PyStr.of(key), value instanceof Integer i ? PyInt.of(i) : PyStr.of((String) value));
    }
}
