# A SyntaxError for an unterminated string literal in exec'd code, with its location line.
programs = [
    "a = 'fine'",
    "b = \"also fine\"",
    "c = '''multi\nline'''",
]
ns = {}
for p in programs:
    exec(p, ns)
print(ns["a"], ns["b"], ns["c"].splitlines())
try:
    exec("d = (1, 2", ns)
except SyntaxError as e:
    print("caught:", e.msg, e.lineno, e.offset)
try:
    exec("e = [1, 2}", ns)
except SyntaxError as e:
    print("caught:", e.msg)
print("...")
print("...")
print("...")
print("...")
print("...")
exec("value = 'unterminated\nprint(value)", ns)
