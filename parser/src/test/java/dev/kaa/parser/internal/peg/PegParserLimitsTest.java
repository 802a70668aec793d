package dev.kaa.parser.internal.peg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kaa.parser.ParseMode;
import dev.kaa.parser.PySyntaxError;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Stmt;
import org.junit.jupiter.api.Test;

/**
 * Deeply nested source: what CPython 3.13 accepts parses (on any thread's stack), what it refuses
 * fails with a SyntaxError, never with a Java error.
 */
class PegParserLimitsTest {

    private final PegPythonParser parser = new PegPythonParser();

    private static final String TOO_COMPLEX = "Parser stack overflowed - Python source too complex to parse";

    @Test void threeThousandUnaryMinusesParse() {
        Mod m = parser.parse("-".repeat(3000) + "x", "f", ParseMode.EXEC);
        Expr e = ((Stmt.Expr) ((Mod.Module) m).body().getFirst()).value();
        assertInstanceOf(Expr.UnaryOp.class, e);
    }

    @Test void threeThousandNotsParse() {
        parser.parse("not ".repeat(3000) + "x", "f", ParseMode.EXEC);
    }

    @Test void nestedBracketsUpToTheTokenizerLimitParse() {
        parser.parse("(".repeat(199) + ")".repeat(199), "f", ParseMode.EXEC);
        parser.parse("[".repeat(100) + "]".repeat(100), "f", ParseMode.EXEC);
    }

    @Test void absurdNestingIsASyntaxError() {
        for (String src : new String[] {"not ".repeat(100_000) + "x", "-".repeat(100_000) + "x",
                "~".repeat(100_000) + "x", "lambda:".repeat(3000) + "x", "x" + "**x".repeat(20_000)}) {
            PySyntaxError e = assertThrows(PySyntaxError.class, () -> parser.parse(src, "f", ParseMode.EXEC));
            assertEquals(TOO_COMPLEX, e.msg());
        }
    }

    @Test void longFlatChainsParse() {
        parser.parse("x" + "+x".repeat(100_000), "f", ParseMode.EXEC);
        parser.parse("x" + ".y".repeat(50_000), "f", ParseMode.EXEC);
        parser.parse("f" + "()".repeat(20_000), "f", ParseMode.EXEC);
    }

    @Test void deepInputOnASmallStackStillParses() throws Exception {
        Mod[] out = new Mod[1];
        Thread t = new Thread(null, () -> out[0] = parser.parse("-".repeat(2000) + "x", "f", ParseMode.EXEC),
                "small-stack", 128 * 1024);
        t.start();
        t.join();
        assertInstanceOf(Mod.Module.class, out[0]);
    }
}
