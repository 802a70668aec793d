class A:
    def f(self):
        return "A.f"
    def __repr__(self):
        return "A-instance"
class B(A):
    def f(self):
        return super().f() + "+B"
    @staticmethod
    def s():
        try:
            return super().f()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def no_args_in_nested(self):
        def inner():
            try:
                return super().f()
            except RuntimeError as e:
                return f"RuntimeError: {e}"
        return inner()
print(B().f(), B.s(), B().no_args_in_nested())
class C(B):
    def f(self):
        return super(B, self).f() + "+C skipping B"
print(C().f())
sup = super(B, B())
print(sup.f(), repr(super(A, A())).startswith("<super"))
class D(A):
    def f(self):
        self = "rebound"
        try:
            return super().f()
        except TypeError as e:
            return "TypeError"
print(D().f())
class E(A):
    def f(*args):
        try:
            return super().f()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(E().f())
