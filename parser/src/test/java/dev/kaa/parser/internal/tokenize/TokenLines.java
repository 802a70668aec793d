package dev.kaa.parser.internal.tokenize;

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
}
