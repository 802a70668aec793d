# Create interpreters, run code in them with shared values, and read exceptions back.
import _interpreters as interpreters

main, whence = interpreters.get_main()
print("main", main, whence == interpreters.WHENCE_RUNTIME, interpreters.get_current() == (main, whence))

a = interpreters.create()
b = interpreters.create("legacy")
print("ids are ints", type(a) is int, a != b, interpreters.whence(a) == interpreters.WHENCE_STDLIB)
print(sorted(i for i, _ in interpreters.list_all()) == sorted([main, a, b]))
print(interpreters.get_config(b).gil, interpreters.new_config("empty").allow_threads)
print(interpreters.is_running(a), interpreters.is_running(main))

shared = {"n": 7, "s": "text", "t": (1, (2.5, b"x"), None, False)}
print(interpreters.exec(a, "result = (n * 6, s.upper(), t)", shared))
interpreters.set___main___attrs(a, {"extra": "more"})
# The interpreter keeps its __main__ between runs; its own globals never leak back.
print(interpreters.exec(a, "assert result == (42, 'TEXT', (1, (2.5, b'x'), None, False)), result"))
print(interpreters.exec(a, "assert extra == 'more'"))
print("result" in globals())

snap = interpreters.exec(a, "raise KeyError('missing')")
print(snap.type.__name__, snap.type.__module__, snap.msg)
print(snap.formatted)
print(snap.errdisplay)

snap = interpreters.exec(a, "class Oops(Exception): pass\nraise Oops(1, 2)")
print(snap.type.__qualname__, snap.type.__module__, snap.msg)

def no_args():
    import sys
    sys.modules["__main__"].ran = True

print(interpreters.run_func(a, no_args), interpreters.call(a, no_args))
print(interpreters.exec(a, "assert ran"))
print(interpreters.exec(a, compile("x = 1", "<code>", "exec")))
print(interpreters.is_shareable(3), interpreters.is_shareable((1, "a")), interpreters.is_shareable([1]),
      interpreters.is_shareable((1, {})))
print(interpreters.capture_exception(ValueError("shown")).formatted)

def attempt(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(interpreters.exec, a, lambda x: x)
attempt(interpreters.exec, a, 5)
attempt(interpreters.set___main___attrs, a, {"l": []})
attempt(interpreters.run_string, a, no_args)
attempt(interpreters.call, a, no_args, (1,))
attempt(interpreters.exec, 1000, "pass")
attempt(interpreters.exec, -1, "pass")
attempt(interpreters.exec, "1", "pass")
attempt(interpreters.destroy, main)
attempt(interpreters.create, "odd")
print(issubclass(interpreters.InterpreterNotFoundError, interpreters.InterpreterError),
      issubclass(interpreters.NotShareableError, ValueError))

interpreters.destroy(a)
interpreters.destroy(b)
attempt(interpreters.destroy, a)
print([i for i, _ in interpreters.list_all()] == [main])
