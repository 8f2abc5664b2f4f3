package nl.integraletoegang.api.veld;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Free text a worker types: a description, a reason, a motivation, a plan. Any character of any script, emoji
 * included, and line breaks and tabs; no other control characters (PostgreSQL cannot store NUL in text, and the rest
 * has no meaning in a dossier) and no unpaired surrogates. Read models store free text as {@code text}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@ReportAsSingleViolation
@Size
@Pattern(regexp = VrijeTekst.TEKENS)
public @interface VrijeTekst {

    /** A reason, a goal or an action, a budget's destination. */
    int KORT = 2000;

    /** An explanation of an escalation, a decision, a motivation, the description of a melding. */
    int MIDDEL = 4000;

    /** The integral support need, a doorbraak's solution, the agreed plan. */
    int LANG = 8000;

    /** Everything but the C0 and C1 control characters other than tab, line feed and carriage return. */
    String TEKENS = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F\\p{Cs}]*";

    /** The most characters, counted as Java counts them (UTF-16 code units). */
    @OverridesAttribute(constraint = Size.class, name = "max")
    int max() default KORT;

    String message() default "Een tekst als deze is hoogstens {max} tekens lang en bevat geen stuurtekens (regeleinden "
            + "en tabs mogen wel).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
