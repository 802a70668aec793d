try:
    raise SyntaxError("custom message")
except SyntaxError:
    raise IndentationError("unexpected thing", ("mod.py", 2, 5, "    foo bar\n", 2, 8))
