# _suggestions._generate_suggestions: the "Did you mean" search, the same as the interpreter's.
import _suggestions
import traceback

g = _suggestions._generate_suggestions
print(g(["apple", "banana", "cherry"], "appel"))
print(g(["apple", "banana", "cherry"], "bananna"))
print(g(["apple", "banana", "cherry"], "zzz"))
print(g([], "x"))
print(g(["abc", "abd"], "abx"))
print(g(["Abc", "abc"], "ABC"))
print(g(["a_b", "ab"], "a-b"))
print(g(["name"], "name"))
print(g(["x" * 50, "y"], "x" * 49))
print(g(["spam%d" % i for i in range(749)] + ["eggs"], "egg"))
print(g(["spam%d" % i for i in range(750)] + ["eggs"], "egg"))
print(g(["\u00e9t\u00e9", "ete"], "\u00e9te"))

class S(str):
    pass
print(g([S("hello")], "helo"))

for args in ((("a",), "b"), (["a", 1], "b"), (["a"], 1), (["a"],), (["a"], "b", "c")):
    try:
        g(*args)
    except TypeError as e:
        print("TypeError:", e)

class Thing:
    def __init__(self):
        self.colour = 1
        self.flavour = 2

try:
    Thing().color
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")

def f():
    sandwich = 1
    return sandwhich

try:
    f()
except NameError as e:
    print(traceback.format_exception_only(e)[-1], end="")
