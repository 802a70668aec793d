package dev.kaa.stdlib.ssl;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * PEM text as OpenSSL writes it: certificates, and private keys in PKCS#8 form (plain and
 * encrypted) and in the traditional PKCS#1 ("RSA PRIVATE KEY") and SEC1 ("EC PRIVATE KEY")
 * forms, which are wrapped into PKCS#8 for the JDK's key factories; a traditional key may be
 * encrypted the legacy way ({@code Proc-Type: 4,ENCRYPTED}, {@code DEK-Info}).
 *
 * <p>Thread safety: stateless.
 */
final class Pem {
    private Pem() {}

    /** One {@code -----BEGIN LABEL-----} block: its label, headers and decoded body. */
    record Block(String label, String headers, byte[] der) {}

    private static final Pattern BLOCK = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\r?\\n(.*?)-----END \\1-----", Pattern.DOTALL);

    /** Why a key could not be read: a wrong or missing password, or anything else. */
    static final class KeyException extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean badPassword;

        KeyException(String message, boolean badPassword) {
            super(message, null, false, false);
            this.badPassword = badPassword;
        }
    }

    /** The blocks of PEM text, in order; undecodable ones are skipped. */
    static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            String body = m.group(2);
            String headers = "";
            int blank = body.indexOf("\n\n");
            if (body.startsWith("Proc-Type:") && blank >= 0) {
                headers = body.substring(0, blank);
                body = body.substring(blank + 2);
            }
            try {
                out.add(new Block(m.group(1), headers, Base64.getMimeDecoder().decode(body)));
            } catch (IllegalArgumentException e) {
                // not base64: OpenSSL skips it too
            }
        }
        return out;
    }

    static CertificateFactory x509() {
        try {
            return CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("the JDK has no X.509 certificate factory", e);
        }
    }

    /** The certificates among PEM blocks. */
    static List<X509Certificate> certificates(List<Block> blocks) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.label().equals("CERTIFICATE") || b.label().equals("TRUSTED CERTIFICATE")
                    || b.label().equals("X509 CERTIFICATE")) {
                out.add(certificate(b.der()));
            }
        }
        return out;
    }

    static X509Certificate certificate(byte[] der) throws CertificateException {
        return (X509Certificate) x509().generateCertificate(new ByteArrayInputStream(der));
    }

    /** The certificates of concatenated DER encodings. */
    static List<X509Certificate> derCertificates(byte[] data) throws CertificateException {
        List<X509Certificate> out = new ArrayList<>();
        int p = 0;
        while (p < data.length) {
            Der.Value v;
            try {
                v = Der.read(data, p, data.length);
            } catch (IllegalArgumentException e) {
                throw new CertificateException("bad DER", e);
            }
            out.add(certificate(java.util.Arrays.copyOfRange(data, p, v.end())));
            p = v.end();
        }
        return out;
    }

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    /**
     * The first private key among the blocks, decrypted with {@code password} (null: none
     * given) if it is encrypted; null when there is no key block.
     */
    static PrivateKey privateKey(List<Block> blocks, byte[] password) throws KeyException {
        for (Block b : blocks) {
            switch (b.label()) {
                case "PRIVATE KEY":
                    return pkcs8(b.der());
                case "ENCRYPTED PRIVATE KEY":
                    return pkcs8(decryptPkcs8(b.der(), need(password)));
                case "RSA PRIVATE KEY":
                    return pkcs8(wrap("1.2.840.113549.1.1.1", Der.encode(Der.NULL), traditional(b, password)));
                case "EC PRIVATE KEY": {
                    byte[] sec1 = traditional(b, password);
                    return pkcs8(wrap("1.2.840.10045.2.1", curveOf(sec1), sec1));
                }
                default:
                    break;
            }
        }
        return null;
    }

    private static byte[] need(byte[] password) throws KeyException {
        if (password == null) {
            throw new KeyException("the key is encrypted and no password was given", true);
        }
        return password;
    }

    /** PKCS#8's PrivateKeyInfo around a key of the given algorithm. */
    private static byte[] wrap(String algorithm, byte[] parameters, byte[] key) {
        return Der.encode(Der.SEQUENCE, Der.encode(Der.INTEGER, new byte[] {0}),
                Der.encode(Der.SEQUENCE, Der.oid(algorithm), parameters), Der.encode(Der.OCTET_STRING, key));
    }

    /** The named curve of a SEC1 key (its {@code [0]} parameters), as DER. */
    private static byte[] curveOf(byte[] sec1) throws KeyException {
        try {
            for (Der.Value v : Der.parse(sec1).children()) {
                if (v.isContext() && v.contextNumber() == 0) {
                    return v.content();
                }
            }
        } catch (IllegalArgumentException e) {
            throw new KeyException("bad EC key", false);
        }
        throw new KeyException("EC key without its curve", false);
    }

    private static final String[] KEY_ALGORITHMS = {"RSA", "EC", "RSASSA-PSS", "Ed25519", "Ed448", "DSA", "X25519"};

    private static PrivateKey pkcs8(byte[] der) throws KeyException {
        for (String alg : KEY_ALGORITHMS) {
            try {
                return KeyFactory.getInstance(alg).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException | RuntimeException e) {
                // try the next algorithm
            }
        }
        throw new KeyException("unsupported private key", false);
    }

    private static byte[] decryptPkcs8(byte[] der, byte[] password) throws KeyException {
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            String alg = info.getAlgName();
            char[] chars = latin1(password).toCharArray();
            var key = SecretKeyFactory.getInstance(alg).generateSecret(new PBEKeySpec(chars));
            Cipher c = Cipher.getInstance(alg);
            c.init(Cipher.DECRYPT_MODE, key, info.getAlgParameters());
            return info.getKeySpec(c).getEncoded();
        } catch (java.io.IOException e) {
            throw new KeyException("bad encrypted key", false);
        } catch (GeneralSecurityException e) {
            throw new KeyException("bad password", true);
        }
    }

    /** The body of a traditional key block, decrypted as its DEK-Info says if it is encrypted. */
    private static byte[] traditional(Block b, byte[] password) throws KeyException {
        if (!b.headers().contains("ENCRYPTED")) {
            return b.der();
        }
        need(password);
        Matcher m = Pattern.compile("DEK-Info: *([A-Z0-9-]+) *, *([0-9A-Fa-f]+)").matcher(b.headers());
        if (!m.find()) {
            throw new KeyException("bad DEK-Info", false);
        }
        byte[] iv = HexFormat.of().parseHex(m.group(2));
        String cipher = m.group(1);
        int keyLen;
        String jce, keyAlg;
        switch (cipher) {
            case "AES-128-CBC" -> { keyLen = 16; jce = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
            case "AES-192-CBC" -> { keyLen = 24; jce = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
            case "AES-256-CBC" -> { keyLen = 32; jce = "AES/CBC/PKCS5Padding"; keyAlg = "AES"; }
            case "DES-EDE3-CBC" -> { keyLen = 24; jce = "DESede/CBC/PKCS5Padding"; keyAlg = "DESede"; }
            default -> throw new KeyException("unsupported key encryption " + cipher, false);
        }
        try {
            byte[] key = bytesToKey(password, java.util.Arrays.copyOf(iv, 8), keyLen);
            Cipher c = Cipher.getInstance(jce);
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, keyAlg), new IvParameterSpec(iv));
            byte[] plain = c.doFinal(b.der());
            Der.parse(plain);
            return plain;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new KeyException("bad password", true);
        }
    }

    /** OpenSSL's EVP_BytesToKey with MD5 and one iteration, as legacy PEM encryption uses it. */
    private static byte[] bytesToKey(byte[] password, byte[] salt, int length) throws GeneralSecurityException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        byte[] out = new byte[length];
        byte[] prev = new byte[0];
        int filled = 0;
        while (filled < length) {
            md5.update(prev);
            md5.update(password);
            md5.update(salt);
            prev = md5.digest();
            int n = Math.min(prev.length, length - filled);
            System.arraycopy(prev, 0, out, filled, n);
            filled += n;
        }
        return out;
    }
}
