package dev.kaa.vm.modules;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One child process that {@code _posixsubprocess.fork_exec} started: the Java {@link Process},
 * the threads copying its standard streams to and from Kaa's descriptors, and what Kaa needs to
 * report how it ended as {@code waitpid(2)} would.
 *
 * <p>The JVM reaps its children itself and reports a child killed by signal N as exit code
 * 128+N, so a killed child cannot be told from one that exits with that code. Kaa records the
 * last signal its own {@code os.kill} sent to the child: when the child then ends with 128 plus
 * that signal, it is reported as killed by it, as CPython reports it. Likewise a child that ends
 * with 128+SIGPIPE after Kaa closed its output pipe for want of a reader died of that SIGPIPE.
 *
 * <p>Thread safety: {@link #signalSent} is volatile; the rest is final or read once the process
 * has ended.
 */
final class PosixChild {
    /** How long a stream copier may sit idle after the child's end before the end is reported. */
    private static final long DRAIN_IDLE_NANOS = 200_000_000L;
    private static final int SIGPIPE = 13;

    final long pid;
    final Process process;
    /** The process group the child is in: its own after {@code setsid}, else Kaa's. */
    final long pgid;
    /** The real user id the child runs as. */
    final long uid;
    /** The copiers of the child's output, which waitpid lets finish before it reports the end. */
    private final List<PosixChildPump> outputs;
    /** The last signal {@code os.kill} sent while the child ran (0: none). */
    volatile int signalSent;

    PosixChild(Process process, long pgid, long uid, List<PosixChildPump> outputs) {
        this.pid = process.pid();
        this.process = process;
        this.pgid = pgid;
        this.uid = uid;
        this.outputs = outputs;
    }

    boolean ended() {
        return !process.isAlive();
    }

    /** Waits up to {@code nanos} for the process to end (no GIL held by the caller); true if it has. */
    boolean awaitEnd(long nanos) throws InterruptedException {
        return process.waitFor(nanos, TimeUnit.NANOSECONDS);
    }

    /**
     * After the end: lets the copiers of the child's output deliver what it wrote, as the
     * child's own writes would be complete when it ends. A copier that stops moving data (a
     * grandchild holds the pipe open, or the destination pipe is full) is not waited for.
     * Call without the GIL.
     */
    void drainOutputs() throws InterruptedException {
        for (PosixChildPump p : outputs) {
            long moved = -1;
            long idleSince = System.nanoTime();
            while (!p.done()) {
                long m = p.moved();
                long now = System.nanoTime();
                if (m != moved) {
                    moved = m;
                    idleSince = now;
                } else if (now - idleSince > DRAIN_IDLE_NANOS) {
                    break;
                }
                p.awaitDone(2);
            }
        }
    }

    /** The {@code waitpid} status of the ended child, in Linux's encoding. */
    int waitStatus() {
        int code = process.exitValue();
        int sig = signalSent;
        if (sig > 0 && code == 128 + sig) {
            return sig;
        }
        if (code == 128 + SIGPIPE && outputs.stream().anyMatch(PosixChildPump::readerGone)) {
            return SIGPIPE; // Kaa closed the pipe it wrote to, having no reader for it
        }
        return (code & 0xff) << 8;
    }
}
