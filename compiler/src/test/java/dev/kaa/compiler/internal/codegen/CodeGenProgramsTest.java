package dev.kaa.compiler.internal.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.ParseMode;
import dev.kaa.testkit.CPython;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * End-to-end checks of the code generator: each program, one per construct, is compiled by Kaa,
 * run by CPython 3.13 from Kaa's code object, and must print what CPython prints running its own
 * compilation of the source (or fail to compile with the same message and line).
 *
 * <p>Thread safety: confined to the test thread.
 */
class CodeGenProgramsTest {

    /** Splits a text of {@code ### name} sections into programs. */
    static Map<String, String> programs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    out.put(name, sb.toString());
                }
                name = line.substring(4).strip();
                sb.setLength(0);
            } else {
                sb.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, sb.toString());
        }
        return out;
    }

    private static Stream<DynamicTest> check(String text, int optimize) throws IOException {
        return check(text, optimize, ParseMode.EXEC);
    }

    private static Stream<DynamicTest> check(String text, int optimize, ParseMode mode) throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        Map<String, CpythonOracle.Outcome> outcomes = CpythonOracle.run(programs(text), optimize, mode);
        return outcomes.entrySet().stream().map(e -> dynamicTest(e.getKey(),
                () -> assertEquals(e.getValue().expected(), e.getValue().actual())));
    }

    @TestFactory Stream<DynamicTest> statements() throws IOException {
        return check(CodeGenPrograms.STATEMENTS, 0);
    }

    @TestFactory Stream<DynamicTest> expressions() throws IOException {
        return check(CodeGenPrograms.EXPRESSIONS, 0);
    }

    @TestFactory Stream<DynamicTest> definitions() throws IOException {
        return check(CodeGenPrograms.DEFINITIONS, 0);
    }

    @TestFactory Stream<DynamicTest> futureImports() throws IOException {
        return check(CodeGenPrograms.FUTURE, 0);
    }

    @TestFactory Stream<DynamicTest> generatorsAndAsync() throws IOException {
        return check(CodeGenPrograms.GENERATORS, 0);
    }

    @TestFactory Stream<DynamicTest> patterns() throws IOException {
        return check(CodeGenPrograms.PATTERNS, 0);
    }

    @TestFactory Stream<DynamicTest> errors() throws IOException {
        return check(CodeGenPrograms.ERRORS, 0);
    }

    @TestFactory Stream<DynamicTest> tricky() throws IOException {
        return check(CodeGenPrograms.TRICKY, 0);
    }

    @TestFactory Stream<DynamicTest> deeplyNested() throws IOException {
        assumeTrue(CPython.found(), CPython.MISSING);
        return CpythonOracle.run(CodeGenPrograms.deep(), 0).entrySet().stream().map(e -> dynamicTest(e.getKey(),
                () -> assertEquals(e.getValue().expected(), e.getValue().actual())));
    }

    @TestFactory Stream<DynamicTest> evalMode() throws IOException {
        return check(CodeGenPrograms.EVAL, 0, ParseMode.EVAL);
    }

    @TestFactory Stream<DynamicTest> singleMode() throws IOException {
        return check(CodeGenPrograms.SINGLE, 0, ParseMode.SINGLE);
    }

    @TestFactory Stream<DynamicTest> optimized() throws IOException {
        return check(CodeGenPrograms.OPTIMIZED, 2);
    }
}
