package dev.kaa.vm.objects;

/**
 * The arithmetic of {@code float} that Java's operators do not give directly: floor division,
 * modulo and {@code divmod} with the divisor's sign, {@code **} with C99's special cases (and a
 * complex result for a negative base and a fractional exponent), {@code round}.
 *
 * <p>Thread safety: stateless.
 */
final class FloatMath {
    private FloatMath() {}

    static double mod(double x, double y) {
        if (y == 0) {
            throw PyErr.zeroDivisionError("float modulo by zero");
        }
        double m = x % y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        return m;
    }

    static double floorDiv(double x, double y) {
        if (y == 0) {
            throw PyErr.zeroDivisionError("float floor division by zero");
        }
        return divmod(x, y)[0];
    }

    /** {@code divmod(x, y)} for y != 0: the quotient floored and the remainder with y's sign. */
    static double[] divmod(double x, double y) {
        double m = x % y;
        double div = (x - m) / y;
        if (m != 0) {
            if ((y < 0) != (m < 0)) {
                m += y;
                div -= 1.0;
            }
        } else {
            m = Math.copySign(0.0, y);
        }
        double q;
        if (div != 0) {
            q = Math.floor(div);
            if (div - q > 0.5) {
                q += 1.0;
            }
        } else {
            q = Math.copySign(0.0, x / y);
        }
        return new double[] {q, m};
    }

    static PyTuple divmodTuple(double x, double y) {
        if (y == 0) {
            throw PyErr.zeroDivisionError("float divmod()");
        }
        double[] r = divmod(x, y);
        return PyTuple.of(new PyFloat(r[0]), new PyFloat(r[1]));
    }

    static double div(double x, double y) {
        if (y == 0) {
            throw PyErr.zeroDivisionError("float division by zero");
        }
        return x / y;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w) < 0x1p53 && w == Math.rint(w) && Math.abs(w % 2.0) == 1.0;
    }

    /** {@code x ** y} for floats: a float, or a complex for a negative base and a fractional exponent. */
    static Object pow(double x, double y) {
        if (y == 0) {
            return new PyFloat(1.0);
        }
        if (Double.isNaN(x)) {
            return new PyFloat(x);
        }
        if (Double.isNaN(y)) {
            return new PyFloat(x == 1.0 ? 1.0 : y);
        }
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) {
                return new PyFloat(1.0);
            }
            return new PyFloat((y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0);
        }
        if (Double.isInfinite(x)) {
            boolean odd = isOddInteger(y);
            if (x > 0) {
                return new PyFloat(y > 0 ? x : 0.0);
            }
            return new PyFloat(y > 0 ? (odd ? x : -x) : (odd ? -0.0 : 0.0));
        }
        if (x == 0) {
            if (y < 0) {
                throw PyErr.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return new PyFloat(isOddInteger(y) ? x : 0.0);
        }
        boolean negate = false;
        if (x < 0) {
            if (y != Math.floor(y)) {
                return ComplexMath.pow(x, 0.0, y, 0.0);
            }
            x = -x;
            negate = isOddInteger(y);
        }
        if (x == 1.0) {
            return new PyFloat(negate ? -1.0 : 1.0);
        }
        double r = Libm.pow(x, y);
        if (Double.isInfinite(r)) {
            throw PyErr.withArgs(Exceptions.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range"));
        }
        return new PyFloat(negate ? -r : r);
    }

    /** {@code round(x)}: half to even, as an int. */
    static PyInt roundToInt(double x) {
        return toInt(Math.rint(x));
    }

    /** {@code int(x)} of an integral-valued or truncated double, with the errors for nan and infinities. */
    static PyInt toInt(double x) {
        if (Double.isNaN(x)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw PyErr.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(x) < 0x1p63) {
            return PyInt.of((long) x);
        }
        return PyInt.of(new java.math.BigDecimal(x).toBigInteger());
    }

    /** {@code round(x, n)}: correctly rounded to n decimal places, half to even on the exact value. */
    static double round(double x, PyInt n) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        // Beyond these, every double is already exact (n large) or rounds to zero (n small).
        if (n.signum() > 0 && (!n.isLong() || n.value > 323)) {
            return x;
        }
        if (n.signum() < 0 && (!n.isLong() || n.value < -308)) {
            return Math.copySign(0.0, x);
        }
        int digits = (int) n.value;
        java.math.BigDecimal r = new java.math.BigDecimal(x).setScale(digits, java.math.RoundingMode.HALF_EVEN);
        double d = r.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.overflowError("rounded value too large to represent");
        }
        return d == 0 ? Math.copySign(0.0, x) : d;
    }
}
