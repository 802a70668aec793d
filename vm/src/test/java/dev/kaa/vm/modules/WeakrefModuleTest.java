package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kaa.vm.Config;
import dev.kaa.vm.Interpreter;
import dev.kaa.vm.objects.PyBuiltinFunction;
import dev.kaa.vm.objects.PyDict;
import dev.kaa.vm.objects.PyNone;
import dev.kaa.vm.objects.PyStr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The {@code _weakref} module and {@code weakref.py} on it, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class WeakrefModuleTest {
    /**
     * Runs {@code source} as {@code __main__} on a fresh interpreter (on a thread with a large
     * stack, as the launcher has) and gives back what it wrote to stdout and stderr; a global
     * {@code collect()} runs the collector and the weak reference callbacks.
     */
    static String runPython(String source, String filename) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            Config config = new Config(List.of(filename), List.of(), List.of(), "kaa", Map.of("utf8", Boolean.TRUE),
                    List.of(), 0, false, false, true, true, false, false, false, false, true, 0, false, 0, false,
                    4300, null);
            try (Interpreter i = Interpreter.create(config, new ByteArrayInputStream(new byte[0]), out, out)) {
                ((PyDict) i.mainNamespace()).setItem(PyStr.of("collect"), PyBuiltinFunction.of("collect",
                        (self, args, kwnames) -> {
                            Weakrefs.collect();
                            return PyNone.NONE;
                        }));
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
            t.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void weakrefBasic() {
        String source = """
                import weakref, _weakref
                class Foo: pass
                def f(): pass
                o = Foo()
                r = weakref.ref(o)
                print(r() is o, weakref.ref(o) is r, weakref.ref(o, None) is r, r.__callback__)
                print(repr(r).startswith('<weakref at 0x'), "; to 'Foo' at 0x" in repr(r), repr(weakref.ref(f)).endswith(' (f)>'))
                for args in [(), (1, 2, 3), (1,), ('s',), ((),), ([],), ({},), (1.5,), (None,), (object(),)]:
                    try:
                        weakref.ref(*args)
                        print('ok', type(args[0]).__name__)
                    except TypeError as e:
                        print(e)
                try: weakref.ref(o, callback=None)
                except TypeError as e: print(e)
                try: r(1)
                except TypeError as e: print(e)
                for v in [set(), frozenset(), f, Foo, weakref]:
                    print(type(weakref.ref(v)()).__name__)
                class I(int): pass
                class T(tuple): pass
                class S(str): pass
                class L(list): pass
                class E(Exception): pass
                class Sl: __slots__ = ('a',)
                class SlW: __slots__ = ('a', '__weakref__')
                for c in (I, T, S, L, E, Sl, SlW):
                    try: weakref.ref(c()); print(c.__name__, 'ok')
                    except TypeError as e: print(c.__name__, e)
                print(weakref.ref.__name__, weakref.ref.__module__, weakref.ReferenceType is weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
                print(weakref.ref(f) == weakref.ref(f), weakref.ref(f) != weakref.ref(Foo), hash(weakref.ref(f)) == hash(f))
                try: weakref.ref(f) < weakref.ref(f)
                except TypeError as e: print(e)
                print(weakref.getweakrefcount(1), weakref.getweakrefs(1), weakref.getweakrefcount(o))
                o2 = Foo(); rs = [weakref.ref(o2, lambda x: None) for i in range(3)]
                print(weakref.getweakrefcount(o2), weakref.getweakrefs(o2)[0] is rs[2])
                print(weakref.ref[int])
                """;
        String expected = """
                True True True None
                True True True
                __new__ expected at least 1 argument, got 0
                __new__ expected at most 2 arguments, got 3
                cannot create weak reference to 'int' object
                cannot create weak reference to 'str' object
                cannot create weak reference to 'tuple' object
                cannot create weak reference to 'list' object
                cannot create weak reference to 'dict' object
                cannot create weak reference to 'float' object
                cannot create weak reference to 'NoneType' object
                cannot create weak reference to 'object' object
                ref() takes no keyword arguments
                weakref expected 0 arguments, got 1
                set
                frozenset
                function
                type
                module
                I cannot create weak reference to 'I' object
                T cannot create weak reference to 'T' object
                S ok
                L ok
                E ok
                Sl cannot create weak reference to 'Sl' object
                SlW ok
                ReferenceType weakref True <class 'weakref.ProxyType'> <class 'weakref.CallableProxyType'>
                True True True
                '<' not supported between instances of 'weakref.ReferenceType' and 'weakref.ReferenceType'
                0 [] 1
                3 True
                weakref.ReferenceType[int]
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "weakref_basic.py"));
    }

    @Test
    void weakrefDeath() {
        String source = """
                import weakref, _weakref
                class Foo: pass
                o = Foo()
                r = weakref.ref(o)
                order = []
                r1 = weakref.ref(o, lambda x: order.append((1, x is r1, x())))
                r2 = weakref.ref(o, lambda x: order.append(2))
                r3 = weakref.ref(o, lambda x: order.append(3))
                p = weakref.proxy(o)
                h = hash(r)
                del o
                collect()
                print(order, r(), r1.__callback__, r1() is None, hash(r) == h)
                print(repr(r).endswith('; dead>'), repr(p).endswith('; dead>'))
                try: p.x
                except ReferenceError as e: print(type(e).__name__, e)
                o = Foo(); rh = weakref.ref(o); del o; collect()
                try: hash(rh)
                except TypeError as e: print(e)
                print(rh == rh, rh != weakref.ref(Foo))
                d = {1: weakref.ref(Foo()), 2: weakref.ref(weakref)}
                collect()
                _weakref._remove_dead_weakref(d, 1); _weakref._remove_dead_weakref(d, 2); _weakref._remove_dead_weakref(d, 7)
                print(list(d))
                # A weak reference that dies first never calls its callback.
                o = Foo(); calls = []
                weakref.ref(o, lambda x: calls.append(1))
                del o; collect(); print(calls)
                """;
        String expected = """
                [3, 2, (1, True, None)] None None True True
                True True
                ReferenceError weakly-referenced object no longer exists
                weak object has gone away
                True True
                [2]
                []
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "weakref_death.py"));
    }

    @Test
    void weakrefLib() {
        String source = """
                import weakref
                class O:
                    def __init__(self, n): self.n = n
                    def m(self): return self.n
                    def __repr__(self): return f"O({self.n})"
                a, b, c = O(1), O(2), O(3)
                d = weakref.WeakValueDictionary(); d['a'] = a; d['b'] = b
                k = weakref.WeakKeyDictionary(); k[a] = 1; k[c] = 3
                s = weakref.WeakSet([a, b, c])
                print(len(d), sorted(d.keys()), len(k), len(s), a in s)
                wm = weakref.WeakMethod(a.m); print(wm()())
                log = []
                f = weakref.finalize(b, log.append, "b finalized"); print(f.alive, f.peek()[0] is b)
                del b; collect()
                print(sorted(d.keys()), len(s), log, f.alive)
                del a; collect()
                print(len(d), len(k), len(s), wm())
                class KR(weakref.ref):
                    __slots__ = ('extra',)
                    def __init__(self, ob, callback=None, extra=0):
                        super().__init__(ob, callback)
                        self.extra = extra
                    def __new__(cls, ob, callback=None, extra=0):
                        return super().__new__(cls, ob, callback)
                kr = KR(c, None, 5); print(kr() is c, kr.extra, type(kr).__mro__[1], isinstance(kr, weakref.ref))
                print(weakref.getweakrefcount(c) >= 2, KR(c) is not KR(c))
                """;
        String expected = """
                2 ['a', 'b'] 2 3 True
                1
                True True
                ['a'] 2 ['b finalized'] False
                0 1 1 None
                True 5 <class 'weakref.ReferenceType'> True
                True True
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "weakref_lib.py"));
    }

    @Test
    void weakrefProxy() {
        String source = """
                import weakref
                class Foo:
                    def __init__(self): self.a = 5
                    def meth(self): return 'm'
                x = Foo()
                p = weakref.proxy(x)
                print(p.a, p.meth(), p == x, bool(p), dir(p) == dir(x), isinstance(p, Foo), type(p).__name__)
                p.b = 7; print(x.b); del p.b; print(hasattr(x, 'b'))
                try: hash(p)
                except TypeError as e: print(e)
                print(weakref.proxy(x) is p, callable(p))
                class L(list): pass
                l = L([3, 1, 2]); pl = weakref.proxy(l)
                print(len(pl), pl[0], 2 in pl, pl + [9], list(iter(pl)), sorted(pl), str(pl))
                pl[0] = 10; del pl[1]; print(l)
                class N(int): pass
                class Num:
                    def __init__(self, v): self.v = v
                    def __add__(self, o): return self.v + o
                    def __radd__(self, o): return o + self.v
                    def __neg__(self): return -self.v
                    def __index__(self): return self.v
                    def __lt__(self, o): return self.v < o
                n = Num(4); pn = weakref.proxy(n)
                print(pn + 1, 1 + pn, -pn, pn < 5, [0, 1, 2, 3, 4, 5][pn])
                def fn(a, b=2): return a + b
                pf = weakref.proxy(fn)
                print(type(pf).__name__, pf(1), pf(1, b=5), callable(pf))
                print(repr(p).startswith('<weakproxy at 0x'), "; to 'Foo' at 0x" in repr(p))
                """;
        String expected = """
                5 m True True True True ProxyType
                7
                False
                unhashable type: 'weakref.ProxyType'
                True False
                3 3 True [3, 1, 2, 9] [3, 1, 2] [1, 2, 3] [3, 1, 2]
                [10, 2]
                5 5 -4 True 4
                CallableProxyType 3 6 True
                True True
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "weakref_proxy.py"));
    }
}
