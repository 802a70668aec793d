# A SyntaxError from exec() is printed with its "<string>" location and a caret.
snippets = [
    "x = 1",
    "y = x + 1",
    "def f(a):\n    return a * 2",
]
env = {}
for s in snippets:
    exec(s, env)
print(env["x"], env["y"], env["f"](21))
print("executing generated code")
generated = "\n".join([
    "result = []",
    "for i in range(3):",
    "    result.append(i *)",
])
print(generated.count("\n"), "lines")
print(len(generated), "characters")
print("...")
print("...")
print("...")
exec(generated, env)
print("never")
