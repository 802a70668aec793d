# memoryview casts to several dimensions and to none: shape, strides, tuple indexing, nested tolist, errors.
m = memoryview(bytearray(range(24)))
c = m.cast('B', shape=[2,3,4])
print(c.ndim, c.shape, c.strides, c.suboffsets, len(c), c.tolist()[1][2], c[1,2,3], c.c_contiguous, c.f_contiguous, c.contiguous, c.nbytes)
for f in [lambda: c[1,2], lambda: c[1,2,3,4], lambda: c[0], lambda: c[2,0,0], lambda: c[-1,-1,-1], lambda: c[1:].tolist(), lambda: list(c), lambda: c.cast('B', shape=[4,6]), lambda: m.cast('B', shape=5), lambda: m.cast('B', shape=[5]), lambda: m.cast('B', shape=[0, 24]), lambda: m.cast('B', shape=[]), lambda: memoryview(b'a').cast('B', shape=[]).shape, lambda: c.cast('B').shape, lambda: c == c, lambda: c == m, lambda: c.toreadonly().shape, lambda: c.tobytes()[:3], lambda: c[(1,1,1)], lambda: m[(1,)], lambda: m.cast('H', [3, 4]).tolist()]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
z = memoryview(b'a').cast('B', shape=[])
print(z.ndim, z.shape, z.tolist(), z[()], z.strides)
try: len(z)
except Exception as e: print(type(e).__name__, e)
try: z[0]
except Exception as e: print(type(e).__name__, e)
c[1,2,3] = 99; print(c[1,2,3], m[23])
