# An exception raised inside a generator consumed by a comprehension inside a function.
def parse_lines(lines):
    for number, line in enumerate(lines, 1):
        key, value = line.split("=")
        yield key.strip(), value.strip()
def load(text):
    return {k: v for k, v in parse_lines(text.splitlines())}
good = "a = 1\nb = 2"
print(load(good))
bad = "a = 1\nb = 2\nthis line has no equals sign\nc = 3"
print(len(bad.splitlines()), "lines")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print(load(bad))
print("never")
