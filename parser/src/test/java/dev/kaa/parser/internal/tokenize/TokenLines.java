package dev.kaa.parser.internal.tokenize;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders tokens as CPython's {@code tokenize} module reports them (character columns), one line
 * each: {@code TYPE<TAB>line<TAB>col<TAB>endLine<TAB>endCol<TAB>string}, the format of
 * {@code dump_tokens.py}.
 *
 * <p>Thread safety: stateless.
 */
final class TokenLines {
    private TokenLines() {}

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    /** All tokens of {@code source} (comments and NL included), up to and including ENDMARKER. */
    static List<String> of(String source) {
        Tokenizer t = new Tokenizer(source, "<test>", false, true);
        List<String> out = new ArrayList<>();
        for (;;) {
            Token k = t.next();
            out.add(render(t, k));
            if (k.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    static String render(Tokenizer t, Token k) {
        return k.type() + "\t" + k.lineno() + "\t" + charCol(t, k.lineno(), k.col()) + "\t" + k.endLineno() + "\t"
                + charCol(t, k.endLineno(), k.endCol()) + "\t" + escape(k.text());
    }

    /** The character column of byte column {@code col} on line {@code lineno}. */
    static int charCol(Tokenizer t, int lineno, int col) {
        String line = t.line(lineno);
        int bytes = 0;
        int chars = 0;
        int i = 0;
        while (bytes < col && i < line.length()) {
            int cp = line.codePointAt(i);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += Character.charCount(cp);
            chars++;
        }
        return chars + Math.max(0, col - bytes);
    }

    /** The expected line with CPython's line ends read as Kaa reads them and names normalised. */
    static String normalise(String line) {
        if (line.indexOf('\\') < 0 && !line.startsWith("NAME\t")) {
            return line;
        }
        int tab = nthTab(line, 5);
        String raw = unescape(line.substring(tab + 1));
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (raw.equals("\r\n")) {
            // A NEWLINE or NL token of a "\r\n" line end: one character shorter for Kaa.
            int endColTab = nthTab(line, 4);
            int endCol = Integer.parseInt(line.substring(endColTab + 1, tab));
            return line.substring(0, endColTab + 1) + (endCol - 1) + "\t" + escape(text);
        }
        if (line.startsWith("NAME\t")) {
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return line.substring(0, tab + 1) + escape(text);
    }

    private static int nthTab(String s, int n) {
        int i = -1;
        for (int k = 0; k < n; k++) {
            i = s.indexOf('\t', i + 1);
        }
        return i;
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
