# The exception's __str__ itself raises: CPython prints "<exception str() failed>".
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot describe")
def trigger(n):
    if n > 2:
        raise Weird(n)
    return n
print([trigger(i) for i in range(3)])
try:
    trigger(5)
except Weird as e:
    print("caught", type(e).__name__, e.args)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
trigger(10)
