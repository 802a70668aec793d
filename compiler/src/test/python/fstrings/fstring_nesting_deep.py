a, b, c = 1, "two", 3.0
print(f"{f'{f"{a}{b}"}{c}'}")
print(f"{a:{f'{b!r:>{a + 8}}'}}" if False else f"{b!r:>{a + 8}}|")
print(f"{'{'}{a}{'}'}", f"{{{a}}}")
print(f"{[f'{x:02}' for x in range(3)]}")
print(f"{dict(k=f'{a}')['k']}")
print(f"{'a' if a else 'b'}{'c' if not a else 'd'}")
w = 10
print(f"{'centered':^{w}}|{a:>{w // 2}}|{c:<{w}.{a}f}|")
print(f"{f'{b}':*^{len(b) + 4}}")
print(f"result: {(lambda: f'inner {a + 1}')()}")
print(f"{3:{'0' if a else ' '}{5}}")
