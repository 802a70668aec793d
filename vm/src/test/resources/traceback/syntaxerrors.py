import traceback, json
cases = [
  ("m", ("f.py", 1, 5, "x = (1,\n", 1, 6)),
  ("m", ("f.py", 1, 5, "x = (1,\n", 2, 3)),
  ("m", ("f.py", 1, 50, "abc\n", 1, 60)),
  ("m", ("f.py", 1, 3, "   abc def\n", 1, 0)),
  ("m", ("f.py", 1, 0, "abc\n", 1, 0)),
  ("m", ("f.py", 1, -2, "abc\n", 1, 3)),
  ("m", ("f.py", 1, None, "  abc\n")),
  ("m", ("", 3, 2, "\tif x:\n", 3, 4)),
  ("m", (None, 3, 2, "\f  if x:\n", 3, 8)),
  ("", ("f.py", None, 2, "abc\n")),
  ("m", ("f.py", None, None, None)),
  ("m", (None, None, None, None)),
  ("m", ("f.py", 2, 4, "a\tb = é + 1\n", 2, 7)),
  ("m", ("f.py", 1, 3, "", 1, 5)),
  ("m", ("f.py", 1, 5, "x = 1", 1, 4)),
]
for msg, info in cases:
    e = SyntaxError(msg, info)
    print(json.dumps([msg, len(info), *info, ''.join(traceback.format_exception_only(e))], ensure_ascii=False))
