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
 * Invalid sources are rejected with CPython 3.13's exception class, message and location
 * ({@link ErrorCases}, from the oracle).
 */
class PegParserErrorTest {

    private final PegPythonParser parser = new PegPythonParser();

    @TestFactory Stream<DynamicTest> errors() {
        return Arrays.stream(ErrorCases.CASES).map(c -> dynamicTest(c[0].replace("\n", "\\n"), () -> {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> parser.parse(c[0], "f", ParseMode.EXEC));
            String got = e.kind() + " " + e.msg() + " " + e.lineno() + " " + e.offset() + " " + e.endLineno()
                    + " " + e.endOffset();
            assertEquals(c[1] + " " + c[2] + " " + c[3] + " " + c[4] + " " + c[5] + " " + c[6], got);
            assertEquals("f", e.filename());
        }));
    }
}
