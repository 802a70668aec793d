package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.lang.invoke.MethodHandles;

/**
 * {@code _ssl}'s exceptions and the makers of each. An {@code SSLError} carries
 * {@code (ssl_error_code, message)} as its arguments and the attributes {@code library} and
 * {@code reason}; its message reads {@code "[LIBRARY: REASON] text"} as OpenSSL's error queue
 * spells it (without CPython's {@code "(_ssl.c:NNN)"} location, which would name C code Kaa does
 * not have). {@code SSLCertVerificationError} adds {@code verify_code} and
 * {@code verify_message}, with OpenSSL's X509_V_ERR numbers and texts.
 *
 * <p>Thread safety: the types are set once, when the module is first imported.
 */
final class SslErrors {
    private SslErrors() {}

    static final int SSL_ERROR_SSL = 1, SSL_ERROR_WANT_READ = 2, SSL_ERROR_WANT_WRITE = 3,
            SSL_ERROR_WANT_X509_LOOKUP = 4, SSL_ERROR_SYSCALL = 5, SSL_ERROR_ZERO_RETURN = 6,
            SSL_ERROR_WANT_CONNECT = 7, SSL_ERROR_EOF = 8, SSL_ERROR_INVALID_ERROR_CODE = 10;

    static volatile PythonType sslError, zeroReturn, wantRead, wantWrite, syscall, eof, certVerification;

    static void define(ModuleDefinition m) {
        sslError = m.addException("SSLError", Py.builtinType("OSError"),
                "An error occurred in the SSL implementation.", SslErrors.class, MethodHandles.lookup());
        zeroReturn = m.addException("SSLZeroReturnError", sslError, "SSL/TLS session closed cleanly.");
        wantRead = m.addException("SSLWantReadError", sslError,
                "Non-blocking SSL socket needs to read more data\nbefore the requested operation can be completed.");
        wantWrite = m.addException("SSLWantWriteError", sslError,
                "Non-blocking SSL socket needs to write more data\nbefore the requested operation can be completed.");
        syscall = m.addException("SSLSyscallError", sslError, "System error when attempting SSL operation.");
        eof = m.addException("SSLEOFError", sslError, "SSL/TLS connection terminated abruptly.");
        certVerification = m.addException("SSLCertVerificationError", sslError,
                "A certificate could not be verified.");
    }

    /** {@code SSLError.__str__}: the message when there is one, else {@code str(args)}. */
    @PyMethod
    static Object __str__(Object self) {
        Object strerror = Py.getAttr(self, "strerror");
        if (Py.isInstance(strerror, Py.builtinType("str"))) {
            return strerror;
        }
        return Py.str(Py.strOf(Py.getAttr(self, "args")));
    }

    /**
     * An exception of {@code type} with {@code (code, "[LIBRARY: REASON] text")}; {@code library}
     * and {@code reason} may be null, and are kept as attributes.
     */
    static PythonException make(PythonType type, int code, String library, String reason, String text) {
        String message = library == null ? text
                : reason == null ? "[" + library + "] " + text : "[" + library + ": " + reason + "] " + text;
        PythonException e = Py.errorWithArgs(type, Py.integer(code), Py.str(message));
        Py.setAttr(e.value(), "library", library == null ? Py.none() : Py.str(library));
        Py.setAttr(e.value(), "reason", reason == null ? Py.none() : Py.str(reason));
        return e;
    }

    static PythonException sslError(int code, String library, String reason, String text) {
        return make(sslError, code, library, reason, text);
    }

    static PythonException wantRead() {
        return make(wantRead, SSL_ERROR_WANT_READ, null, null, "The operation did not complete (read)");
    }

    static PythonException wantWrite() {
        return make(wantWrite, SSL_ERROR_WANT_WRITE, null, null, "The operation did not complete (write)");
    }

    static PythonException zeroReturn() {
        return make(zeroReturn, SSL_ERROR_ZERO_RETURN, null, null, "TLS/SSL connection has been closed (EOF)");
    }

    static PythonException eof() {
        return make(eof, SSL_ERROR_EOF, "SSL", "UNEXPECTED_EOF_WHILE_READING",
                "EOF occurred in violation of protocol");
    }

    /** "certificate verify failed: MESSAGE", with OpenSSL's verification error number. */
    static PythonException certVerification(int verifyCode, String verifyMessage) {
        PythonException e = make(certVerification, SSL_ERROR_SSL, "SSL", "CERTIFICATE_VERIFY_FAILED",
                "certificate verify failed: " + verifyMessage);
        Py.setAttr(e.value(), "verify_code", Py.integer(verifyCode));
        Py.setAttr(e.value(), "verify_message", Py.str(verifyMessage));
        return e;
    }

    /** OpenSSL's "PEM lib" error, raised for any certificate or key file it cannot use. */
    static PythonException pemLib() {
        return make(sslError, 524297, "SSL", null, "PEM lib");
    }
}
