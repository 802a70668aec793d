# Nested dict/list structures: deep get with defaults, merging recursively, flattening keys, comparisons.
config = {"db": {"host": "x", "ports": [1, 2]}, "debug": False, "paths": {"home": "/h", "tmp": None}}
def deep_get(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(deep_get(config, "db.host"), deep_get(config, "db.ports"), deep_get(config, "db.user", "?"), deep_get(config, "debug.x", "no"))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(out.get(k), dict) and isinstance(v, dict) else v
    return out
print(merge(config, {"db": {"host": "y", "user": "u"}, "debug": True}))
def flatten(d, prefix=""):
    items = {}
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            items.update(flatten(v, key + "."))
        else:
            items[key] = v
    return items
print(flatten(config))
print(config == merge(config, {}), config["db"] == {"ports": [1, 2], "host": "x"}, config != {})
counts = {}
for word in "a b a c b a".split():
    counts[word] = counts.get(word, 0) + 1
inverted = {}
for w, n in counts.items():
    inverted.setdefault(n, []).append(w)
print(counts, inverted, sorted(inverted.items(), reverse=True))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
print(repr({"k": {"k": {"k": {}}}}), len(str(tree)))
