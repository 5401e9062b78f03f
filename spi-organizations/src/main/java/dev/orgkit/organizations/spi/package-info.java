/**
 * What orgkit's core offers its feature jars (invitations, audit, security, webhooks) to build on.
 *
 * <p>Public, but not a stable API: it is made for the jars of the same orgkit release and may change
 * in any release, without deprecation. Code outside orgkit should not depend on it.
 */
package dev.orgkit.organizations.spi;
