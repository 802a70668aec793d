# try/finally and with-blocks inside generators when they are closed explicitly or exhausted (no reliance on garbage collection).
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
def uses_resource():
    with Res("r1"):
        yield 1
        yield 2
g = uses_resource()
print(next(g))
g.close()
print("after close")
loop_gen = uses_resource()
for v in loop_gen:
    print("loop", v)
    break
print("after break, generator still suspended:", loop_gen.gi_suspended)
loop_gen.close()
def finally_gen():
    try:
        yield "x"
    finally:
        print("finally ran")
fg = finally_gen()
next(fg)
print("suspended", fg.gi_suspended)
fg.close()
print("after close", fg.gi_suspended, fg.gi_frame)
def raising_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("from finally on close")
rg = raising_in_finally()
next(rg)
try:
    rg.close()
except ValueError as e:
    print("ValueError", e)
def counts():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("counts done at", i)
cg = counts()
for n in cg:
    if n == 3:
        break
cg.close()
cg2 = counts()
print(list(zip(range(2), cg2)))
cg2.close()
print("end")
