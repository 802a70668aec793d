class Node:
    __slots__ = ("val", "next")
    def __init__(self, val, next=None):
        self.val = val
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        for it in reversed(list(items)):
            self.head = Node(it, self.head)
    def __iter__(self):
        n = self.head
        while n:
            yield n.val
            n = n.next
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList(range(6))
print(ll, len(ll))
print(ll.reverse())
print(LinkedList(), list(LinkedList("abc")))
def middle(ll):
    slow = fast = ll.head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
    return slow.val
print(middle(LinkedList(range(7))), middle(LinkedList(range(8))))
