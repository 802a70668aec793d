package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionModule;
import dev.kaa.ext.ModuleDefinition;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PythonException;
import java.lang.invoke.MethodHandles;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * {@code _ssl}, what {@code ssl} is built on, over the JDK's TLS (JSSE) instead of OpenSSL:
 * contexts ({@link SslContext}), connections ({@link SslSocket}), memory BIOs, sessions,
 * certificates, the exceptions and OpenSSL's constants.
 *
 * <p>{@code OPENSSL_VERSION} names what is really underneath (the JDK's provider and version).
 * {@code OPENSSL_VERSION_INFO} and {@code OPENSSL_VERSION_NUMBER} say 3.0.0: the OpenSSL whose
 * behaviour this module reproduces (its error texts, defaults and constants), which is what
 * code comparing them (CPython's tests among it) decides on.
 *
 * <p>Thread safety: the functions are stateless; the types are set at the first import.
 */
public final class SslModule implements ExtensionModule {
    @Override public String name() {
        return "_ssl";
    }

    /** {@code _socket.socket}, whose methods move an SSL socket's bytes. */
    static Object socketType() {
        return Py.getAttr(Py.importModule("_socket"), "socket");
    }

    @Override public void initialize(ModuleDefinition m) {
        m.doc("Implementation module for SSL socket operations.  See the socket module\nfor documentation.");
        // _socket first: ssl.py reads the socket type when making its own classes.
        Py.importModule("_socket");
        SslErrors.define(m);
        SslContext.type = m.addType("_SSLContext", SslContext.class, MethodHandles.lookup());
        SslSocket.type = m.addType("_SSLSocket", SslSocket.class, MethodHandles.lookup());
        MemoryBio.type = m.addType("MemoryBIO", MemoryBio.class, MethodHandles.lookup());
        SslSession.type = m.addType("SSLSession", SslSession.class, MethodHandles.lookup());
        SslCertificate.type = m.addType("Certificate", SslCertificate.class, MethodHandles.lookup());
        m.addFunctions(SslModule.class, MethodHandles.lookup());
        SslConstants.add(m, enabledProtocols());
        m.add("OPENSSL_VERSION", "JSSE (" + SslConstants.provider() + ", Java " + Runtime.version() + ")");
        m.add("OPENSSL_VERSION_NUMBER", 0x30000000L);
        m.add("OPENSSL_VERSION_INFO", Py.tuple(Py.integer(3), Py.integer(0), Py.integer(0), Py.integer(0), Py.integer(0)));
        m.add("_OPENSSL_API_VERSION", Py.tuple(Py.integer(3), Py.integer(0), Py.integer(0), Py.integer(0), Py.integer(0)));
    }

    private static Set<String> enabledProtocols() {
        try {
            return Set.of(SSLContext.getDefault().getDefaultSSLParameters().getProtocols());
        } catch (NoSuchAlgorithmException e) {
            return Set.of();
        }
    }

    /** Warns with a DeprecationWarning from the caller's frame, as CPython's _ssl does. */
    static void deprecated(String message) {
        Py.call(Py.getAttr(Py.importModule("warnings"), "warn"), Py.str(message), Py.builtinType("DeprecationWarning"),
                Py.integer(2));
    }

    /**
     * Reports an exception no caller can catch, as CPython's {@code PyErr_WriteUnraisable}:
     * through {@code sys.unraisablehook} when a program installed one (given an object with
     * the hook argument's attributes), else "Exception ignored in: …" and the traceback on
     * {@code sys.stderr}.
     */
    static void writeUnraisable(PythonException e, Object where) {
        Object sys = Py.importModule("sys");
        Object hook = Py.getAttr(sys, "unraisablehook");
        Object exc = e.value();
        if (hook != Py.getAttr(sys, "__unraisablehook__")) {
            Object args = Py.callWithKeywords(Py.getAttr(Py.importModule("types"), "SimpleNamespace"),
                    new Object[] {Py.typeOf(exc), exc, Py.getAttr(exc, "__traceback__"), Py.none(), where},
                    new String[] {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
            Py.call(hook, args);
            return;
        }
        Object stderr = Py.getAttr(sys, "stderr");
        Py.callMethod(stderr, "write", Py.str("Exception ignored in: " + Py.repr(where) + "\n"));
        Py.callWithKeywords(Py.getAttr(Py.importModule("traceback"), "print_exception"), new Object[] {exc, stderr},
                new String[] {"file"});
    }

    // ---- functions -----------------------------------------------------------------------------

    @PyMethod(positionalOnly = 1)
    static Object txt2obj(String txt, @Opt("False") boolean name) {
        ObjectIds o = name ? ObjectIds.byName(txt) : null;
        if (o == null) {
            o = ObjectIds.byOid(txt);
            if (o == null && txt.matches("[0-9]+(\\.[0-9]+)+")) {
                throw Py.valueError("Unknown object");
            }
        }
        if (o == null) {
            throw Py.valueError("unknown object '" + txt + "'");
        }
        return asn1(o);
    }

    @PyMethod
    static Object nid2obj(int nid) {
        if (nid < 0) {
            throw Py.valueError("NID must be positive.");
        }
        ObjectIds o = ObjectIds.byNid(nid);
        if (o == null) {
            throw Py.valueError("unknown NID " + nid);
        }
        return asn1(o);
    }

    private static Object asn1(ObjectIds o) {
        return Py.tuple(Py.integer(o.nid), Py.str(o.shortName), Py.str(o.longName), Py.str(o.oid));
    }

    @PyMethod
    static boolean RAND_status() {
        return true;
    }

    @PyMethod
    static void RAND_add(Object string, double entropy) {
        if (!Py.isInstance(string, Py.builtinType("str"))) {
            Py.asBytes(string);
        }
        // The JDK's SecureRandom seeds itself; added entropy is not needed.
    }

    @PyMethod
    static Object RAND_bytes(int n) {
        if (n < 0) {
            throw Py.valueError("num must be positive");
        }
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return Py.bytes(b);
    }

    @PyMethod
    static Object get_default_verify_paths() {
        return Py.tuple(Py.str("SSL_CERT_FILE"), Py.str(Stores.OPENSSL_CAFILE), Py.str("SSL_CERT_DIR"),
                Py.str(Stores.OPENSSL_CAPATH));
    }

    @PyMethod
    static Object _test_decode_cert(Object path) {
        byte[] data = Stores.readFile(path, "path");
        try {
            List<X509Certificate> certs = Pem.certificates(Pem.blocks(Pem.latin1(data)));
            if (certs.isEmpty()) {
                throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "PEM", "NO_START_LINE", "no start line");
            }
            return CertDict.of(certs.get(0));
        } catch (CertificateException e) {
            throw Py.error(SslErrors.sslError, "Error decoding PEM-encoded file");
        }
    }

    /** One entry of {@code get_ciphers()}. */
    static Object cipherDict(Ciphers.Suite s) {
        Object d = Py.dict();
        Py.setItem(d, Py.str("id"), Py.integer(0x03000000L | SslConstants.suiteNumber(s.jsse())));
        Py.setItem(d, Py.str("name"), Py.str(s.openssl()));
        Py.setItem(d, Py.str("protocol"), Py.str(s.protocol()));
        Py.setItem(d, Py.str("description"), Py.str(Ciphers.description(s)));
        Py.setItem(d, Py.str("strength_bits"), Py.integer(s.bits()));
        Py.setItem(d, Py.str("alg_bits"), Py.integer(s.bits()));
        Py.setItem(d, Py.str("aead"), Py.bool(s.aead()));
        String sym = Ciphers.symmetric(s);
        Py.setItem(d, Py.str("symmetric"), sym == null ? Py.none() : Py.str(sym));
        Py.setItem(d, Py.str("digest"), s.aead() ? Py.none() : Py.str(s.mac().toLowerCase(java.util.Locale.ROOT)));
        String kea = switch (s.kx()) {
            case "ECDH" -> "ecdhe";
            case "DH" -> "dhe";
            default -> s.kx().toLowerCase(java.util.Locale.ROOT);
        };
        Py.setItem(d, Py.str("kea"), Py.str("kx-" + kea));
        Py.setItem(d, Py.str("auth"), Py.str("auth-" + s.auth().toLowerCase(java.util.Locale.ROOT)));
        return d;
    }
}
