package cn.lvzhi.common.validation;

import cn.lvzhi.common.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.eclipse.microprofile.graphql.Name;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Collection;
import java.util.Comparator;
import java.util.Set;

/**
 * The one place where the constraints declared on input types ({@link Text}, {@code @NotNull},
 * {@code @Size}, {@code @Min}/{@code @Max}, {@code @Valid} on nested inputs…) are checked: on every argument of an
 * API operation, before the operation runs. The first violation, in the order the fields are declared, becomes a
 * VALIDATION error whose {@code field} is the input path as the client sent it ({@code input.targets[1].unitId}).
 */
@ApplicationScoped
public class InputValidation {
    /** Stands for the input path in a message until the path is known (a constraint does not know it). */
    static final String FIELD_MARK = "⟨field⟩";

    private final Validator validator;

    public InputValidation(Validator validator) {
        this.validator = validator;
    }

    /** Checks the arguments of an API method; throws {@link ValidationException} at the first violation. */
    public void check(Method method, Object[] arguments) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            String name = argumentName(parameters[i]);
            if (arguments[i] instanceof Collection<?> list) {
                int index = 0;
                for (Object element : list) {
                    check(name + "[" + index++ + "]", element);
                }
            } else {
                check(name, arguments[i]);
            }
        }
    }

    private void check(String argument, Object value) {
        if (!isInput(value)) {
            return;
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            ConstraintViolation<Object> first = violations.stream()
                    .min(Comparator.comparing((ConstraintViolation<Object> v) -> declaredOrder(value.getClass(), v))
                            .thenComparing(v -> v.getPropertyPath().toString()))
                    .orElseThrow();
            String field = path(argument, first.getPropertyPath());
            throw new ValidationException(field, first.getMessage().replace(FIELD_MARK, field));
        }
    }

    /** Input types are this application's own classes (records or classes with fields). */
    private static boolean isInput(Object argument) {
        return argument != null && argument.getClass().getName().startsWith("cn.lvzhi.") && !argument.getClass().isEnum();
    }

    private static String argumentName(Parameter parameter) {
        Name name = parameter.getAnnotation(Name.class);
        return name != null ? name.value() : parameter.getName();
    }

    /** {@code input} + {@code targets[1].unitId} → {@code input.targets[1].unitId}. */
    static String path(String argument, Path path) {
        StringBuilder s = new StringBuilder(argument);
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                s.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                s.append('.').append(node.getName());
            }
        }
        return s.toString();
    }

    // the position of the violated top-level field among the input type's declared fields, so the first one
    // declared (the first a user fills in) is reported
    private static int declaredOrder(Class<?> type, ConstraintViolation<Object> violation) {
        var nodes = violation.getPropertyPath().iterator();
        if (!nodes.hasNext()) {
            return Integer.MAX_VALUE;
        }
        String name = nodes.next().getName();
        var fields = type.getDeclaredFields();
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].getName().equals(name)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A message as a constraint-violation template that is taken literally (no {…} or ${…} interpolation). */
    static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
