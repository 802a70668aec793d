package dev.kaa.compiler.internal.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.kaa.bytecode.Constant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The constant-identity rules of {@code co_consts} and the docstring cleaning of 3.13, with the
 * expected values CPython 3.13 gives ({@code compile()} then {@code co_consts}, {@code __doc__}).
 *
 * <p>Thread safety: confined to the test thread.
 */
class ConstantsAndDocstringsTest {

    @Test void zeroesAreDistinctConstants() {
        List<Object> zeroes = List.of(0L, false, 0.0, -0.0, new Constant.Complex(0, 0));
        for (int i = 0; i < zeroes.size(); i++) {
            for (int j = 0; j < zeroes.size(); j++) {
                if (i != j) {
                    assertNotEquals(ConstantKey.of(zeroes.get(i)), ConstantKey.of(zeroes.get(j)));
                }
            }
        }
        assertNotEquals(ConstantKey.of(new Constant.Tuple(List.of(0L))),
                ConstantKey.of(new Constant.Tuple(List.of(false))));
        assertEquals(ConstantKey.of(new Constant.Tuple(List.of(1L, "a"))),
                ConstantKey.of(new Constant.Tuple(List.of(1L, "a"))));
        assertEquals(ConstantKey.of(Double.NaN), ConstantKey.of(Double.NaN));
    }

    @Test void docstringsAreDedentedAsCPython313Does() {
        // def f():
        //     """First.
        //
        //         Indented.
        //     Back.
        //     """
        assertEquals("First.\n\n    Indented.\nBack.\n",
                Docstrings.clean("First.\n\n        Indented.\n    Back.\n    "));
        assertEquals("x", Docstrings.clean("   x"));
        assertEquals("a\nb", Docstrings.clean("a\n    \tb"));
        assertEquals("", Docstrings.clean(""));
        assertEquals("one line", Docstrings.clean("one line"));
    }
}
