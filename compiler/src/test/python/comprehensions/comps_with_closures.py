def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
def adders():
    return {n: (lambda v, n=n: v + n) for n in range(3)}
print({k: f(100) for k, f in adders().items()})
def gen_of_lambdas():
    return list((lambda: j) for j in range(3))
print([f() for f in gen_of_lambdas()])
def comp_nonlocal():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(4)], count
print(comp_nonlocal())
