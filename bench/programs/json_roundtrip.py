# json_roundtrip [N]: N generated order records (nested dicts and lists of str, int, float, bool,
# None and non-ASCII text) are encoded with json.dumps (compact, sorted, indented, ASCII-escaped),
# decoded again with json.loads (plain, with object_hook and parse_float), and compared. Measures
# the _json accelerators (scanner, encoder, string escaping) and the dict and list building
# around them.
import json
import sys

NAMES = ["Ada", "Grace", "Linus", "Guido", "Barbara", "Ken", "Дмитрий", "Zoë", "李雷", "Ümit"]
ITEMS = ["widget", "gadget", "doohickey", "gizmo", "thingamajig", "whatsit"]


def generate(n):
    seed = 42
    orders = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        lines = []
        for j in range(1 + seed % 5):
            lines.append({"sku": f"{ITEMS[(seed >> j) % len(ITEMS)]}-{j}", "qty": 1 + (seed >> 3) % 9,
                          "price": round(((seed >> 5) % 10000) / 100 + j * 0.25, 2),
                          "tags": ["fragile"] * ((seed >> j) % 2) + ["gift"] * ((seed >> 2) % 2)})
        orders.append({"id": i, "customer": {"name": NAMES[seed % len(NAMES)], "vip": seed % 7 == 0,
                                             "note": None if seed % 3 else f"call \"{i}\"\tbefore\n5pm"},
                       "lines": lines, "total": round(sum(l["qty"] * l["price"] for l in lines), 2),
                       "paid": seed % 4 != 0})
    return orders


def main(n):
    orders = generate(n)
    compact = json.dumps(orders, separators=(",", ":"))
    pretty = json.dumps(orders[: n // 10], indent=2, sort_keys=True)
    ascii_text = json.dumps(orders, ensure_ascii=True)
    unicode_text = json.dumps(orders, ensure_ascii=False)
    back = json.loads(compact)
    assert back == orders
    assert json.loads(ascii_text) == json.loads(unicode_text) == orders
    totals = json.loads(compact, parse_float=lambda s: int(s.replace(".", "")))
    hooked = json.loads(pretty, object_hook=lambda d: len(d))
    print("sizes", len(compact), len(pretty), len(ascii_text), len(unicode_text))
    print("sum", sum(o["total"] for o in totals), sum(hooked))
    print("vip", sum(1 for o in back if o["customer"]["vip"]), "paid", sum(o["paid"] for o in back))
    print("checksum", sum(map(ord, compact[::97])) % 1000003)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
