class Suspend:
    def __await__(self):
        yield "suspended"
async def worker():
    try:
        await Suspend()
        return "normal"
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("worker finally")
c = worker()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("returned", e.value)
c = worker()
c.send(None)
c.close()
print("closed")
async def reraiser():
    await Suspend()
c = reraiser()
c.send(None)
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
c = worker()
try:
    c.send("not none")
except TypeError as e:
    print("TypeError:", e)
c.close()
