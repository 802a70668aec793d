try:
    from math import not_a_thing
except ImportError as e:
    print("ImportError:", e.name, str(e).split(" (")[0])
try:
    import definitely_not_a_module_kaa
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
import math
print(math.__name__, type(math).__name__)
import xml.etree.ElementTree as ET
root = ET.fromstring("<a><b>1</b><b>2</b></a>")
print([b.text for b in root.findall("b")])
from xml.etree import ElementTree
print(ElementTree is ET)
def func_level():
    from os import sep
    return sep
print(func_level())
import builtins
print(builtins.len is len)
