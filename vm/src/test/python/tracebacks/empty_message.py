# Exceptions with no message print only their class name; a bare raise of a class.
class Empty(Exception):
    pass
def check(flag):
    if flag:
        raise Empty
    return "fine"
print(check(False))
try:
    check(True)
except Empty as e:
    print("caught:", repr(e), str(e) == "")
print("values", [check(False) for _ in range(3)])
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
check(True)
