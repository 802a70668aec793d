package dev.kaa.compiler.internal.astopt;

import dev.kaa.bytecode.Constant;
import dev.kaa.parser.ast.Operator;

/**
 * Python 3.13's {@code complex} arithmetic for folding: both operands are complex (ints and floats
 * are converted first, as 3.13 does), products and quotients use CPython's formulas
 * ({@code _Py_c_prod}, {@code _Py_c_quot}), and {@code **} is folded only for integer exponents
 * up to 100, computed by repeated squaring as CPython's {@code c_powi}. Returns null where
 * Python raises (division by zero, overflow, {@code //} and {@code %}) and for other powers,
 * whose C library result Java does not reproduce bit for bit.
 *
 * <p>Thread safety: immutable (static functions only).
 */
final class ComplexOps {
    private static final Constant.Complex ONE = new Constant.Complex(1.0, 0.0);

    private ComplexOps() {}

    static Object arith(Operator op, Constant.Complex a, Constant.Complex b) {
        return switch (op) {
            case Add -> new Constant.Complex(a.real() + b.real(), a.imag() + b.imag());
            case Sub -> new Constant.Complex(a.real() - b.real(), a.imag() - b.imag());
            case Mult -> prod(a, b);
            case Div -> quot(a, b);
            case Pow -> pow(a, b);
            default -> null;
        };
    }

    static Constant.Complex prod(Constant.Complex a, Constant.Complex b) {
        return new Constant.Complex(a.real() * b.real() - a.imag() * b.imag(),
                a.real() * b.imag() + a.imag() * b.real());
    }

    /** CPython's {@code _Py_c_quot} (Smith's method); null on division by zero. */
    static Constant.Complex quot(Constant.Complex a, Constant.Complex b) {
        double absBreal = Math.abs(b.real());
        double absBimag = Math.abs(b.imag());
        if (absBreal >= absBimag) {
            if (absBreal == 0.0) {
                return null; // ZeroDivisionError
            }
            double ratio = b.imag() / b.real();
            double denom = b.real() + b.imag() * ratio;
            return new Constant.Complex((a.real() + a.imag() * ratio) / denom, (a.imag() - a.real() * ratio) / denom);
        } else if (absBimag >= absBreal) {
            double ratio = b.real() / b.imag();
            double denom = b.real() * ratio + b.imag();
            return new Constant.Complex((a.real() * ratio + a.imag()) / denom, (a.imag() * ratio - a.real()) / denom);
        }
        return new Constant.Complex(Double.NaN, Double.NaN);
    }

    private static Object pow(Constant.Complex a, Constant.Complex b) {
        double e = b.real();
        if (b.imag() == 0.0 && e == 0.0) {
            return ONE;
        }
        if (a.real() == 0.0 && a.imag() == 0.0) {
            // _Py_c_pow's zero base: 0j to a positive real power is 0j; else ZeroDivisionError.
            return b.imag() != 0.0 || e < 0.0 ? null : new Constant.Complex(0.0, 0.0);
        }
        if (b.imag() != 0.0 || e != Math.floor(e) || Math.abs(e) > 100.0) {
            return null;
        }
        long n = (long) e;
        Constant.Complex r = n > 0 ? powu(a, n) : quot(ONE, powu(a, -n));
        if (r == null || Double.isInfinite(r.real()) || Double.isInfinite(r.imag())) {
            return null; // ZeroDivisionError or OverflowError
        }
        return r;
    }

    private static Constant.Complex powu(Constant.Complex x, long n) {
        Constant.Complex r = ONE;
        Constant.Complex p = x;
        long mask = 1;
        while (mask > 0 && n >= mask) {
            if ((n & mask) != 0) {
                r = prod(r, p);
            }
            mask <<= 1;
            p = prod(p, p);
        }
        return r;
    }
}
