# re_scan [N]: N lines of a generated web-server log are parsed with regular expressions:
# a verbose pattern with named groups per line (match), findall of numbers and words, sub with a
# function and with a template, split, search with lookahead and backreferences, and case-
# insensitive alternations. Measures the _sre engine: compilation (cached), backtracking,
# groups, character classes and the str slicing around them.
import re
import sys

LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+-\s+(?P<user>\w+|-)\s+
    \[(?P<day>\d\d)/(?P<month>[A-Z][a-z]{2})/(?P<year>\d{4}):(?P<time>\d\d:\d\d:\d\d)\s[+-]\d{4}\]\s+
    "(?P<method>GET|POST|PUT|DELETE)\s(?P<path>/[^\s?"]*)(?:\?(?P<query>[^\s"]*))?\sHTTP/1\.[01]"\s+
    (?P<status>\d{3})\s(?P<size>\d+|-)
""", re.VERBOSE)
PARAM = re.compile(r"([a-z_]+)=([^&]*)")
WORD = re.compile(r"[A-Za-z]+")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
REPEAT = re.compile(r"\b(\w+)/\1\b")
SHOUT = re.compile(r"(?i)\b(error|warn(?:ing)?|fatal)\b")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
USERS = ["-", "alice", "bob", "carol", "dave"]
PATHS = ["/", "/index.html", "/api/items", "/api/items/42", "/static/app.js", "/docs/docs/intro", "/login"]


def generate(n):
    seed = 7
    lines = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        ip = f"{10 + seed % 200}.{seed >> 8 & 255}.{seed >> 16 & 255}.{i % 256}"
        method = ("GET", "POST", "PUT", "DELETE")[seed % 7 % 4]
        path = PATHS[seed % len(PATHS)]
        query = f"?q=term{seed % 97}&page={seed % 13}&sort_by=name" if seed % 3 == 0 else ""
        status = (200, 200, 200, 404, 500, 302)[seed % 6]
        size = str(seed % 50000) if status != 302 else "-"
        lines.append(f'{ip} - {USERS[seed % 5]} [{1 + seed % 28:02d}/{MONTHS[seed % 12]}/2024:'
                     f'{seed % 24:02d}:{seed % 60:02d}:{seed >> 3 & 63 % 60:02d} +0000] '
                     f'"{method} {path}{query} HTTP/1.1" {status} {size}')
        if seed % 10 == 0:
            lines.append(f"{seed % 24:02d}:00 Warning: cache miss for {path}; retry {seed % 5} ERROR code {seed % 999}")
    return lines


def main(n):
    lines = generate(n)
    statuses, methods, params, bytes_sent, words, numbers, repeats, alerts = {}, {}, {}, 0, 0, 0, 0, 0
    rewritten = []
    for line in lines:
        m = LINE.match(line)
        if m:
            statuses[m["status"]] = statuses.get(m["status"], 0) + 1
            methods[m.group("method")] = methods.get(m.group("method"), 0) + 1
            if m["size"] != "-":
                bytes_sent += int(m["size"])
            if m["query"]:
                for k, v in PARAM.findall(m["query"]):
                    params[k] = params.get(k, 0) + len(v)
            if REPEAT.search(m["path"]):
                repeats += 1
            rewritten.append(re.sub(r"(\d+)\.(\d+)\.(\d+)\.(\d+)", r"\4.\3.\2.\1", m["ip"]))
        else:
            alerts += len(SHOUT.findall(line))
            words += len(WORD.findall(line))
            numbers += sum(float(x) for x in NUMBER.findall(line))
            rewritten.append(SHOUT.sub(lambda w: w.group(0).upper(), line))
        parts = re.split(r"[\s\[\]\"]+", line)
        words += len(parts) // 8
    print("statuses", sorted(statuses.items()))
    print("methods", sorted(methods.items()))
    print("params", sorted(params.items()))
    print("bytes", bytes_sent, "words", words, "numbers", numbers, "repeats", repeats, "alerts", alerts)
    print("checksum", sum(len(r) for r in rewritten) % 1000003, rewritten[7])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60000)
