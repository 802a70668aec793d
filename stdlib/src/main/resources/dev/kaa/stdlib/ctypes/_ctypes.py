# The type half of Kaa's _ctypes (see CtypesModule.java): the metaclasses that compute C layouts
# as ctypes classes are made, the instances over native memory, and the conversions of calls.
# The machine half is `_native` (CNative.java): memory, dlopen and calls through the JDK's
# foreign function API. Every address is a Python int.
# This first part holds the storage information, the instances, reading and writing values, and
# the simple types; _ctypes_aggregates.py and _ctypes_calls.py follow in the same namespace.

import sys as _sys

__version__ = "1.1.0"

FUNCFLAG_CDECL = 0x1
FUNCFLAG_PYTHONAPI = 0x4
FUNCFLAG_USE_ERRNO = 0x8
FUNCFLAG_USE_LASTERROR = 0x10
RTLD_LOCAL = 0
RTLD_GLOBAL = 0x100
SIZEOF_TIME_T = 8
CTYPES_MAX_ARGCOUNT = 1024

_SIMPLE_CODES = "cbBhHiIlLdfuzZqQPXOv?g"
_UNSUPPORTED_CODES = "X"
_SIZES = {"c": 1, "b": 1, "B": 1, "?": 1, "h": 2, "H": 2, "i": 4, "I": 4, "u": 4, "f": 4,
          "v": 2, "l": 8, "L": 8, "q": 8, "Q": 8, "d": 8, "P": 8, "z": 8, "Z": 8, "O": 8, "g": 16}
_INT_CODES = "bBhHiIlLqQ"
_SWAPPABLE = "hHiIlLqQfd"
# How a simple value travels in a call: the C type the linker is told (c as a signed char,
# u as a 32-bit int, the pointers as addresses).
_RAW_CODE = {"c": "b", "?": "B", "u": "I", "z": "P", "Z": "P", "O": "P", "v": "h"}


_MISSING = object()


class ArgumentError(Exception):
    pass


ArgumentError.__module__ = "ctypes"


# ---- storage information: what CPython keeps in a type's StgInfo ---------------------------------

class _StgInfo:
    __slots__ = ("size", "align", "length", "proto", "code", "fields", "final", "spec",
                 "swapped", "argtypes", "restype", "flags")

    def __init__(self, size, align, code=None):
        self.size = size
        self.align = align
        self.length = 0
        self.proto = None
        self.code = code
        self.fields = None
        self.final = False
        self.spec = None
        self.swapped = False
        self.argtypes = None
        self.restype = None
        self.flags = 0


def _stg(tp):
    info = getattr(tp, "_kaa_stg_", None) if isinstance(tp, type) else None
    return info if isinstance(info, _StgInfo) else None


def _stg_of(obj):
    info = _stg(obj) if isinstance(obj, type) else _stg(type(obj))
    if info is None:
        raise TypeError("this type has no size")
    return info


def _arg_spec(tp):
    """What the machine half is told about an argument of type tp (an array decays to a pointer)."""
    return "P" if isinstance(tp, PyCArrayType) else _spec(tp)


def _spec(tp):
    """What the machine half is told about a C type passed or returned by value."""
    info = _stg(tp)
    if info.spec is not None:
        return info.spec
    if info.code is not None:
        return _RAW_CODE.get(info.code, info.code)
    if info.length or issubclass(tp, Array):
        return ("array", info.length, _spec(info.proto))
    return "P"


# ---- the data instances ---------------------------------------------------------------------------

class _CData:
    # _kaa_addr: the address of the instance's memory; _kaa_mem: the block it owns, if any.
    # _kaa_keep: native copies of bytes and str the instance points at (its _objects holds the
    # originals, as CPython's does); _kaa_index: its index in its base; _kaa_fields: a function
    # pointer's argtypes, restype and errcheck.
    __slots__ = ("_b_base_", "_b_needsfree_", "_objects", "_kaa_addr", "_kaa_mem", "_kaa_keep",
                 "_kaa_index", "_kaa_fields")

    def __new__(cls, *args, **kwargs):
        info = _stg(cls)
        if info is None or cls in _ABSTRACT or "_abstract_" in cls.__dict__:
            raise TypeError("abstract class")
        mem = _native.alloc(info.size)
        info.final = True
        return _instance(cls, mem, mem.address, None, None)

    def __ctypes_from_outparam__(self):
        return self

    def __reduce__(self):
        if _has_pointer(type(self)):
            raise ValueError("ctypes objects containing pointers cannot be pickled")
        return (_unpickle, (type(self), (self.__dict__, bytes(self))))

    def __setstate__(self, state):
        d, data = state
        self.__dict__.update(d)
        _native.write(self._kaa_addr, data[:_stg(type(self)).size])

    def __bytes__(self):
        return _native.read(self._kaa_addr, _size(self))

    def __buffer__(self, flags):
        # A view of the instance's bytes (format 'B'), not typed as CPython's is.
        return memoryview(_native.bytes_view(self, self._kaa_addr, _size(self)))


_CData.__module__ = "_ctypes"


def _size(obj):
    """The size of obj's memory: its own block's, which resize() may have made longer than its
    type, else its type's."""
    return obj._kaa_mem.size if obj._kaa_mem is not None else _stg(type(obj)).size


def _has_pointer(tp):
    """Whether instances of tp hold addresses (which mean nothing in another process)."""
    info = _stg(tp)
    if info is None:
        return False
    if isinstance(tp, (PyCPointerType, PyCFuncPtrType)) or info.code in ("z", "Z", "P", "O"):
        return True
    if info.proto is not None and isinstance(tp, PyCArrayType):
        return _has_pointer(info.proto)
    return any(_has_pointer(f._type) for name, f in (info.fields or []))


def _unpickle(cls, state):
    obj = cls.__new__(cls)
    obj.__setstate__(state)
    return obj


def _view(cls, address, base=None, objects=None):
    """An instance of cls over memory it does not own: at an address, or inside base."""
    return _instance(cls, None, address, base, objects)


def _instance(cls, mem, address, base, objects):
    obj = object.__new__(cls)
    obj._kaa_mem = mem
    obj._kaa_addr = address
    obj._b_base_ = base
    obj._b_needsfree_ = mem is not None
    obj._objects = objects
    obj._kaa_keep = None
    obj._kaa_index = 0
    obj._kaa_fields = None
    return obj


def _keep(obj, key, value, hidden=None):
    """Keeps value alive as long as obj's outermost base, as CPython's _objects does; hidden is
    the native copy that value stands for."""
    index = []
    while obj._b_base_ is not None:
        index.append(obj._kaa_index)
        obj = obj._b_base_
    if hidden is not None:
        if obj._kaa_keep is None:
            obj._kaa_keep = []
        obj._kaa_keep.append(hidden)
    if obj._objects is None:
        obj._objects = {}
    obj._objects[key if not index else "%s:%s" % (key, ":".join(map(str, index)))] = value


def _container_objects(obj):
    """The _objects of obj's outermost base, made an empty dict if it was None (as CPython's
    GetKeepedObjects does), shared by whoever keeps obj's memory alive."""
    while obj._b_base_ is not None:
        obj = obj._b_base_
    if obj._objects is None:
        obj._objects = {}
    return obj._objects


def _buffer_for(data):
    """Native memory holding a copy of bytes (NUL-terminated), kept by whoever points at it."""
    mem = _native.alloc(len(data) + 4)
    _native.write(mem.address, data)
    return mem


# ---- reading and writing values of any ctypes type at an address --------------------------------

def _is_fundamental(tp):
    return isinstance(tp, PyCSimpleType) and tp.__bases__[0] is _SimpleCData


def _get(tp, address, base=None, index=0):
    """The value of a field or an item of type tp: a Python value for a fundamental simple type,
    an instance sharing the memory otherwise."""
    if _is_fundamental(tp):
        return _simple_value(_stg(tp), address)
    obj = _view(tp, address, base)
    obj._kaa_index = index
    return obj


def _simple_value(info, address):
    code = info.code
    raw = _native.get(address, _RAW_CODE["v"] if code == "v" else code, info.swapped)
    if code == "z":
        return None if raw == 0 else _native.read(raw, _native.strlen(raw))
    if code == "Z":
        return None if raw == 0 else _wide_text(raw, _native.strlen(raw, 4))
    if code == "P":
        return None if raw == 0 else raw
    if code == "v":
        return raw != 0
    if code == "O":
        if raw == 0:
            raise ValueError("PyObject is NULL")
        return _handles.get(raw)
    return raw


def _wide_text(address, count):
    return _native.read(address, count * 4).decode("utf-32-le", "surrogatepass")


def _set(tp, address, value, owner, key):
    """Stores value, converted to type tp, at address; what must stay alive goes to owner."""
    info = _stg(tp)
    if isinstance(tp, PyCSimpleType):
        if isinstance(value, tp):
            _native.move(address, value._kaa_addr, info.size)
            _keep(owner, key, _container_objects(value))
            return
        kept = _simple_store(info, address, value)
        if kept is not None:
            _keep(owner, key, *kept)
        return
    if isinstance(value, tp):
        _native.move(address, value._kaa_addr, info.size)
        _keep(owner, key, _container_objects(value))
        return
    if isinstance(tp, PyCPointerType) and isinstance(value, Array) and issubclass(type(value)._type_, tp._type_):
        _native.put(address, "P", value._kaa_addr)
        _keep(owner, key, value)
        return
    if isinstance(tp, PyCArrayType):
        code = _stg(info.proto).code
        if code == "c" and isinstance(value, bytes) or code == "u" and isinstance(value, str):
            made = tp()
            made.value = value
            _native.move(address, made._kaa_addr, info.size)
            return
    if isinstance(tp, (PyCStructType, UnionType, PyCArrayType)) and isinstance(value, tuple):
        try:
            made = tp(*value)
        except Exception as e:
            # CPython names the type whose initialisation failed, innermost first.
            raise RuntimeError("(%s) %s: %s" % (tp.__name__, type(e).__name__, e)) from None
        _native.move(address, made._kaa_addr, info.size)
        return
    if isinstance(tp, (PyCFuncPtrType, PyCPointerType)) and value is None:
        _native.put(address, "P", 0)
        return
    raise TypeError("incompatible types, %s instance instead of %s instance"
                    % (type(value).__name__, tp.__name__))


def _simple_store(info, address, value):
    """Writes a simple value; answers an object to keep alive, or None."""
    code = info.code
    if code in _INT_CODES:
        _native.put(address, code, _index(value), info.swapped)
    elif code in "fdg":
        if not isinstance(value, (int, float)) and not hasattr(type(value), "__float__") \
                and not hasattr(type(value), "__index__"):
            raise TypeError("must be real number, not %s" % type(value).__name__)
        _native.put(address, code, float(value) if not isinstance(value, float) else value, info.swapped)
    elif code == "?":
        _native.put(address, code, bool(value))
    elif code == "c":
        if isinstance(value, (bytes, bytearray)) and len(value) == 1:
            _native.put(address, "B", value[0])
        elif isinstance(value, int) and 0 <= value < 256:
            _native.put(address, "B", value)
        else:
            raise TypeError("one character bytes, bytearray or integer expected")
    elif code == "u":
        if not isinstance(value, str):
            raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
        if len(value) != 1:
            raise TypeError("one character unicode string expected")
        _native.put(address, "I", ord(value))
    elif code in "zZP":
        return _store_address(code, address, value)
    elif code == "O":
        handle = _handles.add(value)
        _native.put(address, "P", handle)
        return value, None
    elif code == "v":
        _native.put(address, "h", -1 if value else 0)
    return None


# The text c_char_p and c_wchar_p point at, and the error for anything else.
_TEXT_POINTERS = {
    "z": (bytes, "bytes or integer address expected instead of %s instance"),
    "Z": (str, "unicode string or integer address expected instead of %s instance"),
}


def _store_address(code, address, value):
    """Writes a pointer: None, an address, or for the text pointers a NUL-terminated copy of the
    text, answered with the copy to keep alive."""
    if value is None or isinstance(value, int):
        _native.put(address, "P", 0 if value is None else value)
        return None
    text = _TEXT_POINTERS.get(code)
    if text is not None and isinstance(value, text[0]):
        mem = _argument_copies.copy(value)
        _native.put(address, "P", mem.address)
        return value, mem
    raise TypeError(text[1] % type(value).__name__ if text else "cannot be converted to pointer")


class _Handles:
    """py_object's storage: C memory holds a number standing for the Python object (Kaa's objects
    have no address C could hold). The table keeps what was stored alive."""

    def __init__(self):
        self.objects = {}

    def add(self, obj):
        handle = id(obj) or 1
        self.objects[handle] = obj
        return handle

    def get(self, handle):
        try:
            return self.objects[handle]
        except KeyError:
            raise ValueError("PyObject is NULL") from None


_handles = _Handles()


# ---- the common metaclass behaviour: CPython's CDataType -----------------------------------------

class _CDataType(type):
    def from_address(cls, address):
        _check_complete(cls)
        if not isinstance(address, int):
            raise TypeError("integer expected")
        return _view(cls, address)

    def from_buffer(cls, obj, offset=0):
        info = _check_complete(cls)
        if not isinstance(obj, _CData):
            raise NotImplementedError("from_buffer() of a %s: Kaa's ctypes shares memory only with "
                                      "ctypes instances" % type(obj).__name__)
        if offset < 0:
            raise ValueError("offset cannot be negative")
        size = _stg(type(obj)).size
        if info.size + offset > size:
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (size, info.size + offset))
        view = _view(cls, obj._kaa_addr + offset, obj)
        view._objects = {id(obj): obj}
        return view

    def from_buffer_copy(cls, data, offset=0):
        info = _check_complete(cls)
        if isinstance(data, _CData):
            data = bytes(data)
        else:
            data = memoryview(data).tobytes()
        if offset < 0:
            raise ValueError("offset cannot be negative")
        if info.size + offset > len(data):
            raise ValueError("Buffer size too small (%d instead of at least %d bytes)"
                             % (len(data), info.size + offset))
        obj = cls.__new__(cls)
        _native.write(obj._kaa_addr, data[offset:offset + info.size])
        return obj

    def in_dll(cls, dll, name):
        handle = dll._handle if not isinstance(dll, int) else dll
        try:
            address = _native.dlsym(handle, name)
        except AttributeError as e:
            raise ValueError(str(e)) from None
        return _view(cls, address)

    def from_param(cls, value):
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and isinstance(value._obj, cls):
            return value
        as_param = getattr(value, "_as_parameter_", _MISSING)
        if as_param is not _MISSING:
            return cls.from_param(as_param)
        raise TypeError("expected %s instance instead of %s" % (cls.__name__, type(value).__name__))

    def __mul__(cls, length):
        return _array_type(cls, length)

    def __rmul__(cls, length):
        return _array_type(cls, length)


def _check_complete(cls):
    info = _stg(cls)
    if info is None or cls in _ABSTRACT:
        raise TypeError("abstract class")
    return info


# ---- simple types ---------------------------------------------------------------------------------

def _own_stg(cls):
    info = cls.__dict__.get("_kaa_stg_")
    return info if isinstance(info, _StgInfo) else None


def _start_init(cls, name, bases, ns, kw):
    type.__init__(cls, name, bases, ns, **kw)
    if _own_stg(cls) is not None:
        raise SystemError("already initialized")


class PyCSimpleType(_CDataType):
    # As in CPython 3.13, a metaclass's __init__ (not __new__) gives the class its C layout: a
    # class made by __new__ alone stays abstract.
    def __init__(cls, name, bases, ns, /, **kw):
        _start_init(cls, name, bases, ns, kw)
        if "_kaa_stg_" in ns:
            return
        bases = cls.__bases__
        mcls = type(cls)
        code = getattr(cls, "_type_", None)
        if code is None:
            raise AttributeError("class must define a '_type_' attribute")
        if not isinstance(code, str):
            raise TypeError("class must define a '_type_' string attribute")
        if len(code) != 1:
            raise ValueError("class must define a '_type_' attribute which must be a string of length 1")
        if code in _UNSUPPORTED_CODES:
            raise ValueError("_type_ %r not supported" % code)
        if code not in _SIMPLE_CODES:
            raise AttributeError("class must define a '_type_' attribute which must be\n"
                                 "a single character string containing one of '%s'." % _SIMPLE_CODES)
        size = _SIZES[code]
        cls._kaa_stg_ = _StgInfo(size, size, code)
        if code in _SWAPPABLE and mcls is PyCSimpleType:
            swapped = type.__new__(mcls, name, bases, dict(ns))
            sinfo = _StgInfo(size, size, code)
            sinfo.swapped = True
            swapped._kaa_stg_ = sinfo
            if _sys.byteorder == "little":
                cls.__ctype_le__ = cls
                cls.__ctype_be__ = swapped
                swapped.__ctype_be__ = swapped
                swapped.__ctype_le__ = cls
            else:
                cls.__ctype_be__ = cls
                cls.__ctype_le__ = swapped
                swapped.__ctype_le__ = swapped
                swapped.__ctype_be__ = cls

    def from_param(cls, value):
        if _stg(cls) is None:
            raise TypeError("abstract class")
        code = _stg(cls).code
        if isinstance(value, cls):
            return value
        if code == "P":
            return _void_p_from_param(cls, value)
        if code in "zZ":
            return _string_from_param(cls, code, value)
        try:
            if code != "O":
                return _arg(cls(value), code)
            return cls(value)
        except (TypeError, ValueError) as e:
            as_param = getattr(value, "_as_parameter_", _MISSING)
            if as_param is not _MISSING:
                return cls.from_param(as_param)
            if isinstance(value, CArgObject) or isinstance(value, _CData):
                raise TypeError("wrong type") from None
            raise e


def _string_from_param(cls, code, value):
    if value is None:
        return _arg(cls(value), code)
    if code == "z" and isinstance(value, bytes) or code == "Z" and isinstance(value, str):
        return _arg(cls(value), code, value)
    want = "c" if code == "z" else "u"
    if isinstance(value, (Array, _Pointer)) and _stg(type(value)._type_).code == want:
        return value
    if isinstance(value, CArgObject) and value._value is None and _points_to_code(value._obj, want):
        return value
    if isinstance(value, _SimpleCData) and _stg(type(value)).code in (code, "P"):
        return value
    as_param = getattr(value, "_as_parameter_", _MISSING)
    if as_param is not _MISSING:
        return cls.from_param(as_param)
    raise TypeError("'%s' object cannot be interpreted as ctypes.%s"
                    % (type(value).__name__, cls.__name__))


def _points_to_code(obj, code):
    """Whether obj (given by reference) is, or holds, C values of the simple type code."""
    info = _stg(type(obj))
    if info is None:
        return False
    if info.code is not None:
        return info.code == code
    return info.proto is not None and _stg(info.proto).code == code


def _void_p_from_param(cls, value):
    if value is None or isinstance(value, int):
        return _arg(cls(value), "P")
    if isinstance(value, bytes):
        return _arg(_simple_of("z")(value), "z", value)
    if isinstance(value, str):
        return _arg(_simple_of("Z")(value), "Z", value)
    if isinstance(value, (_Pointer, Array, CFuncPtr, CArgObject)):
        return value
    if isinstance(value, _SimpleCData) and _stg(type(value)).code in "zZP":
        return value
    as_param = getattr(value, "_as_parameter_", _MISSING)
    if as_param is not _MISSING:
        return cls.from_param(as_param)
    raise TypeError("'%s' object cannot be interpreted as ctypes.%s" % (type(value).__name__, cls.__name__))


_simple_types = {}


def _simple_of(code):
    tp = _simple_types.get(code)
    if tp is None:
        tp = _simple_types[code] = PyCSimpleType("c_" + code, (_SimpleCData,), {"_type_": code})
    return tp


class _SimpleCData(_CData, metaclass=PyCSimpleType):
    _kaa_stg_ = None

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError("function takes at most 1 argument (%d given)" % len(args))
        if args:
            self.value = args[0]

    @property
    def value(self):
        return _simple_value(_stg(type(self)), self._kaa_addr)

    @value.setter
    def value(self, value):
        kept = _simple_store(_stg(type(self)), self._kaa_addr, value)
        if kept is not None:
            self._objects = kept[0]
            self._kaa_keep = kept[1]

    @value.deleter
    def value(self):
        raise TypeError("cannot delete attribute")

    def __bool__(self):
        return bool(_native.read(self._kaa_addr, _stg(type(self)).size).strip(b"\0"))

    def __repr__(self):
        if type(self).__bases__[0] is not _SimpleCData:
            return "<%s object at %#x>" % (type(self).__name__, id(self))
        return "%s(%r)" % (type(self).__name__, self.value)

    def __ctypes_from_outparam__(self):
        if type(self).__bases__[0] is _SimpleCData:
            return self.value
        return self


_SimpleCData.__module__ = "_ctypes"


