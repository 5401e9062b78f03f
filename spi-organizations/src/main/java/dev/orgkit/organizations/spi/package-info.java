/**
 * orgkit's public API for feature jars: the only package of the core that another orgkit jar (or
 * a jar of your own) uses. It is <b>unstable</b>: made for the jars of the same orgkit release, it
 * may change in any 0.x release without deprecation. What it offers:
 * <ul>
 * <li>{@link dev.orgkit.organizations.spi.OrgkitApiExtension}: endpoints under the orgkit API, with the
 *     requests they receive ({@link dev.orgkit.organizations.spi.OrgRequest}, ...), paging and the error type
 *     {@link dev.orgkit.organizations.spi.OrgkitException};</li>
 * <li>{@link dev.orgkit.organizations.spi.OrgkitFeature}: what a jar declares: its realm settings, its
 *     recorded actions (audit log, webhooks, admin events) and its system permissions;</li>
 * <li>{@link dev.orgkit.organizations.spi.ActivationCheck}: whether a session may make an organization active;</li>
 * <li>{@link dev.orgkit.organizations.spi.OrgkitCore}: what the core does for a jar (memberships, roles,
 *     locks, the active organization), and {@link dev.orgkit.organizations.spi.ChangeRecorder} to record a change;</li>
 * <li>{@link dev.orgkit.organizations.spi.OrgkitJpaEntityProviderFactory}: a jar's own tables.</li>
 * </ul>
 * Everything outside this package is the core's own and may change at any time.
 */
package dev.orgkit.organizations.spi;
