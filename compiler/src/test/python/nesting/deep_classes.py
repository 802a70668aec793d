class A:
    class B:
        class C:
            class D:
                value = "deep"
                def get(self):
                    return self.value
    def make(self):
        class Local:
            def inner(self):
                class Deeper:
                    pass
                return Deeper
        return Local
print(A.B.C.D().get(), A.B.C.D.__qualname__)
print(A().make().__qualname__, A().make()().inner().__qualname__)
def factory(n):
    class Gen:
        level = n
        def child(self):
            return factory(n + 1)() if n < 3 else self
    return Gen
print(factory(0)().child().child().child().level)
