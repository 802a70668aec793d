# Nested exception groups with notes and a chained cause inside.
def leaf(kind):
    if kind == "v":
        raise ValueError("leaf value")
    if kind == "k":
        raise KeyError("leaf key")
    raise RuntimeError("leaf runtime")
def gather(kinds, label):
    errs = []
    for k in kinds:
        try:
            leaf(k)
        except Exception as e:
            errs.append(e)
    return ExceptionGroup(label, errs)
inner = gather("vk", "inner group")
inner.add_note("note on the inner group")
try:
    leaf("r")
except RuntimeError as cause:
    wrapped = LookupError("wrapped")
    wrapped.__cause__ = cause
outer = ExceptionGroup("outer group", [inner, wrapped, ValueError("plain")])
print(len(outer.exceptions))
print([type(e).__name__ for e in outer.exceptions])
print("raising")
raise outer
