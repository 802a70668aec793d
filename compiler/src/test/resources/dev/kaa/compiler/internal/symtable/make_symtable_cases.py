"""Writes symtable_cases.jsonl: tricky snippets with their CPython AST and the symbol tables
CPython 3.13's symtable module reports (encoded as symtable_dump.py does), for
SymbolTableCasesTest, and the cells, free variables and varnames of the code objects CPython
compiles from them. Run with CPython 3.13 from this directory: python3.13 make_symtable_cases.py"""
import ast
import json
import symtable
import symtable_dump

SNIPPETS = [
    "def f():\n    x = 1\n    return [lambda: x for x in range(3)]\n",
    "def f():\n    return [lambda: y for x in range(3)]\n    y = 1\n",
    "def f(a):\n    return [[a + b for b in c] for c in a]\n",
    "def f():\n    [[(y := x) for x in z] for z in w]\n    return y\n",
    "def f():\n    nonlocal_ = 1\n    def g():\n        [(nonlocal_ := x) for x in y]\n",
    "def f():\n    global g\n    [(g := x) for x in y]\n",
    "[(y := x) for x in z]\n",
    "class C:\n    def m(self):\n        return [super().f() for _ in x]\n",
    "class C:\n    def m(self):\n        return [__class__ for _ in x]\n",
    "class C:\n    x = [y for y in z]\n    w = [x for q in z]\n",
    "class C:\n    x = 1\n    y = [x for _ in range(3)]\n    z = (x for _ in range(3))\n",
    "def f():\n    x = 1\n    class C:\n        y = [x for _ in z]\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def g(self): return x\n",
    "class C[T]:\n    def m(self) -> T: return T\n",
    "class C[T: int, *Ts, **P]:\n    x: T\n    def m[U](self, a: U) -> T: pass\n",
    "def f[T](x: T) -> T:\n    def g(): return T\n    return g\n",
    "class A:\n    type X[T] = list[T]\n    def f[T](self): pass\n    class B[T]: pass\n",
    "class A:\n    T = int\n    def f[U: T](self): pass\n",
    "def outer():\n    T = 1\n    class A:\n        T = 2\n        def f[U: T](self): pass\n",
    "class __Priv:\n    __x = 1\n    def __m(self, __a): return self.__x + __a\n    class __Inner: __y = 2\n",
    "class C:\n    import __a.b\n    from m import __c\n    def f(self): global __g; __g = 1\n",
    "class C[__T]:\n    def f(self, x: __T) -> __T: __U = 1\n",
    "class _:\n    __x = 1\n",
    "class ___:\n    __x = 1\n",
    "def f():\n    x = 1\n    del x\n    def g(): nonlocal x; del x\n",
    "def f(*args, **kwargs):\n    async def g():\n        await x\n        async for i in y: yield i\n",
    "def gen():\n    yield\n    return 1\n",
    "lambda: (yield)\n",
    "def f():\n    return (x async for x in y)\n",
    "async def f():\n    return [await x for x in y]\n",
    "async def f():\n    return [x async for x in y]\n",
    "try:\n    pass\nexcept E as e:\n    pass\n",
    "match x:\n    case [a, *b, {'k': c, **d}, C(e, f=g)] | h if i: pass\n",
    "with a as (b, c), d as e[f]: pass\n",
    "def f(a, /, b=lambda: a, *c, d=lambda: b, **e): pass\n",
    "from __future__ import annotations\ndef f(a: X) -> Y:\n    z: Z = 1\nclass C:\n    w: W\n",
    "from __future__ import annotations\nclass C[T]:\n    x: T\n",
    "def f():\n    x: int\n    y: int = 1\n    (z): int = 2\n    a.b: int\n",
    "class C:\n    super = 1\n    def f(self): super\n",
    "def f():\n    def super(): pass\n    class C:\n        def g(self): super()\n",
    "def f(__class__):\n    class C:\n        def g(self): __class__\n",
    "class C:\n    def f(self):\n        def g(): super()\n",
    "type A = B\ntype C[T] = T\n",
    "def f():\n    type A[T] = lambda: (T, x)\n    x = 1\n",
    "x = 1\ndef f():\n    print(x)\n    [x for x in y]\n",
    "def f():\n    [x for x in y]\n    print(x)\n",
    "def f():\n    x = 1\n    [x for x in y]\n    lambda: x\n",
    "def f():\n    [lambda: x for x in y]\n    x = 2\n",
    "def f():\n    [x for x in y]\n    [lambda: x for x in z]\n",
    "class C:\n    [lambda: x for x in y]\n",
    "class C:\n    def f(self):\n        [[lambda: super() for a in b] for c in d]\n",
    "def f():\n    class C:\n        nonlocal x\n    x = 1\n",
    "def f(x):\n    class C:\n        print(x)\n        x = 1\n",
    "global x\nx = 1\ndef f():\n    return x\n",
    "def f():\n    global x\n    def g(): return x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        def h(): return x\n",
    "eval_ = (lambda x: [x for _ in y])(1)\n",
    "f(*[x for x in y], **{k: v for k, v in z})\n",
    "[i for i in range(3) if (j := i)]\nprint(j)\n",
    "def f():\n    return {(k := 1): (v := 2) for q in r}\n",
    "class C:\n    def f(self):\n        return [(lambda: __class__) for _ in x]\n",
    "def f():\n    return [[x for x in range(3)] for y in range(3)]\n",
    "def f():\n    y = 1\n    return [[y for x in range(3)] for y in range(3)]\n",
    "a = [b for b in c if (lambda: b)]\n",
    "def f[T = int, *Ts = (), **P = []](): pass\n",
    "class A[T = int]: pass\n",
    "class C:\n    def f[T](self, x=T): pass\n",
]


def main():
    with open("symtable_cases.jsonl", "w", encoding="utf-8") as out:
        for src in SNIPPETS:
            tree = ast.parse(src)
            st = symtable.symtable(src, "<case>", "exec")
            try:
                code = symtable_dump.codes(compile(src, "<case>", "exec", dont_inherit=True), [])
            except SyntaxError:
                code = None  # the compiler rejects it after the symbol table
            out.write(json.dumps({"source": src, "ast": symtable_dump.node(tree),
                                  "tables": symtable_dump.tables(st, 0, []), "code": code}) + "\n")


if __name__ == "__main__":
    main()
