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
 * The BAG's huisnummertoevoeging: up to four letters or digits (12-2, 12 bis, 12 III). Read models store it in
 * {@code varchar(4)}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size(max = Huisnummertoevoeging.MAX)
@Pattern(regexp = Huisnummertoevoeging.TEKENS)
public @interface Huisnummertoevoeging {

    int MAX = 4;

    String TEKENS = "[A-Za-z0-9]{0,4}";

    String message() default "Een huisnummertoevoeging bestaat uit hoogstens vier letters (a-z) of cijfers.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
