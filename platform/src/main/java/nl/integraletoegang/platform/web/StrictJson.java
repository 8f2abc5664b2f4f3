package nl.integraletoegang.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * How a request body is read: exactly what the contract describes and nothing Jackson would otherwise guess. One JSON
 * document per body, each field once, no unknown fields, no numbers for enum constants or text, no text or numbers
 * for booleans, no text for whole numbers (an amount may be a decimal text, as money often is), and dates only as
 * {@code JJJJ-MM-DD}. A guess here is a wrong fact stored for good: {@code "kanaal":1} became EMAIL and
 * {@code "deadline":20270131} the year 57467.
 *
 * <p>Only the HTTP input is read this way. The mapper that Axon stores events, metadata, tokens and snapshots with
 * stays lenient: an event stored years ago must stay readable, also when a field was dropped from its class since.
 */
public final class StrictJson {

    /** {@code JJJJ-MM-DD}: a four-digit year, no sign, no time and no offset. */
    static final DateTimeFormatter ISO_DATUM = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendLiteral('-')
            .appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .appendLiteral('-')
            .appendValue(ChronoField.DAY_OF_MONTH, 2)
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private StrictJson() {
    }

    /** A strict copy of {@code base}: the same modules and output settings, strict on input. */
    public static ObjectMapper forRequests(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // also refuses "1" as the second enum constant, which the coercion configs below do not reach
        strict.setConfig(strict.getDeserializationConfig().without(MapperFeature.ALLOW_COERCION_OF_SCALARS));
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // an amount may come as a decimal text ("2450.00"): lossless, and how many clients send money
        strict.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        strict.setDefaultLeniency(false);
        strict.registerModule(new SimpleModule("strikte-datums").addDeserializer(LocalDate.class, new IsoDatum()));
        return strict;
    }

    /**
     * A date as the text {@code JJJJ-MM-DD} and nothing else. Jackson's own reader also takes epoch days, arrays
     * such as {@code [2027,1,31]} and date-times such as {@code 1985-03-14T00:00:00}, dropping the time.
     */
    static final class IsoDatum extends StdScalarDeserializer<LocalDate> {

        IsoDatum() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText();
            try {
                return LocalDate.parse(text, ISO_DATUM);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date JJJJ-MM-DD");
            }
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.DateTime;
        }
    }
}
