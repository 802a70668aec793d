package dev.kaa.vm.modules.ast;

/**
 * The Python side of {@code _ast}: the {@code AST} base class (its constructor and pickling
 * rules) and the function that makes every node class from {@link NodeKinds}'s table. The classes
 * are ordinary heap types, as CPython's are: Python code subclasses them, sets attributes on them
 * and on their instances, and the instances keep their fields in {@code __dict__}.
 *
 * <p>Thread safety: a constant.
 */
final class AstClasses {
    private AstClasses() {}

    /** Defines {@code AST} and {@code _build(spec, namespace)}, run once per module object. */
    static final String SOURCE = """
from _warnings import warn as _warn

class AST:
    __module__ = 'ast'
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        cls = type(self)
        fields = getattr(cls, '_fields', ())
        name = 'ast.AST' if cls is AST else cls.__name__
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{cls.__name__} constructor takes at most {n} positional argument{'' if n == 1 else 's'}")
        for f, v in zip(fields, args):
            setattr(self, f, v)
        given = fields[:len(args)]
        attributes = getattr(cls, '_attributes', ())
        for k, v in kwargs.items():
            if k in given:
                raise TypeError(f"{name} got multiple values for argument {k!r}")
            if k not in fields and k not in attributes:
                _warn(f"{name}.__init__ got an unexpected keyword argument {k!r}. Support for "
                      f"arbitrary keyword arguments is deprecated and will be removed in Python 3.15.",
                      DeprecationWarning, stacklevel=2)
            setattr(self, k, v)
        types = getattr(cls, '_field_types', None)
        if types is None:
            return
        for f in fields[len(args):]:
            if f in kwargs or f not in types:
                continue
            t = types[f]
            if _kind_of(t) == 'list':
                setattr(self, f, [])
            elif _kind_of(t) == 'optional':
                pass
            elif t is _ns['expr_context']:
                setattr(self, f, _ns['Load']())
            else:
                _warn(f"{name}.__init__ missing 1 required positional argument: {f!r}. "
                      f"This will become an error in Python 3.15.", DeprecationWarning, stacklevel=2)

    def __reduce__(self):
        cls = type(self)
        n = 0
        for f in getattr(cls, '_fields', ()):
            if not _has_default(cls, f):
                n += 1
        d = getattr(self, '__dict__', None)
        return (cls, (None,) * n, {} if d is None else d)

_ns = {}

def _kind_of(t):
    if type(t) is type(list[int]) and t.__origin__ is list:
        return 'list'
    if type(t) is type(int | None):
        return 'optional'
    return 'plain'

def _has_default(cls, f):
    for c in cls.__mro__:
        if f in c.__dict__:
            return True
    return False

_SIMPLE = {'identifier': str, 'string': str, 'int': int, 'constant': object}

def _signature(name, fields):
    if not fields:
        return name
    return name + '(' + ', '.join(f'{t}{q} {f}' for f, t, q in fields) + ')'

def _build(categories, leaves, ns):
    global _ns
    _ns = ns
    ns['AST'] = AST
    # A class statement records these; CPython's AST, made in C, has neither.
    for name in ('__firstlineno__', '__static_attributes__'):
        if name in AST.__dict__:
            delattr(AST, name)
    alternatives = {}
    for name, base, fields, attributes in leaves:
        alternatives.setdefault(base, []).append(_signature(name, fields))
    def make(name, base, fields, attributes, doc):
        body = {'__module__': 'ast', '__doc__': doc, '_fields': tuple(f for f, t, q in fields),
                '__match_args__': tuple(f for f, t, q in fields)}
        if attributes is not None:
            body['_attributes'] = tuple(a for a, q in attributes)
            for a, q in attributes:
                if q == '?':
                    body[a] = None
        for f, t, q in fields:
            if q == '?':
                body[f] = None
        cls = type(name, (ns[base],), body)
        ns[name] = cls
        return cls
    for name, attributes, is_enum in categories:
        alts = alternatives.get(name, [])
        if is_enum:
            doc = name + ' = ' + ' | '.join(alts)
        else:
            doc = name + ' = ' + ('\\n' + ' ' * len(name) + ' | ').join(alts)
        make(name, 'AST', (), attributes, doc)
    made = []
    for name, base, fields, attributes in leaves:
        made.append((make(name, base, fields, attributes, _signature(name, fields)), fields))
    for cls, fields in made:
        types = {}
        for f, t, q in fields:
            tp = _SIMPLE.get(t) or ns[t]
            if q == '*':
                tp = list[tp]
            elif q == '?':
                tp = tp | None
            types[f] = tp
        cls._field_types = types
        cls.__annotations__ = dict(types)
""";
}
