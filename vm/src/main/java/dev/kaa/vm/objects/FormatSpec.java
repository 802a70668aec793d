package dev.kaa.vm.objects;

/**
 * A parsed format specification, the mini-language of {@code format()} and {@code str.format}:
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}.
 *
 * <p>Use: {@code FormatSpec f = FormatSpec.parse(spec, "int", 'd', '>');} then read the fields,
 * build the body (digits, sign, prefix) and call {@link #pad(String, String)} to align it.
 * {@link #parse} raises CPython's {@code ValueError}s for the syntax ("Invalid format specifier
 * '...' for object of type '...'", "Format specifier missing precision", "Cannot specify ','
 * with ','.", "Cannot specify both ',' and '_'.", "Too many decimal digits in format string")
 * and for a grouping option the type cannot take ("Cannot specify ',' with 'x'."). Errors that
 * depend on the object's type ("Sign not allowed in string format specifier" …) are the
 * caller's; {@link #unknownCode} and {@link #charForMessage} help it word them.
 *
 * <p>Thread safety: immutable.
 */
public final class FormatSpec {
    /** The fill code point: a space unless given (or '0' through the zero flag). */
    public final int fill;
    /** The alignment: '<', '>', '^' or '='; the caller's default when the spec gives none. */
    public final char align;
    /** True when the spec itself gave the alignment (or the zero flag implied '='). */
    public final boolean alignGiven;
    /** The sign option: '+', '-', ' ', or 0 when not given. */
    public final char sign;
    /** The 'z' option: coerce negative zero to zero (floats). */
    public final boolean noNegativeZero;
    /** The '#' option: the alternate form. */
    public final boolean alternate;
    /** The minimum width in code points, or -1 when not given. */
    public final long width;
    /** The grouping option: ',' or '_', or 0 when not given. */
    public final char grouping;
    /** The precision, or -1 when not given. */
    public final long precision;
    /** The presentation type (a code point); the caller's default, possibly 0, when not given. */
    public final int type;
    /** True when the spec gave the type. */
    public final boolean typeGiven;

    private FormatSpec(int fill, char align, boolean alignGiven, char sign, boolean noNegativeZero,
            boolean alternate, long width, char grouping, long precision, int type, boolean typeGiven) {
        this.fill = fill;
        this.align = align;
        this.alignGiven = alignGiven;
        this.sign = sign;
        this.noNegativeZero = noNegativeZero;
        this.alternate = alternate;
        this.width = width;
        this.grouping = grouping;
        this.precision = precision;
        this.type = type;
        this.typeGiven = typeGiven;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    /**
     * Parses {@code spec}.
     *
     * @param typeName the object's type name for "Invalid format specifier" messages
     * @param defaultType the type when the spec gives none: 's' for str, 'd' for int, 0 for float
     * @param defaultAlign '<' for str, '>' for numbers; with '>' the zero flag implies '='
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int n = cp.length, pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        if (n >= 2 && isAlign(cp[1])) {
            fill = cp[0];
            fillGiven = true;
            align = (char) cp[1];
            alignGiven = true;
            pos = 2;
        } else if (n >= 1 && isAlign(cp[0])) {
            align = (char) cp[0];
            alignGiven = true;
            pos = 1;
        }
        char sign = 0;
        if (pos < n && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = (char) cp[pos++];
        }
        boolean z = false;
        if (pos < n && cp[pos] == 'z') {
            z = true;
            pos++;
        }
        boolean alternate = false;
        if (pos < n && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        // The zero flag is only a flag when no fill was given; otherwise it starts the width.
        if (!fillGiven && pos < n && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') {
                align = '=';
                alignGiven = true;
            }
            pos++;
        }
        long[] num = new long[1];
        int end = digits(cp, pos, num);
        long width = end > pos ? num[0] : -1;
        pos = end;
        char grouping = 0;
        if (pos < n && (cp[pos] == ',' || cp[pos] == '_')) {
            grouping = (char) cp[pos++];
            if (pos < n && (cp[pos] == ',' || cp[pos] == '_')) {
                if (cp[pos] == grouping) {
                    throw PyErr.valueError("Cannot specify '%c' with '%c'.", grouping, grouping);
                }
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
        }
        long precision = -1;
        if (pos < n && cp[pos] == '.') {
            pos++;
            end = digits(cp, pos, num);
            if (end == pos) {
                throw PyErr.valueError("Format specifier missing precision");
            }
            precision = num[0];
            pos = end;
        }
        if (n - pos > 1) {
            throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        boolean typeGiven = pos < n;
        int type = typeGiven ? cp[pos] : defaultType;
        if (grouping != 0 && !groupingAllowed(grouping, type)) {
            throw PyErr.valueError("Cannot specify '%c' with '%s'.", grouping, charForMessage(type));
        }
        return new FormatSpec(fill, align, alignGiven, sign, z, alternate, width, grouping, precision,
                type, typeGiven);
    }

    /** Reads decimal digits (any Unicode decimal digit, as CPython) from {@code pos}; the end. */
    private static int digits(int[] cp, int pos, long[] out) {
        long v = 0;
        int i = pos;
        for (; i < cp.length; i++) {
            int d = Character.getType(cp[i]) == Character.DECIMAL_DIGIT_NUMBER ? Character.digit(cp[i], 10) : -1;
            if (d < 0) {
                break;
            }
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw PyErr.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        out[0] = v;
        return i;
    }

    private static boolean groupingAllowed(char grouping, int type) {
        switch (type) {
            case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
                return true;
            case 'b', 'o', 'x', 'X':
                return grouping == '_';
            default:
                return false;
        }
    }

    /** A type code as CPython's messages show it: itself when printable ASCII, else {@code \x..}. */
    public static String charForMessage(int c) {
        if (c > 32 && c < 128) {
            return String.valueOf((char) c);
        }
        return "\\x" + Integer.toHexString(c);
    }

    /** {@code ValueError("Unknown format code 'c' for object of type 'typeName'")} for this spec's type. */
    public PyException unknownCode(String typeName) {
        return PyErr.valueError("Unknown format code '%s' for object of type '%s'", charForMessage(type), typeName);
    }

    /** Aligns {@code body} in {@link #width} code points with {@link #fill} ({@code '='} acts as '>'). */
    public String pad(String body) {
        return pad("", body);
    }

    /**
     * Aligns {@code prefix + body} in {@link #width} code points. With {@code '='} the fill goes
     * between the prefix (sign, {@code 0x} …) and the body; otherwise they are one unit.
     * A width beyond what Java strings can hold raises {@code MemoryError}.
     */
    public String pad(String prefix, String body) {
        long len = prefix.codePointCount(0, prefix.length()) + (long) body.codePointCount(0, body.length());
        if (width <= len) {
            return prefix.concat(body);
        }
        long total = width - len;
        long fillChars = total * Character.charCount(fill);
        if (fillChars + prefix.length() + body.length() > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        int left, right;
        switch (align) {
            case '<' -> { left = 0; right = (int) total; }
            case '^' -> { left = (int) (total / 2); right = (int) (total - total / 2); }
            default -> { left = (int) total; right = 0; }
        }
        StringBuilder sb = new StringBuilder((int) fillChars + prefix.length() + body.length());
        if (align == '=') {
            sb.append(prefix);
            repeat(sb, left);
            sb.append(body);
        } else {
            repeat(sb, left);
            sb.append(prefix).append(body);
            repeat(sb, right);
        }
        return sb.toString();
    }

    private void repeat(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.appendCodePoint(fill);
        }
    }
}
