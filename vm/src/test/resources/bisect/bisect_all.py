import _bisect, bisect
print(bisect.bisect_left is _bisect.bisect_left, bisect.insort is _bisect.insort_right)
a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, _bisect.bisect_left(a, x), _bisect.bisect_right(a, x), bisect.bisect(a, x))
print(_bisect.bisect_left(a, 2, 2), _bisect.bisect_right(a, 2, 0, 3), _bisect.bisect_right(a, 2, hi=-1), _bisect.bisect_left(a, 2, lo=4, hi=None))
print(_bisect.bisect_right(a, -1, 3, 2))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(_bisect.bisect_left(recs, 3, key=lambda r: r[1]), _bisect.bisect_right(recs, 3, key=lambda r: r[1]))
_bisect.insort_left(recs, ('z', 3), key=lambda r: r[1]); print(recs)
_bisect.insort_right(recs, ('y', 3), key=lambda r: r[1]); print(recs)
b = []
for v in [5, 1, 4, 1, 3, 9, 2]:
    bisect.insort(b, v)
print(b)
class L(list):
    def insert(self, i, x):
        print('insert', i, x); super().insert(i, x)
l = L([1, 3]); _bisect.insort_left(l, 2); print(l)
calls = []
class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o): calls.append((s.v, o.v)); return s.v < o.v
cs = [C(i) for i in range(8)]
_bisect.bisect_left(cs, C(5)); print(calls); calls.clear()
_bisect.bisect_right(cs, C(5)); print(calls)
print(_bisect.bisect_left(range(100), 37), _bisect.bisect_right((1, 2, 3), 2), _bisect.bisect_left("abcdef", "d"))
def err(f):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
err(lambda: _bisect.bisect_left(1, 2))
err(lambda: _bisect.bisect_left([1], 2, -1))
err(lambda: _bisect.bisect_left([1], 2, 0, 'a'))
err(lambda: _bisect.bisect_left([1], 2, 'a'))
err(lambda: _bisect.bisect_left([1]))
err(lambda: _bisect.insort_left((1,), 2))
err(lambda: _bisect.bisect_left([1], 2, lo=None))
err(lambda: _bisect.bisect_right([1, 'a'], 2))
err(lambda: _bisect.bisect_right([1], 2, 0, 1, None))
err(lambda: _bisect.bisect_right([1], 2, foo=1))
err(lambda: _bisect.insort_right([1], 2, key=3))
err(lambda: _bisect.bisect_left({1: 2}, 2))
print(_bisect.bisect_right.__name__, _bisect.bisect_left.__module__, _bisect.__name__)
