// The header's organization switcher (@orgkit/switcher): it calls orgkit's API with the user's
// access token, fetched from the app's own session (GET /auth/token); after a switch the app
// refreshes the session's token (POST /auth/refresh) and the page reloads with the new organization.
import "/static/orgkit-switcher.js";

const switcher = document.getElementById("org-switcher");
const csrf = document.querySelector('meta[name="csrf-token"]').content;

if (switcher) {
  switcher.getToken = async () => {
    const response = await fetch("/auth/token", { credentials: "same-origin", cache: "no-store" });
    if (response.status === 401) {
      window.location.assign(`/login?returnTo=${encodeURIComponent(window.location.pathname)}`);
    }
    if (!response.ok) throw new Error(`the app answered ${response.status} for its token`);
    return (await response.json()).access_token;
  };
  switcher.refreshToken = async () => {
    const response = await fetch("/auth/refresh", {
      method: "POST",
      credentials: "same-origin",
      headers: { "x-csrf-token": csrf },
    });
    if (!response.ok) throw new Error(`the app answered ${response.status} refreshing its token`);
  };
  switcher.addEventListener("orgkit:organization-changed", () => window.location.reload());
}
