# Generators driven by hand: send, throw, close, GeneratorExit handling, states.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except ValueError as e:
                print("caught thrown", e)
                yield "after throw"
    except GeneratorExit:
        print("closing with", received)
        raise
g = echo()
print(next(g), g.send("a"), g.send("b"), g.throw(ValueError("boom")), next(g))
g.close()
g.close()
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
h = echo()
try:
    h.send("x")
except TypeError as e:
    print("TypeError", e)
print(h.send(None))
try:
    h.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated", e)
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
i = ignores_exit()
next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(next(i, "generator finished after the failed close"))
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "value on close"
r = returns_on_close()
next(r)
print(r.close())
def fresh():
    yield 1
f = fresh()
try:
    f.throw(TypeError("before start"))
except TypeError as e:
    print("TypeError", e)
print(list(f))
try:
    fresh().throw(TypeError("instance only"))
except TypeError as e:
    print("TypeError", e)
print(fresh().close())
