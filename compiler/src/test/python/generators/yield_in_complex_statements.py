def g():
    with __import__("contextlib").nullcontext((yield "enter")) as v:
        yield f"inside with got {v}"
    for i in ((yield "iter"), ):
        yield f"loop {i}"
    x = {(yield "key"): (yield "value")}
    yield x
    try:
        raise ValueError((yield "exc arg"))
    except ValueError as e:
        yield f"caught {e}"
    assert (yield "assert"), "falsy"
    yield [(yield "a"), (yield "b")]
it = g()
out = [next(it)]
reply = 0
try:
    while True:
        reply += 1
        out.append(it.send(reply))
except StopIteration:
    pass
print(out)
def gen_in_lambda_default(f=lambda: (yield 5)):
    return list(f())
print(gen_in_lambda_default())
