package nl.integraletoegang.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data (names, BSN, dates of birth, addresses, free text about a person).
 * {@link #subject()} names the field of the same message that identifies whom the data is about: a person
 * ({@code persoonId}) or, for free text about the household as a whole, the household ({@code huishoudenId}).
 * Such fields are encrypted per subject, so that erasure destroys a key instead of rewriting immutable events.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {

    /** The name of the field holding the id of the data subject. */
    String subject() default "huishoudenId";
}
