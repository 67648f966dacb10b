"""The production shape, as the operations team runs it (docs/operations.md): an editor
publishes on one app server and visitors get the change through the proxy within a second; one
app server can stop under load without a visitor noticing; the proxy multiplies what a single
app server can serve; each request leaves one log line."""

import base64
import re
import subprocess
import time
import urllib.parse
import urllib.request

import pytest
from django_otp.oath import totp

from .conftest import APP, PROXY, manage, restart_missing_app_servers, topology

pytestmark = pytest.mark.topology

FIELD = {"de": "/de/handlungsfelder/integrierte-mobilitaet/", "en": "/en/fields-of-action/integrated-mobility/"}
LISTING = {"de": "/de/handlungsfelder/", "en": "/en/fields-of-action/"}
HOME = {"de": "/de/", "en": "/en/"}


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode()


def served_from_proxy_cache(url):
    """Asked twice: the second answer must come from Varnish's cache (a second transaction id
    in X-Varnish, and an Age)."""
    fetch(url)
    _status, headers, _body = fetch(url)
    return len(headers.get("X-Varnish", "").split()) == 2


def log_in_with_second_factor(chromium, account):
    """The first login of a superuser under production settings: password, then set up an
    authenticator app (the secret is read off the set-up page, as a phone would scan it)."""
    username, password = account
    # City staff use German browsers: the set-up pages follow the browser, the editor the profile.
    page = chromium.new_context(viewport={"width": 1366, "height": 900}, locale="de-DE").new_page()
    page.goto(APP[0] + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_url("**/2fa/devices/new**")
    config_url = page.locator("code.config-url").inner_text()
    secret = urllib.parse.parse_qs(urllib.parse.urlsplit(config_url).query)["secret"][0]
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    page.fill("input[name=name]", "Testtelefon")
    page.fill("input[name=otp_token]", f"{totp(key):06d}")
    page.fill("input[name=password]", password)
    page.get_by_role("button", name="Speichern").click()
    page.wait_for_url("**/2fa/devices/**")
    return page


def test_a_publish_on_one_app_server_reaches_visitors_through_the_proxy_within_a_second(
    chromium, editor_account
):
    # The open data API shows the field too, in both languages, under one address per filter.
    api = ["/api/v1/fields/", "/api/v1/fields/?limit=10"]
    urls = [*FIELD.values(), *LISTING.values(), *HOME.values(), *api]
    for url in urls:
        assert served_from_proxy_cache(PROXY + url), url

    page_id = manage("shell", "-v", "0", "-c", (
        "from fields.models import FieldOfActionPage\n"
        "print(FieldOfActionPage.objects.get(slug_de='integrierte-mobilitaet').pk)"
    )).strip()
    stamp = str(int(time.time()))
    title = {"de": f"Mobilität neu gedacht {stamp}", "en": f"Mobility rethought {stamp}"}

    editor = log_in_with_second_factor(chromium, editor_account)
    editor.goto(f"{APP[0]}/admin/pages/{page_id}/edit/")
    editor.fill("#id_title_de", title["de"])
    editor.get_by_role("button", name="Englisch", exact=True).click()
    editor.fill("#id_title_en", title["en"])
    editor.locator("footer").get_by_role("button", name="Mehr Aktionen").click()
    editor.locator("footer button[name=action-publish]").click()
    editor.wait_for_load_state("networkidle")
    published = time.monotonic()

    pending = {url: title["en" if url.startswith("/en/") else "de"] for url in urls}
    pending.update({url: title["en"] for url in api})  # holds both; the English comes last
    while pending and time.monotonic() - published < 1.0:
        for url, expected in list(pending.items()):
            if expected in fetch(PROXY + url)[2]:
                del pending[url]
        time.sleep(0.05)
    assert not pending, f"still stale through the proxy 1 s after publishing: {sorted(pending)}"


WRK_MIX = """
-- Half the requests are cached pages, half go to an app server (search is never cached).
local paths = {"/de/", "/de/search/?q=Mobilit%C3%A4t", "/en/", "/en/search/?q=mobility"}
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", paths[(n % #paths) + 1])
end
"""


def wrk(url, seconds, connections=64, script=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "--latency"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    requests = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    non_2xx = int((re.search(r"Non-2xx or 3xx responses: (\d+)", output) or [0, 0])[1])
    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    return requests, non_2xx, errors, output


def test_stopping_one_app_server_under_load_fails_no_request(tmp_path):
    script = tmp_path / "mix.lua"
    script.write_text(WRK_MIX)
    load = subprocess.Popen(
        ["wrk", "-t2", "-c64", "-d30s", "--timeout", "10s", "-s", str(script), PROXY + "/"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        time.sleep(8)
        assert topology.stop("gunicorn-8002"), "app server :8002 was not running"
        output, _ = load.communicate(timeout=60)
    finally:
        restart_missing_app_servers()
    assert "Non-2xx" not in output, output
    assert not re.search(r"Socket errors", output), output
    assert int(re.search(r"(\d+) requests in", output).group(1)) > 1000, output


def test_the_proxy_serves_ten_times_what_one_app_server_does():
    direct, *_ = wrk(APP[0] + "/de/", 10, connections=16)
    through_proxy, non_2xx, errors, output = wrk(PROXY + "/de/", 60, connections=64)
    assert non_2xx == 0 and errors == 0, output
    print(f"home page: one app server {direct:.0f} req/s, through Varnish {through_proxy:.0f} req/s")
    assert through_proxy >= 10 * direct, (direct, through_proxy)


def test_each_request_leaves_one_log_line_with_status_and_duration():
    marker = f"/de/?log-check={int(time.time() * 1000)}"
    fetch(APP[0] + marker)
    time.sleep(0.5)
    log = (topology.STATE / "gunicorn-8001.log").read_text()
    line = next(line for line in reversed(log.splitlines()) if marker.split("?")[1] in line)
    assert re.search(r'"GET /de/\?log-check=\d+ HTTP/1.1" 200 \d+ \d+ms cache=(hit|miss)', line), line


def test_healthz_through_each_app_server_and_the_proxy():
    for base in [*APP, PROXY]:
        status, headers, body = fetch(base + "/healthz")
        assert status == 200 and '"database": "ok"' in body and '"cache": "ok"' in body, base
        assert "Set-Cookie" not in headers
