package dev.kaa.stdlib.ssl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cipher suites in both spellings: the JDK's (IANA) names, which the engine takes, and
 * OpenSSL's, which Python code sees ({@code TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384} is
 * {@code ECDHE-RSA-AES256-GCM-SHA384}; TLS 1.3 suites keep their names), and OpenSSL's cipher
 * strings ({@code "ECDH+AESGCM:!aNULL"}) read as well as the JDK's suites allow: the keywords
 * for key exchange, authentication, encryption and digest, {@code ALL}, {@code DEFAULT},
 * {@code HIGH}, {@code !}, {@code -}, {@code +} and {@code @SECLEVEL}/{@code @STRENGTH} (the
 * latter two accepted and ignored). As OpenSSL's, a cipher string selects TLS 1.2 suites only;
 * TLS 1.3's are always enabled.
 *
 * <p>Thread safety: immutable.
 */
final class Ciphers {
    private Ciphers() {}

    /** One suite: the JDK's name and what OpenSSL would call its parts. */
    record Suite(String jsse, String openssl, String protocol, String kx, String auth, String enc, int bits,
            String mac) {
        boolean tls13() {
            return protocol.equals("TLSv1.3");
        }

        boolean aead() {
            return mac.equals("AEAD");
        }
    }

    /** A JDK suite name in OpenSSL's terms, or null for a suite OpenSSL has no name for. */
    static Suite of(String jsse) {
        if (!jsse.startsWith("TLS_") || jsse.contains("EMPTY_RENEGOTIATION") || jsse.contains("SCSV")) {
            return null;
        }
        int with = jsse.indexOf("_WITH_");
        if (with < 0) {
            // TLS 1.3: TLS_AES_256_GCM_SHA384, TLS_CHACHA20_POLY1305_SHA256
            String rest = jsse.substring(4);
            String enc = rest.startsWith("AES_256_GCM") ? "AESGCM" : rest.startsWith("AES_128_GCM") ? "AESGCM"
                    : rest.startsWith("CHACHA20") ? "CHACHA20" : rest.startsWith("AES_128_CCM") ? "AESCCM" : "?";
            int bits = rest.startsWith("AES_128") ? 128 : 256;
            return new Suite(jsse, jsse, "TLSv1.3", "any", "any", enc, bits, "AEAD");
        }
        String kxPart = jsse.substring(4, with), cipher = jsse.substring(with + 6);
        String kx, auth, prefix;
        switch (kxPart) {
            case "ECDHE_RSA" -> { kx = "ECDH"; auth = "RSA"; prefix = "ECDHE-RSA-"; }
            case "ECDHE_ECDSA" -> { kx = "ECDH"; auth = "ECDSA"; prefix = "ECDHE-ECDSA-"; }
            case "DHE_RSA" -> { kx = "DH"; auth = "RSA"; prefix = "DHE-RSA-"; }
            case "DHE_DSS" -> { kx = "DH"; auth = "DSS"; prefix = "DHE-DSS-"; }
            case "RSA" -> { kx = "RSA"; auth = "RSA"; prefix = ""; }
            case "ECDH_anon" -> { kx = "ECDH"; auth = "None"; prefix = "AECDH-"; }
            case "DH_anon" -> { kx = "DH"; auth = "None"; prefix = "ADH-"; }
            default -> { return null; }
        }
        String mac = cipher.endsWith("_SHA384") ? "SHA384" : cipher.endsWith("_SHA256") ? "SHA256"
                : cipher.endsWith("_SHA") ? "SHA1" : "?";
        String body = cipher.substring(0, cipher.lastIndexOf('_'));
        String enc, name;
        int bits;
        if (body.equals("CHACHA20_POLY1305")) {
            enc = "CHACHA20"; bits = 256; mac = "AEAD"; name = "CHACHA20-POLY1305";
        } else if (body.startsWith("AES_")) {
            bits = Integer.parseInt(body.substring(4, 7));
            boolean gcm = body.endsWith("_GCM"), ccm = body.contains("_CCM");
            enc = gcm ? "AESGCM" : ccm ? "AESCCM" : "AES";
            if (gcm || ccm) {
                mac = "AEAD";
            }
            name = "AES" + bits + (gcm ? "-GCM-" + cipher.substring(cipher.lastIndexOf('_') + 1)
                    : ccm ? "-CCM" : mac.equals("SHA1") ? "-SHA" : "-" + mac);
        } else if (body.equals("3DES_EDE_CBC")) {
            enc = "3DES"; bits = 168; name = "DES-CBC3-SHA";
        } else if (body.equals("NULL")) {
            enc = "eNULL"; bits = 0; name = "NULL-" + mac;
        } else {
            return null;
        }
        if (kx.equals("DH") && auth.equals("RSA") && name.startsWith("DES-CBC3")) {
            name = "EDH-RSA-DES-CBC3-SHA";
            prefix = "";
        }
        String protocol = mac.equals("SHA1") || mac.equals("?") ? "TLSv1.0" : "TLSv1.2";
        return new Suite(jsse, prefix + name, protocol, kx, auth, enc, bits, mac);
    }

    /** The suites the JDK supports that OpenSSL has names for, in the JDK's order of preference. */
    static List<Suite> supported(String[] jsseSuites) {
        List<Suite> out = new ArrayList<>();
        for (String s : jsseSuites) {
            Suite suite = of(s);
            if (suite != null) {
                out.add(suite);
            }
        }
        return out;
    }

    /**
     * The TLS 1.2 (and older) suites an OpenSSL cipher string selects from {@code all}, in order;
     * empty when it selects none.
     */
    static List<Suite> select(String spec, List<Suite> all) {
        Set<Suite> chosen = new LinkedHashSet<>();
        Set<Suite> banned = new LinkedHashSet<>();
        for (String token : spec.split("[:, ]+")) {
            if (token.isEmpty() || token.startsWith("@")) {
                continue;
            }
            char op = token.charAt(0);
            String expr = op == '!' || op == '-' || op == '+' ? token.substring(1) : token;
            List<Suite> matching = new ArrayList<>();
            for (Suite s : all) {
                if (!s.tls13() && matches(s, expr)) {
                    matching.add(s);
                }
            }
            switch (op) {
                case '!' -> banned.addAll(matching);
                case '-' -> chosen.removeAll(matching);
                case '+' -> {
                    for (Suite s : matching) {
                        if (chosen.remove(s)) {
                            chosen.add(s);
                        }
                    }
                }
                default -> {
                    for (Suite s : matching) {
                        if (!banned.contains(s)) {
                            chosen.add(s);
                        }
                    }
                }
            }
        }
        chosen.removeAll(banned);
        return new ArrayList<>(chosen);
    }

    /** Whether a suite answers to every {@code +}-joined keyword of {@code expr}. */
    private static boolean matches(Suite s, String expr) {
        for (String word : expr.split("\\+")) {
            if (!keyword(s, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean keyword(Suite s, String w) {
        return switch (w) {
            case "ALL", "DEFAULT", "COMPLEMENTOFDEFAULT" -> !w.equals("COMPLEMENTOFDEFAULT") && !s.enc().equals("eNULL");
            case "COMPLEMENTOFALL", "eNULL", "NULL" -> s.enc().equals("eNULL");
            case "HIGH" -> s.bits() >= 128 && !s.enc().equals("3DES");
            case "MEDIUM" -> s.enc().equals("3DES");
            case "LOW", "EXPORT", "EXP", "RC4", "MD5", "SEED", "IDEA", "CAMELLIA", "ARIA", "PSK", "SRP", "aGOST",
                    "kGOST", "GOST94", "GOST89MAC", "DES", "RC2", "SSLv2", "kECDHr", "kECDHe", "aECDH", "kDHr",
                    "kDHd", "kPSK" -> false;
            case "aNULL", "ADH", "AECDH" -> s.auth().equals("None") && (w.equals("aNULL")
                    || (w.equals("ADH") ? s.kx().equals("DH") : s.kx().equals("ECDH")));
            case "kRSA", "RSA" -> w.equals("RSA") ? s.kx().equals("RSA") || s.auth().equals("RSA") : s.kx().equals("RSA");
            case "aRSA" -> s.auth().equals("RSA");
            case "kEDH", "kDHE", "EDH", "DHE", "DH", "kDH" -> s.kx().equals("DH") && !s.auth().equals("None")
                    || (w.equals("DH") || w.equals("kDH")) && s.kx().equals("DH");
            case "kEECDH", "kECDHE", "EECDH", "ECDHE", "ECDH", "kECDH" -> s.kx().equals("ECDH")
                    && (!s.auth().equals("None") || w.equals("ECDH") || w.equals("kECDH"));
            case "aECDSA", "ECDSA" -> s.auth().equals("ECDSA");
            case "aDSS", "DSS" -> s.auth().equals("DSS");
            case "AES" -> s.enc().startsWith("AES");
            case "AES128" -> s.enc().startsWith("AES") && s.bits() == 128;
            case "AES256" -> s.enc().startsWith("AES") && s.bits() == 256;
            case "AESGCM" -> s.enc().equals("AESGCM");
            case "AESCCM", "AESCCM8" -> s.enc().equals("AESCCM");
            case "CHACHA20" -> s.enc().equals("CHACHA20");
            case "3DES" -> s.enc().equals("3DES");
            case "SHA1", "SHA" -> s.mac().equals("SHA1");
            case "SHA256" -> s.mac().equals("SHA256") || s.jsse().endsWith("_SHA256") && s.aead();
            case "SHA384" -> s.mac().equals("SHA384") || s.jsse().endsWith("_SHA384") && s.aead();
            case "TLSv1.2" -> s.protocol().equals("TLSv1.2");
            case "TLSv1", "TLSv1.0", "SSLv3" -> s.protocol().equals("TLSv1.0");
            default -> s.openssl().equals(w) || s.jsse().equals(w);
        };
    }

    /** The {@code "description"} of {@code get_ciphers()}, in OpenSSL's column layout. */
    static String description(Suite s) {
        String kx = s.tls13() ? "any" : s.kx();
        String au = s.tls13() ? "any" : s.auth();
        String enc = s.enc().equals("AESGCM") ? "AESGCM(" + s.bits() + ")"
                : s.enc().equals("CHACHA20") ? "CHACHA20/POLY1305(256)"
                : s.enc().equals("AES") ? "AES(" + s.bits() + ")" : s.enc() + "(" + s.bits() + ")";
        return String.format(Locale.ROOT, "%-30s %-7s Kx=%-8s Au=%-5s Enc=%-22s Mac=%s", s.openssl(),
                s.tls13() ? "TLSv1.3" : s.protocol().equals("TLSv1.2") ? "TLSv1.2" : "SSLv3", kx, au, enc, s.mac());
    }

    /** The {@code "symmetric"} of {@code get_ciphers()}: OpenSSL's cipher name. */
    static String symmetric(Suite s) {
        return switch (s.enc()) {
            case "AESGCM" -> "aes-" + s.bits() + "-gcm";
            case "AESCCM" -> "aes-" + s.bits() + "-ccm";
            case "AES" -> "aes-" + s.bits() + "-cbc";
            case "CHACHA20" -> "chacha20-poly1305";
            case "3DES" -> "des-ede3-cbc";
            default -> null;
        };
    }
}
