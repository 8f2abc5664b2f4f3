package nl.integraletoegang.command.casus;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.integraletoegang.api.casus.Bsn;

/** A BSN, when given, is nine digits that pass the elfproef. */
@Documented
@Constraint(validatedBy = ElfProef.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@interface ElfProef {

    String message() default "Dit is geen geldig BSN: negen cijfers die de elfproef doorstaan.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ElfProef, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || Bsn.isValid(value);
        }
    }
}
