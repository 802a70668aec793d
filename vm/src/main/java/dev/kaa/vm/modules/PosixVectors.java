package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code os.readv}, {@code os.writev}, {@code os.sendfile}, {@code os.copy_file_range} and
 * {@code os.splice}: reads and writes of several buffers at once, and copies from one descriptor to
 * another, over the interpreter's {@link PosixFdTable}. The copies pass through a buffer of Kaa's
 * (Java channels have no zero-copy path between arbitrary descriptors), within the limits the
 * system calls set: sendfile reads a file, copy_file_range copies file to file, splice needs a pipe
 * on one side. Each is one {@code read}/{@code write} of the descriptor, so it returns
 * what one call of the C function would: possibly less than asked.
 *
 * <p>Thread safety: GIL-guarded; the GIL is let go around the transfers.
 */
final class PosixVectors {
    private PosixVectors() {}

    /** Linux's cap on one sendfile(2) (0x7ffff000); Kaa also keeps each call's buffer small. */
    private static final int SENDFILE_CHUNK = 1 << 20;

    @PyMethod(positionalOnly = 2, doc = "Read from fd into the writable buffers, filling each in turn; gives the"
            + " number of bytes read.")
    static long readv(int fd, Object buffers) {
        List<Object> targets = sequence(buffers, "readv() arg 2 must be a sequence");
        long total = 0;
        for (Object b : targets) {
            if (!Buffers.writable(b)) {
                throw Buffers.orNull(b) == null ? PyErr.typeError("a bytes-like object is required, not '%T'", b)
                        : PyErr.format(dev.kaa.vm.objects.Exceptions.BufferError, "Object is not writable.");
            }
            total += Abstract.len(b);
        }
        PosixFdTable.Handle h = PosixState.current().fds.get(fd);
        byte[] got;
        try (var unlocked = ThreadState.releaseGil()) {
            got = h.read((int) Math.min(total, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
        int at = 0;
        for (Object b : targets) {
            if (at >= got.length) {
                break;
            }
            int n = Math.min(Abstract.len(b), got.length - at);
            Buffers.write(b, 0, java.util.Arrays.copyOfRange(got, at, at + n));
            at += n;
        }
        return got.length;
    }

    @PyMethod(positionalOnly = 2, doc = "Write the buffers to fd one after the other; gives the number of bytes"
            + " written.")
    static long writev(int fd, Object buffers) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Object b : sequence(buffers, "writev() arg 2 must be a sequence")) {
            all.writeBytes(Buffers.read(b));
        }
        PosixFdTable.Handle h = PosixState.current().fds.get(fd);
        try (var unlocked = ThreadState.releaseGil()) {
            return h.write(all.toByteArray());
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    @PyMethod(positionalOnly = 0, doc = "Copy up to count bytes of the file in_fd, from offset (or from its position when offset is\n"
            + "None, which then advances), to out_fd; gives the number of bytes sent (0 at end of file).")
    static long sendfile(Object out_fd, Object in_fd, Object offset, long count) {
        PosixFdTable table = PosixState.current().fds;
        PosixFdTable.Handle out = table.get(PosixFds.fileno(out_fd));
        PosixFdTable.Handle in = table.get(PosixFds.fileno(in_fd));
        boolean own = offset == PyNone.NONE;
        long at = own ? 0 : Abstract.asLong(Abstract.index(offset));
        if (at < 0 || count < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        // Linux wants a file it can map as the source: a pipe or socket is EINVAL.
        if (!isFile(in)) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        return transfer(in, own ? -1 : at, out, -1, count);
    }

    @PyMethod(positionalOnly = 0, doc = "Copy up to count bytes from the file src (from offset_src, or its position)\n"
            + "to the file dst (at offset_dst, or its position); gives the number of bytes copied.")
    static long copy_file_range(int src, int dst, long count, @Opt Object offset_src, @Opt Object offset_dst) {
        checkCount(count);
        PosixFdTable table = PosixState.current().fds;
        PosixFdTable.Handle in = table.get(src);
        PosixFdTable.Handle out = table.get(dst);
        long inAt = offset(offset_src), outAt = offset(offset_dst);
        if (!isFile(in) || !isFile(out) || out.append) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        return transfer(in, inAt, out, outAt, count);
    }

    @PyMethod(positionalOnly = 0, doc = "Move up to count bytes from src to dst, one of which must be a pipe; an offset\n"
            + "is allowed only for the side that is a file. Gives the number of bytes moved.")
    static long splice(int src, int dst, long count, @Opt Object offset_src, @Opt Object offset_dst,
            @Opt("0") int flags) {
        checkCount(count);
        PosixFdTable table = PosixState.current().fds;
        PosixFdTable.Handle in = table.get(src);
        PosixFdTable.Handle out = table.get(dst);
        long inAt = offset(offset_src), outAt = offset(offset_dst);
        if (!isPipe(in) && !isPipe(out)) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        if (inAt >= 0 && !isFile(in) || outAt >= 0 && !isFile(out)) {
            throw PosixErrors.error(PosixErrors.ESPIPE, null);
        }
        return transfer(in, inAt, out, outAt, count);
    }

    private static void checkCount(long count) {
        if (count < 0) {
            throw PyErr.valueError("negative value for 'count' not allowed");
        }
    }

    private static long offset(Object o) {
        if (o == null || o == PyNone.NONE) {
            return -1;
        }
        long at = Abstract.asLong(Abstract.index(o));
        if (at < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        return at;
    }

    private static boolean isFile(PosixFdTable.Handle h) {
        return h.channel instanceof FileChannel && !h.stdio;
    }

    private static boolean isPipe(PosixFdTable.Handle h) {
        return h.channel instanceof java.nio.channels.Pipe.SourceChannel
                || h.channel instanceof java.nio.channels.Pipe.SinkChannel;
    }

    /**
     * One read of at most {@code count} bytes from {@code in} (at {@code inAt}, or from its
     * position when -1), written to {@code out} (likewise); a file's position advances by what
     * was written.
     */
    private static long transfer(PosixFdTable.Handle in, long inAt, PosixFdTable.Handle out, long outAt, long count) {
        try (var unlocked = ThreadState.releaseGil()) {
            int n = (int) Math.min(count, SENDFILE_CHUNK);
            byte[] data;
            long from = -1;
            if (in.channel instanceof FileChannel fc && !in.stdio) {
                from = inAt >= 0 ? inAt : fc.position();
                ByteBuffer buf = ByteBuffer.allocate(n);
                int got = fc.read(buf, from);
                data = new byte[Math.max(got, 0)];
                buf.flip().get(data);
            } else {
                data = in.read(n);
            }
            if (data.length == 0) {
                return 0;
            }
            int sent;
            if (outAt >= 0 && out.channel instanceof FileChannel oc) {
                sent = oc.write(ByteBuffer.wrap(data), outAt);
            } else {
                sent = out.write(data);
            }
            if (inAt < 0 && from >= 0) {
                ((FileChannel) in.channel).position(from + sent);
            }
            return sent;
        } catch (NonReadableChannelException | java.nio.channels.NonWritableChannelException e) {
            throw PosixErrors.error(PosixErrors.EBADF, null);
        } catch (IOException e) {
            throw PosixErrors.of(e, null);
        }
    }

    private static List<Object> sequence(Object o, String message) {
        // PySequence_Check: a __getitem__ that is not a dict's.
        if (Abstract.typeOf(o).lookup("__getitem__") == null || o instanceof dev.kaa.vm.objects.PyDict) {
            throw PyErr.typeError(message);
        }
        List<Object> out = new ArrayList<>();
        Abstract.forEach(o, out::add);
        return out;
    }
}
