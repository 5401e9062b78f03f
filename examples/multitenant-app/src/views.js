// The app's pages: plain functions returning HTML, every interpolated value escaped by `html`.
const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

class Safe {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const escape = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);

const fragment = (value) =>
  value instanceof Safe ? value.text : Array.isArray(value) ? value.map(fragment).join("") : escape(value);

/** A template literal tag: `html\`<p>${userText}</p>\`` escapes userText; nested html stays as is. */
export function html(strings, ...values) {
  return new Safe(strings.reduce((out, string, i) => out + string + (i < values.length ? fragment(values[i]) : ""), ""));
}

const money = (cents) => (cents / 100).toLocaleString("en-US", { style: "currency", currency: "USD" });
const date = (ms) => new Date(ms).toISOString().slice(0, 10);

/**
 * The frame of every page. `ctx`: {config, auth, user, csrf}; the header holds the organization
 * switcher (orgkit's web component, served from /static) for signed-in users.
 */
export function layout(ctx, title, body) {
  const signedIn = Boolean(ctx.user);
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.csrf ?? ""}">
<title>${title} · Ledgerly</title>
<link rel="stylesheet" href="/static/app.css">
${signedIn ? html`<script type="module" src="/static/app.js"></script>` : ""}
</head>
<body>
<header class="top">
  <a class="brand" href="/">Ledgerly</a>
  ${signedIn ? html`
  <orgkit-organization-switcher id="org-switcher" base-url="${ctx.config.keycloakUrl}" realm="${ctx.config.realm}"></orgkit-organization-switcher>
  <nav><a href="/invoices">Invoices</a> <a href="/team">Team</a></nav>
  <span class="who" id="signed-in-user">${ctx.user.name ?? ctx.user.username}${ctx.auth?.orgRole ? html` <small>${ctx.auth.orgRole}</small>` : ""}</span>
  <form method="post" action="/logout" class="inline"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button id="sign-out">Sign out</button></form>`
  : html`<a class="button" id="sign-in" href="/login">Sign in</a>`}
</header>
<main id="app-main">
${body}
</main>
</body>
</html>`;
}

export function homePage(ctx) {
  return layout(ctx, "Welcome", html`
<h1>Invoices for every team</h1>
<p>Ledgerly keeps each organization's invoices apart. Sign in with your orgkit account to see your organization's.</p>
<p><a class="button" href="/login">Sign in</a></p>`);
}

export function invoicesPage(ctx, { orgName, invoices, canCreate, error, values = {} }) {
  return layout(ctx, "Invoices", html`
<h1 id="page-title">Invoices of <span id="org-name">${orgName}</span></h1>
${invoices.length === 0 ? html`<p id="no-invoices">No invoices yet.</p>` : html`
<table id="invoices">
  <thead><tr><th>Customer</th><th>Amount</th><th>Date</th></tr></thead>
  <tbody>${invoices.map((i) => html`<tr data-invoice="${i.id}"><td>${i.customer}</td><td>${money(i.amount_cents)}</td><td>${date(i.created_at)}</td></tr>`)}</tbody>
</table>`}
${canCreate ? html`
<h2>New invoice</h2>
${error ? html`<p class="error" role="alert" id="form-error">${error}</p>` : ""}
<form method="post" action="/invoices" id="new-invoice">
  <input type="hidden" name="_csrf" value="${ctx.csrf}">
  <label>Customer <input name="customer" required maxlength="200" value="${values.customer ?? ""}"></label>
  <label>Amount (USD) <input name="amount" required inputmode="decimal" value="${values.amount ?? ""}"></label>
  <button type="submit">Create invoice</button>
</form>` : html`<p class="muted" id="read-only">Your role can read invoices but not create them.</p>`}`);
}

export function teamPage(ctx, { orgName, members, invitation, error, values = {} }) {
  return layout(ctx, "Team", html`
<h1 id="page-title">Team of <span id="org-name">${orgName}</span></h1>
<table id="members">
  <thead><tr><th>Member</th><th>Email</th><th>Role</th></tr></thead>
  <tbody>${members.map((m) => html`<tr data-user="${m.user_id}"><td>${m.username ?? m.user_id}</td><td>${m.email ?? ""}</td><td>${m.role}</td></tr>`)}</tbody>
</table>
<p class="muted">This list is the app's own copy, kept in sync by orgkit's webhooks.</p>
<h2>Invite a teammate</h2>
${invitation ? html`<p class="ok" role="status" id="invite-result">Invitation for ${invitation.email_address ?? invitation.email} sent (${invitation.role}).${invitation.email_sent === false ? html` The email could not be sent; share this link: <a href="${invitation.url}">${invitation.url}</a>` : ""}</p>` : ""}
${error ? html`<p class="error" role="alert" id="invite-error">${error}</p>` : ""}
<form method="post" action="/team/invitations" id="invite">
  <input type="hidden" name="_csrf" value="${ctx.csrf}">
  <label>Email <input name="email" type="email" required value="${values.email ?? ""}"></label>
  <label>Role <select name="role">
    ${["org:member", "org:billing", "org:admin"].map((role) => html`<option value="${role}"${role === values.role ? html` selected` : ""}>${role}</option>`)}
  </select></label>
  <button type="submit">Send invitation</button>
</form>`);
}

export function forbiddenPage(ctx, description) {
  return layout(ctx, "Not allowed", html`
<h1 id="page-title">You don't have access to this page</h1>
<p id="forbidden-reason">Your role in ${ctx.auth?.orgSlug ?? "this organization"} (${ctx.auth?.orgRole ?? "none"}) does not allow it: ${description}.</p>
<p>Ask an admin of your organization for another role, or switch to another organization above.</p>`);
}

export function noOrganizationPage(ctx) {
  return layout(ctx, "Choose an organization", html`
<h1 id="page-title">No active organization</h1>
<p id="no-organization">Ledgerly works inside an organization. Choose one with the switcher at the top of the page.</p>`);
}

export function errorPage(ctx, title, message) {
  return layout(ctx, title, html`<h1 id="page-title">${title}</h1><p>${message}</p>`);
}
