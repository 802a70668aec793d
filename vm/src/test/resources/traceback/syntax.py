compile("x = (1,\n  2", "<string>", "exec")
