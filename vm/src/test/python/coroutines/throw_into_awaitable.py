# throw() into a coroutine suspended in an await on an object with its own throw(): the object
# gets the exception alone (one argument), and the traceback names each frame once.
import traceback


class Awaitable:
    def __await__(self):
        return self

    def __next__(self):
        return "waiting"

    def send(self, value):
        return "waiting"

    def throw(self, *args):
        print("throw got", len(args), "argument(s):", args)
        raise args[0]


async def inner():
    await Awaitable()


async def outer():
    try:
        await inner()
    except KeyError as e:
        print("outer caught", repr(e))
        return "handled"


c = outer()
print(c.send(None))
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

c = inner()
c.send(None)
try:
    c.throw(ValueError("v"))
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line.strip() for line in lines if line.strip().startswith("File")].__len__())
    print([line.split(",")[-1].strip() for line in lines if line.strip().startswith("File")])
