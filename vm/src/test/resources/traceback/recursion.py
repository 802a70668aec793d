def down(n):
    if n == 0:
        raise RuntimeError("bottom")
    return down(n - 1)

down(40)
