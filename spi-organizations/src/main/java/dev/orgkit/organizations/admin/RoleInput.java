package dev.orgkit.organizations.admin;

import java.util.List;
import java.util.Map;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * The body that creates or updates a role: {@code {"name": "Billing manager", "description": "...",
 * "permissions": ["org:invoices:read"]}}, each optional. {@code name} is the readable name (the key,
 * which tokens carry, is in the path and never changes); {@code system} is accepted and ignored.
 */
record RoleInput(String name, String description, List<String> permissions) {

    /** Longest readable name of a role or permission. */
    static final int MAX_NAME_LENGTH = 255;

    static RoleInput parse(Map<String, Object> body) {
        String name = null;
        String description = null;
        List<String> permissions = null;
        for (Map.Entry<String, Object> e : body.entrySet()) {
            switch (e.getKey()) {
                case "system" -> { }
                case "name" -> name = readableName(e.getValue());
                case "description" -> description = e.getValue() == null ? null : e.getValue().toString();
                case "permissions" -> {
                    if (!(e.getValue() instanceof List<?> list) || list.stream().anyMatch(v -> !(v instanceof String))) {
                        throw OrgkitException.invalid("permissions must be a list of permission names");
                    }
                    permissions = list.stream().map(Object::toString).toList();
                }
                default -> throw OrgkitException.invalid("unknown field " + e.getKey());
            }
        }
        return new RoleInput(name, description, permissions);
    }

    /** A readable name as given (null: unchanged), or 400 when it is empty, too long or has control characters. */
    static String readableName(Object raw) {
        if (raw == null) {
            return null;
        }
        String name = raw.toString().strip();
        if (name.isEmpty()) {
            throw OrgkitException.invalid("name must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw OrgkitException.invalid("name must be at most " + MAX_NAME_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw OrgkitException.invalid("name must not contain control characters");
        }
        return name;
    }
}
