# A BaseException subclass (not Exception) escapes; traceback as usual, exit status 1.
class Abort(BaseException):
    pass
def step(n):
    if n == 3:
        raise Abort(f"aborted at step {n}")
    return n * n
results = []
try:
    for i in range(10):
        results.append(step(i))
except Exception:
    print("Exception does not catch Abort")
except Abort as a:
    print("caught", a)
print(results)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
for i in range(10):
    step(i)
