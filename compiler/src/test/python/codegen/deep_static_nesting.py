def nested_blocks(n):
    out = []
    for a in range(n):
        for b in range(n):
            for c in range(n):
                for d in range(n):
                    for e in range(n):
                        try:
                            try:
                                try:
                                    with open.__class__ if False else __import__("contextlib").nullcontext():
                                        while True:
                                            try:
                                                if (a + b + c + d + e) % 7 == 0:
                                                    raise ValueError(a)
                                                out.append(a + b + c + d + e)
                                            finally:
                                                pass
                                            break
                                except KeyError:
                                    pass
                            finally:
                                pass
                        except ValueError:
                            out.append(-1)
    return len(out), sum(out)
print(nested_blocks(3))
def deep_expr():
    x = 1
    return ((((((((((((((((((((((((((((((x + 1) * 2) - 3) + 4) * 5) - 6) + 7) * 8) - 9) + 10) * 11) - 12) + 13) * 14) - 15) + 16) * 17) - 18) + 19) * 20) - 21) + 22) * 23) - 24) + 25) * 26) - 27) + 28) * 29) - 30)
print(deep_expr())
def deep_calls():
    return str(len(str(abs(int(float(str(round(max(min(1, 2), 0) * 3.7))))))))
print(deep_calls())
def deep_containers():
    return [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]], {"a": {"b": {"c": {"d": {"e": {"f": {"g": 1}}}}}}}
print(deep_containers())
