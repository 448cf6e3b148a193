package cn.lvzhi.common.validation;

import cn.lvzhi.common.Texts;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks a {@link Text} field with the one text rule, {@link Texts#violation}. */
public class TextValidator implements ConstraintValidator<Text, String> {
    private Text rule;

    @Override
    public void initialize(Text rule) {
        this.rule = rule;
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        Texts.Kind kind = rule.singleLine() ? Texts.Kind.NAME : Texts.Kind.FREE_TEXT;
        String message = Texts.violation(Texts.clean(value), rule.required(), rule.max(), rule.label(), kind,
                InputValidation.FIELD_MARK);
        if (message == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(InputValidation.literal(message)).addConstraintViolation();
        return false;
    }
}
