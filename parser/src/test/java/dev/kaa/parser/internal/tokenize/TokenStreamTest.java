package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Token streams of small sources (every construct: names, numbers, strings, operators,
 * indentation, line joining, comments, f-strings, end of input) against CPython 3.13's
 * {@code tokenize} module ({@code tokenize/token_cases.expected}, made by {@code token_cases.py}),
 * plus what only Kaa's tokens show: UTF-8 byte columns, normalised names, no COMMENT/NL tokens
 * for the parser.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class TokenStreamTest {

    @TestFactory
    Stream<DynamicTest> tokensAsCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = TokenStreamTest.class.getResourceAsStream("/tokenize/token_cases.expected")) {
            String source = null;
            List<String> expected = new ArrayList<>();
            for (String line : (new String(in.readAllBytes(), StandardCharsets.UTF_8) + "=== \n").split("\n")) {
                if (line.startsWith("=== ")) {
                    if (source != null) {
                        String src = source;
                        List<String> want = expected.stream().map(TokenLines::normalise).toList();
                        tests.add(dynamicTest(src.isEmpty() ? "(empty)" : src, () -> assertEquals(
                                String.join("\n", want), String.join("\n", TokenLines.of(TokenizerErrorsTest.unescape(src))))));
                    }
                    source = line.substring(4);
                    expected.clear();
                } else {
                    expected.add(line);
                }
            }
        }
        return tests.stream();
    }

    private static List<Token> tokens(String source) {
        Tokenizer t = new Tokenizer(source, "<s>");
        List<Token> out = new ArrayList<>();
        for (Token k = t.next(); ; k = t.next()) {
            out.add(k);
            if (k.type() == TokenType.ENDMARKER) {
                return out;
            }
        }
    }

    @Test
    void columnsAreUtf8Bytes() {
        List<Token> ts = tokens("\u00e9 = '\u20ac' + x");
        assertEquals(new Token(TokenType.NAME, "\u00e9", 1, 0, 1, 2), ts.get(0));
        assertEquals(new Token(TokenType.OP, "=", 1, 3, 1, 4), ts.get(1));
        assertEquals(new Token(TokenType.STRING, "'\u20ac'", 1, 5, 1, 10), ts.get(2));
        assertEquals(new Token(TokenType.OP, "+", 1, 11, 1, 12), ts.get(3));
    }

    @Test
    void namesAreNfkcNormalised() {
        assertEquals("fi", tokens("\ufb01").get(0).text());
        assertEquals("\u00c5", tokens("\u212b").get(0).text());
    }

    @Test
    void parserSeesNoCommentsOrBlankLines() {
        List<TokenType> types = tokens("# c\n\nx = (1,\n  2)  # d\n\n").stream().map(Token::type).toList();
        assertEquals(List.of(TokenType.NAME, TokenType.OP, TokenType.OP, TokenType.NUMBER, TokenType.OP, TokenType.NUMBER,
                TokenType.OP, TokenType.NEWLINE, TokenType.ENDMARKER), types);
    }

    @Test
    void endmarkerForever() {
        Tokenizer t = new Tokenizer("x", "<s>");
        for (int i = 0; i < 3; i++) {
            t.next();
        }
        assertEquals(TokenType.ENDMARKER, t.next().type());
        assertEquals(TokenType.ENDMARKER, t.next().type());
    }

    @Test
    void lineAndTextGiveTheSource() {
        Tokenizer t = new Tokenizer("x = f'{\u00e9 = }'\ny\n", "<s>");
        assertEquals("x = f'{\u00e9 = }'\n", t.line(1));
        assertEquals("y\n", t.line(2));
        // The debug text of {é = } runs from just after '{' (byte 7) to the '}' (byte 12).
        assertEquals("\u00e9 = ", t.text(1, 7, 1, 12));
        assertEquals("= f'{\u00e9 = }'\ny", t.text(1, 2, 2, 1));
        assertEquals("<s>", t.filename());
    }

    @Test
    void crLfReadAsLf() {
        assertEquals(tokens("if x:\n  y\nz\n"), tokens("if x:\r\n  y\r\nz\r\n"));
        assertEquals(tokens("if x:\n  y\nz\n"), tokens("if x:\r  y\rz\r"));
    }

    @Test
    void interactiveBlankLineEndsStatement() {
        Tokenizer t = new Tokenizer("if x:\n  y\n\n", "<stdin>", true, false);
        List<TokenType> types = new ArrayList<>();
        for (Token k = t.next(); k.type() != TokenType.ENDMARKER; k = t.next()) {
            types.add(k.type());
        }
        assertEquals(List.of(TokenType.NAME, TokenType.NAME, TokenType.OP, TokenType.NEWLINE, TokenType.INDENT,
                TokenType.NAME, TokenType.NEWLINE, TokenType.DEDENT, TokenType.NEWLINE), types);
    }
}
