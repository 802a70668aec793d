package dev.kaa.stdlib.pickle;

import dev.kaa.ext.Py;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text encodings pickles use: UTF-8 with lone surrogates let through ({@code surrogatepass}),
 * and protocol 0's raw-unicode-escape with pickle's extra escapes.
 *
 * <p>Thread safety: stateless.
 */
final class Text {
    private Text() {}

    /** {@code s.encode('utf-8', 'surrogatepass')} of the str {@code obj}, whose Java text is {@code s}. */
    static byte[] utf8(Object obj, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return Py.asBytes(Py.callMethod(obj, "encode", Py.str("utf-8"), Py.str("surrogatepass")));
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code s.encode('utf-8')}: UnicodeEncodeError for a lone surrogate. */
    static byte[] utf8Strict(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return Py.asBytes(Py.callMethod(Py.str(s), "encode", Py.str("utf-8")));
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code data.decode('utf-8', 'surrogatepass')}. */
    static Object decodeUtf8(byte[] data) {
        boolean ascii = true;
        for (byte b : data) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return Py.str(new String(data, StandardCharsets.ISO_8859_1));
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return Py.str(s);
        } catch (CharacterCodingException e) {
            // Encoded surrogates, or bad data: Python's codec knows both.
            return Py.callMethod(Py.bytes(data), "decode", Py.str("utf-8"), Py.str("surrogatepass"));
        }
    }

    /**
     * Protocol 0's UNICODE argument: raw-unicode-escape of {@code s}, with backslash, NUL, CR,
     * LF and Ctrl-Z escaped too, so that the line reads back.
     */
    static byte[] rawUnicodeEscape(String s) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\' || c == 0 || c == '\n' || c == '\r' || c == 0x1a) {
                escape(b, "\\u%04x", c);
            } else if (c < 256) {
                b.write(c);
            } else if (c < 0x10000) {
                escape(b, "\\u%04x", c);
            } else {
                escape(b, "\\U%08x", c);
            }
        }
        return b.toByteArray();
    }

    private static void escape(ByteArrayOutputStream b, String format, int c) {
        b.writeBytes(String.format(format, c).getBytes(StandardCharsets.US_ASCII));
    }
}
