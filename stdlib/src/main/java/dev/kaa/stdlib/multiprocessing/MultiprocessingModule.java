package dev.kaa.stdlib.multiprocessing;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import java.lang.invoke.MethodHandles;

/**
 * {@code _multiprocessing}: {@link SemLock}, the named POSIX semaphore behind
 * {@code multiprocessing}'s locks, semaphores, conditions and events, and {@code sem_unlink}.
 * The semaphores are the C library's ({@code sem_open} and its relatives, through the foreign
 * function API), so another process that opens one by name shares it.
 *
 * <p>Thread safety: stateless; each SemLock is as thread-safe as the C semaphore under it.
 */
public final class MultiprocessingModule implements ExtensionModule {
    @Override public String name() {
        return "_multiprocessing";
    }

    @Override public void initialize(ModuleDefinition m) {
        SemLock.type = m.addType("SemLock", SemLock.class, MethodHandles.lookup(), "Semaphore/Mutex type");
        m.addTypeAttribute(SemLock.type, "SEM_VALUE_MAX", SemLock.SEM_VALUE_MAX);
        m.addFunctions(MultiprocessingModule.class, MethodHandles.lookup());
        Object flags = Py.dict();
        Py.setItem(flags, Py.str("HAVE_SEM_OPEN"), Py.integer(1));
        Py.setItem(flags, Py.str("HAVE_SEM_TIMEDWAIT"), Py.integer(1));
        m.add("flags", flags);
    }

    /** {@code sem_unlink(name, /)}: removes the name; processes that have it open keep it (no docstring, as CPython). */
    @PyMethod
    static void sem_unlink(String name) {
        Semaphores.unlink(name);
    }
}
