compile("def f():\n\treturn 1 +\n", "prog.py", "exec")
