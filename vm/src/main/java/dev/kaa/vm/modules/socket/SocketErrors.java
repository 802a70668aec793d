package dev.kaa.vm.modules.socket;

import dev.kaa.vm.objects.ExcErrno;
import dev.kaa.vm.objects.ExcOSError;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyStr;
import dev.kaa.vm.objects.PyType;
import java.io.IOException;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.util.HashMap;
import java.util.Map;

/**
 * The exceptions of {@code _socket}: {@code herror} and {@code gaierror}, and the
 * {@code OSError} a failed socket call raises, its errno recovered from the JDK's exception
 * (whose message is the C library's {@code strerror} text).
 *
 * <p>Thread safety: immutable.
 */
final class SocketErrors {
    private SocketErrors() {}

    static final PyType HERROR = PyType.builtin("socket.herror", ExcOSError.class, null, Exceptions.OSError);
    static final PyType GAIERROR = PyType.builtin("socket.gaierror", ExcOSError.class, null, Exceptions.OSError);

    static final int EPERM = 1, EAGAIN = 11, EBADF = 9, EINVAL = 22, EPIPE = 32, ENOTSOCK = 88, EDESTADDRREQ = 89,
            ENOPROTOOPT = 92, EPROTONOSUPPORT = 93, ESOCKTNOSUPPORT = 94, EOPNOTSUPP = 95, EAFNOSUPPORT = 97,
            EADDRINUSE = 98, EADDRNOTAVAIL = 99, ENETUNREACH = 101, ECONNRESET = 104, EISCONN = 106,
            ENOTCONN = 107, ETIMEDOUT = 110, ECONNREFUSED = 111, EHOSTUNREACH = 113, EALREADY = 114,
            EINPROGRESS = 115, ENXIO = 6;

    /** getaddrinfo's error codes (glibc's values) and their {@code gai_strerror} texts. */
    static final int EAI_NONAME = -2, EAI_AGAIN = -3, EAI_FAMILY = -6, EAI_SERVICE = -8, EAI_ADDRFAMILY = -9;

    /** Errno by its strerror text, lower case: how the JDK's messages are read back. */
    private static final Map<String, Integer> BY_TEXT = byText();

    private static Map<String, Integer> byText() {
        Map<String, Integer> m = new HashMap<>();
        for (int e = 1; e < 134; e++) {
            String s = ExcErrno.strerror(e);
            if (!s.startsWith("Unknown error")) {
                m.putIfAbsent(s.toLowerCase(java.util.Locale.ROOT), e);
            }
        }
        // The JDK's own wording for some failures.
        m.put("connection reset", ECONNRESET);
        m.put("connection refused", ECONNREFUSED);
        m.put("connect timed out", ETIMEDOUT);
        return Map.copyOf(m);
    }

    /** {@code OSError(errno, strerror(errno))} as the subclass the errno maps to. */
    static PyException error(int errno) {
        return PyErr.osError(errno, null);
    }

    /** OSError with {@code errno} and a message other than strerror's (a limit of Kaa's, explained). */
    static PyException error(int errno, String message) {
        return PyErr.withArgs(Exceptions.OSError, PyInt.of(errno), PyStr.of(message));
    }

    /** {@code TimeoutError('timed out')}, what a socket's timeout raises. */
    static PyException timeout() {
        return PyErr.format(Exceptions.TimeoutError, "timed out");
    }

    /** {@code gaierror(code, gai_strerror(code))}. */
    static PyException gaierror(int code) {
        String text = switch (code) {
            case EAI_NONAME -> "Name or service not known";
            case EAI_AGAIN -> "Temporary failure in name resolution";
            case EAI_FAMILY -> "ai_family not supported";
            case EAI_SERVICE -> "Servname not supported for ai_socktype";
            case EAI_ADDRFAMILY -> "Address family for hostname not supported";
            case -7 -> "ai_socktype not supported";
            case -1 -> "Bad value for ai_flags";
            default -> "Unknown error";
        };
        return PyErr.withArgs(GAIERROR, PyInt.of(code), PyStr.of(text));
    }

    /** {@code herror(1, 'Unknown host')}: what the gethostby* functions raise for an unknown name. */
    static PyException unknownHost() {
        return PyErr.withArgs(HERROR, PyInt.of(1), PyStr.of("Unknown host"));
    }

    /** The OSError a JDK exception from a socket call stands for. */
    static PyException of(IOException e) {
        return error(errnoOf(e));
    }

    /** The errno of a JDK exception from a socket call ({@code EIO} when it cannot be told). */
    static int errnoOf(Exception e) {
        if (e instanceof dev.kaa.vm.modules.PosixFdTable.PosixFailure f) {
            return f.errno();
        }
        if (e instanceof ClosedChannelException) {
            return EBADF;
        }
        if (e instanceof AlreadyConnectedException) {
            return EISCONN;
        }
        if (e instanceof java.nio.channels.NotYetConnectedException) {
            return ENOTCONN;
        }
        if (e instanceof java.nio.channels.UnsupportedAddressTypeException) {
            return EAFNOSUPPORT;
        }
        if (e instanceof java.net.BindException b && b.getMessage() == null) {
            return EADDRINUSE;
        }
        String m = e.getMessage();
        if (m != null) {
            String key = m.trim().toLowerCase(java.util.Locale.ROOT);
            // Some JDK messages add context after the C library's text ("Broken pipe (Write failed)").
            int paren = key.indexOf(" (");
            Integer n = BY_TEXT.get(paren > 0 ? key.substring(0, paren) : key);
            if (n != null) {
                return n;
            }
            for (Map.Entry<String, Integer> en : BY_TEXT.entrySet()) {
                if (en.getKey().length() > 8 && key.contains(en.getKey())) {
                    return en.getValue();
                }
            }
        }
        return 5; // EIO
    }
}
