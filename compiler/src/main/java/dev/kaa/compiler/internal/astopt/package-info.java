/**
 * CPython 3.13's AST optimizer ({@code Python/ast_opt.c}): constant folding with Python's exact
 * arithmetic and CPython's size limits ({@link dev.kaa.compiler.internal.astopt.AstOptimizer}),
 * and the C unparser that turns annotations into strings under {@code from __future__ import
 * annotations} ({@link dev.kaa.compiler.internal.astopt.ExprUnparser}).
 */
package dev.kaa.compiler.internal.astopt;
