# An exception passes through several finally blocks (each prints) before escaping.
def level(n):
    try:
        if n == 0:
            raise LookupError("bottom reached")
        level(n - 1)
    finally:
        print("finally at level", n)
def guarded():
    try:
        level(3)
    except KeyError:
        print("not a KeyError")
    finally:
        print("guarded finally")
print("start")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
guarded()
print("never")
