rows = [("name", "qty", "price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
widths = [max(len(str(r[i])) for r in rows) for i in range(3)]
for i, r in enumerate(rows):
    cells = []
    for j, (c, w) in enumerate(zip(r, widths)):
        if isinstance(c, float):
            cells.append(f"{c:>{w}.2f}")
        elif isinstance(c, int):
            cells.append(f"{c:>{w}d}")
        else:
            cells.append(f"{c:<{w}}")
    print(" | ".join(cells))
    if i == 0:
        print("-+-".join("-" * w for w in widths))
total = sum(q * p for _, q, p in rows[1:])
print(f"{'total':<{widths[0]}}   {total:>{widths[1] + widths[2] + 3}.2f}")
