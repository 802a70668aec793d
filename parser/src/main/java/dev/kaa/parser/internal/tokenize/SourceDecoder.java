package dev.kaa.parser.internal.tokenize;

import dev.kaa.parser.PySyntaxError;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes source bytes to text as PEP 263 says: UTF-8 unless a byte-order mark or an encoding
 * declaration ({@code # -*- coding: latin-1 -*-}) on line 1 or 2 says otherwise.
 *
 * <p>Thread safety: stateless.
 */
public final class SourceDecoder {
    /** PEP 263's regular expression, applied to a line that is a comment. */
    private static final Pattern COOKIE = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

    private SourceDecoder() {}

    /**
     * The text of {@code source}.
     *
     * @throws PySyntaxError for an unknown or unusable encoding, or bytes invalid in it
     */
    public static String decode(byte[] source, String filename) {
        int offset = 0;
        boolean bom = source.length >= 3 && (source[0] & 0xFF) == 0xEF && (source[1] & 0xFF) == 0xBB
                && (source[2] & 0xFF) == 0xBF;
        if (bom) {
            offset = 3;
        }
        String encoding = null;
        int lineStart = offset;
        for (int line = 1; line <= 2 && lineStart < source.length; line++) {
            int end = lineStart;
            while (end < source.length && source[end] != '\n' && source[end] != '\r') {
                end++;
            }
            String text = new String(source, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
            Matcher m = COOKIE.matcher(text);
            if (m.find()) {
                encoding = m.group(1);
                break;
            }
            if (!text.strip().isEmpty() && !text.stripLeading().startsWith("#")) {
                break;
            }
            lineStart = end < source.length && source[end] == '\r' && end + 1 < source.length && source[end + 1] == '\n'
                    ? end + 2 : end + 1;
        }
        Charset charset = StandardCharsets.UTF_8;
        if (encoding != null) {
            String normal = normalName(encoding);
            if (bom && !normal.equals("utf-8")) {
                throw error("encoding problem: " + normal + " with BOM", filename);
            }
            charset = lookup(normal, encoding, filename);
        }
        return decodeWith(charset, source, offset, filename);
    }

    /** CPython's short cuts: the spellings of UTF-8 and Latin-1 it recognises itself. */
    private static String normalName(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (lower.equals("utf-8") || lower.startsWith("utf-8-")) {
            return "utf-8";
        }
        for (String latin : new String[] {"latin-1", "iso-8859-1", "iso-latin-1"}) {
            if (lower.equals(latin) || lower.startsWith(latin + "-")) {
                return "iso-8859-1";
            }
        }
        return name;
    }

    /**
     * Python's own spellings of the Latin-1, UTF-8 and ASCII codecs ({@code encodings.aliases})
     * that the JDK does not know, such as {@code latin} and {@code u8}; keyed as Python
     * normalises a codec name (lower case, punctuation but '.' made '_').
     */
    private static final java.util.Map<String, Charset> PYTHON_ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("latin", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("latin1", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("latin_1", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("l1", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("iso8859", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("8859", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("iso_ir_100", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("iso_8859_1_1987", StandardCharsets.ISO_8859_1),
            java.util.Map.entry("u8", StandardCharsets.UTF_8),
            java.util.Map.entry("utf", StandardCharsets.UTF_8),
            java.util.Map.entry("utf8_ucs2", StandardCharsets.UTF_8),
            java.util.Map.entry("utf8_ucs4", StandardCharsets.UTF_8),
            java.util.Map.entry("cp65001", StandardCharsets.UTF_8),
            java.util.Map.entry("646", StandardCharsets.US_ASCII),
            java.util.Map.entry("us", StandardCharsets.US_ASCII),
            java.util.Map.entry("iso_ir_6", StandardCharsets.US_ASCII));

    private static Charset lookup(String normal, String original, String filename) {
        StringBuilder key = new StringBuilder();
        for (char c : normal.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            key.append(Character.isLetterOrDigit(c) || c == '.' ? c : '_');
        }
        Charset alias = PYTHON_ALIASES.get(key.toString());
        if (alias != null) {
            return alias;
        }
        try {
            return Charset.forName(normal);
        } catch (IllegalArgumentException e) {
            try {
                return Charset.forName(normal.replace('_', '-'));
            } catch (IllegalArgumentException e2) {
                throw error("unknown encoding: " + original, filename);
            }
        }
    }

    private static String decodeWith(Charset charset, byte[] source, int offset, String filename) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            return utf8(source, offset);
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, offset, source.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            int at = in.position();
            String name = charset.name().toLowerCase(java.util.Locale.ROOT);
            boolean ascii = name.equals("us-ascii");
            String msg = String.format("'%s' codec can't decode byte 0x%02x in position %d: %s",
                    ascii ? "ascii" : charset.newEncoder().maxBytesPerChar() == 1 ? "charmap" : name,
                    source[at] & 0xFF, at, ascii ? "ordinal not in range(128)" : "character maps to <undefined>");
            throw new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 0, -1, null, 0, 0);
        }
    }

    /**
     * Decodes UTF-8 as CPython's {@code compile()} of bytes does: lazily. An invalid byte becomes
     * the lone surrogate {@code U+DC80 + byte} (Python's "surrogateescape"); the tokenizer
     * accepts it in a comment and reports it, in the codec's words, in a name or a string.
     */
    private static String utf8(byte[] s, int offset) {
        StringBuilder out = null;
        int i = offset;
        int copied = offset;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n = validSequence(s, i);
            if (n > 0) {
                i += n;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(s.length);
            }
            out.append(new String(s, copied, i - copied, StandardCharsets.UTF_8));
            out.append((char) (0xDC00 + b));
            i++;
            copied = i;
        }
        if (out == null) {
            return new String(s, offset, s.length - offset, StandardCharsets.UTF_8);
        }
        out.append(new String(s, copied, s.length - copied, StandardCharsets.UTF_8));
        return out.toString();
    }

    /** The length of the valid UTF-8 sequence at {@code s[i]} (a non-ASCII byte), or 0. */
    private static int validSequence(byte[] s, int i) {
        int b = s[i] & 0xFF;
        int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
        if (need < 0) {
            return 0;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= s.length || !continuationOk(b, k, s[i + k] & 0xFF)) {
                return 0;
            }
        }
        return need + 1;
    }

    private static boolean continuationOk(int lead, int k, int c) {
        int lo = 0x80;
        int hi = 0xBF;
        if (k == 1) {
            if (lead == 0xE0) {
                lo = 0xA0;
            } else if (lead == 0xED) {
                hi = 0x9F;
            } else if (lead == 0xF0) {
                lo = 0x90;
            } else if (lead == 0xF4) {
                hi = 0x8F;
            }
        }
        return c >= lo && c <= hi;
    }

    /** Whether {@code s} holds a byte that was not valid UTF-8 (see {@link #utf8}). */
    static int firstEscape(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0xDC80 && c <= 0xDCFF && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The UTF-8 codec's complaint about {@code text} (which holds escaped invalid bytes), as
     * CPython words it when it decodes that piece of source on its own:
     * {@code "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data"}.
     */
    static Complaint utf8Complaint(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp >= 0xDC80 && cp <= 0xDCFF) {
                bytes.write(cp - 0xDC00);
            } else {
                bytes.writeBytes(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
            }
            i += Character.charCount(cp);
        }
        byte[] s = bytes.toByteArray();
        int i = 0;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int n = validSequence(s, i);
            if (n > 0) {
                i += n;
                continue;
            }
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            if (need < 0) {
                return complaint(s, i, i, "invalid start byte");
            }
            int k = 1;
            while (k <= need && i + k < s.length && continuationOk(b, k, s[i + k] & 0xFF)) {
                k++;
            }
            if (i + k >= s.length) {
                return complaint(s, i, s.length - 1, "unexpected end of data");
            }
            return complaint(s, i, i + k - 1, "invalid continuation byte");
        }
        return new Complaint("(unicode error) 'utf-8' codec can't decode bytes", 0, 0);
    }

    /** What the UTF-8 codec says about a piece of source, and the byte range it means. */
    record Complaint(String message, int from, int to) {}

    private static Complaint complaint(byte[] s, int from, int to, String reason) {
        String where = from == to
                ? String.format("byte 0x%02x in position %d", s[from] & 0xFF, from)
                : "bytes in position " + from + "-" + to;
        return new Complaint("(unicode error) 'utf-8' codec can't decode " + where + ": " + reason, from, to);
    }

    private static PySyntaxError error(String msg, String filename) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, 0, -1, null, 0, 0);
    }
}
