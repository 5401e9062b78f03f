package dev.orgkit.security.enrollment;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code /me/organization-suggestions}: organizations the caller may ask to join through their email's domain. */
public final class MySuggestionsResource {

    private final Suggestions suggestions;

    MySuggestionsResource(Suggestions suggestions) {
        this.suggestions = suggestions;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<SuggestionRepresentation> list() {
        return suggestions.list();
    }
}
