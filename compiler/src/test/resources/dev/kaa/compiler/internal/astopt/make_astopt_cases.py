"""Writes astopt_cases.jsonl.gz (gzipped JSON lines): for each source, the CPython 3.13 AST and optimized AST
(ast.PyCF_OPTIMIZED_AST) as symtable_dump.py encodes them, with the optimization level.
Run with CPython 3.13 from this directory:
    python3.13 make_astopt_cases.py ../symtable"""
import ast
import itertools
import gzip
import json
import sys
import warnings

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../symtable")
import symtable_dump  # noqa: E402

POOL = ["0", "1", "-1", "7", "-7", "3", "2", "-2", "True", "False", "0.0", "-0.0", "2.5", "-2.5", "1e308",
        "0.1", "3j", "(1+2j)", "(-0.5-1j)", "0j", "'ab'", "''", "b'xy'", "b''", "(1, 2)", "()", "None",
        "2**64", "-(2**64)", "12345678901234567890123", "1e-320", "float('nan')", "...", "128", "129",
        "200", "4096", "-300", "0.5", "1.5", "10", "-10"]
OPS = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "|", "^", "&", "@"]

SPECIAL = [
    "2**128", "2**129", "2**127", "3**80", "3**81", "2**64*2**64", "2**64*2**65", "(2**64+1)*(2**63)",
    "1<<127", "1<<128", "2<<127", "0<<1000", "5<<0", "-1>>1000", "7>>-1", "1<<-1", "(2**200)>>190",
    "'a'*4096", "'a'*4097", "'ab'*2048", "'ab'*2049", "b'a'*4096", "b'a'*4097", "'a'*-1", "''*100000",
    "(1,)*256", "(1,)*257", "(1,2)*128", "(1,2)*129", "((1,2),)*200", "((1,2,3,4),)*250", "5*(1,)",
    "'x'*True", "True*'x'", "(1,)*0", "0*'abc'",
    "10**-6", "2**-1", "0**-1", "0**0", "(-2)**-3", "(-8)**(1/3)", "2.0**0.5", "2**0.5", "(-2.0)**2",
    "(-2.0)**3", "(-2.0)**0.5", "0.0**-1", "0.0**0", "1e308**2", "10.0**-400", "1.0001**10000",
    "2.0**-1074", "2.0**-1075", "2.0**1023", "2.0**1024", "1.1**3", "0.1**2", "3.0**-2", "(-1.5)**-3",
    "float('inf')**2", "1j**2", "(1+1j)**2", "(1+1j)**-2", "(1+1j)**0.5", "(1+2j)**100", "(1+2j)**101",
    "0j**-1", "0j**0", "(2+3j)/(4-5j)", "(1+1j)/0j", "1/3", "-1/3", "7//-2", "-7//2", "7%-2", "-7%2",
    "7.5//2", "-7.5//2", "7.5%-2", "-0.0%5", "0.0%-5", "5.0//0.0", "5//0", "5%0", "(2**100)/3",
    "(10**30)/(10**10)", "(2**1100)/3", "(2**1100)/(2**1000)", "3/(2**1100)",
    "1 - 1j", "-1j", "+True", "-True", "~True", "~False", "~5", "~2.5", "-'a'", "not 0", "not ()",
    "not 'a'", "not None", "not ...", "not 0j", "not b''", "+(1+2j)", "-(2**63)", "-(-(2**63))",
    "'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'[-4]", "b'abc'[0]", "(1,2,3)[True]", "'abc'[1.0]",
    "'h\u00e9llo'[1]", "'a\U0001F600b'[2]", "'a\U0001F600b'[1]", "(1,2)[2**70]", "'abc'[1:2]",
    "x[1]", "(1,2)[x]", "frozenset()[0]",
    "x in [1, 2]", "x in {1, 2, 1.0, True}", "x not in [a, b]", "x in [a, *b]", "x in {a, 1}",
    "x in {0, False, 0.0, 0j}", "a < b in [1]", "a in [1] < b", "x in []", "x in [[1]]",
    "not (a is b)", "not (a is not b)", "not (a in b)", "not (a not in b)", "not (a == b)",
    "not (a < b < c)", "not a", "__debug__", "(1, (2, 3), x)", "(1, (2, 3))", "[1, 2]",
    "'%s' % (x,)", "'%s and %r and %a' % (x, y, z)", "'%5s|%-5s|%.2s|%3.1r' % (a, b, c, d)",
    "'%100s' % (x,)", "'%10s' % (x,)", "'%.10s' % (x,)", "'%.100s' % (x,)", "'%d' % (x,)",
    "'%%%s%%' % (x,)", "'%s' % (x, y)", "'%s%s' % (x,)", "'%s' % ()", "'%s' % (1,)", "'%s %s' % (1, x)",
    "'%s' % (*a,)", "b'%s' % (x,)", "'%(a)s' % (x,)", "'%' % (x,)", "'x%' % (x,)", "'%#s' % (x,)",
    "'%s' % x", "'abc' % ()", "1 + 2 + x", "x + 1 + 2", "'a' 'b'", "f'{1+2}'", "(1 if x else 2) + 3",
    "[i for i in [1, 2]]", "[i for i in [a, b]]", "{i for i in {1, 2}}", "(i for i in [*a])",
    "lambda x=1+2: x*(3*4)", "print(1+2, k=3*4)", "x[1+2:3*4:-1]", "a.b[1+1]", "[(y := 1+1) for q in z]",
    "{1+1: 2*2, **d}", "{**d}", "1 or 2+3", "x @ (1+2)", "'%s' % (x,) + 'y'",
]

STATEMENTS = [
    "x = 1 + 2", "for i in [1, 2]: pass", "for i in [a, b]: pass", "async def f():\n    async for i in [1, 2]: pass",
    "def f(a: 1+2 = 3*4) -> 2+3: pass", "x: 1+2 = 3+4", "'a' + 'b'\n", "def f():\n    'a' + 'b'\n",
    "class C:\n    'a' 'b' + 'c'\n", "def f():\n    'doc'\n    'a' + 'b'\n", "if __debug__: pass",
    "assert 1+1, 2*3", "del x[1+1]", "with open(1+1) as f: pass", "match x:\n    case -1: pass\n    case 1+2j: pass",
    "try: pass\nexcept (1+1): pass", "type X[T: 1+1 = 2*2] = 3*3", "class C[T = 1+2](1+1, k=2*2): pass",
    "def f[T: (1+2, 3)](x=1+1): pass", "x += 1+1", "raise 1+1 from 2+2", "import a.b as c",
    "__debug__ = 1" if False else "y = __debug__", "while 1+1: break", "return_ = (yield 1+1)" if False else "z = not (a in b)",
]

FUTURE = [
    "from __future__ import annotations\ndef f(a: 1+2 = 3*4) -> 2+3: pass",
    "from __future__ import annotations\nx: 1+2 = 3+4",
]


def emit(out, src, optimize, mode="exec"):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = ast.parse(src, mode=mode)
        opt = compile(src, "<case>", mode, ast.PyCF_OPTIMIZED_AST, dont_inherit=True, optimize=optimize)
    out.write(json.dumps({"source": src, "optimize": optimize, "ast": symtable_dump.node(tree),
                          "opt": symtable_dump.node(opt)}, separators=(",", ":")) + "\n")


def main():
    with gzip.open("astopt_cases.jsonl.gz", "wt", encoding="utf-8", compresslevel=9) as out:
        for a, op, b in itertools.product(POOL, OPS, POOL):
            emit(out, f"{a} {op} {b}", 0, "eval")
        for u in ["-", "+", "~", "not "]:
            for a in POOL:
                emit(out, f"{u}{a}", 0, "eval")
        for src in SPECIAL:
            emit(out, src, 0, "eval")
        for src in STATEMENTS + FUTURE:
            emit(out, src, 0)
        for src in ["__debug__", "not __debug__", "x = __debug__"]:
            emit(out, src, 1)
            emit(out, src, 2)


if __name__ == "__main__":
    main()
