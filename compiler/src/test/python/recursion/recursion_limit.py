import sys
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print("hit recursion limit", d > 100)
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)
print(count_down(500))
old = sys.getrecursionlimit()
def nested_calls(n):
    if n == 0:
        return "bottom"
    return nested_calls(n - 1)
print(nested_calls(200))
try:
    (lambda f: f(f))(lambda f: f(f))
except RecursionError as e:
    print("RecursionError:", e)
