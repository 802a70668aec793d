package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;

/**
 * {@code _kaa}: facts about the running Kaa that Python code may ask for (the Java version,
 * whether the standard library came from the jar).
 *
 * <p>Thread safety: stateless.
 */
public final class KaaModule {
    private KaaModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_kaa");
        m.put("__doc__", PyStr.of("Facts about the running Kaa."));
        Exposer.functions(KaaModule.class, MethodHandles.lookup(), "_kaa", m).forEach(m::put);
        return m;
    }

    @PyMethod
    static String java_version() {
        return System.getProperty("java.version");
    }
}
