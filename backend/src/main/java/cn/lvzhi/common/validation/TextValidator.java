package cn.lvzhi.common.validation;

import cn.lvzhi.common.Texts;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link Text} and {@link Name} fields with the one text rule, {@link Texts#violation}. */
public abstract class TextValidator {
    private TextValidator() {
    }

    static boolean check(String value, boolean required, int max, String label, Texts.Kind kind,
                         ConstraintValidatorContext context) {
        String message = Texts.violation(Texts.clean(value), required, max, label, kind, InputValidation.FIELD_MARK);
        if (message == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(InputValidation.literal(message)).addConstraintViolation();
        return false;
    }

    /** The validator of {@link Text}. */
    public static final class ForText implements ConstraintValidator<Text, String> {
        private Text rule;

        @Override
        public void initialize(Text rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return check(value, rule.required(), rule.max(), rule.label(), Texts.Kind.FREE_TEXT, context);
        }
    }

    /** The validator of {@link Name}. */
    public static final class ForName implements ConstraintValidator<Name, String> {
        private Name rule;

        @Override
        public void initialize(Name rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return check(value, rule.required(), rule.max(), rule.label(), Texts.Kind.NAME, context);
        }
    }
}
