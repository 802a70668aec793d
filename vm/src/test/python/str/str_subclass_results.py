# Methods on str subclasses return exact str; operators too; __str__ of subclasses and str() conversion.
class Name(str):
    def __new__(cls, v):
        return super().__new__(cls, v.strip())
    def greet(self):
        return "hi " + self
n = Name("  kaa  ")
results = {
    "upper": n.upper(), "lower": n.lower(), "strip": n.strip(), "replace": n.replace("k", "K"), "slice": n[:2],
    "index": n[0], "add": n + "!", "radd": "!" + n, "mul": n * 2, "format": format(n, ">5"), "join": "-".join([n, n]),
    "split": n.split("a")[0], "title": n.title(), "center": n.center(5), "zfill": n.zfill(5), "mod": "%s" % n,
    "fstring": f"{n}", "str": str(n), "translate": n.translate({}), "expandtabs": n.expandtabs(), "casefold": n.casefold(),
}
for k, v in results.items():
    print(k, repr(v), type(v).__name__)
print(n, repr(n), n.greet(), type(n.greet()).__name__, isinstance(n, str), len(n))
class Loud(str):
    def __str__(self):
        return self.upper()
    def __format__(self, spec):
        return "formatted:" + str.__format__(self, spec)
l = Loud("quiet")
print(str(l), f"{l}", "%s" % l, "{}".format(l), format(l, "^9"), l + "", print(l) or "printed above")
print(type(str(l)).__name__, type("%s" % l).__name__, str.__str__(l), type(str.__str__(l)).__name__)
class Empty(str):
    pass
print(repr(Empty()), Empty() == "", bool(Empty()), Empty("x") == "x")
