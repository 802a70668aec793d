package dev.kaa.parser.internal.tokenize;

/**
 * Character classes of Python's lexical rules.
 *
 * <p>Thread safety: stateless.
 */
final class Chars {
    private Chars() {}

    /**
     * Whether {@code c} may be part of a name as the tokenizer first collects it: ASCII letters,
     * digits, {@code _} and every non-ASCII character (checked afterwards, as CPython does, so that
     * a stray {@code €} is reported as an invalid character rather than split off).
     */
    static boolean isNameChar(char c) {
        return c >= 0x80 || isAsciiNameChar(c);
    }

    static boolean isAsciiNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    static boolean isNameStart(char c) {
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Python's XID_Start plus {@code _}. */
    static boolean isIdentifierStart(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
        }
        return Character.isUnicodeIdentifierStart(cp) && !Character.isIdentifierIgnorable(cp)
                && !NOT_XID_START.contains(cp);
    }

    /** Python's XID_Continue. */
    static boolean isIdentifierPart(int cp) {
        if (cp < 0x80) {
            return isAsciiNameChar((char) cp);
        }
        return Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp)
                && !NOT_XID_CONTINUE.contains(cp);
    }

    /**
     * Characters that are ID_Start but not XID_Start (Java knows only the former): their NFKC
     * form is not an identifier start.
     */
    private static final java.util.Set<Integer> NOT_XID_START = java.util.Set.of(
            0x037A, 0x0E33, 0x0EB3, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63,
            0xFDFA, 0xFDFB, 0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E,
            0xFF9E, 0xFF9F);

    /** Characters that are ID_Continue but not XID_Continue. */
    private static final java.util.Set<Integer> NOT_XID_CONTINUE = java.util.Set.of(
            0x037A, 0x309B, 0x309C, 0xFC5E, 0xFC5F, 0xFC60, 0xFC61, 0xFC62, 0xFC63, 0xFDFA, 0xFDFB,
            0xFE70, 0xFE72, 0xFE74, 0xFE76, 0xFE78, 0xFE7A, 0xFE7C, 0xFE7E);

    /** Python's {@code str.isprintable()} for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> {
                return false;
            }
            default -> {
                return true;
            }
        }
    }
}
