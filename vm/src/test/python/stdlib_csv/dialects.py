# Dialects: the registry, attributes, reuse, and every validation message.
import csv
import _csv

print(sorted(csv.list_dialects()))
d = csv.get_dialect("excel")
for name in ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
             "quoting", "skipinitialspace", "strict"):
    print(name, repr(getattr(d, name)))
print(type(d).__name__, type(d).__module__, isinstance(d, _csv.Dialect))
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=";") is d)

csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
print(csv.get_dialect("semi").delimiter, csv.get_dialect("semi").quoting)
csv.register_dialect("tabbed", "excel-tab", quotechar="'")
print(repr(csv.get_dialect("tabbed").delimiter), csv.get_dialect("tabbed").quotechar)

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect("pipes", Pipes)
print(csv.get_dialect("pipes").delimiter, "pipes" in csv.list_dialects())
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects())

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(csv.get_dialect, "nope")
attempt(csv.unregister_dialect, "nope")
attempt(csv.register_dialect, 42)
attempt(csv.register_dialect)
for kwargs in (dict(delimiter=""), dict(delimiter="::"), dict(delimiter=None), dict(delimiter=1),
               dict(escapechar=1), dict(quotechar=""), dict(lineterminator=None),
               dict(lineterminator=5), dict(quoting=None), dict(quoting=9), dict(quoting=2 ** 40),
               dict(quotechar=None, quoting=csv.QUOTE_ALL), dict(delimiter="\n"),
               dict(escapechar="\r"), dict(quotechar=" ", skipinitialspace=True),
               dict(delimiter="x", lineterminator="axb"), dict(delimiter="^", escapechar="^"),
               dict(delimiter="'", quotechar="'"), dict(escapechar="|", quotechar="|"),
               dict(bogus=1), dict(quotechar=None), dict(delimiter=" ", skipinitialspace=True)):
    print(kwargs, end=" ")
    attempt(_csv.Dialect, **kwargs)

print(_csv.Dialect(quotechar=None).quoting == csv.QUOTE_NONE)
attempt(setattr, d, "delimiter", ";")
attempt(setattr, d, "strict", True)
attempt(_csv.Dialect, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
import pickle, copy
attempt(pickle.dumps, d)
attempt(copy.copy, d)
attempt(_csv.Reader)
attempt(_csv.Writer)
