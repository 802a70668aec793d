package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.Slot;
import dev.kaa.vm.objects.StructSeq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code posix} functions about the process and the system: ids, the environment,
 * {@code uname}, {@code times}, {@code kill}, {@code umask}, {@code urandom}, the wait-status
 * helpers. Values the JDK does not give are read from Linux's {@code /proc}.
 *
 * <p>What the JVM cannot do: {@code fork} raises {@code OSError}; {@code putenv} and
 * {@code unsetenv} cannot change the JVM's own environment, so they are recorded for the child
 * processes Kaa starts ({@link PosixState#envChanges}). {@code kill} of a child Kaa started
 * ({@link PosixChildren}) records the signal, so that the child's end by it is reported as such.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixProcess {
    private PosixProcess() {}

    static final StructSeq.Kind UNAME_RESULT = StructSeq.newType("posix", "uname_result",
            new String[] {"sysname", "nodename", "release", "version", "machine"}, 5);
    static final StructSeq.Kind TIMES_RESULT = StructSeq.newType("posix", "times_result",
            new String[] {"user", "system", "children_user", "children_system", "elapsed"}, 5);
    static final StructSeq.Kind TERMINAL_SIZE = StructSeq.newType("os", "terminal_size",
            new String[] {"columns", "lines"}, 2);

    private static final SecureRandom RANDOM = new SecureRandom();

    @PyMethod(doc = "This process's id.")
    static long getpid() {
        return ProcessHandle.current().pid();
    }

    @PyMethod(doc = "The process id of this process's parent.")
    static long getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** Field {@code index} (0 real, 1 effective) of the "Uid:"/"Gid:" line of /proc/self/status. */
    private static long procId(String key, int index) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[index]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Fall through to the owner of the process's /proc entry.
        }
        try {
            Object v = Files.getAttribute(Path.of("/proc/self"), key.startsWith("Uid") ? "unix:uid" : "unix:gid");
            return ((Number) v).longValue();
        } catch (IOException | RuntimeException e) {
            throw PosixErrors.error(PosixErrors.ENOSYS, null);
        }
    }

    @PyMethod(doc = "This process's real user id.")
    static long getuid() {
        return procId("Uid:", 0);
    }

    @PyMethod(doc = "This process's effective user id.")
    static long geteuid() {
        return procId("Uid:", 1);
    }

    @PyMethod(doc = "This process's real group id.")
    static long getgid() {
        return procId("Gid:", 0);
    }

    @PyMethod(doc = "This process's effective group id.")
    static long getegid() {
        return procId("Gid:", 1);
    }

    @PyMethod(doc = "The name of the user logged in on the controlling terminal.")
    static Object getlogin() {
        // glibc reads the audit login uid; unset (-1) means no login session: ENXIO.
        long uid;
        try {
            uid = Long.parseLong(Files.readString(Path.of("/proc/self/loginuid")).trim());
        } catch (IOException | RuntimeException e) {
            throw PosixErrors.error(6, null);
        }
        if (uid == 4294967295L) {
            throw PosixErrors.error(6, null);
        }
        try {
            for (String line : Files.readAllLines(Path.of("/etc/passwd"))) {
                String[] f = line.split(":");
                if (f.length > 2 && f[2].equals(Long.toString(uid))) {
                    return PyStr.of(f[0]);
                }
            }
        } catch (IOException e) {
            // No user database: fall through.
        }
        throw PosixErrors.error(6, null);
    }

    /** Field {@code index} (1-based after the command name, as in proc(5)) of /proc/PID/stat; ESRCH if none. */
    private static long procStat(long pid, int field) {
        String stat;
        try {
            stat = Files.readString(Path.of("/proc/" + (pid == 0 ? "self" : Long.toString(pid)) + "/stat"));
        } catch (IOException | RuntimeException e) {
            throw PosixErrors.error(PosixErrors.ESRCH, null);
        }
        // The command name is in parentheses and may hold spaces: count fields after it.
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[field - 3]);
    }

    @PyMethod(doc = "This process's process group id.")
    static long getpgrp() {
        return procStat(0, 5);
    }

    @PyMethod(doc = "The process group id of process pid.")
    static long getpgid(long pid) {
        return procStat(pid, 5);
    }

    @PyMethod(doc = "The session id of process pid.")
    static long getsid(long pid) {
        return procStat(pid, 6);
    }

    @PyMethod(doc = "The supplementary group ids of this process.")
    static Object getgroups() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Groups:")) {
                    String rest = line.substring(7).trim();
                    if (rest.isEmpty()) {
                        return new dev.kaa.vm.objects.PyList(new Object[0]);
                    }
                    String[] ids = rest.split("\\s+");
                    Object[] out = new Object[ids.length];
                    for (int i = 0; i < ids.length; i++) {
                        out[i] = PyInt.of(Long.parseLong(ids[i]));
                    }
                    return new dev.kaa.vm.objects.PyList(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux.
        }
        throw PosixErrors.error(PosixErrors.ENOSYS, null);
    }

    @PyMethod(doc = "The device path of the terminal open on fd.")
    static Object ttyname(int fd) {
        PosixFdTable.Handle h = PosixState.current().fds.get(fd);
        if (!h.isatty()) {
            throw PosixErrors.error(PosixErrors.ENOTTY, null);
        }
        try {
            return PyStr.of(Files.readSymbolicLink(Path.of("/proc/self/fd/" + h.nativeDescriptor())).toString());
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(doc = "Let other threads or processes run first.")
    static void sched_yield() {
        Thread.yield();
    }

    @PyMethod(doc = "The system's message text for an errno value.")
    static String strerror(int code) {
        return PosixErrors.strerror(code);
    }

    @PyMethod(positionalOnly = 0, doc = "str and bytes pass through; other objects give their __fspath__() result.")
    static Object fspath(Object path) {
        return PosixPaths.fspath(path);
    }

    @PyMethod(doc = "size bytes from the system's secure random source.")
    static Object urandom(long size) {
        if (size < 0) {
            throw PyErr.valueError("negative argument not allowed");
        }
        byte[] b = new byte[(int) Math.min(size, Integer.MAX_VALUE - 8)];
        RANDOM.nextBytes(b);
        return new PyBytes(b);
    }

    @PyMethod(positionalOnly = 0, doc = "Obtain a series of random bytes (flags: GRND_NONBLOCK, GRND_RANDOM), from\n"
            + "the same source as urandom: the kernel's random pool, through the JDK.")
    static Object getrandom(long size, @Opt("0") int flags) {
        if (size < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        return urandom(size);
    }

    private static String proc(String file, String otherwise) {
        try {
            return Files.readString(Path.of(file)).trim();
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
    }

    @PyMethod(doc = "Names of the running system: sysname, nodename, release, version, machine.")
    static Object uname() {
        String arch = System.getProperty("os.arch", "");
        String machine = proc("/proc/sys/kernel/arch", arch.equals("amd64") ? "x86_64" : arch);
        String node = proc("/proc/sys/kernel/hostname", "");
        if (node.isEmpty()) {
            try {
                node = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException e) {
                node = "localhost";
            }
        }
        return UNAME_RESULT.make(PyStr.of(System.getProperty("os.name", "Linux")), PyStr.of(node),
                PyStr.of(proc("/proc/sys/kernel/osrelease", System.getProperty("os.version", ""))),
                PyStr.of(proc("/proc/sys/kernel/version", "")), PyStr.of(machine));
    }

    @PyMethod(doc = "CPU times of this process and its waited-for children, and elapsed real time.")
    static Object times() {
        // /proc/self/stat fields 14-17: utime, stime, cutime, cstime in clock ticks (USER_HZ = 100).
        double hz = 100.0;
        double[] t = new double[4];
        String stat = proc("/proc/self/stat", "");
        int close = stat.lastIndexOf(')');
        if (close > 0) {
            String[] f = stat.substring(close + 2).split(" ");
            for (int i = 0; i < 4 && 11 + i < f.length; i++) {
                t[i] = Long.parseLong(f[11 + i]) / hz;
            }
        } else {
            t[0] = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(0.0);
        }
        String up = proc("/proc/uptime", "");
        double elapsed = up.isEmpty() ? System.nanoTime() / 1e9 : Double.parseDouble(up.split(" ")[0]);
        return TIMES_RESULT.make(new PyFloat(t[0]), new PyFloat(t[1]), new PyFloat(t[2]), new PyFloat(t[3]),
                new PyFloat(elapsed));
    }

    @PyMethod(doc = "How many logical CPUs the machine has, or None if unknown.")
    static Object cpu_count() {
        String online = proc("/sys/devices/system/cpu/online", "");
        if (!online.isEmpty()) {
            try {
                int n = 0;
                for (String range : online.split(",")) {
                    int dash = range.indexOf('-');
                    n += dash < 0 ? 1 : Integer.parseInt(range.substring(dash + 1)) - Integer.parseInt(range.substring(0, dash)) + 1;
                }
                return PyInt.of(n);
            } catch (NumberFormatException e) {
                // Fall back to the JVM's count.
            }
        }
        return PyInt.of(java.lang.Runtime.getRuntime().availableProcessors());
    }

    @PyMethod(doc = "The run-queue lengths averaged over the last 1, 5 and 15 minutes.")
    static Object getloadavg() {
        String s = proc("/proc/loadavg", "");
        if (s.isEmpty()) {
            throw PyErr.format(dev.kaa.vm.objects.Exceptions.OSError, "Load averages are unobtainable");
        }
        String[] f = s.split(" ");
        return PyTuple.of(new PyFloat(Double.parseDouble(f[0])), new PyFloat(Double.parseDouble(f[1])),
                new PyFloat(Double.parseDouble(f[2])));
    }

    @PyMethod(doc = "The terminal's width and height on fd, as terminal_size(columns, lines).")
    static Object get_terminal_size(@Opt("1") int fd) {
        PosixFdTable t = PosixState.current().fds;
        if (!t.isOpen(fd)) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        }
        if (!t.get(fd).isatty()) {
            throw PosixErrors.error(PosixErrors.ENOTTY, null);
        }
        // The JDK has no TIOCGWINSZ: stty asks the same terminal.
        try {
            Process p = new ProcessBuilder("stty", "size")
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/proc/self/fd/" + fd)))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            p.waitFor();
            String[] rc = out.split(" ");
            return TERMINAL_SIZE.make(PyInt.of(Long.parseLong(rc[1])), PyInt.of(Long.parseLong(rc[0])));
        } catch (IOException | RuntimeException e) {
            throw PosixErrors.error(PosixErrors.ENOTTY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(4, null);
        }
    }

    @PyMethod(doc = "Install mask as the file-creation mask; gives the mask that was in force.")
    static int umask(int mask) {
        PosixState st = PosixState.current();
        int old = st.umask();
        st.umask = mask & 0777;
        return old;
    }

    @PyMethod(doc = "Send signal sig to process pid.")
    static void kill(long pid, int signal) {
        PosixChild child = PosixState.current().children.signalled(pid, signal);
        if (child != null) {
            // A child Kaa started: one that ended and is not reaped is a zombie, which takes any signal.
            if (signal == 0 || child.ended()) {
                return;
            }
            if (signal == 15) {
                child.process.destroy();
                return;
            } else if (signal == 9) {
                child.process.destroyForcibly();
                return;
            }
        }
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (signal == 0) {
            if (h.isEmpty()) {
                throw PosixErrors.error(PosixErrors.ESRCH, null);
            }
            return;
        }
        if (pid == getpid()) {
            // To this process: delivered, and its Python handler run, before kill returns.
            dev.kaa.vm.modules.signal.SignalModule.sendToSelf(signal);
            return;
        }
        if (h.isPresent() && (signal == 15 || signal == 9)) {
            boolean sent = signal == 15 ? h.get().destroy() : h.get().destroyForcibly();
            if (!sent) {
                throw PosixErrors.error(PosixErrors.EPERM, null);
            }
            return;
        }
        // Other signals (and signals to this process) go through kill(1).
        try {
            Process p = new ProcessBuilder("kill", "-s", Integer.toString(signal), Long.toString(pid))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw PosixErrors.error(out.contains("No such process") ? PosixErrors.ESRCH
                        : out.contains("ermitted") ? PosixErrors.EPERM : PosixErrors.EINVAL, null);
            }
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(4, null);
        }
    }

    @PyMethod(doc = "Run command with /bin/sh and wait; gives its wait status.")
    static long system(Object command) {
        String cmd = command instanceof PyBytes b ? new String(b.data(), StandardCharsets.UTF_8)
                : Abstract.str(PosixPaths.fspath(command)).value();
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", cmd).inheritIO()
                .directory(PosixState.current().cwd.toFile());
        applyEnvironment(pb.environment());
        try {
            int code = pb.start().waitFor();
            return (long) (code & 0xff) << 8;
        } catch (IOException e) {
            return 127 << 8;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PosixErrors.error(4, null);
        }
    }

    /** Applies the putenv/unsetenv changes of this interpreter to a child's environment. */
    static void applyEnvironment(Map<String, String> env) {
        for (Map.Entry<String, String> e : PosixState.current().envChanges.entrySet()) {
            if (e.getValue() == null) {
                env.remove(e.getKey());
            } else {
                env.put(e.getKey(), e.getValue());
            }
        }
    }

    /** A putenv/unsetenv argument as text, with CPython's checks. */
    private static String envText(Object o, boolean name) {
        byte[] b;
        if (o instanceof PyBytes pb) {
            b = pb.data();
        } else if (o instanceof PyStr || Abstract.typeOf(o).lookup("__fspath__") != null) {
            Object v = PosixPaths.fspath(o);
            b = v instanceof PyBytes vb ? vb.data() : ((PyStr) v).value().getBytes(StandardCharsets.UTF_8);
        } else {
            throw PyErr.typeError("expected str, bytes or os.PathLike object, not %T", o);
        }
        for (byte x : b) {
            if (x == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        String s = new String(b, StandardCharsets.UTF_8);
        if (name && (s.isEmpty() || s.indexOf('=') >= 0)) {
            if (s.indexOf('=') > 0) {
                throw PyErr.valueError("illegal environment variable name");
            }
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        return s;
    }

    @PyMethod(doc = "Set an environment variable.\n"
            + "\n"
            + "Kaa records the change for the child processes it starts: the JVM cannot change its own environment.")
    static void putenv(Object name, Object value) {
        String n = envText(name, true);
        PosixState.current().envChanges.put(n, envText(value, false));
    }

    @PyMethod(doc = "Remove an environment variable.\n"
            + "\n"
            + "Kaa records the change for the child processes it starts: the JVM cannot change its own environment.")
    static void unsetenv(Object name) {
        String n = envText(name, false);
        if (n.isEmpty() || n.indexOf('=') >= 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        PosixState.current().envChanges.put(n, null);
    }

    @PyMethod(doc = "Take callables to run around fork() (keywords before, after_in_parent, after_in_child).\n"
            + "\n"
            + "Kaa accepts them but never calls them: the JVM cannot fork.")
    static void register_at_fork(Object[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        if (args.length > nk) {
            throw PyErr.typeError("register_at_fork() takes no positional arguments");
        }
        if (nk == 0) {
            throw PyErr.typeError("At least one argument is required.");
        }
        int base = args.length - nk;
        for (int i = 0; i < nk; i++) {
            String k = kwnames[i];
            if (!k.equals("before") && !k.equals("after_in_child") && !k.equals("after_in_parent")) {
                throw PyErr.typeError("register_at_fork() got an unexpected keyword argument '%s'", k);
            }
            Object v = args[base + i];
            if (v != PyNone.NONE && Abstract.typeOf(v).slot(Slot.__call__) == null) {
                throw PyErr.typeError("'%s' must be callable, not %T", k, v);
            }
        }
    }

    @PyMethod(doc = "Fork a child process.\n\nKaa runs on the JVM, which cannot fork: this always raises OSError.")
    static Object fork() {
        throw PyErr.withArgs(dev.kaa.vm.objects.Exceptions.OSError, PyInt.of(PosixErrors.ENOSYS),
                PyStr.of("fork() is not supported: Kaa runs on the JVM, which cannot fork"));
    }

    @PyMethod(value = "_exit", doc = "End the process at once with the given status,"
            + " skipping cleanup and buffer flushing.")
    static void exitNow(int status) {
        System.out.flush();
        java.lang.Runtime.getRuntime().halt(status);
    }

    @PyMethod(doc = "Kill this process at once with SIGABRT (no cleanup).")
    static void abort() {
        java.lang.Runtime.getRuntime().halt(134);
    }

    // ---- wait status (Linux's encoding)

    @PyMethod(positionalOnly = 0, doc = "Whether the wait status says the process exited normally.")
    static boolean WIFEXITED(int status) {
        return (status & 0x7f) == 0;
    }

    @PyMethod(positionalOnly = 0, doc = "The exit code carried by a wait status.")
    static int WEXITSTATUS(int status) {
        return (status >> 8) & 0xff;
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the wait status says a signal killed the process.")
    static boolean WIFSIGNALED(int status) {
        return ((byte) ((status & 0x7f) + 1) >> 1) > 0;
    }

    @PyMethod(positionalOnly = 0, doc = "The signal number that killed the process, from a wait status.")
    static int WTERMSIG(int status) {
        return status & 0x7f;
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the wait status says the process is stopped.")
    static boolean WIFSTOPPED(int status) {
        return (status & 0xff) == 0x7f;
    }

    @PyMethod(positionalOnly = 0, doc = "The signal number that stopped the process, from a wait status.")
    static int WSTOPSIG(int status) {
        return (status >> 8) & 0xff;
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the wait status says the process was resumed after a stop.")
    static boolean WIFCONTINUED(int status) {
        return status == 0xffff;
    }

    @PyMethod(positionalOnly = 0, doc = "Whether the wait status says the process left a core dump.")
    static boolean WCOREDUMP(int status) {
        return (status & 0x80) != 0;
    }

    @PyMethod(positionalOnly = 0, doc = "Turn a status from wait() into an exit code (minus the signal number if"
            + " killed).")
    static int waitstatus_to_exitcode(int status) {
        if (WIFEXITED(status)) {
            return WEXITSTATUS(status);
        }
        if (WIFSIGNALED(status)) {
            return -WTERMSIG(status);
        }
        if (WIFSTOPPED(status)) {
            throw PyErr.valueError("process stopped by delivery of signal %d", WSTOPSIG(status));
        }
        throw PyErr.valueError("invalid wait status: %d", status);
    }

    /** {@code posix.environ}: bytes to bytes, in the order the process received them. */
    static Object environ() {
        dev.kaa.vm.objects.PyDict d = new dev.kaa.vm.objects.PyDict();
        byte[] raw = null;
        try {
            raw = Files.readAllBytes(Path.of("/proc/self/environ"));
        } catch (IOException | RuntimeException e) {
            // Not Linux: the JDK's map, in its own order.
        }
        if (raw != null) {
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    putEntry(d, java.util.Arrays.copyOfRange(raw, start, i));
                    start = i + 1;
                }
            }
        } else {
            for (Map.Entry<String, String> e : System.getenv().entrySet()) {
                d.setItem(new PyBytes(e.getKey().getBytes(StandardCharsets.UTF_8)),
                        new PyBytes(e.getValue().getBytes(StandardCharsets.UTF_8)));
            }
        }
        return d;
    }

    private static void putEntry(dev.kaa.vm.objects.PyDict d, byte[] entry) {
        // As CPython: the first '=' after the first character splits name and value.
        for (int j = 1; j < entry.length; j++) {
            if (entry[j] == '=') {
                PyBytes k = new PyBytes(java.util.Arrays.copyOfRange(entry, 0, j));
                if (d.getItem(k) == null) {
                    d.setItem(k, new PyBytes(java.util.Arrays.copyOfRange(entry, j + 1, entry.length)));
                }
                return;
            }
        }
    }

}
