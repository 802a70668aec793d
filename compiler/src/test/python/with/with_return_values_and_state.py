class Managed:
    instances = []
    def __init__(self, tag):
        self.tag = tag
        self.state = "new"
        Managed.instances.append(self)
    def __enter__(self):
        self.state = "entered"
        return self.tag
    def __exit__(self, et, ev, tb):
        self.state = f"exited({'error' if et else 'ok'})"
        return None
def use(n):
    with Managed(f"m{n}") as tag:
        if n % 2:
            raise ValueError(tag)
        return tag
out = []
for n in range(4):
    try:
        out.append(use(n))
    except ValueError as e:
        out.append(f"err {e}")
print(out)
print([m.state for m in Managed.instances])
