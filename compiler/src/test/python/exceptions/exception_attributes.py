try:
    raise OSError(2, "No such file")
except OSError as e:
    print(e.errno, e.strerror, type(e).__name__, e.args)
try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e), e.args)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    import not_a_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise StopIteration(7)
except StopIteration as e:
    print("StopIteration value", e.value)
e = ValueError("x")
print(e.__traceback__, e.__context__, e.__cause__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except UnicodeError as u:
    print(u)
