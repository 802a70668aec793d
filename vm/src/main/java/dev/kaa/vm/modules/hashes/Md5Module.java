package dev.kaa.vm.modules.hashes;

import dev.kaa.vm.modules.hashes.HashObject.Algorithm;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import java.lang.invoke.MethodHandles;

/**
 * {@code _md5}: MD5 on the JDK's digest.
 *
 * <p>Thread safety: stateless.
 */
public final class Md5Module {
    private Md5Module() {}

    static final Algorithm MD5 = Sha2Module.algorithm("_md5.md5", "md5", 16, 64, "MD5");

    public static PyModule create() {
        PyModule m = new PyModule("_md5");
        Exposer.functions(Md5Module.class, MethodHandles.lookup(), "_md5", m).forEach(m::put);
        m.put("MD5Type", MD5.type());
        return m;
    }

    @PyMethod(doc = "Start an MD5 hash, first fed with the given data if any.")
    static Object md5(Object[] args, String[] kwnames) {
        return HashObject.create(MD5, HashArgs.data("md5", args, kwnames));
    }
}
