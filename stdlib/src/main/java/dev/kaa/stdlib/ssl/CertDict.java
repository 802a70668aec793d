package dev.kaa.stdlib.ssl;

import dev.kaa.ext.Py;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A certificate as {@code getpeercert()} and {@code _test_decode_cert} show it: a dict with
 * {@code subject} and {@code issuer} (tuples of relative distinguished names, each a tuple of
 * {@code (name, value)} pairs), {@code version}, {@code serialNumber} (upper-case hex),
 * {@code notBefore}/{@code notAfter} ({@code 'Jan  5 09:34:43 2018 GMT'}), and when present
 * {@code subjectAltName}, {@code OCSP}, {@code caIssuers} and {@code crlDistributionPoints}.
 * The names and extensions are read from the DER (the JDK gives directory names only as text).
 *
 * <p>Thread safety: stateless; needs the GIL (it makes Python objects).
 */
final class CertDict {
    private CertDict() {}

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("MMM ppd HH:mm:ss yyyy 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    static Object of(X509Certificate cert) {
        Object d = Py.dict();
        Der.Value tbs;
        try {
            tbs = Der.parse(cert.getTBSCertificate());
        } catch (java.security.cert.CertificateEncodingException | IllegalArgumentException e) {
            throw SslErrors.sslError(SslErrors.SSL_ERROR_SSL, "ASN1", null, "bad certificate");
        }
        List<Der.Value> parts = tbs.children();
        int i = parts.get(0).isContext() ? 1 : 0; // [0] version
        Der.Value issuer = parts.get(i + 2), subject = parts.get(i + 4);
        Py.setItem(d, Py.str("subject"), name(subject));
        Py.setItem(d, Py.str("issuer"), name(issuer));
        Py.setItem(d, Py.str("version"), Py.integer(cert.getVersion()));
        String serial = cert.getSerialNumber().toString(16).toUpperCase(Locale.ROOT);
        Py.setItem(d, Py.str("serialNumber"), Py.str(serial.length() % 2 == 1 ? "0" + serial : serial));
        Py.setItem(d, Py.str("notBefore"), Py.str(TIME.format(cert.getNotBefore().toInstant())));
        Py.setItem(d, Py.str("notAfter"), Py.str(TIME.format(cert.getNotAfter().toInstant())));
        byte[] san = extension(cert, ObjectIds.SUBJECT_ALT_NAME.oid);
        if (san != null) {
            List<Object> names = new ArrayList<>();
            for (Der.Value g : Der.parse(san).children()) {
                names.add(generalName(g));
            }
            Py.setItem(d, Py.str("subjectAltName"), Py.tuple(names.toArray()));
        }
        byte[] aia = extension(cert, ObjectIds.AUTHORITY_INFO_ACCESS.oid);
        if (aia != null) {
            List<Object> ocsp = new ArrayList<>(), issuers = new ArrayList<>();
            for (Der.Value access : Der.parse(aia).children()) {
                List<Der.Value> ad = access.children();
                Der.Value where = ad.get(1);
                if (!where.isContext() || where.contextNumber() != 6) {
                    continue;
                }
                String method = ad.get(0).oid();
                if (method.equals(ObjectIds.OCSP.oid)) {
                    ocsp.add(Py.str(where.text()));
                } else if (method.equals(ObjectIds.CA_ISSUERS.oid)) {
                    issuers.add(Py.str(where.text()));
                }
            }
            if (!ocsp.isEmpty()) {
                Py.setItem(d, Py.str("OCSP"), Py.tuple(ocsp.toArray()));
            }
            if (!issuers.isEmpty()) {
                Py.setItem(d, Py.str("caIssuers"), Py.tuple(issuers.toArray()));
            }
        }
        byte[] crl = extension(cert, ObjectIds.CRL_DISTRIBUTION_POINTS.oid);
        if (crl != null) {
            List<Object> uris = new ArrayList<>();
            for (Der.Value point : Der.parse(crl).children()) {
                for (Der.Value field : point.children()) {
                    if (field.isContext() && field.contextNumber() == 0) {
                        for (Der.Value fullName : field.children()) {
                            if (fullName.isContext() && fullName.contextNumber() == 0) {
                                for (Der.Value g : fullName.children()) {
                                    if (g.isContext() && g.contextNumber() == 6) {
                                        uris.add(Py.str(g.text()));
                                    }
                                }
                            }
                        }
                    }
                }
            }
            if (!uris.isEmpty()) {
                Py.setItem(d, Py.str("crlDistributionPoints"), Py.tuple(uris.toArray()));
            }
        }
        return d;
    }

    /** The contents of an extension's OCTET STRING, or null when the certificate lacks it. */
    private static byte[] extension(X509Certificate cert, String oid) {
        byte[] wrapped = cert.getExtensionValue(oid);
        return wrapped == null ? null : Der.parse(wrapped).content();
    }

    /** A Name: a tuple of RDNs, each a tuple of {@code (attribute, value)} pairs. */
    static Object name(Der.Value name) {
        List<Object> rdns = new ArrayList<>();
        for (Der.Value rdn : name.children()) {
            List<Object> pairs = new ArrayList<>();
            for (Der.Value atv : rdn.children()) {
                List<Der.Value> kv = atv.children();
                pairs.add(Py.tuple(Py.str(ObjectIds.longNameOf(kv.get(0).oid())), Py.str(kv.get(1).text())));
            }
            rdns.add(Py.tuple(pairs.toArray()));
        }
        return Py.tuple(rdns.toArray());
    }

    /** One GeneralName as a {@code (kind, value)} pair, as OpenSSL names the kinds. */
    private static Object generalName(Der.Value g) {
        return switch (g.contextNumber()) {
            case 1 -> Py.tuple(Py.str("email"), Py.str(g.text()));
            case 2 -> Py.tuple(Py.str("DNS"), Py.str(g.text()));
            case 4 -> Py.tuple(Py.str("DirName"), name(g.children().get(0)));
            case 6 -> Py.tuple(Py.str("URI"), Py.str(g.text()));
            case 7 -> Py.tuple(Py.str("IP Address"), Py.str(ipAddress(g.content())));
            case 8 -> Py.tuple(Py.str("Registered ID"), Py.str(ObjectIds.longNameOf(
                    new Der.Value(Der.OID, g.data(), g.start(), g.end()).oid())));
            case 0 -> Py.tuple(Py.str("othername"), Py.str("<unsupported>"));
            case 3 -> Py.tuple(Py.str("X400Name"), Py.str("<unsupported>"));
            default -> Py.tuple(Py.str("EdiPartyName"), Py.str("<unsupported>"));
        };
    }

    /** An address as OpenSSL prints one: dotted IPv4, or eight upper-case hex groups for IPv6. */
    static String ipAddress(byte[] a) {
        if (a.length == 4) {
            return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
        }
        if (a.length == 16) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 16; i += 2) {
                if (i > 0) {
                    sb.append(':');
                }
                sb.append(Integer.toHexString(((a[i] & 0xff) << 8) | (a[i + 1] & 0xff)).toUpperCase(Locale.ROOT));
            }
            return sb.toString();
        }
        return "<invalid>";
    }
}
