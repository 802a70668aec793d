# IndentationError reported by compile(): the message names the statement whose block is missing.
sources = [
    "if True:\n    x = 1\n",
    "for i in range(2):\n    pass\n",
]
for i, src in enumerate(sources):
    compile(src, f"ok{i}.py", "exec")
    print("compiled", i)
try:
    compile("def f():\nreturn 1\n", "caught.py", "exec")
except IndentationError as e:
    print("caught:", e.msg, e.lineno, type(e).__name__)
try:
    compile("x = 1\n    y = 2\n", "caught2.py", "exec")
except IndentationError as e:
    print("caught:", e.msg, e.lineno)
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
compile("while True:\n    if x:\n    pass\n", "loop.py", "exec")
