def f():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(f())
def g():
    i = 0
    while True:
        try:
            i += 1
            if i > 2:
                return i
        finally:
            print("g finally", i)
print(g())
def h():
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise ValueError(i)
            finally:
                print("inner finally", i)
        except ValueError as e:
            print("caught", e)
            continue
        print("end of iteration", i)
h()
def nested_finally():
    try:
        try:
            return 1
        finally:
            print("first")
    finally:
        print("second")
print(nested_finally())
def finally_break():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(finally_break())
