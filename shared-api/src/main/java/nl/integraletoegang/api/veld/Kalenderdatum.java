package nl.integraletoegang.api.veld;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/**
 * A date on the calendar people use: a birth date, an action's deadline. Java takes years up to 999,999,999, a
 * PostgreSQL {@code date} does not; four-digit years are all a dossier needs.
 */
@Documented
@Constraint(validatedBy = Kalenderdatum.Controle.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Kalenderdatum {

    LocalDate VROEGST = LocalDate.of(1800, 1, 1);

    LocalDate LAATST = LocalDate.of(9999, 12, 31);

    String message() default "Een datum ligt tussen 1800-01-01 en 9999-12-31.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself; {@code null} passes, whether a date is required is another rule. */
    class Controle implements ConstraintValidator<Kalenderdatum, LocalDate> {

        @Override
        public boolean isValid(LocalDate datum, ConstraintValidatorContext context) {
            return datum == null || !datum.isBefore(VROEGST) && !datum.isAfter(LAATST);
        }
    }
}
