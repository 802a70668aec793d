package dev.kaa.vm.modules.expat;

/**
 * Expat's error codes, their names in {@code pyexpat.errors} and their messages (as Expat
 * 2.6 words them).
 *
 * <p>Thread safety: immutable tables.
 */
final class ExpatErrors {
    private ExpatErrors() {}

    static final int SYNTAX = 2;
    static final int NO_ELEMENTS = 3;
    static final int INVALID_TOKEN = 4;
    static final int UNCLOSED_TOKEN = 5;
    static final int TAG_MISMATCH = 7;
    static final int DUPLICATE_ATTRIBUTE = 8;
    static final int JUNK_AFTER_DOC_ELEMENT = 9;
    static final int UNDEFINED_ENTITY = 11;
    static final int RECURSIVE_ENTITY_REF = 12;
    static final int BAD_CHAR_REF = 14;
    static final int MISPLACED_XML_PI = 17;
    static final int UNKNOWN_ENCODING = 18;
    static final int UNCLOSED_CDATA_SECTION = 20;
    static final int UNBOUND_PREFIX = 27;
    static final int XML_DECL = 30;
    static final int FINISHED = 36;

    /** Names (without the {@code XML_ERROR_} prefix) by code, from 1. */
    static final String[] NAMES = {
        null, "NO_MEMORY", "SYNTAX", "NO_ELEMENTS", "INVALID_TOKEN", "UNCLOSED_TOKEN", "PARTIAL_CHAR",
        "TAG_MISMATCH", "DUPLICATE_ATTRIBUTE", "JUNK_AFTER_DOC_ELEMENT", "PARAM_ENTITY_REF", "UNDEFINED_ENTITY",
        "RECURSIVE_ENTITY_REF", "ASYNC_ENTITY", "BAD_CHAR_REF", "BINARY_ENTITY_REF",
        "ATTRIBUTE_EXTERNAL_ENTITY_REF", "MISPLACED_XML_PI", "UNKNOWN_ENCODING", "INCORRECT_ENCODING",
        "UNCLOSED_CDATA_SECTION", "EXTERNAL_ENTITY_HANDLING", "NOT_STANDALONE", "UNEXPECTED_STATE",
        "ENTITY_DECLARED_IN_PE", "FEATURE_REQUIRES_XML_DTD", "CANT_CHANGE_FEATURE_ONCE_PARSING",
        "UNBOUND_PREFIX", "UNDECLARING_PREFIX", "INCOMPLETE_PE", "XML_DECL", "TEXT_DECL", "PUBLICID",
        "SUSPENDED", "NOT_SUSPENDED", "ABORTED", "FINISHED", "SUSPEND_PE", "RESERVED_PREFIX_XML",
        "RESERVED_PREFIX_XMLNS", "RESERVED_NAMESPACE_URI", "INVALID_ARGUMENT", "NO_BUFFER",
        "AMPLIFICATION_LIMIT_BREACH",
    };

    private static final String[] MESSAGES = {
        null, "out of memory", "syntax error", "no element found", "not well-formed (invalid token)",
        "unclosed token", "partial character", "mismatched tag", "duplicate attribute",
        "junk after document element", "illegal parameter entity reference", "undefined entity",
        "recursive entity reference", "asynchronous entity", "reference to invalid character number",
        "reference to binary entity", "reference to external entity in attribute",
        "XML or text declaration not at start of entity", "unknown encoding",
        "encoding specified in XML declaration is incorrect", "unclosed CDATA section",
        "error in processing external entity reference", "document is not standalone",
        "unexpected parser state - please send a bug report", "entity declared in parameter entity",
        "requested feature requires XML_DTD support in Expat", "cannot change setting once parsing has begun",
        "unbound prefix", "must not undeclare prefix", "incomplete markup in parameter entity",
        "XML declaration not well-formed", "text declaration not well-formed", "illegal character(s) in public id",
        "parser suspended", "parser not suspended", "parsing aborted", "parsing finished",
        "cannot suspend in external parameter entity",
        "reserved prefix (xml) must not be undeclared or bound to another namespace name",
        "reserved prefix (xmlns) must not be declared or undeclared",
        "prefix must not be bound to one of the reserved namespace names", "invalid argument",
        "a successful prior call to function XML_GetBuffer is required",
        "limit on input amplification factor (from DTD and entities) breached",
    };

    /** The message of {@code code}, or null for a code Expat does not have. */
    static String message(long code) {
        return code >= 1 && code < MESSAGES.length ? MESSAGES[(int) code] : null;
    }

    static int count() {
        return MESSAGES.length - 1;
    }
}
