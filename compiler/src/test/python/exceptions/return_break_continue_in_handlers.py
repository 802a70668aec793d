def f():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
        except ValueError:
            continue
        else:
            if i == 2:
                break
        finally:
            print("finally", i)
    return i
print(f())
def g():
    try:
        raise KeyError
    except KeyError:
        return "from except"
    finally:
        print("g finally")
print(g())
def h():
    result = []
    for x in [1, 0, 2, "s", 3]:
        try:
            result.append(10 // x)
        except ZeroDivisionError:
            result.append("zde")
            continue
        except TypeError:
            result.append("type")
            break
        finally:
            result.append("|")
    return result
print(h())
def w():
    n = 0
    while n < 10:
        n += 1
        try:
            if n == 3:
                return f"returned at {n}"
        finally:
            if n == 3:
                print("finally at 3")
print(w())
