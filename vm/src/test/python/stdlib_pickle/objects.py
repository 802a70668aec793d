# Instances through __reduce_ex__, __getstate__/__setstate__, __newobj__ and slots; custom
# Pickler and Unpickler subclasses; the errors pickle raises.
import copyreg
import io
import pickle


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a, self.b = 1, [2]


class Stateful:
    def __init__(self):
        self.v = 1
    def __getstate__(self):
        return {"v": self.v * 10}
    def __setstate__(self, state):
        self.v = state["v"] + 1


class Kw:
    def __new__(cls, *, size):
        o = super().__new__(cls)
        o.size = size
        return o
    def __getnewargs_ex__(self):
        return (), {"size": self.size}


for proto in range(6):
    p = pickle.loads(pickle.dumps(Point(1, "y"), proto))
    s = pickle.loads(pickle.dumps(Slotted(), max(proto, 2)))
    st = pickle.loads(pickle.dumps(Stateful(), proto))
    k = pickle.loads(pickle.dumps(Kw(size=7), proto))
    print(proto, p == Point(1, "y"), s.a, s.b, st.v, k.size)

print(pickle.dumps(Point(1, 2), 2))

class Persist(pickle.Pickler):
    def persistent_id(self, obj):
        return "P" + str(obj) if isinstance(obj, int) and obj > 100 else None


class Load(pickle.Unpickler):
    def persistent_load(self, pid):
        return int(pid[1:]) + 1


buf = io.BytesIO()
Persist(buf, 0).dump([1, 500, "x"])
print(buf.getvalue())
print(Load(io.BytesIO(buf.getvalue())).load())
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[complex] = lambda z: (str, ("complex!",))
p.dump([1j])
print(pickle.loads(f.getvalue()))
print(sorted(v[0] for v in p.memo.copy().values()))

for bad in [b"", b"\x80\x04", b"K", b"z", b".", b"(K\x01u.", b"\x80\x09.", b"S'x\n.", b"h\x05."]:
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)

for thing, proto in [(lambda: 0, 2), ((x for x in ()), 2), (1, 6)]:
    try:
        pickle.dumps(thing, proto)
    except Exception as e:
        print(type(e).__name__)
