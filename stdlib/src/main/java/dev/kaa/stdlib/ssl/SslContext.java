package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ExtensionObject;
import dev.kaa.ext.KwOnly;
import dev.kaa.ext.Opt;
import dev.kaa.ext.Py;
import dev.kaa.ext.PyGetter;
import dev.kaa.ext.PyMethod;
import dev.kaa.ext.PySetter;
import dev.kaa.ext.PythonException;
import dev.kaa.ext.PythonType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * {@code _ssl._SSLContext}: the settings shared by the connections made from it (protocol
 * range, verification, CA certificates, the certificate chain and key, cipher suites, ALPN),
 * over a JDK {@link SSLContext} whose key and trust managers read them ({@link Managers}).
 *
 * <p>Thread safety: GIL-guarded; the managers read the settings while an engine works, which
 * happens with the GIL held.
 */
public final class SslContext extends ExtensionObject {
    static volatile PythonType type;

    static final int PROTOCOL_TLS = 2, PROTOCOL_TLSv1 = 3, PROTOCOL_TLSv1_1 = 4, PROTOCOL_TLSv1_2 = 5,
            PROTOCOL_TLS_CLIENT = 16, PROTOCOL_TLS_SERVER = 17;
    static final int PROTO_MINIMUM_SUPPORTED = -2, PROTO_MAXIMUM_SUPPORTED = -1, PROTO_SSLv3 = 0x300,
            PROTO_TLSv1 = 0x301, PROTO_TLSv1_1 = 0x302, PROTO_TLSv1_2 = 0x303, PROTO_TLSv1_3 = 0x304;
    static final int CERT_NONE = 0, CERT_OPTIONAL = 1, CERT_REQUIRED = 2;
    static final long OP_ALL = 0x80000050L, OP_NO_SSLv2 = 0, OP_NO_SSLv3 = 0x02000000L, OP_NO_TLSv1 = 0x04000000L,
            OP_NO_TLSv1_1 = 0x10000000L, OP_NO_TLSv1_2 = 0x08000000L, OP_NO_TLSv1_3 = 0x20000000L,
            OP_NO_COMPRESSION = 0x20000L, OP_CIPHER_SERVER_PREFERENCE = 0x400000L,
            OP_ENABLE_MIDDLEBOX_COMPAT = 0x100000L, OP_NO_TICKET = 0x4000L, OP_NO_RENEGOTIATION = 0x40000000L,
            OP_LEGACY_SERVER_CONNECT = 4, OP_IGNORE_UNEXPECTED_EOF = 0x80, OP_ENABLE_KTLS = 8;
    static final int HOSTFLAG_NO_PARTIAL_WILDCARDS = 4, HOSTFLAG_NEVER_CHECK_SUBJECT = 0x20;
    static final int VERIFY_X509_TRUSTED_FIRST = 0x8000, VERIFY_X509_STRICT = 0x20, VERIFY_X509_PARTIAL_CHAIN = 0x80000;

    final int protocol;
    boolean checkHostname;
    int verifyMode;
    long options = OP_ALL | OP_NO_SSLv3 | OP_NO_COMPRESSION | OP_CIPHER_SERVER_PREFERENCE | OP_ENABLE_MIDDLEBOX_COMPAT;
    int minimumVersion, maximumVersion = PROTO_MAXIMUM_SUPPORTED;
    int verifyFlags = VERIFY_X509_TRUSTED_FIRST;
    int hostFlags = HOSTFLAG_NO_PARTIAL_WILDCARDS;
    boolean postHandshakeAuth;
    int numTickets = 2;
    /** The server name callback, or null for None (read by the key manager, maybe without the GIL). */
    Object sniCallback;
    Object keylogFilename = Py.none();
    Object msgCallback = Py.none();
    /** The CA certificates loaded from files and data, in order (what get_ca_certs shows). */
    final Set<X509Certificate> caCerts = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    /** CA certificates found in capath directories, trusted but not listed (OpenSSL loads them lazily). */
    final Set<X509Certificate> capathCerts = java.util.Collections.synchronizedSet(new LinkedHashSet<>());
    /** Certificate revocation lists loaded with the CA certificates. */
    final List<java.security.cert.X509CRL> crls = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The certificate chains and their keys, one per key algorithm (OpenSSL keeps one per type). */
    final java.util.Map<String, Stores.KeyAndChain> keys = new java.util.concurrent.ConcurrentHashMap<>();
    /** The JDK's suites for TLS 1.2 and older chosen by set_ciphers, or null for the default choice. */
    String[] cipherSuites;
    String[] alpnProtocols;
    String[] namedGroups;
    private SSLContext jdkContext;

    private SslContext(PythonType cls, int protocol) {
        super(cls);
        this.protocol = protocol;
        boolean client = protocol == PROTOCOL_TLS_CLIENT;
        checkHostname = client;
        verifyMode = client ? CERT_REQUIRED : CERT_NONE;
        boolean flexible = protocol == PROTOCOL_TLS || client || protocol == PROTOCOL_TLS_SERVER;
        minimumVersion = flexible ? PROTO_TLSv1_2 : PROTO_MINIMUM_SUPPORTED;
    }

    @PyMethod
    static Object __new__(PythonType cls, int protocol) {
        switch (protocol) {
            case PROTOCOL_TLS -> SslModule.deprecated("ssl.PROTOCOL_TLS is deprecated");
            case PROTOCOL_TLSv1 -> SslModule.deprecated("ssl.PROTOCOL_TLSv1 is deprecated");
            case PROTOCOL_TLSv1_1 -> SslModule.deprecated("ssl.PROTOCOL_TLSv1_1 is deprecated");
            case PROTOCOL_TLSv1_2 -> SslModule.deprecated("ssl.PROTOCOL_TLSv1_2 is deprecated");
            case PROTOCOL_TLS_CLIENT, PROTOCOL_TLS_SERVER -> { }
            default -> throw Py.valueError("invalid or unsupported protocol version " + protocol);
        }
        return new SslContext(cls, protocol);
    }

    // ---- settings ------------------------------------------------------------------------------

    @PyGetter
    int protocol() {
        return protocol;
    }

    @PyGetter
    boolean check_hostname() {
        return checkHostname;
    }

    @PySetter("check_hostname")
    void setCheckHostname(Object value) {
        boolean on = Py.isTrue(need(value));
        if (on && verifyMode == CERT_NONE) {
            verifyMode = CERT_REQUIRED;
        }
        checkHostname = on;
    }

    @PyGetter
    int verify_mode() {
        return verifyMode;
    }

    @PySetter("verify_mode")
    void setVerifyMode(Object value) {
        long mode = Py.asLong(need(value));
        if (mode < CERT_NONE || mode > CERT_REQUIRED) {
            throw Py.valueError("invalid value for verify_mode");
        }
        if (mode == CERT_NONE && checkHostname) {
            throw Py.valueError("Cannot set verify_mode to CERT_NONE when check_hostname is enabled.");
        }
        verifyMode = (int) mode;
    }

    @PyGetter
    int verify_flags() {
        return verifyFlags;
    }

    @PySetter("verify_flags")
    void setVerifyFlags(Object value) {
        verifyFlags = (int) Py.asLong(need(value));
    }

    @PyGetter
    Object options() {
        return Py.integer(options);
    }

    @PySetter("options")
    void setOptions(Object value) {
        long v = Py.asLong(need(value));
        if (v < 0) {
            throw Py.overflowError("can't convert negative int to unsigned");
        }
        long added = v & ~options;
        long noProtocols = OP_NO_SSLv3 | OP_NO_TLSv1 | OP_NO_TLSv1_1 | OP_NO_TLSv1_2 | OP_NO_TLSv1_3;
        if ((added & noProtocols) != 0) {
            SslModule.deprecated("ssl.OP_NO_SSL*/ssl.OP_NO_TLS* options are deprecated");
        }
        options = v;
    }

    @PyGetter
    int _host_flags() {
        return hostFlags;
    }

    @PySetter("_host_flags")
    void setHostFlags(Object value) {
        hostFlags = (int) Py.asLong(need(value));
    }

    @PyGetter
    int minimum_version() {
        return minimumVersion;
    }

    @PySetter("minimum_version")
    void setMinimumVersion(Object value) {
        int v = version(need(value));
        // As OpenSSL, a minimum of "the highest supported" is stored as that version.
        minimumVersion = v == PROTO_MAXIMUM_SUPPORTED ? PROTO_TLSv1_3 : v;
    }

    @PyGetter
    int maximum_version() {
        return maximumVersion;
    }

    @PySetter("maximum_version")
    void setMaximumVersion(Object value) {
        int v = version(need(value));
        maximumVersion = v == PROTO_MINIMUM_SUPPORTED ? PROTO_TLSv1 : v;
    }

    private int version(Object value) {
        long v = Py.asLong(value);
        if (v != PROTO_MINIMUM_SUPPORTED && v != PROTO_MAXIMUM_SUPPORTED && (v < PROTO_SSLv3 || v > PROTO_TLSv1_3)) {
            throw Py.valueError("Unsupported TLS/SSL version 0x" + Long.toHexString(v));
        }
        if (protocol != PROTOCOL_TLS && protocol != PROTOCOL_TLS_CLIENT && protocol != PROTOCOL_TLS_SERVER) {
            throw Py.valueError("The context's protocol doesn't support modification of highest and lowest version.");
        }
        return (int) v;
    }

    @PyGetter
    boolean post_handshake_auth() {
        return postHandshakeAuth;
    }

    @PySetter("post_handshake_auth")
    void setPostHandshakeAuth(Object value) {
        postHandshakeAuth = Py.isTrue(need(value));
    }

    @PyGetter
    int num_tickets() {
        return numTickets;
    }

    @PySetter("num_tickets")
    void setNumTickets(Object value) {
        long n = Py.asLong(need(value));
        if (n < 0) {
            throw Py.valueError("value must be non-negative");
        }
        if (protocol != PROTOCOL_TLS_SERVER) {
            throw Py.valueError("SSLContext is not a server context.");
        }
        numTickets = (int) n;
    }

    @PyGetter
    int security_level() {
        return 2;
    }

    @PyGetter
    Object sni_callback() {
        return sniCallback == null ? Py.none() : sniCallback;
    }

    @PySetter("sni_callback")
    void setSniCallback(Object value) {
        if (protocol == PROTOCOL_TLS_CLIENT) {
            throw Py.valueError("sni_callback cannot be set on TLS_CLIENT context");
        }
        if (value == null || value == Py.none()) {
            sniCallback = null;
            return;
        }
        if (!Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), value))) {
            throw Py.typeError("not a callable object");
        }
        sniCallback = value;
    }

    @PyGetter
    Object keylog_filename() {
        return keylogFilename;
    }

    @PySetter("keylog_filename")
    void setKeylogFilename(Object value) {
        if (value != null && value != Py.none()) {
            throw Py.error(Py.builtinType("NotImplementedError"),
                    "keylog_filename: the JDK's TLS engine does not export its secrets");
        }
        keylogFilename = Py.none();
    }

    @PyGetter
    Object _msg_callback() {
        return msgCallback;
    }

    @PySetter("_msg_callback")
    void setMsgCallback(Object value) {
        if (value != null && value != Py.none()) {
            throw Py.error(Py.builtinType("NotImplementedError"),
                    "_msg_callback: the JDK's TLS engine does not show its protocol messages");
        }
        msgCallback = Py.none();
    }

    private static Object need(Object value) {
        if (value == null) {
            throw Py.errorWithArgs(Py.builtinType("AttributeError"), Py.str("cannot delete attribute"));
        }
        return value;
    }

    // ---- certificates and keys -----------------------------------------------------------------

    @PyMethod(positionalOnly = 0)
    void load_verify_locations(@Opt("None") Object cafile, @Opt("None") Object capath, @Opt("None") Object cadata) {
        if (cafile == Py.none() && capath == Py.none() && cadata == Py.none()) {
            throw Py.typeError("cafile, capath and cadata cannot be all omitted");
        }
        if (cafile != Py.none()) {
            caCerts.addAll(Stores.certificatesAndCrls(cafile, "cafile", crls));
        }
        if (capath != Py.none()) {
            capathCerts.addAll(Stores.certificatesFromDirectory(capath));
        }
        if (cadata != Py.none()) {
            caCerts.addAll(Stores.certificatesFromData(cadata));
        }
    }

    @PyMethod
    void set_default_verify_paths() {
        Object environ = Py.getAttr(Py.importModule("os"), "environ");
        Object file = Py.callMethod(environ, "get", Py.str("SSL_CERT_FILE"));
        Object dir = Py.callMethod(environ, "get", Py.str("SSL_CERT_DIR"));
        if (file != Py.none()) {
            // OpenSSL reads the file the environment names instead of its own, ignoring a bad one.
            try {
                caCerts.addAll(Stores.certificatesFromFile(file, "cafile"));
            } catch (PythonException e) {
                // as OpenSSL: a default location that cannot be read adds nothing
            }
        } else {
            caCerts.addAll(Stores.defaultCertificates());
        }
        if (dir != Py.none()) {
            capathCerts.addAll(Stores.certificatesFromDirectory(dir));
        }
    }

    @PyMethod(positionalOnly = 0)
    void load_cert_chain(Object certfile, @Opt("None") Object keyfile, @Opt("None") Object password) {
        Stores.KeyAndChain kc = Stores.loadCertChain(certfile, keyfile, password);
        keys.put(kc.key().getAlgorithm(), kc);
    }

    @PyMethod
    void load_dh_params(Object path) {
        // The JDK chooses its own finite-field groups (RFC 7919); the file is read for its errors.
        byte[] data = Stores.readFile(path, "path");
        if (Pem.blocks(Pem.latin1(data)).stream().noneMatch(b -> b.label().equals("DH PARAMETERS"))) {
            throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "PEM", "NO_START_LINE", "no start line");
        }
    }

    @PyMethod
    void set_ecdh_curve(Object name) {
        String curve = Py.isInstance(name, Py.builtinType("bytes")) ? new String(Py.asBytes(name), StandardCharsets.UTF_8)
                : Py.asString(name);
        String group = switch (curve) {
            case "prime256v1", "secp256r1", "P-256" -> "secp256r1";
            case "secp384r1", "P-384" -> "secp384r1";
            case "secp521r1", "P-521" -> "secp521r1";
            case "X25519" -> "x25519";
            case "X448" -> "x448";
            default -> throw Py.valueError("unknown elliptic curve name '" + curve + "'");
        };
        namedGroups = new String[] {group};
    }

    @PyMethod(positionalOnly = 0)
    Object get_ca_certs(@Opt("False") boolean binary_form) {
        List<Object> out = new ArrayList<>();
        for (X509Certificate c : caCerts) {
            if (!Stores.isCa(c)) {
                continue; // OpenSSL lists CA certificates only
            }
            out.add(binary_form ? Py.bytes(Stores.encoded(c)) : CertDict.of(c));
        }
        return Py.list(out.toArray());
    }

    @PyMethod
    Object cert_store_stats() {
        int ca = 0;
        for (X509Certificate c : caCerts) {
            if (Stores.isCa(c)) {
                ca++;
            }
        }
        Object d = Py.dict();
        Py.setItem(d, Py.str("x509"), Py.integer(caCerts.size()));
        Py.setItem(d, Py.str("crl"), Py.integer(crls.size()));
        Py.setItem(d, Py.str("x509_ca"), Py.integer(ca));
        return d;
    }

    private final long[] stats = new long[11];
    static final int STAT_CONNECT = 1, STAT_CONNECT_GOOD = 2, STAT_ACCEPT = 4, STAT_ACCEPT_GOOD = 5, STAT_HITS = 7,
            STAT_MISSES = 8;
    private static final String[] STAT_NAMES = {"number", "connect", "connect_good", "connect_renegotiate", "accept",
        "accept_good", "accept_renegotiate", "hits", "misses", "timeouts", "cache_full"};

    void count(int stat) {
        stats[stat]++;
    }

    @PyMethod
    Object session_stats() {
        Object d = Py.dict();
        for (int i = 0; i < STAT_NAMES.length; i++) {
            Py.setItem(d, Py.str(STAT_NAMES[i]), Py.integer(stats[i]));
        }
        return d;
    }

    // ---- cipher suites and ALPN ----------------------------------------------------------------

    @PyMethod
    void set_ciphers(String spec) {
        List<Ciphers.Suite> chosen = Ciphers.select(spec, Ciphers.supported(jdk().getSupportedSSLParameters().getCipherSuites()));
        if (chosen.isEmpty()) {
            throw Py.error(SslErrors.sslError, "No cipher can be selected.");
        }
        cipherSuites = chosen.stream().map(Ciphers.Suite::jsse).toArray(String[]::new);
    }

    /** The suites a new engine enables: TLS 1.3's, then those of set_ciphers or the JDK's defaults. */
    String[] enabledSuites() {
        String[] defaults = jdk().getDefaultSSLParameters().getCipherSuites();
        if (cipherSuites == null) {
            return defaults;
        }
        List<String> out = new ArrayList<>();
        for (String s : defaults) {
            Ciphers.Suite suite = Ciphers.of(s);
            if (suite != null && suite.tls13()) {
                out.add(s);
            }
        }
        out.addAll(List.of(cipherSuites));
        return out.toArray(String[]::new);
    }

    @PyMethod
    Object get_ciphers() {
        List<Object> out = new ArrayList<>();
        for (String s : enabledSuites()) {
            Ciphers.Suite suite = Ciphers.of(s);
            if (suite != null) {
                out.add(SslModule.cipherDict(suite));
            }
        }
        return Py.list(out.toArray());
    }

    @PyMethod
    void _set_alpn_protocols(Object protos) {
        byte[] wire = Py.asBytes(protos);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < wire.length; ) {
            int n = wire[i] & 0xff;
            if (i + 1 + n > wire.length) {
                break;
            }
            names.add(new String(wire, i + 1, n, StandardCharsets.ISO_8859_1));
            i += 1 + n;
        }
        alpnProtocols = names.toArray(String[]::new);
    }

    // ---- connections ---------------------------------------------------------------------------

    @PyMethod(positionalOnly = 0)
    Object _wrap_socket(Object sock, boolean server_side, @Opt("None") Object server_hostname,
            @KwOnly @Opt("None") Object owner, @KwOnly @Opt("None") Object session) {
        if (!Py.isInstance(sock, (PythonType) Py.getAttr(Py.importModule("_socket"), "socket"))) {
            throw Py.typeError("_wrap_socket() argument 'sock' must be _socket.socket, not " + Py.typeOf(sock).name());
        }
        return SslSocket.create(this, sock, null, null, server_side, hostname(server_hostname), owner, session);
    }

    @PyMethod(positionalOnly = 0)
    Object _wrap_bio(MemoryBio incoming, MemoryBio outgoing, boolean server_side, @Opt("None") Object server_hostname,
            @KwOnly @Opt("None") Object owner, @KwOnly @Opt("None") Object session) {
        return SslSocket.create(this, null, incoming, outgoing, server_side, hostname(server_hostname), owner,
                session);
    }

    private static String hostname(Object given) {
        // ssl.py checks server_hostname against check_hostname and server_side for sockets.
        if (given == null || given == Py.none()) {
            return null;
        }
        String h = Py.isInstance(given, Py.builtinType("str")) ? Py.asString(given)
                : new String(Py.asBytes(given), StandardCharsets.US_ASCII);
        if (h.isEmpty() || h.startsWith(".")) {
            throw Py.valueError("server_hostname cannot be an empty string or start with a leading dot.");
        }
        if (h.indexOf('\0') >= 0) {
            throw Py.typeError("argument must be encoded string without null bytes, not str");
        }
        return h;
    }

    /** The JDK context, made on first use; its managers read this object's settings. */
    SSLContext jdk() {
        if (jdkContext == null) {
            try {
                SSLContext c = SSLContext.getInstance("TLS");
                c.init(new javax.net.ssl.KeyManager[] {new Managers.Keys(this)},
                        new javax.net.ssl.TrustManager[] {new Managers.Verifier(this)}, null);
                jdkContext = c;
            } catch (GeneralSecurityException e) {
                throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", null, "cannot make the JDK's TLS context: " + e.getMessage());
            }
        }
        return jdkContext;
    }

    /** A new engine with this context's settings, for one connection. */
    SSLEngine engine(boolean serverSide, String hostname) {
        SSLEngine e = hostname == null ? jdk().createSSLEngine() : jdk().createSSLEngine(hostname, 443);
        e.setUseClientMode(!serverSide);
        SSLParameters p = e.getSSLParameters();
        String[] protocols = protocols();
        if (protocols.length == 0) {
            throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "NO_PROTOCOLS_AVAILABLE", "no protocols available");
        }
        p.setProtocols(protocols);
        p.setCipherSuites(enabledSuites());
        p.setUseCipherSuitesOrder((options & OP_CIPHER_SERVER_PREFERENCE) != 0);
        if (serverSide) {
            // Each of these setters clears the other: set the one that applies.
            if (verifyMode == CERT_REQUIRED) {
                p.setNeedClientAuth(true);
            } else {
                p.setWantClientAuth(verifyMode == CERT_OPTIONAL);
            }
        }
        if (namedGroups != null) {
            p.setNamedGroups(namedGroups);
        }
        if (!serverSide) {
            if (hostname != null && Trust.ipLiteral(hostname) == null) {
                try {
                    String sni = hostname.endsWith(".") ? hostname.substring(0, hostname.length() - 1) : hostname;
                    p.setServerNames(List.of(new javax.net.ssl.SNIHostName(sni)));
                } catch (IllegalArgumentException bad) {
                    p.setServerNames(List.of());
                }
            } else {
                p.setServerNames(List.of());
            }
        }
        if (alpnProtocols != null && alpnProtocols.length > 0) {
            p.setApplicationProtocols(alpnProtocols);
            if (serverSide) {
                String[] ours = alpnProtocols;
                e.setHandshakeApplicationProtocolSelector((engine, offered) -> {
                    for (String p1 : ours) {
                        if (offered.contains(p1)) {
                            return p1;
                        }
                    }
                    return ""; // no overlap: no ALPN, as OpenSSL's callback answers NOACK
                });
            }
        }
        e.setSSLParameters(p);
        return e;
    }

    /** The JDK's protocol names between the minimum and maximum, less those options exclude. */
    String[] protocols() {
        int lo, hi;
        switch (protocol) {
            case PROTOCOL_TLSv1 -> { lo = hi = PROTO_TLSv1; }
            case PROTOCOL_TLSv1_1 -> { lo = hi = PROTO_TLSv1_1; }
            case PROTOCOL_TLSv1_2 -> { lo = hi = PROTO_TLSv1_2; }
            default -> {
                lo = minimumVersion == PROTO_MINIMUM_SUPPORTED ? PROTO_TLSv1 : Math.max(minimumVersion, PROTO_TLSv1);
                hi = maximumVersion == PROTO_MAXIMUM_SUPPORTED ? PROTO_TLSv1_3 : maximumVersion;
            }
        }
        List<String> out = new ArrayList<>();
        String[] names = {"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"};
        long[] excluded = {OP_NO_TLSv1, OP_NO_TLSv1_1, OP_NO_TLSv1_2, OP_NO_TLSv1_3};
        for (int v = PROTO_TLSv1_3; v >= PROTO_TLSv1; v--) {
            int i = v - PROTO_TLSv1;
            if (v >= lo && v <= hi && (options & excluded[i]) == 0) {
                out.add(names[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    /** The trusted certificates, for verification. */
    List<X509Certificate> anchors() {
        List<X509Certificate> all = new ArrayList<>(caCerts);
        all.addAll(capathCerts);
        return all;
    }
}
