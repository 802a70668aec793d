import _suggestions, json, keyword, builtins
cases = [
  (["print", "prin", "sprint"], "prnt"),
  (dir(builtins), "lenn"),
  (dir(builtins), "Print"),
  (dir(builtins), "pritn"),
  (["ab", "abc"], "a"),
  (["a"*41, "b"], "a"*42),
  (["horizontal", "vertical"], "horizontl"),
  (["x"] * 749 + ["abcdef"], "abcdeg"),
  (["x"] * 750 + ["abcdef"], "abcdeg"),
  (["café", "cafe"], "cafè"),
  (["AAA", "aaa"], "aab"),
  (["foo_bar", "foobar", "foo"], "foo_baz"),
  (["self", "selfish"], "slef"),
  (["zzzzzzzzzz", "zzzzzzzzzy"], "zzzzzzzzzx"),
  ([], "x"),
  (["xy"], "xy"),
]
for names, wrong in cases:
    print(json.dumps([wrong, _suggestions._generate_suggestions(names, wrong), *names], ensure_ascii=False))
