# An ExceptionGroup with more than 15 sub-exceptions: CPython shows 15 and "and N more exceptions".
errors = []
for i in range(20):
    try:
        if i % 2:
            raise ValueError(f"odd {i}")
        raise KeyError(i)
    except (ValueError, KeyError) as e:
        errors.append(e)
print(len(errors))
print([type(e).__name__ for e in errors[:4]])
eg = ExceptionGroup("twenty failures", errors)
print(len(eg.exceptions))
match, rest = eg.split(ValueError)
print(len(match.exceptions), len(rest.exceptions))
print("...")
print("...")
print("...")
print("...")
print("...")
print("...")
raise eg
