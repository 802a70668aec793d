# An exception thrown into a suspended generator with throw() escapes through the generator frame.
def worker():
    total = 0
    while True:
        item = yield total
        total += item
def drive(gen, items):
    next(gen)
    for item in items:
        print("sent", item, "->", gen.send(item))
g = worker()
drive(g, [1, 2, 3])
print("now throwing")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
g.throw(ValueError("thrown into worker"))
print("never")
