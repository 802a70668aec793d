package dev.kaa.vm.objects;

/**
 * {@code complex.__format__}: each part formatted as a float would be; with no presentation
 * type the result looks like {@code repr} (parentheses, a zero real part left out), with one
 * it shows both parts bare. Zero padding and {@code '='} alignment are refused, as CPython does.
 *
 * <p>Thread safety: stateless.
 */
final class ComplexFormat {
    private ComplexFormat() {}

    static String format(PyComplex self, String specText) {
        if (specText.isEmpty()) {
            return Abstract.str(self).toString();
        }
        String typeName = Abstract.typeOf(self).messageName();
        FormatSpec spec = FormatSpec.parse(specText, typeName, 0, '>');
        int type = spec.type;
        long p = spec.precision;
        char mode;
        switch (type) {
            case 0 -> mode = p < 0 ? 'r' : 'g';
            case 'e', 'E' -> {
                mode = 'e';
                p = p < 0 ? 6 : p;
            }
            case 'f', 'F' -> {
                mode = 'f';
                p = p < 0 ? 6 : p;
            }
            case 'g', 'G', 'n' -> {
                mode = 'g';
                p = p < 0 ? 6 : p;
            }
            default -> throw spec.unknownCode(typeName);
        }
        if (mode == 'g' && p == 0) {
            p = 1;
        }
        if (spec.fill == '0') {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (p > Integer.MAX_VALUE / 2) {
            throw PyErr.valueError("precision too big");
        }
        double re = self.real, im = self.imag;
        boolean parens = type == 0;
        boolean skipRe = type == 0 && re == 0 && Math.copySign(1.0, re) > 0;
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        StringBuilder sb = new StringBuilder();
        if (parens && !skipRe) {
            sb.append('(');
        }
        if (!skipRe) {
            sb.append(part(re, mode, (int) p, spec, spec.sign, upper));
        }
        sb.append(part(im, mode, (int) p, spec, skipRe ? spec.sign : '+', upper)).append('j');
        if (parens && !skipRe) {
            sb.append(')');
        }
        return spec.pad(sb.toString());
    }

    private static String part(double v, char mode, int p, FormatSpec spec, char signOption, boolean upper) {
        boolean negative = !Double.isNaN(v) && Math.copySign(1.0, v) < 0;
        String body = FloatFormat.magnitude(Math.abs(v), mode, p, spec.alternate, false);
        if (upper) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        if (negative && spec.noNegativeZero && Double.isFinite(v) && zero(body)) {
            negative = false;
        }
        if (spec.grouping != 0 && Double.isFinite(v)) {
            int intEnd = 0;
            while (intEnd < body.length() && Character.isDigit(body.charAt(intEnd))) {
                intEnd++;
            }
            body = NumFormat.group(body.substring(0, intEnd), spec.grouping, 3, 0) + body.substring(intEnd);
        }
        return NumFormat.sign(negative, signOption) + body;
    }

    private static boolean zero(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }
}
