package dev.kaa.vm.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The codecs built into {@code str.encode}, {@code bytes.decode} and {@code str(obj, encoding)}:
 * UTF-8 (and utf-8-sig), ASCII, Latin-1, UTF-16 and UTF-32 (with byte-order mark or -le/-be), unicode_escape and
 * raw_unicode_escape ({@link StrCodecWide}, {@link StrCodecEscape}), with the error handlers
 * strict, ignore, replace, backslashreplace, surrogateescape, surrogatepass, and (encoding)
 * xmlcharrefreplace and namereplace. Other encodings raise
 * {@code LookupError("unknown encoding: x")}; the {@code codecs} module's registry is not
 * consulted.
 *
 * <p>A Java string cannot hold a lone high surrogate followed by a lone low surrogate as two
 * code points (they read as one astral code point); Kaa shares that limit everywhere.
 *
 * <p>Thread safety: stateless.
 */
final class StrCodec {
    private StrCodec() {}

    /** The built-in codecs; {@code pyName} is the name errors report. */
    enum Codec {
        UTF8("utf-8"), UTF8_SIG("utf-8"), ASCII("ascii"), LATIN1("latin-1"), UTF16("utf-16"), UTF16LE("utf-16-le"),
        UTF16BE("utf-16-be"), UTF32("utf-32"), UTF32LE("utf-32-le"), UTF32BE("utf-32-be"),
        UNICODE_ESCAPE("unicodeescape"), RAW_UNICODE_ESCAPE("rawunicodeescape");

        final String pyName;

        Codec(String pyName) {
            this.pyName = pyName;
        }

        /** Code units of 2 or 4 bytes, or 0 for the byte-oriented codecs. */
        int unit() {
            return switch (this) {
                case UTF16, UTF16LE, UTF16BE -> 2;
                case UTF32, UTF32LE, UTF32BE -> 4;
                default -> 0;
            };
        }

        boolean bigEndian() {
            return this == UTF16BE || this == UTF32BE;
        }
    }

    /** The codec of an encoding name, normalised as Python's codec registry does. */
    static Codec lookup(String encoding) {
        switch (encoding) {
            case "utf-8", "utf8", "UTF-8" -> {
                return Codec.UTF8;
            }
            case "ascii" -> {
                return Codec.ASCII;
            }
            case "latin-1", "latin1" -> {
                return Codec.LATIN1;
            }
            default -> { }
        }
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> Codec.UTF8;
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986",
                    "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> Codec.ASCII;
            case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "iso_8859_1_1987", "8859", "cp819",
                    "iso_ir_100", "ibm819", "csisolatin1", "iso8859" -> Codec.LATIN1;
            case "utf_8_sig" -> Codec.UTF8_SIG;
            case "utf_16", "utf16", "u16" -> Codec.UTF16;
            case "utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked" -> Codec.UTF16LE;
            case "utf_16_be", "utf_16be", "utf16be", "unicodebigunmarked" -> Codec.UTF16BE;
            case "utf_32", "utf32", "u32" -> Codec.UTF32;
            case "utf_32_le", "utf_32le", "utf32le" -> Codec.UTF32LE;
            case "utf_32_be", "utf_32be", "utf32be" -> Codec.UTF32BE;
            case "unicode_escape" -> Codec.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Codec.RAW_UNICODE_ESCAPE;
            default -> throw PyErr.lookupError("unknown encoding: %s", encoding);
        };
    }

    private static String stringArg(Object o, String function, String name) {
        if (o == null) {
            return null;
        }
        if (o instanceof PyStr s) {
            return s.value;
        }
        // str() is not an Argument Clinic function: it says "NoneType" where encode() says "None".
        String type = function.equals("str") ? Abstract.typeOf(o).messageName() : Strs.clinicTypeName(o);
        throw PyErr.typeError("%s() argument '%s' must be str, not %s", function, name, type);
    }

    /** {@code str.encode(encoding, errors)}. */
    static PyBytes encode(PyStr s, Object encoding, Object errors) {
        String enc = stringArg(encoding, "encode", "encoding");
        String err = stringArg(errors, "encode", "errors");
        return new PyBytes(encode(s.value, enc == null ? "utf-8" : enc, err == null ? "strict" : err));
    }

    /** {@code str(object, encoding, errors)} for bytes-like objects. */
    static PyStr decodeObject(Object object, Object encoding, Object errors) {
        String enc = stringArg(encoding, "str", "encoding");
        String err = stringArg(errors, "str", "errors");
        if (object instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        byte[] data = BytesArgs.bufferOrNull(object);
        if (data == null) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %T found", object);
        }
        return PyStr.of(decode(data, 0, data.length, enc == null ? "utf-8" : enc, err == null ? "strict" : err));
    }

    /** {@code bytes.decode(encoding, errors)} of {@code a[0:n]}. */
    static String decodeBytes(byte[] a, int n, Object encoding, Object errors) {
        String enc = stringArg(encoding, "decode", "encoding");
        String err = stringArg(errors, "decode", "errors");
        return decode(a, 0, n, enc == null ? "utf-8" : enc, err == null ? "strict" : err);
    }

    // ---- encoding --------------------------------------------------------------------------------

    static byte[] encode(String s, String encoding, String errors) {
        Codec codec = lookup(encoding);
        if (codec == Codec.UTF8_SIG) {
            // A byte-order mark, then UTF-8.
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        byte[] fast = encodeFast(s, codec);
        if (fast != null) {
            return fast;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        if (codec == Codec.UNICODE_ESCAPE || codec == Codec.RAW_UNICODE_ESCAPE) {
            StrCodecEscape.encode(out, s, codec == Codec.RAW_UNICODE_ESCAPE);
            return out.toByteArray();
        }
        if (codec == Codec.UTF16) {
            out.write(0xFF);
            out.write(0xFE);
        } else if (codec == Codec.UTF32) {
            out.write(0xFF);
            out.write(0xFE);
            out.write(0);
            out.write(0);
        }
        int[] cps = s.codePoints().toArray();
        int limit = codec == Codec.ASCII ? 0x80 : codec == Codec.LATIN1 ? 0x100 : 0x110000;
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            if (!unencodable(codec, cp, limit)) {
                putCodePoint(out, codec, cp);
                i++;
                continue;
            }
            // A run of characters the codec cannot encode, reported together.
            int end = i + 1;
            while (end < cps.length && unencodable(codec, cps[end], limit)) {
                end++;
            }
            String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            encodeError(out, codec, errors, s, cps, i, end, reason);
            i = end;
        }
        return out.toByteArray();
    }

    /**
     * The JDK's encoders where they give Python's bytes: UTF-8 without surrogates (the JDK would
     * write '?' for a lone one), ASCII and Latin-1 when every char fits. Null otherwise.
     */
    private static byte[] encodeFast(String s, Codec codec) {
        int limit = switch (codec) {
            case UTF8 -> 0xD800;
            case ASCII -> 0x80;
            case LATIN1 -> 0x100;
            default -> 0;
        };
        if (limit == 0) {
            return null;
        }
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= limit && !(codec == Codec.UTF8 && c > 0xDFFF)) {
                return codec == Codec.UTF8 && !hasLoneSurrogate(s, i) ? s.getBytes(StandardCharsets.UTF_8) : null;
            }
        }
        return s.getBytes(codec == Codec.UTF8 ? StandardCharsets.UTF_8
                : codec == Codec.ASCII ? StandardCharsets.US_ASCII : StandardCharsets.ISO_8859_1);
    }

    private static boolean hasLoneSurrogate(String s, int from) {
        for (int i = from, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean unencodable(Codec codec, int cp, int limit) {
        return cp >= limit || (limit == 0x110000 && cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** Writes one code point (a surrogate too, for surrogatepass) in the codec's form. */
    static void putCodePoint(ByteArrayOutputStream out, Codec codec, int cp) {
        int unit = codec.unit();
        if (unit == 2) {
            if (cp >= 0x10000) {
                putUnit(out, 0xD800 | (cp - 0x10000) >> 10, 2, codec.bigEndian());
                putUnit(out, 0xDC00 | (cp & 0x3FF), 2, codec.bigEndian());
            } else {
                putUnit(out, cp, 2, codec.bigEndian());
            }
        } else if (unit == 4) {
            putUnit(out, cp, 4, codec.bigEndian());
        } else if (codec != Codec.UTF8 || cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | cp >> 6);
            out.write(0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            out.write(0xE0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        } else {
            out.write(0xF0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3F);
            out.write(0x80 | cp >> 6 & 0x3F);
            out.write(0x80 | cp & 0x3F);
        }
    }

    private static void putUnit(ByteArrayOutputStream out, int v, int size, boolean bigEndian) {
        for (int k = 0; k < size; k++) {
            int shift = bigEndian ? (size - 1 - k) * 8 : k * 8;
            out.write(v >> shift & 0xFF);
        }
    }

    /** Writes replacement text, encoded by the codec (it is ASCII). */
    private static void text(ByteArrayOutputStream out, Codec codec, String text) {
        for (int i = 0; i < text.length(); i++) {
            putCodePoint(out, codec, text.charAt(i));
        }
    }

    private static void encodeError(ByteArrayOutputStream out, Codec codec, String errors, String s, int[] cps,
            int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw encodeException(codec, s, start, end, reason);
            case "ignore" -> { }
            case "replace" -> {
                for (int i = start; i < end; i++) {
                    text(out, codec, "?");
                }
            }
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    text(out, codec, backslash(cps[i]));
                }
            }
            case "xmlcharrefreplace" -> {
                for (int i = start; i < end; i++) {
                    text(out, codec, "&#" + cps[i] + ";");
                }
            }
            case "namereplace" -> {
                for (int i = start; i < end; i++) {
                    String name = StrNames.name(cps[i]);
                    text(out, codec, name == null ? backslash(cps[i]) : "\\N{" + name + "}");
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xDC80 || cps[i] > 0xDCFF) {
                        throw encodeException(codec, s, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.write(cps[i] - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                for (int i = start; i < end; i++) {
                    if (cps[i] < 0xD800 || cps[i] > 0xDFFF) {
                        throw encodeException(codec, s, start, end, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    putCodePoint(out, codec, cps[i]);
                }
            }
            default -> throw PyErr.lookupError("unknown error handler name '%s'", errors);
        }
    }

    private static String backslash(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    private static PyException encodeException(Codec codec, String s, int start, int end, String reason) {
        return PyErr.withArgs(Exceptions.UnicodeEncodeError, PyStr.of(codec.pyName), PyStr.of(s), PyInt.of(start),
                PyInt.of(end), PyStr.of(reason));
    }

    // ---- decoding --------------------------------------------------------------------------------

    static String decode(byte[] data, int offset, int length, String encoding, String errors) {
        if (length == 0) {
            // CPython answers '' before it looks the codec up: b''.decode('nonesuch') == ''.
            return "";
        }
        Codec codec = lookup(encoding);
        if (codec == Codec.UTF8_SIG) {
            boolean mark = length >= 3 && data[offset] == (byte) 0xEF && data[offset + 1] == (byte) 0xBB
                    && data[offset + 2] == (byte) 0xBF;
            int skip = mark ? 3 : 0;
            return decode(data, offset + skip, length - skip, "utf-8", errors);
        }
        if (codec == Codec.UTF8 || codec == Codec.ASCII) {
            // Valid input decodes the same with the JDK's strict decoder, much faster.
            String fast = decodeFast(data, offset, length, codec);
            if (fast != null) {
                return fast;
            }
        }
        int end = offset + length;
        StringBuilder sb = new StringBuilder(length);
        if (codec.unit() != 0) {
            return StrCodecWide.decode(data, offset, length, codec, errors);
        }
        if (codec == Codec.UNICODE_ESCAPE || codec == Codec.RAW_UNICODE_ESCAPE) {
            return StrCodecEscape.decode(data, offset, length, codec, errors);
        }
        if (codec == Codec.LATIN1) {
            for (int i = offset; i < end; i++) {
                sb.append((char) (data[i] & 0xFF));
            }
            return sb.toString();
        }
        int i = offset;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            if (codec == Codec.ASCII) {
                i = decodeError(sb, codec, errors, data, offset, length, i - offset, i - offset + 1,
                        "ordinal not in range(128)") + offset;
                continue;
            }
            i = utf8Sequence(sb, errors, data, offset, length, i);
        }
        return sb.toString();
    }

    private static String decodeFast(byte[] data, int offset, int length, Codec codec) {
        boolean ascii = true;
        for (int i = offset, end = offset + length; i < end; i++) {
            if (data[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(data, offset, length, StandardCharsets.ISO_8859_1);
        }
        if (codec == Codec.ASCII) {
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, offset, length)).toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }

    /** Decodes one non-ASCII UTF-8 sequence at {@code i}; the index after it (or after the error). */
    private static int utf8Sequence(StringBuilder sb, String errors, byte[] data, int offset, int length, int i) {
        int end = offset + length;
        int b = data[i] & 0xFF;
        int need, cp, lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
            cp = b & 0x1F;
        } else if (b >= 0xE0 && b <= 0xEF) {
            need = 2;
            cp = b & 0x0F;
            if (b == 0xE0) {
                lo = 0xA0;
            } else if (b == 0xED && !errors.equals("surrogatepass")) {
                hi = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            need = 3;
            cp = b & 0x07;
            if (b == 0xF0) {
                lo = 0x90;
            } else if (b == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return offset + decodeError(sb, Codec.UTF8, errors, data, offset, length, i - offset, i - offset + 1,
                    "invalid start byte");
        }
        int j = i + 1;
        for (int k = 0; k < need; k++, j++) {
            if (j >= end) {
                return offset + decodeError(sb, Codec.UTF8, errors, data, offset, length, i - offset, j - offset,
                        "unexpected end of data");
            }
            int c = data[j] & 0xFF;
            if (c < (k == 0 ? lo : 0x80) || c > (k == 0 ? hi : 0xBF)) {
                return offset + decodeError(sb, Codec.UTF8, errors, data, offset, length, i - offset, j - offset,
                        "invalid continuation byte");
            }
            cp = cp << 6 | (c & 0x3F);
        }
        sb.appendCodePoint(cp);
        return j;
    }

    /** Applies the error handler to bytes {@code [start, end)} (relative); the relative resume index. */
    static int decodeError(StringBuilder sb, Codec codec, String errors, byte[] data, int offset, int length,
            int start, int end, String reason) {
        switch (errors) {
            case "strict" -> throw PyErr.withArgs(Exceptions.UnicodeDecodeError, PyStr.of(codec.pyName),
                    new PyBytes(java.util.Arrays.copyOfRange(data, offset, offset + length)), PyInt.of(start),
                    PyInt.of(end), PyStr.of(reason));
            case "ignore" -> { }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    sb.append(String.format("\\x%02x", data[offset + k] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                // Only bytes 0x80-0xFF have escapes (U+DC80-U+DCFF); else the error stands.
                for (int k = start; k < end; k++) {
                    if ((data[offset + k] & 0xFF) < 0x80) {
                        return decodeError(sb, codec, "strict", data, offset, length, start, end, reason);
                    }
                }
                for (int k = start; k < end; k++) {
                    sb.append((char) (0xDC00 + (data[offset + k] & 0xFF)));
                }
            }
            case "surrogatepass" -> throw PyErr.withArgs(Exceptions.UnicodeDecodeError, PyStr.of(codec.pyName),
                    new PyBytes(java.util.Arrays.copyOfRange(data, offset, offset + length)), PyInt.of(start),
                    PyInt.of(end), PyStr.of(reason));
            default -> throw PyErr.lookupError("unknown error handler name '%s'", errors);
        }
        return end;
    }
}
