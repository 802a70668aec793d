package dev.kaa.vm.modules.ast;

import dev.kaa.parser.ast.Alias;
import dev.kaa.parser.ast.Arg;
import dev.kaa.parser.ast.Arguments;
import dev.kaa.parser.ast.BoolOperator;
import dev.kaa.parser.ast.CmpOp;
import dev.kaa.parser.ast.Comprehension;
import dev.kaa.parser.ast.ExceptHandler;
import dev.kaa.parser.ast.Expr;
import dev.kaa.parser.ast.ExprContext;
import dev.kaa.parser.ast.Keyword;
import dev.kaa.parser.ast.MatchCase;
import dev.kaa.parser.ast.Mod;
import dev.kaa.parser.ast.Operator;
import dev.kaa.parser.ast.Pattern;
import dev.kaa.parser.ast.Pos;
import dev.kaa.parser.ast.Stmt;
import dev.kaa.parser.ast.TypeIgnore;
import dev.kaa.parser.ast.TypeParam;
import dev.kaa.parser.ast.UnaryOperator;
import dev.kaa.parser.ast.WithItem;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one table of Python's AST node kinds, read by reflection from the parser's records: a
 * record's components in order are the node's {@code _fields}, a {@link Pos} component stands
 * for the location attributes, the component types give the ASDL types. Only what the records
 * cannot say is written here: which fields are optional ({@code ?} in the ASDL), which strings are
 * {@code string} rather than {@code identifier}, and the abstract categories' names.
 *
 * <p>Thread safety: immutable after class initialisation.
 */
final class NodeKinds {
    private NodeKinds() {}

    /** A field: its name, ASDL type name and quantifier ({@code ""}, {@code "?"} or {@code "*"}). */
    record Field(String name, String type, String quant, MethodHandle getter, Class<?> javaType, Class<?> elementType) {}

    /**
     * A node class: its Python name, its base's Python name, its fields, whether it has a position
     * ({@code pos} component), the record (or enum) class and the record's canonical constructor.
     */
    record Kind(String name, String base, List<Field> fields, boolean hasPos, Class<?> javaClass, MethodHandle ctor) {}

    /** An abstract category: name, location attribute quantifiers (empty: none) and its Java type. */
    record Category(String name, boolean hasAttributes, boolean optionalEnds, Class<?> javaType) {}

    private static final Set<String> OPTIONAL = Set.of(
            "FunctionDef.returns", "FunctionDef.type_comment", "AsyncFunctionDef.returns",
            "AsyncFunctionDef.type_comment", "Return.value", "Assign.type_comment", "AnnAssign.value",
            "For.type_comment", "AsyncFor.type_comment", "With.type_comment", "AsyncWith.type_comment",
            "Raise.exc", "Raise.cause", "Assert.msg", "ImportFrom.module", "ImportFrom.level",
            "Yield.value", "FormattedValue.format_spec", "Constant.kind", "Slice.lower", "Slice.upper",
            "Slice.step", "ExceptHandler.type", "ExceptHandler.name", "arguments.vararg", "arguments.kwarg",
            "arg.annotation", "arg.type_comment", "keyword.arg", "alias.asname", "withitem.optional_vars",
            "match_case.guard", "MatchMapping.rest", "MatchStar.name", "MatchAs.pattern", "MatchAs.name",
            "TypeVar.bound", "TypeVar.default_value", "ParamSpec.default_value", "TypeVarTuple.default_value");

    private static final Set<String> STRING_FIELDS = Set.of("type_comment", "kind", "tag");

    /** The categories, in the order CPython's module defines them. */
    static final List<Category> CATEGORIES = List.of(
            new Category("mod", false, false, Mod.class),
            new Category("stmt", true, true, Stmt.class),
            new Category("expr", true, true, Expr.class),
            new Category("expr_context", false, false, ExprContext.class),
            new Category("boolop", false, false, BoolOperator.class),
            new Category("operator", false, false, Operator.class),
            new Category("unaryop", false, false, UnaryOperator.class),
            new Category("cmpop", false, false, CmpOp.class),
            new Category("excepthandler", true, true, ExceptHandler.class),
            new Category("pattern", true, false, Pattern.class),
            new Category("type_ignore", false, false, TypeIgnore.class),
            new Category("type_param", true, false, TypeParam.class));

    /** Product types (no category): Python name by record class. */
    private static final Map<Class<?>, String> PRODUCTS = new LinkedHashMap<>();

    /** ASDL type name by Java type. */
    private static final Map<Class<?>, String> TYPE_NAMES = new LinkedHashMap<>();

    /** Every concrete kind, by Python name, in definition order. */
    static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    /** The kind of each record class (enum constants are looked up in {@link #KINDS} by name). */
    static final Map<Class<?>, Kind> BY_CLASS = new LinkedHashMap<>();

    static {
        PRODUCTS.put(Comprehension.class, "comprehension");
        PRODUCTS.put(Arguments.class, "arguments");
        PRODUCTS.put(Arg.class, "arg");
        PRODUCTS.put(Keyword.class, "keyword");
        PRODUCTS.put(Alias.class, "alias");
        PRODUCTS.put(WithItem.class, "withitem");
        PRODUCTS.put(MatchCase.class, "match_case");
        for (Category c : CATEGORIES) {
            TYPE_NAMES.put(c.javaType, c.name);
        }
        TYPE_NAMES.putAll(PRODUCTS);
        TYPE_NAMES.put(String.class, "identifier");
        TYPE_NAMES.put(int.class, "int");
        TYPE_NAMES.put(Object.class, "constant");
        for (Category c : CATEGORIES) {
            if (c.javaType.isEnum()) {
                for (Object e : c.javaType.getEnumConstants()) {
                    add(((Enum<?>) e).name(), c.name, c.javaType);
                }
            } else if (c.javaType.isRecord()) {
                add(c.javaType.getSimpleName(), c.name, c.javaType);
            } else {
                for (Class<?> leaf : c.javaType.getPermittedSubclasses()) {
                    add(leaf.getSimpleName(), c.name, leaf);
                }
            }
            if (c.name.equals("expr")) {
                // CPython defines the product types between the categories; the order only
                // matters for the module's namespace, kept close to CPython's.
                for (Map.Entry<Class<?>, String> p : PRODUCTS.entrySet()) {
                    if (p.getValue().equals("comprehension")) {
                        add(p.getValue(), "AST", p.getKey());
                    }
                }
            }
        }
        for (Map.Entry<Class<?>, String> p : PRODUCTS.entrySet()) {
            if (!KINDS.containsKey(p.getValue())) {
                add(p.getValue(), "AST", p.getKey());
            }
        }
    }

    private static void add(String name, String base, Class<?> cls) {
        List<Field> fields = new ArrayList<>();
        boolean hasPos = false;
        MethodHandle ctor = null;
        if (cls.isRecord()) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            RecordComponent[] rc = cls.getRecordComponents();
            Class<?>[] types = new Class<?>[rc.length];
            for (int i = 0; i < rc.length; i++) {
                types[i] = rc[i].getType();
                if (rc[i].getType() == Pos.class) {
                    hasPos = true;
                    continue;
                }
                String fname = rc[i].getName();
                Class<?> jt = rc[i].getType();
                Class<?> elem = null;
                String quant = OPTIONAL.contains(name + "." + fname) ? "?" : "";
                if (jt == List.class) {
                    Type arg = ((ParameterizedType) rc[i].getGenericType()).getActualTypeArguments()[0];
                    elem = (Class<?>) arg;
                    quant = "*";
                }
                Class<?> t = elem != null ? elem : jt;
                String tn = TYPE_NAMES.get(t);
                if (t == String.class && STRING_FIELDS.contains(fname)) {
                    tn = "string";
                }
                if (tn == null) {
                    throw new IllegalStateException("AST field type " + t + " of " + name);
                }
                try {
                    MethodHandle g = lookup.unreflect(rc[i].getAccessor())
                            .asType(MethodType.methodType(Object.class, Object.class));
                    fields.add(new Field(fname, tn, quant, g, jt, elem));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                ctor = lookup.unreflectConstructor(cls.getConstructor(types));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        Kind k = new Kind(name, base, List.copyOf(fields), hasPos, cls, ctor);
        KINDS.put(name, k);
        if (!cls.isEnum()) {
            BY_CLASS.put(cls, k);
        }
    }

    /** The category of this Python name, or null when it names no abstract category. */
    static Category category(String name) {
        for (Category c : CATEGORIES) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }
}
