# An escaping SystemExit(True) and output flushing order of stdout vs stderr.
import sys
print("stdout line 1")
print("stderr line 1", file=sys.stderr)
print("stdout line 2")
sys.stderr.write("stderr line 2\n")
def a():
    b()
def b():
    raise SystemExit(True)
try:
    a()
except SystemExit as e:
    print("caught once", repr(e.code))
print(type(sys.exit.__doc__).__name__)  # the text is Kaa's own
for v in (2 ** 31 - 1, 0):
    try:
        sys.exit(v)
    except SystemExit as e:
        print(e.code)
print("the next SystemExit(True) escapes")
print(bool(True), int(True))
print("exit status will be 1")
x = [i for i in range(3)]
print(x)
a()
