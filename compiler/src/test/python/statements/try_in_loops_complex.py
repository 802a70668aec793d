def process(items):
    results = []
    for item in items:
        try:
            if item is None:
                continue
            value = int(item)
            if value < 0:
                break
        except ValueError:
            results.append(f"bad:{item}")
            continue
        except TypeError:
            results.append("type")
        else:
            results.append(value)
        finally:
            results.append(".")
    else:
        results.append("completed")
    return results
print(process(["1", None, "x", [], "3"]))
print(process(["5", "-1", "7"]))
def retry(attempts):
    n = 0
    while True:
        n += 1
        try:
            if n < attempts:
                raise ConnectionError(f"try {n}")
            return f"succeeded after {n}"
        except ConnectionError as e:
            print("retrying:", e)
            if n >= 5:
                return "gave up"
print(retry(3))
print(retry(10))
