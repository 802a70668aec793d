class A:
    __secret = "a-secret"
    def __init__(self):
        self.__priv = 1
        self._single = 2
        self.__dunder__ = 3
    def get(self):
        return self.__priv, A.__secret
    def __hidden(self):
        return "hidden"
    def call_hidden(self):
        return self.__hidden()
a = A()
print(a.get(), a.call_hidden())
print(sorted(k for k in vars(a)))
print(hasattr(a, "__priv"), hasattr(a, "_A__priv"), "_A__secret" in A.__dict__)
class B(A):
    def __init__(self):
        super().__init__()
        self.__priv = "b"
print(sorted(vars(B())))
class _Under:
    def m(self):
        __x = 5
        return locals()
print(sorted(_Under().m()))
class C:
    def f(self):
        __g = 1
        def inner():
            return __g
        return inner()
print(C().f())
class D:
    __slots__ = ("__s",)
    def __init__(self):
        self.__s = 9
print(D.__slots__, D()._D__s)
