def g():
    x = yield
    print("x", x)
    y = (yield x) + 1
    print("y", y)
    w = yield (yield 10)
    print("w", w)
it = g()
print(next(it))
print(it.send(5))
print(it.send(7))
print(it.send("a"))
try:
    it.send("b")
except StopIteration:
    print("end")
def yield_in_args():
    print("args", (yield 1), (yield 2))
it = yield_in_args()
print(next(it), it.send("p"))
try:
    it.send("q")
except StopIteration:
    pass
def lambda_gen():
    f = lambda: (yield 42)
    return list(f())
print(lambda_gen())
