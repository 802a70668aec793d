package dev.kaa.parser.internal.tokenize;

/**
 * Unicode character names for {@code \N{…}} escapes, from the JDK's copy of the Unicode database.
 *
 * <p>Thread safety: stateless.
 */
final class UnicodeNames {
    private UnicodeNames() {}

    /** The code point named {@code name} (case-insensitively), or -1. */
    static int lookup(String name) {
        if (name.isEmpty() || name.strip().length() != name.length()) {
            return -1;
        }
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
        // The JDK also accepts its made-up "BLOCK NAME HEX" names for unnamed code points,
        // which Python does not know.
        if (!Character.isDefined(cp) || fallbackName(cp).equalsIgnoreCase(name)
                && !name.toUpperCase(java.util.Locale.ROOT).startsWith("CJK UNIFIED IDEOGRAPH")) {
            return -1;
        }
        return cp;
    }

    private static String fallbackName(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        String b = block == null ? "" : block.toString().replace('_', ' ');
        return b + " " + Integer.toHexString(cp).toUpperCase(java.util.Locale.ROOT);
    }
}
