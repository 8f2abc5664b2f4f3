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
 * A short name on one line: a wijk, the owner of a plan action (a worker, a partner organisation). Letters of every
 * script with their accents, digits, spaces and a few punctuation marks; no markup, no control characters. Read models
 * store it in {@code varchar(128)}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size(max = Label.MAX)
@Pattern(regexp = Label.TEKENS)
public @interface Label {

    /**
     * The most characters, counted as Java counts them (UTF-16 code units); PostgreSQL counts a 4-byte character once,
     * so a value of this length always fits the column.
     */
    int MAX = 128;

    /**
     * The characters allowed, as a Java regular expression over the whole value. Empty passes: whether a field is
     * required is {@code @NotBlank}'s or the domain's rule.
     */
    String TEKENS = "(?:[\\p{L}\\p{M}\\p{N}][\\p{L}\\p{M}\\p{N} '’.,()/&-]{0,127})?";

    String message() default "Een naam als deze bestaat uit hoogstens 128 letters (ook met accenten), "
            + "cijfers, spaties en de tekens ' ’ . , ( ) / & - en begint met een letter of cijfer.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
