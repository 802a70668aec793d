package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.bytecode.Constant;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Values of string, bytes and number literals against those CPython 3.13 gives
 * ({@code tokenize/literal_cases.expected}, made by {@code literal_cases.py}), and the literal
 * text of f-strings.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class LiteralsTest {

    @TestFactory
    Stream<DynamicTest> literalsHaveCPythonsValues() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = LiteralsTest.class.getResourceAsStream("/tokenize/literal_cases.expected")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                String source = TokenizerErrorsTest.unescape(line.substring(0, tab));
                String expected = line.substring(tab + 1);
                tests.add(dynamicTest(line.substring(0, Math.min(tab, 60)), () -> assertEquals(expected, valueOf(source))));
            }
        }
        return tests.stream();
    }

    /** The value of the one literal {@code source} holds, rendered as {@code literal_cases.py} does. */
    private static String valueOf(String source) {
        Tokenizer t = new Tokenizer(source, "<s>");
        Token k = t.next();
        assertEquals(TokenType.NEWLINE, t.next().type(), "one token");
        Object v = k.type() == TokenType.NUMBER ? NumberLiterals.parse(k, t) : StringLiterals.decode(k, t);
        return render(v);
    }

    static String render(Object v) {
        return switch (v) {
            case String s -> {
                StringJoiner j = new StringJoiner(" ", "str:", "");
                s.codePoints().forEach(c -> j.add(Integer.toHexString(c)));
                yield j.toString();
            }
            case Constant.Str s -> {
                StringJoiner j = new StringJoiner(" ", "str:", "");
                java.util.Arrays.stream(s.codePoints()).forEach(c -> j.add(Integer.toHexString(c)));
                yield j.toString();
            }
            case Constant.Bytes b -> "bytes:" + HexFormat.of().formatHex(b.value());
            case Long l -> "int:" + l;
            case BigInteger b -> {
                assertEquals(true, b.bitLength() >= 64, "a BigInteger only when it does not fit a long");
                yield "int:" + b;
            }
            case Double d -> "float:" + String.format("%016x", Double.doubleToRawLongBits(d));
            case Constant.Complex c -> {
                assertEquals(0.0, c.real());
                yield "complex:" + String.format("%016x", Double.doubleToRawLongBits(c.imag()));
            }
            default -> throw new AssertionError(v);
        };
    }

    @Test
    void fstringMiddlesDecodeEscapesUnlessRaw() {
        assertEquals(List.of("a\n{", "b\u20ac"), middles("f'a\\n{{b\\N{EURO SIGN}'", false));
        assertEquals(List.of("a\\n{", "b\\N"), middles("rf'a\\n{{b\\N{x}'", true));
        assertEquals(List.of("\\d}"), middles("f'\\d}}'", false));
    }

    @Test
    void escapedSurrogatePairStaysTwoCodePoints() {
        assertEquals("str:d800 dc00", valueOf("'\\ud800\\udc00'"));
        assertEquals("str:10000", valueOf("'\\U00010000'"));
        assertEquals("str:d800 41", valueOf("'\\ud800A'"));
        assertEquals(List.of(new Constant.Str(new int[] {'x', 0xdbff, 0xdfff})),
                middles("f'x\\udbff\\udfff'", false));
    }

    private static List<Object> middles(String source, boolean raw) {
        Tokenizer t = new Tokenizer(source, "<s>");
        List<Object> out = new ArrayList<>();
        for (Token k = t.next(); k.type() != TokenType.ENDMARKER; k = t.next()) {
            if (k.type() == TokenType.FSTRING_MIDDLE) {
                out.add(StringLiterals.decodeFStringMiddle(k, raw, t));
            }
        }
        return out;
    }
}
