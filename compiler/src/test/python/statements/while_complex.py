def find_pairs(n):
    out = []
    i = 1
    while i <= n:
        j = i
        while j <= n:
            if (i * j) % 6 == 0:
                out.append((i, j))
                if len(out) >= 5:
                    return out
            j += 1
        i += 1
    return out
print(find_pairs(6))

stack = [1, [2, [3, [4, [5]]]]]
depth = 0
cur = stack
while isinstance(cur, list) and cur:
    depth += 1
    cur = cur[-1]
print("depth", depth, "leaf", cur)

queue = [0]
seen = []
while queue:
    v = queue.pop(0)
    if v in seen or v > 20:
        continue
    seen.append(v)
    queue.extend([v * 2 + 1, v * 3 + 1])
print(seen)
