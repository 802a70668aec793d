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
        int cookieLine = 0;
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
                cookieLine = line;
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
                throw error("encoding problem: " + encoding + " with BOM", filename, cookieLine);
            }
            charset = lookup(normal, encoding, filename, cookieLine);
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

    private static Charset lookup(String normal, String original, String filename, int line) {
        try {
            return Charset.forName(normal);
        } catch (IllegalArgumentException e) {
            try {
                return Charset.forName(normal.replace('_', '-'));
            } catch (IllegalArgumentException e2) {
                throw error("unknown encoding: " + original, filename, line);
            }
        }
    }

    private static String decodeWith(Charset charset, byte[] source, int offset, String filename) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(source, offset, source.length - offset);
        try {
            CharBuffer out = decoder.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            if (charset.equals(StandardCharsets.UTF_8)) {
                throw utf8Error(source, offset, filename);
            }
            throw error("(unicode error) '" + charset.name().toLowerCase(java.util.Locale.ROOT)
                    + "' codec can't decode bytes", filename, 0);
        }
    }

    /** CPython's report of the first invalid UTF-8 sequence, in its codec's words. */
    private static PySyntaxError utf8Error(byte[] s, int offset, String filename) {
        int i = offset;
        int line = 1;
        int lineStart = offset;
        while (i < s.length) {
            int b = s[i] & 0xFF;
            int need;
            if (b < 0x80) {
                if (b == '\n') {
                    line++;
                    lineStart = i + 1;
                }
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
            } else {
                return decodeError(s, i, i, "invalid start byte", filename, line, lineStart);
            }
            for (int k = 1; k <= need; k++) {
                if (i + k >= s.length) {
                    return decodeError(s, i, s.length - 1, "unexpected end of data", filename, line, lineStart);
                }
                int c = s[i + k] & 0xFF;
                int lo = 0x80;
                int hi = 0xBF;
                if (k == 1) {
                    if (b == 0xE0) {
                        lo = 0xA0;
                    } else if (b == 0xED) {
                        hi = 0x9F;
                    } else if (b == 0xF0) {
                        lo = 0x90;
                    } else if (b == 0xF4) {
                        hi = 0x8F;
                    }
                }
                if (c < lo || c > hi) {
                    return decodeError(s, i, i + k - 1, "invalid continuation byte", filename, line, lineStart);
                }
            }
            i += need + 1;
        }
        return error("(unicode error) 'utf-8' codec can't decode bytes", filename, line);
    }

    private static PySyntaxError decodeError(byte[] s, int from, int to, String reason, String filename, int line,
            int lineStart) {
        int p = from - lineStart;
        int q = to - lineStart;
        String where = from == to
                ? String.format("byte 0x%02x in position %d", s[from] & 0xFF, p)
                : "bytes in position " + p + "-" + q;
        return error("(unicode error) 'utf-8' codec can't decode " + where + ": " + reason, filename, line);
    }

    private static PySyntaxError error(String msg, String filename, int line) {
        return new PySyntaxError(PySyntaxError.Kind.SyntaxError, msg, filename, line, 0, null, line, 0);
    }
}
