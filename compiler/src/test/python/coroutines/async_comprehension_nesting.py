class AIter:
    def __init__(self, items): self.items = list(items)
    def __aiter__(self): return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
async def list_inside_list():
    return [[i + j async for i in AIter([1, 2])] for j in [10, 20]]
async def set_inside_list():
    return [sorted({i + j async for i in AIter([1, 2])}) for j in [10, 20]]
async def list_inside_set():
    return sorted({sum([i async for i in AIter(range(j))]) for j in [3, 5]})
async def dict_inside_dict():
    return {j: {i: i + j async for i in AIter([1, 2])} for j in [10, 20]}
async def gen_inside_list():
    gens = [(i async for i in AIter(range(j))) for j in [2, 3]]
    return [[v async for v in g] for g in gens]
async def async_outer_sync_inner():
    return [[j * i for j in range(i)] async for i in AIter([1, 2, 3])]
async def await_in_nested():
    async def double(v):
        return v * 2
    return [[await double(i + j) for i in range(2)] for j in range(2)]
async def list_inside_gen():
    gen = ([i + j async for i in AIter([1, 2])] for j in [10, 20])
    return [x async for x in gen]
async def gen_inside_list_flat():
    gens = [(i async for i in AIter(range(j))) for j in [3, 5]]
    return [x for g in gens async for x in g]
async def gen_inside_gen():
    gens = ((i async for i in AIter(range(j))) for j in [3, 5])
    return [x for g in gens async for x in g]
async def triple():
    return [[[i + j + k async for i in AIter([1, 2])] for j in [10, 20]] for k in [100, 200]]
for f in (list_inside_gen, gen_inside_list_flat, gen_inside_gen, triple):
    try:
        print(f.__name__, run(f()))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
for f in (list_inside_list, set_inside_list, list_inside_set, dict_inside_dict, gen_inside_list,
          async_outer_sync_inner, await_in_nested):
    print(f.__name__, run(f()))
