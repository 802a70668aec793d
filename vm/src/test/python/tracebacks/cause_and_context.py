# An exception with both an explicit cause and, further down, an implicit context; notes on each.
def fetch(key):
    data = {"a": "1", "b": "two"}
    return data[key]
def parse(key):
    raw = fetch(key)
    try:
        return int(raw)
    except ValueError as e:
        e.add_note(f"raw value was {raw!r}")
        raise RuntimeError(f"cannot parse {key}") from e
def parse_or_default(key):
    try:
        return parse(key)
    except KeyError:
        return parse("b")
print(parse("a"))
print(parse_or_default("a"))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(parse_or_default("zzz"))
