class Stack:
    def __init__(self):
        self.items = []
    def push(self, *vs):
        self.items.extend(vs)
        return self
    def pop(self):
        return self.items.pop()
    def peek(self, default=None):
        return self.items[-1] if self.items else default
s = Stack().push(1).push(2, 3)
print(s.pop(), s.peek(), s.items)
print(Stack.peek(Stack(), default="empty"))
bound = s.push
print(bound.__self__ is s, bound.__func__ is Stack.push)
bound(9)
print(s.items)
print("x".join(["a", "b"]), str.join("-", ["c", "d"]))
print([1, 2, 3].index(2), (1, 2, 2).count(2), {"a": 1}.get("b", 0))
print(getattr(s, "peek")(), type(s).pop(s))
