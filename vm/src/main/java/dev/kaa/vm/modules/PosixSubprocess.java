package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyList;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import java.lang.invoke.MethodHandles;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _posixsubprocess}: {@code fork_exec}, which {@code subprocess.Popen} starts its
 * children with. The JVM cannot fork, so the child is started by {@link ProcessBuilder}
 * ({@link PosixChildLauncher}); this class reads and checks the 23 arguments as CPython 3.13
 * does, with its messages in its order.
 *
 * <p>Where CPython's child reports a failed {@code chdir} or {@code exec} through the error pipe
 * (which {@code subprocess} turns into an {@code OSError}), Kaa finds the failure before starting
 * anything and raises that same {@code OSError} from {@code fork_exec}.
 *
 * <p>Thread safety: stateless.
 */
public final class PosixSubprocess {
    private PosixSubprocess() {}

    private static final int NARGS = 23;
    /** SIGPIPE and SIGXFSZ: CPython ignores them, and its children inherit that unless restore_signals. */
    static final int[] IGNORED_SIGNALS = {13, 25};

    public static PyModule create() {
        PyModule m = new PyModule("_posixsubprocess");
        m.put("__doc__", PyStr.of("Process creation for the subprocess module."));
        Exposer.functions(PosixSubprocess.class, MethodHandles.lookup(), "_posixsubprocess", m).forEach(m::put);
        return m;
    }

    /**
     * A child to start, converted: {@code fork_exec}'s arguments, or those of {@code posix_spawn}.
     *
     * @param stdioFds the descriptors for the child's 0, 1 and 2 (-1: the parent's own)
     * @param ignoredSignals the signals the child starts ignoring, as a child of CPython would
     * @param errorName the file name of an exec error, or null for the executable the caller named
     */
    record Request(Object argsObject, List<String> argv, List<String> executables, Object cwd, String cwdText,
            List<String> env, int[] stdioFds, boolean callSetsid, int pgidToSet, long gid, long[] extraGroups, long uid,
            int childUmask, int[] ignoredSignals, Object errorName) {}

    @PyMethod(value = "fork_exec", doc = "Start a child process for subprocess.Popen and give its pid.\n"
            + "\n"
            + "Kaa starts the child with java.lang.ProcessBuilder: the JVM cannot fork. The child receives\n"
            + "only the standard streams 0, 1 and 2; a preexec_fn cannot run, as there is no fork.")
    static Object forkExec(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("_posixsubprocess.fork_exec() takes no keyword arguments");
        }
        if (args.length != NARGS) {
            throw PyErr.typeError("fork_exec expected %d arguments, got %d", NARGS, args.length);
        }
        return PyInt.of(PosixChildLauncher.start(convert(args)));
    }

    /** CPython's conversions: those of the argument parser in argument order, then the body's. */
    private static Request convert(Object[] a) {
        boolean closeFds = Abstract.isTrue(a[2]);
        if (!(a[3] instanceof PyTuple passFds)) {
            throw PyErr.typeError("fork_exec() argument 4 must be tuple, not %T", a[3]);
        }
        int[] fds = new int[8];
        for (int i = 6; i < 14; i++) {
            fds[i - 6] = Abstract.asInt(a[i]);
        }
        boolean restoreSignals = Abstract.isTrue(a[14]);
        boolean callSetsid = Abstract.isTrue(a[15]);
        int pgidToSet = Abstract.asInt(a[16]);
        int childUmask = Abstract.asInt(a[20]);
        Object preexecFn = a[21];
        Abstract.isTrue(a[22]);
        int errpipeWrite = fds[7];
        if (closeFds && errpipeWrite < 3) {
            throw PyErr.valueError("errpipe_write must be >= 3");
        }
        checkFdsToKeep(passFds, errpipeWrite);
        Object argsObject = a[0];
        List<String> executables = bytesSequence(a[1]);
        Object[] argItems = argsObject == PyNone.NONE ? null : sequenceFast(argsObject);
        List<String> argv = new ArrayList<>();
        if (argItems != null) {
            for (Object o : argItems) {
                argv.add(fsText(o));
            }
        }
        List<String> env = a[5] == PyNone.NONE ? null : bytesSequence(a[5]);
        Object cwd = a[4];
        String cwdText = cwd == PyNone.NONE ? null : fsText(cwd);
        long[] groups = extraGroups(a[18]);
        long gid = id(a[17], "gid");
        long uid = id(a[19], "uid");
        if (preexecFn != PyNone.NONE) {
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of("preexec_fn is not supported: Kaa runs on"
                    + " the JVM, which cannot fork, so no Python code can run in the child before it executes the"
                    + " program"));
        }
        return new Request(argItems == null || argItems.length == 0 ? null : argItems[0], argv, executables, cwd,
                cwdText, env, new int[] {fds[0], fds[3], fds[5]}, callSetsid, pgidToSet, gid, groups, uid, childUmask,
                restoreSignals ? new int[0] : IGNORED_SIGNALS.clone(), null);
    }

    /**
     * The descriptors the child is to keep: {@code subprocess} adds the error pipe to
     * {@code pass_fds}, which Kaa need not pass; any other cannot reach a Java-started child.
     */
    private static void checkFdsToKeep(PyTuple fds, int errpipeWrite) {
        long prev = -1;
        boolean others = false;
        for (Object o : fds.items()) {
            if (!(o instanceof PyInt i) || !i.isLong() || i.longValue() < 0 || i.longValue() <= prev
                    || i.longValue() > Integer.MAX_VALUE) {
                throw PyErr.valueError("bad value(s) in fds_to_keep");
            }
            prev = i.longValue();
            others |= prev != errpipeWrite;
        }
        if (others) {
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of("Kaa cannot pass descriptors other than"
                    + " 0, 1 and 2 to a child process (pass_fds)"));
        }
    }

    /** {@code PySequence_Fast(o, "argv must be a tuple")}. */
    private static Object[] sequenceFast(Object o) {
        if (o instanceof PyTuple t) {
            return t.items();
        }
        if (o instanceof PyList l) {
            return l.toArray();
        }
        Object it;
        try {
            it = Abstract.iter(o);
        } catch (dev.kaa.vm.objects.PyException e) {
            if (e.matches(Exceptions.TypeError)) {
                throw PyErr.typeError("argv must be a tuple");
            }
            throw e;
        }
        List<Object> out = new ArrayList<>();
        Abstract.forEach(it, out::add);
        return out.toArray();
    }

    /** A sequence of bytes ({@code executable_list}, {@code env}) as text. */
    private static List<String> bytesSequence(Object o) {
        if (o instanceof PyDict) {
            throw PyErr.typeError("%T is not a sequence", o);
        }
        int n = Abstract.len(o);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Object item = Abstract.getItem(o, PyInt.of(i));
            if (!(item instanceof PyBytes b)) {
                throw PyErr.typeError("expected bytes, %T found", item);
            }
            out.add(noNul(b.data()));
        }
        return out;
    }

    /** {@code PyUnicode_FSConverter}: str, bytes or a path-like object, as text. */
    static String fsText(Object o) {
        Object v = PosixPaths.fspath(o);
        byte[] b = v instanceof PyBytes pb ? pb.data() : ((PyStr) v).value().getBytes(StandardCharsets.UTF_8);
        return noNul(b);
    }

    private static String noNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                throw PyErr.valueError("embedded null byte");
            }
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static final BigInteger ID_LIMIT = BigInteger.ONE.shiftLeft(32);

    /** A uid or gid argument: -1 (or None) for "unchanged", as CPython's converter reads it. */
    private static long id(Object o, String what) {
        if (o == PyNone.NONE) {
            return -1;
        }
        if (!(o instanceof PyInt)) {
            if (Abstract.typeOf(o).lookup("__index__") == null) {
                throw PyErr.typeError("%s should be integer, not %T", what, o);
            }
        }
        BigInteger v = Abstract.index(o).bigValue();
        if (v.bitLength() >= 64 && v.signum() > 0) {
            throw PyErr.overflowError("%s is greater than maximum", what);
        }
        if (v.signum() < 0 && !v.equals(BigInteger.ONE.negate()) || v.compareTo(ID_LIMIT) >= 0) {
            throw PyErr.overflowError("%s is less than minimum", what);
        }
        long n = v.longValue();
        return n == 0xFFFFFFFFL ? -1 : n;
    }

    private static long[] extraGroups(Object o) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyList l)) {
            throw PyErr.typeError("setgroups argument must be a list");
        }
        Object[] items = l.toArray();
        long[] out = new long[items.length];
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyInt g)) {
                throw PyErr.typeError("extra_groups must be integers");
            }
            if (!g.isLong() || g.longValue() < 0 || g.longValue() >= 0xFFFFFFFFL) {
                throw PyErr.valueError("invalid group id");
            }
            out[i] = g.longValue();
        }
        return out;
    }
}
