"""Prints CPython's disassembly of the code object of each .pyc listed in argv[1] (one path a
line), each after a line '=== PATH', as dis.dis(marshal.loads(body)) prints it."""
import dis
import marshal
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    paths = f.read().splitlines()
out = sys.stdout
for path in paths:
    with open(path, "rb") as f:
        code = marshal.loads(f.read()[16:])
    out.write("=== " + path + "\n")
    dis.dis(code, file=out)
