# functools.partial nesting and repr-free inspection, reduce with initializer, wraps attributes, lru_cache typed.
import functools
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
cube_mod = functools.partial(power, exp=3, mod=7)
print(square(5), square(5, exp=3), cube_mod(3), square.keywords, cube_mod.keywords)
nested = functools.partial(functools.partial(power, 2), 10)
print(nested(), nested.func is power, nested.args)
try:
    functools.partial()
except TypeError as e:
    print("TypeError", e)
try:
    functools.partial(5)
except TypeError as e:
    print("TypeError", e)
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
def original(a, b=2):
    "original doc"
    return a + b
@functools.wraps(original)
def wrapper(*args, **kwargs):
    return original(*args, **kwargs) * 10
print(wrapper(1), wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is original, wrapper.__qualname__)
class Calc:
    @functools.cached_property
    def heavy(self):
        print("computing heavy")
        return sum(range(100))
    @functools.partialmethod
    def _unused(self, x):
        return x
c = Calc()
print(c.heavy, c.heavy, "heavy" in vars(c))
del c.heavy
print(c.heavy)
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=functools.cmp_to_key(lambda x, y: (x[1] > y[1]) - (x[1] < y[1]) or (x[0] > y[0]) - (x[0] < y[0]))))
