package dev.kaa.vm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@code _abc} under {@code abc.py} and {@code collections.abc}, run as Python on Kaa. Each expected text is what CPython 3.13 printed for the same
 * program (with {@code collect = gc.collect}; here {@code collect} is
 * {@link Weakrefs#collect}).
 */
class AbcModuleTest {
    @Test
    void abcBasic() {
        String source = """
                import abc
                from abc import ABC, abstractmethod, ABCMeta
                class A(ABC):
                    @abstractmethod
                    def f(self): ...
                    @property
                    @abstractmethod
                    def p(self): ...
                print(sorted(A.__abstractmethods__))
                try: A()
                except TypeError as e: print(e)
                class B(A):
                    def f(self): return 1
                print(B.__abstractmethods__)
                try: B()
                except TypeError as e: print(e)
                class C(B):
                    p = 3
                print(C().f(), C.__abstractmethods__)
                A.register(int)
                print(isinstance(1, A), issubclass(bool, A), issubclass(str, A), isinstance("", A))
                class H(ABC):
                    @classmethod
                    def __subclasshook__(cls, sub):
                        return hasattr(sub, 'quack') or NotImplemented
                class D: quack = 1
                print(issubclass(D, H), isinstance(D(), H), issubclass(int, H))
                t = abc.get_cache_token(); H.register(float); print(abc.get_cache_token() - t)
                try: H.register(3)
                except TypeError as e: print(e)
                try: A.register(A) ; print('noop'); B.register(A)
                except RuntimeError as e: print(e)
                print(type(A._abc_impl), len(abc._get_dump(A)))
                try: issubclass(3, A)
                except TypeError as e: print(e)
                A._abc_registry_clear(); print(isinstance(1, A))
                import abc
                class X: pass
                class Y(X): pass
                A.register(X)
                print(issubclass(X, A), len(abc._get_dump(A)[1]), issubclass(Y, A), len(abc._get_dump(A)[1]))
                A._abc_caches_clear(); print(len(abc._get_dump(A)[1]), len(abc._get_dump(A)[2]))
                class M(metaclass=ABCMeta):
                    @abstractmethod
                    def a(self): ...
                    @staticmethod
                    @abstractmethod
                    def s(): ...
                    @classmethod
                    @abstractmethod
                    def c(cls): ...
                print(sorted(M.__abstractmethods__))
                import collections.abc as cabc
                print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(dict, cabc.MutableMapping), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
                class MySeq(cabc.Sequence):
                    def __len__(self): return 2
                    def __getitem__(self, i):
                        if i >= 2: raise IndexError
                        return i * 10
                print(list(MySeq()), MySeq().index(10), 10 in MySeq(), list(reversed(MySeq())))
                try: cabc.Sequence()
                except TypeError as e: print(e)
                print(type(abc.get_cache_token()).__name__)
                """;
        String expected = """
                ['f', 'p']
                Can't instantiate abstract class A without an implementation for abstract methods 'f', 'p'
                frozenset({'p'})
                Can't instantiate abstract class B without an implementation for abstract method 'p'
                1 frozenset()
                True True False False
                True True False
                1
                Can only register classes
                noop
                Refusing to create an inheritance cycle
                <class '_abc._abc_data'> 4
                issubclass() arg 1 must be a class
                False
                True 3 True 4
                0 0
                ['a', 'c', 's']
                True True True True True False
                [0, 10] 1 True [10, 0]
                Can't instantiate abstract class Sequence without an implementation for abstract methods '__getitem__', '__len__'
                int
                """;
        assertEquals(expected, WeakrefModuleTest.runPython(source, "abc_basic.py"));
    }
}
