# sys.settrace: call, line, return and exception events of a small program, with loops on one
# line, a comprehension, a generator driven by a for loop, and an exception caught a frame up.
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = arg[0].__name__
    print(f"{event:9} {frame.f_code.co_name:10} {frame.f_lineno:3} {arg!r}")

def tracer(frame, event, arg):
    show(frame, event, arg)
    return tracer

def gen(n):
    for i in range(n):
        yield i * 10
    return 'done'

def loops(n):
    total = 0
    for i in range(n): total += i
    while n > 0: n -= 1
    squares = [i * i for i in range(3)]
    for v in gen(2):
        total += v
    return total, squares

def fail():
    raise ValueError('bad')

def catcher():
    try:
        fail()
    except ValueError as e:
        result = str(e)
    finally:
        result += '!'
    return result

def conditional(x):
    y = 'a' if x else 'b'
    if x > 1 and \
            x < 10:
        return y
    return None

sys.settrace(tracer)
loops(2)
catcher()
conditional(5)
conditional(0)
sys.settrace(None)
print(sys.gettrace())
