import pickle, copy
import random, _random, _sha2
def t(f, *a, **k):
    try: r = f(*a, **k)
    except Exception as e: r = '%s: %s' % (type(e).__name__, e)
    print(getattr(f, "__name__", "?"), a, k, "->", repr(r))
random.seed(42)
print([random.random() for _ in range(3)], random.randint(1, 100), random.choice('abc'), random.sample(range(100), 5))
l = list(range(20)); random.shuffle(l); print(l, random.gauss(0, 1), random.gauss(0, 1))
print(random.uniform(1, 5), random.randrange(0, 10**30), random.getrandbits(100), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(1))
print(random.choices('abcdef', k=10), random.choices(range(5), weights=[1,2,3,4,5], k=5), random.triangular(), random.betavariate(2, 3), random.expovariate(1.5))
print(random.normalvariate(), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(10), random.binomialvariate(20, 0.3))
for seed in ['hello', b'hello', bytearray(b'xyz'), '', 0, -7, 2**64, 2**200 + 12345, 3.25, True, -1.5]:
    random.seed(seed); print(repr(seed), random.random(), random.getrandbits(70))
random.seed('hello', version=1); print(random.random())
r = random.Random(12345); s = r.getstate(); a = [r.random() for _ in range(5)]; r.setstate(s); print(a == [r.random() for _ in range(5)], s[0], len(s[1]), s[1][-1], s[1][:4])
r2 = _random.Random(7); st = r2.getstate(); print(len(st), st[-1], st[:3]); print([r2.random() for _ in range(3)], r2.getrandbits(5))
for _ in range(700): r2.random()
print(r2.getstate()[-1], r2.random())
t(_random.Random, 1, 2); t(_random.Random, x=1); t(r2.seed, 1, 2); t(r2.seed, a=1); t(r2.getrandbits, -1); t(r2.getrandbits, 'a'); t(r2.getrandbits, 2**70)
t(r2.setstate, (1, 2)); t(r2.setstate, [1]); t(r2.setstate, tuple(range(624)) + (625,)); t(r2.setstate, tuple([-1] + [0]*623) + (1,)); t(r2.setstate, tuple([2**64] + [0]*623) + (1,)); t(r2.setstate, tuple(['a'] + [0]*623) + (1,))
r2.setstate(tuple([2**33+5] + [0]*623) + (1,)); print(r2.getstate()[0], r2.random())
r2.setstate(tuple([0]*624) + (624,)); print(r2.random())
class R(_random.Random):
    def __init__(self, a, b): pass
print(R(1, 2).random())
class Q(_random.Random): pass
t(Q, 1, 2); t(Q, x=3); print(Q(5).random(), _random.Random(5).random())
class MyRandom(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)
    def seed(self, a=None, version=2):
        self.calls += 1
        super().seed(a, version)
m = MyRandom(99); print(m.calls, m.random(), m.randint(1, 6), type(m).__mro__)
print(random.Random(x=1).random())
r3 = _random.Random(); r3.seed(); x = r3.random(); print(0 <= x < 1, type(random.SystemRandom().random()))
print(_random.Random.__module__, _random.Random.__name__, sorted(k for k in dir(_random.Random) if not k.startswith('__')))
r = _random.Random()
for proto in range(6):
    try: pickle.dumps(r, proto)
    except Exception as e: print(type(e).__name__, e)
try: copy.copy(r)
except Exception as e: print(type(e).__name__, e)
q = random.Random(5); print(pickle.loads(pickle.dumps(q, 2)).random() == q.random(), copy.copy(q).random() == q.random())
class R(random.Random): pass
x = R(3); y = copy.deepcopy(x); print(x.random() == y.random(), type(y).__name__)
