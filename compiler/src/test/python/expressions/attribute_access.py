class P:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    @property
    def double(self):
        return self.x * 2
    def method(self):
        return "method"
p = P()
print(p.x, p.double, p.method(), p.cls_attr, P.cls_attr)
print(getattr(p, "x"), getattr(p, "missing", "dflt"), hasattr(p, "double"))
setattr(p, "y", 10)
print(p.y)
class G:
    def __getattr__(self, name):
        return name.upper()
g = G()
print(g.hello, g.world)
try:
    p.nope
except AttributeError as e:
    print("AttributeError:", e)
print("abc".upper().lower().title())
print((1).bit_length(), 1.5.is_integer(), (255).to_bytes(2, "big"))
