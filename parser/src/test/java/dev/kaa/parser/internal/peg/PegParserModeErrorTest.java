package dev.kaa.parser.internal.peg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Errors in the modes other than {@code exec}, as CPython 3.13's {@code compile(source, 'f', mode,
 * PyCF_ONLY_AST)} reports them (expected values from the oracle): these sources get no newline
 * appended, which shows in the positions at their end.
 */
class PegParserModeErrorTest {

    private static final String[][] CASES = {
        {"eval", "1 +", "invalid syntax", "SyntaxError 1 0 1 0"},
        {"eval", "a b", "invalid syntax", "SyntaxError 1 3 1 4"},
        {"single", "if x:", "expected an indented block after 'if' statement on line 1", "IndentationError 1 5 1 -1"},
        {"single", "x = 1 +", "invalid syntax", "SyntaxError 1 0 1 0"},
        {"single", "x = 1\ny = 2\n", "multiple statements found while compiling a single statement", "SyntaxError 1 6 1 7"},
        {"func_type", "(int) -> ", "invalid syntax", "SyntaxError 1 0 1 0"},
        {"single", "", "invalid syntax", "SyntaxError 0 0 0 0"},
        {"eval", "", "invalid syntax", "SyntaxError 0 0 0 0"},
    };

    private final PegPythonParser parser = new PegPythonParser();

    @TestFactory Stream<DynamicTest> errors() {
        return Arrays.stream(CASES).map(c -> dynamicTest(c[0] + ": " + c[1].replace("\n", "\\n"), () -> {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> parser.parse(c[1], "f", ParseMode.of(c[0])));
            assertEquals(c[2], e.msg());
            assertEquals(c[3], e.kind() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " " + e.endOffset());
        }));
    }
}
