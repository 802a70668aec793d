# Messages for builtins called with the wrong number or kind of arguments.
calls = {
    "len()": lambda: len(), "len(1, 2)": lambda: len([], []), "abs()": lambda: abs(), "abs(1, 2)": lambda: abs(1, 2),
    "isinstance(1)": lambda: isinstance(1), "getattr(1)": lambda: getattr(1), "iter()": lambda: iter(),
    "iter(1, 2, 3)": lambda: iter(1, 2, 3), "next()": lambda: next(), "divmod(1)": lambda: divmod(1), "pow(1)": lambda: pow(1),
    "round()": lambda: round(), "sorted()": lambda: sorted(), "sorted([], 1)": lambda: sorted([], 1), "max()": lambda: max(),
    "min(1, 2, x=3)": lambda: min(1, 2, x=3), "sum()": lambda: sum(), "zip(x=1)": lambda: zip(x=1), "map()": lambda: map(),
    "filter(1)": lambda: filter(1), "hash()": lambda: hash(), "id()": lambda: id(), "chr()": lambda: chr(), "ord()": lambda: ord(),
    "repr()": lambda: repr(), "ascii(1, 2)": lambda: ascii(1, 2), "format()": lambda: format(), "vars(1, 2)": lambda: vars(1, 2),
    "dir(1, 2)": lambda: dir(1, 2), "callable()": lambda: callable(), "hasattr(1)": lambda: hasattr(1),
    "setattr(1, 2)": lambda: setattr(1, 2), "delattr(1)": lambda: delattr(1), "issubclass(int)": lambda: issubclass(int),
    "print(end=1)": lambda: print(end=1), "int(1, 2, 3)": lambda: int(1, 2, 3), "float(1, 2)": lambda: float(1, 2),
    "str(1, 2, 3, 4)": lambda: str(1, 2, 3, 4), "list(1, 2)": lambda: list(1, 2), "dict(1, 2)": lambda: dict(1, 2),
    "tuple(x=1)": lambda: tuple(x=1), "set(1, 2)": lambda: set(1, 2), "range(1, 2, 3, 4)": lambda: range(1, 2, 3, 4),
    "bool(1, 2)": lambda: bool(1, 2), "complex(1, 2, 3)": lambda: complex(1, 2, 3), "bytes(1, 2, 3, 4)": lambda: bytes(1, 2, 3, 4),
    "object(1)": lambda: object(1), "type()": lambda: type(), "super(1, 2, 3)": lambda: super(1, 2, 3),
    "enumerate()": lambda: enumerate(), "reversed()": lambda: reversed(), "slice()": lambda: slice(),
    "property(1, 2, 3, 4, 5)": lambda: property(1, 2, 3, 4, 5), "staticmethod()": lambda: staticmethod(),
    "open()": lambda: open(), "input(1, 2)": lambda: input(1, 2), "exec()": lambda: exec(), "eval()": lambda: eval(),
    "compile('x')": lambda: compile("x"), "globals(1)": lambda: globals(1), "locals(1)": lambda: locals(1),
}
for label, call in calls.items():
    try:
        call()
        print(f"{label:28} no error")
    except TypeError as e:
        print(f"{label:28} {e}")
