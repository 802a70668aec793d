def f(n):
    out = []
    for a in range(n):
        if a % 2 == 0:
            for b in range(a):
                while b > 0:
                    try:
                        with open.__class__ if False else __import__("contextlib").nullcontext():
                            if b % 3 == 0:
                                for c in range(b):
                                    if c == 2:
                                        try:
                                            out.append((a, b, c))
                                        finally:
                                            pass
                                        break
                                else:
                                    out.append(("else", a, b))
                    except Exception:
                        out.append("exc")
                    b -= 2
        else:
            match a:
                case 1:
                    out.append("one")
                case _:
                    if a > 5:
                        out.append(("odd", a))
    return out
print(f(10))
