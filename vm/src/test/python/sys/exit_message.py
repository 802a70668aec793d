# SystemExit with a string argument: printed on stderr, status 1.
import sys
print("about to exit with a message")
try:
    sys.exit("inner message, caught")
except SystemExit as e:
    print("caught:", e)
def leave():
    print("leaving")
    sys.exit("fatal: something went wrong")
def outer():
    try:
        leave()
    finally:
        print("outer finally")
print(sys.exit.__name__, SystemExit("x").code)
class Code:
    def __repr__(self):
        return "Code()"
    def __str__(self):
        return "Code as str"
try:
    sys.exit(Code())
except SystemExit as e:
    print(type(e.code).__name__, e)
values = []
for i in range(3):
    try:
        sys.exit(i)
    except SystemExit as e:
        values.append(e.code)
print(values)
print(isinstance(SystemExit(), BaseException))
print("done with caught exits")
print("now exiting")
outer()
