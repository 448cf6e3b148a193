package cn.lvzhi.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text input field: at most {@link #max} characters (code points, so 𠀀 counts one), required unless
 * {@link #required} is false. Free text (说明、意见、地址) may hold line breaks and tabs; a name or title
 * ({@link #singleLine}: 名称、标题、文号) is one line with no control or bidirectional formatting character at all (a
 * U+202E could make 某局 display as someone else's name). The message names the field by its {@link #label} first in
 * Chinese, then in English with the input path. Every string input is already NFC-normalised and trimmed of
 * whitespace and invisible characters at its edges when it arrives (see {@code InputScalars}); an optional field left
 * empty is empty, stored as {@code null} through {@code Texts#optional}.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = TextValidator.class)
public @interface Text {
    /** The field's name as a user reads it, in Chinese (标题, 处理意见…). */
    String label();

    int max();

    boolean required() default true;

    /** A name or title: one line, no control or bidi character. */
    boolean singleLine() default false;

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
