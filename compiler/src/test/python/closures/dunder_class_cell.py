class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return "A"
class B(A):
    def who(self):
        return __class__.__name__ + "/" + super().who()
    def sup(self):
        return "B>" + super().sup()
print(B().who(), B().sup())
class C(B):
    def sup(self):
        f = lambda: super(C, self).sup()
        return "C>" + f()
print(C().sup())
class D:
    def get(self):
        return __class__
print(D().get() is D)
class E:
    def m(self):
        def inner():
            return __class__
        return inner()
print(E().m().__name__)
print("__class__" in D.get.__code__.co_freevars)
