package dev.kaa.stdlib.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A stream's end function (what frees a library's state: {@code lzma_end},
 * {@code BZ2_bzCompressEnd}) runs exactly once: when the object is done with the stream, or
 * when the collector finds the object unreachable. Kaa counts no references, so the second
 * path is what stands for CPython's deallocator; the corpus cannot show it.
 */
class NativeStreamTest {
    /** The addresses of the structs the end function was called with. */
    private static final List<Long> ENDED = new CopyOnWriteArrayList<>();

    static void end(MemorySegment struct) {
        ENDED.add(struct.address());
    }

    private static MethodHandle endFunction() throws ReflectiveOperationException {
        return MethodHandles.lookup().findStatic(NativeStreamTest.class, "end",
                MethodType.methodType(void.class, MemorySegment.class));
    }

    private static long count(long address) {
        return ENDED.stream().filter(a -> a == address).count();
    }

    @Test void endRunsOnceWhenAsked() throws Exception {
        Object owner = new Object();
        NativeStream stream = new NativeStream(MemoryLayout.sequenceLayout(10, ValueLayout.JAVA_LONG));
        long address = stream.struct().address();
        stream.started(owner, endFunction(), 1024);
        stream.end();
        stream.end();
        owner = null;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(1, count(address));
    }

    @Test void endRunsWhenTheOwnerIsCollected() throws Exception {
        long address = startAndDrop();
        for (int i = 0; i < 250 && count(address) == 0; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(1, count(address));
    }

    @Test void aStreamNeverStartedIsNeverEnded() {
        NativeStream stream = new NativeStream(ValueLayout.JAVA_LONG);
        long address = stream.struct().address();
        stream.end();
        assertEquals(0, count(address));
        assertTrue(stream.struct().byteSize() == 8 && stream.struct().get(ValueLayout.JAVA_LONG, 0) == 0,
                "the struct starts zeroed, as BZ_STREAM_INIT and LZMA_STREAM_INIT are");
    }

    private static long startAndDrop() throws Exception {
        Object owner = new Object();
        NativeStream stream = new NativeStream(ValueLayout.JAVA_LONG);
        stream.started(owner, endFunction(), 1024);
        return stream.struct().address();
    }
}
