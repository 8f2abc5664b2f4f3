package nl.integraletoegang.api.veld;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The name of a household member: letters of every script with their accents (also outside the Basic Multilingual
 * Plane), spaces, apostrophes, full stops and hyphens. Personal data: read models store it (decrypted) as {@code text}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size(max = Persoonsnaam.MAX)
@Pattern(regexp = Persoonsnaam.TEKENS)
public @interface Persoonsnaam {

    /**
     * The most characters, counted as Java counts them (UTF-16 code units); PostgreSQL counts a 4-byte character once,
     * so a value of this length always fits the column.
     */
    int MAX = 200;

    /**
     * The characters allowed, as a Java regular expression over the whole value. Empty passes: whether a field is
     * required is {@code @NotBlank}'s or the domain's rule.
     */
    String TEKENS = "(?:[\\p{L}\\p{M}][\\p{L}\\p{M} '’.-]{0,199})?";

    String message() default "Een naam bestaat uit hoogstens 200 letters (ook met accenten), spaties, "
            + "apostrofs, punten en streepjes en begint met een letter.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
