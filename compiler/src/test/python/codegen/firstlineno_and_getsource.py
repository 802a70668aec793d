import inspect
def deco(f):
    return f
@deco
@deco
def decorated(a,
              b):
    return a + b
def plain():
    return 1
@deco
class K:
    @deco
    def m(self):
        pass
print(decorated.__code__.co_firstlineno, plain.__code__.co_firstlineno, K.m.__code__.co_firstlineno)
print(inspect.getsource(decorated))
print(inspect.getsourcelines(K.m)[1], inspect.getsource(plain).splitlines()[0])
lam = (lambda x:
       x * 2)
print(lam.__code__.co_firstlineno, [l for _, _, l in lam.__code__.co_lines() if l is not None][-1] >= lam.__code__.co_firstlineno)
def gen():
    yield 1
print(gen.__code__.co_firstlineno, inspect.getsource(gen).count("\n"))
