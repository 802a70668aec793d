# getrecursionlimit/setrecursionlimit and RecursionError messages in several kinds of recursion.
import sys
old = sys.getrecursionlimit()
print(old)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
sys.setrecursionlimit(200)
d200 = depth()
sys.setrecursionlimit(400)
d400 = depth()
print(sys.getrecursionlimit(), 150 < d200 < 200, 350 < d400 < 400, d400 - d200)
sys.setrecursionlimit(old)
for bad in (0, -5, "x", 2.5):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def f():
    f()
try:
    f()
except RecursionError as e:
    print("RecursionError", e)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("RecursionError", e)
class G:
    def __getattr__(self, name):
        return self.missing
try:
    G().x
except RecursionError as e:
    print("RecursionError", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    s = str(nested)
    print(len(s))
except RecursionError as e:
    print("RecursionError", e)
class Eq:
    def __eq__(self, other):
        return self == other
try:
    Eq() == Eq()
except RecursionError as e:
    print("RecursionError", e)
print(depth() > 500)
