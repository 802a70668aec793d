# RecursionError: CPython collapses repeated frames with "[Previous line repeated N more times]".
import sys
sys.setrecursionlimit(100)
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1) + ""
def forever(n):
    return forever(n + 1)
print(countdown(10))
print(countdown(50))
print(sys.getrecursionlimit())
print("going deep")
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
forever(0)
