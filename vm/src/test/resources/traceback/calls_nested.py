def g(x):
    return x["key"]

def f():
    return len(str(g({"other": 1})))

f()
