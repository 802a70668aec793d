def f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, *rest, **kw):
    return a0 + a19 + sum(rest) + len(kw)
print(f(*range(20)))
print(f(*range(30), x=1, y=2))
args = list(range(300))
print(sum(args), max(*args), (lambda *v: len(v))(*args))
def kws(**kw):
    return len(kw), sorted(kw)[:3]
print(kws(**{f"k{i}": i for i in range(100)}))
print(kws(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15, p=16, q=17))
print(max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30))
