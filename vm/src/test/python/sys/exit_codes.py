# sys.exit and SystemExit caught, with codes of various types; the last one escapes with status 4.
import sys
for code in (None, 0, 1, 255, "message", [1], -1):
    try:
        sys.exit(code)
    except SystemExit as e:
        print(repr(code), "->", repr(e.code), e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    exit_ = sys.exit
    exit_()
except SystemExit as e:
    print("bare", e.code)
def cleanup():
    try:
        sys.exit(9)
    finally:
        print("finally runs during SystemExit")
try:
    cleanup()
except SystemExit as e:
    print("caught", e.code)
try:
    try:
        sys.exit(5)
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException does", type(e).__name__)
print(issubclass(SystemExit, Exception), SystemExit.__bases__)
print("before exit", flush=True)
sys.stdout.write("last write\n")
sys.exit(4)
print("not reached")
