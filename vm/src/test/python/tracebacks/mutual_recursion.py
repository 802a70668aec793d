# RecursionError through two alternating functions: the repeated pair is collapsed.
import sys
sys.setrecursionlimit(120)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
def safe_ping(n, limit):
    if n >= limit:
        return n
    return safe_pong(n + 1, limit)
def safe_pong(n, limit):
    return safe_ping(n + 1, limit)
print(safe_ping(0, 20))
print(safe_ping(0, 40))
print(sys.getrecursionlimit())
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
ping(0)
