package dev.kaa.vm.modules.signal;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.Slot;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * One interpreter's signal handlers, as CPython keeps them: the Python handler of each signal
 * (an int for {@code SIG_DFL}/{@code SIG_IGN}, else a callable), the signals that arrived and wait
 * for their handler, and the wakeup descriptor.
 *
 * <p>The JVM runs a {@code sun.misc.Signal} handler on a thread of its own; that handler only
 * records the signal, writes the wakeup byte and sets the eval breaker's {@link Runtime#SIGNALS}
 * bit. The main thread sees the bit at its next check point and calls the Python handlers there
 * ({@link #runPending}), as CPython does from its eval breaker. SIGINT whose handler is
 * {@code default_int_handler} sets {@link Runtime#INTERRUPT} instead, so that the waits that
 * already wake for Ctrl-C raise {@code KeyboardInterrupt} as before.
 *
 * <p>{@code pthread_sigmask} is emulated: the JVM cannot block a signal in one thread, so a
 * "blocked" signal is caught by the JVM handler and held here, pending, until it is unblocked or
 * taken by {@code sigwait}.
 *
 * <p>Thread safety: the pending flags and arrival counts are atomic; the handler table, the
 * blocked set and the wakeup descriptor are written by the main thread under this object's
 * lock and read by the JVM's handler threads under it.
 */
final class SignalState implements Runtime.SignalHandlers {
    static final int NSIG = SignalNames.NSIG;
    static final PyInt SIG_DFL = PyInt.of(0), SIG_IGN = PyInt.of(1);

    final Runtime rt;
    final Object defaultIntHandler;
    private final Object[] handlers = new Object[NSIG];
    /** Whether the JVM handler for the signal is ours (the signal is recorded here). */
    private final boolean[] caught = new boolean[NSIG];
    private final boolean[] blocked = new boolean[NSIG];
    private final AtomicIntegerArray pending = new AtomicIntegerArray(NSIG);
    /** How many times each signal reached the JVM handler: {@code raise_signal} waits for one more. */
    final AtomicLongArray arrivals = new AtomicLongArray(NSIG);
    private int wakeupFd = -1;
    private boolean warnOnFullBuffer = true;
    private Object posixWrite;
    final SignalTimer timer;

    private SignalState(Runtime rt, Object defaultIntHandler) {
        this.rt = rt;
        this.defaultIntHandler = defaultIntHandler;
        this.timer = new SignalTimer(this);
        java.util.Arrays.fill(handlers, SIG_DFL);
        // CPython ignores SIGPIPE and SIGXFSZ at start-up (so do the JVM's own handlers) and gives
        // SIGINT to default_int_handler.
        handlers[SignalNames.SIGPIPE.number] = SIG_IGN;
        handlers[SignalNames.SIGXFSZ.number] = SIG_IGN;
        handlers[SignalNames.SIGINT.number] = defaultIntHandler;
    }

    /**
     * The interpreter's state, made when it first imports {@code _signal} or the launcher gives it
     * SIGINT; the interpreter holds it as its {@link Runtime#signalHandlers}, which the eval
     * breaker calls.
     */
    static SignalState of(Runtime rt, java.util.function.Supplier<Object> defaultIntHandler) {
        synchronized (rt) {
            if (rt.signalHandlers instanceof SignalState s) {
                return s;
            }
            SignalState s = new SignalState(rt, defaultIntHandler.get());
            rt.signalHandlers = s;
            return s;
        }
    }

    static boolean isCallable(Object o) {
        return Abstract.typeOf(o).slot(Slot.__call__) != null;
    }

    synchronized Object handler(int signum) {
        return handlers[signum];
    }

    /**
     * Sets the Python handler of {@code signum} and the JVM's handler under it; returns the old
     * Python handler. OSError EINVAL where the JVM keeps the signal for itself.
     */
    Object setHandler(int signum, Object handler) {
        boolean record = !(handler instanceof PyInt);
        synchronized (this) {
            try {
                install(jvmSignal(signum), signum, record || blocked[signum], handler);
            } catch (dev.kaa.vm.objects.PyException e) {
                // A signal the JVM keeps (QUIT, SEGV, USR2, the real-time ones …) stays at its
                // default: asking for that default again changes nothing, and succeeds (as
                // restoring a saved set of handlers does), except for KILL and STOP, which no
                // process may handle.
                if (handler == SIG_DFL && handlers[signum] == SIG_DFL && signum != SignalNames.SIGKILL.number
                        && signum != SignalNames.SIGSTOP.number) {
                    return SIG_DFL;
                }
                throw e;
            }
            Object old = handlers[signum];
            handlers[signum] = handler;
            return old;
        }
    }

    /** Installs the JVM's SIGINT handler for the launcher: Ctrl-C goes through {@code _signal}. */
    void installInterrupt() {
        int n = SignalNames.SIGINT.number;
        synchronized (this) {
            if (isCallable(handlers[n])) {
                install(jvmSignal(n), n, true, handlers[n]);
                if (!caught[n]) {
                    // Started with SIGINT ignored: CPython then reports SIG_IGN too.
                    handlers[n] = SIG_IGN;
                }
            }
        }
    }

    private void install(Signal sig, int signum, boolean record, Object handler) {
        // Once HUP, INT or TERM is ignored, the JVM never lets a handler take it again (it
        // answers SIG_IGN and installs nothing), so SIG_IGN of those is a handler that drops them.
        boolean shutdownSignal = isShutdownSignal(signum);
        if (handler == SIG_IGN && shutdownSignal) {
            record = true;
        }
        SignalHandler h = record ? s -> trip(signum)
                : handler == SIG_IGN ? SignalHandler.SIG_IGN : SignalHandler.SIG_DFL;
        SignalHandler old;
        try {
            old = Signal.handle(sig, h);
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw PyErr.osError(22, null);
        }
        // Ignored when the process started (a background job's SIGINT): the JVM kept it so.
        caught[signum] = record && !(shutdownSignal && old == SignalHandler.SIG_IGN);
    }

    private static boolean isShutdownSignal(int signum) {
        return signum == SignalNames.SIGHUP.number || signum == SignalNames.SIGINT.number
                || signum == SignalNames.SIGTERM.number;
    }

    /**
     * The JVM's signal of that number. The JVM refuses QUIT, ILL, FPE, KILL, SEGV and STOP, uses
     * BUS and USR2 itself, and has no names for the real-time signals: all are EINVAL here.
     */
    static Signal jvmSignal(int signum) {
        SignalNames s = SignalNames.of(signum);
        if (s == null || s == SignalNames.SIGBUS || s == SignalNames.SIGUSR2) {
            throw PyErr.osError(22, null);
        }
        try {
            return new Signal(s.jvmName());
        } catch (IllegalArgumentException e) {
            throw PyErr.osError(22, null);
        }
    }

    /**
     * Sends {@code signum} to this process. {@code Signal.raise} only reaches a handler of the
     * JVM's Java side, so a signal left to its default action or ignored goes through kill(1), as
     * {@code os.kill} does: the kernel then applies the disposition.
     */
    void send(int signum) {
        SignalNames n = SignalNames.of(signum);
        if (caught(signum) && n != null) {
            try {
                Signal.raise(new Signal(n.jvmName()));
                return;
            } catch (IllegalArgumentException e) {
                // Not ours after all (changed meanwhile): fall through to kill(1).
            }
        }
        try {
            Process p = new ProcessBuilder("kill", "-s", Integer.toString(signum),
                    Long.toString(ProcessHandle.current().pid())).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            if (p.waitFor() != 0) {
                throw PyErr.osError(22, null);
            }
        } catch (java.io.IOException e) {
            throw PyErr.osError(22, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PyErr.osError(4, null);
        }
    }

    synchronized boolean caught(int signum) {
        return caught[signum];
    }

    /** The JVM's handler, on a thread of the JVM's: record, wake, and ask the main thread. */
    void trip(int signum) {
        try {
            record(signum);
        } finally {
            // Last: raise_signal waits for this count, then expects the breaker bit set.
            arrivals.incrementAndGet(signum);
        }
    }

    private void record(int signum) {
        try {
            flag(signum);
        } finally {
            // After the breaker bit, as in CPython: the write may wait for the GIL, which the
            // main thread then gives up at its next check point.
            writeWakeup(signum);
        }
    }

    private void flag(int signum) {
        boolean held;
        Object handler;
        synchronized (this) {
            held = blocked[signum];
            handler = handlers[signum];
        }
        int bit;
        if (handler == SIG_IGN && !held) {
            return;
        }
        if (signum == SignalNames.SIGINT.number && handler == defaultIntHandler && !held) {
            bit = Runtime.INTERRUPT;
        } else {
            pending.set(signum, 1);
            if (held) {
                return;
            }
            bit = Runtime.SIGNALS;
        }
        rt.setBreaker(bit);
    }

    /**
     * At a check point of the main thread: calls the Python handler of each signal that arrived,
     * lowest number first, with the running frame. A handler's exception propagates; the signals
     * still pending then wait for the next check point.
     */
    @Override
    public void runPending(ThreadState ts, boolean interrupted) {
        if (interrupted) {
            pending.set(SignalNames.SIGINT.number, 1);
        }
        for (int i = 1; i < NSIG; i++) {
            Object h;
            synchronized (this) {
                if (blocked[i] || pending.get(i) == 0) {
                    continue;
                }
                pending.set(i, 0);
                h = handlers[i];
            }
            if (h instanceof PyInt || !isCallable(h)) {
                // Set to SIG_IGN or SIG_DFL after the signal arrived: nothing to call.
                continue;
            }
            Object frame = ts == null || ts.frame == null ? PyNone.NONE : ts.frame;
            try {
                Abstract.call(h, PyInt.of(i), frame);
            } catch (PyException e) {
                rearm();
                throw e;
            }
        }
    }

    private void rearm() {
        for (int j = 1; j < NSIG; j++) {
            if (pending.get(j) != 0 && !blocked[j]) {
                rt.setBreaker(Runtime.SIGNALS);
                return;
            }
        }
    }

    // ---- the wakeup descriptor ------------------------------------------------------------------

    /** {@code set_wakeup_fd}: returns the previous descriptor. */
    synchronized int setWakeup(int fd, boolean warn, Object posixWrite) {
        int old = wakeupFd;
        wakeupFd = fd;
        warnOnFullBuffer = warn;
        this.posixWrite = posixWrite;
        return old;
    }

    private void writeWakeup(int signum) {
        int fd;
        Object write;
        synchronized (this) {
            fd = wakeupFd;
            write = posixWrite;
        }
        if (fd < 0 || write == null) {
            return;
        }
        // The JVM's handler thread is no Python thread: it borrows a thread state for the write.
        ThreadState borrowed = new ThreadState(rt);
        ThreadState previous = ThreadState.attach(borrowed);
        try (var held = borrowed.holdGil()) {
            Abstract.call(write, PyInt.of(fd), new PyBytes(new byte[] {(byte) signum}));
        } catch (PyException e) {
            // A full pipe drops the byte (warn_on_full_buffer only changes the warning, not shown here).
        } finally {
            ThreadState.attach(previous);
        }
    }

    // ---- the emulated signal mask ----------------------------------------------------------------

    /** {@code pthread_sigmask(how, mask)}: returns the previous mask. */
    java.util.List<Integer> setMask(int how, boolean[] mask) {
        java.util.List<Integer> old = new java.util.ArrayList<>();
        java.util.List<Integer> released = new java.util.ArrayList<>();
        synchronized (this) {
            for (int i = 1; i < NSIG; i++) {
                if (blocked[i]) {
                    old.add(i);
                }
            }
            for (int i = 1; i < NSIG; i++) {
                boolean now = switch (how) {
                    case 0 -> blocked[i] || mask[i];
                    case 1 -> blocked[i] && !mask[i];
                    default -> mask[i];
                };
                if (now == blocked[i]) {
                    continue;
                }
                if (now) {
                    // Hold the signal here instead of letting its default action happen.
                    if (!caught[i] && SignalNames.of(i) != null) {
                        try {
                            install(jvmSignal(i), i, true, handlers[i]);
                        } catch (PyException e) {
                            continue; // the JVM keeps it (SIGKILL, SIGSTOP …): never blocked, as in the kernel
                        }
                    }
                    blocked[i] = true;
                } else {
                    blocked[i] = false;
                    released.add(i);
                }
            }
        }
        for (int i : released) {
            release(i);
        }
        return old;
    }

    /** An unblocked signal: its handler runs, or its default action happens now. */
    private void release(int i) {
        Object h;
        synchronized (this) {
            h = handlers[i];
            if (h instanceof PyInt) {
                install(jvmSignal(i), i, false, h);
            }
        }
        if (pending.get(i) == 0) {
            return;
        }
        if (h == SIG_DFL) {
            pending.set(i, 0);
            send(i);
        } else if (h == SIG_IGN) {
            pending.set(i, 0);
        } else {
            rt.setBreaker(Runtime.SIGNALS);
        }
    }

    /** The blocked signals that arrived ({@code sigpending}). */
    synchronized java.util.List<Integer> pendingBlocked() {
        java.util.List<Integer> out = new java.util.ArrayList<>();
        for (int i = 1; i < NSIG; i++) {
            if (blocked[i] && pending.get(i) != 0) {
                out.add(i);
            }
        }
        return out;
    }

    /** Takes one pending signal of {@code wanted}, lowest first; 0 when none arrived. */
    synchronized int take(boolean[] wanted) {
        for (int i = 1; i < NSIG; i++) {
            if (wanted[i] && pending.get(i) != 0) {
                pending.set(i, 0);
                return i;
            }
        }
        return 0;
    }

    /** The sum of every signal's arrivals: {@code pause} waits for it to change. */
    long totalArrivals() {
        long n = 0;
        for (int i = 1; i < NSIG; i++) {
            n += arrivals.get(i);
        }
        return n;
    }
}
