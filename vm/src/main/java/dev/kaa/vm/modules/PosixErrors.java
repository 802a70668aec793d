package dev.kaa.vm.modules;

import dev.kaa.vm.objects.ExcErrno;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBaseException;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the JDK's I/O exceptions into the {@code OSError} a failed system call raises in
 * CPython: the errno, its Linux message, and the file name(s) the caller passed.
 *
 * <p>The JDK reports most failures of a system call as a {@link FileSystemException} whose
 * reason is the C library's {@code strerror} text, so the errno is recovered from that text.
 *
 * <p>Thread safety: immutable.
 */
final class PosixErrors {
    private PosixErrors() {}

    static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, EXDEV = 18, ENOTDIR = 20,
            EISDIR = 21, EINVAL = 22, ESPIPE = 29, ENOTEMPTY = 39, ELOOP = 40, ENOSYS = 38, ESRCH = 3, ENOTTY = 25;

    private static final Map<String, Integer> BY_TEXT = new HashMap<>();

    static {
        for (int e = 1; e < 140; e++) {
            String s = ExcErrno.strerror(e);
            if (!s.startsWith("Unknown error")) {
                BY_TEXT.putIfAbsent(s, e);
            }
        }
    }

    /** {@code os.strerror}: "Success" for 0, as glibc says. */
    static String strerror(int errno) {
        return errno == 0 ? "Success" : ExcErrno.strerror(errno);
    }

    /** The errno a JDK exception stands for ({@code EIO} when it cannot be told). */
    static int errnoOf(IOException e) {
        if (e instanceof PosixFdTable.PosixFailure f) {
            return f.errno;
        } else if (e instanceof java.nio.channels.ClosedChannelException) {
            return EBADF;
        }
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        } else if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        } else if (e instanceof AccessDeniedException) {
            return reasonErrno(e, EACCES);
        } else if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        } else if (e instanceof NotLinkException) {
            return EINVAL;
        } else if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        return reasonErrno(e, EIO);
    }

    private static int reasonErrno(IOException e, int otherwise) {
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null) {
            return otherwise;
        }
        Integer n = BY_TEXT.get(reason.trim());
        return n == null ? otherwise : n;
    }

    /** {@code OSError(errno, strerror(errno)[, filename])}. */
    static PyException error(int errno, Object filename) {
        return PyErr.osError(errno, filename);
    }

    /** {@code OSError(errno, strerror(errno), filename, None, filename2)}. */
    static PyException error(int errno, Object filename, Object filename2) {
        if (filename2 == null) {
            return PyErr.osError(errno, filename);
        }
        return new PyException(PyBaseException.create(Exceptions.OSError, PyInt.of(errno),
                PyStr.of(strerror(errno)), filename, dev.kaa.vm.objects.PyNone.NONE, filename2));
    }

    /** The OSError for a JDK exception about {@code filename} (may be null). */
    static PyException of(IOException e, Object filename) {
        return error(errnoOf(e), filename);
    }

    /** The OSError for a JDK exception about two files ({@code rename}, {@code link} …). */
    static PyException of(IOException e, Object filename, Object filename2) {
        return error(errnoOf(e), filename, filename2);
    }
}
