package cn.lvzhi.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A free-text input field (说明、意见、地址…): line breaks and tabs allowed, at most {@link #max} characters (code
 * points, so 𠀀 counts one), required unless {@link #required} is false. The message names the field by its
 * {@link #label} (e.g. "处理意见") first in Chinese, then in English with the input path. Every string input is
 * already NFC-normalised and trimmed of whitespace and invisible characters at its edges when it arrives (see
 * {@code InputScalars}); an optional field left empty is empty, see {@code Texts#optional}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextValidator.ForText.class)
public @interface Text {
    /** The field's name as a user reads it, in Chinese (标题, 处理意见…). */
    String label();

    int max();

    boolean required() default true;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
