# The type half of Kaa's _ctypes (see CtypesModule.java): the metaclasses that compute C layouts
# as ctypes classes are made, the instances over native memory, and the conversions of calls.
# The machine half is `_native` (CNative.java): memory, dlopen and calls through the JDK's
# foreign function API. Every address is a Python int.

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
                 "swapped", "argtypes", "restype", "flags", "pointer_type")

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
        self.pointer_type = None


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
        return _native.read(self._kaa_addr, _stg(type(self)).size)

    def __buffer__(self, flags):
        raise TypeError("memoryview of a ctypes object is not supported by Kaa's ctypes "
                        "(its memory is native; use bytes(obj) for a copy)")


_CData.__module__ = "_ctypes"


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


# ---- structures and unions ------------------------------------------------------------------------

class CField:
    """A field of a structure or union: its offset and size, and for a bit field the bits."""

    __slots__ = ("_type", "_offset", "_size", "_bits", "_shift", "_index", "_name")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_ctypes.CField' instances")

    @property
    def type(self):
        return self._type

    @property
    def offset(self):
        return self._offset

    @property
    def size(self):
        # CPython 3.13 packs a bit field's width and position into size.
        return (self._bits << 16) | self._shift if self._bits else self._size

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        if not isinstance(obj, _CData):
            raise TypeError("not a ctype instance")
        address = obj._kaa_addr + self._offset
        if self._bits:
            return self._get_bits(address)
        text = _text_array_code(self._type)
        if text is not None:
            return _text_field_get(text, address, _stg(self._type).length)
        return _get(self._type, address, obj, self._index)

    def __set__(self, obj, value):
        if not isinstance(obj, _CData):
            raise TypeError("not a ctype instance")
        address = obj._kaa_addr + self._offset
        if self._bits:
            self._set_bits(address, value)
            return
        text = _text_array_code(self._type)
        if text is not None and not isinstance(value, _CData):
            _text_field_set(text, address, _stg(self._type).length, value)
            return
        _set(self._type, address, value, obj, str(self._index))

    def __delete__(self, obj):
        raise TypeError("cannot delete attribute")

    def _get_bits(self, address):
        info = _stg(self._type)
        raw = _native.get(address, _unsigned(info.code), info.swapped)
        value = (raw >> self._shift) & ((1 << self._bits) - 1)
        if info.code in "bhilq" and value >> (self._bits - 1):
            value -= 1 << self._bits
        if info.code == "?":
            return bool(value)
        return value

    def _set_bits(self, address, value):
        info = _stg(self._type)
        value = _index(value)
        code = _unsigned(info.code)
        raw = _native.get(address, code, info.swapped)
        mask = ((1 << self._bits) - 1) << self._shift
        raw = (raw & ~mask) | ((value << self._shift) & mask)
        _native.put(address, code, raw, info.swapped)

    def __repr__(self):
        name = self._type.__name__
        if self._bits:
            return "<Field type=%s, ofs=%d:%d, bits=%d>" % (name, self._offset, self._shift, self._bits)
        return "<Field type=%s, ofs=%d, size=%d>" % (name, self._offset, self._size)


CField.__module__ = "_ctypes"


def _text_array_code(tp):
    """'c' or 'u' for a field that is an array of c_char or c_wchar (read and written as text)."""
    if not isinstance(tp, PyCArrayType):
        return None
    code = _stg(_stg(tp).proto).code
    return code if code in ("c", "u") and _is_fundamental(_stg(tp).proto) else None


def _text_field_get(code, address, length):
    if code == "c":
        data = _native.read(address, length)
        end = data.find(b"\0")
        return data if end < 0 else data[:end]
    text = _wide_text(address, length)
    end = text.find("\0")
    return text if end < 0 else text[:end]


def _text_field_set(code, address, length, value):
    # As C's strcpy: the text up to its first NUL, and a NUL if there is room.
    if code == "c":
        if not isinstance(value, bytes):
            raise TypeError("expected bytes, %s found" % type(value).__name__)
        end = value.find(b"\0")
        data = value if end < 0 else value[:end]
        if len(data) > length:
            raise ValueError("bytes too long (%d, maximum length %d)" % (len(data), length))
        _native.write(address, data + (b"\0" if len(data) < length else b""))
        return
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    if len(value) > length:
        raise ValueError("string too long (%d, maximum length %d)" % (len(value), length))
    data = value.encode("utf-32-le", "surrogatepass")
    _native.write(address, data + (b"\0\0\0\0" if len(value) < length else b""))


def _index(value):
    if not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value.__index__()


def _unsigned(code):
    return {"b": "B", "h": "H", "i": "I", "l": "L", "q": "Q", "?": "B", "c": "B"}.get(code, code)


def _new_field(tp, offset, size, index, name, bits=0, shift=0):
    f = object.__new__(CField)
    f._type = tp
    f._offset = offset
    f._size = size
    f._bits = bits
    f._shift = shift
    f._index = index
    f._name = name
    return f


class _StructUnionType(_CDataType):
    _is_union = False

    def __init__(cls, name, bases, ns, /, **kw):
        _start_init(cls, name, bases, ns, kw)
        if ns.get("_kaa_abstract_"):
            return
        bases = cls.__bases__
        base_info = None
        for b in bases:
            info = _stg(b)
            if info is not None and b not in _ABSTRACT:
                base_info = info
                info.final = True
                break
        if base_info is not None:
            new = _StgInfo(base_info.size, base_info.align)
            new.fields = list(base_info.fields or [])
            new.spec = base_info.spec
        else:
            new = _StgInfo(0, 1)
            new.fields = []
        type.__setattr__(cls, "_kaa_stg_", new)
        if "_fields_" in cls.__dict__:
            setattr(cls, "_fields_", cls.__dict__["_fields_"])

    def __setattr__(cls, name, value):
        if name == "_fields_":
            info = _own_stg(cls)
            if info is None:
                raise TypeError("ctypes state is not initialized")
            if info.final:
                raise AttributeError("_fields_ is final")
            type.__setattr__(cls, name, value)
            _layout(cls, value)
            return
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name == "_fields_":
            raise AttributeError("cannot delete _fields_")
        type.__delattr__(cls, name)


class PyCStructType(_StructUnionType):
    pass


class UnionType(_StructUnionType):
    _is_union = True


def _layout(cls, fields):
    """Computes a structure's or union's layout as GCC does on Linux, and makes its fields."""
    if not isinstance(fields, (list, tuple)):
        raise TypeError("_fields_ must be a sequence of pairs")
    is_union = type(cls)._is_union
    base = None
    for b in cls.__bases__:
        if _stg(b) is not None and b not in _ABSTRACT:
            base = _stg(b)
            break
    pack = getattr(cls, "_pack_", 0)
    if "_pack_" in cls.__dict__:
        if not isinstance(pack, int) or isinstance(pack, bool):
            raise TypeError("_pack_ must be an integer")
        if pack < 0:
            raise ValueError("_pack_ must be a non-negative integer")
        if pack > 0xFFFFFFFF:
            raise ValueError("_pack_ too big")
    min_align = getattr(cls, "_align_", 0)
    if not isinstance(min_align, int) or min_align < 0:
        raise ValueError("_align_ must be a non-negative integer")
    offset = base.size if base is not None and not is_union else 0
    struct_align = base.align if base is not None else 1
    bit_pos = offset * 8
    size = offset
    made = list(base.fields) if base is not None else []
    index = len(made)
    members = []
    swapped = hasattr(cls, "_swappedbytes_")
    for i, item in enumerate(fields):
        if not isinstance(item, tuple) or len(item) not in (2, 3):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        name, tp = item[0], item[1]
        if not isinstance(name, str):
            raise TypeError("'_fields_' must be a sequence of (name, C type) pairs")
        if tp is cls:
            raise AttributeError("Structure or union cannot contain itself")
        info = _stg(tp)
        if info is None:
            raise TypeError("second item in _fields_ tuple (index %d) must be a C type" % i)
        info.final = True
        fsize, falign = info.size, info.align
        if pack:
            falign = min(pack, falign)
        if len(item) == 3:
            bits = item[2]
            if info.code is None or info.code not in "bBhHiIlLqQ?":
                raise TypeError("bit fields not allowed for type %s" % tp.__name__)
            if not isinstance(bits, int) or bits < 0 or bits > fsize * 8 or (bits == 0 and name):
                raise ValueError("number of bits invalid for bit field")
            unit = fsize * 8
            if is_union:
                start = 0
            else:
                start = bit_pos
                if bits == 0 or start // unit != (start + bits - 1) // unit:
                    start = (start + unit - 1) // unit * unit
            unit_offset = start // unit * fsize
            shift = start - unit_offset * 8
            if swapped:
                shift = unit - shift - bits
            if bits:
                f = _new_field(tp, unit_offset, fsize, index, name, bits, shift)
                made.append((name, f))
                members.append((unit_offset, _spec(tp)))
            bit_pos = start + bits
            end = (bit_pos + 7) // 8
        else:
            if is_union:
                start = 0
            else:
                start = ((bit_pos + 7) // 8 + falign - 1) // falign * falign
            f = _new_field(tp, start, fsize, index, name)
            made.append((name, f))
            members.append((start, _spec(tp)))
            end = start + fsize
            if not is_union:
                bit_pos = end * 8
        size = max(size, end)
        struct_align = max(struct_align, falign)
        index += 1
        if name:
            type.__setattr__(cls, name, f)
    struct_align = max(struct_align, min_align)
    size = (size + struct_align - 1) // struct_align * struct_align
    info = _stg(cls)
    if info is None or _stg(cls) is base:
        info = _StgInfo(0, 1)
        type.__setattr__(cls, "_kaa_stg_", info)
    info.size = size
    info.align = struct_align
    info.fields = made
    info.final = True
    base_members = list(base.spec[3]) if base is not None and base.spec is not None else []
    info.spec = ("union" if is_union else "struct", size, struct_align, tuple(base_members + members))
    _anonymous(cls)


def _anonymous(cls):
    names = cls.__dict__.get("_anonymous_")
    if names is None:
        return
    try:
        names = list(names)
    except TypeError:
        raise TypeError("_anonymous_ must be a sequence") from None
    for name in names:
        f = cls.__dict__.get(name)
        if not isinstance(f, CField):
            raise AttributeError("'%s' is specified in _anonymous_ but not in _fields_" % name)
        for sub, inner in _fields_of_type(f._type):
            type.__setattr__(cls, sub, _new_field(inner._type, f._offset + inner._offset, inner._size,
                                                  f._index, sub, inner._bits, inner._shift))


def _fields_of_type(tp):
    """The fields a structure type reaches by name: its own, its bases', its anonymous members'."""
    seen = {}
    for klass in reversed(tp.__mro__):
        for name, value in vars(klass).items():
            if isinstance(value, CField):
                seen[name] = value
    return seen.items()


def _struct_init(self, *args, **kwargs):
    fields = _stg(type(self)).fields or []
    named = [n for n, f in fields]
    if len(args) > len(named):
        raise TypeError("too many initializers")
    for name, value in zip(named, args):
        setattr(self, name, value)
    for name, value in kwargs.items():
        if name in named[:len(args)]:
            raise TypeError("duplicate values for field %r" % name)
        setattr(self, name, value)


class Structure(_CData, metaclass=PyCStructType):
    __slots__ = ()
    _kaa_abstract_ = True
    __init__ = _struct_init


class Union(_CData, metaclass=UnionType):
    __slots__ = ()
    _kaa_abstract_ = True
    __init__ = _struct_init


Structure.__module__ = Union.__module__ = "_ctypes"


# ---- arrays ---------------------------------------------------------------------------------------

class PyCArrayType(_CDataType):
    def __init__(cls, name, bases, ns, /, **kw):
        _start_init(cls, name, bases, ns, kw)
        if ns.get("_kaa_abstract_"):
            return
        length = getattr(cls, "_length_", None)
        if length is None:
            raise AttributeError("class must define a '_length_' attribute")
        if not isinstance(length, int):
            raise TypeError("The '_length_' attribute must be an integer")
        if length < 0:
            raise ValueError("The '_length_' attribute must not be negative")
        proto = getattr(cls, "_type_", None)
        if proto is None:
            raise AttributeError("class must define a '_type_' attribute")
        item = _stg(proto)
        if item is None:
            raise TypeError("_type_ must have storage info")
        if item.size and length > (1 << 62) // item.size:
            raise OverflowError("array too large")
        item.final = True
        info = _StgInfo(item.size * length, item.align)
        info.length = length
        info.proto = proto
        info.spec = ("array", length, _spec(proto))
        cls._kaa_stg_ = info
        code = item.code
        if code == "c":
            type.__setattr__(cls, "value", _char_array_value)
            type.__setattr__(cls, "raw", _char_array_raw)
        elif code == "u":
            type.__setattr__(cls, "value", _wchar_array_value)


_array_cache = {}


def _array_type(tp, length):
    if not isinstance(length, int):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(length).__name__)
    if length < 0:
        raise ValueError("Array length must be >= 0, not %d" % length)
    key = (tp, length)
    cached = _array_cache.get(key)
    if cached is not None:
        return cached
    name = "%s_Array_%d" % (tp.__name__, length)
    cls = PyCArrayType(name, (Array,), {"_length_": length, "_type_": tp, "__module__": tp.__module__})
    _array_cache[key] = cls
    return cls


class Array(_CData, metaclass=PyCArrayType):
    __slots__ = ()
    _kaa_abstract_ = True

    def __init__(self, *args):
        if len(args) > len(self):
            raise IndexError("invalid index")
        for i, value in enumerate(args):
            self[i] = value

    def __len__(self):
        return _stg(type(self)).length

    def _item_address(self, index):
        info = _stg(type(self))
        if index < 0:
            index += info.length
        if not 0 <= index < info.length:
            raise IndexError("invalid index")
        return self._kaa_addr + index * _stg(info.proto).size, index

    def __getitem__(self, index):
        info = _stg(type(self))
        if isinstance(index, slice):
            return _slice_result(info.proto, [self[i] for i in range(*index.indices(info.length))])
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        address, i = self._item_address(index.__index__())
        return _get(info.proto, address, self, i)

    def __setitem__(self, index, value):
        info = _stg(type(self))
        if isinstance(index, slice):
            indices = range(*index.indices(info.length))
            values = list(value)
            if len(values) != len(indices):
                raise ValueError("Can only assign sequence of same size")
            for i, v in zip(indices, values):
                self[i] = v
            return
        if not hasattr(type(index), "__index__"):
            raise TypeError("indices must be integers")
        address, i = self._item_address(index.__index__())
        _set(info.proto, address, value, self, str(i))

    def __delitem__(self, index):
        raise TypeError("Array does not support item deletion")

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Array.__module__ = "_ctypes"


def _char_array_value_get(self):
    data = _native.read(self._kaa_addr, len(self))
    end = data.find(b"\0")
    return data if end < 0 else data[:end]


def _char_array_value_set(self, value):
    if not isinstance(value, bytes):
        raise TypeError("bytes expected instead of %s instance" % type(value).__name__)
    if len(value) > len(self):
        raise ValueError("byte string too long")
    _native.write(self._kaa_addr, value + (b"\0" if len(value) < len(self) else b""))


def _no_delete(self):
    raise TypeError("cannot delete attribute")


def _char_array_raw_get(self):
    return _native.read(self._kaa_addr, len(self))


def _char_array_raw_set(self, value):
    value = memoryview(value).tobytes()
    if len(value) > len(self):
        raise ValueError("byte string too long")
    _native.write(self._kaa_addr, value)


def _wchar_array_value_get(self):
    text = _wide_text(self._kaa_addr, len(self))
    end = text.find("\0")
    return text if end < 0 else text[:end]


def _wchar_array_value_set(self, value):
    if not isinstance(value, str):
        raise TypeError("unicode string expected instead of %s instance" % type(value).__name__)
    if len(value) > len(self):
        raise ValueError("string too long")
    data = value.encode("utf-32-le", "surrogatepass")
    _native.write(self._kaa_addr, data + (b"\0\0\0\0" if len(value) < len(self) else b""))


_char_array_value = property(_char_array_value_get, _char_array_value_set, _no_delete)
_char_array_raw = property(_char_array_raw_get, _char_array_raw_set)
_wchar_array_value = property(_wchar_array_value_get, _wchar_array_value_set, _no_delete)


# ---- pointers -------------------------------------------------------------------------------------

class PyCPointerType(_CDataType):
    def __init__(cls, name, bases, ns, /, **kw):
        _start_init(cls, name, bases, ns, kw)
        if ns.get("_kaa_abstract_"):
            return
        info = _StgInfo(8, 8, None)
        info.spec = "P"
        cls._kaa_stg_ = info
        proto = ns.get("_type_")
        if proto is not None:
            if _stg(proto) is None:
                raise TypeError("_type_ must have storage info")
            info.proto = proto

    def set_type(cls, tp):
        if _stg(tp) is None:
            raise TypeError("_type_ must have storage info")
        _stg(cls).proto = tp
        type.__setattr__(cls, "_type_", tp)

    def from_param(cls, value):
        if _stg(cls) is None:
            raise TypeError("abstract class")
        if value is None:
            return value
        proto = _stg(cls).proto
        if isinstance(value, cls):
            return value
        if isinstance(value, CArgObject) and proto is not None and isinstance(value._obj, proto):
            return value
        if proto is not None and isinstance(value, proto):
            return byref(value)
        if isinstance(value, (_Pointer, Array)) and proto is not None:
            other = _stg(type(value)).proto
            if other is not None and issubclass(other, proto):
                return value
        return _CDataType.from_param(cls, value)


class _Pointer(_CData, metaclass=PyCPointerType):
    __slots__ = ()
    _kaa_abstract_ = True

    def __init__(self, *args):
        if args:
            if len(args) > 1:
                raise TypeError("expected at most 1 argument")
            self.contents = args[0]

    def _target(self):
        proto = _stg(type(self)).proto
        if proto is None:
            raise TypeError("Cannot create instance: has no _type_")
        return proto

    @property
    def contents(self):
        proto = self._target()
        address = _native.get(self._kaa_addr, "P")
        if address == 0:
            raise ValueError("NULL pointer access")
        return _view(proto, address, self)

    @contents.setter
    def contents(self, value):
        proto = self._target()
        if not isinstance(value, proto):
            raise TypeError("expected %s instead of %s" % (proto.__name__, type(value).__name__))
        _native.put(self._kaa_addr, "P", value._kaa_addr)
        _keep(self, "1", value)
        if value._objects is not None:
            _keep(self, "0", value._objects)

    def __bool__(self):
        return _native.get(self._kaa_addr, "P") != 0

    def __getitem__(self, index):
        proto = self._target()
        size = _stg(proto).size
        base = _native.get(self._kaa_addr, "P")
        if isinstance(index, slice):
            if index.stop is None:
                raise ValueError("slice stop is required")
            start = index.start or 0
            step = index.step or 1
            if step == 0:
                raise ValueError("slice step cannot be zero")
            if step < 0 and index.start is None:
                raise ValueError("slice start is required for step < 0")
            return _slice_result(proto, [_get(proto, base + i * size, self, i)
                                         for i in range(start, index.stop, step)])
        if base == 0:
            raise ValueError("NULL pointer access")
        index = index.__index__()
        return _get(proto, base + index * size, self, index)

    def __setitem__(self, index, value):
        proto = self._target()
        base = _native.get(self._kaa_addr, "P")
        if base == 0:
            raise ValueError("NULL pointer access")
        if not hasattr(type(index), "__index__"):
            raise TypeError("Pointer indices must be integer")
        index = index.__index__()
        _set(proto, base + index * _stg(proto).size, value, self, str(index))


_Pointer.__module__ = "_ctypes"


def _slice_result(proto, items):
    """A slice of an array or pointer: bytes for c_char, str for c_wchar, else a list."""
    code = _stg(proto).code if _is_fundamental(proto) else None
    if code == "c":
        return b"".join(items)
    if code == "u":
        return "".join(items)
    return items

_pointer_type_cache = {}


def POINTER(tp):
    cached = _pointer_type_cache.get(tp)
    if cached is not None:
        return cached
    if isinstance(tp, str):
        cls = PyCPointerType(tp, (_Pointer,), {})
        _pointer_type_cache[id(cls)] = cls
        return cls
    if not isinstance(tp, type):
        raise TypeError("must be a ctypes type")
    cls = PyCPointerType("LP_%s" % tp.__name__, (_Pointer,), {"_type_": tp})
    _pointer_type_cache[tp] = cls
    return cls


def pointer(obj):
    return POINTER(type(obj))(obj)


# ---- byref, addressof and the rest ------------------------------------------------------------------

class CArgObject:
    """An argument ready for a call: a ctypes instance by reference (byref) or, with a type code
    as _tag, a simple value by value (what from_param of a simple type answers)."""

    # _obj: what CPython shows (the instance referred to, or the bytes or str given); _value: the
    # ctypes instance passed by value, or None for a reference to _obj at _offset.
    __slots__ = ("_obj", "_offset", "_tag", "_value")

    def __repr__(self):
        if self._value is None:
            return "<cparam 'P' (%#x)>" % (self._obj._kaa_addr + self._offset)
        value = self._value.value
        if self._tag in "bBhHiIlLqQ":
            return "<cparam '%s' (%d)>" % (self._tag, value)
        if self._tag in "fd":
            return "<cparam '%s' (%r)>" % (self._tag, value)
        if self._tag == "c":
            char = value[0]
            shown = chr(char) if 32 <= char < 127 and char != 0x5c else "\\x%02x" % char
            return "<cparam 'c' ('%s')>" % shown
        if self._tag in "zZP":
            return "<cparam '%s' (%#x)>" % (self._tag, _native.get(self._value._kaa_addr, "P"))
        return "<cparam '%s' at %#x>" % (self._tag, id(self))


CArgObject.__module__ = "_ctypes"


def _arg(value, tag, shown=None):
    """A CArgObject passing the simple instance value by value."""
    arg = CArgObject()
    arg._obj = value if shown is None else shown
    arg._offset = 0
    arg._tag = tag
    arg._value = value
    return arg


def byref(obj, offset=0):
    if not isinstance(obj, _CData):
        raise TypeError("byref() argument must be a ctypes instance, not '%s'" % type(obj).__name__)
    arg = CArgObject()
    arg._obj = obj
    arg._offset = offset
    arg._tag = "P"
    arg._value = None
    return arg


def addressof(obj):
    if not isinstance(obj, _CData):
        raise TypeError("invalid type")
    _sys.audit("ctypes.addressof", obj)
    return obj._kaa_addr


def sizeof(obj):
    info = _stg(obj) if isinstance(obj, type) else _stg(type(obj))
    if info is None:
        raise TypeError("this type has no size")
    if not isinstance(obj, type) and obj._kaa_mem is not None:
        return obj._kaa_mem.size
    return info.size


def alignment(obj):
    info = _stg(obj) if isinstance(obj, type) else _stg(type(obj))
    if info is None:
        raise TypeError("no alignment info")
    return info.align


def resize(obj, size):
    info = _stg_of(obj)
    if size < info.size:
        raise ValueError("minimum size is %d" % info.size)
    if not obj._b_needsfree_:
        raise ValueError("Memory cannot be resized because this object doesn't own it")
    mem = _native.alloc(size)
    _native.move(mem.address, obj._kaa_addr, min(size, obj._kaa_mem.size))
    obj._kaa_mem = mem
    obj._kaa_addr = mem.address


class _ErrnoState:
    def __init__(self):
        import threading
        self.local = threading.local()

    def get(self):
        return getattr(self.local, "errno", 0)

    def set(self, value):
        old = self.get()
        self.local.errno = value
        return old


_errno = _ErrnoState()


def get_errno():
    return _errno.get()


def set_errno(value):
    if not isinstance(value, int):
        raise TypeError("an integer is required")
    return _errno.set(value)


def dlopen(name, mode=RTLD_LOCAL):
    if name is not None:
        _sys.audit("ctypes.dlopen", name)
    return _native.dlopen(name, mode | 0x2)


def dlsym(handle, name):
    _sys.audit("ctypes.dlsym/handle", handle, name)
    return _native.dlsym(handle, name)


def dlclose(handle):
    _native.dlclose(handle)


def PyObj_FromPtr(address):
    return _handles.get(address)


def Py_INCREF(obj):
    return obj


def Py_DECREF(obj):
    return obj


def buffer_info(obj):
    info = _stg_of(obj)
    return (None, 0, ())


def call_function(address, args):
    return _call_address(address, args)


def call_cdeclfunction(address, args):
    return _call_address(address, args)


def _call_address(address, args):
    specs, raws, keep = [], [], []
    for i, a in enumerate(args):
        spec, raw = _marshal_default(a, i + 1, keep)
        specs.append(spec)
        raws.append(raw)
    return _native.call(address, "i", tuple(specs), tuple(raws), -1, None)


# ---- calls: argument conversion -------------------------------------------------------------------

def _marshal(value, keep):
    """A converted argument as (description, raw value) for the machine half."""
    if isinstance(value, CArgObject):
        keep.append(value)
        if value._value is not None:
            return _marshal(value._value, keep)
        return "P", value._obj._kaa_addr + value._offset
    if isinstance(value, _SimpleCData):
        info = _stg(type(value))
        code = _RAW_CODE.get(info.code, info.code)
        keep.append(value)
        return code, _native.get(value._kaa_addr, code, info.swapped)
    if isinstance(value, (Structure, Union)):
        keep.append(value)
        return _spec(type(value)), value._kaa_addr
    if isinstance(value, Array):
        keep.append(value)
        return "P", value._kaa_addr
    if isinstance(value, (_Pointer, CFuncPtr)):
        keep.append(value)
        return "P", _native.get(value._kaa_addr, "P")
    return None


class _ArgumentCopies:
    """The native copies of the bytes and str objects passed lately as char* or wchar_t*.

    CPython passes a pointer into the bytes object itself, valid while the object lives, and C
    code may keep it (strtol's end pointer). Kaa's objects are not in native memory, so a call
    gets a copy; the last copies made stay alive, each with its (immutable) object, so that such a
    pointer stays valid as long as in CPython for all but long-forgotten arguments."""

    LIMIT = 256

    def __init__(self):
        self.copies = {}

    def copy(self, value):
        key = id(value)
        found = self.copies.pop(key, None)
        if found is None or found[0] is not value:
            data = value if isinstance(value, bytes) else value.encode("utf-32-le", "surrogatepass")
            found = (value, _buffer_for(data))
        self.copies[key] = found
        if len(self.copies) > self.LIMIT:
            del self.copies[next(iter(self.copies))]
        return found[1]


_argument_copies = _ArgumentCopies()


def _marshal_default(value, position, keep):
    """An argument with no argtypes entry, converted as ctypes does by default."""
    done = _marshal(value, keep)
    if done is not None:
        return done
    if value is None:
        return "P", 0
    if isinstance(value, int):
        if not -(1 << 31) <= value < (1 << 32):
            raise ArgumentError("argument %d: OverflowError: int too long to convert" % position)
        return "i", value
    if isinstance(value, (bytes, str)):
        mem = _argument_copies.copy(value)
        keep.append(mem)
        return "P", mem.address
    as_param = getattr(value, "_as_parameter_", _MISSING)
    if as_param is not _MISSING:
        return _marshal_default(as_param, position, keep)
    raise ArgumentError("argument %d: TypeError: Don't know how to convert parameter %d"
                        % (position, position))


# ---- function pointers ----------------------------------------------------------------------------

class PyCFuncPtrType(_CDataType):
    def __init__(cls, name, bases, ns, /, **kw):
        _start_init(cls, name, bases, ns, kw)
        if ns.get("_kaa_abstract_"):
            return
        info = _StgInfo(8, 8, None)
        info.spec = "P"
        info.flags = getattr(cls, "_flags_", 0)
        if not isinstance(info.flags, int):
            raise TypeError("class must define _flags_ which must be an integer")
        argtypes = getattr(cls, "_argtypes_", None)
        if argtypes is not None:
            info.argtypes = _check_argtypes(argtypes)
        info.restype = getattr(cls, "_restype_", None)
        cls._kaa_stg_ = info


def _check_argtypes(argtypes):
    if not isinstance(argtypes, (list, tuple)):
        raise TypeError("_argtypes_ must be a sequence of types")
    if len(argtypes) > CTYPES_MAX_ARGCOUNT:
        raise ArgumentError("_argtypes_ has too many arguments (%d), maximum is %d"
                            % (len(argtypes), CTYPES_MAX_ARGCOUNT))
    for i, tp in enumerate(argtypes):
        if not hasattr(tp, "from_param"):
            raise TypeError("item %d in _argtypes_ has no from_param method" % (i + 1))
    return tuple(argtypes)


_python_functions = {}


class CFuncPtr(_CData, metaclass=PyCFuncPtrType):
    __slots__ = ()
    _kaa_abstract_ = True

    def __new__(cls, *args):
        if cls in _ABSTRACT:
            raise TypeError("abstract class")
        self = _CData.__new__(cls)
        if not args:
            return self
        first = args[0]
        if len(args) == 1 and isinstance(first, int):
            _sys.audit("ctypes.cdata", first)
            _native.put(self._kaa_addr, "P", first)
            return self
        if isinstance(first, tuple):
            name, dll = first[0], first[1]
            if len(args) > 1:
                _fp(self)["paramflags"] = args[1]
            handle = dll._handle if not isinstance(dll, int) else dll
            if isinstance(name, int):
                raise TypeError("function ordinal must be a string on this platform")
            _sys.audit("ctypes.dlsym", dll, name)
            address = _native.dlsym(handle, name)
            _native.put(self._kaa_addr, "P", address)
            _fp(self)["dll"] = dll
            return self
        if callable(first):
            info = _stg(cls)
            if info.argtypes is None and info.restype is None and "_argtypes_" not in dir(cls):
                raise TypeError("cannot construct instance of this class: no argtypes")
            stub = _make_callback(first, info.restype, info.argtypes or ())
            _native.put(self._kaa_addr, "P", stub.address)
            self._objects = {"0": stub, "1": first}
            _fp(self)["callable"] = first
            return self
        raise TypeError("argument must be callable or integer function address")

    def __init__(self, *args):
        pass

    def __bool__(self):
        return _native.get(self._kaa_addr, "P") != 0

    def __repr__(self):
        return "<%s object at %#x>" % (type(self).__name__, id(self))

    @property
    def argtypes(self):
        found = _fp(self).get("argtypes", _MISSING)
        return _stg(type(self)).argtypes if found is _MISSING else found

    @argtypes.setter
    def argtypes(self, value):
        _fp(self)["argtypes"] = None if value is None else _check_argtypes(value)

    @argtypes.deleter
    def argtypes(self):
        _fp(self).pop("argtypes", None)

    @property
    def restype(self):
        found = _fp(self).get("restype", _MISSING)
        return _stg(type(self)).restype if found is _MISSING else found

    @restype.setter
    def restype(self, value):
        if value is not None and _stg(value) is None and not callable(value):
            raise TypeError("restype must be a type, a callable, or None")
        _fp(self)["restype"] = value

    @restype.deleter
    def restype(self):
        _fp(self).pop("restype", None)

    @property
    def errcheck(self):
        return _fp(self).get("errcheck")

    @errcheck.setter
    def errcheck(self, value):
        if value is not None and not callable(value):
            raise TypeError("the errcheck attribute must be callable")
        _fp(self)["errcheck"] = value

    @errcheck.deleter
    def errcheck(self):
        _fp(self).pop("errcheck", None)

    def __call__(self, *args, **kwargs):
        address = _native.get(self._kaa_addr, "P")
        info = _stg(type(self))
        python = _python_functions.get(address)
        if python is not None:
            return python(*args)
        if address == 0:
            raise ValueError("NULL function pointer")
        argtypes = self.argtypes
        restype = self.restype
        paramflags = _fp(self).get("paramflags")
        if paramflags is not None:
            args, outputs = _apply_paramflags(paramflags, argtypes, args, kwargs)
        elif kwargs:
            raise TypeError("this function takes no keyword arguments")
        else:
            outputs = None
        keep = []
        specs, raws = [], []
        if len(args) > CTYPES_MAX_ARGCOUNT:
            raise ArgumentError("too many arguments (%d), maximum is %d" % (len(args), CTYPES_MAX_ARGCOUNT))
        if argtypes is not None:
            if len(args) < len(argtypes):
                raise TypeError("this function takes at least %d argument%s (%d given)"
                                % (len(argtypes), "" if len(argtypes) == 1 else "s", len(args)))
        for i, arg in enumerate(args):
            if argtypes is not None and i < len(argtypes):
                try:
                    converted = argtypes[i].from_param(arg)
                except Exception as e:
                    raise ArgumentError("argument %d: %s: %s" % (i + 1, type(e).__name__, e)) from None
                done = _marshal(converted, keep)
                if done is None:
                    try:
                        done = _marshal_default(converted, i + 1, keep)
                    except ArgumentError:
                        raise ArgumentError("argument %d: TypeError: wrong type" % (i + 1)) from None
            else:
                done = _marshal_default(arg, i + 1, keep)
            specs.append(done[0])
            raws.append(done[1])
        variadic = len(argtypes) if argtypes is not None and len(args) > len(argtypes) else -1
        if variadic >= 0 and any(spec in ("b", "B", "h", "H", "f") for spec in specs[variadic:]):
            # libffi refuses a variadic argument that C would promote; CPython reports its failure.
            raise RuntimeError("ffi_prep_cif_var failed")
        rspec = _result_spec(restype)
        use_errno = info.flags & FUNCFLAG_USE_ERRNO
        out = _native.call(address, rspec, tuple(specs), tuple(raws), variadic,
                           _errno.get() if use_errno else None)
        if use_errno:
            out, err = out
            _errno.set(err)
        result = _convert_result(restype, out)
        errcheck = _fp(self).get("errcheck")
        if errcheck is not None:
            result = errcheck(result, self, args)
            if outputs is None:
                return result
        if outputs is not None:
            return _build_outputs(outputs, result)
        return result


CFuncPtr.__module__ = "_ctypes"


def _fp(obj):
    """A function pointer's own argtypes, restype and errcheck (made on first use)."""
    fields = obj._kaa_fields
    if fields is None:
        fields = obj._kaa_fields = {}
    return fields
def _apply_paramflags(paramflags, argtypes, args, kwargs):
    if argtypes is None or len(paramflags) != len(argtypes):
        raise ValueError("paramflags must have the same length as argtypes")
    full = []
    outputs = []
    position = 0
    for i, flags in enumerate(paramflags):
        direction = flags[0] & 3 or 1
        name = flags[1] if len(flags) > 1 else None
        if direction & 2 and not direction & 1:
            tp = argtypes[i]
            target = _stg(tp).proto
            value = target()
            full.append(value)
            outputs.append(value)
            continue
        if position < len(args):
            full.append(args[position])
            position += 1
        elif name is not None and name in kwargs:
            full.append(kwargs[name])
        elif len(flags) > 2:
            full.append(flags[2])
        else:
            raise TypeError("required argument '%s' missing" % name)
        if direction & 2:
            outputs.append(full[-1])
    return tuple(full), outputs


def _build_outputs(outputs, result):
    values = [o.__ctypes_from_outparam__() for o in outputs]
    if not values:
        return result
    return values[0] if len(values) == 1 else tuple(values)


def _result_spec(restype):
    if restype is None:
        return "v"
    info = _stg(restype)
    if info is None:
        return "i"
    if info.code is not None:
        return _RAW_CODE.get(info.code, info.code)
    if isinstance(restype, (PyCStructType, UnionType)):
        return _spec(restype)
    if isinstance(restype, PyCArrayType):
        raise TypeError("cannot return an array from a C function")
    return "P"


def _convert_result(restype, raw):
    if restype is None:
        return None
    info = _stg(restype)
    if info is None:
        return restype(raw)
    if isinstance(restype, (PyCStructType, UnionType)):
        return restype.from_buffer_copy(raw)
    obj = restype.__new__(restype)
    code = _RAW_CODE.get(info.code, info.code) if info.code is not None else "P"
    _native.put(obj._kaa_addr, code, raw)
    check = getattr(restype, "_check_retval_", None)
    if check is not None:
        return check(obj)
    if _is_fundamental(restype):
        return obj.value
    return obj


# ---- callbacks ------------------------------------------------------------------------------------

def _make_callback(function, restype, argtypes):
    for tp in argtypes:
        if _stg(tp) is None:
            raise TypeError("invalid argtype %r for a callback" % (tp,))
    if restype is not None and (_stg(restype) is None or _stg(restype).code is None):
        raise TypeError("invalid result type for callback function")
    specs = tuple(_arg_spec(tp) for tp in argtypes)
    rspec = _result_spec(restype)

    def dispatch(*raw):
        try:
            args = [_callback_arg(tp, value) for tp, value in zip(argtypes, raw)]
            result = function(*args)
        except BaseException as e:
            _report_unraisable(e, "Exception ignored on calling ctypes callback function", function)
            return 0.0 if rspec in ("f", "d") else 0
        try:
            return _callback_result(restype, result)
        except BaseException as e:
            _report_unraisable(e, "Exception ignored on converting result of ctypes callback function",
                               function)
            return 0.0 if rspec in ("f", "d") else 0

    return _native.callback(dispatch, rspec, specs)


def _callback_arg(tp, raw):
    info = _stg(tp)
    if isinstance(tp, (PyCStructType, UnionType)):
        obj = tp.__new__(tp)
        _native.move(obj._kaa_addr, raw, info.size)
        return obj
    if isinstance(tp, PyCArrayType):
        return _view(tp, raw)
    obj = tp.__new__(tp)
    code = _RAW_CODE.get(info.code, info.code) if info.code is not None else "P"
    _native.put(obj._kaa_addr, code, raw)
    if _is_fundamental(tp):
        return obj.value
    return obj


def _callback_result(restype, result):
    if restype is None:
        return None
    info = _stg(restype)
    if isinstance(result, restype):
        obj = result
    else:
        obj = restype(result) if info.code is not None else restype.from_param(result)
    if isinstance(obj, CArgObject):
        return obj._obj._kaa_addr + obj._offset
    code = _RAW_CODE.get(info.code, info.code) if info.code is not None else "P"
    return _native.get(obj._kaa_addr, code)


class _UnraisableArgs:
    def __init__(self, exc, message):
        self.exc_type = type(exc)
        self.exc_value = exc
        self.exc_traceback = exc.__traceback__
        self.err_msg = message
        self.object = None


def _report_unraisable(exc, message, function):
    try:
        hook = getattr(_sys, "unraisablehook", None) or _sys.__unraisablehook__
        hook(_UnraisableArgs(exc, "%s %r" % (message, function)))
    except BaseException:
        pass


# ---- the functions ctypes calls by address (CPython's PYTHONAPI helpers) -------------------------

def _python_function(function):
    mem = _native.alloc(1)
    _python_functions[mem.address] = function
    _python_function_blocks.append(mem)
    return mem.address


_python_function_blocks = []


def _address_of(value):
    keep = []
    if isinstance(value, int):
        return value
    if value is None:
        return 0
    done = _marshal(value, keep)
    if done is None:
        done = _marshal_default(value, 1, keep)
    return done[1]


def _cast_impl(obj, _obj, typ):
    if not isinstance(typ, (PyCPointerType, PyCFuncPtrType)) and not (
            isinstance(typ, PyCSimpleType) and _stg(typ).code in "zZP"):
        raise TypeError("cast() argument 2 must be a pointer type, not %s" % getattr(typ, "__name__", typ))
    if isinstance(obj, (_SimpleCData, _Pointer, Array, CFuncPtr)) or isinstance(obj, (int, type(None))):
        pass
    elif isinstance(obj, bytes) or isinstance(obj, CArgObject):
        pass
    else:
        raise ArgumentError("argument 1: TypeError: wrong type")
    address = _address_of(obj)
    result = typ.__new__(typ)
    _native.put(result._kaa_addr, "P", address)
    if isinstance(obj, _CData):
        objects = _container_objects(obj)
        if isinstance(objects, dict):
            result._objects = objects
            objects[id(obj)] = obj
        else:
            result._objects = {id(obj): obj}
    return result


def _string_at_impl(ptr, size=-1):
    address = _address_of(ptr)
    _sys.audit("ctypes.string_at", address, size)
    if size == -1:
        size = _native.strlen(address)
    return _native.read(address, size)


def _wstring_at_impl(ptr, size=-1):
    address = _address_of(ptr)
    _sys.audit("ctypes.wstring_at", address, size)
    if size == -1:
        size = _native.strlen(address, 4)
    return _wide_text(address, size)


_libc = _native.dlopen(None, 2)
_memmove_addr = _native.dlsym(_libc, "memmove")
_memset_addr = _native.dlsym(_libc, "memset")
_cast_addr = _python_function(_cast_impl)
_string_at_addr = _python_function(_string_at_impl)
_wstring_at_addr = _python_function(_wstring_at_impl)

_ABSTRACT = {_SimpleCData, Structure, Union, Array, _Pointer, CFuncPtr}

del _libc
