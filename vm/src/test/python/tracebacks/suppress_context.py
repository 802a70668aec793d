# raise ... from None hides the context; only the last exception is shown.
def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"expected digits, got {text!r}") from None
values = ["1", "22", "333"]
print([convert(v) for v in values])
print(convert("4444"))
print("total", sum(convert(v) for v in values))
print("now a bad one")
for v in values:
    print(v, len(v))
print("converting")
print("...")
print("...")
print("...")
print("...")
convert("x1")
print("never")
print("never")
print("never")
