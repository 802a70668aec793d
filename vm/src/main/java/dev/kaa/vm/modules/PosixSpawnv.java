package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyTuple;

/**
 * {@code os.spawnv}, {@code spawnve}, {@code spawnvp} and {@code spawnvpe}. CPython on Linux writes
 * them in {@code os.py} over {@code fork} and {@code exec*}, which the JVM has not; Kaa gives them
 * to {@code posix} instead, over {@link PosixChildSpawn}, with the behaviour of that Python code:
 * {@code P_WAIT} gives the exit code (or minus the signal number), {@code P_NOWAIT} the child's pid,
 * and a program that cannot be started gives exit code 127 as the forked child's {@code _exit(127)}
 * does. {@code os.py} builds {@code spawnl*} on these.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixSpawnv {
    private PosixSpawnv() {}

    static final int P_WAIT = 0, P_NOWAIT = 1;

    @PyMethod(doc = "Run file with arguments args as a new process; with P_WAIT gives its exit code,\n"
            + "with P_NOWAIT its pid.")
    static Object spawnv(int mode, Object file, Object args) {
        return run("spawnv", false, mode, file, args, PyNone.NONE);
    }

    @PyMethod(doc = "Run file with arguments args and environment env as a new process; with P_WAIT\n"
            + "gives its exit code, with P_NOWAIT its pid.")
    static Object spawnve(int mode, Object file, Object args, Object env) {
        return run("spawnve", false, mode, file, args, env);
    }

    @PyMethod(doc = "As spawnv, looking file up in the PATH.")
    static Object spawnvp(int mode, Object file, Object args) {
        return run("spawnvp", true, mode, file, args, PyNone.NONE);
    }

    @PyMethod(doc = "As spawnve, looking file up in the PATH.")
    static Object spawnvpe(int mode, Object file, Object args, Object env) {
        return run("spawnvpe", true, mode, file, args, env);
    }

    private static Object run(String func, boolean search, int mode, Object file, Object args, Object env) {
        if (!(args instanceof PyTuple) && !(args instanceof PyList)) {
            throw PyErr.typeError("argv must be a tuple or a list");
        }
        Object[] items = args instanceof PyTuple t ? t.items() : ((PyList) args).toArray();
        if (items.length == 0 || !Abstract.isTrue(items[0])) {
            throw PyErr.valueError("argv first element cannot be empty");
        }
        long pid;
        try {
            pid = Abstract.asLong(PosixChildSpawn.spawn(func, search, file, args, env, null, null, false, false,
                    null, null, null));
        } catch (PyException e) {
            if (mode != P_NOWAIT && e.matches(Exceptions.OSError)) {
                return PyInt.of(127);
            }
            throw e;
        }
        if (mode == P_NOWAIT) {
            return PyInt.of(pid);
        }
        PyTuple r = (PyTuple) PosixChildren.waitpid(pid, 0);
        return PyInt.of(PosixProcess.waitstatus_to_exitcode((int) Abstract.asLong(r.items()[1])));
    }
}
