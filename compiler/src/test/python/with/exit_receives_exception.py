class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("type:", et.__name__ if et else None, "| value:", repr(ev), "| tb:", tb is not None)
        return True
with Inspect():
    pass
with Inspect():
    raise ValueError("val")
with Inspect():
    raise KeyError
with Inspect():
    [1][5]
def in_func():
    with Inspect():
        return "returned despite suppress-capable exit"
print(in_func())
def suppress_and_continue():
    with Inspect():
        raise TypeError("t")
    return "reached after suppression"
print(suppress_and_continue())
