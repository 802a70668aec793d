package dev.kaa.vm.modules;

import dev.kaa.threading.GlobalLock;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the child {@code fork_exec} describes with {@link ProcessBuilder}: checks the working
 * directory and finds the program as the C child would ({@code chdir}, then {@code execve} of
 * each candidate), so that a failure raises CPython's {@code OSError}; connects the child's
 * standard streams to Kaa's descriptors; records the child for {@code waitpid}.
 *
 * <p>Standard streams: a descriptor that is the process's own stream of the same number is
 * inherited; {@code /dev/null} is given as such; a terminal Kaa opened (a pty's slave) is opened
 * anew by the child's shell step; stderr that is the same open file as stdout is
 * merged into it; anything else (a Kaa pipe, a file, another stream) is copied by a
 * {@link PosixChildPump}.
 *
 * <p>Options done by a wrapper program that then executes the child's program in the same
 * process: {@code start_new_session} ({@code setsid}), {@code user}/{@code group}/
 * {@code extra_groups} ({@code setpriv}), {@code umask}, signals left ignored, closed standard
 * streams and terminals as standard streams ({@code sh -c '…; exec …'}).
 * {@code process_group=0} ({@code perl}'s {@code setpgrp}); another {@code process_group} raises
 * {@code OSError(EOPNOTSUPP)}.
 *
 * <p>The JVM passes the command word as {@code argv[0]}: when the caller's {@code argv[0]} is not
 * a name the JVM finds the same program by, {@code bash -c 'exec -a …'} sets it (without bash,
 * the child sees the program's path). The child gets no descriptor above 2.
 *
 * <p>Thread safety: called with the GIL held; touches only the calling interpreter's state.
 */
final class PosixChildLauncher {
    private PosixChildLauncher() {}

    private static final int EACCES = 13, ENOEXEC = 8, EOPNOTSUPP = 95;
    private static final Path BASH = Path.of("/bin/bash");

    static long start(PosixSubprocess.Request r) {
        PosixState st = PosixState.current();
        return start(r, standardStreams(st.fds, r.stdioFds()));
    }

    /** The handles for the child's 0, 1 and 2 (null: closed); EBADF, as dup2 gives, for a closed one. */
    static PosixFdTable.Handle[] standardStreams(PosixFdTable table, int[] fds) {
        PosixFdTable.Handle[] handles = new PosixFdTable.Handle[3];
        for (int k = 0; k < 3; k++) {
            if (fds[k] == -1) {
                handles[k] = table.isOpen(k) ? table.get(k) : null;
            } else {
                handles[k] = table.get(fds[k]);
            }
        }
        return handles;
    }

    /** Starts the child with the given standard streams; returns its pid. */
    static long start(PosixSubprocess.Request r, PosixFdTable.Handle[] streams) {
        PosixState st = PosixState.current();
        List<String> prefix = new ArrayList<>();
        if (r.callSetsid()) {
            prefix.add(tool("setsid", "start_new_session"));
        }
        if (r.pgidToSet() >= 0) {
            processGroup(r, prefix);
        }
        idWrapper(r, prefix);
        Path dir = childDirectory(st, r);
        shellSteps(r, streams, prefix);
        int chosen = findProgram(r, dir);
        String program = dir.resolve(r.executables().get(chosen)).toString();
        String word = prefix.isEmpty() ? argv0(r, chosen, program, dir) : program;
        String seenArgv0 = word;
        if (!r.argv().isEmpty() && !word.equals(r.argv().get(0)) && Files.isExecutable(BASH)) {
            // The JVM gives the command word as argv[0]: bash's "exec -a" gives the child the
            // argv[0] it was meant to have, in the same process.
            prefix.addAll(List.of(BASH.toString(), "-c", "exec -a \"$0\" \"$@\"", r.argv().get(0)));
            seenArgv0 = r.argv().get(0);
        }
        List<String> command = new ArrayList<>(prefix);
        command.add(prefix.isEmpty() ? word : program);
        List<String> finalArgv = new ArrayList<>(List.of(seenArgv0));
        if (r.argv().size() > 1) {
            command.addAll(r.argv().subList(1, r.argv().size()));
            finalArgv.addAll(r.argv().subList(1, r.argv().size()));
        }
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        environment(st, r, pb.environment());
        Streams s = new Streams(st.fds, streams);
        s.configure(pb);
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw startFailure(e, r);
        }
        List<PosixChildPump> outputs = s.connect(p);
        if (!prefix.isEmpty()) {
            awaitProgram(p, finalArgv);
        }
        long pgid = r.callSetsid() || r.pgidToSet() == 0 ? p.pid() : PosixProcess.getpgrp();
        st.children.add(new PosixChild(p, pgid, r.uid() >= 0 ? r.uid() : PosixProcess.getuid(), outputs));
        return p.pid();
    }

    private static final long EXEC_WAIT_NANOS = 2_000_000_000L;

    /**
     * Waits until the wrappers have executed the program (its command line is the child's
     * {@code argv}), as fork_exec returns only once the child has executed the program: the
     * session, group, umask and signals are then set as the caller expects. Gives up when the
     * child ends, or after two seconds (a program that rewrites its command line).
     */
    private static void awaitProgram(Process p, List<String> argv) {
        byte[] want = (String.join("\0", argv) + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path cmdline = Path.of("/proc/" + p.pid() + "/cmdline");
        long deadline = System.nanoTime() + EXEC_WAIT_NANOS;
        try (var unlocked = ThreadState.releaseGil()) {
            while (p.isAlive() && System.nanoTime() < deadline) {
                try {
                    if (java.util.Arrays.equals(Files.readAllBytes(cmdline), want)) {
                        return;
                    }
                } catch (IOException e) {
                    return; // no /proc: nothing to wait by
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PyException unsupported(String message) {
        return PyErr.withArgs(Exceptions.OSError, PyInt.of(EOPNOTSUPP), PyStr.of(message));
    }

    /**
     * What {@code sh} does before it executes the program in the same process: set the umask;
     * ignore the signals the child is to start ignoring (CPython ignores SIGPIPE and SIGXFSZ,
     * and a child keeps them ignored unless {@code restore_signals}; the JVM ignores neither);
     * close a standard stream the child is to start without (the JVM always gives all three);
     * open a terminal as a standard stream ({@link #terminalPath}).
     */
    private static void shellSteps(PosixSubprocess.Request r, PosixFdTable.Handle[] streams, List<String> prefix) {
        StringBuilder sh = new StringBuilder();
        if (r.childUmask() >= 0) {
            sh.append(String.format("umask %04o; ", r.childUmask() & 0777));
        }
        if (r.ignoredSignals().length > 0) {
            sh.append("trap ''");
            for (int sig : r.ignoredSignals()) {
                sh.append(' ').append(sig);
            }
            sh.append("; ");
        }
        StringBuilder close = new StringBuilder();
        for (int k = 0; k < 3; k++) {
            if (streams[k] == null) {
                close.append(' ').append(k).append(k == 0 ? "<&-" : ">&-");
            }
        }
        for (int k = 0; k < 3; k++) {
            String tty = terminalPath(streams[k]);
            if (tty != null) {
                close.append(' ').append(k).append("<>'").append(tty).append('\'');
            }
        }
        if (!close.isEmpty()) {
            sh.append("exec").append(close).append("; ");
        }
        if (!sh.isEmpty()) {
            // bash, not /bin/sh: dash drops environment variables whose names are no shell
            // identifiers ("A-B"), which a child must still receive.
            String shell = Files.isExecutable(BASH) ? BASH.toString() : "/bin/sh";
            prefix.addAll(List.of(shell, "-c", sh + "exec \"$0\" \"$@\""));
        }
    }

    /**
     * The device of a stream that is a terminal Kaa opened (a pty's slave, as
     * {@code test.support.pty_helper} gives a child), or null. The child's shell step opens it,
     * so that the child's stream is that terminal as it would be in CPython's child. Not the JVM:
     * it opens redirections in this process, and a session leader without a controlling terminal
     * (a process started with start_new_session) would take the pty as its own, and die of the
     * SIGHUP its master's closing sends.
     */
    private static String terminalPath(PosixFdTable.Handle h) {
        if (h == null || h.stdio || !h.isatty() || h.nativeDescriptor() < 0) {
            return null;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + h.nativeDescriptor())).toString();
            return target.startsWith("/dev/") && target.indexOf('\'') < 0 ? target : null;
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    /**
     * {@code process_group=0}, a group of the child's own, by perl's {@code setpgrp}; another
     * group would need a check Kaa cannot make before the child runs: OSError(EOPNOTSUPP).
     */
    private static void processGroup(PosixSubprocess.Request r, List<String> prefix) {
        if (r.pgidToSet() != 0) {
            throw unsupported("process_group other than 0 is not supported: Kaa starts child processes with"
                    + " java.lang.ProcessBuilder, which cannot set a child's process group");
        }
        if (r.callSetsid()) {
            throw PosixErrors.error(PosixErrors.EPERM, null); // setpgid(2) of a session leader
        }
        prefix.addAll(List.of(tool("perl", "process_group"), "-e",
                "setpgrp(0, 0) or exit 127; exec {$ARGV[0]} @ARGV or exit 127"));
    }

    /** The path of a wrapper program, or OSError(EOPNOTSUPP) naming the option it serves. */
    private static String tool(String name, String option) {
        for (String d : new String[] {"/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"}) {
            Path p = Path.of(d + name);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        throw unsupported(option + " is not supported here: Kaa needs the " + name + " program for it, and there is none");
    }

    /** {@code setpriv} for user, group and extra groups; EPERM as the child's calls would get it. */
    private static void idWrapper(PosixSubprocess.Request r, List<String> prefix) {
        long[] groups = r.extraGroups();
        if (r.uid() < 0 && r.gid() < 0 && groups == null) {
            return;
        }
        boolean root = PosixProcess.geteuid() == 0;
        if (!root && (groups != null || r.gid() >= 0 && r.gid() != PosixProcess.getgid()
                || r.uid() >= 0 && r.uid() != PosixProcess.getuid())) {
            throw PosixErrors.error(PosixErrors.EPERM, null);
        }
        if (!root) {
            return; // setting the ids the process has changes nothing
        }
        prefix.add(tool("setpriv", "user, group and extra_groups"));
        if (groups != null) {
            if (groups.length == 0) {
                prefix.add("--clear-groups");
            } else {
                StringBuilder sb = new StringBuilder();
                for (long g : groups) {
                    sb.append(sb.isEmpty() ? "" : ",").append(g);
                }
                prefix.add("--groups=" + sb);
            }
        }
        if (r.gid() >= 0) {
            prefix.add("--regid=" + r.gid());
        }
        if (r.uid() >= 0) {
            prefix.add("--reuid=" + r.uid());
        }
        prefix.add("--");
    }

    /** The child's working directory: {@code cwd} checked as {@code chdir(2)} would, or Kaa's own. */
    private static Path childDirectory(PosixState st, PosixSubprocess.Request r) {
        if (r.cwdText() == null) {
            return st.cwd;
        }
        int errno;
        Path dir = null;
        if (r.cwdText().isEmpty()) {
            errno = PosixErrors.ENOENT;
        } else {
            try {
                dir = st.resolve(Path.of(r.cwdText()));
                BasicFileAttributes a = Files.readAttributes(dir, BasicFileAttributes.class);
                errno = !a.isDirectory() ? PosixErrors.ENOTDIR : Files.isExecutable(dir) ? 0 : EACCES;
            } catch (IOException e) {
                errno = PosixErrors.errnoOf(e);
            } catch (InvalidPathException e) {
                errno = PosixErrors.ENOENT;
            }
        }
        if (errno != 0) {
            throw PyErr.osError(errno, r.cwd());
        }
        return dir;
    }

    /**
     * The index of the first candidate that can be executed. As the C child does: a candidate
     * that is missing ({@code ENOENT}, {@code ENOTDIR}) passes to the next; if none runs, the
     * error is that of the first that failed otherwise, else the last one's.
     */
    private static int findProgram(PosixSubprocess.Request r, Path dir) {
        List<String> list = r.executables();
        if (list.isEmpty()) {
            throw subprocessError();
        }
        int saved = 0;
        int last = 0;
        for (int i = 0; i < list.size(); i++) {
            last = execErrno(list.get(i).isEmpty() ? null : dir, list.get(i));
            if (last == 0) {
                return i;
            }
            if (last != PosixErrors.ENOENT && last != PosixErrors.ENOTDIR && saved == 0) {
                saved = last;
            }
        }
        int errno = saved != 0 ? saved : last;
        throw PyErr.osError(errno, failedName(r));
    }

    /** What {@code subprocess} raises for an empty executable list: its own SubprocessError. */
    private static PyException subprocessError() {
        ThreadState ts = ThreadState.currentOrNull();
        Object mod = ts == null ? null : ts.runtime.modules.getItem(PyStr.of("subprocess"));
        Object type = mod == null ? null : Abstract.lookupAttr(mod, PyStr.of("SubprocessError"));
        if (type instanceof dev.kaa.vm.objects.PyType t) {
            return PyErr.withArgs(t, PyStr.of(""));
        }
        return PyErr.osError(PosixErrors.ENOENT, null);
    }

    /**
     * The file name of the exec error: what {@code subprocess} reports, the executable the
     * caller gave, which is {@code args[0]} unless {@code executable=} named another program.
     */
    private static Object failedName(PosixSubprocess.Request r) {
        if (r.errorName() != null) {
            return r.errorName();
        }
        List<String> list = r.executables();
        String first = list.get(0);
        if (!r.argv().isEmpty()) {
            String a0 = r.argv().get(0);
            boolean searched = a0.indexOf('/') < 0 && !a0.isEmpty()
                    && list.stream().allMatch(e -> e.equals(a0) || e.endsWith("/" + a0));
            if (a0.equals(first) || searched) {
                return r.argsObject();
            }
        }
        // executable= named another program: its name, as text, is all fork_exec was given.
        String base = first.substring(first.lastIndexOf('/') + 1);
        boolean sameBase = list.size() > 1 && list.stream().allMatch(e -> e.endsWith("/" + base));
        return PyStr.of(sameBase ? base : first);
    }

    private static final Pattern SHEBANG = Pattern.compile("#![ \\t]*([^ \\t\\n]*)");

    /** The errno {@code execve(2)} of {@code name} (relative to {@code dir}) would fail with, or 0. */
    private static int execErrno(Path dir, String name) {
        if (dir == null) {
            return PosixErrors.ENOENT;
        }
        Path p;
        try {
            p = dir.resolve(name);
        } catch (InvalidPathException e) {
            return PosixErrors.ENOENT;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            if (!a.isRegularFile() || !Files.isExecutable(p)) {
                return EACCES;
            }
        } catch (IOException e) {
            return PosixErrors.errnoOf(e);
        }
        // The JVM runs a file of no known format with /bin/sh; execve(2) refuses it: ENOEXEC.
        byte[] head;
        try (InputStream in = Files.newInputStream(p)) {
            head = in.readNBytes(256);
        } catch (IOException e) {
            return 0; // execute-only: the kernel will tell
        }
        if (head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return 0;
        }
        Matcher m = SHEBANG.matcher(new String(head, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (!m.lookingAt()) {
            return ENOEXEC;
        }
        String interp = m.group(1);
        if (interp.isEmpty()) {
            return ENOEXEC;
        }
        Path ip = dir.resolve(interp);
        if (!Files.exists(ip)) {
            return PosixErrors.ENOENT;
        }
        return Files.isRegularFile(ip) && Files.isExecutable(ip) ? 0 : EACCES;
    }

    /**
     * The command word the JVM is to run: the caller's {@code argv[0]} when the JVM would find
     * the same program by it (the child then sees the {@code argv[0]} it was given), else the
     * program's path.
     */
    private static String argv0(PosixSubprocess.Request r, int chosen, String program, Path dir) {
        if (r.argv().isEmpty()) {
            return program;
        }
        String a0 = r.argv().get(0);
        if (a0.isEmpty()) {
            return program;
        }
        if (a0.indexOf('/') >= 0) {
            return a0.equals(r.executables().get(chosen)) ? a0 : program;
        }
        String jvmPath = System.getenv("PATH");
        if (jvmPath == null) {
            return program;
        }
        for (String d : jvmPath.split(":", -1)) {
            String candidate = (d.isEmpty() ? "." : d) + "/" + a0;
            if (execErrno(dir, candidate) == 0) {
                try {
                    return Files.isSameFile(dir.resolve(candidate), Path.of(program)) ? a0 : program;
                } catch (IOException | InvalidPathException e) {
                    return program;
                }
            }
        }
        return program;
    }

    /** {@code env} as given (a list of {@code b"K=V"}), or Kaa's environment with its putenv changes. */
    private static void environment(PosixState st, PosixSubprocess.Request r, Map<String, String> env) {
        if (r.env() == null) {
            PosixProcess.applyEnvironment(env);
            return;
        }
        env.clear();
        for (String kv : r.env()) {
            int eq = kv.indexOf('=', 1);
            if (eq > 0) {
                env.putIfAbsent(kv.substring(0, eq), kv.substring(eq + 1));
            }
        }
    }

    /** The OSError for a start the checks did not foresee ("error=13, Permission denied"). */
    private static PyException startFailure(IOException e, PosixSubprocess.Request r) {
        Matcher m = Pattern.compile("error=(\\d+)").matcher(String.valueOf(e.getMessage()));
        int errno = m.find() ? Integer.parseInt(m.group(1)) : PosixErrors.EIO;
        return PyErr.osError(errno, failedName(r));
    }

    /** The three standard streams of the child and the Kaa descriptors they stand for. */
    private static final class Streams {
        private static final Path DEV_NULL = Path.of("/dev/null");
        private final PosixFdTable table;
        private final PosixFdTable.Handle[] handles;
        private final boolean[] pumped = new boolean[3];
        private boolean merged;
        private final GlobalLock gil;

        Streams(PosixFdTable table, PosixFdTable.Handle[] handles) {
            this.table = table;
            this.handles = handles;
            ThreadState ts = ThreadState.currentOrNull();
            this.gil = ts == null ? null : ts.runtime.gil;
        }

        void configure(ProcessBuilder pb) {
            for (int k = 0; k < 3; k++) {
                PosixFdTable.Handle h = handles[k];
                Redirect to;
                if (h == null || DEV_NULL.equals(h.path)) {
                    to = k == 0 ? Redirect.from(DEV_NULL.toFile()) : Redirect.DISCARD;
                } else if (h.stdio && h.fdForProc == k) {
                    to = Redirect.INHERIT;
                } else if (terminalPath(h) != null) {
                    to = Redirect.INHERIT;      // replaced by the shell step (shellSteps)
                } else if (k == 2 && h == handles[1]) {
                    merged = true;
                    pb.redirectErrorStream(true);
                    continue;
                } else {
                    pumped[k] = true;
                    to = Redirect.PIPE;
                }
                switch (k) {
                    case 0 -> pb.redirectInput(to);
                    case 1 -> pb.redirectOutput(to);
                    default -> pb.redirectError(to);
                }
            }
        }

        /** Starts the copiers; returns those of the child's output. */
        List<PosixChildPump> connect(Process p) {
            List<PosixChildPump> outputs = new ArrayList<>();
            String name = "kaa-child-" + p.pid() + "-";
            if (pumped[0]) {
                PosixChildPump.input(table, handles[0], gil, p.getOutputStream(), name + "stdin");
            }
            if (pumped[1]) {
                outputs.add(PosixChildPump.output(table, handles[1], gil, p.getInputStream(), name + "stdout"));
            }
            if (pumped[2] && !merged) {
                outputs.add(PosixChildPump.output(table, handles[2], gil, p.getErrorStream(), name + "stderr"));
            }
            return outputs;
        }
    }
}
