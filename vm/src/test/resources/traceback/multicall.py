def check(a, b, c):
    raise ValueError(a + b + c)

def run():
    total = check(
        1,
        2,
        3,
    )
    return total

run()
