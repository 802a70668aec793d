# An ExceptionGroup escaping: CPython prints the boxed sub-exception tracebacks.
def check(n):
    if n % 3 == 0:
        raise ValueError(f"{n} divisible by 3")
    if n % 5 == 0:
        raise TypeError(f"{n} divisible by 5")
    return n
def check_all(numbers):
    errors = []
    ok = []
    for n in numbers:
        try:
            ok.append(check(n))
        except (ValueError, TypeError) as e:
            errors.append(e)
    print("ok:", ok)
    if errors:
        raise ExceptionGroup("some checks failed", errors)
check_all([1, 2, 4])
print("first batch passed")
print("second batch")
print("...")
check_all([1, 3, 5, 7])
print("never")
print("never")
print("never")
