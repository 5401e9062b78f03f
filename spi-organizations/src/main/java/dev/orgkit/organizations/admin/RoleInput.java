package dev.orgkit.organizations.admin;

import java.util.List;
import java.util.Map;

import dev.orgkit.organizations.spi.OrgkitException;

/**
 * The body that creates or updates a role: {@code {"description": "...", "permissions": ["org:invoices:read"]}},
 * both optional. {@code name} and {@code system} are accepted and ignored (the key is in the path).
 */
record RoleInput(String description, List<String> permissions) {

    static RoleInput parse(Map<String, Object> body) {
        String description = null;
        List<String> permissions = null;
        for (Map.Entry<String, Object> e : body.entrySet()) {
            switch (e.getKey()) {
                case "name", "system" -> { }
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
        return new RoleInput(description, permissions);
    }
}
