# Markers under a failing method call on an attribute chain, with a TypeError from a builtin.
class Inventory:
    def __init__(self):
        self.items = {"apples": 3, "pears": 5}
    def add(self, name, count):
        self.items[name] = self.items.get(name, 0) + count
        return self
    def names(self):
        return ", ".join(self.items)
    def counts(self):
        return ", ".join(self.items.values())
inv = Inventory()
inv.add("plums", 2).add("apples", 1)
print(inv.names())
print(sorted(inv.items.items()))
print(sum(inv.items.values()))
print("...")
print("...")
print("...")
print("...")
print("...")
print(inv.counts())
print("never")
