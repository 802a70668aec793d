package dev.kaa.parser.internal.peg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ast.AstDump;
import dev.kaa.parser.ast.Mod;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each construct of the grammar, parsed by Kaa and dumped as {@code ast.dump(tree,
 * include_attributes=True)}, equals what CPython 3.13 gives ({@link AstCases}, from the oracle).
 */
class PegParserAstTest {

    private final PegPythonParser parser = new PegPythonParser();

    @TestFactory Stream<DynamicTest> constructs() {
        return Arrays.stream(AstCases.CASES).map(c -> dynamicTest(c[0] + ": " + c[1].lines().findFirst().orElse(""), () -> {
            Mod tree = parser.parse(c[1], "<test>", ParseMode.of(c[0]));
            assertEquals(c[2], AstDump.dump(tree, true, null));
        }));
    }

    @Test void bytesInputIsDecodedAsSourceSays() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Mod tree = parser.parse(latin1, "<test>", ParseMode.EXEC);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u00e9'))])",
                AstDump.dump(tree, false, null));
    }

    @Test void stringInputIgnoresEncodingDeclaration() {
        Mod tree = parser.parse("# -*- coding: latin-1 -*-\nx = '\u00e9'\n", "<test>", ParseMode.EXEC);
        assertEquals("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value='\u00e9'))])",
                AstDump.dump(tree, false, null));
    }

    @Test void nameIsPeg() {
        assertEquals("peg", parser.name());
    }
}
