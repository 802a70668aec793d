package dev.kaa.stdlib.ssl;

import dev.kaa.ext.ModuleDefinition;
import java.util.Map;
import java.util.Set;

/**
 * {@code _ssl}'s constants: OpenSSL's numbers for protocols, options, verification modes and
 * flags, alerts and error kinds (the values {@code ssl.py} and programs compare with), and the
 * {@code HAS_*} flags, which say what the JDK underneath can do.
 *
 * <p>Thread safety: immutable.
 */
final class SslConstants {
    private SslConstants() {}

    /** The default cipher string CPython 3.13 documents for its contexts. */
    static final String DEFAULT_CIPHERS =
            "@SECLEVEL=2:ECDH+AESGCM:ECDH+CHACHA20:ECDH+AES:DHE+AES:!aNULL:!eNULL:!aDSS:!SHA1:!AESCCM";

    private static final Object[][] INTEGERS = {
        {"SSL_ERROR_ZERO_RETURN", 6}, {"SSL_ERROR_WANT_READ", 2}, {"SSL_ERROR_WANT_WRITE", 3},
        {"SSL_ERROR_WANT_X509_LOOKUP", 4}, {"SSL_ERROR_SYSCALL", 5}, {"SSL_ERROR_SSL", 1},
        {"SSL_ERROR_WANT_CONNECT", 7}, {"SSL_ERROR_EOF", 8}, {"SSL_ERROR_INVALID_ERROR_CODE", 10},
        {"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2},
        {"VERIFY_DEFAULT", 0}, {"VERIFY_CRL_CHECK_LEAF", 4}, {"VERIFY_CRL_CHECK_CHAIN", 12},
        {"VERIFY_X509_STRICT", 0x20}, {"VERIFY_ALLOW_PROXY_CERTS", 0x40}, {"VERIFY_X509_TRUSTED_FIRST", 0x8000},
        {"VERIFY_X509_PARTIAL_CHAIN", 0x80000},
        {"PROTOCOL_SSLv23", 2}, {"PROTOCOL_TLS", 2}, {"PROTOCOL_TLS_CLIENT", 16}, {"PROTOCOL_TLS_SERVER", 17},
        {"PROTOCOL_TLSv1", 3}, {"PROTOCOL_TLSv1_1", 4}, {"PROTOCOL_TLSv1_2", 5},
        {"PROTO_MINIMUM_SUPPORTED", -2}, {"PROTO_MAXIMUM_SUPPORTED", -1}, {"PROTO_SSLv3", 0x300},
        {"PROTO_TLSv1", 0x301}, {"PROTO_TLSv1_1", 0x302}, {"PROTO_TLSv1_2", 0x303}, {"PROTO_TLSv1_3", 0x304},
        {"OP_ALL", 0x80000050L}, {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", 0x02000000L}, {"OP_NO_TLSv1", 0x04000000L},
        {"OP_NO_TLSv1_1", 0x10000000L}, {"OP_NO_TLSv1_2", 0x08000000L}, {"OP_NO_TLSv1_3", 0x20000000L},
        {"OP_CIPHER_SERVER_PREFERENCE", 0x400000}, {"OP_SINGLE_DH_USE", 0}, {"OP_SINGLE_ECDH_USE", 0},
        {"OP_NO_COMPRESSION", 0x20000}, {"OP_ENABLE_MIDDLEBOX_COMPAT", 0x100000}, {"OP_NO_TICKET", 0x4000},
        {"OP_NO_RENEGOTIATION", 0x40000000L}, {"OP_IGNORE_UNEXPECTED_EOF", 0x80}, {"OP_LEGACY_SERVER_CONNECT", 4},
        {"OP_ENABLE_KTLS", 8},
        {"HOSTFLAG_ALWAYS_CHECK_SUBJECT", 1}, {"HOSTFLAG_NO_WILDCARDS", 2}, {"HOSTFLAG_NO_PARTIAL_WILDCARDS", 4},
        {"HOSTFLAG_MULTI_LABEL_WILDCARDS", 8}, {"HOSTFLAG_SINGLE_LABEL_SUBDOMAINS", 16},
        {"HOSTFLAG_NEVER_CHECK_SUBJECT", 32},
        {"ENCODING_PEM", 1}, {"ENCODING_DER", 2},
        {"ALERT_DESCRIPTION_CLOSE_NOTIFY", 0}, {"ALERT_DESCRIPTION_UNEXPECTED_MESSAGE", 10},
        {"ALERT_DESCRIPTION_BAD_RECORD_MAC", 20}, {"ALERT_DESCRIPTION_RECORD_OVERFLOW", 22},
        {"ALERT_DESCRIPTION_DECOMPRESSION_FAILURE", 30}, {"ALERT_DESCRIPTION_HANDSHAKE_FAILURE", 40},
        {"ALERT_DESCRIPTION_BAD_CERTIFICATE", 42}, {"ALERT_DESCRIPTION_UNSUPPORTED_CERTIFICATE", 43},
        {"ALERT_DESCRIPTION_CERTIFICATE_REVOKED", 44}, {"ALERT_DESCRIPTION_CERTIFICATE_EXPIRED", 45},
        {"ALERT_DESCRIPTION_CERTIFICATE_UNKNOWN", 46}, {"ALERT_DESCRIPTION_ILLEGAL_PARAMETER", 47},
        {"ALERT_DESCRIPTION_UNKNOWN_CA", 48}, {"ALERT_DESCRIPTION_ACCESS_DENIED", 49},
        {"ALERT_DESCRIPTION_DECODE_ERROR", 50}, {"ALERT_DESCRIPTION_DECRYPT_ERROR", 51},
        {"ALERT_DESCRIPTION_PROTOCOL_VERSION", 70}, {"ALERT_DESCRIPTION_INSUFFICIENT_SECURITY", 71},
        {"ALERT_DESCRIPTION_INTERNAL_ERROR", 80}, {"ALERT_DESCRIPTION_USER_CANCELLED", 90},
        {"ALERT_DESCRIPTION_NO_RENEGOTIATION", 100}, {"ALERT_DESCRIPTION_UNSUPPORTED_EXTENSION", 110},
        {"ALERT_DESCRIPTION_CERTIFICATE_UNOBTAINABLE", 111}, {"ALERT_DESCRIPTION_UNRECOGNIZED_NAME", 112},
        {"ALERT_DESCRIPTION_BAD_CERTIFICATE_STATUS_RESPONSE", 113},
        {"ALERT_DESCRIPTION_BAD_CERTIFICATE_HASH_VALUE", 114}, {"ALERT_DESCRIPTION_UNKNOWN_PSK_IDENTITY", 115},
    };

    /** IANA numbers of the suites get_ciphers() is most likely to show (the JDK does not give them). */
    private static final Map<String, Integer> SUITE_NUMBERS = Map.ofEntries(
            Map.entry("TLS_AES_128_GCM_SHA256", 0x1301), Map.entry("TLS_AES_256_GCM_SHA384", 0x1302),
            Map.entry("TLS_CHACHA20_POLY1305_SHA256", 0x1303),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", 0xC02C),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", 0xC02B),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", 0xC030),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", 0xC02F),
            Map.entry("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", 0xCCA9),
            Map.entry("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", 0xCCA8),
            Map.entry("TLS_DHE_RSA_WITH_AES_256_GCM_SHA384", 0x009F),
            Map.entry("TLS_DHE_RSA_WITH_AES_128_GCM_SHA256", 0x009E),
            Map.entry("TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256", 0xCCAA),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384", 0xC024),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", 0xC028),
            Map.entry("TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256", 0xC023),
            Map.entry("TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", 0xC027),
            Map.entry("TLS_DHE_RSA_WITH_AES_256_CBC_SHA256", 0x006B),
            Map.entry("TLS_DHE_RSA_WITH_AES_128_CBC_SHA256", 0x0067));

    static int suiteNumber(String jsse) {
        return SUITE_NUMBERS.getOrDefault(jsse, 0);
    }

    static String provider() {
        try {
            var p = javax.net.ssl.SSLContext.getDefault().getProvider();
            return p.getName() + " " + p.getVersionStr();
        } catch (java.security.NoSuchAlgorithmException e) {
            return "no provider";
        }
    }

    static void add(ModuleDefinition m, Set<String> protocols) {
        for (Object[] row : INTEGERS) {
            m.add((String) row[0], row[1] instanceof Integer i ? (long) i : row[1]);
        }
        m.add("_DEFAULT_CIPHERS", DEFAULT_CIPHERS);
        m.add("HAS_SNI", true);
        m.add("HAS_ECDH", true);
        m.add("HAS_NPN", false);
        m.add("HAS_ALPN", true);
        m.add("HAS_PSK", false);
        m.add("HAS_TLS_UNIQUE", false);
        m.add("HAS_SSLv2", false);
        m.add("HAS_SSLv3", false);
        m.add("HAS_TLSv1", protocols.contains("TLSv1"));
        m.add("HAS_TLSv1_1", protocols.contains("TLSv1.1"));
        m.add("HAS_TLSv1_2", protocols.contains("TLSv1.2"));
        m.add("HAS_TLSv1_3", protocols.contains("TLSv1.3"));
    }
}
