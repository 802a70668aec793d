# The writer: quoting styles, escapes, line terminators, and the errors.
import csv
import io
from decimal import Decimal

rows = [["plain", "with,comma", 'with"quote', "with\nnewline", "", None, 1, 2.5, True,
         Decimal("1.10"), 1j]]

def write(rows, **kwargs):
    out = io.StringIO()
    w = csv.writer(out, **kwargs)
    try:
        for row in rows:
            w.writerow(row)
    except csv.Error as e:
        print("Error:", e, repr(out.getvalue()))
        return
    print(repr(out.getvalue()))

for style in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_STRINGS", "QUOTE_NOTNULL"):
    print(style, end=": ")
    write(rows, quoting=getattr(csv, style))
write(rows, quoting=csv.QUOTE_NONE)
write(rows, quoting=csv.QUOTE_NONE, escapechar="\\")
write([['a"b', "c\\d"]], doublequote=False, escapechar="\\")
write([['a"b']], doublequote=False)
write([["x", "y"]], lineterminator="\n", delimiter="\t")
write([["a!b", "c"]], lineterminator="!")
write([[""]])
write([[None]])
write([[""]], quoting=csv.QUOTE_NONE)
write([[None]], quoting=csv.QUOTE_NOTNULL)
write([["", "x"], ["a", ""]], delimiter=" ", skipinitialspace=True)
write([[None, "x"]], delimiter=" ", skipinitialspace=True, quoting=csv.QUOTE_NOTNULL)
write([[]])
write([["\U0001F600", "\u00e9,"]])
write([["a", "b"]], quotechar="'", quoting=csv.QUOTE_ALL)

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["abc", "def"]))
w.writerows([[1, 2], (3, 4), "xy", iter([5])])
print(repr(out.getvalue()))
for bad in (None, 5):
    try:
        w.writerow(bad)
    except csv.Error as e:
        print("Error:", e)
try:
    csv.writer(object())
except TypeError as e:
    print("TypeError:", e)

class Boom:
    def __str__(self):
        raise ValueError("no str")
try:
    w.writerow([Boom()])
except ValueError as e:
    print("ValueError:", e)

out = io.StringIO()
dw = csv.DictWriter(out, ["a", "b"], lineterminator="\n")
dw.writeheader()
dw.writerows([{"a": 1, "b": "x,y"}, {"a": None}])
print(repr(out.getvalue()))
