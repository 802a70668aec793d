package dev.kaa.vm.internal.eval;

import dev.kaa.vm.modules.TypeParamObjects;
import dev.kaa.vm.modules.TypingModule;
import dev.kaa.vm.objects.PyErr;
import dev.kaa.vm.objects.PyTuple;

/**
 * The intrinsics behind PEP 695's syntax ({@code def f[T]()}, {@code class C[T]},
 * {@code type X = ...}): they make the objects of {@code _typing}.
 *
 * <p>Thread safety: stateless.
 */
final class TypeParams {
    private TypeParams() {}

    static Object intrinsic1(int which, Object v) {
        return switch (which) {
            case 7 -> TypeParamObjects.TypeVar.ofSyntax(v, null, null);
            case 8 -> TypeParamObjects.ParamSpec.ofSyntax(v);
            case 9 -> TypeParamObjects.TypeVarTuple.ofSyntax(v);
            case 10 -> TypingModule.subscriptGeneric(v);
            case 11 -> {
                PyTuple args = (PyTuple) v;
                yield TypeParamObjects.TypeAliasType.ofSyntax(args.get(0), args.get(1), args.get(2));
            }
            default -> throw PyErr.systemError("invalid intrinsic function %d", which);
        };
    }

    static Object intrinsic2(int which, Object v2, Object v1) {
        return switch (which) {
            case 2 -> TypeParamObjects.TypeVar.ofSyntax(v2, v1, null);
            case 3 -> TypeParamObjects.TypeVar.ofSyntax(v2, null, v1);
            case 5 -> TypeParamObjects.setDefault(v2, v1);
            default -> throw PyErr.systemError("invalid intrinsic function %d", which);
        };
    }
}
