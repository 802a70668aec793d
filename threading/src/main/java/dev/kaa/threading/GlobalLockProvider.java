package dev.kaa.threading;

import java.util.ServiceLoader;

/**
 * Makes global interpreter locks of one kind, found by {@link #name()} with
 * {@link ServiceLoader}: Kaa's own is {@code "gil"}, CPython's design.
 *
 * <p>Thread safety: implementations are stateless and thread-safe.
 */
public interface GlobalLockProvider {
    /** The name a configuration selects this kind by. */
    String name();

    /** A new lock for one interpreter, nobody holding it. */
    GlobalLock create(GlobalLock.Hooks hooks);

    /** The provider called {@code name} on the module path; {@code IllegalArgumentException} if none. */
    static GlobalLockProvider named(String name) {
        for (GlobalLockProvider p : ServiceLoader.load(GlobalLockProvider.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        for (GlobalLockProvider p : ServiceLoader.load(GlobalLockProvider.class,
                GlobalLockProvider.class.getClassLoader())) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no global interpreter lock named '" + name + "'");
    }
}
