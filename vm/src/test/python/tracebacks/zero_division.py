# An uncaught ZeroDivisionError from a binary operation inside nested calls.
def mean(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)
def report(groups):
    for name, values in groups:
        print(name, mean(values))
groups = [
    ("first", [1, 2, 3]),
    ("second", [10, 20]),
    ("third", [5]),
    ("empty", []),
    ("never", [1]),
]
print("computing means")
print("of", len(groups), "groups")
for name, values in groups[:1]:
    print("sample", name, values)
print("sums", [sum(v) for _, v in groups])
print("lengths", [len(v) for _, v in groups])
report(groups)
print("not reached")
