# Round trips of large and deeply nested documents through dumps and loads.
import json

def build(seed, depth):
    # A deterministic pseudo-random tree (a linear congruential generator, no random module).
    state = [seed]
    def nxt(n):
        state[0] = (state[0] * 1103515245 + 12345) % 2 ** 31
        return state[0] % n
    def node(d):
        kind = nxt(8) if d > 0 else nxt(5)
        if kind == 0:
            return nxt(10 ** 6) - 500000
        if kind == 1:
            return nxt(10 ** 6) / 997
        if kind == 2:
            return ''.join(chr(32 + nxt(0x2000)) for _ in range(nxt(6))) + '\U0001f40d' * nxt(2)
        if kind == 3:
            return [None, True, False][nxt(3)]
        if kind == 4:
            return 'k%d' % nxt(100)
        if kind in (5, 6):
            return {'key%d' % nxt(50): node(d - 1) for _ in range(nxt(5))}
        return [node(d - 1) for _ in range(nxt(5))]
    return [node(depth) for _ in range(40)]

for seed in range(1, 6):
    tree = build(seed, 6)
    for kwargs in ({}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')},
                   {'indent': 1}):
        text = json.dumps(tree, **kwargs)
        assert json.loads(text) == tree, (seed, kwargs)
    print(seed, len(json.dumps(tree)), sum(map(ord, json.dumps(tree, sort_keys=True))) % 100003)

deep = 'leaf'
for i in range(300):
    deep = {'n': i, 'c': [deep]}
text = json.dumps(deep)
print(len(text), text[:40], json.loads(text) == deep)
nested = '[' * 500 + ']' * 500
value = json.loads(nested)
print(json.dumps(value) == nested)

for doc in ('[' * 100000, '{"a":' * 100000):
    try:
        json.loads(doc)
    except RecursionError:
        print('RecursionError')
chain = []
for _ in range(100000):
    chain = [chain]
try:
    json.dumps(chain)
except RecursionError:
    print('RecursionError')

wide = {str(i): list(range(i % 7)) for i in range(2000)}
print(json.loads(json.dumps(wide)) == wide, len(json.dumps(wide)))
all_chars = ''.join(map(chr, range(0, 0x800))) + '\U0001f600\U00010000\U0010ffff'
for ensure_ascii in (True, False):
    assert json.loads(json.dumps(all_chars, ensure_ascii=ensure_ascii)) == all_chars
print('chars ok')
