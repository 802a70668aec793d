package dev.kaa.stdlib.posixshmem;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import java.lang.invoke.MethodHandles;

/**
 * {@code _posixshmem}: POSIX shared memory objects, for {@code multiprocessing.shared_memory}.
 * On Linux the C library's {@code shm_open} and {@code shm_unlink} are {@code open} and
 * {@code unlink} of a file under {@code /dev/shm}, named after the object with its leading
 * slashes dropped; this module does the same through {@code os.open} and {@code os.unlink}, so
 * the descriptor it returns is one of Kaa's own, usable with {@code os.ftruncate},
 * {@code mmap} and {@code os.close} like any other. The name checks and error numbers are
 * glibc's, and errors name the path as given, as CPython's do.
 *
 * <p>Thread safety: stateless.
 */
public final class PosixShmemModule implements ExtensionModule {
    private static final String SHM_DIRECTORY = "/dev/shm/";
    /** The longest name glibc accepts: its buffer holds the directory, "sem.", NAME_MAX and a NUL. */
    private static final int LONGEST_NAME = 260;
    private static final int ENOENT = 2;
    private static final int EINVAL = 22;

    @Override public String name() {
        return "_posixshmem";
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("POSIX shared memory objects: shm_open and shm_unlink.");
        m.addFunctions(PosixShmemModule.class, MethodHandles.lookup());
    }

    @PyMethod(positionalOnly = 0, doc = "shm_open($module, /, path, flags, mode=511)\n--\n\n"
            + "Opens (with O_CREAT, makes) the shared memory object path, as os.open opens a file with\n"
            + "flags and mode; returns its file descriptor.")
    static int shm_open(Object path, int flags, @Opt("511") int mode) {
        String file = fileOf("shm_open", path, EINVAL);
        Object posix = Py.importModule("posix");
        long all = flags | Py.asLong(Py.getAttr(posix, "O_NOFOLLOW")) | Py.asLong(Py.getAttr(posix, "O_CLOEXEC"));
        try {
            return (int) Py.asLong(Py.callMethod(posix, "open", Py.str(file), Py.integer(all), Py.integer(mode)));
        } catch (PythonException e) {
            throw renamed(e, path);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "shm_unlink($module, /, path)\n--\n\n"
            + "Removes the name of the shared memory object path; the memory goes once no process\n"
            + "maps it.")
    static void shm_unlink(Object path) {
        String file = fileOf("shm_unlink", path, ENOENT);
        try {
            Py.callMethod(Py.importModule("posix"), "unlink", Py.str(file));
        } catch (PythonException e) {
            throw renamed(e, path);
        }
    }

    /**
     * The file under /dev/shm for the object's name, after glibc's checks: the name without its
     * leading slashes must be non-empty, hold no other slash and not be too long, else the call
     * fails with {@code badName} (glibc's shm_open says EINVAL, its shm_unlink ENOENT).
     */
    private static String fileOf(String function, Object path, int badName) {
        if (!Py.isInstance(path, Py.builtinType("str"))) {
            throw Py.typeError(function + "() argument 1 must be str, not " + Py.typeOf(path).name());
        }
        byte[] utf8 = Py.asBytes(Py.callMethod(path, "encode", Py.str("utf-8")));
        for (byte b : utf8) {
            if (b == 0) {
                throw Py.valueError("embedded null character");
            }
        }
        String name = Py.asString(path);
        int start = 0;
        while (start < name.length() && name.charAt(start) == '/') {
            start++;
        }
        name = name.substring(start);
        if (name.isEmpty() || name.indexOf('/') >= 0) {
            throw Py.osError(badName, path);
        }
        if (utf8.length - start > LONGEST_NAME) {
            throw Py.osError(badName, path);
        }
        return SHM_DIRECTORY + name;
    }

    /** An OSError from os.open or os.unlink, naming the object's path instead of the file's. */
    private static PythonException renamed(PythonException e, Object path) {
        if (!e.matches(Py.builtinType("OSError"))) {
            return e;
        }
        Object errno = Py.getAttr(e.value(), "errno");
        return errno == Py.none() ? e : Py.osError((int) Py.asLong(errno), path);
    }
}
