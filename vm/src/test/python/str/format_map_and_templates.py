# format_map with custom mappings, default-dict behaviour, partial formatting, and template-like manual rendering.
class Default(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age} years, {unknown}".format_map(Default(name="Ann", age=30)))
class Tracking(dict):
    def __getitem__(self, k):
        print("lookup", k)
        return super().__getitem__(k)
print("{a}-{b}-{a}".format_map(Tracking(a=1, b=2)))
try:
    "{missing}".format_map({})
except KeyError as e:
    print("KeyError", e)
try:
    "{0}".format_map({"0": "zero"})
except (KeyError, ValueError, TypeError) as e:
    print(type(e).__name__, e)
print("{a.real}".format_map({"a": 3 + 4j}), "{a[0]}".format_map({"a": "xyz"}))
def render(template, **values):
    out = []
    i = 0
    while i < len(template):
        if template.startswith("{{", i):
            j = template.index("}}", i)
            key = template[i + 2:j].strip()
            out.append(str(values.get(key, f"<{key}?>")))
            i = j + 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
print(render("Hello {{ who }}, you owe {{amount}} {{ currency }}.", who="Bo", amount=3))
rows = [{"item": "tea", "qty": 2, "price": 1.5}, {"item": "cake", "qty": 1, "price": 3.25}]
fmt = "{item:<6}{qty:>4}{price:>8.2f}"
for r in rows:
    print(fmt.format_map(r))
print("{:-^18}".format(" total "), "{:>18.2f}".format(sum(r["qty"] * r["price"] for r in rows)))
print("%(item)s x%(qty)d" % rows[0], "{0[item]} x{0[qty]}".format(rows[1]))
