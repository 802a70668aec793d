package dev.kaa.vm.modules.expat;

import dev.kaa.vm.objects.Exceptions;
import dev.kaa.vm.objects.PyErr;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns the bytes fed to a parser into text: the encoding is the one given to
 * {@code ParserCreate}, else the byte order mark's, else the XML declaration's, else UTF-8.
 * Bytes are held back until the encoding is known and while a character is incomplete.
 *
 * <p>Thread safety: confined to one thread.
 */
final class InputDecoder {
    /** Thrown for bytes that are not text in the document's encoding. */
    static final class Malformed extends Exception {
        final String decodedBefore;
        final int code;

        Malformed(String decodedBefore, int code) {
            super(null, null, false, false);
            this.decodedBefore = decodedBefore;
            this.code = code;
        }
    }

    private String forced;
    private CharsetDecoder decoder;
    private byte[] pending = new byte[0];
    private boolean utf8 = true;

    InputDecoder(String encoding) {
        this.forced = encoding;
    }

    /** Whether byte indexes count UTF-8 bytes. */
    boolean utf8() {
        return utf8;
    }

    /** Str input: always UTF-8, whatever the document declares. */
    void forceUtf8() {
        if (decoder == null) {
            forced = "utf-8";
        }
    }

    /** The text of {@code data} (and bytes held back), as far as it can be decoded. */
    String decode(byte[] data, boolean last) throws Malformed {
        byte[] all = pending.length == 0 ? data : concat(pending, data);
        int skip = 0;
        if (decoder == null) {
            String name = forced;
            if (name == null) {
                if (all.length >= 3 && (all[0] & 0xFF) == 0xEF && (all[1] & 0xFF) == 0xBB && (all[2] & 0xFF) == 0xBF) {
                    name = "utf-8";
                    skip = 3;
                } else if (all.length >= 2 && (all[0] & 0xFF) == 0xFE && (all[1] & 0xFF) == 0xFF) {
                    name = "utf-16be";
                    skip = 2;
                } else if (all.length >= 2 && (all[0] & 0xFF) == 0xFF && (all[1] & 0xFF) == 0xFE) {
                    name = "utf-16le";
                    skip = 2;
                } else {
                    name = declared(all, last);
                    if (name == null) {
                        pending = all;
                        return "";
                    }
                }
            }
            decoder = charset(name).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            utf8 = decoder.charset().equals(StandardCharsets.UTF_8);
        }
        ByteBuffer in = ByteBuffer.wrap(all, skip, all.length - skip);
        CharBuffer out = CharBuffer.allocate((int) (all.length * (double) decoder.maxCharsPerByte()) + 4);
        CoderResult r = decoder.decode(in, out, last);
        if (r.isError()) {
            out.flip();
            throw new Malformed(out.toString(), ExpatErrors.INVALID_TOKEN);
        }
        if (last) {
            decoder.flush(out);
            if (in.hasRemaining()) {
                out.flip();
                throw new Malformed(out.toString(), 6);
            }
        }
        pending = Arrays.copyOfRange(all, in.position(), all.length);
        out.flip();
        return out.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    /**
     * The encoding named by the XML declaration at the start of {@code b}: "utf-8" when there
     * is none, null while the declaration is incomplete.
     */
    private static String declared(byte[] b, boolean last) {
        String head = new String(b, 0, Math.min(b.length, 256), StandardCharsets.ISO_8859_1);
        if (!"<?xml".startsWith(head.substring(0, Math.min(5, head.length()))) || (head.length() >= 6
                && !head.startsWith("<?xml") )) {
            return "utf-8";
        }
        int end = head.indexOf("?>");
        if (end < 0) {
            return last || b.length >= 256 ? "utf-8" : null;
        }
        String decl = head.substring(0, end);
        int e = decl.indexOf("encoding");
        if (e < 0) {
            return "utf-8";
        }
        int q = e + 8;
        while (q < decl.length() && decl.charAt(q) != '"' && decl.charAt(q) != '\'') {
            q++;
        }
        int close = q < decl.length() ? decl.indexOf(decl.charAt(q), q + 1) : -1;
        return close < 0 ? "utf-8" : decl.substring(q + 1, close);
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        try {
            return switch (n) {
                case "utf-8", "utf8" -> StandardCharsets.UTF_8;
                case "latin-1", "latin1", "iso-8859-1", "iso8859-1" -> StandardCharsets.ISO_8859_1;
                case "us-ascii", "ascii" -> StandardCharsets.US_ASCII;
                case "utf-16" -> StandardCharsets.UTF_16;
                default -> Charset.forName(n);
            };
        } catch (IllegalArgumentException e) {
            // pyexpat asks Python's codecs for an encoding Expat does not know.
            throw PyErr.format(Exceptions.LookupError, "unknown encoding: %s", name);
        }
    }
}
