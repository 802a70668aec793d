"""Writes unparse_cases.jsonl: for each annotation expression, its CPython AST (encoded as
symtable_dump.py does) and the string CPython 3.13 stores for it under
`from __future__ import annotations` (the C unparser, _PyAST_ExprAsUnicode).
Run with CPython 3.13 from this directory:
    python3.13 make_unparse_cases.py ../symtable"""
import ast
import json
import sys

sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "../symtable")
import symtable_dump  # noqa: E402

EXPRS = r"""
List[int] | None
'x'
"it's"
'a"b'
b'bytes\x00'
u'text'
1
-1
+1
~1
1.5
1e16
1e-5
1e300 * 1e300
1e309
1j
-1j
(1+2j)
1e309j
0.1 + 0.2j
123456789012345678901234567890
True
None
...
a and b or c
a or b and c
(a or b) and c
not a
not (a and b)
a if b else c
(a if b else c) if d else e
a if (b if c else d) else e
lambda: 1
lambda x: x
lambda x, y=1, *a, z, w=2, **k: 0
lambda *a: a
lambda *, k: k
lambda a, /, b: 0
lambda a=1, /, b=2, *c: 0
lambda **k: k
(lambda: 1)()
a + b * c
(a + b) * c
a - (b - c)
(a - b) - c
a ** b ** c
(a ** b) ** c
-a ** b
(-a) ** b
a ** -b
a // b % c @ d
a << b >> c
a | b ^ c & d
(a | b) & c
a < b <= c > d >= e == f != g
a is b is not c
a in b not in c
(a < b) < c
a < (b < c)
not a < b
(not a) < b
-(a + b)
~a.b
f(x)
f(x, y, *z, k=1, **w)
f(x for x in y)
f((x for x in y), z)
f(*a, *b)
[1, 2, *a]
(1, 2)
(1,)
()
x[1]
x[1, 2]
x[1:2]
x[1:2:3]
x[:]
x[::2]
x[1:2, ::3]
x[(1, 2)]
x[()]
x[a:=1]
x[*a]
{1: 2, **d}
{}
{1, 2}
{*()}
[x for x in y]
[x for x in y if x if y]
[x for x in y for z in w]
[(x, y) for x, y in z]
{x for x in y}
{k: v for k, v in d.items()}
(x for x in y)
[x async for x in y]
[x for x in (y if z else w)]
[x for x in lambda: y]
await x
(await x) ** 2
await (x ** 2)
(yield)
(yield x)
(yield from x)
(x := 1)
[y := 1, 2]
f'abc'
f'{x}'
f'{x!r}'
f'{x!s:>10}'
f'{x:{y}.{z}}'
f'{{literal}}'
f'{x=}'
f'{ {1: 2}[1] }'
f'{(lambda: 1)()}'
f"{'a'}"
f'{x}' f'{y}'
'a' 'b'
1 .real
1.0.real
True.real
x.y.z
a[b].c(d)
*a,
Callable[[int, str], bool]
dict[str, list[int]]
tuple[int, ...]
'List[int]'
Literal['a', "b"]
a if b else lambda: c
(lambda: a) if b else c
[*a, *b]
print(*args, sep='')
not not a
- - a
+ - ~a
a * -b
a ** ~b
(a, b) + (c,)
x[a, b:c]
{**a, 'b': 1}
"""


def main():
    with open("unparse_cases.jsonl", "w", encoding="utf-8") as out:
        for src in EXPRS.strip().splitlines():
            code = "from __future__ import annotations\nx: " + src + "\n"
            try:
                tree = ast.parse(code)
            except SyntaxError:
                print("skipped (not an annotation):", src)
                continue
            ns = {}
            try:
                exec(compile(code, "<case>", "exec"), ns)
            except SyntaxError as e:
                print("skipped (" + e.msg + "):", src)
                continue
            out.write(json.dumps({"source": src, "ast": symtable_dump.node(tree.body[1].annotation),
                                  "expected": ns["__annotations__"]["x"]}) + "\n")


if __name__ == "__main__":
    main()
