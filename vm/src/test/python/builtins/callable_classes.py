# callable() across kinds of objects, calling classes/instances/methods, and the errors for non-callables.
class WithCall:
    def __call__(self, *a):
        return ("called", a)
class WithoutCall:
    pass
class MetaCall(type):
    def __call__(cls, *a):
        return f"MetaCall intercepted {a}"
class Intercepted(metaclass=MetaCall):
    pass
objs = [len, print, int, WithCall, WithCall(), WithoutCall, WithoutCall(), Intercepted, lambda: 0, [].append, (1).__add__,
        None, 5, "s", [1], type, object, super, property(), staticmethod(len), classmethod(len)]
print([callable(o) for o in objs])
print(WithCall()(1, 2), Intercepted(1, 2), int("5"), type(5), staticmethod(len)("abc"))
for o in (WithoutCall(), None, 5, "s", [1], {}, (1,), property()):
    try:
        o()
    except TypeError as e:
        print("TypeError", e)
class CallAttr:
    __call__ = 5
try:
    CallAttr()()
except TypeError as e:
    print("TypeError", e)
class CallNone:
    __call__ = None
print(callable(CallNone()))
try:
    CallNone()()
except TypeError as e:
    print("TypeError", e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
def returns_func():
    return lambda x: x * 2
print(returns_func()(21), (lambda: lambda: "nested")()())
