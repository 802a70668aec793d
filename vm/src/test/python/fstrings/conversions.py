# f-strings: conversions, format specs, nesting, debugging '=' and quotes.
x, name, pi = 42, "Ann", 3.14159265
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{'é'!a}", f"{name!s:>6}", f"{x:>5}", f"{x:#x}")
print(f"{pi:.3f}", f"{pi:{10}.{3}}", f"{pi:{'>'}{12}.2e}", f"{x:{'0'}{'>'}8}")
width, prec = 10, 4
print(f"[{pi:{width}.{prec}f}]", f"[{name:^{width}}]", f"[{x:{'+' if x > 0 else ''}}]")
print(f"{x=}", f"{x = }", f"{pi=:.2f}", f"{name=!s}", f"{x*2=}", f"{ name = !r:>8}")
print(f"{{literal}} {{{x}}}", f"{'{'}{'}'}", f"a{''}b", f"{''!r}")
print(f"{[1, 2][0]}", f"{ {'k': 'v'}['k'] }", f"{(lambda y: y + 1)(1)}", f"{x if x else 0}")
print(f"{'nested ' + f'{x}'}", f"{f'{f"{x}"}'}", f"{'quote"s'}", f'{"it\'s" if False else "its"}')
print(f"{3 + 4j}", f"{1e16}", f"{1 / 3:.2%}", f"{-0.0}", f"{None}", f"{True:d}", f"{b'x'}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}", f"{items!r}", f"{items[-1].upper()}")
print(f"multi {x
} line", f"""triple {
    name
}""")
class W:
    def __format__(self, spec):
        return f"W[{spec}]"
    def __repr__(self):
        return "W()"
    def __str__(self):
        return "w"
w = W()
print(f"{w}", f"{w:spec}", f"{w!r}", f"{w!s}", f"{w!r:>6}", f"{w:{x}}", f"{w=}", f"{w=:abc}")
for bad in ("f'{x:d}'.__class__" if False else "f'{name:d}'", "f'{pi:x}'", "f'{x:.2s}'", "f'{x:z}'"):
    try:
        print(eval(bad))
    except ValueError as e:
        print("ValueError", e)
print(f"{x:,}", f"{x:_b}", f"{2**20:,d}", f"{x:c}", f"{65:c}{66:c}")
print(f"{'a':\u00e9>3}" if False else f"{'a':*>3}", f"{'abc'[1:]}", f"{'%s' % 1}", f"{x:{'^'}{7}}")
