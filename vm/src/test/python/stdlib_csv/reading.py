# The reader's state machine: quoting, escapes, newlines in and out of quotes, line_num.
import csv
import io

def show(lines, **kwargs):
    r = csv.reader(lines, **kwargs)
    try:
        rows = list(r)
        print(rows, r.line_num)
    except (csv.Error, ValueError) as e:
        print(type(e).__name__ + ":", e, "at line", r.line_num)

show(["a,b,c"])
show(["a,b,c\r\n", "1,2,3\r\n"])
show(['"quoted, comma",plain', '"with ""doubled"" quotes"'])
show(['"spans\n', 'two lines",x'])
show(io.StringIO('one\r\ntwo\rthree\nfour', newline=''))
show(["a,b\r", "c"])
show(["a\rb"])
show(["", "x", ""])
show(["nul\x00inside,ok"])
show(["a\\,b,c"], escapechar="\\")
show(["a\\\n", "b,c"], escapechar="\\")
show(['"a\\"b",c'], escapechar="\\", doublequote=False)
show(['"a"b,c'])
show(['"a"b,c'], strict=True)
show(['"unterminated'])
show(['"unterminated'], strict=True)
show(["a, b,  c"], skipinitialspace=True)
show(["a; b"], delimiter=";")
show(["1,2.5,x"], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"2",,'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,"2",,'], quoting=csv.QUOTE_STRINGS)
show(['1,"2",,'], quoting=csv.QUOTE_NOTNULL)
show(['"a",b'], quoting=csv.QUOTE_NONE)
show([b"bytes"])
show(["x\u00e9,\U0001F600,y"])
show(["\U0001F600a\U0001F600b"], delimiter="\U0001F600")

old = csv.field_size_limit(5)
print("old limit", old)
show(["12345,123456"])
print(csv.field_size_limit(old))
try:
    csv.field_size_limit(1.5)
except TypeError as e:
    print("TypeError:", e)

r = csv.reader(["a", "b"])
print(next(r), r.line_num, next(r), r.line_num, r.dialect.delimiter)
try:
    r.line_num = 3
except AttributeError as e:
    print("AttributeError:", e)
print(list(csv.DictReader(["h1,h2", "1,2", "3"])))
