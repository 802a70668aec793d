package dev.kaa.vm.objects;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;

/**
 * The exposer's view of a method's or parameter's annotations, from either of the two sets with
 * the same meaning: the extension API's ({@code dev.kaa.ext.PyMethod} …), which extension modules
 * use, and the VM's own ({@link PyMethod} …), which its built-in modules still use while they
 * move onto the API. The API's are read as the VM's.
 *
 * <p>Thread safety: stateless.
 */
final class ExtAnnotations {
    private ExtAnnotations() {}

    static PyMethod pyMethod(AnnotatedElement m) {
        PyMethod a = m.getAnnotation(PyMethod.class);
        dev.kaa.ext.PyMethod e = a == null ? m.getAnnotation(dev.kaa.ext.PyMethod.class) : null;
        return e == null ? a : new PyMethod() {
            @Override public String value() {
                return e.value();
            }

            @Override public int positionalOnly() {
                return e.positionalOnly();
            }

            @Override public String doc() {
                return e.doc();
            }

            @Override public boolean coexist() {
                return e.coexist();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return PyMethod.class;
            }
        };
    }

    static ClassMethod classMethod(AnnotatedElement m) {
        ClassMethod a = m.getAnnotation(ClassMethod.class);
        dev.kaa.ext.ClassMethod e = a == null ? m.getAnnotation(dev.kaa.ext.ClassMethod.class) : null;
        return e == null ? a : new ClassMethod() {
            @Override public String value() {
                return e.value();
            }

            @Override public int positionalOnly() {
                return e.positionalOnly();
            }

            @Override public String doc() {
                return e.doc();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return ClassMethod.class;
            }
        };
    }

    static StaticMethod staticMethod(AnnotatedElement m) {
        StaticMethod a = m.getAnnotation(StaticMethod.class);
        dev.kaa.ext.StaticMethod e = a == null ? m.getAnnotation(dev.kaa.ext.StaticMethod.class) : null;
        return e == null ? a : new StaticMethod() {
            @Override public String value() {
                return e.value();
            }

            @Override public int positionalOnly() {
                return e.positionalOnly();
            }

            @Override public String doc() {
                return e.doc();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return StaticMethod.class;
            }
        };
    }

    static PyGetter getter(AnnotatedElement m) {
        PyGetter a = m.getAnnotation(PyGetter.class);
        dev.kaa.ext.PyGetter e = a == null ? m.getAnnotation(dev.kaa.ext.PyGetter.class) : null;
        return e == null ? a : new PyGetter() {
            @Override public String value() {
                return e.value();
            }

            @Override public String doc() {
                return e.doc();
            }

            @Override public boolean member() {
                return e.member();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return PyGetter.class;
            }
        };
    }

    static PySetter setter(AnnotatedElement m) {
        PySetter a = m.getAnnotation(PySetter.class);
        dev.kaa.ext.PySetter e = a == null ? m.getAnnotation(dev.kaa.ext.PySetter.class) : null;
        return e == null ? a : new PySetter() {
            @Override public String value() {
                return e.value();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return PySetter.class;
            }
        };
    }

    static Opt opt(AnnotatedElement p) {
        Opt a = p.getAnnotation(Opt.class);
        dev.kaa.ext.Opt e = a == null ? p.getAnnotation(dev.kaa.ext.Opt.class) : null;
        return e == null ? a : new Opt() {
            @Override public String value() {
                return e.value();
            }

            @Override public Class<? extends Annotation> annotationType() {
                return Opt.class;
            }
        };
    }

    static String named(AnnotatedElement p) {
        Named a = p.getAnnotation(Named.class);
        if (a != null) {
            return a.value();
        }
        dev.kaa.ext.Named e = p.getAnnotation(dev.kaa.ext.Named.class);
        return e == null ? null : e.value();
    }

    static boolean star(AnnotatedElement p) {
        return p.isAnnotationPresent(Star.class) || p.isAnnotationPresent(dev.kaa.ext.Star.class);
    }

    static boolean starStar(AnnotatedElement p) {
        return p.isAnnotationPresent(StarStar.class) || p.isAnnotationPresent(dev.kaa.ext.StarStar.class);
    }

    static boolean kwOnly(AnnotatedElement p) {
        return p.isAnnotationPresent(KwOnly.class) || p.isAnnotationPresent(dev.kaa.ext.KwOnly.class);
    }
}
