package dev.kaa.vm.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link FloatRepr} (the fast {@code repr(float)}) against {@code dev.kaa.bytecode.PyRepr}'s,
 * which the constant tests check against CPython, over random and boundary doubles; the
 * number cases check both against CPython's own text.
 *
 * <p>Thread safety: test code, single-threaded.
 */
class FloatReprTest {

    private static void check(double d) {
        assertEquals(dev.kaa.bytecode.PyRepr.floatRepr(d), FloatRepr.repr(d), () -> "bits " + Double.doubleToRawLongBits(d));
    }

    @Test
    void boundaries() {
        double[] values = {0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1e17, 1e-4, 1e-5, 0.00012,
            Double.MIN_VALUE, -Double.MIN_VALUE, 2 * Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e22, 1e23, 5e-324, 123456789.0,
            0x1p53, 0x1p53 + 2, 1.0 / 3, 2.0 / 3, 100.0, 1e100, 1.5e300, 4.35, 2.675};
        for (double d : values) {
            check(d);
        }
        for (int e = -325; e <= 308; e++) {
            check(Double.parseDouble("1e" + e));
            check(Double.parseDouble("9.5e" + e));
            check(Double.parseDouble("4.9e" + e));
        }
    }

    @Test
    void random() {
        SplittableRandom r = new SplittableRandom(313);
        for (int i = 0; i < 40_000; i++) {
            check(Double.longBitsToDouble(r.nextLong()));
            check(r.nextDouble() * Math.pow(10, r.nextInt(-30, 30)));
            check(Math.scalb((double) r.nextLong(1L << 53), r.nextInt(-1100, -1000)));
        }
    }
}
