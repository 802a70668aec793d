x = "global"
class C[T]:
    x = "class"
    def m(self):
        return x
print(C().m())
def outer():
    y = "closure"
    def g[T]() -> T:
        return y
    return g()
print(outer())
class Base:
    pass
def factory():
    class Sub[T](Base):
        pass
    return Sub
S = factory()
print(S.__type_params__, S.__bases__[0].__name__)
def defaults[T](a: T, b=x):
    return a, b
print(defaults(1))
class Cls[T]:
    def meth(self) -> T:
        return __class__.__name__
print(Cls().meth())
def gen_params[*Ts]():
    return Ts
print(gen_params())
type A[T] = list[T]
print(A.__type_params__[0] is not A.__value__, A.__value__.__args__)
