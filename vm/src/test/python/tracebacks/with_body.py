# An exception escaping a with-block whose __exit__ does not suppress it; __exit__ runs first.
class Section:
    def __init__(self, title):
        self.title = title
    def __enter__(self):
        print(f"[{self.title}]")
        return self
    def __exit__(self, exc_type, exc, tb):
        print(f"[/{self.title}] exc={exc_type.__name__ if exc_type else None}")
        return False
def render(rows):
    with Section("table"):
        for r in rows:
            print(" | ".join(str(c) for c in r))
            if len(r) != 2:
                raise ValueError(f"row {r!r} has {len(r)} cells, expected 2")
render([(1, 2), (3, 4)])
print("...")
print("...")
print("...")
print("...")
print("...")
render([(5, 6), (7, 8, 9)])
print("never")
