# A KeyError raised inside a dict comprehension (inlined in 3.12+: no separate frame).
inventory = {"apples": 5, "pears": 2}
orders = [("apples", 2), ("pears", 1)]
remaining = {name: inventory[name] - n for name, n in orders}
print(remaining)
orders.append(("plums", 4))
print(len(orders))
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
print("...")
print("...")
remaining = {name: inventory[name] - n for name, n in orders}
print("never")
