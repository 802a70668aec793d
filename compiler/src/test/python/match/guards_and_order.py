log = []
def g(name, result):
    log.append(name)
    return result
def m(v):
    match v:
        case int() if g("g1", v > 10):
            return "big int"
        case int() if g("g2", v < 0):
            return "negative"
        case [x, *_] if g("g3", x == 0):
            return "zero-led"
        case _ if g("g4", True):
            return "fallback"
for v in [20, -3, 5, [0, 1], [1]]:
    log.clear()
    print(v, m(v), log)
x = 0
match 5:
    case y if (x := y * 2) > 5:
        print("walrus in guard", x, y)
