def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo closing with", received)
e = echo()
next(e)
e.send("a")
e.send("b")
e.close()
g2 = accumulator()
try:
    g2.send(1)
except TypeError as ex:
    print("TypeError:", ex)
