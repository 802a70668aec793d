def outer(n):
    def helper(k):
        if k <= 0:
            return []
        return [k] + helper(k - 1)
    def classify(v):
        if v % 15 == 0:
            return "fizzbuzz"
        elif v % 5 == 0:
            return "buzz"
        elif v % 3 == 0:
            return "fizz"
        return str(v)
    return [classify(v) for v in reversed(helper(n))]
print(outer(15))
def early_exit(items):
    for i, it in enumerate(items):
        if it is None:
            return i, "none found"
        if isinstance(it, str):
            for ch in it:
                if ch == "!":
                    return i, "bang"
    return -1, "clean"
print(early_exit([1, "ab", None]), early_exit(["x!", None]), early_exit([1, 2]))
