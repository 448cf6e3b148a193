package cn.lvzhi.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name or title input field (名称、标题): like {@link Text} but a single line with no control or bidirectional
 * formatting character at all (a U+202E could make 某局 display as someone else's name).
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextValidator.ForName.class)
public @interface Name {
    /** The field's name as a user reads it, in Chinese (单位名称, 事项名称…). */
    String label();

    int max();

    boolean required() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
