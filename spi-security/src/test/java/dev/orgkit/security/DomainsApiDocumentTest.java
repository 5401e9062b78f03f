package dev.orgkit.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
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

import dev.orgkit.security.domains.DomainsExtensionFactory;
import dev.orgkit.security.domains.OrgDomainsResource;
import dev.orgkit.security.enrollment.MembershipRequestsExtensionFactory;
import dev.orgkit.security.enrollment.MyMembershipRequestsResource;
import dev.orgkit.security.enrollment.MySuggestionsResource;
import dev.orgkit.security.enrollment.OrgMembershipRequestsResource;
import dev.orgkit.security.enrollment.SuggestionsExtensionFactory;

/**
 * docs/openapi.yaml documents exactly the operations of the domain and enrollment endpoints, each
 * marked {@code x-orgkit-module: security}, in the self-service API and under the admin API's organizations.
 */
class DomainsApiDocumentTest {

    private static final String ORG = "/realms/{realm}/orgkit/organizations/{org}/";
    private static final String ME = "/realms/{realm}/orgkit/me/";
    /** The same organization resources in the admin API ({@code OrgkitAdminApi.organization}). */
    private static final String ADMIN_ORG = "/admin/realms/{realm}/orgkit/organizations/{org}/";

    @Test
    void everyDomainAndEnrollmentOperationIsDocumentedAsASecurityOperationAndNothingElseIs() throws IOException {
        Set<String> code = new TreeSet<>();
        walk(OrgDomainsResource.class, ORG + DomainsExtensionFactory.PROVIDER_ID, code);
        walk(OrgMembershipRequestsResource.class, ORG + MembershipRequestsExtensionFactory.PROVIDER_ID, code);
        walk(OrgDomainsResource.class, ADMIN_ORG + DomainsExtensionFactory.PROVIDER_ID, code);
        walk(OrgMembershipRequestsResource.class, ADMIN_ORG + MembershipRequestsExtensionFactory.PROVIDER_ID, code);
        walk(MyMembershipRequestsResource.class, ME + MembershipRequestsExtensionFactory.PROVIDER_ID, code);
        walk(MySuggestionsResource.class, ME + SuggestionsExtensionFactory.PROVIDER_ID, code);

        Set<String> documented = new TreeSet<>();
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(
                Path.of(System.getProperty("orgkit.docsDir", "../docs")).resolve("openapi.yaml").toFile());
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!ours(path.getKey())) {
                continue;
            }
            assertThat(path.getValue().path("x-orgkit-module").asText()).as(path.getKey()).isEqualTo("security");
            for (String method : new String[] {"get", "post", "put", "patch", "delete"}) {
                if (path.getValue().has(method)) {
                    documented.add(method.toUpperCase() + " " + path.getKey());
                }
            }
        }

        assertThat(code).hasSize(23);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(code);
    }

    private static boolean ours(String path) {
        return path.startsWith(ORG + DomainsExtensionFactory.PROVIDER_ID)
                || path.startsWith(ORG + MembershipRequestsExtensionFactory.PROVIDER_ID)
                || path.startsWith(ADMIN_ORG + DomainsExtensionFactory.PROVIDER_ID)
                || path.startsWith(ADMIN_ORG + MembershipRequestsExtensionFactory.PROVIDER_ID)
                || path.startsWith(ME + MembershipRequestsExtensionFactory.PROVIDER_ID)
                || path.startsWith(ME + SuggestionsExtensionFactory.PROVIDER_ID);
    }

    private static void walk(Class<?> resource, String prefix, Set<String> out) {
        for (Method method : resource.getDeclaredMethods()) {
            jakarta.ws.rs.Path path = method.getAnnotation(jakarta.ws.rs.Path.class);
            String full = path == null ? prefix : prefix + "/" + path.value();
            String http = method.isAnnotationPresent(GET.class) ? "GET"
                    : method.isAnnotationPresent(POST.class) ? "POST"
                    : method.isAnnotationPresent(PUT.class) ? "PUT"
                    : method.isAnnotationPresent(PATCH.class) ? "PATCH"
                    : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
            if (http != null) {
                out.add(http + " " + full);
            }
        }
    }
}
