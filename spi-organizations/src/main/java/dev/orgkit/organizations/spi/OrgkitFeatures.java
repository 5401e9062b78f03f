package dev.orgkit.organizations.spi;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.keycloak.models.KeycloakSession;

/** Everything the installed jars declare through {@link OrgkitFeature}, in a stable order. */
public final class OrgkitFeatures {

    private OrgkitFeatures() {
    }

    /** Every declared setting by key, features in id order, each feature's settings in its order. */
    public static Map<String, Setting> settings(KeycloakSession session) {
        return collect(session, OrgkitFeature::settings, Setting::key);
    }

    /** Every declared action by name. */
    public static Map<String, OrgAction> actions(KeycloakSession session) {
        return collect(session, OrgkitFeature::actions, OrgAction::name);
    }

    public static Optional<OrgAction> action(KeycloakSession session, String name) {
        return Optional.ofNullable(actions(session).get(name));
    }

    /** Every declared system permission by name. */
    public static Map<String, SystemPermission> permissions(KeycloakSession session) {
        return collect(session, OrgkitFeature::permissions, SystemPermission::name);
    }

    /** The id of the feature that declares {@code setting}, for the admin API and the docs. */
    public static Optional<String> featureOf(KeycloakSession session, Setting setting) {
        return session.getKeycloakSessionFactory().getProviderFactoriesStream(OrgkitFeature.class)
                .filter(factory -> session.getProvider(OrgkitFeature.class, factory.getId()).settings().stream()
                        .anyMatch(s -> s.key().equals(setting.key())))
                .map(factory -> factory.getId())
                .findFirst();
    }

    private static <T> Map<String, T> collect(KeycloakSession session, Function<OrgkitFeature, Collection<T>> items,
                                              Function<T, String> key) {
        Map<String, T> all = new LinkedHashMap<>();
        List<String> ids = session.getKeycloakSessionFactory().getProviderFactoriesStream(OrgkitFeature.class)
                .map(factory -> factory.getId()).sorted(Comparator.naturalOrder()).toList();
        for (String id : ids) {
            for (T item : items.apply(session.getProvider(OrgkitFeature.class, id))) {
                T earlier = all.putIfAbsent(key.apply(item), item);
                if (earlier != null && earlier != item) {
                    throw new IllegalStateException("orgkit feature " + id + " declares " + key.apply(item)
                            + ", which another feature declares already");
                }
            }
        }
        return all;
    }
}
