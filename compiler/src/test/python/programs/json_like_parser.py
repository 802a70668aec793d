def parse(s):
    pos = 0
    def ws():
        nonlocal pos
        while pos < len(s) and s[pos] in " \n\t":
            pos += 1
    def value():
        nonlocal pos
        ws()
        c = s[pos]
        if c == "{":
            pos += 1
            obj = {}
            ws()
            if s[pos] == "}":
                pos += 1
                return obj
            while True:
                ws()
                k = value()
                ws()
                assert s[pos] == ":"
                pos += 1
                obj[k] = value()
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return obj
        if c == "[":
            pos += 1
            arr = []
            ws()
            if s[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                if s[pos] == ",":
                    pos += 1
                    continue
                pos += 1
                return arr
        if c == '"':
            end = s.index('"', pos + 1)
            v = s[pos + 1:end]
            pos = end + 1
            return v
        start = pos
        while pos < len(s) and (s[pos].isdigit() or s[pos] in "-.e"):
            pos += 1
        if start == pos:
            for lit, v in (("true", True), ("false", False), ("null", None)):
                if s.startswith(lit, pos):
                    pos += len(lit)
                    return v
            raise ValueError(f"unexpected {s[pos]!r} at {pos}")
        num = s[start:pos]
        return float(num) if "." in num or "e" in num else int(num)
    return value()
print(parse('{"a": [1, 2, {"b": null}], "c": "str", "d": -3.5, "e": true, "f": []}'))
try:
    parse("[1, ?]")
except ValueError as e:
    print("ValueError:", e)
