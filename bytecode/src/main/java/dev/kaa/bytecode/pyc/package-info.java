/**
 * CPython 3.13's {@code .pyc} files (PEP 552): the {@link dev.kaa.bytecode.pyc.PycHeader} with
 * magic number 3571, timestamp- and hash-based validation
 * ({@link dev.kaa.bytecode.pyc.SourceHash}), and {@link dev.kaa.bytecode.pyc.PycFile}, which reads
 * them with importlib's error messages and writes them atomically.
 */
package dev.kaa.bytecode.pyc;
