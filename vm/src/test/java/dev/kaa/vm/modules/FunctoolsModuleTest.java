package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * {@code _functools} and {@code functools}, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program, with object addresses masked as {@code 0xX}.
 */
class FunctoolsModuleTest {
    /** Runs {@code source} as {@code __main__}; returns its output with addresses masked and trailing blanks cut. */
    static String runPython(String source, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Config config = new Config(List.of(filename), List.of(), List.of(), "kaa", Map.of("utf8", Boolean.TRUE),
                    List.of(), 0, false, false, true, true, false, false, false, false, true, 0, false, 0, false,
                    4300, null);
            try (Interpreter i = Interpreter.create(config, new ByteArrayInputStream(new byte[0]), out, out)) {
                int status = i.runSource(source, filename);
                if (status != 0) {
                    out.writeBytes(("[exit " + status + "]\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "python-" + filename, 64L << 20);
        t.start();
        try {
            t.join(120_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return normalise(out.toString(StandardCharsets.UTF_8));
    }

    /** Masks object addresses and cuts trailing blanks (text blocks drop them). */
    static String normalise(String text) {
        return text.replaceAll("0x[0-9a-f]+", "0xX").replaceAll("[ \\t]+\n", "\n");
    }

    @Test
    void partialReduceCmpToKeyLruCache() {
        String source = """
                from _functools import partial, reduce, cmp_to_key, _lru_cache_wrapper
                def f(*a, **k): return a, k
                p = partial(f, 1, a=2)
                print(p(3, b=4), p.func is f, p.args, p.keywords)
                q = partial(p, 5, a=9)
                print(q.func is f, q.args, q.keywords, q())
                print(repr(p).replace(hex(id(f)), 'X'))
                class P(partial): pass
                print(repr(P(f, 1, 2)).replace(hex(id(f)), 'X'), type(P(f)).__mro__)
                p2 = P(f, 3); p2.attr = 1; print(partial(p2, 4).func is p2, p2.__dict__)
                print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7))
                for s in ["reduce(f, [])", "reduce(f, 1)", "reduce(f)", "partial()", "partial(1)", "reduce(f, [], 1, 2)"]:
                    try: eval(s)
                    except TypeError as e: print(e)
                print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), cmp_to_key(f)(3).obj)
                def info(*a): return a
                def sq(x):
                    print('miss', x); return x * x
                sq = _lru_cache_wrapper(sq, 2, False, info)
                for x in [1, 2, 1, 3, 2, 1]: sq(x)
                print(sq.cache_info())
                sq.cache_clear(); print(sq.cache_info())
                def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
                fib = _lru_cache_wrapper(fib, None, False, info)
                print(fib(80), fib.cache_info())
                def t(x, y=1): return x
                t = _lru_cache_wrapper(t, 128, True, info)
                t(1); t(1.0); t(1, y=2); t(x=1); t(1)
                print(t.cache_info())
                class C:
                    def m(self, x): return x + 1
                    m = _lru_cache_wrapper(m, 10, False, info)
                    pp = partial(f, 1)
                print(C().m(1), C.m)
                print(p.__reduce__()[2][1:])
                s = partial(f); s.__setstate__((f, (1,), None, None)); print(s.args, s.keywords)
                try: _lru_cache_wrapper(f, 'x', False, info)
                except TypeError as e: print(e)
                """;
        String expected = """
                ((1, 3), {'a': 2, 'b': 4}) True (1,) {'a': 2}
                True (1, 5) {'a': 9} ((1, 5), {'a': 9})
                functools.partial(<function f at X>, 1, a=2)
                __main__.P(<function f at X>, 1, 2) (<class '__main__.P'>, <class 'functools.partial'>, <class 'object'>)
                True {'attr': 1}
                6 7
                reduce() of empty iterable with no initial value
                reduce() arg 2 must support iteration
                reduce expected at least 2 arguments, got 1
                type 'partial' takes at least one argument
                the first argument must be callable
                reduce expected at most 3 arguments, got 4
                [3, 2, 1] 3
                miss 1
                miss 2
                miss 3
                miss 2
                miss 1
                (1, 5, 2, 2)
                (0, 0, 2, 0)
                23416728348467685 (78, 81, None, 81)
                (1, 4, 128, 4)
                2 <functools._lru_cache_wrapper object at 0xX>
                ((1,), {'a': 2}, None)
                (1,) {}
                maxsize should be integer or None
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "functools_direct.py"));
    }

    @Test
    void functoolsCollectionsAndFriendsFromTheStandardLibrary() {
        String source = """
                import functools
                from functools import partial, reduce, cmp_to_key, lru_cache
                def f(*a, **k): return a, k
                p = partial(f, 1, a=2)
                print(p(3, b=4), p.func is f, p.args, p.keywords)
                q = partial(p, 5, a=9)
                print(q.func is f, q.args, q.keywords, q())
                print(repr(p).replace(hex(id(f)), 'X'))
                print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 7))
                for s in ["reduce(f, [])", "reduce(f, 1)", "reduce(f)", "partial()", "partial(1)"]:
                    try: eval(s)
                    except TypeError as e: print(e)
                print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
                @lru_cache(maxsize=2)
                def sq(x):
                    print('miss', x); return x * x
                for x in [1, 2, 1, 3, 2, 1]: sq(x)
                print(sq.cache_info(), sq.__wrapped__.__name__, sq.__name__, sq.cache_parameters())
                sq.cache_clear(); print(sq.cache_info())
                @functools.cache
                def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
                print(fib(80), fib.cache_info())
                class C:
                    @lru_cache
                    def m(self, x): return x + 1
                    @functools.cached_property
                    def cp(self): return 42
                print(C().m(1), C().cp)
                @lru_cache(typed=True)
                def t(x, y=1): return x
                t(1); t(1.0); t(1, y=2); t(x=1)
                print(t.cache_info())
                print(p.__reduce__()[2][1:], functools.partialmethod)
                import copy, heapq, bisect, enum, types
                print(heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 2, 3], 2))
                class Color(enum.Enum):
                    RED = 1
                    GREEN = 2
                print(Color.RED, list(Color))
                import collections
                from collections import namedtuple, Counter, OrderedDict, ChainMap, deque, defaultdict, UserDict
                P = namedtuple('P', 'x y', defaults=[0])
                p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P.x, p.x, p[1], P._make([3, 4]))
                c = Counter('abracadabra'); print(c.most_common(2), c['z'], sorted(c.elements())[:4], c + Counter('aab'), c.total())
                od = OrderedDict(a=1, b=2); od.move_to_end('a'); print(od, type(collections.OrderedDict).__name__, OrderedDict.__module__)
                cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm))
                print(copy.deepcopy({'a': [1, 2, (3, 4)]}), copy.copy(deque([1, 2])), copy.deepcopy(defaultdict(list, {1: [2]})))
                print(heapq.merge([1, 3], [2, 4]), list(heapq.merge([1, 3], [2, 4])), heapq.nlargest(2, [5, 1, 4], key=lambda x: -x))
                class F(enum.Flag):
                    A = 1
                    B = 2
                print(F.A | F.B, functools.total_ordering, types.SimpleNamespace(a=1))
                @functools.singledispatch
                def g(x): return 'base'
                @g.register
                def _(x: int): return 'int'
                print(g(1), g('a'), functools.wraps(len)(lambda: 0).__name__)
                import itertools, operator
                print(list(itertools.accumulate([1, 2, 3], operator.mul)), sorted([(1, 'b'), (0, 'a')], key=operator.itemgetter(1)))
                """;
        String expected = """
                ((1, 3), {'a': 2, 'b': 4}) True (1,) {'a': 2}
                True (1, 5) {'a': 9} ((1, 5), {'a': 9})
                functools.partial(<function f at X>, 1, a=2)
                6 7
                reduce() of empty iterable with no initial value
                reduce() arg 2 must support iteration
                reduce expected at least 2 arguments, got 1
                type 'partial' takes at least one argument
                the first argument must be callable
                [3, 2, 1]
                miss 1
                miss 2
                miss 3
                miss 2
                miss 1
                CacheInfo(hits=1, misses=5, maxsize=2, currsize=2) sq sq {'maxsize': 2, 'typed': False}
                CacheInfo(hits=0, misses=0, maxsize=2, currsize=0)
                23416728348467685 CacheInfo(hits=78, misses=81, maxsize=None, currsize=81)
                2 42
                CacheInfo(hits=0, misses=4, maxsize=128, currsize=4)
                ((1,), {'a': 2}, None) <class 'functools.partialmethod'>
                [1, 4] 2
                Color.RED [<Color.RED: 1>, <Color.GREEN: 2>]
                P(x=1, y=0) P(x=1, y=5) {'x': 1, 'y': 0} ('x', 'y') _tuplegetter(0, 'Alias for field number 0') 1 0 P(x=3, y=4)
                [('a', 5), ('b', 2)] 0 ['a', 'a', 'a', 'a'] Counter({'a': 7, 'b': 3, 'r': 2, 'c': 1, 'd': 1}) 11
                OrderedDict({'b': 2, 'a': 1}) type collections
                1 3 2
                {'a': [1, 2, (3, 4)]} deque([1, 2]) defaultdict(<class 'list'>, {1: [2]})
                <generator object merge at 0xX> [1, 2, 3, 4] [1, 4]
                F.A|B <function total_ordering at 0xX> namespace(a=1)
                int base len
                [1, 2, 6] [(0, 'a'), (1, 'b')]
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "functools_stdlib.py"));
    }

    @Test
    void copyStateAndSubclasses() {
        String source = """
                import functools, copy, itertools, collections, operator
                def f(*a, **k): return a, k
                p = functools.partial(f, 1, x=2); p.attr = 5
                q = copy.copy(p); print(q.args, q.keywords, q.attr, q is p, q())
                r = copy.deepcopy(p); print(r.args, r.attr)
                print(hasattr(collections.deque, '__class_getitem__'), collections.defaultdict[str, int])
                p2 = functools.partial(f); p2.__setstate__((f, (1,), {'a': 1}, {'z': 1})); print(p2, p2.z)
                d = collections.deque([1, 2, 3]); d2 = copy.deepcopy(d); print(d2, d2 == d, d2 is d)
                class Sub(collections.deque):
                    def __init__(self, *a): super().__init__(*a); self.tag = 1
                s = Sub([1, 2]); print(s, s.tag, copy.copy(s), type(copy.copy(s)))
                print(list(itertools.chain.from_iterable(itertools.repeat([1], 3))))
                print(functools.reduce(operator.add, itertools.islice(itertools.count(), 100)))
                print(sorted({3: 'a', 1: 'b'}.items(), key=operator.itemgetter(1)), functools.cmp_to_key)
                lru = functools.lru_cache(maxsize=None)(lambda x: x); print(type(lru).__name__, lru(3), lru.cache_info(), copy.copy(lru) is lru)
                """;
        String expected = """
                (1,) {'x': 2} 5 False ((1,), {'x': 2})
                (1,) 5
                True collections.defaultdict[str, int]
                functools.partial(<function f at 0xX>, 1, a=1) 1
                deque([1, 2, 3]) True False
                Sub([1, 2]) 1 Sub([1, 2]) <class '__main__.Sub'>
                [1, 1, 1]
                4950
                [(3, 'a'), (1, 'b')] <built-in function cmp_to_key>
                _lru_cache_wrapper 3 CacheInfo(hits=0, misses=1, maxsize=None, currsize=1) True
                """;
        assertEquals(expected, FunctoolsModuleTest.runPython(source, "copy_and_subclasses.py"));
    }
}
