package dev.kaa.stdlib.ssl;

import java.util.HashMap;
import java.util.Map;

/**
 * The ASN.1 objects {@code _ssl} names: OpenSSL's NID, short name and long name for the
 * distinguished-name attributes, extended key usages and extensions a certificate shows, as
 * {@code txt2obj}, {@code nid2obj} and {@code getpeercert()} give them. OpenSSL knows about a
 * thousand objects; this table holds the ones certificates commonly carry, and an object
 * outside it is shown by its dotted number, as OpenSSL shows one it does not know.
 *
 * <p>Thread safety: immutable.
 */
enum ObjectIds {
    COMMON_NAME(13, "CN", "commonName", "2.5.4.3"),
    COUNTRY(14, "C", "countryName", "2.5.4.6"),
    LOCALITY(15, "L", "localityName", "2.5.4.7"),
    STATE(16, "ST", "stateOrProvinceName", "2.5.4.8"),
    ORGANIZATION(17, "O", "organizationName", "2.5.4.10"),
    ORGANIZATIONAL_UNIT(18, "OU", "organizationalUnitName", "2.5.4.11"),
    EMAIL(48, "emailAddress", "emailAddress", "1.2.840.113549.1.9.1"),
    SERIAL_NUMBER(105, "serialNumber", "serialNumber", "2.5.4.5"),
    DOMAIN_COMPONENT(391, "DC", "domainComponent", "0.9.2342.19200300.100.1.25"),
    USER_ID(458, "UID", "userId", "0.9.2342.19200300.100.1.1"),
    SURNAME(100, "SN", "surname", "2.5.4.4"),
    GIVEN_NAME(99, "GN", "givenName", "2.5.4.42"),
    TITLE(106, "title", "title", "2.5.4.12"),
    INITIALS(101, "initials", "initials", "2.5.4.43"),
    DN_QUALIFIER(174, "dnQualifier", "dnQualifier", "2.5.4.46"),
    PSEUDONYM(510, "pseudonym", "pseudonym", "2.5.4.65"),
    STREET(660, "street", "streetAddress", "2.5.4.9"),
    POSTAL_CODE(661, "postalCode", "postalCode", "2.5.4.17"),
    JURISDICTION_C(957, "jurisdictionC", "jurisdictionCountryName", "1.3.6.1.4.1.311.60.2.1.3"),
    JURISDICTION_ST(956, "jurisdictionST", "jurisdictionStateOrProvinceName", "1.3.6.1.4.1.311.60.2.1.2"),
    JURISDICTION_L(955, "jurisdictionL", "jurisdictionLocalityName", "1.3.6.1.4.1.311.60.2.1.1"),
    BUSINESS_CATEGORY(860, "businessCategory", "businessCategory", "2.5.4.15"),
    GENERATION_QUALIFIER(509, "generationQualifier", "generationQualifier", "2.5.4.44"),
    ORGANIZATION_IDENTIFIER(1089, "organizationIdentifier", "organizationIdentifier", "2.5.4.97"),
    SERVER_AUTH(129, "serverAuth", "TLS Web Server Authentication", "1.3.6.1.5.5.7.3.1"),
    CLIENT_AUTH(130, "clientAuth", "TLS Web Client Authentication", "1.3.6.1.5.5.7.3.2"),
    CODE_SIGNING(131, "codeSigning", "Code Signing", "1.3.6.1.5.5.7.3.3"),
    EMAIL_PROTECTION(132, "emailProtection", "E-mail Protection", "1.3.6.1.5.5.7.3.4"),
    TIME_STAMPING(133, "timeStamping", "Time Stamping", "1.3.6.1.5.5.7.3.8"),
    OCSP_SIGNING(180, "OCSPSigning", "OCSP Signing", "1.3.6.1.5.5.7.3.9"),
    SUBJECT_ALT_NAME(85, "subjectAltName", "X509v3 Subject Alternative Name", "2.5.29.17"),
    BASIC_CONSTRAINTS(87, "basicConstraints", "X509v3 Basic Constraints", "2.5.29.19"),
    KEY_USAGE(83, "keyUsage", "X509v3 Key Usage", "2.5.29.15"),
    EXTENDED_KEY_USAGE(126, "extendedKeyUsage", "X509v3 Extended Key Usage", "2.5.29.37"),
    SUBJECT_KEY_ID(82, "subjectKeyIdentifier", "X509v3 Subject Key Identifier", "2.5.29.14"),
    AUTHORITY_KEY_ID(90, "authorityKeyIdentifier", "X509v3 Authority Key Identifier", "2.5.29.35"),
    CRL_DISTRIBUTION_POINTS(103, "crlDistributionPoints", "X509v3 CRL Distribution Points", "2.5.29.31"),
    AUTHORITY_INFO_ACCESS(177, "authorityInfoAccess", "Authority Information Access", "1.3.6.1.5.5.7.1.1"),
    OCSP(178, "OCSP", "OCSP", "1.3.6.1.5.5.7.48.1"),
    CA_ISSUERS(179, "caIssuers", "CA Issuers", "1.3.6.1.5.5.7.48.2"),
    RSA_ENCRYPTION(6, "rsaEncryption", "rsaEncryption", "1.2.840.113549.1.1.1"),
    EC_PUBLIC_KEY(408, "id-ecPublicKey", "id-ecPublicKey", "1.2.840.10045.2.1"),
    RSA_SHA256(668, "RSA-SHA256", "sha256WithRSAEncryption", "1.2.840.113549.1.1.11"),
    RSASSA_PSS(912, "RSASSA-PSS", "rsassaPss", "1.2.840.113549.1.1.10"),
    ED25519(1087, "ED25519", "ED25519", "1.3.101.112");

    final int nid;
    final String shortName, longName, oid;

    ObjectIds(int nid, String shortName, String longName, String oid) {
        this.nid = nid;
        this.shortName = shortName;
        this.longName = longName;
        this.oid = oid;
    }

    private static final Map<String, ObjectIds> BY_OID = new HashMap<>();
    private static final Map<Integer, ObjectIds> BY_NID = new HashMap<>();
    private static final Map<String, ObjectIds> BY_NAME = new HashMap<>();

    static {
        for (ObjectIds o : values()) {
            BY_OID.put(o.oid, o);
            BY_NID.put(o.nid, o);
            BY_NAME.put(o.shortName, o);
            BY_NAME.put(o.longName, o);
        }
    }

    static ObjectIds byOid(String oid) {
        return BY_OID.get(oid);
    }

    static ObjectIds byNid(int nid) {
        return BY_NID.get(nid);
    }

    static ObjectIds byName(String name) {
        return BY_NAME.get(name);
    }

    /** The long name OpenSSL shows for an attribute or extension, or the dotted number. */
    static String longNameOf(String oid) {
        ObjectIds o = BY_OID.get(oid);
        return o == null ? oid : o.longName;
    }
}
