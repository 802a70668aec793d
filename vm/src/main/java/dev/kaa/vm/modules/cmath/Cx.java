package dev.kaa.vm.modules.cmath;

/**
 * A complex value of the cmath computations, with the error condition (C's {@code errno})
 * that the computation that made it raised: none, a domain error or a range error.
 *
 * <p>Thread safety: immutable.
 */
record Cx(double re, double im, int err) {
    static final int OK = 0, EDOM = 1, ERANGE = 2;

    static Cx of(double re, double im) {
        return new Cx(re, im, OK);
    }

    static Cx domain(double re, double im) {
        return new Cx(re, im, EDOM);
    }

    /** A range error when a part overflowed to infinity. */
    static Cx checked(double re, double im) {
        return new Cx(re, im, Double.isInfinite(re) || Double.isInfinite(im) ? ERANGE : OK);
    }


    /** {@code -i * this}. */
    Cx timesMinusI() {
        return new Cx(im, -re, err);
    }

    Cx negate() {
        return new Cx(-re, -im, err);
    }
}
