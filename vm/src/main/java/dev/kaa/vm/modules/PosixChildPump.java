package dev.kaa.vm.modules;

import dev.kaa.threading.GlobalLock;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;

/**
 * A daemon thread that copies bytes between one standard stream of a child process and the Kaa
 * descriptor the child was given for it: a Java child cannot receive Kaa's descriptors, which
 * are Java channels, so its stream is a pipe to the JVM and this thread stands in for the
 * descriptor. It holds the descriptor's open file (a {@linkplain PosixFdTable#retain hold})
 * while it copies, so that closing the parent's descriptor does not close what the child still
 * uses, and lets go at the end: the write end of a Kaa pipe then closes when no one else holds
 * it, and its reader sees end of file, as when a child that had the pipe as stdout exits.
 *
 * <p>When the child's input is a Kaa pipe and the child stops reading (it ended), the copier lets
 * go of the pipe's read end: with no reader left, the parent's next write fails with
 * {@code BrokenPipeError}, as with a real pipe.
 *
 * <p>Thread safety: runs on its own thread and touches no Python object; the descriptor table
 * is changed only under the interpreter's global lock; {@link #moved} and {@link #done} are
 * read by other threads.
 */
final class PosixChildPump implements Runnable {
    private static final int CHUNK = 1 << 16;

    private final PosixFdTable table;
    private final PosixFdTable.Handle handle;
    private final GlobalLock gil;
    /** The child's output to read, or null for a copier of the child's input. */
    private final InputStream fromChild;
    /** The child's input to write, or null for a copier of the child's output. */
    private final OutputStream toChild;
    private volatile long moved;
    private volatile boolean done;
    /** The child's output could not be delivered (the pipe's reader is gone), so its end was closed. */
    private volatile boolean readerGone;
    private final Object doneSignal = new Object();

    private PosixChildPump(PosixFdTable table, PosixFdTable.Handle handle, GlobalLock gil, InputStream fromChild,
            OutputStream toChild) {
        this.table = table;
        this.handle = handle;
        this.gil = gil;
        this.fromChild = fromChild;
        this.toChild = toChild;
        table.retain(handle); // the caller holds the global lock
    }

    /** Starts copying the child's output {@code in} to the file of {@code h}. */
    static PosixChildPump output(PosixFdTable table, PosixFdTable.Handle h, GlobalLock gil, InputStream in,
            String name) {
        PosixChildPump p = new PosixChildPump(table, h, gil, in, null);
        p.start(name);
        return p;
    }

    /** Starts copying the file of {@code h} to the child's input {@code out}. */
    static PosixChildPump input(PosixFdTable table, PosixFdTable.Handle h, GlobalLock gil, OutputStream out,
            String name) {
        PosixChildPump p = new PosixChildPump(table, h, gil, null, out);
        p.start(name);
        return p;
    }

    private void start(String name) {
        Thread t = new Thread(this, name);
        t.setDaemon(true);
        t.start();
    }

    long moved() {
        return moved;
    }

    boolean done() {
        return done;
    }

    /** Whether this copier closed the child's output because no one reads it any more. */
    boolean readerGone() {
        return readerGone;
    }

    /** Waits up to {@code millis} for the copy to end. */
    void awaitDone(long millis) throws InterruptedException {
        synchronized (doneSignal) {
            if (!done) {
                doneSignal.wait(millis);
            }
        }
    }

    @Override public void run() {
        try {
            if (fromChild != null) {
                copyOut();
            } else {
                copyIn();
            }
        } catch (IOException | RuntimeException e) {
            // The other side went away (the child ended, or the parent closed its end): stop.
        } finally {
            close(fromChild);
            close(toChild);
            letGo();
            synchronized (doneSignal) {
                done = true;
                doneSignal.notifyAll();
            }
        }
    }

    private void copyOut() throws IOException {
        if (!(handle.channel instanceof WritableByteChannel wc)) {
            return;
        }
        byte[] buf = new byte[CHUNK];
        int n;
        while ((n = fromChild.read(buf)) > 0) {
            ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
            while (b.hasRemaining()) {
                if (handle.append && wc instanceof FileChannel fc) {
                    fc.position(fc.size());
                }
                int w;
                try {
                    w = wc.write(b);
                } catch (IOException e) {
                    // No reader left: closing the child's end makes its next write raise SIGPIPE.
                    readerGone = true;
                    throw e;
                }
                if (w == 0) {
                    pause(); // a non-blocking descriptor with no room yet
                }
            }
            moved += n;
        }
    }

    private void copyIn() throws IOException {
        if (!(handle.channel instanceof ReadableByteChannel rc)) {
            return;
        }
        ByteBuffer b = ByteBuffer.allocate(CHUNK);
        while (true) {
            b.clear();
            int n = rc.read(b);
            if (n < 0) {
                return;
            }
            if (n == 0) {
                pause(); // a non-blocking descriptor with nothing yet
                continue;
            }
            toChild.write(b.array(), 0, n);
            toChild.flush();
            moved += n;
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }

    private static void close(java.io.Closeable c) {
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // Already broken: nothing more to do.
            }
        }
    }

    /** Drops the hold on the descriptor's file, under the global lock that guards the table. */
    private void letGo() {
        boolean locked = gil != null && !gil.isHeldByCurrentThread();
        if (locked) {
            gil.acquire();
        }
        try {
            table.release(handle);
        } catch (IOException e) {
            // Closing a pipe end does not fail in a way anyone could be told of.
        } finally {
            if (locked) {
                gil.release();
            }
        }
    }
}
