vcl 4.1;
# Varnish in front of the app servers (docs/operations.md): caches what anonymous visitors get,
# passes everything personal, and drops pages the moment the CMS says PURGE.
#
# make topology-up writes a copy with its own backend ports; for a real installation replace the
# two backends by the app servers' addresses and the purge ACL by their addresses.

import directors;
import std;

# Every app server is asked for /healthz every 2 seconds; after 2 failed answers out of 3 it
# gets no visitors until it answers again, so a stopped server costs no visitor a request.
probe healthz {
    .request =
        "GET /healthz HTTP/1.1"
        "Host: localhost"
        "Connection: close"
        "User-Agent: varnish-probe";
    .interval = 2s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app1 { .host = "127.0.0.1"; .port = "8001"; .probe = healthz; .connect_timeout = 1s; .first_byte_timeout = 30s; }
backend app2 { .host = "127.0.0.1"; .port = "8002"; .probe = healthz; .connect_timeout = 1s; .first_byte_timeout = 30s; }

# Only the app servers may purge: anybody else could empty the cache in a traffic spike.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new servers = directors.round_robin();
    servers.add_backend(app1);
    servers.add_backend(app2);
}

sub vcl_recv {
    set req.backend_hint = servers.backend();

    # A PURGE from the CMS (Wagtail's frontend cache, one per public address) drops the page and
    # every query-string variant of it (?page=2, ?field=3), whatever host name it was asked by
    # (the site has one; the server may also be reached by its address).
    if (req.method == "PURGE") {
        if (!client.ip ~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    # Forget tracking parameters: the site ignores them, and each would be a cache entry.
    if (req.url ~ "[?&](utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=") {
        set req.url = regsuball(req.url, "(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)=[^&]*&?", "");
        set req.url = regsub(req.url, "[?&]$", "");
    }
    set req.url = std.querysort(req.url);

    # A stale page only while no app server answers (see beresp.grace); otherwise a fresh one.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);  # forms, the admin's saves
    }
    if (req.url ~ "^/(admin|documents|healthz)(/|$)") {
        return (pass);  # editors, downloads, health checks: always from the app server
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);  # a logged-in editor sees drafts and the userbar
    }
    # Anonymous visitors' other cookies (a form's CSRF token) change nothing on other pages.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    # http and https pages carry different absolute links (canonical, Open Graph).
    hash_data(req.http.X-Forwarded-Proto);
}

sub vcl_backend_response {
    # Remembered on the object, so that bans by path are checked by the ban lurker in the
    # background rather than on every request.
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # When every app server is down, a page up to an hour old beats an error page.
    set beresp.grace = 1h;
    if (beresp.status >= 500) {
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
}

sub vcl_backend_fetch {
    # A retry goes to the other app server, not wherever the round robin happens to be.
    if (bereq.retries > 0) {
        if (bereq.http.x-failed-backend == "app1") {
            set bereq.backend = app2;
        } else {
            set bereq.backend = app1;
        }
    }
}

sub vcl_backend_error {
    # An app server that is stopping (or stopped before the probes noticed) refused the
    # connection: ask the other one, so that no visitor sees the failure. Only for requests that
    # change nothing, which are safe to send twice.
    if (bereq.retries < 1 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        set bereq.http.x-failed-backend = beresp.backend.name;
        return (retry);
    }
}

sub vcl_deliver {
    unset resp.http.x-path;
    # What the app server's s-maxage allowed Varnish to keep, browsers must check again: they
    # cannot be purged (docs/caching.md).
    if (resp.http.Cache-Control ~ "s-maxage") {
        set resp.http.Cache-Control = "public, max-age=0, must-revalidate";
    }
}
