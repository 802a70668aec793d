# The type half of Kaa's _ctypes, third part (see CtypesModule.java): byref and the module's
# functions, calls to C (argument conversion, function pointers) and callbacks from C. It runs
# after _ctypes.py and _ctypes_aggregates.py, in the same namespace.

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
        info = _init_address_type(cls, name, bases, ns, kw)
        if info is None:
            return
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
