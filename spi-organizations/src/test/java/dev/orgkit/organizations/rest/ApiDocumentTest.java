package dev.orgkit.organizations.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

import dev.orgkit.organizations.admin.OrgkitAdminApi;

/**
 * The OpenAPI document and the JAX-RS resources describe the same operations: every resource
 * method of the core API is documented, and every documented core operation exists.
 */
class ApiDocumentTest {

    private static final Set<String> LOCATOR_SKIP = Set.of("{extension}", "{any:.*}");

    @Test
    void everyCoreOperationIsDocumentedAndEveryDocumentedCoreOperationExists() throws IOException {
        Set<String> code = new TreeSet<>();
        walk(OrgkitApi.class, "/realms/{realm}/orgkit", code, new HashSet<>());
        walk(OrgkitAdminApi.class, "/admin/realms/{realm}/orgkit", code, new HashSet<>());

        Set<String> documented = documentedCoreOperations();

        assertThat(code).as("operations in the code").isNotEmpty();
        assertThat(documented).as("documented core operations").containsExactlyInAnyOrderElementsOf(code);
    }

    static Set<String> documentedCoreOperations() throws IOException {
        Path file = Path.of(System.getProperty("orgkit.docsDir", "../docs")).resolve("openapi.yaml");
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Set<String> operations = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getValue().path("x-orgkit-module").asText("core").equals("core")) {
                continue;
            }
            for (String method : new String[] {"get", "post", "put", "patch", "delete"}) {
                if (path.getValue().has(method)) {
                    operations.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static void walk(Class<?> resource, String prefix, Set<String> out, Set<String> seen) {
        if (!seen.add(resource.getName() + prefix)) {
            return;
        }
        for (Method method : resource.getDeclaredMethods()) {
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            String full = path == null ? prefix : prefix + "/" + path.value();
            String http = httpMethod(method);
            if (http != null) {
                out.add(http + " " + full);
            } else if (path != null && !LOCATOR_SKIP.contains(path.value()) && method.getReturnType() != Object.class) {
                walk(method.getReturnType(), full, out, seen);
            } else if (path != null && !LOCATOR_SKIP.contains(path.value())) {
                // locators that answer preflight requests return Object; follow their real resource
                Class<?> real = switch (path.value()) {
                    case "me" -> MeResource.class;
                    case "organizations" -> OrganizationsResource.class;
                    default -> throw new AssertionError("unknown locator " + full);
                };
                walk(real, full, out, seen);
            }
        }
    }

    private static String httpMethod(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        return null;
    }
}
