import traceback
def fail_attr(o):
    return o.missing_attribute
def fail_index(seq):
    return seq[10]
def fail_call():
    return int("zz")
def fail_div(a, b):
    return (a +
            a / b)
for fn, args in [(fail_attr, (None,)), (fail_index, ([],)), (fail_call, ()), (fail_div, (1, 0))]:
    try:
        fn(*args)
    except Exception as e:
        frames = traceback.extract_tb(e.__traceback__)
        last = frames[-1]
        print(type(e).__name__, last.name, last.lineno, last.end_lineno, last.colno, last.end_colno)
