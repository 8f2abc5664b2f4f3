package nl.integraletoegang.command.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API description shows what a write request really carries: the {@code If-Match} and {@code Idempotency-Key}
 * headers, not the {@link WriteRequest} argument they are resolved into (which springdoc would otherwise describe as
 * an object query parameter named {@code write} that no client can send).
 */
@Configuration(proxyBeanMethods = false)
class WriteRequestOpenApi {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(WriteRequest.class);
    }

    @Bean
    OperationCustomizer writeRequestHeaders() {
        return (operation, handlerMethod) -> {
            boolean write = Arrays.stream(handlerMethod.getMethodParameters())
                    .anyMatch(parameter -> parameter.getParameterType().equals(WriteRequest.class));
            if (write) {
                operation.addParametersItem(new HeaderParameter().name("If-Match").required(false)
                        .description("De versie van het huishouden waarop het verzoek is gebaseerd, bijvoorbeeld "
                                + "\"12\" (de ETag van het vorige antwoord); bij een andere versie volgt 409.")
                        .schema(new StringSchema().pattern("^(?:W/)?\"?\\d{1,18}\"?$|^\\*$")));
                operation.addParametersItem(new HeaderParameter().name(WriteRequestResolver.IDEMPOTENCY_KEY)
                        .required(false)
                        .description("Maakt een herhaling van hetzelfde verzoek veilig: het antwoord wordt herhaald, "
                                + "niet de wijziging.")
                        .schema(new StringSchema().pattern("^[A-Za-z0-9._:-]{8,128}$")));
            }
            return operation;
        };
    }
}
