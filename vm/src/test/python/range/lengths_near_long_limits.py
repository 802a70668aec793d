# Lengths of ranges whose bounds fit 64 bits but whose spans or lengths do not, and the first
# items of their iterators: the short paths must hand over to arbitrary precision exactly there.
M = 2**63
cases = [(-2, M - 2, 1), (-M, M - 1, 1), (-M, M - 1, 2), (M - 1, -M, -1), (M - 1, -M, -M),
         (0, M - 1, M - 1), (-M, 0, 1), (5, 5, 1), (0, -10, -1), (0, 2**62, 2**61 + 1),
         (-M // 2, M // 2, 3), (M - 1, -M, -2**31)]
for start, stop, step in cases:
    r = range(start, stop, step)
    length = r.__len__() if len(str(stop - start)) < 19 else "big"
    head = [x for _, x in zip(range(3), r)]
    tail = list(reversed(r))[:0] if False else [x for _, x in zip(range(2), reversed(r))]
    print(start, stop, step, length, head, tail, r[-1] if r else None)
try:
    len(range(-M, M - 1))
except OverflowError as e:
    print("OverflowError:", e)
print(sum(1 for _ in zip(range(10), range(-M, M - 1))))
for start, stop, step in [(0, 10, 3), (10, 0, -3), (-5, 5, 4), (3, -3, -7)]:
    r = range(start, stop, step)
    print(len(r), list(r), r.count(start), start in r, stop in r)
print(len(range(0, M - 1, M - 2)), len(range(-M + 1, M - 1, M - 1)), len(range(M - 1, -M + 1, -(M - 1))))
