a = 1; b = 2; c = a + b; print(c)
if c > 2: print("big"); print("still big")
for i in range(2): print("loop", i); print("body", i)
while a < 3: a += 1; print("a", a)
def f(x): return x * 2
print(f(21))
class K: v = 1; w = v + 1
print(K.v, K.w)
try: 1 / 0
except ZeroDivisionError: print("zde")
with open.__class__.__call__ if False else __import__("contextlib").nullcontext(5) as n: print("n", n)
