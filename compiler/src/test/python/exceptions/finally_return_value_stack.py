def f1():
    x = "a"
    try:
        return x + "b"
    finally:
        x = "changed"
print(f1())
def f2():
    for i in range(3):
        try:
            if i == 1:
                return [i, "list"]
        finally:
            pass
print(f2())
def f3():
    try:
        try:
            return {"k": 1}
        finally:
            print("inner")
    finally:
        print("outer")
print(f3())
def f4(n):
    while n:
        try:
            n -= 1
            if n == 2:
                continue
            if n == 1:
                return ("tuple", n)
        finally:
            print("finally n =", n)
print(f4(4))
def f5():
    try:
        pass
    finally:
        return "from finally"
print(f5())
def f6():
    for i in range(2):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop end"
print(f6())
def f7():
    try:
        return (yield_val := 5) + 1
    finally:
        print("walrus in return", yield_val)
print(f7())
