#!/usr/bin/env python3
# Expressions, strings and tricky tokens for the fuzz test.
x = (1 +
     2 - \
     3)
values = [
    1,
    2,  # comment inside brackets
]
text = """multi
line 'string' with "quotes" and \
continuation"""
raw = r'\n stays' + R"\t too"
fstr = f"{x=}" f'{x:>{10}}' F"""{
    x
}""" rf"{x}\d"
nested = f"{f'{f"{1}"}'}"
escaped = f"{{literal}} {x!s} {x!a}"
chained = a < b <= c != d == e > f >= g is h is not i in j not in k
power = -2 ** -3 ** 4
await_expr = [await z for z in y] if False else None
star = print(*args, **kwargs, sep=None)
slices = a[:], a[1:], a[:2], a[::], a[1:2:3], a[b:=1], a[*b]
attr = obj.attr.method().item[0]
cond = (yield) if x else (yield from y)
sub = obj[1, 2][lambda: 0]
ellipsis = ...
empty = (), [], {}, set(), ''
tuple_ = 1,
neg = - - - 1
big = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
floats = 1e308 * 10, 0.1 + 0.2, 1_0.0_1e+1_0
imag = 1j + 1.5J + 0j
unicode_names = é = ñandú = 变量 = 1
tab	= "tab before equals"
# A comment at the end without a newline
