package dev.kaa.vm.modules.signal;

/**
 * The signals of Linux on x86-64 and ARM: number, name and the C library's description
 * ({@code strsignal(3)} of glibc, as CPython's {@code signal.strsignal} gives it). One table,
 * read by the module's constants, {@code strsignal} and the JVM's names for {@code sun.misc.Signal}.
 *
 * <p>Thread safety: immutable.
 */
enum SignalNames {
    SIGHUP(1, "Hangup"),
    SIGINT(2, "Interrupt"),
    SIGQUIT(3, "Quit"),
    SIGILL(4, "Illegal instruction"),
    SIGTRAP(5, "Trace/breakpoint trap"),
    SIGABRT(6, "Aborted"),
    SIGBUS(7, "Bus error"),
    SIGFPE(8, "Floating point exception"),
    SIGKILL(9, "Killed"),
    SIGUSR1(10, "User defined signal 1"),
    SIGSEGV(11, "Segmentation fault"),
    SIGUSR2(12, "User defined signal 2"),
    SIGPIPE(13, "Broken pipe"),
    SIGALRM(14, "Alarm clock"),
    SIGTERM(15, "Terminated"),
    SIGSTKFLT(16, "Stack fault"),
    SIGCHLD(17, "Child exited"),
    SIGCONT(18, "Continued"),
    SIGSTOP(19, "Stopped (signal)"),
    SIGTSTP(20, "Stopped"),
    SIGTTIN(21, "Stopped (tty input)"),
    SIGTTOU(22, "Stopped (tty output)"),
    SIGURG(23, "Urgent I/O condition"),
    SIGXCPU(24, "CPU time limit exceeded"),
    SIGXFSZ(25, "File size limit exceeded"),
    SIGVTALRM(26, "Virtual timer expired"),
    SIGPROF(27, "Profiling timer expired"),
    SIGWINCH(28, "Window changed"),
    SIGIO(29, "I/O possible"),
    SIGPWR(30, "Power failure"),
    SIGSYS(31, "Bad system call");

    /** {@code NSIG}: one more than the highest signal number (the last real-time signal, 64). */
    static final int NSIG = 65;
    /** glibc keeps 32 and 33 for its threads; the real-time signals are 34 to 64. */
    static final int SIGRTMIN = 34, SIGRTMAX = 64;

    final int number;
    final String description;

    SignalNames(int number, String description) {
        this.number = number;
        this.description = description;
    }

    private static final SignalNames[] BY_NUMBER = new SignalNames[SIGRTMIN];

    static {
        for (SignalNames s : values()) {
            BY_NUMBER[s.number] = s;
        }
    }

    /** The signal of that number below the real-time ones, or null. */
    static SignalNames of(int number) {
        return number > 0 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /** The name {@code sun.misc.Signal} knows it by: without {@code SIG}. */
    String jvmName() {
        return name().substring(3);
    }

    /** {@code strsignal(number)}, or null where glibc has no text (32, 33). */
    static String describe(int number) {
        SignalNames s = of(number);
        if (s != null) {
            return s.description;
        }
        return number >= SIGRTMIN && number <= SIGRTMAX ? "Real-time signal " + (number - SIGRTMIN) : null;
    }

    /** Whether glibc lets a program use the number ({@code sigfillset}'s members). */
    static boolean valid(int number) {
        return number >= 1 && number < NSIG && (number < 32 || number >= SIGRTMIN);
    }
}
