import cmath, math
inf, nan = math.inf, math.nan
vals = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
for name in ['exp','log','sqrt','acos','asin','atan','cos','sin','tan','acosh','asinh','atanh','cosh','sinh','tanh','log10']:
    f = getattr(cmath, name)
    print('==', name)
    for x in vals:
        row = []
        for y in vals:
            try: r = f(complex(x, y)); row.append(repr(r))
            except Exception as e: row.append(type(e).__name__[:5])
        print(x, ' | '.join(row))
def t(f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
class C:
    def __complex__(self): return 1+2j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
class Bad:
    def __complex__(self): return 1
class Both:
    def __complex__(self): return 3j
    def __float__(self): return 1.0
for a in ['x', None, C(), F(), I(), Bad(), Both(), 2, 2.5, True, 2**2000]:
    t(cmath.sqrt, a)
t(cmath.log, 1, 'x'); t(cmath.log, 8, 2); t(cmath.log, 8, 0); t(cmath.log, 0, 2); t(cmath.log, 8, 1); t(cmath.log, 1j, 1j); t(cmath.log); t(cmath.log, 1, 2, 3); t(cmath.log, 8, base=2); t(cmath.log, 2+3j, 1+1j)
t(cmath.atanh, 1); t(cmath.atanh, -1); t(cmath.atanh, 1+1e-300j); t(cmath.atanh, 1+1e-160j); t(cmath.exp, 710); t(cmath.exp, 709.9); t(cmath.exp, complex(710, 0.5)); t(cmath.exp, complex(800, 0.0)); t(cmath.cosh, 710); t(cmath.cosh, 711); t(cmath.sinh, complex(712, 1)); t(cmath.tanh, complex(800, 1))
t(cmath.cos, complex(1, 710)); t(cmath.sin, complex(1, 712))
for z in [complex(inf, 0), complex(-inf, 0), complex(nan, 1), complex(1, inf), complex(1e308, 1e308), complex(0, -0.0), complex(-0.0, -0.0), 3+4j]:
    t(cmath.phase, z); t(cmath.polar, z); t(abs, z)
for r in [inf, -inf, nan, 0.0, -0.0, 2.0, 1e308]:
    for p in [inf, -inf, nan, 0.0, -0.0, 2.0, -2.0]:
        t(cmath.rect, r, p)
t(cmath.rect, 1, 'x'); t(cmath.rect, 1j, 1); t(cmath.phase, 'x')
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, repr(cmath.infj), repr(cmath.nanj))
for z in [1, 1j, complex(inf, 0), complex(nan, 0), complex(0, nan), complex(inf, nan)]:
    print(cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
t(cmath.isclose, 1, 1+1e-10j); t(cmath.isclose, 1, 1.1, rel_tol=0.2); t(cmath.isclose, 1, 1.1, abs_tol=0.2); t(cmath.isclose, 1, 2, rel_tol=-1); t(cmath.isclose, complex(inf, 1), complex(inf, 1)); t(cmath.isclose, complex(inf, 1), complex(inf, 2)); t(cmath.isclose, 1, 1, 0.1); t(cmath.isclose, nan, nan); t(cmath.isclose, 1)
t(cmath.isclose, a=1, b=1); t(cmath.isfinite, 'x'); t(cmath.sqrt, x=1); t(cmath.sqrt); t(cmath.sqrt, 1, 2)
print(sorted(k for k in dir(cmath) if not k.startswith('_') ), cmath.__name__)
