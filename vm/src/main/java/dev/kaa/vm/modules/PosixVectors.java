package dev.kaa.vm.modules;

import dev.kaa.vm.internal.eval.ThreadState;
import dev.kaa.vm.modules.struct.Buffers;
import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.PyErr;
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
 * {@code os.readv}, {@code os.writev} and {@code os.sendfile}: reads and writes of several buffers
 * at once, and a copy from a file to another descriptor, over the interpreter's
 * {@link PosixFdTable}. Each is one {@code read}/{@code write} of the descriptor, so it returns
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
        if (count < 0 || at < 0) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        // Linux wants a file it can map as the source: a pipe or socket is EINVAL.
        if (!(in.channel instanceof FileChannel fc) || in.stdio) {
            throw PosixErrors.error(PosixErrors.EINVAL, null);
        }
        try (var unlocked = ThreadState.releaseGil()) {
            long from = own ? fc.position() : at;
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(count, SENDFILE_CHUNK));
            int got = fc.read(buf, from);
            if (got <= 0) {
                return 0;
            }
            byte[] data = new byte[got];
            buf.flip().get(data);
            int sent = out.write(data);
            if (own) {
                fc.position(from + sent);
            }
            return sent;
        } catch (NonReadableChannelException e) {
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
