# The per-class caches, no_cache, clear_cache, subclasses, pickling and the text forms.
import copy, gc, pickle
from zoneinfo import ZoneInfo

a = ZoneInfo("Europe/Paris")
print(a is ZoneInfo("Europe/Paris"), a.key, str(a), repr(a))
n = ZoneInfo.no_cache("Europe/Paris")
print(n is a, n.key, n == a)

# The strong cache keeps the last 8 alive; older ones survive only while referenced.
keys = ["Asia/Tokyo", "Asia/Kolkata", "Africa/Cairo", "America/Lima", "Europe/Oslo", "Europe/Rome",
        "Asia/Dubai", "Pacific/Fiji", "Europe/Madrid"]
ids = {k: id(ZoneInfo(k)) for k in keys}
gc.collect()
print([id(ZoneInfo(k)) == ids[k] for k in keys[-8:]])

kept = ZoneInfo("Europe/Vienna")
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Vienna") is kept)
x = ZoneInfo("Europe/Berlin")
y = ZoneInfo("Europe/Lisbon")
ZoneInfo.clear_cache(only_keys=["Europe/Berlin"])
print(ZoneInfo("Europe/Berlin") is x, ZoneInfo("Europe/Lisbon") is y)


class Zone(ZoneInfo):
    pass


s = Zone("Europe/Paris")
print(type(s).__name__, s is a, s is Zone("Europe/Paris"), repr(s), str(s))
print(hasattr(Zone, "_weak_cache"), "_weak_cache" in vars(ZoneInfo))
Zone.clear_cache()
print(ZoneInfo("Europe/Paris") is a)

for obj in (a, n, s):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        back = pickle.loads(pickle.dumps(obj, proto))
        print(type(back).__name__, back.key, back is obj, end="; ")
    print()
print(a.__reduce__()[1], n.__reduce__()[1])
print(copy.copy(a) is a, copy.deepcopy(a) is a)

with open("/usr/share/zoneinfo/Asia/Tokyo", "rb") as f:
    f_zone = ZoneInfo.from_file(f)
    named = ZoneInfo.from_file(open(f.name, "rb"), key="Tokyo by file")
print(f_zone.key, repr(f_zone).startswith("zoneinfo.ZoneInfo.from_file(<_io.BufferedReader"))
print(str(named), repr(named), named.utcoffset(None))
for obj in (f_zone, named):
    try:
        pickle.dumps(obj)
    except pickle.PicklingError as e:
        print("PicklingError:", e)
print(ZoneInfo.__module__, ZoneInfo.__name__, ZoneInfo.__mro__[1].__name__)
