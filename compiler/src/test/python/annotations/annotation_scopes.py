def outer():
    T = int
    def inner(x: T) -> T:
        return x
    return inner.__annotations__
print(outer())
class A:
    alias = str
    def m(self, v: alias) -> alias:
        return v
print(A.m.__annotations__)
def no_ann(a, b):
    pass
print(no_ann.__annotations__)
x: int
print("x" in globals(), __annotations__)
def target_annotations():
    obj = type("O", (), {})()
    obj.attr: int = 5
    d = {}
    d["k"]: str = "v"
    return obj.attr, d
print(target_annotations())
