package dev.kaa.vm.modules;

import dev.kaa.vm.objects.Abstract;
import dev.kaa.vm.objects.Opt;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyInt;
import dev.kaa.vm.objects.PyMethod;
import dev.kaa.vm.objects.PyNone;
import java.math.BigInteger;

/**
 * The integer functions of {@code math}: {@code gcd}, {@code lcm}, {@code isqrt},
 * {@code factorial}, {@code comb}, {@code perm}, exact on ints of any size.
 *
 * <p>Thread safety: stateless.
 */
final class MathIntegers {
    private MathIntegers() {}

    private static BigInteger big(Object o) {
        return Abstract.index(o).bigValue();
    }

    @PyMethod(doc = "Greatest Common Divisor.")
    static Object gcd(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("math.gcd() takes no keyword arguments");
        }
        BigInteger g = BigInteger.ZERO;
        for (Object a : args) {
            g = g.gcd(big(a));
        }
        return PyInt.of(g);
    }

    @PyMethod(doc = "Least Common Multiple.")
    static Object lcm(Object[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("math.lcm() takes no keyword arguments");
        }
        BigInteger l = BigInteger.ONE;
        for (Object a : args) {
            BigInteger b = big(a).abs();
            if (l.signum() == 0 || b.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            l = l.divide(l.gcd(b)).multiply(b);
        }
        return PyInt.of(l);
    }

    @PyMethod(doc = "The largest int whose square does not exceed n (n must be a non-negative int).")
    static Object isqrt(Object n) {
        BigInteger b = big(n);
        if (b.signum() < 0) {
            throw PyErr.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(b.sqrt());
    }

    /** The product lo * (lo+1) * ... * hi, split in halves so the multiplications stay balanced. */
    static BigInteger range(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return range(lo, mid).multiply(range(mid + 1, hi));
    }

    @PyMethod(doc = "Find n!.")
    static Object factorial(Object n) {
        PyInt i = Abstract.index(n);
        if (!i.isLong()) {
            if (i.signum() < 0) {
                throw PyErr.valueError("factorial() not defined for negative values");
            }
            throw PyErr.overflowError("factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        long v = i.longValue();
        if (v < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        return PyInt.of(range(1, v));
    }

    /** n * (n-1) * ... * (n-k+1) for a big n. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k == 0) {
            return BigInteger.ONE;
        }
        if (k == 1) {
            return n;
        }
        long half = k / 2;
        return fallingProduct(n, half).multiply(fallingProduct(n.subtract(BigInteger.valueOf(half)), k - half));
    }

    private static long kLimit(BigInteger k) {
        if (k.bitLength() > 63) {
            throw PyErr.overflowError("min(n - k, k) must not exceed %d", Long.MAX_VALUE);
        }
        return k.longValue();
    }

    @PyMethod(doc = "Binomial coefficient: n! / (k! * (n - k)!), and 0 when k > n.")
    static Object comb(Object n, Object k) {
        BigInteger bn = big(n), bk = big(k);
        if (bn.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (bk.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        if (bk.compareTo(bn) > 0) {
            return PyInt.ZERO;
        }
        BigInteger other = bn.subtract(bk);
        long kk = kLimit(other.min(bk));
        return PyInt.of(fallingProduct(bn, kk).divide(range(1, kk)));
    }

    @PyMethod(doc = "k-permutations of n: n! / (n - k)!, or n! when k is omitted; 0 when k > n.")
    static Object perm(Object n, @Opt Object k) {
        BigInteger bn = big(n);
        if (k == null || k == PyNone.NONE) {
            if (bn.signum() < 0) {
                throw PyErr.valueError("n must be a non-negative integer");
            }
            return factorial(n);
        }
        BigInteger bk = big(k);
        if (bn.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (bk.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
        if (bk.compareTo(bn) > 0) {
            return PyInt.ZERO;
        }
        if (bk.bitLength() > 63) {
            throw PyErr.overflowError("k must not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(fallingProduct(bn, bk.longValue()));
    }
}
