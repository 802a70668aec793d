package dev.kaa.vm.modules.codecs;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.CodecErrors;
import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyBytes;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyException;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.io.ByteArrayOutputStream;

/**
 * The charmap codecs ({@code cp1252}, {@code koi8_r}, {@code mac_roman} …): bytes to characters
 * through a decoding table (a str, or any mapping from byte to int/str/None), characters to bytes
 * through an {@link EncodingMap} or a mapping from code point to int/bytes/None.
 *
 * <p>Thread safety: stateless.
 */
final class CharmapCodec {
    private CharmapCodec() {}

    private static final String UNDEFINED = "character maps to <undefined>";

    static String decode(byte[] data, String errors, Object mapping) {
        return decodeFrom(data, 0, "", errors, mapping);
    }

    /** Decodes from {@code from}, after {@code before} (the text of an input a handler replaced). */
    private static String decodeFrom(byte[] data, int from, String before, String errors, Object mapping) {
        try {
            return before + decodeInput(data, from, errors, mapping);
        } catch (CodecErrors.InputReplaced r) {
            return decodeFrom(r.data, r.position, before + r.text, errors, mapping);
        }
    }

    private static String decodeInput(byte[] data, int from, String errors, Object mapping) {
        CodecErrors.Decoding errs = new CodecErrors.Decoding("charmap", errors, data, 0, data.length);
        StringBuilder sb = new StringBuilder(data.length);
        int[] table = mapping instanceof PyStr s ? s.codePoints() : null;
        int i = from;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (table != null) {
                if (b < table.length && table[b] != 0xFFFE) {
                    sb.appendCodePoint(table[b]);
                    i++;
                } else {
                    i = errs.handle(sb, i, i + 1, UNDEFINED);
                }
                continue;
            }
            if (decodeOne(sb, mapping, b)) {
                i++;
            } else {
                i = errs.handle(sb, i, i + 1, UNDEFINED);
            }
        }
        return sb.toString();
    }

    /** Appends what a general mapping gives byte {@code b}; false when it is undefined. */
    private static boolean decodeOne(StringBuilder sb, Object mapping, int b) {
        Object x = lookup(mapping, b);
        if (x == null || x == PyNone.NONE) {
            return false;
        }
        if (x instanceof PyInt) {
            long v = Abstract.asLong(x);
            if (v < 0 || v > 0x10FFFF) {
                throw PyErr.typeError("character mapping must be in range(0x110000)");
            }
            if (v == 0xFFFE) {
                return false;
            }
            sb.appendCodePoint((int) v);
            return true;
        }
        if (x instanceof PyStr s) {
            if (s.value().equals("\uFFFE")) {
                return false;
            }
            sb.append(s.value());
            return true;
        }
        throw PyErr.typeError("character mapping must return integer, None or str");
    }

    /** {@code mapping[key]}, or null when it raises LookupError. */
    private static Object lookup(Object mapping, int key) {
        try {
            return Abstract.getItem(mapping, PyInt.of(key));
        } catch (PyException e) {
            if (e.matches(Exceptions.LookupError)) {
                return null;
            }
            throw e;
        }
    }

    static byte[] encode(String s, String errors, Object mapping) {
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        CodecErrors.Encoding errs = null;
        int i = 0;
        while (i < cps.length) {
            if (encodeOne(out, mapping, cps[i])) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.length && !encodable(mapping, cps[end])) {
                end++;
            }
            if (errs == null) {
                errs = new CodecErrors.Encoding("charmap", errors, s, cps);
            }
            CodecErrors.Replacement r = errs.handle(i, end, UNDEFINED);
            if (r.bytes() != null) {
                out.writeBytes(r.bytes());
            } else {
                String text = r.text();
                for (int k = 0; k < text.length(); ) {
                    int c = text.codePointAt(k);
                    if (!encodeOne(out, mapping, c)) {
                        throw errs.error(i, end, UNDEFINED);
                    }
                    k += Character.charCount(c);
                }
            }
            i = r.next();
        }
        return out.toByteArray();
    }

    private static boolean encodable(Object mapping, int cp) {
        return encodeOne(new ByteArrayOutputStream(), mapping, cp);
    }

    /** Writes the bytes of {@code cp}; false when the mapping has none. */
    private static boolean encodeOne(ByteArrayOutputStream out, Object mapping, int cp) {
        if (mapping instanceof EncodingMap m) {
            int b = m.lookup(cp);
            if (b < 0) {
                return false;
            }
            out.write(b);
            return true;
        }
        Object x = lookup(mapping, cp);
        if (x == null || x == PyNone.NONE) {
            return false;
        }
        if (x instanceof PyInt) {
            long v = Abstract.asLong(x);
            if (v < 0 || v > 255) {
                throw PyErr.typeError("character mapping must be in range(256)");
            }
            out.write((int) v);
            return true;
        }
        if (x instanceof PyBytes b) {
            out.writeBytes(b.data());
            return true;
        }
        throw PyErr.typeError("character mapping must return integer, bytes or None, not %T", x);
    }
}
