# The failing expression spans several lines; CPython shows all of them with markers.
def combine(a, b, c):
    return a + b + c
def make(n):
    return {"n": n, "items": list(range(n))}
first = make(2)
second = make(3)
print(first, second)
print(combine(1, 2, 3))
print(combine("a", "b", "c"))
print("...")
print("...")
print("...")
total = combine(
    first["n"],
    second["n"],
    "three",
)
print(total)
print("never")
print("never")
print("never")
