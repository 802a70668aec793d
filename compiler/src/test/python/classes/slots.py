class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    s.b
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(s, "__dict__"), S.__slots__)
class T(S):
    __slots__ = ("c",)
t = T()
t.c = 5
t.a = 6
print(t.a, t.c)
class U(S):
    pass
u = U()
u.anything = 1
print(u.anything, hasattr(u, "__dict__"))
class W:
    __slots__ = "single"
w = W()
w.single = "ok"
print(w.single)
