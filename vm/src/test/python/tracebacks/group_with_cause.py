# An ExceptionGroup raised from another exception, with notes on the group.
def load(name):
    if name.startswith("bad"):
        raise FileNotFoundError(2, "No such file", name)
    return name.upper()
def load_all(names):
    errors, loaded = [], []
    for n in names:
        try:
            loaded.append(load(n))
        except OSError as e:
            errors.append(e)
    if errors:
        group = ExceptionGroup(f"{len(errors)} files failed", errors)
        group.add_note(f"loaded {len(loaded)} of {len(names)}")
        raise group
    return loaded
print(load_all(["a", "b"]))
try:
    load_all(["bad1"])
except ExceptionGroup as g:
    print("caught", g.message)
try:
    int("not a number")
except ValueError as cause:
    try:
        load_all(["ok", "bad2", "bad3"])
    except ExceptionGroup as g:
        raise RuntimeError("loading failed") from g
