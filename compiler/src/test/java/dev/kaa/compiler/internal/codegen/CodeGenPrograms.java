package dev.kaa.compiler.internal.codegen;

/**
 * The programs {@link CodeGenProgramsTest} runs, grouped by area; each {@code ### name} starts one.
 *
 * <p>Thread safety: immutable.
 */
final class CodeGenPrograms {
    private CodeGenPrograms() {}

    static final String STATEMENTS = """
            ### assign_chain_unpack
            a = b = [1, 2]
            x, y = a
            p, *q, r = range(6)
            [m, (n, o)] = 1, (2, 3)
            print(a is b, x, y, p, q, r, m, n, o)
            *s, = "ab"; print(s)
            ### aug_assign
            class O: pass
            o = O(); o.v = 1; o.v += 2; o.v **= 3
            d = {"k": 5}; d["k"] //= 2; d["k"] <<= 3
            l = [1, 2, 3, 4]; l[1:3] *= 2
            n = 7; n %= 4; n ^= 1; n |= 8; n &= 12; n >>= 1; n -= 1; n /= 2; n @ 1 if False else None
            print(o.v, d, l, n)
            ### slices_and_del
            l = list(range(10))
            print(l[2:5], l[::2], l[-3:], l[:])
            l[1:3] = "ab"; del l[0]; del l[::3]; print(l)
            t = (1, 2); del t
            try:
                print(t)
            except NameError as e:
                print("NameError", e)
            ### if_while_for_else
            for i in range(4):
                if i == 0:
                    continue
                elif i == 2:
                    print("two")
                else:
                    print(i)
            else:
                print("for-else")
            n = 0
            while n < 10:
                n += 1
                if n == 5:
                    break
            else:
                print("unreached")
            while n < 7:
                n += 1
            else:
                print("while-else", n)
            ### nested_loops_break_continue
            out = []
            for i in range(3):
                for j in range(3):
                    if j == i: continue
                    if j > 1: break
                    out.append((i, j))
            print(out)
            ### try_except_else_finally
            def f(x):
                try:
                    r = 10 / x
                except ZeroDivisionError as e:
                    print("zde", e)
                    return "caught"
                except (TypeError, ValueError):
                    print("type")
                else:
                    print("else", r)
                finally:
                    print("finally")
                return "end"
            print(f(2), f(0), f("a"))
            try:
                try:
                    raise KeyError("k")
                finally:
                    print("inner finally")
            except KeyError:
                print("outer")
            try:
                raise ValueError
            except:
                print("bare")
            ### return_break_in_finally
            def g():
                for i in range(3):
                    try:
                        if i == 1:
                            return i
                    finally:
                        print("fin", i)
            print(g())
            def h():
                try:
                    return "try"
                finally:
                    print("h finally")
            print(h())
            for i in range(3):
                try:
                    continue
                finally:
                    print("c", i)
            ### except_star
            def eg():
                try:
                    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
                except* ValueError as e:
                    print("V", repr(e.exceptions))
                except* TypeError:
                    print("T")
            try:
                eg()
            except* KeyError as e:
                print("K", e.exceptions)
            ### raise_from_reraise
            try:
                try:
                    1 / 0
                except ZeroDivisionError as e:
                    raise ValueError("v") from e
            except ValueError as e:
                print(type(e.__cause__).__name__, e.__suppress_context__)
            try:
                try:
                    raise KeyError(1)
                except KeyError:
                    raise
            except KeyError as e:
                print("re", e)
            try:
                raise TypeError("x") from None
            except TypeError as e:
                print(e.__cause__, e.__suppress_context__)
            ### with_statements
            class CM:
                def __init__(self, n, swallow=False): self.n, self.swallow = n, swallow
                def __enter__(self): print("enter", self.n); return self.n
                def __exit__(self, t, v, tb): print("exit", self.n, t.__name__ if t else None); return self.swallow
            with CM(1) as a, CM(2) as b:
                print("body", a, b)
            with CM(3, True):
                raise ValueError
            def w():
                with CM(4):
                    return "ret"
            print(w())
            def w2(x):
                with CM(10), CM(11):
                    return x * 2
            print(w2(21))
            for i in range(2):
                with CM(5 + i):
                    if i == 0: continue
                    break
            try:
                with CM(9):
                    raise KeyError("boom")
            except KeyError as e:
                print("propagated", e)
            ### imports
            import os.path
            import os.path as osp
            from os import path as p2, sep
            from collections import *
            import importlib.util as iu
            print(os.path is osp, p2 is osp, sep, OrderedDict.__name__, iu.__name__)
            ### global_nonlocal
            g = 1
            def f():
                global g
                g += 1
                x = 0
                def inner():
                    nonlocal x
                    x += 10
                    return x
                inner(); return inner()
            print(f(), g)
            ### assert_statement
            assert 1 == 1
            try:
                assert 1 == 2, "msg"
            except AssertionError as e:
                print("assert", e)
            try:
                assert False
            except AssertionError as e:
                print("bare assert", repr(e))
            ### annotations_module_class
            x: int = 5
            y: "str"
            class C:
                a: int
                b: list[int] = []
            def f():
                z: int = 3
                return z
            print(__annotations__, C.__annotations__, f())
            ### docstrings
            "module doc"
            def f():
                \"\"\"Function doc.

                    Indented more.
                Back.
                \"\"\"
            class C:
                "class doc"
            print(repr(__doc__), repr(f.__doc__), C.__doc__)
            """;

    static final String EXPRESSIONS = """
            ### arithmetic_and_unary
            a, b = 7, 3
            print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a << b, a >> 1, a & b, a | b, a ^ b)
            print(-a, +a, ~a, not a, not 0, 2 ** -1, -2 ** 2)
            ### comparisons
            a, b, c = 1, 2, 3
            print(a < b < c, a < b > c, a == 1 != b, a is None, a is not None, a in [1], a not in [1])
            print(1 < 2 < 3 < 4 < 0, [x for x in range(5) if 1 < x <= 3])
            if a < b < c: print("chain-if")
            if not (a > b or b > c): print("not-or")
            ### boolean_ops
            print(0 or "x", 1 and 0, None or [] or "z", 1 and 2 and 3, (0 and 1) or 5)
            x = 5
            print("yes" if x > 3 and x < 10 else "no", "t" if x else "f")
            ### constants_identity
            print(0, False, 0.0, -0.0, 0j, (0,), (False,), 1e100, 2**100, b"bytes", ..., None)
            print(type(-0.0), str(-0.0), 10**20 - 10**20, 0.1 + 0.2)
            ### displays
            a = [1, 2]
            print([*a, 3, *a], (*a,), {*a, 5}, {"k": 1, **{"j": 2}}, {**{}}, [], (), {}, set())
            print([1, 2, 3, 4, 5], (1, 2, 3), {1, 2, 3}, {"a": 1, "b": 2, "c": 3})
            big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, a]
            print(len(big), big[-1])
            ### calls
            def f(*args, **kw): return args, kw
            print(f(), f(1, 2), f(1, k=2), f(*[1, 2], *(3,)), f(**{"a": 1}, b=2), f(1, *[2], x=3, **{"y": 4}))
            class C:
                def m(self, x, y=0): return x + y
            c = C()
            print(c.m(1), c.m(1, y=2), c.m(*[3]), C.m(c, 4), getattr(c, "m")(5))
            print(f(*range(40))[0][-1])
            ### attributes_and_subscripts
            class N: pass
            n = N(); n.a = N(); n.a.b = {"x": [10, 20]}
            print(n.a.b["x"][1], n.a.b.get("y", "dflt"))
            del n.a.b["x"]; print(n.a.b)
            ### fstrings
            x, y = 3.14159, "s"
            print(f"{x:.2f}|{y!r}|{y!s}|{y!a}|{x:{'>'}{10}}|{{}}|{x=}|{'nested' + f'{y}'}")
            print(f"{'a' 'b'}", f"", f"plain")
            ### walrus
            data = [1, 5, 8]
            if (n := len(data)) > 2: print("n", n)
            print([y for x in data if (y := x * 2) > 4], y)
            ### comprehensions
            print([x * y for x in range(3) for y in range(x)], {x % 3 for x in range(10)}, {x: x * x for x in range(3)})
            print(list(x for x in "abc"), sum(x for x in range(5) if x % 2))
            x = "outer"
            print([x for x in range(2)], x)
            print([[j for j in range(i)] for i in range(3)])
            print([(lambda: i)() for i in range(3)])
            ### lambda_and_defaults
            f = lambda a, b=2, *c, d, e=5, **g: (a, b, c, d, e, g)
            print(f(1, d=4), f(1, 2, 3, d=4, z=0))
            print((lambda: 1)(), (lambda *a: a)(1, 2))
            ### starred_calls_and_strings
            print(*"abc", sep="-")
            print("%s-%d" % ("a", 3), "{}".format(1), "a" "b")
            ### conditional_expression_nested
            for v in (0, 1, 2):
                print("zero" if v == 0 else "one" if v == 1 else "many")
            """;

    static final String DEFINITIONS = """
            ### functions
            def f(a, b=2, /, c=3, *args, d, e=5, **kw):
                return a, b, c, args, d, e, kw
            print(f(1, d=4), f(1, 2, 3, 4, d=5, z=6))
            print(f.__code__.co_varnames, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
            print(f.__defaults__, f.__kwdefaults__, f.__qualname__, f.__code__.co_flags)
            ### annotations_functions
            def f(a: int, *b: str, c: "x" = 1, **d: float) -> list: pass
            print(f.__annotations__)
            ### decorators
            def deco(tag):
                def wrap(fn):
                    def inner(*a):
                        return tag + str(fn(*a))
                    return inner
                return wrap
            @deco("A")
            @deco("B")
            def f(x): return x
            print(f(1), f.__qualname__)
            @staticmethod
            def s(): pass
            class C:
                @property
                def p(self): return 42
                @classmethod
                def c(cls): return cls.__name__
            print(C().p, C.c(), type(s).__name__)
            ### closures
            def counter():
                n = 0
                def inc():
                    nonlocal n
                    n += 1
                    return n
                return inc
            c = counter(); c(); print(c(), c.__code__.co_freevars, counter.__code__.co_cellvars)
            def outer(x):
                def mid():
                    def inner():
                        return x
                    return inner
                return mid()()
            print(outer(7), outer.__code__.co_cellvars)
            def arg_cell(a):
                return lambda: a
            print(arg_cell(3)())
            ### qualnames
            def f():
                def g():
                    class L:
                        def m(self): pass
                    return L
                return g
            class C:
                def m(self): pass
                class D:
                    def n(self): return lambda: 0
            print(f()().m.__qualname__, C.m.__qualname__, C.D.n.__qualname__, C.D().n().__qualname__)
            print([(lambda: 0).__qualname__ for _ in [1]], (x for x in []).__qualname__)
            ### classes
            class Base:
                cls_attr = 1
                def __init__(self, v): self.v = v
                def __repr__(self): return f"{type(self).__name__}({self.v})"
            class D(Base, metaclass=type):
                \"\"\"doc\"\"\"
                def __init__(self, v):
                    super().__init__(v * 2)
                    self.w = v
                def get(self): return __class__.__name__, super().__repr__()
            d = D(3)
            print(d, d.get(), D.__doc__, D.__module__, D.__qualname__, D.__firstlineno__, D.__static_attributes__)
            class E(D):
                def get(self):
                    return super(E, self).get()
            print(E(1).get())
            ### class_scoping
            x = "global"
            class C:
                x = "class"
                y = [x for _ in range(1)]
                def m(self): return x
            print(C.y, C().m())
            def f():
                z = "local"
                class K:
                    w = z
                    z = "klass"
                    def m(self): return z
                return K
            K = f(); print(K.w, K.z, K().m())
            ### private_names
            class P:
                __x = 1
                def get(self): return self.__x, P.__x
                def __dunder__(self): return "d"
            print(P().get(), hasattr(P, "_P__x"), P().__dunder__())
            ### type_params_and_alias
            def first[T](xs: list[T]) -> T: return xs[0]
            class Box[T, *Ts, **P]:
                def __init__(self, v: T): self.v = v
            type Alias[K] = dict[K, int]
            type Simple = int | str
            print(first([4]), first.__type_params__, Box.__type_params__, Box[int, str, [int]], Alias.__value__, Alias[str], Simple.__value__)
            def bounded[T: (int, str), U: float = int](a: T, b: U = 1) -> U: return b
            print(bounded.__type_params__[0].__constraints__, bounded.__type_params__[1].__bound__, bounded.__type_params__[1].__default__, bounded(1))
            ### class_generic_super
            class G[T]:
                def m(self): return "G"
            class H[T](G[T]):
                def m(self): return "H" + super().m()
            print(H[int]().m(), H.__orig_bases__ if hasattr(H, "__orig_bases__") else None)
            """;

    static final String FUTURE = """
            ### future_annotations
            from __future__ import annotations
            x: list[int] = []
            y: "quoted"
            class C:
                a: dict[str, int | None]
                def m(self, p: C, *a: int, k: float = 1.0, **kw: str) -> C | None: pass
            def f(a: undefined_name) -> another.undefined[1:2, ...]: pass
            print(__annotations__, C.__annotations__, C.m.__annotations__, f.__annotations__)
            ### future_barry_and_generator_stop
            from __future__ import generator_stop, division
            print(1 / 2)
            """;

    static final String GENERATORS = """
            ### generators
            def gen(n):
                for i in range(n):
                    x = yield i
                    if x: print("sent", x)
                return "done"
            g = gen(3)
            print(next(g), g.send("hi"), next(g))
            try:
                next(g)
            except StopIteration as e:
                print("stop", e.value)
            def deleg():
                r = yield from gen(2)
                print("r", r)
                yield from [7, 8]
            print(list(deleg()))
            ### generator_stopiteration_pep479
            def bad():
                yield 1
                raise StopIteration
            try:
                list(bad())
            except RuntimeError as e:
                print("RuntimeError", e)
            ### generator_close_throw
            def g():
                try:
                    yield 1
                    yield 2
                finally:
                    print("cleanup")
            it = g(); next(it); it.close()
            it = g(); next(it)
            try:
                it.throw(ValueError("t"))
            except ValueError as e:
                print("thrown", e)
            ### coroutines
            import asyncio
            async def add(a, b):
                await asyncio.sleep(0)
                return a + b
            async def main():
                print(await add(1, 2))
                r = await asyncio.gather(add(1, 1), add(2, 2))
                print(r)
            asyncio.run(main())
            ### async_for_with_comprehension
            import asyncio
            class AIter:
                def __init__(self): self.i = 0
                def __aiter__(self): return self
                async def __anext__(self):
                    self.i += 1
                    if self.i > 3: raise StopAsyncIteration
                    return self.i
            class ACM:
                async def __aenter__(self): print("aenter"); return "v"
                async def __aexit__(self, *e): print("aexit", e[0]); return False
            async def agen():
                for i in range(3):
                    yield i
                    await asyncio.sleep(0)
            async def main():
                async for x in AIter():
                    print("x", x)
                else:
                    print("else")
                async with ACM() as v:
                    print("in", v)
                print([i async for i in agen()], [i * 2 for i in range(2)])
                print({i: j async for i in agen() for j in range(1)})
                g = (i async for i in agen())
                print([i async for i in g])
                for i in range(2):
                    async with ACM():
                        if i: break
            asyncio.run(main())
            ### async_comprehension_inside_genexpr
            import asyncio
            async def aiter_(xs):
                for x in xs:
                    yield x
            async def main():
                gen = ([i + j async for i in aiter_([1, 2])] for j in [10, 20])
                print([x async for x in gen])
                gens = [(i async for i in aiter_(range(j))) for j in [2, 3]]
                print([x for g in gens async for x in g])
            asyncio.run(main())
            ### generator_expression_scoping
            x = [1, 2]
            g = (a * b for a in x for b in range(a))
            x = [9]
            print(list(g))
            """;

    static final String PATTERNS = """
            ### match_all_patterns
            class Point:
                __match_args__ = ("x", "y")
                def __init__(self, x, y): self.x, self.y = x, y
                def __repr__(self): return "Point"
            def m(s):
                match s:
                    case 0 | 1 | 2:
                        return "small"
                    case -1:
                        return "neg one"
                    case 1.5 | 2j:
                        return "float/complex"
                    case None | True:
                        return "singleton"
                    case "s" | b"b":
                        return "strs"
                    case [] :
                        return "empty"
                    case [x]:
                        return f"one {x}"
                    case [1, *_, 9]:
                        return "1..9"
                    case [x, y, *rest] if x == y:
                        return f"pair-eq {rest}"
                    case (x, [y, z]):
                        return f"nested {x} {y} {z}"
                    case {"k": v, **kw}:
                        return f"map {v} {kw}"
                    case {}:
                        return "mapping"
                    case Point(0, y=0):
                        return "origin"
                    case Point(x=px, y=py) as pt if px > 0:
                        return f"pt {px} {py} {type(pt).__name__}"
                    case int(n) | float(n):
                        return f"num {n}"
                    case str() as s2:
                        return "str " + s2
                    case [Point(x=a), *_] | (a, 3):
                        return f"or-bind {a}"
                    case _:
                        return "other"
            for v in [0, 2, -1, 1.5, 2j, None, True, "s", b"b", [], [5], [1, 4, 9], [3, 3, 4], (1, [2, 3]), {"k": 1, "z": 2},
                      {"z": 1}, Point(0, 0), Point(2, 5), 7, 2.5, "abc", [Point(1, 2)], [8, 3], object]:
                print(m(v) if v is not object else m(v)[:5])
            ### match_default_and_guard
            def f(x):
                match x:
                    case [a, b] if a > b:
                        return "desc"
                    case _ if x == 5:
                        return "five"
                    case _:
                        return "default"
            print(f([2, 1]), f([1, 2]), f(5), f(6))
            match 3:
                case _:
                    print("only default")
            """;

    static final String ERRORS = """
            ### err_return_outside
            return 1
            ### err_yield_outside
            yield 1
            ### err_await_outside_async
            def f():
                await x
            ### err_break_outside
            break
            ### err_continue_outside
            def f():
                continue
            ### err_async_with
            def f():
                async with x:
                    pass
            ### err_async_for
            def f():
                async for x in y:
                    pass
            ### err_async_comprehension
            def f():
                return [x async for x in y]
            ### err_debug_assign
            __debug__ = 1
            ### err_debug_arg
            def f(__debug__): pass
            ### err_multiple_starred
            a, *b, *c = range(5)
            ### err_starred_alone
            *a = [1]
            ### err_starred_expression
            print(*a if b else c)
            x = *a
            ### err_yield_from_async
            async def f():
                yield from x
            ### err_return_value_async_gen
            async def f():
                yield 1
                return 2
            ### err_default_except_last
            try:
                pass
            except:
                pass
            except ValueError:
                pass
            ### err_pattern_capture
            match x:
                case y:
                    pass
                case 1:
                    pass
            ### err_pattern_wildcard
            match x:
                case _:
                    pass
                case 1:
                    pass
            ### err_pattern_multiple
            match x:
                case [a, a]:
                    pass
            ### err_pattern_alternatives
            match x:
                case [a] | [b]:
                    pass
            ### err_future_late
            import os
            from __future__ import annotations
            ### err_future_unknown
            from __future__ import nonsense
            ### err_future_braces
            from __future__ import braces
            ### err_break_in_except_star
            for i in range(2):
                try:
                    pass
                except* ValueError:
                    break
            ### err_keyword_repeated
            f(a=1, a=2)
            ### err_await_in_lambda
            async def f():
                return lambda: await x
            ### err_yield_in_class
            class C:
                yield 1
            ### err_return_in_class
            class C:
                return 1
            ### err_debug_keyword_call
            f(__debug__=1)
            ### err_debug_delete
            del __debug__
            ### err_debug_import
            import os as __debug__
            ### err_debug_attribute
            x.__debug__ = 1
            ### err_async_comp_in_sync_nested
            async def f():
                def g():
                    return [x async for x in y]
            ### err_await_in_sync_comprehension_in_sync
            def f():
                return [await x for x in y]
            ### err_pattern_star_twice
            match x:
                case [*a, *b]:
                    pass
            ### err_pattern_duplicate_key
            match x:
                case {"a": 1, "a": 2}:
                    pass
            ### err_pattern_class_attr_repeated
            match x:
                case C(a=1, a=2):
                    pass
            ### err_pattern_or_capture_unreachable
            match x:
                case a | 1:
                    pass
            ### err_nonlocal_module
            nonlocal x
            ### err_duplicate_argument
            def f(a, a): pass
            ### err_continue_in_finally_ok
            for i in range(2):
                try:
                    pass
                finally:
                    continue
            print("ok")
            ### err_non_default_type_param
            def f[T=int, U](): pass
            ### err_too_many_blocks
            for a in b:
             for a in b:
              for a in b:
               for a in b:
                for a in b:
                 for a in b:
                  for a in b:
                   for a in b:
                    for a in b:
                     for a in b:
                      for a in b:
                       for a in b:
                        for a in b:
                         for a in b:
                          for a in b:
                           for a in b:
                            for a in b:
                             for a in b:
                              for a in b:
                               for a in b:
                                for a in b:
                                 for a in b:
                                  pass
            """;

    static final String TRICKY = """
            ### unwind_handler_finally_loop
            def f():
                for i in range(5):
                    try:
                        try:
                            raise ValueError(i)
                        except ValueError as e:
                            if i == 1: continue
                            if i == 2: break
                            print("handled", e)
                    finally:
                        print("finally", i)
                return "out"
            print(f())
            def g():
                try:
                    raise KeyError("k")
                except KeyError as e:
                    try:
                        return str(e)
                    finally:
                        print("inner finally")
            print(g())
            def h():
                for x in range(3):
                    try:
                        pass
                    finally:
                        return x * 10
            print(h())
            def k():
                try:
                    1 / 0
                finally:
                    return "swallowed"
            print(k())
            def m():
                while True:
                    try:
                        raise TypeError
                    except TypeError:
                        try:
                            return "from handler"
                        finally:
                            print("m finally")
            print(m())
            ### exception_variable_cleared
            e = "before"
            try:
                raise ValueError
            except ValueError as e:
                pass
            try:
                print(e)
            except NameError:
                print("e deleted")
            ### generator_with_and_try
            class CM:
                def __enter__(self): print("enter"); return self
                def __exit__(self, *a): print("exit", a[0] is GeneratorExit); return False
            def gen():
                with CM():
                    try:
                        yield 1
                        yield 2
                    except ValueError:
                        yield "caught"
            g = gen(); print(next(g), g.throw(ValueError)); g.close()
            ### comprehension_cells_and_class
            def f():
                fs = [lambda: y for y in range(3)]
                gs = [[lambda: (a, b) for b in range(2)] for a in range(2)]
                return [f() for f in fs], [g() for row in gs for g in row]
            print(f())
            class K:
                v = 10
                items = [v2 for v2 in range(3)]
                try:
                    bad = [v for _ in range(1)]
                except NameError as e:
                    err = str(e)
            print(K.items, K.err)
            y = 5
            print([y for y in range(2)], y, [(y := i) for i in range(3)], y)
            ### nested_functions_globals_del
            x = 1
            def outer():
                a = 1
                def inner():
                    nonlocal a
                    del a
                    try:
                        return a
                    except NameError as e:
                        return "NameError"
                return inner()
            print(outer())
            class G:
                global gx
                gx = "set in class"
            print(gx)
            ### mangled_kwonly_defaults
            class C:
                def m(self, *, __k=1): return __k
                f = lambda self, __z=3: __z
            print(C().m(), C().m(_C__k=5), C.m.__kwdefaults__, C().f())
            ### augassign_variants
            l = list(range(10)); l[::2] = [0] * 5; l[1:4] += [9]; print(l)
            class A: pass
            a = A(); a.x = [1]; a.x += [2]; a.x *= 2; print(a.x)
            d = {}; d.setdefault("k", 0); d["k"] += 1; print(d)
            ### deep_expression
            x = eval("+".join(["1"] * 3000))
            src = "y = " + "(" * 100 + "1" + ")" * 100 + "\nprint(y)"
            exec(src)
            print(x)
            ### super_forms
            class A:
                def f(self): return "A"
                @classmethod
                def c(cls): return "Ac"
            class B(A):
                def f(self):
                    g = lambda: super(B, self).f()
                    return "B" + super().f() + g()
                @classmethod
                def c(cls): return "B" + super().c()
                def h(self):
                    def inner():
                        return __class__.__name__
                    return inner()
            print(B().f(), B.c(), B().h())
            ### star_unpack_limits
            a, *b = range(300)
            print(a, len(b))
            t = (*range(3), *"ab")
            print(t)
            ### chained_compare_jumps
            for v in (0, 5, 15):
                if not 1 < v < 10:
                    print(v, "out")
                elif v is not None and 3 <= v != 4:
                    print(v, "in")
            print(all(0 < x < 2 for x in [1]), [x for x in range(9) if 2 < x < 5 or x == 8])
            """;

    /** Programs nested deeply enough to overflow a default Java stack in naive recursion. */
    static java.util.Map<String, String> deep() {
        return java.util.Map.of(
                "deep_binop", "x = " + String.join("+", java.util.Collections.nCopies(5000, "1")) + "\nprint(x)\n",
                "deep_parens", "y = " + "(".repeat(150) + "2" + ")".repeat(150) + "\nprint(y)\n",
                "deep_calls", "print(" + "abs(".repeat(120) + "-3" + ")".repeat(120) + ")\n");
    }

    static final String EVAL = """
            ### eval_arith
            1 + 2 * 3
            ### eval_comprehension
            [x * x for x in range(4) if x]
            ### eval_lambda_call
            (lambda a, b=2: a ** b)(3)
            ### eval_yield_error
            (yield)
            """;

    static final String SINGLE = """
            ### single_expression_prints
            1 + 1
            ### single_for_prints_each
            for i in range(3): i * 10
            ### single_none_not_printed
            None
            ### single_assignment_silent
            x = 5
            """;

    static final String OPTIMIZED = """
            ### optimize2_drops_docs_and_asserts
            "module doc"
            def f():
                "fdoc"
                return 1
            assert False, "dropped"
            print(__doc__, f.__doc__, f(), __debug__)
            """;
}
