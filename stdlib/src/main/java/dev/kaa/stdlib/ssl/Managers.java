package dev.kaa.stdlib.ssl;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
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
            if (c.verifyMode == SslContext.CERT_NONE) {
                return;
            }
            try {
                Trust.verifyChain(chain, c.anchors());
                Trust.checkStrict(chain, c.verifyFlags);
                Trust.checkRevocation(chain, c.crls, c.verifyFlags);
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

    /** The context's certificate chains and keys; after a server name callback, another context's. */
    static final class Keys extends X509ExtendedKeyManager {
        private final SslContext context;
        /** The keys an alias names: this context's, and those of contexts a server name callback moved to. */
        private final Map<String, Choice> byAlias = new ConcurrentHashMap<>();

        /** A key chosen, with the context it came from. */
        private record Choice(SslContext context, Stores.KeyAndChain keyAndChain) {}

        Keys(SslContext context) {
            this.context = context;
        }

        /** The alias of the context's key that suits one of the key types, or null. */
        private String choose(SslContext c, String... keyTypes) {
            for (String keyType : keyTypes) {
                for (Stores.KeyAndChain kc : c.keys.values()) {
                    if (fits(kc.key(), keyType)) {
                        String a = Integer.toHexString(System.identityHashCode(kc));
                        byAlias.put(a, new Choice(c, kc));
                        return a;
                    }
                }
            }
            return null;
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
                s.serverNameRefused = !s.runServerNameCallback(engine);
            }
            if (s != null && s.serverNameRefused) {
                return null; // no certificate: the handshake fails, as OpenSSL's does after the callback's alert
            }
            return choose(s == null ? context : s.context, keyType);
        }

        @Override public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
            return choose(context, keyTypes);
        }

        @Override public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            return chooseEngineServerAlias(keyType, issuers, null);
        }

        @Override public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
            return chooseEngineClientAlias(keyTypes, issuers, null);
        }

        @Override public String[] getServerAliases(String keyType, Principal[] issuers) {
            String a = choose(context, keyType);
            return a == null ? null : new String[] {a};
        }

        @Override public String[] getClientAliases(String keyType, Principal[] issuers) {
            return getServerAliases(keyType, issuers);
        }

        /**
         * The chain to send: the one loaded, completed as OpenSSL completes it, with the issuers
         * found among the context's CA certificates, up to the root.
         */
        @Override public X509Certificate[] getCertificateChain(String alias) {
            Choice choice = byAlias.get(alias);
            if (choice == null) {
                return null;
            }
            java.util.List<X509Certificate> chain = new java.util.ArrayList<>(List.of(choice.keyAndChain().chain()));
            X509Certificate top = chain.get(chain.size() - 1);
            while (!top.getSubjectX500Principal().equals(top.getIssuerX500Principal()) && chain.size() < 10) {
                X509Certificate issuer = null;
                for (X509Certificate ca : choice.context().anchors()) {
                    if (ca.getSubjectX500Principal().equals(top.getIssuerX500Principal()) && !chain.contains(ca)) {
                        issuer = ca;
                    }
                }
                if (issuer == null) {
                    break;
                }
                chain.add(issuer);
                top = issuer;
            }
            return chain.toArray(X509Certificate[]::new);
        }

        @Override public PrivateKey getPrivateKey(String alias) {
            Choice choice = byAlias.get(alias);
            return choice == null ? null : choice.keyAndChain().key();
        }
    }
}
