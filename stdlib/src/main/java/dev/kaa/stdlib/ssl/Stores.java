package dev.kaa.stdlib.ssl;

import dev.kaa.ext.Py;
import dev.kaa.ext.PythonException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Where certificates and keys come from: files named by Python paths, {@code cadata} text or
 * bytes, {@code capath} directories, the system's CA bundle (as OpenSSL finds it) or the JDK's
 * {@code cacerts}; and {@code load_cert_chain}'s password rules.
 *
 * <p>Thread safety: stateless; needs the GIL.
 */
final class Stores {
    private Stores() {}

    /** OpenSSL's default CA bundle and directory, as CPython's get_default_verify_paths reports them. */
    static final String OPENSSL_CAFILE = "/usr/lib/ssl/cert.pem", OPENSSL_CAPATH = "/usr/lib/ssl/certs";
    private static final String[] SYSTEM_BUNDLES = {"/etc/ssl/certs/ca-certificates.crt", OPENSSL_CAFILE,
        "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"};

    record KeyAndChain(PrivateKey key, X509Certificate[] chain) {}

    /** A path argument as a file system path; TypeError naming the argument for anything else. */
    static Path path(Object p, String what) {
        Object os = Py.importModule("os");
        Object decoded;
        try {
            decoded = Py.callMethod(os, "fsdecode", p);
        } catch (PythonException e) {
            if (e.matches(Py.builtinType("TypeError"))) {
                throw Py.typeError(what + " should be a valid filesystem path");
            }
            throw e;
        }
        return Path.of(Py.asString(decoded));
    }

    static byte[] readFile(Object p, String what) {
        Path path = path(p, what);
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw Py.osError(2, null);
        } catch (AccessDeniedException e) {
            throw Py.osError(13, null);
        } catch (IOException e) {
            throw Py.osError(Files.isDirectory(path) ? 21 : 5, null);
        }
    }

    static List<X509Certificate> certificatesFromFile(Object file, String what) {
        return certificatesAndCrls(file, what, null);
    }

    /** The certificates of a PEM file, its CRLs added to {@code crls} (if not null). */
    static List<X509Certificate> certificatesAndCrls(Object file, String what, List<X509CRL> crls) {
        byte[] data = readFile(file, what);
        try {
            List<Pem.Block> blocks = Pem.blocks(Pem.latin1(data));
            List<X509Certificate> certs = Pem.certificates(blocks);
            int found = certs.size();
            for (Pem.Block b : blocks) {
                if (b.label().equals("X509 CRL")) {
                    found++;
                    if (crls != null) {
                        crls.add((X509CRL) Pem.x509().generateCRL(new java.io.ByteArrayInputStream(b.der())));
                    }
                }
            }
            if (found > 0) {
                return certs;
            }
        } catch (CertificateException | java.security.cert.CRLException e) {
            throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "X509", "PEM_LIB", "PEM lib");
        }
        throw SslErrors.sslError(136, "X509", "NO_CERTIFICATE_OR_CRL_FOUND", "no certificate or crl found");
    }

    static List<X509Certificate> certificatesFromDirectory(Object dir) {
        Path path = path(dir, "capath");
        List<X509Certificate> out = new ArrayList<>();
        try (var files = Files.list(path)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                try {
                    out.addAll(Pem.certificates(Pem.blocks(Pem.latin1(Files.readAllBytes(f)))));
                } catch (IOException | CertificateException e) {
                    // OpenSSL skips what it cannot read in a hashed directory
                }
            }
        } catch (IOException e) {
            // a missing directory fails later, at verification, as OpenSSL's lookup does
        }
        return out;
    }

    static List<X509Certificate> certificatesFromData(Object cadata) {
        try {
            if (Py.isInstance(cadata, Py.builtinType("str"))) {
                String text = Py.asString(cadata);
                List<X509Certificate> certs = Pem.certificates(Pem.blocks(text));
                if (certs.isEmpty()) {
                    throw SslErrors.sslError(0, null, null, "no start line: cadata does not contain a certificate");
                }
                return certs;
            }
            byte[] der;
            try {
                der = Py.asBytes(cadata);
            } catch (PythonException e) {
                throw Py.typeError("cadata should be an ASCII string or a bytes-like object");
            }
            List<X509Certificate> certs = der.length == 0 ? List.of() : Pem.derCertificates(der);
            if (certs.isEmpty()) {
                throw SslErrors.sslError(0, null, null, "not enough data: cadata does not contain a certificate");
            }
            return certs;
        } catch (CertificateException e) {
            throw SslErrors.sslError(0, null, null, "not enough data: cadata does not contain a certificate");
        }
    }

    /** The system's CA bundle where OpenSSL would find one, else the JDK's {@code cacerts}. */
    static List<X509Certificate> defaultCertificates() {
        List<String> candidates = new ArrayList<>();
        String env = System.getenv("SSL_CERT_FILE");
        if (env != null) {
            candidates.add(env);
        }
        candidates.addAll(List.of(SYSTEM_BUNDLES));
        for (String c : candidates) {
            Path p = Path.of(c);
            if (Files.isReadable(p)) {
                try {
                    List<X509Certificate> certs = Pem.certificates(Pem.blocks(Pem.latin1(Files.readAllBytes(p))));
                    if (!certs.isEmpty()) {
                        return certs;
                    }
                } catch (IOException | CertificateException e) {
                    // try the next place
                }
            }
        }
        try {
            TrustManagerFactory f = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            f.init((KeyStore) null);
            for (var tm : f.getTrustManagers()) {
                if (tm instanceof X509TrustManager x) {
                    return List.of(x.getAcceptedIssuers());
                }
            }
        } catch (GeneralSecurityException e) {
            // no CA certificates at all
        }
        return List.of();
    }

    /**
     * Whether OpenSSL counts a certificate as a CA's (X509_check_ca): basic constraints say so,
     * or, without them, it may sign certificates or is a self-signed version 1 certificate.
     */
    static boolean isCa(X509Certificate c) {
        if (c.getBasicConstraints() >= 0) {
            return true;
        }
        if (c.getExtensionValue(ObjectIds.BASIC_CONSTRAINTS.oid) != null) {
            return false;
        }
        boolean[] usage = c.getKeyUsage();
        if (usage != null && usage.length > 5 && usage[5]) {
            return true;
        }
        return c.getVersion() == 1 && c.getSubjectX500Principal().equals(c.getIssuerX500Principal());
    }

    static byte[] encoded(X509Certificate c) {
        try {
            return c.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a certificate the JDK parsed cannot be encoded", e);
        }
    }

    // ---- load_cert_chain -----------------------------------------------------------------------

    static KeyAndChain loadCertChain(Object certfile, Object keyfile, Object password) {
        Supplier<byte[]> secret = password(password);
        List<Pem.Block> certBlocks = Pem.blocks(Pem.latin1(readFile(certfile, "certfile")));
        List<Pem.Block> keyBlocks = keyfile == Py.none() ? certBlocks : Pem.blocks(Pem.latin1(readFile(keyfile, "keyfile")));
        List<X509Certificate> chain;
        try {
            chain = Pem.certificates(certBlocks);
        } catch (CertificateException e) {
            throw SslErrors.pemLib();
        }
        if (chain.isEmpty()) {
            throw SslErrors.pemLib();
        }
        PrivateKey key;
        try {
            boolean encrypted = keyBlocks.stream().anyMatch(b -> b.label().startsWith("ENCRYPTED")
                    || b.headers().contains("ENCRYPTED"));
            key = Pem.privateKey(keyBlocks, encrypted ? secret.get() : null);
        } catch (Pem.KeyException e) {
            throw SslErrors.pemLib();
        }
        if (key == null) {
            throw SslErrors.pemLib();
        }
        // OpenSSL keeps a key slot per key type, so only a key of the certificate's type must match it.
        if (key.getAlgorithm().equals(chain.get(0).getPublicKey().getAlgorithm()) && !matches(key, chain.get(0))) {
            throw SslErrors.sslError(116, "X509", "KEY_VALUES_MISMATCH", "key values mismatch");
        }
        return new KeyAndChain(key, chain.toArray(X509Certificate[]::new));
    }

    /** The password as bytes when asked for (a callable is called then), or null for none. */
    private static Supplier<byte[]> password(Object password) {
        if (password == Py.none()) {
            return () -> null;
        }
        boolean callable = Py.isTrue(Py.call(Py.getAttr(Py.importModule("builtins"), "callable"), password));
        if (!callable && !isText(password)) {
            throw Py.typeError("password should be a string or callable");
        }
        if (!callable) {
            byte[] b = passwordBytes(password);
            return () -> b;
        }
        return () -> {
            Object got = Py.call(password);
            if (!isText(got)) {
                throw Py.typeError("password callback must return a string");
            }
            return passwordBytes(got);
        };
    }

    private static boolean isText(Object o) {
        return Py.isInstance(o, Py.builtinType("str")) || Py.isInstance(o, Py.builtinType("bytes"))
                || Py.isInstance(o, Py.builtinType("bytearray"));
    }

    private static byte[] passwordBytes(Object o) {
        byte[] b = Py.isInstance(o, Py.builtinType("str")) ? Py.asString(o).getBytes(StandardCharsets.UTF_8) : Py.asBytes(o);
        if (b.length > 1024) {
            throw Py.valueError("password cannot be longer than 1024 bytes");
        }
        return b;
    }

    /** Whether the key signs what the certificate's public key verifies. */
    private static boolean matches(PrivateKey key, X509Certificate cert) {
        String alg = switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            case "DSA" -> "SHA256withDSA";
            default -> null;
        };
        if (alg == null) {
            return true;
        }
        try {
            byte[] probe = "kaa _ssl key check".getBytes(StandardCharsets.US_ASCII);
            Signature s = Signature.getInstance(alg);
            s.initSign(key);
            s.update(probe);
            byte[] sig = s.sign();
            Signature v = Signature.getInstance(alg);
            v.initVerify(cert.getPublicKey());
            v.update(probe);
            return v.verify(sig);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
