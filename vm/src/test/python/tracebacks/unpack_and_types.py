# A ValueError from unpacking too many values in a for-loop target.
pairs = [(1, "a"), (2, "b"), (3, "c")]
for number, letter in pairs:
    print(number, letter)
lookup = dict(pairs)
print(lookup)
inverted = {v: k for k, v in lookup.items()}
print(inverted)
triples = [(1, 2, 3), (4, 5, 6)]
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
for a, b in triples:
    print(a, b)
print("never")
