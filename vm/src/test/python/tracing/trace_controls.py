# The local trace function's controls: f_trace_lines off, f_trace_opcodes on, a local
# function replaced by the one it returns, a trace function that raises (tracing stops),
# frame.f_trace set by hand on a running frame, and generators resumed by send and throw.
import sys

log = []

def local(frame, event, arg):
    log.append((frame.f_code.co_name, event, frame.f_lineno))
    return local

def opcodes_only(frame, event, arg):
    frame.f_trace_lines = False
    frame.f_trace_opcodes = True
    log.append((frame.f_code.co_name, event, frame.f_lineno, frame.f_lasti > 0))
    return local

def small(a):
    b = a + 1
    return b

def boom(frame, event, arg):
    if event == 'line' and frame.f_lineno == 27:
        raise RuntimeError('from the trace function')
    return boom

def victim():
    x = 1
    y = 2
    return x + y

def coro():
    got = yield 'first'
    try:
        yield got
    except KeyError:
        yield 'caught'

sys.settrace(opcodes_only)
small(1)
sys.settrace(None)
print(log)
log.clear()

sys.settrace(boom)
try:
    victim()
except RuntimeError as e:
    print('raised:', e, '| trace now', sys.gettrace())

def by_hand():
    frame = sys._getframe()
    frame.f_trace = local
    sys.settrace(lambda *a: None)
    a = 1
    b = 2
    sys.settrace(None)
    return a + b

log.clear()
by_hand()
print(log)

log.clear()
sys.settrace(local)
c = coro()
next(c)
c.send('sent')
c.throw(KeyError)
sys.settrace(None)
for entry in log:
    print(entry)
