"""Runs a case program and writes what Kaa's TracebackPrinterTest needs to rebuild its
uncaught exception (types, args, chaining, traceback positions, names for suggestions) and
the text CPython 3.13's excepthook prints for it."""
import sys, json, traceback, builtins, runpy, os

case = os.path.abspath(sys.argv[1])
out = open(sys.argv[2], 'w')
ids = {}

def rec(*a):
    out.write(json.dumps(list(a), ensure_ascii=False) + '\n')

def pos_of(tb):
    code = tb.tb_frame.f_code
    if tb.tb_lasti < 0:
        return (None, None, None, None)
    return list(code.co_positions())[tb.tb_lasti // 2]

def rel(fn):
    d = os.path.dirname(case) + '/'
    return fn[len(d):] if fn.startswith(d) else fn

def dump(e):
    if id(e) in ids:
        return ids[id(e)]
    i = len(ids)
    ids[id(e)] = i
    t = type(e)
    builtin = t.__module__ == 'builtins'
    base = t
    while base.__module__ != 'builtins':
        base = base.__base__
    rec('exc', i, t.__name__, base.__name__, t.__module__, t.__qualname__)
    if isinstance(e, SyntaxError) and builtin:
        rec('syntax', i, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    elif isinstance(e, BaseExceptionGroup):
        for m in e.exceptions:
            dump(m)
        rec('group', i, e.message, *[ids[id(m)] for m in e.exceptions])
    else:
        # __reduce__'s arguments rebuild the exception (OSError keeps its filename there).
        for a in e.__reduce__()[1]:
            rec('arg', i, a if isinstance(a, (str, int)) else repr(a))
    if 'strfails' in t.__dict__:
        rec('strfails', i)
    notes = getattr(e, '__notes__', None)
    if notes is not None:
        rec('notes', i, type(notes).__name__, *(notes if isinstance(notes, (list, tuple)) else [notes]))
    if isinstance(e, (NameError, AttributeError)) and e.name is not None:
        rec('attrname', i, e.name)
    if isinstance(e, AttributeError) and e.name is not None:
        rec('objdir', i, *dir(e.obj))
    tb = e.__traceback__
    last = None
    while tb is not None:
        fn = tb.tb_frame.f_code.co_filename
        if fn.startswith(os.path.dirname(case) + '/') or not fn.startswith('/'):
            p = pos_of(tb)
            rec('tb', i, rel(fn), tb.tb_frame.f_code.co_name, tb.tb_lineno, *[(-1 if v is None else v) for v in p])
            last = tb
        tb = tb.tb_next
    if last is not None and isinstance(e, AttributeError) and last.tb_frame.f_locals.get('self') is e.obj:
        rec('selfisobj', i)
    if last is not None and isinstance(e, NameError):
        f = last.tb_frame
        rec('ns', i, 'LOCALS', *list(f.f_locals))
        rec('ns', i, 'GLOBALS', *list(f.f_globals))
        rec('ns', i, 'BUILTINS', *list(f.f_builtins))
    if e.__cause__ is not None:
        rec('cause', i, dump(e.__cause__))
    if e.__context__ is not None:
        rec('context', i, dump(e.__context__))
    rec('suppress', i, 1 if e.__suppress_context__ else 0)
    return i

def hook(t, e, tb):
    # Drop the frames of this runner (runpy's), keep the program's.
    while tb is not None and tb.tb_frame.f_code.co_filename != case:
        tb = tb.tb_next
    if not isinstance(e, SyntaxError) or tb is not None:
        e.__traceback__ = tb
    dump(e)
    coloured = ''.join(traceback.format_exception(e, colorize=True))
    rec('expected_colour', coloured.replace(os.path.dirname(case) + '/', '@DIR@/'))
    text = ''.join(traceback.format_exception(e))
    rec('expected', text.replace(os.path.dirname(case) + '/', '@DIR@/'))
    out.close()

sys.excepthook = hook
sys.argv = [case]
runpy.run_path(case, run_name='__main__')
