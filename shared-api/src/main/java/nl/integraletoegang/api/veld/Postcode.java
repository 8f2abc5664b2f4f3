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
 * A Dutch postcode as the BAG writes it: four digits (not starting with 0) and two capital letters, no space, e.g.
 * {@code 7411AB}. {@code Adres} normalises what a worker types ("7411 ab") before this rule is checked. Read models
 * store it in {@code varchar(6)}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size(max = Postcode.MAX)
@Pattern(regexp = Postcode.TEKENS)
public @interface Postcode {

    int MAX = 6;

    /** Empty passes: whether a postcode is required is the domain's rule. */
    String TEKENS = "(?:[1-9][0-9]{3}[A-Z]{2})?";

    String message() default "Een postcode bestaat uit vier cijfers en twee letters, bijvoorbeeld 7411 AB.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
