import math
import os.path
import collections.abc as cabc
from itertools import chain, islice as isl
from functools import reduce
from operator import (add,
                      mul)
print(math.sqrt(16), math.floor(2.7), os.path.join("a", "b"), os.path.basename("/x/y.py"))
print(list(chain("ab", "cd")), list(isl(range(10), 3)), reduce(mul, range(1, 6)), add(1, 2))
print(cabc.Mapping.__name__, isinstance({}, cabc.Mapping))
import json, re
print(json.dumps({"b": [1, 2], "a": None}, sort_keys=True), re.findall(r"\d+", "a1b22c333"))
def local_import():
    import string
    from string import ascii_lowercase as low
    return string.digits, low[:5]
print(local_import())
print("string" in dir(), "math" in dir())
import importlib
m = importlib.import_module("textwrap")
print(m.shorten("hello world foo bar", width=12))
