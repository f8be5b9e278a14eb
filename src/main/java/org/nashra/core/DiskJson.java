package org.nashra.core;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Records as Nashra keeps them on disk between builds (analyses, the seeds read): {@code java.time} values
 * and paths as text, optionals as their value, map keys in order; fields a file has and the record has not
 * are passed over.
 */
public final class DiskJson {

    private DiskJson() {}

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // A path as written, not as a URI: Jackson's default makes a relative path absolute.
            .registerModule(new SimpleModule()
                    .addSerializer(Path.class, new ToStringSerializer())
                    .addDeserializer(Path.class, new FromStringDeserializer<Path>(Path.class) {
                        @Override
                        protected Path _deserialize(String value, DeserializationContext context) {
                            return Path.of(value);
                        }
                    }));

    /** A mapper of its own so configured (each holds its own caches; none can change another's settings). */
    public static ObjectMapper mapper() {
        return MAPPER.copy();
    }
}
