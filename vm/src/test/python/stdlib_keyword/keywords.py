# keyword lists, iskeyword, issoftkeyword, and using them with str methods.
import keyword
print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
for w in ("if", "match", "case", "type", "_", "print", "True", "None", "async", "await", "self", "nonlocal"):
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w), w.isidentifier())
print(sorted(k for k in keyword.kwlist if k[0].isupper()))
print([k for k in keyword.kwlist if len(k) <= 2])
print(max(keyword.kwlist, key=len), min(keyword.kwlist, key=len))
def safe_name(name):
    return name + "_" if keyword.iskeyword(name) else name
print([safe_name(n) for n in ("class", "klass", "def", "from_", "lambda")])
for src in ("class = 1", "match = 1", "type = 2", "_ = 3", "None = 4", "async = 5"):
    try:
        compile(src, "<kw>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
match = [1, 2]
type = "shadowed"
print(match, type)
del type
print(type(1).__name__)
