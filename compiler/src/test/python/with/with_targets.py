class CM:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return False
with CM() as (a, [b, c]):
    print(a, b, c)
with CM() as (first, *rest):
    print(first, rest)
class Obj:
    pass
o = Obj()
with CM() as o.attr:
    pass
print(o.attr)
d = {}
with CM() as d["key"]:
    pass
print(d)
lst = [None]
with CM() as lst[0]:
    pass
print(lst)
