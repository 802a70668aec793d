/**
 * CPython 3.13's {@code marshal} format: {@link dev.kaa.bytecode.marshal.Marshal} reads every type
 * code CPython 3.13 reads and writes format 4. Reading is safe on any input (one exception type,
 * {@link dev.kaa.bytecode.marshal.MarshalFormatException}) and, through an
 * {@link dev.kaa.bytecode.marshal.EncodingTrace}, faithful: CPython's own {@code .pyc} files are
 * written back byte for byte.
 */
package dev.kaa.bytecode.marshal;
