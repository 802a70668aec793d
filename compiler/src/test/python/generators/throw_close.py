def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught", e)
        yield "recovered"
    finally:
        print("cleanup")
g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration:
    print("stopped")
g = guarded()
next(g)
g.close()
print("closed")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "bad"
g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def raising():
    yield 1
g = raising()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError propagated", e)
g = raising()
try:
    g.throw(TypeError("unstarted"))
except TypeError as e:
    print("TypeError unstarted:", e)
print(g.gi_frame)
