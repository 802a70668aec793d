package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each case of {@code tokenize/error_cases.py} tokenized, with its literals decoded as the parser
 * will decode them, against the outcome of CPython 3.13's {@code compile()} committed in
 * {@code error_cases.expected}: the same error (kind, message, line, offset, end line, end
 * offset), or no error where CPython accepts the source or the error is the parser's to report.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class TokenizerErrorsTest {
    /** Messages of errors found by the parser, not the tokenizer: the tokenizer must accept these. */
    private static final Set<String> PARSER_MESSAGES = Set.of(
            "invalid syntax",
            "unexpected indent",
            "f-string: expecting '}', or format specs",
            "f-string: missing conversion character",
            "f-string: expecting ':' or '}'",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            "assignment to yield expression not possible");

    @TestFactory
    Stream<DynamicTest> casesFailAsInCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = TokenizerErrorsTest.class.getResourceAsStream("/tokenize/error_cases.expected")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                int tab = line.indexOf('\t');
                String source = unescape(line.substring(0, tab));
                String expected = unescape(line.substring(tab + 1));
                tests.add(dynamicTest(line.substring(0, Math.min(tab, 60)), () -> check(source, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(String source, String expected) {
        String msg = expected.equals("OK") ? "OK" : expected.split("\\|")[1];
        if (msg.equals("source code string cannot contain null bytes")) {
            // compile() of a str rejects these itself; the tokenizer says what it says for files.
            expected = "SyntaxError|source code cannot contain null bytes";
            msg = "null";
        }
        try {
            tokenizeAll(source);
        } catch (PySyntaxError e) {
            String got = e.kind() + "|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|"
                    + e.endOffset();
            if (msg.equals("null")) {
                got = e.kind() + "|" + e.msg();
            }
            assertEquals(expected, got);
            return;
        }
        if (!msg.equals("OK") && !PARSER_MESSAGES.contains(msg)) {
            fail("no error; CPython: " + expected);
        }
    }

    /** Tokenizes all of {@code source} and decodes its literals, as the parser does. */
    static void tokenizeAll(String source) {
        Tokenizer t = new Tokenizer(source, "<s>");
        List<Boolean> raw = new ArrayList<>();
        for (Token k = t.next(); k.type() != TokenType.ENDMARKER; k = t.next()) {
            switch (k.type()) {
                case STRING -> StringLiterals.decode(k, t);
                case NUMBER -> NumberLiterals.parse(k, t);
                case FSTRING_START -> raw.add(k.text().toLowerCase().contains("r"));
                case FSTRING_MIDDLE -> StringLiterals.decodeFStringMiddle(k, raw.getLast(), t);
                case FSTRING_END -> raw.removeLast();
                default -> { }
            }
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == '\\') {
                sb.append('\\');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'u') {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
