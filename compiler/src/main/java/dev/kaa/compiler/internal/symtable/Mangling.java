package dev.kaa.compiler.internal.symtable;

/**
 * Private-name mangling (the rules of CPython's {@code _Py_Mangle}, from the language reference,
 * "Private name mangling").
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class Mangling {
    private Mangling() {}

    /** {@code name} as spelt inside class {@code privateName} (null: no class). */
    static String mangle(String privateName, String name) {
        if (privateName == null || name == null || !name.startsWith("__")) {
            return name;
        }
        // Dunder names and dotted names (import a.__b) stay as written.
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int i = 0;
        while (i < privateName.length() && privateName.charAt(i) == '_') {
            i++;
        }
        if (i == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(i) + name;
    }
}
