package dev.kaa.parser.internal.tokenize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.PySyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * PEP 263 decoding, with the errors of CPython 3.13's {@code compile()} of bytes
 * ({@code tokenize/decode_cases.expected}, made by {@code decode_cases.py}). Where the source is
 * not valid UTF-8, CPython's end offsets come from a byte-to-character conversion of broken text
 * that Kaa does not imitate: only the message, line and offset are compared there.
 *
 * <p>Thread safety: JUnit runs it on one thread.
 */
class SourceDecoderTest {

    @TestFactory
    Stream<DynamicTest> decodesAsCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (InputStream in = SourceDecoderTest.class.getResourceAsStream("/tokenize/decode_cases.expected")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int tab = line.indexOf('\t');
                byte[] source = HexFormat.of().parseHex(line.substring(0, tab));
                String expected = line.substring(tab + 1);
                tests.add(dynamicTest(line.substring(0, Math.min(tab, 40)), () -> check(source, expected)));
            }
        }
        return tests.stream();
    }

    private static void check(byte[] source, String expected) {
        String got;
        try {
            TokenizerErrorsTest.tokenizeAll(SourceDecoder.decode(source, "f.py"));
            got = "OK";
        } catch (PySyntaxError e) {
            got = "ERR|" + e.msg() + "|" + e.lineno() + "|" + e.offset() + "|" + e.endLineno() + "|" + e.endOffset();
        }
        if (expected.startsWith("ERR|(unicode error) 'utf-8'") || expected.startsWith("ERR|bytes can only")) {
            expected = expected.substring(0, nth(expected, 4));
            got = got.substring(0, Math.max(0, nth(got, 4)));
        }
        assertEquals(expected, got);
    }

    private static int nth(String s, int n) {
        int i = -1;
        for (int k = 0; k < n && (i = s.indexOf('|', i + 1)) >= 0; k++) {
            // find the n-th separator
        }
        return i;
    }

    @Test
    void latin1CookieDecodes() {
        byte[] src = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("# -*- coding: latin-1 -*-\nx = '\u00e9'\n", SourceDecoder.decode(src, "f.py"));
    }

    @Test
    void bomIsDropped() {
        byte[] src = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'};
        assertEquals("x", SourceDecoder.decode(src, "f.py"));
    }
}
