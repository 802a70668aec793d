package dev.kaa.vm.objects;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

/**
 * printf-style formatting: {@code str % args} and {@code bytes % args}. Bytes are handled as
 * Latin-1 text, so one parser serves both; the conversions differ where Python's do.
 *
 * <p>Thread safety: stateless (one instance per formatting operation, confined).
 */
final class PercentFormat {
    private final String fmt;
    private final boolean bytes;
    private final Object[] args;
    private final Object mapping;
    private int argIndex;
    private int pos;

    private PercentFormat(String fmt, Object args, boolean bytes) {
        this.fmt = fmt;
        this.bytes = bytes;
        if (args instanceof PyTuple t) {
            this.args = t.items;
        } else {
            this.args = new Object[] {args};
        }
        PyType t = Abstract.typeOf(args);
        boolean isMapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && !(bytes && (args instanceof PyBytes || args instanceof PyByteArray))
                && t.slot(Slot.__getitem__) != null;
        this.mapping = isMapping ? args : null;
    }

    /** {@code fmt % args} for str. */
    static String format(String fmt, Object args) {
        return new PercentFormat(fmt, args, false).run();
    }

    /** {@code fmt % args} for bytes and bytearray. */
    static byte[] formatBytes(byte[] fmt, Object args) {
        String s = new PercentFormat(new String(fmt, StandardCharsets.ISO_8859_1), args, true).run();
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private Object nextArg() {
        if (argIndex >= args.length) {
            throw PyErr.typeError("not enough arguments for format string");
        }
        return args[argIndex++];
    }

    private String run() {
        StringBuilder sb = new StringBuilder(fmt.length() + 16);
        boolean usedKey = false;
        int n = fmt.length();
        while (pos < n) {
            char c = fmt.charAt(pos);
            if (c != '%') {
                int next = fmt.indexOf('%', pos);
                next = next < 0 ? n : next;
                sb.append(fmt, pos, next);
                pos = next;
                continue;
            }
            pos++;
            Object arg = null;
            if (pos < n && fmt.charAt(pos) == '(') {
                arg = keyed();
                usedKey = true;
            }
            spec(sb, arg);
        }
        if (argIndex < args.length && mapping == null && !usedKey) {
            throw PyErr.typeError("not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        }
        return sb.toString();
    }

    private Object keyed() {
        if (mapping == null) {
            throw PyErr.typeError("format requires a mapping");
        }
        int depth = 1, start = ++pos;
        while (pos < fmt.length() && depth > 0) {
            char c = fmt.charAt(pos++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw PyErr.valueError("incomplete format key");
        }
        String key = fmt.substring(start, pos - 1);
        Object k = bytes ? new PyBytes(key.getBytes(StandardCharsets.ISO_8859_1)) : PyStr.of(key);
        return Abstract.getItem(mapping, k);
    }

    private void spec(StringBuilder sb, Object arg) {
        int n = fmt.length();
        // Only "%%" is a literal percent: with a key, flags, width or precision between, '%' is
        // an unsupported conversion (after its argument is fetched, as CPython does).
        int specStart = arg == null ? pos : -1;
        boolean left = false, plus = false, space = false, alt = false, zero = false;
        flags:
        while (pos < n) {
            switch (fmt.charAt(pos)) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alt = true;
                case '0' -> zero = true;
                default -> {
                    break flags;
                }
            }
            pos++;
        }
        long width = -1, prec = -1;
        if (pos < n && fmt.charAt(pos) == '*') {
            pos++;
            width = starArg();
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else {
            width = number(-1);
        }
        if (pos < n && fmt.charAt(pos) == '.') {
            pos++;
            if (pos < n && fmt.charAt(pos) == '*') {
                pos++;
                prec = Math.max(0, starPrecision());
            } else {
                prec = number(0);
            }
        }
        while (pos < n && (fmt.charAt(pos) == 'h' || fmt.charAt(pos) == 'l' || fmt.charAt(pos) == 'L')) {
            pos++;
        }
        if (pos >= n) {
            throw PyErr.valueError("incomplete format");
        }
        char type = fmt.charAt(pos++);
        if (type == '%' && pos - 1 == specStart) {
            sb.append('%');
            return;
        }
        if (arg == null) {
            arg = nextArg();
        }
        String sign = "";
        boolean negative = false;
        String body;
        boolean numeric = true;
        switch (type) {
            case 's', 'r', 'a', 'b', 'c' -> {
                numeric = false;
                body = text(type, arg);
                if (prec >= 0 && type != 'c' && prec < body.codePointCount(0, body.length())) {
                    body = body.substring(0, body.offsetByCodePoints(0, (int) prec));
                }
            }
            case 'd', 'i', 'u', 'x', 'X', 'o' -> {
                BigInteger v = integer(type, arg);
                if (v.signum() < 0) {
                    negative = true;
                    v = v.negate();
                }
                int radix = type == 'x' || type == 'X' ? 16 : type == 'o' ? 8 : 10;
                body = v.toString(radix);
                if (type == 'X') {
                    body = body.toUpperCase();
                }
                if (prec > body.length()) {
                    body = "0".repeat((int) prec - body.length()) + body;
                }
                if (alt && radix != 10) {
                    sign += type == 'x' ? "0x" : type == 'X' ? "0X" : "0o";
                }
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                if (!(arg instanceof PyFloat) && !(arg instanceof PyInt)
                        && Abstract.typeOf(arg).slot(Slot.__float__) == null
                        && Abstract.typeOf(arg).slot(Slot.__index__) == null) {
                    throw PyErr.typeError(bytes ? "float argument required, not %T" : "must be real number, not %T",
                            arg);
                }
                double d = Abstract.asDouble(arg);
                if (prec > Integer.MAX_VALUE - 1000) {
                    throw PyErr.valueError("precision too big");
                }
                body = PercentFormatFloat.digits(d, type, prec < 0 ? 6 : (int) prec, alt);
                negative = d < 0 || (d == 0 && 1 / d < 0);
            }
            default -> throw PyErr.valueError("unsupported format character '%s' (0x%x) at index %d",
                    Character.toString(type), (int) type, pos - 1);
        }
        if (numeric) {
            sign = (negative ? "-" : plus ? "+" : space ? " " : "") + sign;
        }
        long len = sign.length() + body.codePointCount(0, body.length());
        if (width <= len) {
            sb.append(sign).append(body);
            return;
        }
        if (width > Integer.MAX_VALUE - 16) {
            throw PyErr.memoryError();
        }
        int padding = (int) (width - len);
        if (left) {
            sb.append(sign).append(body).repeat(' ', padding);
        } else if (zero && numeric) {
            sb.append(sign).repeat('0', padding).append(body);
        } else {
            sb.repeat(' ', padding).append(sign).append(body);
        }
    }

    private long starArg() {
        Object o = nextArg();
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("* wants int");
        }
        if (!i.isLong() || Math.abs(i.longValue()) > Integer.MAX_VALUE) {
            throw PyErr.valueError("width too big");
        }
        return i.longValue();
    }

    /** A {@code .*} precision: a C int, as CPython reads it. */
    private long starPrecision() {
        Object o = nextArg();
        if (!(o instanceof PyInt i)) {
            throw PyErr.typeError("* wants int");
        }
        if (!i.isLong() || i.longValue() != (int) i.longValue()) {
            throw PyErr.overflowError("Python int too large to convert to C int");
        }
        return i.longValue();
    }

    private long number(long absent) {
        int start = pos;
        long v = 0;
        while (pos < fmt.length() && fmt.charAt(pos) >= '0' && fmt.charAt(pos) <= '9') {
            v = v * 10 + (fmt.charAt(pos++) - '0');
            if (v > Integer.MAX_VALUE) {
                throw PyErr.valueError(absent < 0 ? "width too big" : "precision too big");
            }
        }
        return pos == start ? absent : v;
    }

    private BigInteger integer(char type, Object arg) {
        if (arg instanceof PyInt i) {
            return i.bigValue();
        }
        PyType t = Abstract.typeOf(arg);
        if (type == 'x' || type == 'X' || type == 'o') {
            if (t.slot(Slot.__index__) == null) {
                throw PyErr.typeError("%%%c format: an integer is required, not %T", type, arg);
            }
            return Abstract.index(arg).bigValue();
        }
        if (t.slot(Slot.__index__) != null) {
            return Abstract.index(arg).bigValue();
        }
        if (t.slot(Slot.__int__) != null) {
            Object r = t.unary(Slot.__int__).call(arg);
            if (r instanceof PyInt i) {
                return i.bigValue();
            }
            throw PyErr.typeError("__int__ returned non-int (type %T)", r);
        }
        if (t.slot(Slot.__float__) != null) {
            double d = Abstract.asDouble(arg);
            if (Double.isNaN(d)) {
                throw PyErr.valueError("cannot convert float NaN to integer");
            }
            if (Double.isInfinite(d)) {
                throw PyErr.overflowError("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        // bytes formatting names %i "%d" in this message (CPython's bytes code shares %d's path).
        char shown = bytes && type == 'i' ? 'd' : type;
        throw PyErr.typeError("%%%c format: a real number is required, not %T", shown, arg);
    }

    private String text(char type, Object arg) {
        if (type == 'c') {
            return bytes ? byteChar(arg) : unicodeChar(arg);
        }
        if (type == 'r' || type == 'a') {
            String s = StrFormat.ascii(arg);
            return type == 'r' && !bytes ? Abstract.repr(arg).value : s;
        }
        if (!bytes) {
            if (type == 'b') {
                throw PyErr.valueError("unsupported format character 'b' (0x62) at index %d", pos - 1);
            }
            return Abstract.str(arg).value;
        }
        byte[] b = BytesArgs.bufferOrNull(arg);
        if (b == null) {
            Object m = Abstract.lookupSpecial(arg, PyStr.intern("__bytes__"));
            if (m == null) {
                throw PyErr.typeError(
                        "%%b requires a bytes-like object, or an object that implements __bytes__, not '%T'", arg);
            }
            Object r = Abstract.call(m);
            if (!(r instanceof PyBytes rb)) {
                throw PyErr.typeError("__bytes__ returned non-bytes (type %T)", r);
            }
            b = rb.data;
        }
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    private static String unicodeChar(Object arg) {
        if (arg instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyErr.typeError("%c requires int or char");
            }
            return s.value;
        }
        if (!(arg instanceof PyInt) && Abstract.typeOf(arg).slot(Slot.__index__) == null) {
            throw PyErr.typeError("%c requires int or char");
        }
        PyInt i = Abstract.index(arg);
        if (!i.isLong() || i.longValue() < 0 || i.longValue() > 0x10FFFF) {
            throw PyErr.overflowError("%c arg not in range(0x110000)");
        }
        return Character.toString((int) i.longValue());
    }

    private static String byteChar(Object arg) {
        byte[] b = arg instanceof PyBytes || arg instanceof PyByteArray ? BytesArgs.bufferOrNull(arg) : null;
        if (b != null && b.length == 1) {
            return String.valueOf((char) (b[0] & 0xFF));
        }
        if (b == null && (arg instanceof PyInt || Abstract.typeOf(arg).slot(Slot.__index__) != null)) {
            PyInt i = Abstract.index(arg);
            if (!i.isLong() || i.longValue() < 0 || i.longValue() > 255) {
                throw PyErr.overflowError("%c arg not in range(256)");
            }
            return String.valueOf((char) i.longValue());
        }
        throw PyErr.typeError("%c requires an integer in range(256) or a single byte");
    }
}
