# Traceback objects: tb_lineno, tb_next chain, tb_frame; frame.f_lineno inside handlers.
def level3():
    raise ValueError("deep")
def level2():
    level3()
def level1():
    level2()
try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    entries = []
    while tb:
        entries.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(entries)
def reraiser():
    try:
        level3()
    except ValueError:
        raise
try:
    reraiser()
except ValueError as e:
    tb, names = e.__traceback__, []
    while tb:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
e2 = ValueError("no tb")
print(e2.__traceback__)
try:
    raise e2
except ValueError:
    pass
print(e2.__traceback__.tb_lineno)
e3 = e2.with_traceback(None)
print(e3.__traceback__, e3 is e2)
try:
    e2.__traceback__ = 5
except TypeError as err:
    print("TypeError", err)
def multi_line():
    x = (
        1 /
        0
    )
try:
    multi_line()
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_lineno)
print(type(e2.__traceback__).__name__ if e2.__traceback__ else None)
