package dev.orgkit.webhooks.delivery;

/** How an attempt ended: a 2xx within the timeout is a success; anything else a failure with a short reason. */
record Outcome(boolean success, Integer statusCode, String error) {

    static Outcome of(int statusCode) {
        boolean ok = statusCode >= 200 && statusCode < 300;
        return new Outcome(ok, statusCode, ok ? null : "HTTP " + statusCode);
    }

    static Outcome failure(String error) {
        return new Outcome(false, null, error);
    }
}
