def wrap(text, width):
    words = text.split()
    lines, cur = [], []
    for w in words:
        if cur and len(" ".join(cur + [w])) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    if len(line) == 1:
        return line[0].ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(map(len, line))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (i < r)) for i, w in enumerate(line[:-1])) + line[-1]
text = "The quick brown fox jumps over the lazy dog and keeps running far away from the farm"
for line in wrap(text, 20):
    print("|" + justify(line, 20) + "|")
import textwrap
print(textwrap.fill(text, 30))
print(textwrap.dedent("""\
    indented
      more
    back"""))
