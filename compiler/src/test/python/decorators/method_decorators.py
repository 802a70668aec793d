import functools
def logged(f):
    @functools.wraps(f)
    def w(self, *a):
        print(f"{type(self).__name__}.{f.__name__}{a}")
        return f(self, *a)
    return w
class Acct:
    def __init__(self):
        self.bal = 0
    @logged
    def deposit(self, n):
        self.bal += n
        return self.bal
    @property
    @logged
    def balance(self):
        return self.bal
    @classmethod
    @functools.cache
    def cached_cm(cls):
        print("computing once")
        return cls.__name__
    @functools.cached_property
    def expensive(self):
        print("expensive computed")
        return self.bal * 100
a = Acct()
a.deposit(5)
print(a.balance)
print(Acct.cached_cm(), Acct.cached_cm())
print(a.expensive, a.expensive)
class Meta:
    @staticmethod
    @functools.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else Meta.fib(n - 1) + Meta.fib(n - 2)
print(Meta.fib(50))
