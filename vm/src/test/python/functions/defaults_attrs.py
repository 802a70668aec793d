# Defaults evaluated once, mutable default pitfalls, function attributes and introspection.
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def uses(x=make_default()):
    return x
print(uses(), uses(), counter)
def annotated(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    """Docstring here."""
    return [a, b, args, c, kw]
print(annotated.__name__, annotated.__qualname__, annotated.__doc__, annotated.__defaults__, annotated.__kwdefaults__)
print(annotated.__annotations__)
print(annotated.__code__.co_argcount, annotated.__code__.co_kwonlyargcount, annotated.__code__.co_posonlyargcount)
print(annotated.__code__.co_varnames, annotated.__code__.co_name, annotated.__module__)
annotated.__defaults__ = ("y",)
print(annotated(1))
annotated.__kwdefaults__ = {"c": False}
print(annotated(1))
annotated.custom = 42
print(annotated.custom, annotated.__dict__, sorted(vars(annotated)))
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
for attr, val in (("__name__", 5), ("__qualname__", None), ("__defaults__", [1]), ("__code__", 1), ("__kwdefaults__", 3)):
    try:
        setattr(annotated, attr, val)
    except TypeError as e:
        print("TypeError", e)
try:
    del annotated.__name__
except TypeError as e:
    print("TypeError", e)
def noargs():
    pass
print(noargs.__defaults__, noargs.__kwdefaults__, noargs.__annotations__, noargs.__doc__, noargs.__closure__)
print(type(noargs).__name__, callable(noargs), noargs.__globals__ is globals(), noargs.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else "skip")
