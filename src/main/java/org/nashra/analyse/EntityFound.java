package org.nashra.analyse;

import java.util.List;

import org.nashra.core.Span;
import org.nashra.extract.resolve.EntityRef;

/**
 * An entity an article mentions: its resolved reference, and where each of its mentions stands
 * (block and offsets, in the order of {@code ref.mentions()}).
 */
public record EntityFound(EntityRef ref, List<Span> spans) {

    public EntityFound {
        spans = List.copyOf(spans);
    }

    public String id() {
        return ref.entityId();
    }

    public EntityFound withRef(EntityRef other) {
        return new EntityFound(other, spans);
    }
}
