# Markers for a failing operator inside a larger parenthesised expression spread over a line.
def price(base, tax, discount):
    return (base + base * tax) * (1 - discount)
items = [(10, 0.2, 0.1), (20, 0.1, 0.0), (5, 0.0, 0.5)]
for base, tax, discount in items:
    print(base, tax, discount, round(price(base, tax, discount), 2))
labels = {"a": 1, "b": 2}
print(labels)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
width = 8
result = (labels["a"] * width) + (labels["b"] - "1") * 2
print(result)
