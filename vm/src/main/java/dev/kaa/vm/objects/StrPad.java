package dev.kaa.vm.objects;

/**
 * {@code str}'s strip, center/ljust/rjust, zfill and expandtabs.
 *
 * <p>Thread safety: stateless.
 */
final class StrPad {
    private StrPad() {}

    static PyStr strip(PyStr s, Object chars, boolean left, boolean right, String name) {
        String v = s.value;
        int i = 0, j = v.length();
        if (chars == PyNone.NONE) {
            while (left && i < j && StrPredicates.isSpace(v.charAt(i))) {
                i++;
            }
            while (right && j > i && StrPredicates.isSpace(v.charAt(j - 1))) {
                j--;
            }
        } else if (chars instanceof PyStr c) {
            String set = c.value;
            while (left && i < j) {
                int cp = v.codePointAt(i);
                if (!contains(set, cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            while (right && j > i) {
                int cp = v.codePointBefore(j);
                if (!contains(set, cp)) {
                    break;
                }
                j -= Character.charCount(cp);
            }
        } else {
            throw PyErr.typeError("%s arg must be None or str", name);
        }
        return i == 0 && j == v.length() ? s.exact() : PyStr.of(v.substring(i, j));
    }

    private static boolean contains(String set, int cp) {
        return cp < 0x10000 ? set.indexOf(cp) >= 0 : set.contains(Character.toString(cp));
    }

    /** The fill character argument of center/ljust/rjust: one code point. */
    private static int fillChar(Object fill) {
        if (fill == null) {
            return ' ';
        }
        if (!(fill instanceof PyStr f)) {
            throw PyErr.typeError("The fill character must be a unicode character, not %T", fill);
        }
        if (f.length() != 1) {
            throw PyErr.typeError("The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    static PyStr justify(PyStr s, Object widthArg, Object fillArg, char align) {
        long width = Strs.ssize(widthArg);
        int fill = fillChar(fillArg);
        int len = s.length();
        if (width <= len) {
            return s.exact();
        }
        long total = width - len;
        long left = switch (align) {
            case '<' -> 0;
            case '>' -> total;
            // CPython's centring puts the odd extra space on the left when the width is odd.
            default -> total / 2 + (total & width & 1);
        };
        return PyStr.of(pad(s.value, left, total - left, fill));
    }

    static String pad(String v, long left, long right, int fill) {
        long size = v.length() + (left + right) * Character.charCount(fill);
        if (size > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        StringBuilder sb = new StringBuilder((int) size);
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(v);
        for (long i = 0; i < right; i++) {
            sb.appendCodePoint(fill);
        }
        return sb.toString();
    }

    static PyStr zfill(PyStr s, Object widthArg) {
        long width = Strs.ssize(widthArg);
        int len = s.length();
        if (width <= len) {
            return s.exact();
        }
        String v = s.value;
        String padded = pad(v, width - len, 0, '0');
        int zeros = (int) (width - len);
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            // The sign moves in front of the zeros.
            return PyStr.of(v.charAt(0) + padded.substring(0, zeros) + v.substring(1));
        }
        return PyStr.of(padded);
    }

    static PyStr expandtabs(PyStr s, Object tabsizeArg) {
        int tabsize = Abstract.asInt(tabsizeArg);
        String v = s.value;
        if (v.indexOf('\t') < 0) {
            return s.exact();
        }
        StringBuilder sb = new StringBuilder(v.length() + 16);
        long column = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    long spaces = tabsize - column % tabsize;
                    if (sb.length() + spaces > Integer.MAX_VALUE - 16) {
                        throw PyErr.overflowError("result too long");
                    }
                    sb.repeat(' ', (int) spaces);
                    column += spaces;
                }
            } else {
                sb.append(c);
                if (c == '\n' || c == '\r') {
                    column = 0;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
        }
        return PyStr.of(sb.toString());
    }
}
