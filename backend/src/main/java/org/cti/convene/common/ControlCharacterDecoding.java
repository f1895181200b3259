package org.cti.convene.common;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.codec.CodecConfigurer;
import org.springframework.http.codec.json.JacksonJsonDecoder;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * Decodes JSON request bodies with every string checked as it is read, whatever the record it goes into, so
 * that no feature has to remember it. The refusal carries the JSON path of the field, which
 * {@link ControlCharacters#refusalIn} turns into the usual 400 listing it.
 *
 * <p>Only request bodies: the application's own {@code JsonMapper} keeps reading what is stored (mail facts,
 * event titles) as it is, so that text stored before this check cannot make a page or a mail fail. Runs after
 * Boot's customizer, which installs the plain decoder.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ControlCharacterDecoding implements CodecCustomizer {

    private final JsonMapper json;

    ControlCharacterDecoding(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void customize(CodecConfigurer configurer) {
        SimpleModule checked =
                new SimpleModule("convene-control-characters").addDeserializer(String.class, new Checked());
        configurer
                .defaultCodecs()
                .jacksonJsonDecoder(
                        new JacksonJsonDecoder(json.rebuild().addModule(checked).build()));
    }

    /** Jackson's own reading of strings, then the check. Not a Jackson "standard" one: lists and maps use it too. */
    static final class Checked extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (ControlCharacters.in(value)) {
                throw new Refused(p);
            }
            return value;
        }
    }

    /** A string with control characters; Jackson adds the path of the field as the failure travels up. */
    static final class Refused extends MismatchedInputException {

        Refused(JsonParser p) {
            super(p, "control characters in text", String.class);
        }
    }
}
