package dev.kaa.stdlib.ssl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Certificate verification as OpenSSL does it for {@code _ssl}: the peer's chain is checked
 * against the context's CA certificates with the JDK's PKIX validator (no revocation), then,
 * for a client that asks for it, the host name against the leaf's subject alternative names
 * (DNS names, with a wildcard only as a whole leftmost label, and IP addresses), the subject's
 * common name standing in when there is no DNS name. A failure is told as OpenSSL's
 * verification error: a code ({@code X509_V_ERR_*}) and its text.
 *
 * <p>Thread safety: stateless.
 */
final class Trust {
    private Trust() {}

    /** A failed verification: OpenSSL's error number and message. */
    static final class Failure extends CertificateException {
        private static final long serialVersionUID = 1L;
        final int code;

        Failure(int code, String message) {
            super(message, alertCause(code, message));
            this.code = code;
        }

        /**
         * A cause whose reason makes the JDK send the alert OpenSSL sends for this failure:
         * "unknown CA" for an untrusted chain, "certificate expired", else "bad certificate".
         */
        private static CertPathValidatorException alertCause(int code, String message) {
            CertPathValidatorException.Reason reason = switch (code) {
                case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN,
                        X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY -> java.security.cert.PKIXReason.NO_TRUST_ANCHOR;
                case X509_V_ERR_CERT_HAS_EXPIRED -> CertPathValidatorException.BasicReason.EXPIRED;
                default -> CertPathValidatorException.BasicReason.INVALID_SIGNATURE;
            };
            return new CertPathValidatorException(message, null, null, -1, reason);
        }
    }

    static final int X509_V_ERR_CERT_NOT_YET_VALID = 9, X509_V_ERR_CERT_HAS_EXPIRED = 10,
            X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT = 18, X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN = 19,
            X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY = 20, X509_V_ERR_CERT_SIGNATURE_FAILURE = 7,
            X509_V_ERR_HOSTNAME_MISMATCH = 62, X509_V_ERR_UNABLE_TO_GET_CRL = 3, X509_V_ERR_CERT_REVOKED = 23, X509_V_ERR_IP_ADDRESS_MISMATCH = 64;

    /** Checks {@code chain} (leaf first) against {@code anchors}; throws {@link Failure}. */
    static void verifyChain(X509Certificate[] chain, Collection<X509Certificate> anchors) throws Failure {
        X509Certificate leaf = chain[0];
        for (X509Certificate c : chain) {
            try {
                c.checkValidity();
            } catch (java.security.cert.CertificateExpiredException e) {
                throw new Failure(X509_V_ERR_CERT_HAS_EXPIRED, "certificate has expired");
            } catch (java.security.cert.CertificateNotYetValidException e) {
                throw new Failure(X509_V_ERR_CERT_NOT_YET_VALID, "certificate is not yet valid");
            }
        }
        // The chain ends where it meets a trusted certificate, as OpenSSL's search does.
        List<X509Certificate> path = new ArrayList<>();
        for (X509Certificate c : chain) {
            if (anchors.contains(c)) {
                if (path.isEmpty()) {
                    return; // the leaf itself is trusted
                }
                break;
            }
            path.add(c);
        }
        Set<TrustAnchor> trust = new HashSet<>();
        for (X509Certificate a : anchors) {
            trust.add(new TrustAnchor(a, null));
        }
        if (!trust.isEmpty()) {
            try {
                PKIXParameters params = new PKIXParameters(trust);
                params.setRevocationEnabled(false);
                CertPathValidator.getInstance("PKIX").validate(Pem.x509().generateCertPath(path), params);
                return;
            } catch (CertPathValidatorException e) {
                if (e.getReason() == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
                    throw new Failure(X509_V_ERR_CERT_SIGNATURE_FAILURE, "certificate signature failure");
                }
            } catch (GeneralSecurityException e) {
                // told as an untrusted chain below
            }
        }
        X509Certificate top = path.get(path.size() - 1);
        if (top.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
            throw path.size() == 1 && top == leaf
                    ? new Failure(X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT, "self-signed certificate")
                    : new Failure(X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN, "self-signed certificate in certificate chain");
        }
        throw new Failure(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY, "unable to get local issuer certificate");
    }

    static final int VERIFY_CRL_CHECK_LEAF = 4, VERIFY_CRL_CHECK_CHAIN = 8, VERIFY_X509_STRICT = 0x20;
    static final int X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER = 85;

    /**
     * {@code VERIFY_X509_STRICT}'s RFC 5280 rule that OpenSSL 3.0 added: a certificate issued by
     * another must name its issuer's key (the authority key identifier).
     */
    static void checkStrict(X509Certificate[] chain, int flags) throws Failure {
        if ((flags & VERIFY_X509_STRICT) == 0) {
            return;
        }
        for (X509Certificate c : chain) {
            boolean selfIssued = c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
            if (!selfIssued && c.getExtensionValue(ObjectIds.AUTHORITY_KEY_ID.oid) == null) {
                throw new Failure(X509_V_ERR_MISSING_AUTHORITY_KEY_IDENTIFIER, "Missing Authority Key Identifier");
            }
        }
    }

    /**
     * With {@code VERIFY_CRL_CHECK_LEAF} (and {@code _CHAIN}), each certificate checked needs a
     * CRL from its issuer that does not list it.
     */
    static void checkRevocation(X509Certificate[] chain, List<java.security.cert.X509CRL> crls, int flags)
            throws Failure {
        if ((flags & VERIFY_CRL_CHECK_LEAF) == 0) {
            return;
        }
        int n = (flags & VERIFY_CRL_CHECK_CHAIN) != 0 ? chain.length : 1;
        for (int i = 0; i < n; i++) {
            X509Certificate c = chain[i];
            java.security.cert.X509CRL found = null;
            for (java.security.cert.X509CRL crl : crls) {
                if (crl.getIssuerX500Principal().equals(c.getIssuerX500Principal())) {
                    found = crl;
                }
            }
            if (found == null) {
                throw new Failure(X509_V_ERR_UNABLE_TO_GET_CRL, "unable to get certificate CRL");
            }
            if (found.isRevoked(c)) {
                throw new Failure(X509_V_ERR_CERT_REVOKED, "certificate revoked");
            }
        }
    }

    /** Checks that the leaf is valid for {@code host}; throws {@link Failure}. */
    static void verifyHost(X509Certificate leaf, String host, boolean checkCommonName) throws Failure {
        byte[] ip = ipLiteral(host);
        List<String> dnsNames = new ArrayList<>();
        try {
            Collection<List<?>> sans = leaf.getSubjectAlternativeNames();
            if (sans != null) {
                for (List<?> san : sans) {
                    int kind = (Integer) san.get(0);
                    if (kind == 2) {
                        dnsNames.add((String) san.get(1));
                    } else if (kind == 7 && ip != null && Arrays.equals(ipLiteral((String) san.get(1)), ip)) {
                        return;
                    }
                }
            }
        } catch (java.security.cert.CertificateParsingException e) {
            // no usable names
        }
        if (ip != null) {
            throw new Failure(X509_V_ERR_IP_ADDRESS_MISMATCH,
                    "IP address mismatch, certificate is not valid for '" + host + "'.");
        }
        String name = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        for (String pattern : dnsNames) {
            if (matches(pattern, name)) {
                return;
            }
        }
        if (dnsNames.isEmpty() && checkCommonName) {
            String cn = commonName(leaf);
            if (cn != null && matches(cn, name)) {
                return;
            }
        }
        throw new Failure(X509_V_ERR_HOSTNAME_MISMATCH, "Hostname mismatch, certificate is not valid for '" + host + "'.");
    }

    private static boolean matches(String pattern, String host) {
        String p = pattern.toLowerCase(Locale.ROOT), h = host.toLowerCase(Locale.ROOT);
        if (p.endsWith(".")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!p.startsWith("*.")) {
            return !p.contains("*") && p.equals(h);
        }
        String suffix = p.substring(1);
        int dot = h.indexOf('.');
        // The wildcard stands for exactly one whole label, and not under a top-level domain.
        return dot > 0 && h.substring(dot).equals(suffix) && suffix.indexOf('.', 1) > 0;
    }

    private static String commonName(X509Certificate leaf) {
        try {
            String found = null;
            Der.Value name = Der.parse(leaf.getSubjectX500Principal().getEncoded());
            for (Der.Value rdn : name.children()) {
                for (Der.Value atv : rdn.children()) {
                    if (atv.children().get(0).oid().equals(ObjectIds.COMMON_NAME.oid)) {
                        found = atv.children().get(1).text();
                    }
                }
            }
            return found;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address a host string spells as an IPv4 or IPv6 literal, or null for a name. */
    static byte[] ipLiteral(String host) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        boolean v4 = host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean v6 = host.contains(":") && host.matches("[0-9A-Fa-f:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(host).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
