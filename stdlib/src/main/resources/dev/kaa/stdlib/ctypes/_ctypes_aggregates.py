# The type half of Kaa's _ctypes, second part (see CtypesModule.java): structures and unions,
# arrays and pointers. It runs after _ctypes.py, in the same namespace.

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

def _init_address_type(cls, name, bases, ns, kw):
    """Initialises a pointer or function pointer class: the storage information of its one
    address, to fill in, or None for the abstract base."""
    _start_init(cls, name, bases, ns, kw)
    if ns.get("_kaa_abstract_"):
        return None
    info = _StgInfo(8, 8, None)
    info.spec = "P"
    return info


class PyCPointerType(_CDataType):
    def __init__(cls, name, bases, ns, /, **kw):
        info = _init_address_type(cls, name, bases, ns, kw)
        if info is None:
            return
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


