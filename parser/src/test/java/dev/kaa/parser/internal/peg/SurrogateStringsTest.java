package dev.kaa.parser.internal.peg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.ast.AstDump;
import org.junit.jupiter.api.Test;

/**
 * A high and a low surrogate written as escapes are two code points in Python, also where
 * implicit concatenation or an f-string joins them; the expected dumps are CPython 3.13's.
 *
 * <p>Thread safety: confined (JUnit instance).
 */
class SurrogateStringsTest {
    private final PegPythonParser parser = new PegPythonParser();

    private String dump(String source) {
        return AstDump.dump(parser.parse(source, "<test>", ParseMode.EVAL), false, null);
    }

    @Test void oneLiteral() {
        assertEquals("Expression(body=Constant(value='\\ud800\\udc00'))", dump("'\\ud800\\udc00'"));
    }

    @Test void implicitConcatenation() {
        assertEquals("Expression(body=Constant(value='\\ud800\\udc00'))", dump("'\\ud800' '\\udc00'"));
    }

    @Test void fStringPieces() {
        assertEquals("Expression(body=JoinedStr(values=[Constant(value='\\ud800'), FormattedValue(value=Name("
                + "id='x', ctx=Load()), conversion=-1), Constant(value='\\udc00\\udc01')]))",
                dump("f'\\ud800{x}\\udc00' '\\udc01'"));
        assertEquals("Expression(body=JoinedStr(values=[Constant(value='a\\ud800\\udc00')]))",
                dump("f'a\\ud800' f'\\udc00'"));
    }

    @Test void astralCharacterStaysOne() {
        assertEquals("Expression(body=Constant(value='\uD800\uDC00'))", dump("'\\U00010000'"));
    }
}
