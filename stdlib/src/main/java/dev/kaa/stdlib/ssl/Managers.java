package dev.kaa.stdlib.ssl;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The key and trust managers a context's JDK {@code SSLContext} is made with. They read the
 * {@link SslContext}'s settings as the engine asks (so later {@code load_*} calls count), and
 * find the connection an engine belongs to ({@link SslSocket#of}) to record the verification
 * result and to run the server name callback, which may move the connection to another context
 * (whose certificate the server then presents).
 *
 * <p>Thread safety: called by the JDK's engine on the thread that drives it, which holds the GIL.
 */
final class Managers {
    private Managers() {}

    /** Verification as {@link Trust} does it, by the connection's context. */
    static final class Verifier extends X509ExtendedTrustManager {
        private final SslContext context;

        Verifier(SslContext context) {
            this.context = context;
        }

        private void check(X509Certificate[] chain, SSLEngine engine) throws CertificateException {
            SslSocket s = SslSocket.of(engine);
            SslContext c = s == null ? context : s.context;
            if (s != null) {
                s.peerChain = chain.clone();
            }
            if (c.verifyMode == SslContext.CERT_NONE) {
                return;
            }
            try {
                Trust.verifyChain(chain, c.anchors());
                if (s != null && !s.serverSide && c.checkHostname && s.serverHostname != null) {
                    Trust.verifyHost(chain[0], s.serverHostname,
                            (c.hostFlags & SslContext.HOSTFLAG_NEVER_CHECK_SUBJECT) == 0);
                }
            } catch (Trust.Failure f) {
                if (s != null) {
                    s.verifyFailure = f;
                }
                throw f;
            }
            if (s != null) {
                s.verified = true;
            }
            promoteCapath(c, chain);
        }

        /** OpenSSL loads a capath certificate when a chain needs it; from then on it is listed. */
        private static void promoteCapath(SslContext c, X509Certificate[] chain) {
            for (X509Certificate a : c.capathCerts) {
                for (X509Certificate link : chain) {
                    if (a.getSubjectX500Principal().equals(link.getIssuerX500Principal())) {
                        c.caCerts.add(a);
                    }
                }
            }
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, engine);
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain, engine);
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain, null);
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain, null);
        }

        @Override public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, null);
        }

        @Override public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain, null);
        }

        @Override public X509Certificate[] getAcceptedIssuers() {
            // OpenSSL names no acceptable CAs unless told to; a client then offers its one chain.
            return new X509Certificate[0];
        }
    }

    /** The context's one certificate chain and key; after a server name callback, another context's. */
    static final class Keys extends X509ExtendedKeyManager {
        private final SslContext context;
        /** The contexts an alias names: this one, and those a server name callback moved to. */
        private final Map<String, SslContext> byAlias = new ConcurrentHashMap<>();

        Keys(SslContext context) {
            this.context = context;
        }

        private String alias(SslContext c) {
            String a = "context-" + Integer.toHexString(System.identityHashCode(c));
            byAlias.put(a, c);
            return a;
        }

        private static boolean fits(PrivateKey key, String keyType) {
            String alg = key.getAlgorithm();
            return switch (alg) {
                case "RSA" -> keyType.startsWith("RSA");
                case "EC" -> keyType.startsWith("EC");
                case "EdDSA", "Ed25519", "Ed448" -> keyType.startsWith("Ed");
                default -> keyType.startsWith(alg);
            };
        }

        @Override public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            SslSocket s = SslSocket.of(engine);
            if (s != null && !s.serverNameAsked) {
                s.serverNameAsked = true;
                if (!s.runServerNameCallback(engine)) {
                    return null;
                }
            }
            SslContext c = s == null ? context : s.context;
            return c.key != null && fits(c.key, keyType) ? alias(c) : null;
        }

        @Override public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            if (context.key == null) {
                return null;
            }
            for (String t : keyTypes) {
                if (fits(context.key, t)) {
                    return alias(context);
                }
            }
            return null;
        }

        @Override public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return chooseEngineServerAlias(keyType, issuers, null);
        }

        @Override public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            return chooseEngineClientAlias(keyTypes, issuers, null);
        }

        @Override public String[] getServerAliases(String keyType, Principal[] issuers) {
            return context.key != null && fits(context.key, keyType) ? new String[] {alias(context)} : null;
        }

        @Override public String[] getClientAliases(String keyType, Principal[] issuers) {
            return getServerAliases(keyType, issuers);
        }

        @Override public X509Certificate[] getCertificateChain(String alias) {
            SslContext c = byAlias.get(alias);
            return c == null || c.chain == null ? null : c.chain.clone();
        }

        @Override public PrivateKey getPrivateKey(String alias) {
            SslContext c = byAlias.get(alias);
            return c == null ? null : c.key;
        }
    }
}
