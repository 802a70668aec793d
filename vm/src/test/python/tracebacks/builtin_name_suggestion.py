# NameError for a misspelled builtin: CPython suggests the builtin name.
def summarize(values):
    count = len(values)
    total = sum(values)
    return count, total
data = [4, 8, 15, 16, 23, 42]
print(summarize(data))
print(sorted(data, reverse=True))
print(max(data), min(data))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
def broken(values):
    return lenn(values) * 2
print(broken(data))
print("never")
