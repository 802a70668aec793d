# f-strings with computed specs, nested quotes (3.12+ PEP 701), backslashes in expressions, comments in fields.
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{w}} | {price:>6.2f} | {qty:>3d} | {price * qty:>{w - 2}.{1 + (qty > 5)}f}")
print(f"{'|'.join(f'{n!r}' for n, _, _ in rows)}")
print(f"{"double quotes inside"} {'single'} {"""triple"""}")
print(f"{'\n'.join(['line1', 'line2'])}")
print(f"{'tab\there'!r}", f"{chr(92)}", f"{'\\'}")
total = sum(p * q for _, p, q in rows)
print(f"{total = :.3f}", f"{total=!r:>10}", f"{ total = }")
print(f"{total:{'>' if total > 5 else '<'}{12}.{2}f}|")
x = 42
print(f"{x:{'#'}{'x'}}", f"{x:{'b'}}", f"{x:{'_'}{'b'}}", f"{x:0{10}}")
print(f"{
    x  # a comment inside a replacement field
    + 1
}")
fmt = ".3e"
print(f"{123456.789:{fmt}}", f"{-1e-9:{fmt}}", f"{float('inf'):{fmt}}")
for align in "<^>":
    print(f"[{'x':{align}5}]", f"[{7:{align}5}]", f"[{7.5:{align}7}]")
d = {"key": "value", "n": 3}
print(f"{d['key']}", f"{d["key"]}", f"{d['n'] * 2}", f"{len(d)}")
print(f"{f'{f"{x}"}'}", f"{'a' 'b'}", f"{x!r:^{x // 6}}")
