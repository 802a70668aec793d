package dev.kaa.vm.objects;

/**
 * Reads the small Python literals that {@link Opt} defaults are written as.
 *
 * <p>Thread safety: stateless.
 */
final class Literals {
    private Literals() {}

    static Object parse(String text) {
        switch (text) {
            case "None": return PyNone.NONE;
            case "True": return PyBool.TRUE;
            case "False": return PyBool.FALSE;
            default: break;
        }
        char c = text.charAt(0);
        if ((c == '\'' || c == '"') && text.length() >= 2 && text.charAt(text.length() - 1) == c) {
            return PyStr.of(text.substring(1, text.length() - 1).translateEscapes());
        }
        if (text.contains(".") || text.contains("e") || text.contains("inf")) {
            return new PyFloat(Double.parseDouble(text));
        }
        return PyInt.of(Long.parseLong(text));
    }
}
