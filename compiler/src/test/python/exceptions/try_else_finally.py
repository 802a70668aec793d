def f(x):
    log = []
    try:
        log.append("try")
        if x == 1:
            raise ValueError
        if x == 2:
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for x in range(3):
    print(x, f(x))
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
def h():
    try:
        raise KeyError
    finally:
        return "finally wins"
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("k finally", i)
    return "k done"
print(k())
