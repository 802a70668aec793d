# Generator expressions in class bodies and functions: only the first iterable sees the enclosing class scope.
class Config:
    names = ["a", "b"]
    upper = list(n.upper() for n in names)
    pairs = [(n, i) for n in names for i in range(2)]
print(Config.upper, Config.pairs)
class Fails:
    factor = 3
    try:
        scaled = list(x * factor for x in range(3))
    except NameError as e:
        scaled = f"NameError: {e}"
print(Fails.scaled)
def outer():
    factor = 2
    return list(x * factor for x in range(3)), sum(x for x in range(factor))
print(outer())
def late_binding():
    gens = []
    for k in range(3):
        gens.append(x + k for x in range(2))
    return [list(g) for g in gens]
print(late_binding())
def early_binding():
    gens = []
    for k in range(3):
        gens.append((lambda k: (x + k for x in range(2)))(k))
    return [list(g) for g in gens]
print(early_binding())
g = (print("evaluated", i) or i for i in range(2))
print("created")
print(list(g))
