def tokenize(s):
    toks = []
    for ch in s:
        match ch:
            case " ":
                continue
            case "+" | "-" | "*" | "/" as op:
                toks.append(("op", op))
            case d if d.isdigit():
                if toks and toks[-1][0] == "num":
                    toks[-1] = ("num", toks[-1][1] * 10 + int(d))
                else:
                    toks.append(("num", int(d)))
            case "(" | ")":
                toks.append(("paren", ch))
            case other:
                raise ValueError(f"bad char {other!r}")
    return toks
print(tokenize("12 + 3*(45 - 6)"))
try:
    tokenize("1 ? 2")
except ValueError as e:
    print(e)
def http_status(code):
    match code:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302:
            return "redirect"
        case c if 400 <= c < 500:
            return "client error"
        case c if c >= 500:
            return "server error"
    return "unknown"
print([http_status(c) for c in (200, 302, 404, 503, 100)])
