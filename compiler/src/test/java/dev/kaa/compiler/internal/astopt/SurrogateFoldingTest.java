package dev.kaa.compiler.internal.astopt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.Operator;
import org.junit.jupiter.api.Test;

/**
 * Folding on a {@code str} holding a high and a low surrogate as two code points
 * ({@link Constant.Str}): joining or repeating strings must not merge lone surrogates that
 * meet, and indexing counts code points. Expected values as CPython 3.13 computes them.
 *
 * <p>Thread safety: test class, confined.
 */
class SurrogateFoldingTest {
    private static final Object PAIR = Constant.Str.of(new int[] {0xD800, 0xDC00});

    @Test void addKeepsTwoCodePoints() {
        assertEquals(PAIR, ConstantFolder.binary(Operator.Add, "\uD800", "\uDC00"));
        assertEquals(Constant.Str.of(new int[] {0xD800, 0xDC00, 'a'}),
                ConstantFolder.binary(Operator.Add, PAIR, "a"));
        assertEquals("ab", ConstantFolder.binary(Operator.Add, "a", "b"));
    }

    @Test void repeatKeepsTwoCodePoints() {
        // '\udc00\ud800' * 2 == '\udc00\ud800\udc00\ud800': the copies meet as high + low
        assertEquals(Constant.Str.of(new int[] {0xDC00, 0xD800, 0xDC00, 0xD800}),
                ConstantFolder.binary(Operator.Mult, "\uDC00\uD800", 2L));
        assertEquals(Constant.Str.of(new int[] {0xD800, 0xDC00, 0xD800, 0xDC00}),
                ConstantFolder.binary(Operator.Mult, 2L, PAIR));
        assertEquals("abab", ConstantFolder.binary(Operator.Mult, "ab", 2L));
    }

    @Test void subscriptAndModAndTruth() {
        assertEquals("\uDC00", Subscripts.getItem(PAIR, 1L));
        assertEquals("\uD800", Subscripts.getItem(PAIR, -2L));
        assertEquals(null, Subscripts.getItem(PAIR, 2L));
        assertEquals(null, ConstantFolder.binary(Operator.Mod, PAIR, 1L));
        assertEquals(true, ConstantFolder.truth(PAIR));
    }
}
