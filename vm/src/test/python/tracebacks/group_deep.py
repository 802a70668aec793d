# Exception groups nested deeper than CPython's display depth limit of 10.
def nest(depth):
    if depth == 0:
        return ValueError("deepest")
    return ExceptionGroup(f"level {depth}", [nest(depth - 1)])
g = nest(12)
d = 0
node = g
while isinstance(node, ExceptionGroup):
    d += 1
    node = node.exceptions[0]
print("depth", d, repr(node))
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
print("...")
raise g
