#!/usr/bin/env python3
"""Real-browser end-to-end test of the Renja flow (headless Chromium driven by selenium 4).

    python3 Tests/browser/renja_flow.py http://127.0.0.1:8080      # or KINERJA_BASE_URL=...

Starts nothing itself: it expects a running `kinerja serve --demo` on a FRESH database (scripts/browser-test does
that). Flow on the demo data, as a person would click it:
  a. tarakan.perencana logs in; the home page lists the Tarakan office with its Renja 2024 in "Rancangan";
  b. opens the Renja, checks the total pagu, edits one sub-kegiatan's pagu, sees line and total change;
  c. tarakan.kadis approves and adopts it (no "Ubah" links after); the planner makes a Renja Perubahan, an edit
     without a reason is refused, with a reason it is saved and submitted; the head approves and adopts; the
     comparison page shows before/after/difference/status/reason per line and in total;
  d. mamuju.perencana opening the Tarakan Renja gets the Indonesian 404 page.
Every step asserts what it sees (title, heading, text, HTTP status of the document). On failure it saves a
screenshot and the page source to artifacts/browser/ and exits 1. On success it also leaves a full-page PNG of the
comparison page there.

Environment: KINERJA_BASE_URL (if no argument), KINERJA_ARTIFACTS (default <repo>/artifacts/browser),
CHROMIUM / CHROMEDRIVER (default: found on PATH).
"""
import base64
import json
import os
import re
import shutil
import sys
import time
import traceback

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

PASSWORD = "kinerja-demo"
OPD = "Dinas Sosial dan Pemberdayaan Masyarakat Kota Tarakan"
LINE = "1.06.01.2.06.01"
TOTAL_AWAL = "6.726.963.965"
TOTAL_V1 = "6.727.463.965"  # after 2.500.000 -> 3.000.000
TOTAL_V2 = "6.727.963.965"  # after 3.000.000 -> 3.500.000
WAIT = 15  # seconds for any one page

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
ARTIFACTS = os.environ.get("KINERJA_ARTIFACTS") or os.path.join(ROOT, "artifacts", "browser")


class Gagal(AssertionError):
    pass


def check(cond, msg):
    if not cond:
        raise Gagal(msg)


def xq(s):
    """An XPath string literal for s (handles both quote kinds)."""
    if "'" not in s:
        return f"'{s}'"
    if '"' not in s:
        return f'"{s}"'
    return "concat(" + ", \"'\", ".join(f"'{p}'" for p in s.split("'")) + ")"


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        opts = webdriver.ChromeOptions()
        opts.binary_location = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900",
                  "--lang=id-ID", "--no-first-run", "--disable-extensions", "--disable-gpu"):
            opts.add_argument(a)
        # The performance log carries the Network events, which is how we read each page's HTTP status.
        opts.set_capability("goog:loggingPrefs", {"performance": "ALL"})
        driver_path = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
        # An explicit driver path keeps selenium-manager (which would try to download one) out of it.
        self.d = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
        self.d.set_page_load_timeout(30)
        self.status = None  # HTTP status of the current document

    # --- navigation -------------------------------------------------------------------------------------------
    def _read_status(self):
        """Status of the last top-level document response in the performance log since the last call."""
        found = None
        for entry in self.d.get_log("performance"):
            msg = json.loads(entry["message"])["message"]
            if msg.get("method") == "Network.responseReceived" and msg["params"].get("type") == "Document":
                resp = msg["params"]["response"]
                # Only the server's answers: Chrome's own error page ("site can't be reached") has no status here.
                found = resp["status"] if resp.get("url", "").startswith(self.base + "/") else None
        self.status = found
        return found

    def _settle(self):
        # A script run while the next page replaces this one can fail; that is "not ready yet", not an error.
        WebDriverWait(self.d, WAIT, ignored_exceptions=(WebDriverException,)).until(
            lambda d: d.execute_script("return document.readyState") == "complete")
        self._read_status()

    def _is_stale(self, el):
        try:
            el.is_enabled()
            return False
        except WebDriverException:
            return True

    def open(self, path):
        self.d.get(self.base + path if path.startswith("/") else path)
        self._settle()

    def click(self, el):
        """Click something that navigates (a link or a submit button) and wait for the new page."""
        old = self.d.find_element(By.TAG_NAME, "html")
        # chromedriver sometimes reports "Node with given id does not belong to the document" for a click that
        # races the page it is on; the click either already navigated (old page stale) or is retried.
        # The retry looks the element up again by the XPath `one` found it with: the old reference itself can be
        # the node chromedriver no longer maps (seen on a 2-core CI run, step c1).
        for attempt in range(4):
            try:
                el.click()
                break
            except WebDriverException:
                if self._is_stale(old):
                    break
                if attempt == 3:
                    raise
                time.sleep(0.5)
                xpath = getattr(el, "kinerja_xpath", None)
                if xpath:
                    found = self.all(xpath)
                    if len(found) == 1:
                        el = found[0]
                        el.kinerja_xpath = xpath
        # Not EC.staleness_of: it only treats StaleElementReferenceException as "gone", while chromedriver also
        # answers a node of a page it has just left with "Node with given id does not belong to the document"
        # (a plain WebDriverException; CI run of 2026-12-03, step c2). Either answer means the old page is gone.
        WebDriverWait(self.d, WAIT).until(lambda d: self._is_stale(old))
        self._settle()

    # --- finding ----------------------------------------------------------------------------------------------
    def all(self, xpath):
        return self.d.find_elements(By.XPATH, xpath)

    def one(self, xpath, what):
        els = self.all(xpath)
        check(len(els) == 1, f"expected exactly one {what}, found {len(els)} (xpath {xpath})")
        els[0].kinerja_xpath = xpath
        return els[0]

    def link(self, text):
        return self.one(f"//a[normalize-space()={xq(text)}]", f"link '{text}'")

    def button(self, text):
        return self.one(f"//button[normalize-space()={xq(text)}]", f"button '{text}'")

    def text(self):
        return self.d.find_element(By.TAG_NAME, "body").text

    def h1(self):
        return self.one("//h1", "h1 heading").text.strip()

    def row(self, first_cell, table_xpath="//table"):
        return self.one(f"{table_xpath}//tr[td[1][normalize-space()={xq(first_cell)}]]", f"table row '{first_cell}'")

    def total_row(self, table_xpath="//table"):
        return self.one(f"{table_xpath}//tr[contains(concat(' ', @class, ' '), ' total ') and td[2][normalize-space()='Jumlah']]",
                        "'Jumlah' row")

    @staticmethod
    def cells(tr):
        return [td.text.strip() for td in tr.find_elements(By.TAG_NAME, "td")]

    # --- assertions -------------------------------------------------------------------------------------------
    def expect_page(self, status, title=None, h1_prefix=None):
        check(self.status == status, f"HTTP status {self.status}, expected {status} (url {self.d.current_url})")
        if title is not None:
            check(self.d.title == title, f"page title {self.d.title!r}, expected {title!r}")
        if h1_prefix is not None:
            h = self.h1()
            check(h.startswith(h1_prefix), f"heading {h!r} does not start with {h1_prefix!r}")

    def expect_text(self, needle):
        check(needle in self.text(), f"page does not say {needle!r}")

    # --- artefacts --------------------------------------------------------------------------------------------
    def full_page_png(self, path):
        """A screenshot of the whole document, not just the viewport (Chrome DevTools Protocol)."""
        m = self.d.execute_cdp_cmd("Page.getLayoutMetrics", {})
        size = m.get("cssContentSize") or m["contentSize"]
        shot = self.d.execute_cdp_cmd("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": size["height"], "scale": 1}})
        with open(path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

    def save_failure(self, name):
        os.makedirs(ARTIFACTS, exist_ok=True)
        slug = re.sub(r"[^a-zA-Z0-9]+", "-", name).strip("-")[:60] or "step"
        png = os.path.join(ARTIFACTS, f"GAGAL-{slug}.png")
        html = os.path.join(ARTIFACTS, f"GAGAL-{slug}.html")
        try:
            self.d.save_screenshot(png)
            with open(html, "w", encoding="utf-8") as f:
                f.write(f"<!-- url: {self.d.current_url} status: {self.status} -->\n")
                f.write(self.d.page_source)
            return [png, html]
        except WebDriverException as e:
            return [f"(could not save artefacts: {e.msg})"]

    def quit(self):
        try:
            self.d.quit()
        except Exception:
            pass


# --- the flow ---------------------------------------------------------------------------------------------------

class Flow:
    def __init__(self, b):
        self.b = b
        self.renja_v1 = None  # path of the Tarakan Renja 2024
        self.renja_v2 = None  # path of its Renja Perubahan

    def login(self, username):
        b = self.b
        b.open("/login")
        b.expect_page(200, title="Masuk · Kinerja", h1_prefix="Masuk ke Kinerja")
        b.d.find_element(By.NAME, "username").send_keys(username)
        b.d.find_element(By.NAME, "password").send_keys(PASSWORD)
        b.click(b.button("Masuk"))
        b.expect_page(200, title="Beranda · Kinerja", h1_prefix="Rencana kerja")
        check(len(b.all("//button[normalize-space()='Keluar']")) == 1, f"no 'Keluar' button after logging in as {username}")

    def logout(self):
        b = self.b
        b.click(b.button("Keluar"))
        b.expect_page(200, title="Masuk · Kinerja")
        b.open("/")  # the session is really gone: the home page sends us back to the login form
        check(b.d.current_url.rstrip("/").endswith("/login"), f"after logging out '/' shows {b.d.current_url}, not the login form")

    def open_from_home(self, link_text, tahapan):
        """Home → the Tarakan office's Renja 2024 row whose link is `link_text`; its stage cell must be `tahapan`."""
        b = self.b
        b.open("/")
        b.expect_page(200, title="Beranda · Kinerja")
        section = f"//section[h2[starts-with(normalize-space(), {xq(OPD)})]]"
        check(b.all(section), f"home page does not list {OPD!r}")
        tr = b.one(f"{section}//tr[td[1]/a[normalize-space()={xq(link_text)}] and td[2][normalize-space()='2024']]",
                   f"home row '{link_text}' 2024")
        cells = b.cells(tr)
        check(cells[3] == tahapan, f"home row '{link_text}' 2024 has stage {cells[3]!r}, expected {tahapan!r}")
        b.click(tr.find_element(By.XPATH, "td[1]/a"))
        b.expect_page(200, h1_prefix=f"{link_text} 2024 — {OPD}")
        return b.d.current_url[len(b.base):]

    def line_and_total(self):
        b = self.b
        return b.cells(b.row(LINE))[5], b.cells(b.total_row())[5]

    def edit_pagu(self, value, alasan=None):
        b = self.b
        tr = b.row(LINE)
        b.click(tr.find_element(By.XPATH, ".//a[normalize-space()='Ubah']"))
        b.expect_page(200, title=f"Ubah {LINE} · Kinerja", h1_prefix=LINE)
        f = b.d.find_element(By.NAME, "pagu")
        f.clear()
        f.send_keys(value)
        if alasan is not None:
            a = b.d.find_element(By.NAME, "alasan_perubahan")
            a.clear()
            a.send_keys(alasan)
        b.click(b.button("Simpan"))

    def advance(self, label, tahapan):
        b = self.b
        b.click(b.button(label))
        b.expect_page(200)
        b.expect_text(f"Tahapan: {tahapan}")

    # a.
    def step_login_home(self):
        self.login("tarakan.perencana")
        self.renja_v1 = self.open_from_home("Renja", "Rancangan")

    # b.
    def step_edit_line(self):
        b = self.b
        b.expect_text("Tahapan: Rancangan")
        pagu, total = self.line_and_total()
        check(pagu == "2.500.000", f"{LINE} shows pagu {pagu!r}, expected '2.500.000'")
        check(total == TOTAL_AWAL, f"'Jumlah' shows {total!r}, expected {TOTAL_AWAL!r}")
        self.edit_pagu("3.000.000")
        b.expect_page(200, h1_prefix=f"Renja 2024 — {OPD}")
        check(b.d.current_url.endswith(self.renja_v1), f"after saving, the browser is on {b.d.current_url}, not the Renja")
        pagu, total = self.line_and_total()
        check(pagu == "3.000.000", f"after saving, {LINE} shows {pagu!r}, expected '3.000.000'")
        check(total == TOTAL_V1, f"after saving, 'Jumlah' shows {total!r}, expected {TOTAL_V1!r}")

    # c.
    def step_kadis_adopts(self):
        b = self.b
        self.logout()
        self.login("tarakan.kadis")
        self.open_from_home("Renja", "Rancangan")
        self.advance("Setujui (ke tahap Rancangan Akhir)", "Rancangan Akhir")
        self.advance("Tetapkan Renja", "Ditetapkan")
        check(not b.all("//a[normalize-space()='Ubah']"), "an adopted Renja still shows 'Ubah' links (head of office)")
        pagu, total = self.line_and_total()
        check((pagu, total) == ("3.000.000", TOTAL_V1), f"adopted Renja shows {pagu!r} / {total!r}")

    def step_perubahan(self):
        b = self.b
        self.logout()
        self.login("tarakan.perencana")
        self.open_from_home("Renja", "Ditetapkan")
        check(not b.all("//a[normalize-space()='Ubah']"), "an adopted Renja still shows 'Ubah' links (planner)")
        b.click(b.button("Buat Renja Perubahan"))
        b.expect_page(200, title="Renja Perubahan 2024 · Kinerja", h1_prefix=f"Renja Perubahan 2024 — {OPD}")
        b.expect_text("Versi 2")
        self.renja_v2 = b.d.current_url[len(b.base):]
        check(self.renja_v2 != self.renja_v1, "'Buat Renja Perubahan' stayed on the adopted Renja")
        pagu, total = self.line_and_total()
        check((pagu, total) == ("3.000.000", TOTAL_V1), f"new Perubahan starts from {pagu!r} / {total!r}, not the adopted values")

        # A pagu change without a reason is refused, and the form comes back with what was typed.
        self.edit_pagu("3.500.000")
        b.expect_page(422, title=f"Ubah {LINE} · Kinerja")
        pesan = b.one("//p[contains(concat(' ', @class, ' '), ' pesan ')]", "error message").text
        check("Alasan perubahan wajib diisi" in pesan, f"error message is {pesan!r}")
        typed = b.d.find_element(By.NAME, "pagu").get_attribute("value")
        check(typed == "3.500.000", f"the refused form shows pagu {typed!r}, not what was typed")

        a = b.d.find_element(By.NAME, "alasan_perubahan")
        a.clear()
        a.send_keys("Penyesuaian harga")
        b.click(b.button("Simpan"))
        b.expect_page(200, h1_prefix=f"Renja Perubahan 2024 — {OPD}")
        pagu, total = self.line_and_total()
        check(pagu == "3.500.000", f"after saving the Perubahan, {LINE} shows {pagu!r}")
        check(total == TOTAL_V2, f"after saving the Perubahan, 'Jumlah' shows {total!r}, expected {TOTAL_V2!r}")
        self.advance("Ajukan (ke tahap Rancangan)", "Rancangan")

    def step_kadis_adopts_perubahan(self):
        self.logout()
        self.login("tarakan.kadis")
        self.open_from_home("Renja Perubahan", "Rancangan")
        self.advance("Setujui (ke tahap Rancangan Akhir)", "Rancangan Akhir")
        self.advance("Tetapkan Renja", "Ditetapkan")
        check(not self.b.all("//a[normalize-space()='Ubah']"), "an adopted Renja Perubahan still shows 'Ubah' links")

    def step_perbandingan(self):
        b = self.b
        b.click(b.link("Perbandingan dengan versi sebelumnya"))
        b.expect_page(200, title="Perbandingan Renja 2024 · Kinerja",
                      h1_prefix=f"Perbandingan Renja 2024: versi 2 terhadap versi sebelumnya — {OPD}")
        per_program = "//h2[normalize-space()='Per program']/following-sibling::table[1]"
        p = b.cells(b.row(LINE[:7], per_program))
        check(p[4:6] == ["500.000", "Bertambah"], f"'Per program' row {LINE[:7]} is {p}")
        c = b.cells(b.row(LINE))
        check(c[2:7] == ["3.000.000", "3.500.000", "500.000", "Bertambah", "Penyesuaian harga"],
              f"comparison row {LINE} is {c}")
        t = b.cells(b.total_row())
        check(t[2:5] == [TOTAL_V1, TOTAL_V2, "500.000"], f"comparison 'Jumlah' row is {t}")
        os.makedirs(ARTIFACTS, exist_ok=True)
        png = os.path.join(ARTIFACTS, "perbandingan.png")
        b.full_page_png(png)
        check(os.path.getsize(png) > 10_000, f"{png} is suspiciously small")
        print(f"     full-page screenshot: {os.path.relpath(png, ROOT)}")

    # d.
    def step_other_office(self):
        b = self.b
        self.logout()
        self.login("mamuju.perencana")
        check(OPD not in b.text(), f"mamuju.perencana's home page lists {OPD!r}")
        for path in (self.renja_v1, self.renja_v2 + "/perbandingan"):
            b.open(path)
            b.expect_page(404, title="Kesalahan · Kinerja", h1_prefix="Terjadi masalah (404)")
            check(OPD not in b.text(), f"the 404 page for {path} names the other office")


def main():
    base = (sys.argv[1] if len(sys.argv) > 1 else os.environ.get("KINERJA_BASE_URL", "")).strip()
    if not base:
        print("usage: renja_flow.py BASE-URL   (or set KINERJA_BASE_URL)", file=sys.stderr)
        return 2
    try:
        b = Browser(base)
    except WebDriverException as e:
        print(f"FAIL could not start headless Chromium: {e.msg}")
        return 1
    f = Flow(b)
    steps = [
        ("a. planner logs in; home lists the Tarakan Renja 2024 (Rancangan)", f.step_login_home),
        ("b. planner edits a sub-kegiatan's pagu; line and total change", f.step_edit_line),
        ("c1. head of office approves and adopts; no more 'Ubah'", f.step_kadis_adopts),
        ("c2. planner makes a Renja Perubahan; reason required; submits", f.step_perubahan),
        ("c3. head of office approves and adopts the Perubahan", f.step_kadis_adopts_perubahan),
        ("c4. comparison shows before/after/difference/status/reason", f.step_perbandingan),
        ("d. another office's planner gets the 404 page", f.step_other_office),
    ]
    t0 = time.monotonic()
    try:
        for name, fn in steps:
            ts = time.monotonic()
            try:
                fn()
            except Exception as e:  # noqa: BLE001 - any failure (assertion, timeout, missing element) fails the flow
                print(f"FAIL {name}")
                detail = e.msg if isinstance(e, WebDriverException) and e.msg else str(e)
                print(f"     {type(e).__name__}: {(detail.splitlines() or [''])[0]}")
                # Where in this flow it happened (selenium's own frames and Chrome's stack trace left out).
                here = [f for f in traceback.extract_tb(e.__traceback__) if f.filename == __file__ and f.name not in ("main", "check")]
                if here:
                    print("     in " + " > ".join(f"{f.name}:{f.lineno}" for f in here))
                print(f"     at {b.d.current_url} (HTTP {b.status})")
                for p in b.save_failure(name):
                    print(f"     saved {os.path.relpath(p, ROOT) if os.path.isabs(p) else p}")
                return 1
            print(f"ok   {name} ({time.monotonic() - ts:.1f}s)")
    finally:
        b.quit()
    print(f"browser: all {len(steps)} steps passed in {time.monotonic() - t0:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
