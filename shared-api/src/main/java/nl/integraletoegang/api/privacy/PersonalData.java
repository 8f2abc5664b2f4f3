package nl.integraletoegang.api.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds personal data about the data subject the message is keyed by (a person, or
 * the household for free text about it). Such fields are encrypted per subject so that erasure can
 * destroy the key instead of rewriting immutable events.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.METHOD})
public @interface PersonalData {
}
