package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyStr;
import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code posix}: the operating-system interface {@code os.py} is built on, as CPython 3.13 has
 * it on Linux, over the JDK's file system and process APIs.
 *
 * <p>Where the JVM differs from a C process: the current directory is kept per interpreter
 * (relative paths are resolved against it, {@link PosixState}); file descriptors are Kaa's own
 * table of Java channels, 0 to 2 being the process's standard streams ({@link PosixFdTable});
 * {@code putenv}/{@code unsetenv} are recorded for child processes; {@code fork} raises
 * {@code OSError}; {@code dir_fd} is not supported.
 *
 * <p>Thread safety: stateless (the state is per interpreter, in {@link PosixState}).
 */
public final class PosixModule {
    private PosixModule() {}

    /** Linux's values, as CPython's posix module exposes them. */
    private static final String CONSTANTS = "CLD_CONTINUED=6 CLD_DUMPED=3 CLD_EXITED=1 CLD_KILLED=2 CLD_STOPPED=5 "
            + "CLD_TRAPPED=4 EX_CANTCREAT=73 EX_CONFIG=78 EX_DATAERR=65 EX_IOERR=74 EX_NOHOST=68 EX_NOINPUT=66 "
            + "EX_NOPERM=77 EX_NOUSER=67 EX_OK=0 EX_OSERR=71 EX_OSFILE=72 EX_PROTOCOL=76 EX_SOFTWARE=70 "
            + "EX_TEMPFAIL=75 EX_UNAVAILABLE=69 EX_USAGE=64 F_LOCK=1 F_OK=0 F_TEST=3 F_TLOCK=2 F_ULOCK=0 "
            + "GRND_NONBLOCK=1 GRND_RANDOM=2 NGROUPS_MAX=65536 O_ACCMODE=3 O_APPEND=1024 O_ASYNC=8192 "
            + "O_CLOEXEC=524288 O_CREAT=64 O_DIRECT=16384 O_DIRECTORY=65536 O_DSYNC=4096 O_EXCL=128 "
            + "O_FSYNC=1052672 O_LARGEFILE=0 O_NDELAY=2048 O_NOATIME=262144 O_NOCTTY=256 O_NOFOLLOW=131072 "
            + "O_NONBLOCK=2048 O_PATH=2097152 O_RDONLY=0 O_RDWR=2 O_RSYNC=1052672 O_SYNC=1052672 "
            + "O_TMPFILE=4259840 O_TRUNC=512 O_WRONLY=1 PRIO_PGRP=1 PRIO_PROCESS=0 PRIO_USER=2 P_ALL=0 P_PGID=2 "
            + "P_NOWAIT=1 P_NOWAITO=1 P_PID=1 P_PIDFD=3 P_WAIT=0 POSIX_SPAWN_CLOSE=1 POSIX_SPAWN_CLOSEFROM=3 POSIX_SPAWN_DUP2=2 POSIX_SPAWN_OPEN=0 "
            + "RTLD_DEEPBIND=8 RTLD_GLOBAL=256 RTLD_LAZY=1 RTLD_LOCAL=0 RTLD_NODELETE=4096 "
            + "RTLD_NOLOAD=4 RTLD_NOW=2 R_OK=4 SCHED_BATCH=3 SCHED_FIFO=1 SCHED_IDLE=5 SCHED_OTHER=0 "
            + "SCHED_RESET_ON_FORK=1073741824 SCHED_RR=2 SEEK_DATA=3 SEEK_HOLE=4 ST_APPEND=256 ST_MANDLOCK=64 "
            + "ST_NOATIME=1024 ST_NODEV=4 ST_NODIRATIME=2048 ST_NOEXEC=8 ST_NOSUID=2 ST_RDONLY=1 ST_RELATIME=4096 "
            + "ST_SYNCHRONOUS=16 ST_WRITE=128 TMP_MAX=238328 WCONTINUED=8 WEXITED=4 WNOHANG=1 WNOWAIT=16777216 "
            + "WSTOPPED=2 WUNTRACED=2 W_OK=2 X_OK=1";

    /**
     * The {@code HAVE_*} names of what Kaa really supports, which {@code os.py} turns into
     * {@code supports_fd} and {@code supports_follow_symlinks}; no {@code *AT} function, as
     * {@code dir_fd} is not supported.
     */
    private static final String[] HAVE = {"HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE",
        "HAVE_FUTIMENS", "HAVE_LSTAT", "HAVE_LUTIMES"};

    /**
     * Lets interpreter {@code child} use {@code parent}'s descriptors, current directory and
     * environment ({@link PosixState#share}): what {@code _interpreters.create} asks for.
     */
    public static void shareProcessState(dev.kaa.vm.internal.eval.Runtime parent,
            dev.kaa.vm.internal.eval.Runtime child) {
        PosixState.share(parent, child);
    }

    public static PyModule create() {
        PyModule m = new PyModule("posix");
        m.put("__doc__", PyStr.of("The operating system's POSIX calls, wrapped for the os module,"
                + " which is the one to use."));
        for (Class<?> c : new Class<?>[] {PosixFiles.class, PosixFds.class, PosixProcess.class, PosixScandir.class,
            PosixPathText.class, PosixChildren.class, PosixChildSpawn.class, PosixSpawnv.class,
            PosixVectors.class, PosixTerminals.class}) {
            Exposer.functions(c, MethodHandles.lookup(), "posix", m).forEach(m::put);
        }
        for (String pair : CONSTANTS.split(" ")) {
            int eq = pair.indexOf('=');
            m.put(pair.substring(0, eq), PyInt.of(Long.parseLong(pair.substring(eq + 1))));
        }
        Object[] have = new Object[HAVE.length];
        for (int i = 0; i < HAVE.length; i++) {
            have[i] = PyStr.of(HAVE[i]);
        }
        m.put("_have_functions", new PyList(have));
        m.put("environ", PosixProcess.environ());
        m.put("error", Exceptions.OSError);
        m.put("stat_result", PosixStat.STAT_RESULT.type());
        m.put("terminal_size", PosixProcess.TERMINAL_SIZE.type());
        m.put("uname_result", PosixProcess.UNAME_RESULT.type());
        m.put("times_result", PosixProcess.TIMES_RESULT.type());
        m.put("waitid_result", PosixChildren.WAITID_RESULT.type());
        m.put("DirEntry", PosixScandir.DirEntry.TYPE);
        return m;
    }

    /**
     * The current directory of the calling thread's interpreter ({@code os.getcwd()}). Code that
     * opens files by name ({@code open()}, {@code io}, subprocesses) should resolve relative
     * names against it, since {@code os.chdir} cannot change the JVM's own.
     */
    public static Path currentDirectory() {
        return PosixState.current().cwd;
    }

    /** {@code path} resolved against the interpreter's current directory. */
    public static Path resolve(String path) {
        return PosixState.current().resolve(Path.of(path));
    }

    /**
     * Applies this interpreter's {@code os.putenv}/{@code os.unsetenv} changes to a child
     * process's environment (for example {@code ProcessBuilder.environment()}).
     */
    public static void applyChildEnvironment(Map<String, String> env) {
        PosixProcess.applyEnvironment(env);
    }
}
