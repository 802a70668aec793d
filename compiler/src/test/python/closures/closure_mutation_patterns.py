def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    def peek():
        return items[-1] if items else None
    return push, pop, peek
push, pop, peek = make_stack()
push(1); push(2); push(3)
print(pop(), peek(), pop(), pop(), peek())
def bank():
    balance = 0
    def tx(amount):
        nonlocal balance
        if balance + amount < 0:
            raise ValueError(f"insufficient: {balance}")
        balance += amount
        return balance
    return tx
tx = bank()
print(tx(100), tx(-30))
try:
    tx(-100)
except ValueError as e:
    print(e)
def rebinding():
    fns = {}
    for name in ("a", "b"):
        def f(name=name):
            return name * 2
        fns[name] = f
    return {k: v() for k, v in fns.items()}
print(rebinding())
