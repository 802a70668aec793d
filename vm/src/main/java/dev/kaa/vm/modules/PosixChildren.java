package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.StructSeq;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The child processes an interpreter started and has not reaped yet, and the {@code posix}
 * functions that wait for them: {@code waitpid}, {@code wait} and {@code waitid}. A child stays in the table
 * after it ends until a wait reports it, as a zombie does; then a second wait for it raises
 * {@code ChildProcessError}, as in C.
 *
 * <p>The JVM cannot see a child stop or continue, so {@code WUNTRACED} and {@code WCONTINUED}
 * report nothing more than a plain wait.
 *
 * <p>Thread safety: self-locking (the table is read by waits that run without the GIL).
 */
final class PosixChildren {
    private static final int WNOHANG = 1, WSTOPPED = 2, WEXITED = 4, WCONTINUED = 8, WNOWAIT = 0x1000000;
    private static final int P_ALL = 0, P_PID = 1, P_PGID = 2, SIGCHLD = 17, CLD_EXITED = 1, CLD_KILLED = 2;

    static final StructSeq.Kind WAITID_RESULT = StructSeq.newType("posix", "waitid_result",
            new String[] {"si_pid", "si_uid", "si_signo", "si_status", "si_code"}, 5);

    static {
        WAITID_RESULT.type().withDoc("What os.waitid() reports about a child: si_pid, si_uid, si_signo, si_status\n"
            + "and si_code, by name or as a 5-tuple.");
    }
    private static final int ECHILD = 10;
    private static final long SLICE_NANOS = 20_000_000L;

    private final Map<Long, PosixChild> table = new LinkedHashMap<>();

    /** Records a child that was just started. */
    synchronized void add(PosixChild c) {
        table.put(c.pid, c);
    }

    /** The unreaped child {@code pid}, or null. */
    synchronized PosixChild get(long pid) {
        return table.get(pid);
    }

    private synchronized List<PosixChild> matching(long pid) {
        List<PosixChild> out = new ArrayList<>();
        for (PosixChild c : table.values()) {
            if (pid == -1 || pid == 0 && c.pgid == ownGroup() || pid < -1 && c.pgid == -pid) {
                out.add(c);
            }
        }
        return out;
    }

    private synchronized List<PosixChild> inGroup(long pgid) {
        List<PosixChild> out = new ArrayList<>();
        for (PosixChild c : table.values()) {
            if (c.pgid == pgid) {
                out.add(c);
            }
        }
        return out;
    }

    private static long ownGroup() {
        return PosixProcess.getpgrp();
    }

    private synchronized boolean remove(PosixChild c) {
        return table.remove(c.pid, c);
    }

    @PyMethod(doc = "Wait for the child pid (or any child for -1) to change state, as options allow;\n"
            + "gives (pid, wait status), or (0, 0) with WNOHANG when none is ready.")
    static Object waitpid(long pid, int options) {
        return PosixState.current().children.waitFor(pid, options);
    }

    @PyMethod(value = "wait", doc = "Wait for any child to end; gives (pid, wait status).")
    static Object wait_() {
        return PosixState.current().children.waitFor(-1, 0);
    }

    @PyMethod(doc = "Wait for a child chosen by idtype (P_PID, P_PGID, P_ALL) and id to reach a state\n"
            + "named in options (WEXITED, WSTOPPED, WCONTINUED, plus WNOHANG or WNOWAIT).\n"
            + "Gives a waitid_result, or None when WNOHANG finds nothing ready.")
    static Object waitid(int idtype, long id, int options) {
        return PosixState.current().children.waitIdFor(idtype, id, options);
    }

    /**
     * {@code waitpid(pid, options)}: {@code (pid, status)} of a child that ended, reaping it;
     * {@code (0, 0)} with {@code WNOHANG} while none has.
     */
    Object waitFor(long pid, int options) {
        PosixChild c = awaitEnd(pid > 0 ? () -> single(get(pid)) : () -> matching(pid), (options & WNOHANG) != 0);
        if (c == null) {
            return PyTuple.of(PyInt.ZERO, PyInt.ZERO);
        }
        finish(c, true);
        return PyTuple.of(PyInt.of(c.pid), PyInt.of(c.waitStatus()));
    }

    /** {@code waitid}: only ends are seen ({@code WEXITED}); {@code WNOWAIT} leaves the child unreaped. */
    Object waitIdFor(int idtype, long id, int options) {
        if ((options & (WEXITED | WSTOPPED | WCONTINUED)) == 0 || idtype < P_ALL || idtype > P_PGID) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        Supplier<List<PosixChild>> candidates = switch (idtype) {
            case P_PID -> () -> single(get(id));
            case P_PGID -> () -> inGroup(id == 0 ? ownGroup() : id);
            default -> () -> matching(-1);
        };
        boolean noHang = (options & WNOHANG) != 0;
        if ((options & WEXITED) == 0) {
            if (candidates.get().isEmpty()) {
                throw PosixErrors.error(ECHILD, null);
            }
            if (noHang) {
                return PyNone.NONE; // no stop or continuation is ever seen
            }
            throw PyErr.withArgs(Exceptions.OSError, PyInt.of(95), PyStr.of("waitid: Kaa cannot see a child process"
                    + " stop or continue (WSTOPPED, WCONTINUED): the JVM reports only its end"));
        }
        PosixChild c = awaitEnd(candidates, noHang);
        if (c == null) {
            return PyNone.NONE;
        }
        finish(c, (options & WNOWAIT) == 0);
        int status = c.waitStatus();
        boolean killed = (status & 0x7f) != 0;
        return WAITID_RESULT.make(PyInt.of(c.pid), PyInt.of(c.uid), PyInt.of(SIGCHLD),
                PyInt.of(killed ? status & 0x7f : (status >> 8) & 0xff), PyInt.of(killed ? CLD_KILLED : CLD_EXITED));
    }

    /** A child among {@code candidates} that ended; null if none has and {@code noHang}. */
    private PosixChild awaitEnd(Supplier<List<PosixChild>> candidates, boolean noHang) {
        while (true) {
            List<PosixChild> cs = candidates.get();
            if (cs.isEmpty()) {
                throw PosixErrors.error(ECHILD, null);
            }
            for (PosixChild c : cs) {
                if (c.ended()) {
                    return c;
                }
            }
            if (noHang) {
                return null;
            }
            ThreadWaits.checkInterrupt();
            try (var unlocked = ThreadState.releaseGil()) {
                awaitAny(cs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw PosixErrors.error(4, null);
            }
        }
    }

    private static List<PosixChild> single(PosixChild c) {
        return c == null ? List.of() : List.of(c);
    }

    /** Waits one slice for one of {@code candidates} to end (called without the GIL). */
    private static void awaitAny(List<PosixChild> candidates) throws InterruptedException {
        if (candidates.size() == 1) {
            candidates.get(0).awaitEnd(SLICE_NANOS);
            return;
        }
        long deadline = System.nanoTime() + SLICE_NANOS;
        while (System.nanoTime() < deadline) {
            for (PosixChild c : candidates) {
                if (c.ended()) {
                    return;
                }
            }
            Thread.sleep(1);
        }
    }

    /** Lets the ended child's output drain, then (if {@code reap}) removes it from the table. */
    private void finish(PosixChild c, boolean reap) {
        try (var unlocked = ThreadState.releaseGil()) {
            c.drainOutputs();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reap && !remove(c)) {
            // Another thread reaped it while this one let its output drain.
            throw PosixErrors.error(ECHILD, null);
        }
    }

    /**
     * For {@code os.kill}: the unreaped child {@code pid} (or null), after recording the signal
     * sent to it while it runs, so that its end by that signal is reported as such.
     */
    PosixChild signalled(long pid, int signal) {
        PosixChild c = get(pid);
        if (c != null && signal != 0 && !c.ended()) {
            c.signalSent = signal;
        }
        return c;
    }
}
