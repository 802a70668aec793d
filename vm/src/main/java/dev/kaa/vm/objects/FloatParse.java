package dev.kaa.vm.objects;

/**
 * {@code float(x)}: {@code __float__}, {@code __index__}, and text in Python's float syntax
 * (whitespace around, a sign, single underscores between digits, {@code inf}, {@code infinity}
 * and {@code nan} in any case, Unicode decimal digits) with CPython's messages.
 *
 * <p>Thread safety: stateless.
 */
final class FloatParse {
    private FloatParse() {}

    /** The value {@code float(x)} has. */
    static double toDouble(Object x) {
        if (x instanceof PyFloat f) {
            if (x.getClass() == PyFloat.class) {
                return f.value;
            }
        }
        PyType t = Abstract.typeOf(x);
        Fn.Unary ff = t.unary(Slot.__float__);
        if (ff != null) {
            Object r = ff.call(x);
            if (r instanceof PyFloat f) {
                if (r.getClass() != PyFloat.class) {
                    PyErr.warn(Exceptions.DeprecationWarning, 1, "%T.__float__ returned non-float (type %T).  The "
                            + "ability to return an instance of a strict subclass of float is deprecated, and may be "
                            + "removed in a future version of Python.", x, r);
                }
                return f.value;
            }
            throw PyErr.typeError("%T.__float__ returned non-float (type %T)", x, r);
        }
        if (t.unary(Slot.__index__) != null) {
            return Abstract.index(x).doubleValue();
        }
        if (x instanceof PyStr s) {
            return parse(s.toString());
        }
        byte[] data = BytesArgs.bufferOrNull(x);
        if (data != null) {
            return parse(IntParse.bytesText(data), new PyBytes(data));
        }
        throw PyErr.typeError("float() argument must be a string or a real number, not '%T'", x);
    }

    /** Parses a float literal as {@code float(str)} does. */
    static double parse(String original) {
        return parse(original, PyStr.of(original));
    }

    /** As {@link #parse(String)}; errors show {@code shown} (the str or bytes given). */
    static double parse(String original, Object shown) {
        String s = NumText.toAscii(NumText.strip(original));
        double[] out = new double[1];
        if (s.isEmpty() || parseText(s, 0, s.length(), out) != s.length()) {
            throw PyErr.valueError("could not convert string to float: %s", Abstract.repr(shown).toString());
        }
        return out[0];
    }

    /**
     * Reads the longest float literal of {@code s} from {@code start} (before {@code end}):
     * {@code [sign] (digits [. [digits]] | . digits) [e [sign] digits] | [sign] inf | infinity | nan}.
     * Returns the index after it (and the value in out[0]), or -1 when there is none.
     */
    static int parseText(String s, int start, int end, double[] out) {
        int i = start;
        boolean negative = false;
        if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        for (String word : new String[] {"infinity", "inf", "nan"}) {
            if (s.regionMatches(true, i, word, 0, word.length()) && i + word.length() <= end) {
                double v = word.equals("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
                out[0] = negative ? -v : v;
                return i + word.length();
            }
        }
        StringBuilder clean = new StringBuilder(end - start);
        if (negative) {
            clean.append('-');
        }
        int before = clean.length();
        i = digits(s, i, end, clean);
        if (i < 0) {
            return -1;
        }
        boolean intDigits = clean.length() > before;
        boolean fracDigits = false;
        if (i < end && s.charAt(i) == '.') {
            clean.append('.');
            int mark = clean.length();
            i = digits(s, i + 1, end, clean);
            if (i < 0) {
                return -1;
            }
            fracDigits = clean.length() > mark;
        }
        if (!intDigits && !fracDigits) {
            return -1;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            StringBuilder exp = new StringBuilder("e");
            if (j < end && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                exp.append(s.charAt(j));
                j++;
            }
            int mark = exp.length();
            j = digits(s, j, end, exp);
            if (j > 0 && exp.length() > mark) {
                clean.append(exp);
                i = j;
            }
        }
        out[0] = Double.parseDouble(clean.toString());
        return i;
    }

    /** Appends the ASCII digits at {@code i} (single underscores between them dropped); the end, or -1 for a bad underscore. */
    private static int digits(String s, int i, int end, StringBuilder out) {
        int first = i;
        while (i < end) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                i++;
            } else if (c == '_' && i > first && i + 1 < end && Character.isDigit(s.charAt(i + 1))
                    && s.charAt(i + 1) < 128) {
                i++;
            } else if (c == '_') {
                return -1;
            } else {
                break;
            }
        }
        return i;
    }
}
