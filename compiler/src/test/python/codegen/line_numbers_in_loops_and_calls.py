import sys, traceback
def where():
    return sys._getframe(1).f_lineno
def f():
    lines = []
    for i in range(2):
        lines.append(where())
    lines.append(
        where()
    )
    x = [where()
         for _ in range(1)]
    lines.extend(x)
    try:
        d = {}
        d[
            "missing"
        ]
    except KeyError as e:
        lines.append(e.__traceback__.tb_lineno)
    try:
        (None
         .attr)
    except AttributeError as e:
        lines.append(e.__traceback__.tb_lineno)
    try:
        int(
            "bad")
    except ValueError as e:
        lines.append(e.__traceback__.tb_lineno)
    return lines
base = f.__code__.co_firstlineno
print([l - base for l in f()])
def g():
    for x in iter_fail():
        pass
def iter_fail():
    yield 1
    raise RuntimeError("in generator")
try:
    g()
except RuntimeError as e:
    print([(fr.name, fr.lineno - g.__code__.co_firstlineno) for fr in traceback.extract_tb(e.__traceback__)])
