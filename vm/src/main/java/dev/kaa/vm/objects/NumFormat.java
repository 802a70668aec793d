package dev.kaa.vm.objects;

/**
 * Layout shared by the {@code __format__} of the number types: the sign, digit grouping (with
 * the zero padding that {@code '0'} fill and {@code '='} alignment spread across groups, as
 * {@code format(1234, '010,')} gives {@code '00,001,234'}) and the final padding.
 *
 * <p>Thread safety: stateless.
 */
final class NumFormat {
    private NumFormat() {}

    /** The argument of {@code __format__}, which must be a str (messages as Argument Clinic's). */
    static PyStr specArg(Object spec) {
        if (spec instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("__format__() argument must be str, not %s",
                spec == PyNone.NONE ? "None" : Abstract.typeOf(spec).messageName());
    }

    /** The sign text for a value of this sign under the spec's sign option. */
    static String sign(boolean negative, char option) {
        if (negative) {
            return "-";
        }
        return option == '+' ? "+" : option == ' ' ? " " : "";
    }

    /**
     * Pads and aligns {@code prefix} (sign and base prefix) and {@code digits} (the integral
     * digits to group) followed by {@code rest} (fraction, exponent, suffix).
     */
    static String layout(FormatSpec spec, String prefix, String digits, String rest) {
        return layout(spec, prefix, digits, rest, true);
    }

    /** As {@link #layout(FormatSpec, String, String, String)}; {@code groupable} false for inf and nan. */
    static String layout(FormatSpec spec, String prefix, String digits, String rest, boolean groupable) {
        int groupSize = spec.grouping == 0 || !groupable ? 0 : isBinaryGroup(spec.type) ? 4 : 3;
        if (spec.fill == '0' && spec.align == '=' && spec.width > 0) {
            long min = spec.width - prefix.length() - rest.codePointCount(0, rest.length());
            String body = groupSize == 0 ? zeroPad(digits, min) : group(digits, spec.grouping, groupSize, min);
            return spec.pad(prefix, body + rest);
        }
        String body = groupSize == 0 ? digits : group(digits, spec.grouping, groupSize, 0);
        return spec.pad(prefix, body + rest);
    }

    private static boolean isBinaryGroup(int type) {
        return type == 'b' || type == 'o' || type == 'x' || type == 'X';
    }

    private static String zeroPad(String digits, long min) {
        if (digits.length() >= min) {
            return digits;
        }
        if (min > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        return "0".repeat((int) (min - digits.length())) + digits;
    }

    /**
     * {@code digits} with {@code sep} between groups of {@code size} from the right; when the
     * result is shorter than {@code min}, groups of zeros are added in front until it is not.
     */
    static String group(String digits, char sep, int size, long min) {
        if (min > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        StringBuilder sb = new StringBuilder();
        int end = digits.length();
        boolean first = true;
        while (first || end > 0 || sb.length() < min) {
            if (!first) {
                sb.append(sep);
            }
            int start = Math.max(0, end - size);
            int take = end - start;
            long need = Math.min(size, Math.max(1, min - sb.length()));
            // Digits are appended reversed and the whole is turned around at the end.
            for (int k = end - 1; k >= start; k--) {
                sb.append(digits.charAt(k));
            }
            for (long k = take; k < need; k++) {
                sb.append('0');
            }
            end = start;
            first = false;
        }
        return sb.reverse().toString();
    }
}
