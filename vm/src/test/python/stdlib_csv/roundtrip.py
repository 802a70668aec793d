# Round trips: what the writer writes, the reader reads back, for each dialect and style.
import csv
import io
import random

rnd = random.Random(5)
pieces = ["a", "b c", ",", ";", '"', "'", "\\", "\n", "\r\n", "\t", "\u00e9", "\U0001F600", "1.5"]

def field():
    return "".join(rnd.choice(pieces) for _ in range(rnd.randrange(4)))

settings = [dict(), dict(dialect="excel-tab"), dict(dialect="unix"),
            dict(quoting=csv.QUOTE_ALL), dict(delimiter=";", quotechar="'"),
            dict(quoting=csv.QUOTE_NONE, escapechar="\\"),
            dict(doublequote=False, escapechar="\\"), dict(lineterminator="\n")]
for kwargs in settings:
    rows = [[field() for _ in range(rnd.randrange(1, 5))] for _ in range(30)]
    rows = [r for r in rows if r != [""]]
    out = io.StringIO(newline="")
    csv.writer(out, **kwargs).writerows(rows)
    text = out.getvalue()
    back = list(csv.reader(io.StringIO(text, newline=""), **kwargs))
    print(kwargs, len(rows), back == rows, len(text))

out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC).writerows([[1, "1", 2.5, "x"], [-3, "", 0.1, "y"]])
print(list(csv.reader(io.StringIO(out.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))

sample = "name;age;city\nAda;36;London\nAlan;41;Wilmslow\n"
sniffer = csv.Sniffer()
found = sniffer.sniff(sample)
print(repr(found.delimiter), sniffer.has_header(sample))
print([row for row in csv.DictReader(io.StringIO(sample), dialect=found)])
