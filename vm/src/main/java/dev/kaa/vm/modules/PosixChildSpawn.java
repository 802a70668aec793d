package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.posix_spawn} and {@code os.posix_spawnp}, over the same launcher as
 * {@code _posixsubprocess.fork_exec} ({@link PosixChildLauncher}). The file actions are applied
 * to the child's standard streams (0, 1 and 2), the only descriptors a Java-started child gets:
 * an action on another descriptor as target raises {@code OSError(EOPNOTSUPP)}, except
 * {@code POSIX_SPAWN_CLOSE} and {@code POSIX_SPAWN_CLOSEFROM}, whose effect the child has anyway.
 *
 * <p>{@code setsid} runs the program through {@code setsid(1)}; the child starts ignoring SIGPIPE
 * and SIGXFSZ, as a child of CPython (which ignores them) does, unless {@code setsigdef} names them;
 * {@code setpgroup}, {@code scheduler} and a non-empty {@code setsigmask} raise
 * {@code OSError(EOPNOTSUPP)}.
 *
 * <p>Thread safety: GIL-guarded.
 */
final class PosixChildSpawn {
    private PosixChildSpawn() {}

    static final int OPEN = 0, CLOSE = 1, DUP2 = 2, CLOSEFROM = 3;
    private static final int NSIG = 65;

    @PyMethod(positionalOnly = 3, doc = "Start path as a new process with the given argv and environment; gives its"
            + " pid.")
    static Object posix_spawn(Object path, Object argv, Object env, @KwOnly @Opt Object file_actions,
            @KwOnly @Opt Object setpgroup, @KwOnly @Opt("False") boolean resetids, @KwOnly @Opt("False") boolean setsid,
            @KwOnly @Opt Object setsigmask, @KwOnly @Opt Object setsigdef, @KwOnly @Opt Object scheduler) {
        return spawn("posix_spawn", false, path, argv, env, file_actions, setpgroup, resetids, setsid, setsigmask,
                setsigdef, scheduler);
    }

    @PyMethod(positionalOnly = 3, doc = "Start path as a new process with the given argv and environment; gives its"
            + " pid.")
    static Object posix_spawnp(Object path, Object argv, Object env, @KwOnly @Opt Object file_actions,
            @KwOnly @Opt Object setpgroup, @KwOnly @Opt("False") boolean resetids, @KwOnly @Opt("False") boolean setsid,
            @KwOnly @Opt Object setsigmask, @KwOnly @Opt Object setsigdef, @KwOnly @Opt Object scheduler) {
        return spawn("posix_spawnp", true, path, argv, env, file_actions, setpgroup, resetids, setsid, setsigmask,
                setsigdef, scheduler);
    }

    static Object spawn(String func, boolean search, Object path, Object argv, Object env, Object fileActions,
            Object setpgroup, boolean resetids, boolean setsid, Object setsigmask, Object setsigdef, Object scheduler) {
        PosixPaths.Arg p = PosixPaths.convert(func, "path", path, false, false);
        if (!(argv instanceof PyTuple) && !(argv instanceof PyList)) {
            throw PyErr.typeError("%s: argv must be a tuple or list", func);
        }
        Object[] argItems = argv instanceof PyTuple t ? t.items() : ((PyList) argv).toArray();
        if (argItems.length == 0) {
            throw PyErr.valueError("%s: argv must not be empty", func);
        }
        if (env != PyNone.NONE && Abstract.lookupAttr(env, PyStr.of("keys")) == null) {
            throw PyErr.typeError("%s: environment must be a mapping object or None", func);
        }
        List<String> args = new ArrayList<>();
        for (Object o : argItems) {
            args.add(PosixSubprocess.fsText(o));
        }
        if (args.get(0).isEmpty()) {
            throw PyErr.valueError("%s: argv first element cannot be empty", func);
        }
        List<String> envList = env == PyNone.NONE ? null : environment(env);
        List<Object[]> actions = fileActions(fileActions);
        signals(setsigmask);
        List<Long> toDefault = signals(setsigdef);
        if (setpgroup != null) {
            Abstract.asInt(setpgroup);
        }
        if (setpgroup != null || scheduler != null || setsigmask != null && !isEmpty(setsigmask)) {
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of(func + ": setpgroup, setsigmask and"
                    + " scheduler are not supported: Kaa starts child processes with java.lang.ProcessBuilder"));
        }
        if (resetids && (PosixProcess.geteuid() != PosixProcess.getuid() || PosixProcess.getegid() != PosixProcess.getgid())) {
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of(func + ": resetids is not supported"));
        }
        PosixSubprocess.Request r = new PosixSubprocess.Request(argItems[0], args, executables(p.text(), search), null,
                null, envList, new int[] {-1, -1, -1}, setsid, -1, -1, null, -1, -1, ignored(toDefault), p.object());
        PosixFdTable table = PosixState.current().fds;
        List<Integer> opened = new ArrayList<>();
        try {
            PosixFdTable.Handle[] streams = applyActions(table, actions, opened, p.object());
            return PyInt.of(PosixChildLauncher.start(r, streams));
        } finally {
            for (int fd : opened) {
                PosixFds.close(fd);
            }
        }
    }

    /** The program: {@code path} itself, or for posix_spawnp a name searched in the PATH Kaa sees. */
    private static List<String> executables(String path, boolean search) {
        if (!search || path.indexOf('/') >= 0) {
            return List.of(path);
        }
        PosixState st = PosixState.current();
        String pathVar = st.envChanges.containsKey("PATH") ? st.envChanges.get("PATH") : System.getenv("PATH");
        if (pathVar == null) {
            pathVar = "/bin:/usr/bin";
        }
        List<String> out = new ArrayList<>();
        for (String dir : pathVar.split(":", -1)) {
            out.add((dir.isEmpty() ? "." : dir) + "/" + path);
        }
        return out;
    }

    private static List<String> environment(Object env) {
        List<String> out = new ArrayList<>();
        Object keys = Abstract.callMethod(env, "keys");
        Abstract.forEach(keys, k -> {
            String name = PosixSubprocess.fsText(k);
            if (name.isEmpty() || name.indexOf('=') >= 0) {
                throw PyErr.valueError("illegal environment variable name");
            }
            out.add(name + "=" + PosixSubprocess.fsText(Abstract.getItem(env, k)));
        });
        return out;
    }

    private static List<Object[]> fileActions(Object seq) {
        List<Object[]> out = new ArrayList<>();
        if (seq == null || seq == PyNone.NONE) {
            return out;
        }
        Object it;
        try {
            it = Abstract.iter(seq);
        } catch (PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw PyErr.typeError("file_actions must be a sequence or None");
            }
            throw e;
        }
        Abstract.forEach(it, a -> {
            if (!(a instanceof PyTuple t) || t.size() == 0) {
                throw PyErr.typeError("Each file_actions element must be a non-empty tuple");
            }
            Object[] items = t.items();
            int tag = Abstract.asInt(items[0]);
            int want = switch (tag) {
                case OPEN -> 5;
                case CLOSE, CLOSEFROM -> 2;
                case DUP2 -> 3;
                default -> throw PyErr.typeError("Unknown file_actions identifier");
            };
            if (items.length != want) {
                String kind = switch (tag) {
                    case OPEN -> "An open";
                    case CLOSE -> "A close";
                    case DUP2 -> "A dup2";
                    default -> "A closefrom";
                };
                throw PyErr.typeError("%s file_action tuple must have %d elements", kind, want);
            }
            // Converted as the C function parses each tuple: ints, and a path for an open.
            Object[] action = new Object[want];
            for (int i = 0; i < want; i++) {
                action[i] = tag == OPEN && i == 2 ? items[i] : PyInt.of(Abstract.asInt(items[i]));
            }
            if (tag == OPEN) {
                PosixSubprocess.fsText(items[2]);
            }
            out.add(action);
        });
        return out;
    }

    private static List<Long> signals(Object set) {
        List<Long> out = new ArrayList<>();
        if (set == null) {
            return out;
        }
        Abstract.forEach(set, s -> {
            long n = Abstract.asLong(s);
            if (n < 1 || n >= NSIG) {
                throw PyErr.valueError("signal number %d out of range [1; %d]", n, NSIG - 1);
            }
            out.add(n);
        });
        return out;
    }

    /** The signals CPython ignores that {@code setsigdef} does not set back to their default. */
    private static int[] ignored(List<Long> toDefault) {
        return java.util.Arrays.stream(PosixSubprocess.IGNORED_SIGNALS).filter(s -> !toDefault.contains((long) s))
                .toArray();
    }

    private static boolean isEmpty(Object set) {
        boolean[] any = {false};
        Abstract.forEach(set, s -> any[0] = true);
        return !any[0];
    }

    /**
     * The child's standard streams after the file actions, in order. Files the actions open are
     * opened here, as descriptors of the parent listed in {@code opened} (closed once the child
     * has started: the stream copier holds the file).
     */
    private static PosixFdTable.Handle[] applyActions(PosixFdTable table, List<Object[]> actions, List<Integer> opened,
            Object program) {
        PosixFdTable.Handle[] std = PosixChildLauncher.standardStreams(table, new int[] {-1, -1, -1});
        for (Object[] a : actions) {
            int tag = Abstract.asInt(a[0]);
            int fd = Abstract.asInt(a[1]);
            switch (tag) {
                case OPEN -> {
                    target(fd);
                    int got;
                    try {
                        got = PosixFds.open(a[2], Abstract.asInt(a[3]), Abstract.asInt(a[4]), null);
                    } catch (PyException e) {
                        Object errno = Abstract.lookupAttr(e.value(), PyStr.of("errno"));
                        if (errno instanceof PyInt n) {
                            throw PosixErrors.error((int) n.longValue(), program);
                        }
                        throw e;
                    }
                    opened.add(got);
                    std[fd] = table.get(got);
                }
                case CLOSE -> {
                    if (fd >= 0 && fd < 3) {
                        std[fd] = null;
                    }
                }
                case DUP2 -> {
                    int to = Abstract.asInt(a[2]);
                    PosixFdTable.Handle h = fd >= 0 && fd < 3 ? std[fd] : table.isOpen(fd) ? table.get(fd) : null;
                    if (h == null) {
                        throw PosixErrors.error(PosixErrors.EBADF, program);
                    }
                    target(to);
                    std[to] = h;
                }
                default -> {
                    // POSIX_SPAWN_CLOSEFROM: the child has no descriptor above 2 anyway.
                }
            }
        }
        return std;
    }

    private static void target(int fd) {
        if (fd < 0 || fd > 2) {
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of("Kaa cannot give a child process"
                    + " descriptors other than 0, 1 and 2 (file_actions)"));
        }
    }
}
