package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonType;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.security.auth.x500.X500Principal;

/**
 * {@code _ssl.Certificate}: one certificate of a peer's chain, as {@code get_verified_chain()}
 * and {@code get_unverified_chain()} give them.
 *
 * <p>Thread safety: immutable.
 */
public final class SslCertificate extends ExtensionObject {
    static volatile PythonType type;
    static final int ENCODING_PEM = 1, ENCODING_DER = 2;

    private final X509Certificate cert;

    private SslCertificate(X509Certificate cert) {
        super(type);
        this.cert = cert;
    }

    @PyMethod
    static Object __new__(PythonType cls, Object[] args, String[] kwnames) {
        throw Py.typeError("cannot create '_ssl.Certificate' instances");
    }

    static SslCertificate of(X509Certificate cert) {
        return new SslCertificate(cert);
    }

    @PyMethod
    Object get_info() {
        return CertDict.of(cert);
    }

    @PyMethod(positionalOnly = 0)
    Object public_bytes(@Opt("1") int format) {
        byte[] der = Stores.encoded(cert);
        return switch (format) {
            case ENCODING_DER -> Py.bytes(der);
            case ENCODING_PEM -> Py.str("-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der) + "\n-----END CERTIFICATE-----\n");
            default -> throw Py.valueError("Unsupported format");
        };
    }

    @PyMethod
    Object __eq__(Object other) {
        if (!(other instanceof SslCertificate c)) {
            return Py.notImplemented();
        }
        return Py.bool(cert.equals(c.cert));
    }

    @PyMethod
    long __hash__() {
        return cert.hashCode();
    }

    @PyMethod
    String __repr__() {
        return "<_ssl.Certificate '" + cert.getSubjectX500Principal().getName(X500Principal.RFC2253) + "'>";
    }
}
