package nl.integraletoegang.platform.web;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import nl.integraletoegang.api.veld.Identificatie;
import nl.integraletoegang.api.veld.VrijeTekst;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The field rules of the contract ({@code api.veld}) are composed constraints, which the OpenAPI generator does not
 * look into: this puts their length, characters and range into the description, so a client (and the hostile-input
 * test, which generates its requests from it) knows the limits.
 */
@Configuration(proxyBeanMethods = false)
class VeldregelsInOpenApi {

    private static final String VELDREGELS = Identificatie.class.getPackageName();

    @Bean
    PropertyCustomizer veldregelsInDeBeschrijving() {
        return (schema, type) -> {
            Annotation[] annotaties = type.getCtxAnnotations();
            if (annotaties != null) {
                for (Annotation annotatie : annotaties) {
                    if (annotatie.annotationType().getPackageName().equals(VELDREGELS)) {
                        neemOver(schema, annotatie);
                    }
                }
            }
            return schema;
        };
    }

    @SuppressWarnings("rawtypes")
    private static void neemOver(Schema schema, Annotation regel) {
        Class<? extends Annotation> type = regel.annotationType();
        Size size = type.getAnnotation(Size.class);
        if (regel instanceof VrijeTekst vrijeTekst) {
            schema.setMaxLength(vrijeTekst.max());
        } else if (size != null && size.max() < Integer.MAX_VALUE) {
            schema.setMaxLength(size.max());
        }
        Pattern pattern = type.getAnnotation(Pattern.class);
        if (pattern != null && schema.getPattern() == null) {
            schema.setPattern(pattern.regexp());
        }
        Min min = type.getAnnotation(Min.class);
        if (min != null) {
            schema.setMinimum(BigDecimal.valueOf(min.value()));
        }
        Max max = type.getAnnotation(Max.class);
        if (max != null) {
            schema.setMaximum(BigDecimal.valueOf(max.value()));
        }
    }
}
