# math module: deterministic functions, special values, and domain/range errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(10 ** 20 + 1), math.cbrt(27.0), math.exp(1), math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.log1p(1e-10))
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(2.7), math.fabs(-3), math.fmod(-7, 3), math.remainder(7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.perm(5), math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.gcd(), math.lcm())
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([], start=5), math.dist((0, 0), (3, 4)), math.sumprod([1, 2], [3, 4]))
print(math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.copysign(2, -0.0))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.erf(0.0), math.gamma(5), math.lgamma(1), math.expm1(0))
for expr in ("math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)", "math.factorial(2.5)", "math.exp(1000)",
             "math.acos(2)", "math.comb(-1, 2)", "math.isqrt(-1)", "math.pow(0, -1)", "math.fmod(1, 0)", "math.gcd(1.5)",
             "math.ldexp(1.0, 10000)", "math.cos(math.inf)", "math.sqrt('x')", "math.log(1, 1)"):
    try:
        print(expr, eval(expr))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(expr, type(e).__name__, e)
print(math.floor(10 ** 30 + 0.5) == 10 ** 30, math.ceil(1e300) == int(1e300), type(math.floor(1.5)).__name__)
class Floorable:
    def __floor__(self):
        return "custom floor"
    def __ceil__(self):
        return "custom ceil"
print(math.floor(Floorable()), math.ceil(Floorable()))
print(math.pow(2, 10), math.pow(-8, 1 / 3) if False else math.pow(4, 0.5), math.exp2(10) if hasattr(math, "exp2") else 1024.0)
