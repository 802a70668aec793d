# Recursion through different call shapes: methods, lambdas, __call__, properties; all raise RecursionError.
import sys
sys.setrecursionlimit(150)
class Node:
    def walk(self):
        return self.walk()
    def __call__(self):
        return self()
    @property
    def prop(self):
        return self.prop
    def __len__(self):
        return len(self)
fact = lambda n: n * fact(n - 1)
def recurse_str():
    return recurse_str()
for label, f in (("method", lambda: Node().walk()), ("__call__", lambda: Node()()), ("property", lambda: Node().prop),
                 ("__len__", lambda: len(Node())), ("lambda", lambda: fact(5)), ("plain function", recurse_str)):
    try:
        f()
    except RecursionError as e:
        print(label, "RecursionError", e)
    except NameError as e:
        print(label, "NameError", e)
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(100))
try:
    ok(1000)
except RecursionError as e:
    print("ok(1000) RecursionError", e)
def caught_each_level(n):
    try:
        return caught_each_level(n + 1)
    except RecursionError:
        return n
print(caught_each_level(0) > 100)
def generator_recursion(n):
    yield n
    yield from generator_recursion(n + 1)
try:
    for _ in generator_recursion(0):
        pass
except RecursionError as e:
    print("generator RecursionError", e)
sys.setrecursionlimit(1000)
print(ok(500))
