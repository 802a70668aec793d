package dev.kaa.vm.modules.random;

import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;

/**
 * {@code _random}: the {@link PyRandom Random} type that {@code random.py} builds on.
 *
 * <p>Thread safety: stateless.
 */
public final class RandomModule {
    private RandomModule() {}

    public static PyModule create() {
        PyModule m = new PyModule("_random");
        m.put("__doc__", PyStr.of("The Mersenne Twister generator behind the random module."));
        m.put("Random", PyRandom.TYPE);
        return m;
    }
}
