name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2:>6} {pi:.3f} {pi:10.2e} {n:#x} {n:08b} {n:,}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n=}, {pi = :.2f}, {name=!s}, {n + 1 = }")
print(F"upper prefix {n}", rf"raw \n {n}", fr"also raw \t{name}")
print(f"{'nested ' + f'{n}'}")
print(f"{n:{'>'}{10}}|")
width = 8
prec = 2
print(f"[{pi:{width}.{prec}f}]")
print(f"{[1, 2, 3]!r} {dict(a=1)} {(1, 2)}")
print(f"{'a' if n > 5 else 'b'}")
print(f"{n!r:>5}|{name:^11}|{name:*<8}|{-n:+d}|{n: d}")
