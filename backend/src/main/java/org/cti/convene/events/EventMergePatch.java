package org.cti.convene.events;

import java.util.Map;
import org.cti.convene.common.ControlCharacters;
import org.cti.convene.common.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Applies an RFC 7396 merge patch to the stored event; a {@code null} member removes the field. */
final class EventMergePatch {

    private final JsonMapper json;

    EventMergePatch(JsonMapper json) {
        this.json = json;
    }

    EventRequest apply(EventRequest current, JsonNode patch) {
        // a tree is decoded without the check that request records get
        ControlCharacters.refuseIn(patch);
        JsonNode target = json.valueToTree(current);
        JsonNode merged = merge(target, patch);
        try {
            return json.treeToValue(merged, EventRequest.class);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "wrong-type", "has a value of the wrong type");
        }
    }

    private JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result =
                target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : json.createObjectNode();
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
