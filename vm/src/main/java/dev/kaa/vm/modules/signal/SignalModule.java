package dev.kaa.vm.modules.signal;

import dev.kaa.vm.internal.eval.Runtime;
import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.ExcOSError;
import dev.kaa.vm.objects.Exposer;
import dev.kaa.vm.objects.KwOnly;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyFloat;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyModule;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PySet;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyTuple;
import dev.kaa.vm.objects.PyType;
import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Map;

/**
 * {@code _signal}: Python handlers for the signals the JVM lets through (see {@link SignalState}
 * for how a signal reaches its handler). What the JVM does not allow:
 * <ul>
 * <li>{@code signal()} of SIGQUIT, SIGILL, SIGFPE, SIGKILL, SIGSEGV, SIGSTOP (the JVM refuses
 * them), SIGBUS and SIGUSR2 (HotSpot uses them) and the real-time signals (the JVM cannot name
 * them) raises {@code OSError(EINVAL)}, as CPython does for SIGKILL;
 * <li>{@code pthread_sigmask} blocks for the whole interpreter, not one thread, by holding the
 * signal after the JVM caught it; {@code sigwait} takes such held signals;
 * <li>{@code setitimer} has only {@code ITIMER_REAL}; {@code pthread_kill} signals the process
 * (handlers run in the main thread anyway); {@code siginterrupt} is accepted and changes nothing
 * (Kaa's blocking calls are retried as PEP 475 asks); {@code sigtimedwait}, {@code sigwaitinfo}
 * and {@code pidfd_send_signal} are left out.
 * </ul>
 *
 * <p>Thread safety: the state is {@link SignalState}'s; the functions check that they run in the
 * main thread where CPython does.
 */
public final class SignalModule {
    private SignalModule() {}

    static final PyType ITIMER_ERROR = PyType.builtin("signal.itimer_error", ExcOSError.class, null,
            Exceptions.OSError);

    public static PyModule create() {
        PyModule m = new PyModule("_signal");
        m.put("__doc__", PyStr.of("Signals: setting Python handlers for them, sending them, and timers that send"
                + " SIGALRM.\n\nA handler is called with the signal number and the frame that was running."));
        Map<String, PyBuiltinFunction> fns = functions();
        fns.forEach(m::put);
        // One default_int_handler per interpreter: the launcher may have made the state first.
        SignalState state = SignalState.of(ThreadState.current().runtime, () -> fns.get("default_int_handler"));
        m.put("default_int_handler", state.defaultIntHandler);
        m.put("SIG_DFL", SignalState.SIG_DFL);
        m.put("SIG_IGN", SignalState.SIG_IGN);
        m.put("NSIG", PyInt.of(SignalState.NSIG));
        for (SignalNames s : SignalNames.values()) {
            m.put(s.name(), PyInt.of(s.number));
        }
        m.put("SIGCLD", PyInt.of(SignalNames.SIGCHLD.number));
        m.put("SIGIOT", PyInt.of(SignalNames.SIGABRT.number));
        m.put("SIGPOLL", PyInt.of(SignalNames.SIGIO.number));
        m.put("SIGRTMIN", PyInt.of(SignalNames.SIGRTMIN));
        m.put("SIGRTMAX", PyInt.of(SignalNames.SIGRTMAX));
        m.put("SIG_BLOCK", PyInt.of(0));
        m.put("SIG_UNBLOCK", PyInt.of(1));
        m.put("SIG_SETMASK", PyInt.of(2));
        m.put("ITIMER_REAL", PyInt.of(0));
        m.put("ITIMER_VIRTUAL", PyInt.of(1));
        m.put("ITIMER_PROF", PyInt.of(2));
        m.put("ItimerError", ITIMER_ERROR);
        return m;
    }

    private static Map<String, PyBuiltinFunction> functions() {
        return Exposer.functions(SignalModule.class, MethodHandles.lookup(), "_signal", null);
    }

    /**
     * For the launcher: makes {@code _signal}'s state for the interpreter and gives SIGINT to
     * it, so Ctrl-C runs the Python SIGINT handler ({@code default_int_handler} at first).
     */
    public static void installInterruptHandler(Runtime rt) {
        try {
            SignalState.of(rt, SignalModule::newDefaultIntHandler).installInterrupt();
        } catch (PyException e) {
            // No SIGINT to take over (an embedding JVM may own it): Ctrl-C then ends the JVM.
        }
    }

    /**
     * For {@code _thread.interrupt_main}: acts as if {@code signum} had arrived, without a real
     * signal. Nothing happens where its handler is {@code SIG_IGN} or {@code SIG_DFL}.
     */
    public static void simulateSignal(int signum) {
        if (signum < 1 || signum >= SignalState.NSIG) {
            throw PyErr.valueError("signal number out of range");
        }
        SignalState s = state();
        if (!(s.handler(signum) instanceof dev.kaa.vm.objects.PyInt)) {
            // As a signal's arrival, off the GIL: the write to a wakeup fd takes it itself.
            try (var unlocked = ThreadState.releaseGil()) {
                s.trip(signum);
            }
        }
    }

    private static Object newDefaultIntHandler() {
        return functions().get("default_int_handler");
    }

    private static SignalState state() {
        return SignalState.of(ThreadState.current().runtime, SignalModule::newDefaultIntHandler);
    }

    private static SignalState mainThreadState(String function) {
        Runtime rt = ThreadState.current().runtime;
        if (Thread.currentThread() != rt.mainThread) {
            throw PyErr.valueError("%s only works in main thread of the main interpreter", function);
        }
        return state();
    }

    private static void checkRange(int signum) {
        if (signum < 1 || signum >= SignalState.NSIG) {
            throw PyErr.valueError("signal number out of range");
        }
    }

    @PyMethod(doc = "Set the handler of a signal: SIG_DFL, SIG_IGN or a callable; return the previous one.")
    static Object signal(int signalnum, Object handler) {
        SignalState s = mainThreadState("signal");
        checkRange(signalnum);
        // Handlers of signals that already arrived run first, under the old handler.
        ThreadState.current().runtime.checkInterrupt();
        Object h;
        if (handler instanceof PyInt i && i.isLong() && (i.longValue() == 0 || i.longValue() == 1)) {
            h = i.longValue() == 0 ? SignalState.SIG_DFL : SignalState.SIG_IGN;
        } else if (SignalState.isCallable(handler)) {
            h = handler;
        } else {
            throw PyErr.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        }
        return s.setHandler(signalnum, h);
    }

    @PyMethod(doc = "Return the handler of a signal: SIG_DFL, SIG_IGN, a callable, or None when not set from Python.")
    static Object getsignal(int signalnum) {
        checkRange(signalnum);
        return state().handler(signalnum);
    }

    @PyMethod(doc = "The SIGINT handler Python starts with: it raises KeyboardInterrupt.")
    static Object default_int_handler(Object[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("default_int_handler() takes no keyword arguments");
        }
        if (n != 2) {
            throw PyErr.typeError("default_int_handler expected 2 arguments, got %d", n);
        }
        throw PyErr.withArgs(Exceptions.KeyboardInterrupt);
    }

    @PyMethod(doc = "Send a signal to this process; its handler has run when this returns.")
    static void raise_signal(int signalnum) {
        if (signalnum < 0 || signalnum >= SignalState.NSIG) {
            // raise(3) itself refuses it.
            throw PyErr.osError(22, null);
        }
        if (signalnum == 0) {
            return;
        }
        sendToSelf(signalnum);
    }

    /**
     * Sends a signal to this process and, in the main thread, runs its Python handler before
     * returning, as a signal a process sends itself is handled in CPython before the system
     * call returns. For {@code raise_signal}, and for {@code os.kill(os.getpid(), n)}.
     */
    public static void sendToSelf(int signalnum) {
        SignalState s = state();
        long before = s.arrivals.get(signalnum);
        s.send(signalnum);
        awaitArrival(s, signalnum, before);
        ThreadState.current().runtime.checkInterrupt();
    }

    /**
     * The JVM runs its handler on another thread, a moment after {@code raise}: wait (a second at
     * most) until it has recorded the signal, so that the Python handler runs before
     * {@code raise_signal} returns, as CPython's does.
     */
    private static void awaitArrival(SignalState s, int signum, long before) {
        if (!s.caught(signum)) {
            return;
        }
        long end = System.nanoTime() + 1_000_000_000L;
        while (s.arrivals.get(signum) == before && System.nanoTime() < end) {
            Thread.onSpinWait();
            try (var unlocked = ThreadState.releaseGil()) {
                java.util.concurrent.locks.LockSupport.parkNanos(50_000);
            }
        }
    }

    @PyMethod(doc = "Return the system's description of a signal, or None.")
    static Object strsignal(int signalnum) {
        checkRange(signalnum);
        String d = SignalNames.describe(signalnum);
        return d == null ? PyNone.NONE : PyStr.of(d);
    }

    @PyMethod(doc = "Return the set of signal numbers valid on this platform.")
    static Object valid_signals() {
        PySet out = new PySet();
        for (int i = 1; i < SignalState.NSIG; i++) {
            if (SignalNames.valid(i)) {
                out.addItem(PyInt.of(i));
            }
        }
        return out;
    }

    @PyMethod(doc = "Accepted for compatibility: Kaa's blocking calls are always retried after a handler runs.")
    static void siginterrupt(int signalnum, int flag) {
        checkRange(signalnum);
    }

    @PyMethod(doc = "Set the file descriptor the signal number is written to when a signal arrives; return the old one.")
    static int set_wakeup_fd(Object fd, @KwOnly @Opt("True") boolean warn_on_full_buffer) {
        int n = Abstract.asInt(fd);
        SignalState s = mainThreadState("set_wakeup_fd");
        Object write = null;
        if (n != -1) {
            ThreadState ts = ThreadState.current();
            Object posix = ts.runtime.services.importName(ts, "posix", null, PyNone.NONE, 0);
            Object blocking = Abstract.call(Abstract.getAttr(posix, PyStr.of("get_blocking")), PyInt.of(n));
            if (Abstract.isTrue(blocking)) {
                throw PyErr.valueError("the fd %s must be in non-blocking mode", n);
            }
            write = Abstract.getAttr(posix, PyStr.of("write"));
        }
        return s.setWakeup(n, warn_on_full_buffer, write);
    }

    // ---- timers ---------------------------------------------------------------------------------

    @PyMethod(doc = "Send SIGALRM after the given number of seconds (0 cancels); return the seconds left of the previous alarm.")
    static long alarm(long seconds) {
        long[] old = state().timer.set(Math.max(0, seconds) * 1_000_000_000L, 0);
        // The kernel's rounding: to the nearest second, and never 0 while an alarm is set.
        long secs = old[0] / 1_000_000_000L;
        long rest = old[0] % 1_000_000_000L;
        if (rest >= 500_000_000L) {
            secs++;
        }
        return secs == 0 && rest > 0 ? 1 : secs;
    }

    @PyMethod(doc = "Set a timer to send a signal after seconds, then every interval; return the old (delay, interval).")
    static Object setitimer(int which, Object seconds, @Opt Object interval) {
        checkWhich(which);
        double v = Abstract.asDouble(seconds);
        double iv = interval == null ? 0 : Abstract.asDouble(interval);
        if (v < 0 || iv < 0 || Double.isNaN(v) || Double.isNaN(iv)) {
            throw itimerError();
        }
        return pair(state().timer.set((long) (v * 1e9), (long) (iv * 1e9)));
    }

    @PyMethod(doc = "Return the (delay, interval) of a timer.")
    static Object getitimer(int which) {
        checkWhich(which);
        return pair(state().timer.get());
    }

    private static void checkWhich(int which) {
        if (which == 1 || which == 2) {
            throw PyErr.withArgs(ITIMER_ERROR, PyInt.of(38),
                    PyStr.of("ITIMER_VIRTUAL and ITIMER_PROF count CPU time, which the JVM cannot time"));
        }
        if (which != 0) {
            throw itimerError();
        }
    }

    private static PyException itimerError() {
        return PyErr.withArgs(ITIMER_ERROR, PyInt.of(22), PyStr.of("Invalid argument"));
    }

    private static Object pair(long[] nanos) {
        // Microseconds, as struct itimerval holds them.
        return PyTuple.of(new PyFloat(nanos[0] / 1000 / 1e6), new PyFloat(nanos[1] / 1000 / 1e6));
    }

    // ---- waiting for signals --------------------------------------------------------------------

    @PyMethod(doc = "Wait until a signal arrives and its handler has run.")
    static void pause() {
        SignalState s = state();
        Runtime rt = ThreadState.current().runtime;
        long seen = s.totalArrivals();
        while (true) {
            rt.checkInterrupt();
            if (s.totalArrivals() != seen) {
                rt.checkInterrupt();
                return;
            }
            try (var unlocked = ThreadState.releaseGil()) {
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
            }
        }
    }

    @PyMethod(doc = "Send a signal to a thread of this process; signal 0 only checks that the thread exists.")
    static void pthread_kill(long thread_id, int signalnum) {
        boolean alive = Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.threadId() == thread_id);
        if (!alive) {
            throw PyErr.osError(3, null);
        }
        if (signalnum == 0) {
            return;
        }
        // The JVM cannot aim a signal at one thread; handlers run in the main thread in any case.
        raise_signal(signalnum);
    }

    @PyMethod(doc = "Change the set of blocked signals (held by Kaa for the whole interpreter); return the old set.")
    static Object pthread_sigmask(int how, Object mask) {
        boolean[] set = sigset(mask);
        if (how < 0 || how > 2) {
            throw PyErr.osError(22, null);
        }
        Object old = toSet(state().setMask(how, set));
        // A signal just unblocked has its handler run before this returns, as in CPython.
        ThreadState.current().runtime.checkInterrupt();
        return old;
    }

    @PyMethod(doc = "Return the set of blocked signals that arrived.")
    static Object sigpending() {
        return toSet(state().pendingBlocked());
    }

    @PyMethod(doc = "Wait until one of the given (blocked) signals arrives; return its number.")
    static int sigwait(Object sigset) {
        boolean[] wanted = sigset(sigset);
        SignalState s = state();
        Runtime rt = ThreadState.current().runtime;
        while (true) {
            int n = s.take(wanted);
            if (n != 0) {
                return n;
            }
            rt.checkInterrupt();
            try (var unlocked = ThreadState.releaseGil()) {
                java.util.concurrent.locks.LockSupport.parkNanos(2_000_000L);
            }
        }
    }

    private static boolean[] sigset(Object iterable) {
        boolean[] set = new boolean[SignalState.NSIG];
        Abstract.forEach(iterable, o -> {
            int n = Abstract.asInt(o);
            if (n < 1 || n >= SignalState.NSIG) {
                throw PyErr.valueError("signal number %s out of range [1; %s]", n, SignalState.NSIG - 1);
            }
            set[n] = true;
        });
        return set;
    }

    private static Object toSet(List<Integer> signals) {
        PySet out = new PySet();
        for (int i : signals) {
            out.addItem(PyInt.of(i));
        }
        return out;
    }
}
