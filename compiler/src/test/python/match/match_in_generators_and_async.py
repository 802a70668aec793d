def tokens(seq):
    for item in seq:
        match item:
            case int(n) if n < 0:
                yield ("neg", -n)
            case int(n):
                yield ("int", n)
            case [*xs]:
                yield from tokens(xs)
            case {"skip": True}:
                continue
            case str() as s:
                yield ("str", s)
print(list(tokens([1, -2, [3, [4, "a"]], {"skip": True}, "b"])))
async def amatch(v):
    match v:
        case {"await": x}:
            return await Ready(x)
        case _:
            return None
class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        return self.v
        yield
def run(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(run(amatch({"await": 42})), run(amatch(5)))
