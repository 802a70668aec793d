package dev.kaa.vm.objects;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The codecs written in Java: UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 (with a byte-order mark
 * or -le/-be; {@link StrCodecWide}), unicode_escape and raw_unicode_escape
 * ({@link StrCodecEscape}). The {@code _codecs} module's functions ({@link Codecs}) call them;
 * {@code str.encode}, {@code bytes.decode} and {@code str(obj, encoding)} call them directly for
 * the names CPython builds into those methods (utf-8, utf-16, utf-32, ascii, latin-1 and their
 * spellings), and go through the codec registry ({@link Codecs#encodeText}) for every other
 * name, as CPython does (so errors from those carry CPython's note "encoding with 'x' codec
 * failed"). Outside any interpreter (Java callers, the VM's unit tests), where the registry
 * cannot import {@code encodings}, the codecs here also answer to their other names
 * (utf-16-le, unicode_escape, utf-8-sig …).
 *
 * <p>Errors go to {@link CodecErrors}: the built-in handlers inline, others through the registry.
 *
 * <p>A Java string cannot hold a lone high surrogate followed by a lone low surrogate as two
 * code points (they read as one astral code point); Kaa shares that limit everywhere.
 *
 * <p>Thread safety: stateless.
 */
final class StrCodec {
    private StrCodec() {}

    /** The codecs written here; {@code pyName} is the name errors report. */
    enum Codec {
        UTF8("utf-8"), ASCII("ascii"), LATIN1("latin-1"), UTF16("utf-16"), UTF16LE("utf-16-le"),
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

    /** A ByteArrayOutputStream without the locking: codecs write a byte at a time. */
    static final class Out extends ByteArrayOutputStream {
        Out(int capacity) {
            super(Math.max(capacity, 16));
        }

        @Override public void write(int b) {
            if (count == buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length * 2);
            }
            buf[count++] = (byte) b;
        }

        /** Writes ASCII text. */
        void ascii(String text) {
            for (int i = 0, n = text.length(); i < n; i++) {
                write(text.charAt(i));
            }
        }
    }

    /** A decode's text, the bytes it consumed and (UTF-16/32) the byte order it ended with. */
    record Decoded(String text, int consumed, int byteorder) {
        Decoded(String text, int consumed) {
            this(text, consumed, 0);
        }
    }

    /**
     * The codec {@code str.encode}/{@code bytes.decode} use without the registry, or null: the
     * registry's normal form (see {@link Codecs#normalize}) of utf-8, utf-16, utf-32, ascii,
     * us-ascii, latin-1 and iso-8859-1, as in CPython's shortcuts.
     */
    static Codec builtin(String encoding) {
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
        return switch (Codecs.normalize(encoding)) {
            case "utf_8", "utf8" -> Codec.UTF8;
            case "utf_16", "utf16" -> Codec.UTF16;
            case "utf_32", "utf32" -> Codec.UTF32;
            case "ascii", "us_ascii" -> Codec.ASCII;
            case "latin1", "latin_1", "iso_8859_1", "iso8859_1" -> Codec.LATIN1;
            default -> null;
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
        return new PyBytes(encode(s.value, enc == null ? "utf-8" : enc, err));
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
        return PyStr.of(decode(data, 0, data.length, enc == null ? "utf-8" : enc, err));
    }

    /** {@code bytes.decode(encoding, errors)} of {@code a[0:n]}. */
    static String decodeBytes(byte[] a, int n, Object encoding, Object errors) {
        String enc = stringArg(encoding, "decode", "encoding");
        String err = stringArg(errors, "decode", "errors");
        return decode(a, 0, n, enc == null ? "utf-8" : enc, err);
    }

    // ---- encoding --------------------------------------------------------------------------------

    /** {@code s} encoded; {@code errors} null means strict (and is passed on as absent to the registry). */
    static byte[] encode(String s, String encoding, String errors) {
        Codec codec = builtin(encoding);
        if (codec != null) {
            return encode(s, codec, errors, 0);
        }
        if (standalone()) {
            String name = Codecs.normalize(encoding);
            if (name.equals("utf_8_sig")) {
                byte[] body = encode(s, Codec.UTF8, errors, 0);
                byte[] out = new byte[body.length + 3];
                out[0] = (byte) 0xEF;
                out[1] = (byte) 0xBB;
                out[2] = (byte) 0xBF;
                System.arraycopy(body, 0, out, 3, body.length);
                return out;
            }
            codec = javaNamed(name);
            if (codec != null) {
                return encode(s, codec, errors, 0);
            }
        }
        return Codecs.encodeText(s, encoding, errors);
    }

    /**
     * True outside any interpreter (Java callers, the VM's unit tests): the registry cannot import
     * {@code encodings} there, so the codecs written here answer to their own names.
     */
    private static boolean standalone() {
        return !Codecs.interpreterRunning();
    }

    /** The codec here of a normalised name that CPython serves through the registry, or null. */
    private static Codec javaNamed(String normalized) {
        return switch (normalized) {
            case "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> Codec.UTF8;
            case "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367",
                    "iso646_us", "iso_646.irv_1991", "iso_ir_6" -> Codec.ASCII;
            case "latin", "l1", "iso_8859_1_1987", "8859", "cp819", "iso_ir_100", "ibm819", "csisolatin1", "iso8859"
                    -> Codec.LATIN1;
            case "u16" -> Codec.UTF16;
            case "u32" -> Codec.UTF32;
            case "utf_16_le", "utf_16le", "utf16le", "unicodelittleunmarked" -> Codec.UTF16LE;
            case "unicodebigunmarked" -> Codec.UTF16BE;
            case "utf_16_be", "utf_16be", "utf16be" -> Codec.UTF16BE;
            case "utf_32_le", "utf_32le", "utf32le" -> Codec.UTF32LE;
            case "utf_32_be", "utf_32be", "utf32be" -> Codec.UTF32BE;
            case "unicode_escape" -> Codec.UNICODE_ESCAPE;
            case "raw_unicode_escape" -> Codec.RAW_UNICODE_ESCAPE;
            default -> null;
        };
    }

    /**
     * {@code s} in one of the codecs here; {@code byteorder} (UTF-16/32 only) 0 writes a mark and
     * the native (little-endian) order, -1 little-endian, 1 big-endian, without a mark.
     */
    static byte[] encode(String s, Codec codec, String errors, int byteorder) {
        if (codec == Codec.UTF16 && byteorder != 0) {
            codec = byteorder < 0 ? Codec.UTF16LE : Codec.UTF16BE;
        } else if (codec == Codec.UTF32 && byteorder != 0) {
            codec = byteorder < 0 ? Codec.UTF32LE : Codec.UTF32BE;
        }
        byte[] fast = encodeFast(s, codec);
        if (fast != null) {
            return fast;
        }
        Out out = new Out(s.length() + 8);
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
        String reason = limit == 0x110000 ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
        CodecErrors.Encoding errs = null;
        for (int i = 0; i < cps.length; ) {
            int cp = cps[i];
            if (!unencodable(cp, limit)) {
                putCodePoint(out, codec, cp);
                i++;
                continue;
            }
            // A run of characters the codec cannot encode, reported together (one at a time by
            // CPython's UTF-16 and UTF-32 encoders).
            int end = i + 1;
            while (codec.unit() == 0 && end < cps.length && unencodable(cps[end], limit)) {
                end++;
            }
            if (errs == null) {
                errs = new CodecErrors.Encoding(codec.pyName, errors, s, cps, codec.unit() == 0);
            }
            CodecErrors.Replacement r = errs.handle(i, end, reason);
            putReplacement(out, codec, errs, r, i, end, reason);
            i = r.next();
        }
        return out.toByteArray();
    }

    /** Writes an error handler's replacement: bytes as they are, text that must be ASCII (Latin-1 for latin-1). */
    private static void putReplacement(ByteArrayOutputStream out, Codec codec, CodecErrors.Encoding errs,
            CodecErrors.Replacement r, int start, int end, String reason) {
        if (r.bytes() != null) {
            int unit = codec.unit();
            if (unit != 0 && r.bytes().length % unit != 0) {
                throw errs.error(start, end, reason);
            }
            out.writeBytes(r.bytes());
            return;
        }
        String text = r.text();
        int limit = codec == Codec.LATIN1 ? 0x100 : 0x80;
        for (int k = 0; k < text.length(); k++) {
            if (text.charAt(k) >= limit) {
                throw errs.error(start, end, reason);
            }
        }
        for (int k = 0; k < text.length(); k++) {
            putCodePoint(out, codec, text.charAt(k));
        }
    }

    /**
     * The JDK's encoders where they give Python's bytes: UTF-8 without surrogates (the JDK would
     * write '?' for a lone one), ASCII and Latin-1 when every char fits. Null otherwise.
     */
    private static byte[] encodeFast(String s, Codec codec) {
        if (codec.unit() != 0) {
            return hasLoneSurrogate(s, 0) ? null : encodeWide(s, codec);
        }
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

    private static final java.nio.charset.Charset UTF_32LE = java.nio.charset.Charset.forName("UTF-32LE");
    private static final java.nio.charset.Charset UTF_32BE = java.nio.charset.Charset.forName("UTF-32BE");

    /** UTF-16 or UTF-32 of a string without lone surrogates, by the JDK (a mark first for the plain codecs). */
    private static byte[] encodeWide(String s, Codec codec) {
        byte[] body = s.getBytes(switch (codec) {
            case UTF16, UTF16LE -> StandardCharsets.UTF_16LE;
            case UTF16BE -> StandardCharsets.UTF_16BE;
            case UTF32, UTF32LE -> UTF_32LE;
            default -> UTF_32BE;
        });
        int mark = codec == Codec.UTF16 ? 2 : codec == Codec.UTF32 ? 4 : 0;
        if (mark == 0) {
            return body;
        }
        byte[] out = new byte[mark + body.length];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(body, 0, out, mark, body.length);
        return out;
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

    private static boolean unencodable(int cp, int limit) {
        return cp >= limit || (limit == 0x110000 && cp >= 0xD800 && cp <= 0xDFFF);
    }

    /** Writes one code point (a surrogate too) in the codec's form. */
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

    // ---- decoding --------------------------------------------------------------------------------

    /** {@code data[offset, offset + length)} decoded; {@code errors} null means strict. */
    static String decode(byte[] data, int offset, int length, String encoding, String errors) {
        if (length == 0) {
            // CPython answers '' before it looks the codec up: b''.decode('nonesuch') == ''.
            return "";
        }
        Codec codec = builtin(encoding);
        if (codec == null && standalone()) {
            String name = Codecs.normalize(encoding);
            if (name.equals("utf_8_sig")) {
                int skip = length >= 3 && data[offset] == (byte) 0xEF && data[offset + 1] == (byte) 0xBB
                        && data[offset + 2] == (byte) 0xBF ? 3 : 0;
                return decode(data, offset + skip, length - skip, Codec.UTF8, errors, true, 0).text();
            }
            codec = javaNamed(name);
        }
        if (codec == null) {
            return Codecs.decodeText(data, offset, length, encoding, errors);
        }
        return decode(data, offset, length, codec, errors, true, 0).text();
    }

    /**
     * Decodes with one of the codecs here. Unless {@code fin}, an incomplete sequence at the end
     * is left unconsumed. {@code byteorder} (UTF-16/32 only): 0 reads a byte-order mark if there
     * is one, -1 little-endian, 1 big-endian.
     */
    static Decoded decode(byte[] data, int offset, int length, Codec codec, String errors, boolean fin,
            int byteorder) {
        return decodeFrom(data, offset, length, 0, "", codec, errors, fin, byteorder);
    }

    /** Decodes from relative position {@code from}, after {@code before} (the text of a replaced input). */
    private static Decoded decodeFrom(byte[] data, int offset, int length, int from, String before, Codec codec,
            String errors, boolean fin, int byteorder) {
        try {
            Decoded d = decodeInput(data, offset, length, from, codec, errors, fin, byteorder);
            return before.isEmpty() ? d : new Decoded(before + d.text(), d.consumed(), d.byteorder());
        } catch (CodecErrors.InputReplaced r) {
            // An error handler replaced the input: go on in the new one, from where it said.
            return decodeFrom(r.data, 0, r.data.length, r.position, before + r.text, codec, errors, fin, byteorder);
        }
    }

    private static Decoded decodeInput(byte[] data, int offset, int length, int from, Codec codec, String errors,
            boolean fin, int byteorder) {
        String err = errors == null ? "strict" : errors;
        if (codec.unit() != 0) {
            return StrCodecWide.decode(data, offset, length, from, codec, err, fin, byteorder);
        }
        if (codec == Codec.UNICODE_ESCAPE || codec == Codec.RAW_UNICODE_ESCAPE) {
            return StrCodecEscape.decode(data, offset, length, from, codec == Codec.RAW_UNICODE_ESCAPE, err, fin);
        }
        if (codec == Codec.LATIN1) {
            return new Decoded(new String(data, offset + from, length - from, StandardCharsets.ISO_8859_1), length);
        }
        // Valid input decodes the same with the JDK's strict decoder, much faster.
        String fast = from == 0 ? decodeFast(data, offset, length, codec) : null;
        if (fast != null) {
            return new Decoded(fast, length);
        }
        CodecErrors.Decoding errs = new CodecErrors.Decoding(codec.pyName, err, data, offset, length, true);
        StringBuilder sb = new StringBuilder(length);
        int end = offset + length;
        int i = offset + from;
        while (i < end) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                sb.append((char) b);
                i++;
                continue;
            }
            if (codec == Codec.ASCII) {
                i = errs.handle(sb, i - offset, i - offset + 1, "ordinal not in range(128)") + offset;
                continue;
            }
            int next = utf8Sequence(sb, errs, data, offset, length, i, fin);
            if (next < 0) {
                // An incomplete sequence at the end, left for the next call.
                return new Decoded(sb.toString(), i - offset);
            }
            i = next;
        }
        return new Decoded(sb.toString(), length);
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

    /**
     * Decodes one non-ASCII UTF-8 sequence at {@code i}; the index after it (or after the error),
     * or -1 when the data ends inside a sequence that could still be valid and {@code fin} is false.
     */
    private static int utf8Sequence(StringBuilder sb, CodecErrors.Decoding errs, byte[] data, int offset,
            int length, int i, boolean fin) {
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
            } else if (b == 0xED && !errs.errors().equals("surrogatepass")) {
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
            return offset + errs.handle(sb, i - offset, i - offset + 1, "invalid start byte");
        }
        int j = i + 1;
        for (int k = 0; k < need; k++, j++) {
            if (j >= end) {
                if (!fin) {
                    return -1;
                }
                return offset + errs.handle(sb, i - offset, j - offset, "unexpected end of data");
            }
            int c = data[j] & 0xFF;
            if (c < (k == 0 ? lo : 0x80) || c > (k == 0 ? hi : 0xBF)) {
                if (!fin && b == 0xED && c >= 0x80 && c <= 0xBF && j + 1 >= end) {
                    // CPython waits for more input after ED plus any continuation byte at the end
                    // (so a surrogate split across calls fails only when completed).
                    return -1;
                }
                return offset + errs.handle(sb, i - offset, j - offset, "invalid continuation byte");
            }
            cp = cp << 6 | (c & 0x3F);
        }
        sb.appendCodePoint(cp);
        return j;
    }
}
