package dev.kaa.vm.objects;

/**
 * The Unicode properties of single code points as {@code str}'s methods see them (CPython 3.13's
 * Unicode 15.1, not the JDK's newer tables), for Java modules that test characters one at a time:
 * the regular-expression engine's categories and case folding, say.
 *
 * <p>Thread safety: stateless.
 */
public final class UnicodeProperties {
    private UnicodeProperties() {}

    /** {@code c.isalnum()} for the one-character string {@code c}. */
    public static boolean isAlnum(int cp) {
        return StrPredicates.isAlnum(cp);
    }

    /** {@code c.isdecimal()}. */
    public static boolean isDecimal(int cp) {
        return StrPredicates.isDecimal(cp);
    }

    /** {@code c.isspace()}. */
    public static boolean isSpace(int cp) {
        return StrPredicates.isSpace(cp);
    }

    /** {@code c.lower()}: the full lowercase mapping (one or more code points). */
    public static String lower(int cp) {
        return StrCase.lowerOf(cp);
    }

    /** {@code c.upper()}: the full uppercase mapping. */
    public static String upper(int cp) {
        return StrCase.upperOf(cp);
    }
}
