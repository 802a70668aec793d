# A TypeError for a missing keyword-only argument escapes from a call with keywords.
def connect(host, port=80, *, timeout, retries=3):
    return f"{host}:{port} timeout={timeout} retries={retries}"
print(connect("a", timeout=1))
print(connect("b", 8080, timeout=2, retries=0))
print(connect(host="c", timeout=3))
print(connect.__defaults__, connect.__kwdefaults__)
try:
    connect("d", 1, 2)
except TypeError as e:
    print("caught:", e)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(connect("e",
              port=443,
              retries=5))
print("never")
