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
 * An identifier: of a household, casus, hulpvraag, person, action, termijn, escalation or doorbraak. UUIDs fit, and
 * so do the readable ids of other systems. Read models store ids in {@code varchar(64)}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size(max = Identificatie.MAX)
@Pattern(regexp = Identificatie.TEKENS)
public @interface Identificatie {

    /**
     * The most characters, counted as Java counts them (UTF-16 code units); PostgreSQL counts a 4-byte character once,
     * so a value of this length always fits the column.
     */
    int MAX = 64;

    /**
     * The characters allowed, as a Java regular expression over the whole value. Empty passes: whether a field is
     * required is {@code @NotBlank}'s or the domain's rule.
     */
    String TEKENS = "(?:[A-Za-z0-9][A-Za-z0-9_-]{0,63})?";

    String message() default "Een id bestaat uit hoogstens 64 letters (a-z, A-Z), cijfers, liggende of gewone "
            + "streepjes en begint met een letter of cijfer.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
