# compile() with a filename: the SyntaxError names that file and shows the bad line.
sources = {
    "good.py": "a = [1, 2, 3]\nb = sum(a)\n",
    "bad.py": "def broken(:\n    pass\n",
}
for name in sorted(sources, reverse=True):
    print("compiling", name)
    code = compile(sources["good.py"], "good.py", "exec")
ns = {}
exec(code, ns)
print(ns["b"])
print("now the broken one")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
compile(sources["bad.py"], "bad.py", "exec")
