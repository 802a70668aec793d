"""Writes symtable_errors.jsonl: for each snippet the CPython AST (as symtable_dump.py encodes
it) and the SyntaxError CPython 3.13's symbol table raises (message, line, offset, end).
Run with CPython 3.13 from this directory: python3.13 make_symtable_errors.py"""
import ast
import json
import symtable
import symtable_dump

SNIPPETS = [
    "def f(x):\n    global x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x: int\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
    "nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    def g():\n        nonlocal  y\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "def f():\n    global x\n    x: int = 1\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
    "def f(a, a): pass\n",
    "def f(a, *, a): pass\n",
    "def f(a, /, b, *a): pass\n",
    "def f(a, **a): pass\n",
    "lambda a, a: 1\n",
    "def f[T, T](): pass\n",
    "class C[T, *T]: pass\n",
    "def f():\n    from os import *\n",
    "class C:\n    from os import *\n",
    "[(x := 1) for x in y]\n",
    "[x for x in y if (x := 1)]\n",
    "[[(x := 1) for a in b] for x in y]\n",
    "[x for x in (y := [1])]\n",
    "[x for x in [1] for z in (y := [1])]\n",
    "[x for x in (lambda: (y := 1))()]\n",
    "class C:\n    [(y := x) for x in z]\n",
    "def f[T: [(y := 1) for x in z]](): pass\n",
    "def f[T = [(y := 1) for x in z]](): pass\n",
    "type X = [(y := 1) for x in z]\n",
    "class C[T]([(y := 1) for x in z]): pass\n",
    "[i for i in range(5) if (j := 0) for j in range(5)]\n",
    "def f():\n    [(yield x) for x in y]\n",
    "def f():\n    {(yield x) for x in y}\n",
    "def f():\n    {x: (yield x) for x in y}\n",
    "def f():\n    ((yield x) for x in y)\n",
    "def f():\n    [(yield from x) for x in y]\n",
    "def f[T: (yield)](): pass\n",
    "def f[T: ((yield),)](): pass\n",
    "def f[T = (yield)](): pass\n",
    "def f[*T = (yield)](): pass\n",
    "def f[**P = (yield)](): pass\n",
    "def f[T: (await x)](): pass\n",
    "def f[T: (x := 1)](): pass\n",
    "type X = (yield)\n",
    "type X = await y\n",
    "type X = (y := 1)\n",
    "class C[T]((yield)): pass\n",
    "class C[T](x=(await y)): pass\n",
    "def f[T](x: (yield)): pass\n",
    "def f[T]() -> (yield): pass\n",
    "from __future__ import annotations\ndef f(x: (yield)): pass\n",
    "from __future__ import annotations\nx: (yield) = 1\n",
    "from __future__ import annotations\ndef f() -> (await x): pass\n",
    "from __future__ import annotations\nx: (y := 1)\n",
    "def f[T]():\n    def g():\n        nonlocal T\n",
    "class C[T]:\n    def g(self):\n        nonlocal T\n",
    "def f[__classdict__: int](): pass\n",
    "def f():\n    global x\n    [x for x in y]\n    [(x := 1) for z in y]\n",
    "def f():\n    [[x for x in y] for z in (w := 1)]\n",
]


def main():
    with open("symtable_errors.jsonl", "w", encoding="utf-8") as out:
        for src in SNIPPETS:
            tree = ast.parse(src)
            try:
                symtable.symtable(src, "<err>", "exec")
                err = None
            except SyntaxError as e:
                err = [e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            out.write(json.dumps({"source": src, "ast": symtable_dump.node(tree), "error": err}) + "\n")


if __name__ == "__main__":
    main()
