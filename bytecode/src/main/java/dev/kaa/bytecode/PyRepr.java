package dev.kaa.bytecode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Python's {@code repr()} of the constant values described by {@link Constant}, character for
 * character as CPython 3.13 prints them: {@code ast.dump}, the disassembler and error messages
 * show constants this way.
 *
 * <p>{@code str} escapes follow {@code str.isprintable()} of CPython 3.13, which uses Unicode
 * 15.1: the JDK's newer Unicode tables are used with the code points assigned after 15.1 taken
 * out again. A {@code str} is a Java string read by code point, so a lone surrogate prints
 * escaped; a high and a low surrogate side by side, which Python sees as two code points, come
 * as a {@link Constant.Str} and print as two escapes. A decimal {@code int} longer than {@link #DEFAULT_MAX_STR_DIGITS}
 * digits is refused as CPython refuses it ({@code sys.set_int_max_str_digits}), with
 * {@link IntDigitsLimitException}.
 *
 * <p>Thread safety: stateless; all methods may be called from any thread.
 */
public final class PyRepr {

    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;

    /**
     * Ranges (first, last inclusive) of code points that the JDK's Unicode 16.0 tables assign but
     * Unicode 15.1 (CPython 3.13's {@code unicodedata}) does not: CPython calls them unassigned
     * (category Cn), hence not printable. Produced by comparing {@code chr(c).isprintable()} in
     * CPython 3.13.0 with the JDK 25 categories over every code point.
     */
    private static final int[] UNICODE_16 = {
        0x897, 0x897, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A,
        0x2427, 0x2429, 0x31E4, 0x31E5, 0xA7CB, 0xA7CD, 0xA7DA, 0xA7DC,
        0x105C0, 0x105F3, 0x10D40, 0x10D65, 0x10D69, 0x10D85, 0x10D8E, 0x10D8F,
        0x10EC2, 0x10EC4, 0x10EFC, 0x10EFC, 0x11380, 0x11389, 0x1138B, 0x1138B,
        0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0, 0x113C2, 0x113C2,
        0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
        0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11BC0, 0x11BE1, 0x11BF0, 0x11BF9,
        0x11F5A, 0x11F5A, 0x13460, 0x143FA, 0x16100, 0x16139, 0x16D40, 0x16D79,
        0x18CFF, 0x18CFF, 0x1CC00, 0x1CCF9, 0x1CD00, 0x1CEB3, 0x1E5D0, 0x1E5FA,
        0x1E5FF, 0x1E5FF, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1, 0x1FA89, 0x1FA89,
        0x1FA8F, 0x1FA8F, 0x1FABE, 0x1FABE, 0x1FAC6, 0x1FAC6, 0x1FADC, 0x1FADC,
        0x1FADF, 0x1FADF, 0x1FAE9, 0x1FAE9, 0x1FBCB, 0x1FBEF,
    };

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The {@code ValueError} CPython raises for {@code repr()} of an {@code int} with more decimal
     * digits than {@code sys.get_int_max_str_digits()}; the message is CPython's.
     */
    public static final class IntDigitsLimitException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        IntDigitsLimitException(int limit) {
            super("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit", null, false, false);
        }
    }

    private PyRepr() {}

    /**
     * {@code repr(value)} of a constant, with CPython's default limit on the digits of an int.
     *
     * @throws IntDigitsLimitException for an int of more than 4300 decimal digits
     * @throws IllegalArgumentException if {@code value} is not a constant of the model
     */
    public static String repr(Object value) {
        return repr(value, DEFAULT_MAX_STR_DIGITS);
    }

    /**
     * {@code repr(value)} of a constant, refusing an int of more than {@code maxStrDigits} decimal
     * digits (0: no limit, as {@code sys.set_int_max_str_digits(0)}).
     */
    public static String repr(Object value, int maxStrDigits) {
        StringBuilder sb = new StringBuilder();
        // Containers are taken apart on an explicit stack, not by recursion: marshal allows
        // tuples nested 2,000 deep, and repr() must not run out of Java stack on them.
        if (value == null) {
            throw new IllegalArgumentException("null is not a constant (use Constant.NONE)");
        }
        Deque<Object> work = new ArrayDeque<>();
        work.push(value);
        while (!work.isEmpty()) {
            Object next = work.pop();
            if (next instanceof Text t) {
                sb.append(t.text);
            } else {
                appendOne(sb, next, maxStrDigits, work);
            }
        }
        return sb.toString();
    }

    /** Text to write as it is, on the work stack of {@link #repr(Object, int)}. */
    private record Text(String text) {}

    private static final Text COMMA = new Text(", ");
    private static final Text CLOSE_PAREN = new Text(")");

    /** Appends a scalar, or pushes the parts of a container (last part first) onto {@code work}. */
    private static void appendOne(StringBuilder sb, Object value, int maxStrDigits, Deque<Object> work) {
        switch (value) {
            case Constant.Singleton s -> sb.append(s == Constant.Singleton.StopIteration
                    ? "<class 'StopIteration'>" : s.name());
            case Boolean b -> sb.append(b ? "True" : "False");
            case Long l -> sb.append(l.longValue());
            case Integer i -> sb.append(i.intValue());
            case BigInteger big -> sb.append(intRepr(big, maxStrDigits));
            case Double d -> sb.append(floatRepr(d));
            case Constant.Complex c -> sb.append(complexRepr(c.real(), c.imag()));
            case String s -> appendStr(sb, s.codePoints().toArray());
            case Constant.Str s -> appendStr(sb, s.codePoints());
            case Constant.Bytes b -> appendBytes(sb, b.value());
            case Constant.Tuple t -> {
                sb.append('(');
                pushItems(work, t.items(), t.items().size() == 1 ? new Text(",)") : CLOSE_PAREN);
            }
            case Constant.FrozenSet f -> {
                if (f.items().isEmpty()) {
                    sb.append("frozenset()");
                } else {
                    sb.append("frozenset({");
                    pushItems(work, f.items(), new Text("})"));
                }
            }
            case Constant.Slice s -> {
                sb.append("slice(");
                pushItems(work, java.util.Arrays.asList(s.start(), s.stop(), s.step()), CLOSE_PAREN);
            }
            case CodeObject code -> sb.append(codeRepr(code));
            default -> throw new IllegalArgumentException("not a constant: " + value.getClass().getName());
        }
    }

    /** Pushes {@code items} separated by commas and followed by {@code close}, to be popped in order. */
    private static void pushItems(Deque<Object> work, List<Object> items, Text close) {
        work.push(close);
        for (int i = items.size() - 1; i >= 0; i--) {
            Object item = items.get(i);
            if (item == null) {
                throw new IllegalArgumentException("null is not a constant (use Constant.NONE)");
            }
            work.push(item);
            if (i > 0) {
                work.push(COMMA);
            }
        }
    }

    /** {@code repr()} of an int, refusing more than {@code maxStrDigits} decimal digits (0: no limit). */
    public static String intRepr(BigInteger value, int maxStrDigits) {
        if (maxStrDigits > 0) {
            // log10(2) < 0.30103: a number of this many bits has more digits than allowed, so
            // refuse before paying for the conversion of a huge value.
            if ((long) (value.bitLength() - 1) * 30103 / 100000 >= maxStrDigits) {
                throw new IntDigitsLimitException(maxStrDigits);
            }
            String s = value.toString();
            int digits = s.length() - (value.signum() < 0 ? 1 : 0);
            if (digits > maxStrDigits) {
                throw new IntDigitsLimitException(maxStrDigits);
            }
            return s;
        }
        return value.toString();
    }

    /** {@code repr()} of a float: the shortest digits that read back to the same value. */
    public static String floatRepr(double value) {
        return formatShortest(value, false, true);
    }

    /** {@code repr()} of a complex: {@code 1j}, {@code (1+2j)}, {@code -0j}, {@code (nan+infj)}. */
    public static String complexRepr(double real, double imag) {
        // Only a real part that is +0.0 is left out; -0.0 shows, as in (-0+0j).
        if (real == 0.0 && Math.copySign(1.0, real) > 0) {
            return formatShortest(imag, false, false) + "j";
        }
        return "(" + formatShortest(real, false, false) + formatShortest(imag, true, false) + "j)";
    }

    /**
     * Python's {@code 'r'} float format: shortest round-trip digits, positional notation for
     * decimal exponents from -4 to 15, else {@code 1.5e+16} style with at least two exponent
     * digits. {@code sign} forces a {@code +} on non-negative values (also on nan, which never
     * shows a minus); {@code addDotZero} writes integral values as {@code 1.0} rather than {@code 1}.
     */
    static String formatShortest(double value, boolean sign, boolean addDotZero) {
        if (Double.isNaN(value)) {
            return sign ? "+nan" : "nan";
        }
        boolean negative = Math.copySign(1.0, value) < 0;
        String prefix = negative ? "-" : sign ? "+" : "";
        if (Double.isInfinite(value)) {
            return prefix + "inf";
        }
        if (value == 0.0) {
            return prefix + (addDotZero ? "0.0" : "0");
        }
        // Double.toString gives the shortest digits that round-trip (JDK 19+); take them apart
        // into a digit string and the decimal point position: value = 0.DIGITS * 10^decpt.
        BigDecimal exact = shortest(Math.abs(value));
        String digits = exact.unscaledValue().toString();
        int decpt = digits.length() - exact.scale();
        StringBuilder sb = new StringBuilder(prefix);
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                sb.append("0.").repeat('0', -decpt).append(digits);
            } else if (decpt >= digits.length()) {
                sb.append(digits).repeat('0', decpt - digits.length());
                if (addDotZero) {
                    sb.append(".0");
                }
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            int exponent = decpt - 1;
            sb.append(exponent < 0 ? "e-" : "e+");
            int abs = Math.abs(exponent);
            if (abs < 10) {
                sb.append('0');
            }
            sb.append(abs);
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code value} (positive, finite), the closest if several. */
    private static BigDecimal shortest(double value) {
        BigDecimal d = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        // Java never gives one digit when two are closer (4.9E-324 where Python says 5e-324):
        // try the one-digit neighbours of a two-digit answer.
        if (d.precision() == 2) {
            BigDecimal down = d.setScale(d.scale() - 1, java.math.RoundingMode.FLOOR);
            BigDecimal up = d.setScale(d.scale() - 1, java.math.RoundingMode.CEILING);
            boolean downOk = down.signum() > 0 && Double.parseDouble(down.toString()) == value;
            boolean upOk = Double.parseDouble(up.toString()) == value;
            if (downOk && upOk) {
                BigDecimal x = new BigDecimal(value);
                return (x.subtract(down).compareTo(up.subtract(x)) <= 0 ? down : up).stripTrailingZeros();
            }
            if (downOk || upOk) {
                return (downOk ? down : up).stripTrailingZeros();
            }
        }
        return d;
    }

    /** {@code repr()} of a str, quoted and escaped as CPython does. */
    public static String strRepr(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendStr(sb, s.codePoints().toArray());
        return sb.toString();
    }

    private static void appendStr(StringBuilder sb, int[] s) {
        // Single quotes unless the text has a single quote and no double quote.
        boolean single = false;
        boolean dbl = false;
        for (int cp : s) {
            single |= cp == '\'';
            dbl |= cp == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append(quote);
        for (int cp : s) {
            if (cp == quote || cp == '\\') {
                sb.append('\\').append((char) cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                appendHex(sb.append("\\x"), cp, 2);
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                appendHex(sb.append("\\x"), cp, 2);
            } else if (cp <= 0xffff) {
                appendHex(sb.append("\\u"), cp, 4);
            } else {
                appendHex(sb.append("\\U"), cp, 8);
            }
        }
        sb.append(quote);
    }

    /**
     * Python 3.13's {@code str.isprintable()} for one code point: false for categories Cc, Cf, Cs,
     * Co, Cn, Zl, Zp and Zs other than the space.
     */
    public static boolean isPrintable(int cp) {
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
                return cp < UNICODE_16[0] || !inUnicode16(cp);
            }
        }
    }

    private static boolean inUnicode16(int cp) {
        for (int i = 0; i < UNICODE_16.length && UNICODE_16[i] <= cp; i += 2) {
            if (cp <= UNICODE_16[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /** {@code repr()} of a bytes value: {@code b'...'} with {@code \xhh} escapes. */
    public static String bytesRepr(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length + 3);
        appendBytes(sb, bytes);
        return sb.toString();
    }

    private static void appendBytes(StringBuilder sb, byte[] bytes) {
        boolean single = false;
        boolean dbl = false;
        for (byte b : bytes) {
            single |= b == '\'';
            dbl |= b == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                appendHex(sb.append("\\x"), c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    /**
     * {@code repr()} of a code object: {@code <code object f at 0x..., file "x.py", line 1>}. The
     * address is the object's identity hash, which like CPython's address tells objects apart but
     * changes from run to run.
     */
    public static String codeRepr(CodeObject code) {
        return "<code object " + code.name() + " at 0x" + Long.toHexString(0x7f0000000000L
                | (System.identityHashCode(code) & 0xffffffffL) << 4) + ", file \"" + code.filename()
                + "\", line " + code.firstlineno() + ">";
    }

    private static void appendHex(StringBuilder sb, int value, int width) {
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) {
            sb.append(HEX[(value >> shift) & 0xf]);
        }
    }
}
