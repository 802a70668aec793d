g = "global"
def f():
    return g
def h():
    g = "local"
    def inner():
        return g
    return inner()
def k():
    global g
    def inner():
        return g
    g = "changed"
    return inner()
print(f(), h(), k(), g)
def unbound():
    try:
        print(y)
    except NameError as e:
        print("NameError:", e)
    y = 1
unbound()
def unbound_free():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    z = 1
    return inner()
print(unbound_free())
