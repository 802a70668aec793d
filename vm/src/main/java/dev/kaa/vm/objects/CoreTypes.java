package dev.kaa.vm.objects;

/**
 * The list of the core built-in types that {@link BuiltinTypes#boot} readies: naming each
 * class here makes the JVM run its static initializer, which declares the type.
 *
 * <p>Thread safety: stateless.
 */
final class CoreTypes {
    private CoreTypes() {}

    static PyType[] all() {
        java.util.List<PyType> all = new java.util.ArrayList<>(java.util.List.of(
                PyType.OBJECT, PyType.TYPE, PyNone.TYPE, PySingletons.NotImplementedType.TYPE,
                PySingletons.EllipsisType.TYPE, PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
                PyTuple.TYPE, PyList.TYPE, PyDict.TYPE, PySlice.TYPE, PyModule.TYPE,
                SeqIterator.TUPLE_ITERATOR, SeqIterator.LIST_ITERATOR, SeqIterFromGetItem.TYPE,
                PyMethodDescr.TYPE, PyMethodDescr.WRAPPER_DESCRIPTOR, PyBuiltinFunction.TYPE,
                PyBuiltinFunction.METHOD_WRAPPER, PyClassMethodDescr.TYPE, PyGetSetDescr.TYPE,
                PyMemberDescr.TYPE, PyStaticMethod.TYPE, PyClassMethod.TYPE, PyBoundMethod.TYPE,
                MappingProxy.TYPE, GenericAlias.TYPE, UnionType.TYPE, PyTraceback.TYPE));
        all.addAll(java.util.List.of(PySet.TYPE, PyFrozenSet.TYPE, SetIterator.TYPE, PyRange.TYPE, RangeIterator.TYPE,
                RangeIterator.Long.TYPE, ListReverseIterator.TYPE, DictViews.Keys.TYPE, DictViews.Values.TYPE,
                DictViews.Items.TYPE, PyProperty.TYPE, PyEnumerate.TYPE, PyZip.TYPE, PyMap.TYPE, PyFilter.TYPE,
                PyReversed.TYPE, PyCallIter.TYPE, PyCode.TYPE, PyFunction.TYPE, PyCell.TYPE, PyFrame.TYPE,
                PySimpleNamespace.TYPE, StructSeq.BASE, InstanceDictDescr.TYPE, FrameLocalsProxy.TYPE));
        all.addAll(java.util.List.of(DictIterator.types()));
        all.addAll(java.util.List.of(PyBytes.TYPE, PyByteArray.TYPE, PyMemoryView.TYPE, StrIterator.TYPE,
                StrIterator.ASCII_TYPE, BytesIterator.BYTES, BytesIterator.BYTEARRAY, BytesIterator.MEMORY));
        all.addAll(java.util.List.of(Exceptions.all()));
        return all.toArray(new PyType[0]);
    }
}
