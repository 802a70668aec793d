# try/except/else/finally flow: return in finally, break/continue through finally, re-raise, bare raise.
def f1():
    try:
        return "try"
    finally:
        print("finally runs")
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed"
def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("finally", i)
    return i
def f4():
    try:
        pass
    except Exception:
        print("not run")
    else:
        print("else runs")
    finally:
        print("finally after else")
print(f1(), f2(), f3())
f4()
def f5():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise
        except KeyError as e:
            return "re-raised " + repr(e)
print(f5())
try:
    raise
except RuntimeError as e:
    print("RuntimeError", e)
def f6():
    x = 0
    try:
        x = 1
        return x
    finally:
        x = 2
        print("x in finally", x)
print(f6())
def f7(n):
    try:
        if n:
            raise ValueError(n)
        return "ok"
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("cleanup", n)
print(f7(0), f7(5))
try:
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong handler")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
