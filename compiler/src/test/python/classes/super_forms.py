class A:
    def hello(self):
        return "A"
    @classmethod
    def cm(cls):
        return f"A.cm({cls.__name__})"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
class C(A):
    def hello(self):
        return "C>" + super(C, self).hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
    def explicit(self):
        return super(B, self).hello()
d = D()
print(d.hello())
print(d.explicit())
print(D.cm())
print([k.__name__ for k in D.__mro__])
class E(A):
    def __init__(self):
        self.s = super()
    def get(self):
        return self.s.hello()
print(E().get())
class F(A):
    def gen(self):
        yield super().hello()
    def comp(self):
        return [super().hello() for _ in range(2)]
    def lam(self):
        return (lambda: super(F, self).hello())()
print(list(F().gen()), F().comp(), F().lam())
print(super(B, B()).hello())
