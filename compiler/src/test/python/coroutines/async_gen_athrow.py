async def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("guarded finally")
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
g = guarded()
print(run(g.asend(None)))
print(run(g.athrow(ValueError("bad"))))
try:
    run(g.asend(None))
except StopAsyncIteration:
    print("done")
g = guarded()
run(g.asend(None))
run(g.aclose())
print("aclosed")
g = guarded()
run(g.asend(None))
try:
    run(g.athrow(KeyError("unhandled")))
except KeyError as e:
    print("KeyError out", e)
