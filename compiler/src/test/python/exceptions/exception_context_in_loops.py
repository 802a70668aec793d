def f():
    errors = []
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            errors.append((str(e), e.__context__))
    return errors
print(f())
def g():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise ValueError("b")
        except ValueError as e:
            return repr(e.__context__)
print(g())
def h():
    try:
        raise TypeError("outer")
    except TypeError:
        for i in range(2):
            try:
                raise IndexError(i)
            except IndexError as e:
                last = e
    return repr(last.__context__)
print(h())
def self_context():
    e = ValueError("self")
    try:
        try:
            raise e
        except ValueError:
            raise e
    except ValueError as again:
        return again.__context__ is None
print(self_context())
