from contextlib import contextmanager
@contextmanager
def cm(tag, log):
    log.append("enter " + tag)
    try:
        yield
    finally:
        log.append("exit " + tag)
def f(raise_at):
    log = []
    try:
        with cm("a", log):
            try:
                with cm("b", log):
                    try:
                        with cm("c", log):
                            if raise_at == "c":
                                raise ValueError("c")
                        if raise_at == "b":
                            raise KeyError("b")
                    except ValueError as e:
                        log.append(f"handled {e} at b level")
                if raise_at == "a":
                    raise TypeError("a")
            except KeyError as e:
                log.append(f"handled {e} at a level")
    except TypeError as e:
        log.append(f"handled {e} at top")
    return log
for where in ["c", "b", "a", None]:
    print(where, f(where))
