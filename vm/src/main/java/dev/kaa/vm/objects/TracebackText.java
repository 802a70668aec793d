package dev.kaa.vm.objects;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Python's string semantics where traceback formatting depends on them: indices count code
 * points (not Java chars), {@code str.splitlines}, {@code str.strip} with Python's notion of
 * white space, {@code textwrap.dedent}/{@code indent}, UTF-8 column conversion and the display
 * width of East Asian wide characters.
 *
 * <p>Thread safety: stateless.
 */
final class TracebackText {
    private TracebackText() {}

    /** {@code len(s)} in code points. */
    static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[from:to]} with Python's slice clamping and negative indices (code points). */
    static String slice(String s, int from, int to) {
        int n = len(s);
        from = clamp(from, n);
        to = clamp(to, n);
        if (from >= to) {
            return "";
        }
        int a = s.offsetByCodePoints(0, from);
        return s.substring(a, s.offsetByCodePoints(a, to - from));
    }

    private static int clamp(int i, int n) {
        if (i < 0) {
            i += n;
            return Math.max(i, 0);
        }
        return Math.min(i, n);
    }

    /** The code point at Python index {@code i} (which must be valid). */
    static int at(String s, int i) {
        return s.codePointAt(s.offsetByCodePoints(0, i));
    }

    /** {@code str.isspace()} for one code point. */
    static boolean isSpace(int c) {
        return switch (c) {
            case '\t', '\n', 0x0b, 0x0c, '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f,
                 0x205f, 0x3000 -> true;
            default -> c >= 0x2000 && c <= 0x200a;
        };
    }

    static String strip(String s) {
        return rstrip(lstrip(s));
    }

    static String lstrip(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    static String rstrip(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(0, end);
    }

    /** {@code s.lstrip(chars)}/{@code rstrip(chars)} for a set of BMP characters. */
    static String lstrip(String s, String chars) {
        int i = 0;
        while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
            i++;
        }
        return s.substring(i);
    }

    static String rstrip(String s, String chars) {
        int end = s.length();
        while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** {@code s.splitlines(keepends)}. */
    static List<String> splitlines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int start = 0, i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!isLineBreak(c)) {
                i++;
                continue;
            }
            int end = i;
            i += c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
            out.add(s.substring(start, keepends ? i : end));
            start = i;
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** {@code textwrap.dedent(text)}: removes the common leading blanks and tabs of the non-blank lines. */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        String margin = null;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            int i = 0;
            while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i == line.length()) {
                lines[k] = "";   // a line of blanks and tabs only becomes empty
                continue;
            }
            String indent = line.substring(0, i);
            if (margin == null || margin.startsWith(indent)) {
                margin = indent;
            } else if (!indent.startsWith(margin)) {
                int j = 0;
                while (j < margin.length() && j < indent.length() && margin.charAt(j) == indent.charAt(j)) {
                    j++;
                }
                margin = margin.substring(0, j);
            }
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int k = 0; k < lines.length; k++) {
            if (k > 0) {
                sb.append('\n');
            }
            String line = lines[k];
            sb.append(margin != null && !margin.isEmpty() && line.startsWith(margin) ? line.substring(margin.length()) : line);
        }
        return sb.toString();
    }

    /** {@code textwrap.indent(text, prefix, lambda line: True)}: every line gets the prefix. */
    static String indentAll(String text, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String line : splitlines(text, true)) {
            sb.append(prefix).append(line);
        }
        return sb.toString();
    }

    /** {@code traceback._byte_offset_to_character_offset}: characters in the first {@code offset} UTF-8 bytes. */
    static int byteToCharOffset(String s, int offset) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        int n = Math.max(0, Math.min(offset, utf8.length));
        int chars = 0, i = 0;
        while (i < n) {
            int b = utf8[i] & 0xff;
            int size = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
            // A sequence cut short decodes, with errors="replace", to one replacement character.
            i += size;
            chars++;
        }
        return chars;
    }

    /** {@code traceback._display_width(line, offset)}: wide East Asian characters count twice. */
    static int displayWidth(String line, int offset) {
        boolean ascii = true;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return offset;
        }
        int width = 0, count = 0;
        for (int i = 0; i < line.length() && count < offset; count++) {
            int c = line.codePointAt(i);
            width += isWide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return width;
    }

    static int displayWidth(String line) {
        return displayWidth(line, len(line));
    }

    /** East Asian Width W or F (Unicode 15.1, as CPython 3.13's unicodedata). */
    static boolean isWide(int c) {
        int lo = 0, hi = WIDE.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (c < WIDE[2 * mid]) {
                hi = mid - 1;
            } else if (c > WIDE[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    // Inclusive ranges, measured with unicodedata.east_asian_width on CPython 3.13.
    private static final int[] WIDE = {
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC,
        0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
        0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
        0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
        0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
        0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
        0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
        0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
        0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x2E99,
        0x2E9B, 0x2EF3, 0x2F00, 0x2FD5, 0x2FF0, 0x303E, 0x3041, 0x3096,
        0x3099, 0x30FF, 0x3105, 0x312F, 0x3131, 0x318E, 0x3190, 0x31E3,
        0x31EF, 0x321E, 0x3220, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA48C,
        0xA490, 0xA4C6, 0xA960, 0xA97C, 0xAC00, 0xD7A3, 0xF900, 0xFAFF,
        0xFE10, 0xFE19, 0xFE30, 0xFE52, 0xFE54, 0xFE66, 0xFE68, 0xFE6B,
        0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x16FF0, 0x16FF1,
        0x17000, 0x187F7, 0x18800, 0x18CD5, 0x18D00, 0x18D08, 0x1AFF0, 0x1AFF3,
        0x1AFF5, 0x1AFFB, 0x1AFFD, 0x1AFFE, 0x1B000, 0x1B122, 0x1B132, 0x1B132,
        0x1B150, 0x1B152, 0x1B155, 0x1B155, 0x1B164, 0x1B167, 0x1B170, 0x1B2FB,
        0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A,
        0x1F200, 0x1F202, 0x1F210, 0x1F23B, 0x1F240, 0x1F248, 0x1F250, 0x1F251,
        0x1F260, 0x1F265, 0x1F300, 0x1F320, 0x1F32D, 0x1F335, 0x1F337, 0x1F37C,
        0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0,
        0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC,
        0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A,
        0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5,
        0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5, 0x1F6D7, 0x1F6DC, 0x1F6DF,
        0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7EB, 0x1F7F0, 0x1F7F0,
        0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FA7C,
        0x1FA80, 0x1FA88, 0x1FA90, 0x1FABD, 0x1FABF, 0x1FAC5, 0x1FACE, 0x1FADB,
        0x1FAE0, 0x1FAE8, 0x1FAF0, 0x1FAF8, 0x20000, 0x2FFFD, 0x30000, 0x3FFFD
    };
}
