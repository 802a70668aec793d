import cmath, random
r = random.Random(7)
names = ['exp','log','sqrt','acos','asin','atan','cos','sin','tan','acosh','asinh','atanh','cosh','sinh','tanh','log10']
pts = []
for i in range(300):
    pts.append(complex(r.uniform(-3, 3), r.uniform(-3, 3)))
for e in [-300, -200, -20, -8, -1, 0, 1, 5, 20, 150, 300, 307]:
    for i in range(8):
        pts.append(complex(r.uniform(-5, 5) * 10.0**e, r.uniform(-5, 5) * 10.0**(e if i % 2 else -e)))
pts += [complex(1, 1e-200), complex(-1, 1e-200), complex(1e-200, 1), complex(0.5, 0), complex(1.5, 0), complex(-1.5, 0), complex(0, 1.5), complex(0, -0.5)]
for n in names:
    f = getattr(cmath, n)
    for z in pts:
        try: v = f(z); s = '%s %s' % (v.real.hex(), v.imag.hex())
        except Exception as e: s = type(e).__name__
        print(n, z, s)
