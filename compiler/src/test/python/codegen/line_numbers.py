import sys
def where():
    return sys._getframe(1).f_lineno
print("line", where())
x = (
    where()
)
print("multi-line call arg", x)
def f():
    a = 1
    b = where()
    for i in range(2):
        c = where()
    return b, c
print(f())
def err_line():
    try:
        d = {}
        y = (1 +
             d["missing"])
    except KeyError as e:
        return e.__traceback__.tb_lineno
print("traceback line", err_line())
def nested_err():
    return [1][
        5]
try:
    nested_err()
except IndexError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("inner frame line", tb.tb_lineno)
print(f.__code__.co_firstlineno, err_line.__code__.co_firstlineno)
lines = [l for l in (i for i in range(1))]
print(sys._getframe().f_lineno)
