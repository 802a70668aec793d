# A failing assert with a message computed from the data.
def average(xs):
    assert xs, "average of empty sequence"
    return sum(xs) / len(xs)
def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True
print(average([1, 2, 3]))
print(check_sorted([1, 2, 2, 5]))
try:
    average([])
except AssertionError as e:
    print("caught:", e)
data = [1, 4, 9, 7, 16]
print(data)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
check_sorted(data)
print("never")
