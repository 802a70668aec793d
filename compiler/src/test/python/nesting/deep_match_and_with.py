from contextlib import nullcontext
def handle(cmd):
    with nullcontext():
        match cmd:
            case {"op": "batch", "items": [*items]}:
                out = []
                for it in items:
                    with nullcontext(it) as item:
                        match item:
                            case {"op": "add", "args": [a, b]}:
                                out.append(a + b)
                            case {"op": "neg", "args": [a]}:
                                out.append(-a)
                            case {"op": "batch"}:
                                out.append(handle(item))
                            case _:
                                out.append(None)
                return out
            case _:
                return "not a batch"
print(handle({"op": "batch", "items": [
    {"op": "add", "args": [1, 2]},
    {"op": "neg", "args": [5]},
    {"op": "batch", "items": [{"op": "add", "args": [10, 20]}]},
    {"op": "unknown"},
]}))
print(handle({"op": "single"}))
