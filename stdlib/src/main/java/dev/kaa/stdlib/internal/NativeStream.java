package dev.kaa.stdlib.internal;

import dev.kaa.ext.Py;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The native half of a compressor or decompressor object ({@code _bz2}, {@code _lzma}): the
 * library's stream struct ({@code bz_stream}, {@code lzma_stream}), the lock CPython's object
 * takes around each method, and the library's end function, which frees what the library
 * allocated for the stream.
 *
 * <p>The end function runs once: as soon as the object has no further use for the stream (a
 * compressor flushed, a decompressor at the end of its stream), else when the JVM finds the
 * object unreachable, through a {@link Cleaner}, since Kaa does not count references and cannot
 * end it at the moment CPython's deallocator would. An encoder's state can be large (liblzma's
 * at preset 9 takes hundreds of megabytes), so ending early matters for the common one-shot use.
 * The struct itself is in memory of an automatic arena: the cleaning action holds it, so it
 * outlives the end call, and the JVM frees it afterwards.
 *
 * <p>Thread safety: self-locking; {@link #lock} and {@link #unlock} bracket each use of the
 * stream, as CPython's {@code ACQUIRE_LOCK}/{@code RELEASE_LOCK} do, so two threads sharing an
 * object take turns. The stream is used with the GIL released; the lock, not the GIL, guards it.
 */
public final class NativeStream {
    private static final Cleaner CLEANER = Cleaner.create();
    /**
     * The native bytes held by streams started and not yet ended, in the whole JVM, each
     * counted at its owner's estimate. The collector does not see this memory, so a program
     * that drops streams unfinished (a file read partly, then closed; compressors never
     * flushed) could fill memory before the heap asks for a collection: a start that takes the
     * total past {@link #LIMIT} runs one ({@code gc.collect()}, as CPython collects when it
     * allocates), so that the dropped streams get ended, as the JDK's direct buffers do when
     * their native memory runs short. The limit then doubles past what is held, so that streams
     * alive on purpose do not make every start collect, and comes back down once they are gone.
     * Both counters are atomic: streams start and end in any thread, the Cleaner's included.
     */
    private static final AtomicLong HELD = new AtomicLong();
    private static final long BASE_LIMIT = 256L << 20;
    private static final AtomicLong LIMIT = new AtomicLong(BASE_LIMIT);

    private final MemorySegment struct;
    private final ReentrantLock lock = new ReentrantLock();
    /** Set once the library's init function succeeded; guarded by {@link #lock}. */
    private Cleaner.Cleanable end;

    /** A zeroed struct of {@code layout} ({@code BZ_STREAM_INIT}, {@code LZMA_STREAM_INIT}). */
    public NativeStream(MemoryLayout layout) {
        this.struct = Arena.ofAuto().allocate(layout);
    }

    /** The stream struct, to pass to the library. */
    public MemorySegment struct() {
        return struct;
    }

    /**
     * Records that the library's init function succeeded for {@code owner}'s stream: its end
     * function {@code endFunction} (taking the struct, its result ignored) must run once; the
     * stream holds about {@code nativeBytes} of the library's memory until then.
     */
    public void started(Object owner, MethodHandle endFunction, long nativeBytes) {
        MemorySegment s = struct;
        end = CLEANER.register(owner, () -> {
            HELD.addAndGet(-nativeBytes);
            Libc.invoke(endFunction, s);
        });
        long held = HELD.addAndGet(nativeBytes);
        long limit = LIMIT.get();
        if (held > limit) {
            LIMIT.set(Math.max(BASE_LIMIT, 2 * held));
            // gc.collect(), not a bare System.gc(): it also runs the __del__ of what died (a
            // BZ2File's close()) before the JDK's own cleaners close the files under them.
            Py.callMethod(Py.importModule("gc"), "collect");
        } else if (limit > BASE_LIMIT && held < limit / 4) {
            LIMIT.compareAndSet(limit, Math.max(BASE_LIMIT, limit / 2));
        }
    }

    /** Runs the end function now if it has not run (the stream is of no further use). */
    public void end() {
        Cleaner.Cleanable e = end;
        end = null;
        if (e != null) {
            e.clean();
        }
    }

    /**
     * Takes the object's lock, waiting for it without the GIL when another thread holds it
     * (that thread may be waiting for the GIL to finish its call).
     */
    public void lock() {
        if (!lock.tryLock()) {
            try (var released = Py.releaseGil()) {
                lock.lock();
            }
        }
    }

    public void unlock() {
        lock.unlock();
    }
}
