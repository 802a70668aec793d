import functools
def retry(times, exceptions=(Exception,)):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*a, **k):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return f(*a, attempt=attempt, **k)
                except exceptions as e:
                    print(f"attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"all {times} attempts failed") from last
        return wrapper
    return deco
@retry(3, (ValueError,))
def flaky(x, attempt):
    if attempt < 3:
        raise ValueError(f"not yet ({x})")
    return f"ok on {attempt}"
print(flaky("job"))
@retry(2)
def always(attempt):
    raise KeyError(attempt)
try:
    always()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
def validate(**types):
    def deco(f):
        def w(**kw):
            for k, t in types.items():
                if not isinstance(kw[k], t):
                    raise TypeError(f"{k} must be {t.__name__}")
            return f(**kw)
        return w
    return deco
@validate(a=int, b=str)
def combine(a, b):
    return b * a
print(combine(a=2, b="xy"))
try:
    combine(a="2", b="xy")
except TypeError as e:
    print("TypeError:", e)
