package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What {@code posix} keeps per interpreter ({@link Runtime}): the current directory, the table
 * of file descriptors, the umask, and the environment changes recorded for child processes.
 *
 * <p>The JVM cannot change its own working directory, umask or environment. So
 * {@code os.chdir} changes only this interpreter's idea of the current directory, against which
 * every relative path the module receives is resolved; {@code os.putenv}/{@code os.unsetenv}
 * record changes that child processes started by Kaa will receive.
 *
 * <p>Thread safety: GIL-guarded (the map of states is synchronized).
 */
final class PosixState {
    private static final Map<Runtime, PosixState> STATES = Collections.synchronizedMap(new WeakHashMap<>());

    /** The current directory: absolute and normalised. */
    Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    final PosixFdTable fds = new PosixFdTable();
    /** The umask os.umask set, or -1 while it is the process's own (read from /proc). */
    int umask = -1;
    /** putenv/unsetenv since start: name to value, null for unset. */
    final Map<String, String> envChanges = new LinkedHashMap<>();
    /** The child processes started and not yet reaped ({@code _posixsubprocess}, {@code waitpid}). */
    final PosixChildren children = new PosixChildren();

    /** The state of the calling thread's interpreter. */
    static PosixState current() {
        ThreadState ts = ThreadState.currentOrNull();
        Runtime rt = ts == null ? null : ts.runtime;
        if (rt == null) {
            return FALLBACK.get();
        }
        return STATES.computeIfAbsent(rt, k -> new PosixState());
    }

    /**
     * Makes interpreter {@code child} share {@code parent}'s state: a sub-interpreter
     * ({@code _interpreters.create}) lives in the same process as its creator, so it sees the
     * same descriptors, current directory and environment, as in CPython. The shared table
     * stays GIL-guarded per interpreter only: interpreters that use descriptors at the same time
     * from different threads are not yet kept apart.
     */
    static void share(Runtime parent, Runtime child) {
        STATES.put(child, STATES.computeIfAbsent(parent, k -> new PosixState()));
    }

    // Java code calling posix outside any interpreter (unit tests of helpers) gets a private state.
    private static final ThreadLocal<PosixState> FALLBACK = ThreadLocal.withInitial(PosixState::new);

    /** {@code path} resolved against the current directory. */
    Path resolve(Path path) {
        return path.isAbsolute() ? path : cwd.resolve(path);
    }

    /** The process's umask, from {@code /proc/self/status} (Linux), else 022. */
    int umask() {
        if (umask >= 0) {
            return umask;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Umask:")) {
                    return Integer.parseInt(line.substring(6).trim(), 8);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not Linux: assume the usual default.
        }
        return 022;
    }

    /** True when os.umask set a mask other than the process's, so creation must apply it itself. */
    boolean umaskOverridden() {
        return umask >= 0;
    }
}
