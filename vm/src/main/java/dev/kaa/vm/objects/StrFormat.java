package dev.kaa.vm.objects;

/**
 * {@code str.__format__}, {@code format(value, spec)} and {@code ascii(value)} as the formatting
 * code needs them.
 *
 * <p>Thread safety: stateless.
 */
final class StrFormat {
    private StrFormat() {}

    /** {@code str.__format__(spec)}. */
    static PyStr formatStr(PyStr s, Object specArg) {
        if (!(specArg instanceof PyStr specStr)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", Strs.clinicTypeName(specArg));
        }
        String spec = specStr.value;
        if (spec.isEmpty()) {
            // format(x, '') is str(x): a subclass's own __str__ counts.
            return s.getClass() == PyStr.class ? s : Abstract.str(s);
        }
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type != 's') {
            throw f.unknownCode("str");
        }
        if (f.sign != 0) {
            throw PyErr.valueError(f.sign == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegativeZero) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (f.align == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        String v = s.value;
        if (f.precision >= 0 && f.precision < s.length()) {
            v = s.substring(0, (int) f.precision);
        }
        return PyStr.of(f.pad(v));
    }

    /** {@code format(value, spec)}: {@code type(value).__format__(value, spec)}, which must give a str. */
    static PyStr format(Object value, String spec) {
        if (value.getClass() == PyStr.class) {
            return formatStr((PyStr) value, PyStr.of(spec));
        }
        Object m = Abstract.lookupSpecial(value, PyStr.intern("__format__"));
        if (m == null) {
            throw PyErr.typeError("Type %T doesn't define __format__", value);
        }
        Object r = Abstract.call(m, PyStr.of(spec));
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not %T", r);
        }
        return s;
    }

    /** {@code ascii(value)}: the repr with non-ASCII code points escaped. */
    static String ascii(Object value) {
        String r = Abstract.repr(value).value;
        StringBuilder sb = null;
        for (int i = 0; i < r.length(); ) {
            int cp = r.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp >= 0x80) {
                if (sb == null) {
                    sb = new StringBuilder(r.length() + 16).append(r, 0, i);
                }
                sb.append(cp < 0x100 ? String.format("\\x%02x", cp)
                        : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
            } else if (sb != null) {
                sb.append((char) cp);
            }
            i = next;
        }
        return sb == null ? r : sb.toString();
    }
}
