# Mutual recursion, recursion inside generators and comprehensions, and recovering after RecursionError.
import sys
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(100), odd(101), even(7))
try:
    even(10 ** 5)
except RecursionError as e:
    print("RecursionError", e)
print(even(10), "still works after the error")
def nested_list(n):
    return [] if n == 0 else [nested_list(n - 1)]
def count_depth(x):
    return 0 if not x else 1 + count_depth(x[0])
print(count_depth(nested_list(200)))
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(1 for _ in gen_depth(100)))
def comp_recursion(n):
    return [comp_recursion(n - 1) for _ in range(1)] if n else "leaf"
print(str(comp_recursion(5)))
old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth()
print(30 < d < 60)
sys.setrecursionlimit(old)
class Tree:
    def __init__(self, n):
        self.kids = [Tree(n - 1) for _ in range(2)] if n else []
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
print(Tree(8).size())
def ackermann(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ackermann(m, n - 1)
        m -= 1
    return n + 1
print(ackermann(2, 10))
