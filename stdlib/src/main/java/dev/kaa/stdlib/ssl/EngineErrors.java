package dev.kaa.stdlib.ssl;

import dev.kaa.ext.PythonException;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLException;

/**
 * The JDK engine's failures told as OpenSSL's: an alert the peer sent becomes OpenSSL's
 * {@code SSLV3_ALERT_*}/{@code TLSV1_ALERT_*} reason ("[SSL: TLSV1_ALERT_UNKNOWN_CA] tlsv1 alert
 * unknown ca"), and the common local failures their OpenSSL reasons; anything else keeps the
 * JDK's message under the {@code SSL} library.
 *
 * <p>Thread safety: stateless.
 */
final class EngineErrors {
    private EngineErrors() {}

    /** The alerts OpenSSL names with the SSLv3 prefix; TLS 1.0's and 1.3's get theirs. */
    private static final Set<String> SSLV3_ALERTS = Set.of("unexpected_message", "bad_record_mac",
            "decompression_failure", "handshake_failure", "no_certificate", "bad_certificate", "unsupported_certificate",
            "certificate_revoked", "certificate_expired", "certificate_unknown", "illegal_parameter");

    static PythonException translate(SSLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        String alertPrefix = "Received fatal alert: ";
        int at = m.indexOf(alertPrefix);
        if (at >= 0) {
            String alert = m.substring(at + alertPrefix.length()).trim();
            String prefix = SSLV3_ALERTS.contains(alert) ? "sslv3" : alert.equals("certificate_required") ? "tlsv13" : "tlsv1";
            String text = alert.equals("unrecognized_name") ? "tlsv1 unrecognized name"
                    : prefix + " alert " + alert.replace('_', ' ');
            String reason = alert.equals("unrecognized_name") ? "TLSV1_UNRECOGNIZED_NAME"
                    : (prefix + "_alert_" + alert).toUpperCase(Locale.ROOT);
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", reason, text);
        }
        if (m.contains("no cipher suites in common")) {
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "NO_SHARED_CIPHER", "no shared cipher");
        }
        if (m.contains("Unsupported or unrecognized SSL message") || m.contains("plaintext connection")) {
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "WRONG_VERSION_NUMBER", "wrong version number");
        }
        if (m.contains("protocol") && (m.contains("not supported") || m.contains("No appropriate protocol")
                || m.contains("disabled"))) {
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "UNSUPPORTED_PROTOCOL", "unsupported protocol");
        }
        if (m.contains("Empty client certificate chain") || m.contains("certificate_required")) {
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "PEER_DID_NOT_RETURN_A_CERTIFICATE",
                    "peer did not return a certificate");
        }
        if (m.contains("No available authentication scheme") || m.contains("No suitable certificate")) {
            return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", "NO_SUITABLE_SIGNATURE_ALGORITHM",
                    "no suitable signature algorithm");
        }
        if (m.contains("closing inbound before receiving peer's close_notify")) {
            return SslErrors.eof();
        }
        return SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "SSL", null, m.isEmpty() ? e.getClass().getSimpleName() : m);
    }
}
