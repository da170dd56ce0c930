"""`redact serve`: the page is kept to its author (loopback Host, session token, same origin, upload limit),
a bad file gets the command's one-line reason on the page, the session's folder goes at shutdown and after an
idle hour, and step 2's decisions are checked and written as the command checks and reads a rules file.

Starlette's TestClient runs the application in this process (no socket, no language model): fast. The
four steps in a real browser are in test_web_e2e.py."""
from __future__ import annotations

import json
import re
import threading
import time
import warnings
from html import unescape

import pytest

pytest.importorskip("starlette", reason="the [web] extra is not installed (pip install -e '.[web]')")
pytest.importorskip("httpx", reason="Starlette's TestClient needs httpx (the [test] extra)")
pytest.importorskip("python_multipart", reason="python-multipart is not installed (the [web] extra)")

with warnings.catch_warnings():   # Starlette asks for httpx2; httpx is what the [test] extra installs
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

from conftest import REPO  # noqa: E402
from redact.rules import load_rules  # noqa: E402
from redact.web.app import create_app  # noqa: E402
from redact.web.choices import Choices, PersonChoice, PlaceChoice, validate  # noqa: E402
from redact.web.server import Server  # noqa: E402
from redact.web.workspace import Workspace  # noqa: E402

HOSTILE = REPO / "tests" / "hostile"
TOKEN = "a-test-token-that-nobody-guesses"
BASE = "http://127.0.0.1:8765"


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace(tmp_path)
    yield ws
    ws.close()


def client(workspace, *, max_upload=50 * 1024 * 1024, signed_in=True, base=BASE) -> TestClient:
    app = create_app(workspace, TOKEN, max_upload=max_upload)
    test_client = TestClient(app, base_url=base)
    if signed_in:
        answer = test_client.get(f"/?token={TOKEN}", follow_redirects=False)
        assert answer.status_code == 303 and "?token" not in answer.headers["location"]
        assert "HttpOnly" in answer.headers["set-cookie"] and "SameSite=strict" in answer.headers["set-cookie"]
    return test_client


def alert(html: str) -> str:
    """The error the page shows the author, as text."""
    found = re.search(r'class="error-summary".*?<p>(.*?)</p>', html, re.S) or re.search(r"role='alert'>(.*?)<", html)
    assert found, html[:500]
    return unescape(found.group(1))


# ---------------------------------------------------------------------- who may use the page

@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.nip.io", "192.168.1.20:8765", "attacker.test:8765"])
def test_another_host_header_is_refused(workspace, host):
    with client(workspace) as web:
        answer = web.get("/", headers={"host": host})
        assert answer.status_code == 400
        assert "Drop the draft" not in answer.text


@pytest.mark.parametrize("host", ["127.0.0.1:8765", "localhost:8765"])
def test_loopback_host_names_are_served(workspace, host):
    with client(workspace) as web:
        assert web.get("/", headers={"host": host}).status_code == 200


def test_a_request_without_the_token_is_refused(workspace):
    with client(workspace, signed_in=False) as web:
        for path in ("/", "/decide", "/download", "/progress", "/files/published", "/static/app.js"):
            answer = web.get(path)
            assert answer.status_code == 403, path
            assert "session token" in alert(answer.text)
        assert web.post("/upload", files={"draft": ("a.txt", b"Joanne Pryor died.")}).status_code == 403
        assert not any(workspace.path.iterdir()), "nothing is written for a refused request"
        wrong = web.get("/?token=not-the-token", follow_redirects=False)
        assert wrong.status_code == 403 and "set-cookie" not in wrong.headers
        # the token in a header (a script's way) is accepted like the cookie
        assert web.get("/", headers={"x-redact-token": TOKEN}).status_code == 200


def test_a_post_from_another_origin_is_refused(workspace):
    with client(workspace) as web:
        answer = web.post("/new", headers={"origin": "https://evil.example"})
        assert answer.status_code == 403
        assert web.post("/new", headers={"origin": BASE}, follow_redirects=False).status_code == 303


def test_every_answer_forbids_outside_resources(workspace):
    with client(workspace) as web:
        page = web.get("/")
        policy = page.headers["content-security-policy"]
        assert "default-src 'none'" in policy and "script-src 'self'" in policy and "connect-src 'self'" in policy
        assert page.headers["cache-control"] == "no-store"
        # no external asset anywhere in the page, its script or its style
        for text in (page.text, web.get("/static/app.js").text, web.get("/static/app.css").text):
            assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//|url\(\s*[\"']?(?:https?:)?//|@import", text)


# ---------------------------------------------------------------------- uploads

def test_an_oversize_upload_is_refused_with_a_message(workspace):
    with client(workspace, max_upload=64 * 1024) as web:
        answer = web.post("/upload", files={"draft": ("big.docx", b"x" * (100 * 1024))})
        assert answer.status_code == 413
        assert "too large" in alert(answer.text) and "limit" in alert(answer.text)
        assert not any(workspace.path.iterdir())


def test_an_oversize_upload_without_a_length_is_refused_as_it_comes(workspace):
    """A chunked body (no Content-Length) is counted while it is read."""
    body = b"--B\r\nContent-Disposition: form-data; name=\"draft\"; filename=\"big.txt\"\r\n\r\n" + b"x" * 200_000

    def chunks():
        for start in range(0, len(body), 16_384):
            yield body[start:start + 16_384]

    with client(workspace, max_upload=64 * 1024) as web:
        answer = web.post("/upload", content=chunks(), headers={"content-type": "multipart/form-data; boundary=B"})
        assert answer.status_code == 413
        assert "too large" in alert(answer.text)
        assert not any(workspace.path.iterdir())


_CASES = json.loads((HOSTILE / "CASES.json").read_text(encoding="utf-8"))
_FILE_CASES = [case for case in _CASES if "file" in case and not case["args"]]
_RULES_CASES = [case["rules"] for case in _CASES if "rules" in case]


@pytest.mark.parametrize("case", _FILE_CASES, ids=[case["name"] for case in _FILE_CASES])
def test_a_hostile_draft_gets_its_one_line_reason_on_the_page(workspace, case):
    """Every hostile or broken file of tests/hostile/ (.docx, .docm, .dotx, .doc, .txt, no suffix): the reason the
    command gives, on the page."""
    data = (HOSTILE / case["file"]).read_bytes()
    with client(workspace) as web:
        started = time.monotonic()
        answer = web.post("/upload", files={"draft": (case["file"], data)}, follow_redirects=False)
        assert answer.status_code == 400, f"{case['file']} was accepted"
        reason = alert(answer.text)
        assert case["expect"].lower() in reason.lower()
        assert "\n" not in reason and "Traceback" not in answer.text
        assert case["file"] in reason and str(workspace.path) not in answer.text, "the file as the author named it"
        assert time.monotonic() - started < 10
        assert not any(workspace.path.iterdir()), "a refused draft is not kept"
        assert web.get("/decide", follow_redirects=False).headers["location"] == "/"


@pytest.mark.parametrize("name", _RULES_CASES)
def test_a_bad_rules_file_gets_the_commands_reason_with_its_own_name(workspace, name):
    from redact.errors import RulesError

    with pytest.raises(RulesError) as expected:
        load_rules(HOSTILE / name)
    reason_of_command = str(expected.value).split(": ", 1)[1]
    with client(workspace) as web:
        answer = web.post("/upload", files={"draft": ("draft.txt", "Joanne Pryor died on 14 May 2023.".encode()),
                                            "rules": (name, (HOSTILE / name).read_bytes())})
        assert answer.status_code == 400
        reason = alert(answer.text)
        assert reason == f"{name}: {reason_of_command}"
        assert not any(workspace.path.iterdir())


@pytest.mark.parametrize("name, reason", [("draft.pdf", "redact the .docx it came from"),
                                          ("draft.odt", "save as .docx"), ("draft", "unsupported file type"),
                                          ("draft.docx.exe", "unsupported file type"),
                                          ("../../etc/draft.rtf", "RTF is not supported")])
def test_a_draft_of_another_kind_is_refused_as_the_command_refuses_it(workspace, name, reason):
    with client(workspace) as web:
        answer = web.post("/upload", files={"draft": (name, b"whatever")})
        assert answer.status_code == 400 and reason in alert(answer.text)
        assert not any(workspace.path.iterdir())


def test_downloads_and_later_steps_need_a_draft_first(workspace):
    with client(workspace) as web:
        for path, where in (("/decide", "/"), ("/check", "/"), ("/download", "/")):
            assert web.get(path, follow_redirects=False).headers["location"] == where
        assert web.get("/files/published").status_code == 404


# ---------------------------------------------------------------------- the session's folder

def test_the_folder_is_gone_after_shutdown(tmp_path):
    workspace = Workspace(tmp_path)
    (workspace.path / "tmp").mkdir()
    (workspace.path / "tmp" / "soffice-profile").write_text("a converter's file")
    with client(workspace) as web:
        web.post("/upload", files={"draft": ("draft.docx", (HOSTILE / "empty.docx").read_bytes())})
        assert (workspace.path / "tmp").is_dir() and not any((workspace.path / "tmp").iterdir()), \
            "a new draft empties the temporary folder and keeps it"
        (workspace.path / "draft.txt").write_text("Joanne Pryor")   # as if a draft were being worked on
        assert workspace.path.exists()
    assert not workspace.path.exists()


def test_the_server_binds_loopback_and_removes_its_folder_when_stopped():
    server = Server(0)
    assert server.socket.getsockname()[0] == "127.0.0.1"
    (server.workspace.path / "draft.docx").write_bytes(b"a draft")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{40,}", server.url)
    server.stop()
    thread.join(10)
    assert not thread.is_alive()
    assert not server.workspace.path.exists()


def test_after_an_idle_hour_the_folder_goes_and_the_server_stops():
    server = Server(0, idle_limit=0.4)      # the hour, shortened
    (server.workspace.path / "draft.docx").write_bytes(b"a draft")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "the idle server stopped itself"
    assert not server.workspace.path.exists()


def test_the_idle_clock_counts_from_the_last_request(tmp_path):
    now = [0.0]
    workspace = Workspace(tmp_path, idle_limit=3600, clock=lambda: now[0])
    with client(workspace) as web:
        now[0] = 3000.0
        web.get("/")
        now[0] = 6000.0
        assert not workspace.expired(), "a request 50 minutes ago keeps the session"
        now[0] = 6601.0
        assert workspace.expired()


def test_a_taken_port_is_one_line():
    from redact.errors import InputError

    first = Server(0)
    try:
        with pytest.raises(InputError, match=r"port \d+ is already in use.*port=\.\.\."):
            Server(first.port)
    finally:
        first.socket.close()
        first.workspace.close()


# ---------------------------------------------------------------------- step 2: the decisions

# People from several naming traditions, with forms and roles as an author would enter them
PEOPLE = [("Nguyễn Thị Lan", "Mai", ["Lan"], "victim"), ("Wojciech Kowalczyk", "Adam", ["Wojtek"], "perpetrator"),
          ("Abdirahman Warsame Farah", "Yusuf", ["Abdi"], "son"), ("Siobhán Ní Bhriain", "Clare", [], "sister"),
          ("Chukwuemeka Obi", "Daniel", ["Emeka"], "neighbour"), ("Zhang Wei", "Li", [], "friend")]


def choices(**change) -> Choices:
    people = [PersonChoice(name=n, pseudonym=p, aliases=list(a), role=r) for n, p, a, r in PEOPLE]
    places = [PlaceChoice(name="Kettleby", pseudonym="Area A"),
              PlaceChoice(name="Kettleby Borough Council", pseudonym="Area A Council", note="reveals Kettleby")]
    made = Choices(review="Test DHR", people=people, places=places, date_of_death="2023-05-14",
                   date_of_birth="1980-02-29")
    for key, value in change.items():
        setattr(made, key, value)
    return made


def form_of(made: Choices) -> dict[str, str]:
    form = {"review": made.review, "date_of_death": made.date_of_death, "date_of_birth": made.date_of_birth,
            "date_policy": made.date_policy, "keep_terms": "\n".join(made.keep)}
    for i, p in enumerate(made.people):
        form |= {f"person-{i}-name": p.name, f"person-{i}-pseudonym": p.pseudonym, f"person-{i}-role": p.role,
                 f"person-{i}-surname_pseudonym": p.surname_pseudonym, f"person-{i}-aliases": "\n".join(p.aliases)}
    for i, p in enumerate(made.places):
        form |= {f"place-{i}-name": p.name, f"place-{i}-pseudonym": p.pseudonym,
                 f"place-{i}-aliases": "\n".join(p.aliases)}
    return form


def test_decisions_make_a_rules_file_the_command_reloads(tmp_path):
    made = choices(keep=["Wealdshire Police"], date_policy="month_year")
    made.people[4].keep = True              # a panel member: kept, not replaced, in every form given
    checked = validate(made)
    assert checked.ok and checked.warnings == []
    path = tmp_path / "rules.yaml"
    path.write_text(made.rules_yaml(), encoding="utf-8")
    rules = load_rules(path)
    assert [p.name for p in rules.people] == [n for n, _, _, _ in PEOPLE if n != "Chukwuemeka Obi"]
    assert rules.people[0].aliases == ["Lan"] and rules.people[0].role == "victim"
    assert {"Chukwuemeka Obi", "Emeka", "Wealdshire Police"} <= set(rules.keep)
    assert str(rules.dates.date_of_death) == "2023-05-14" and str(rules.dates.date_of_birth) == "1980-02-29"
    assert rules.policy.dates == "month_year"
    assert [p.pseudonym for p in rules.places] == ["Area A", "Area A Council"]


def test_the_authors_own_keys_survive_the_page():
    made = choices(base={"policy": {"titles": "drop", "unlisted_people": "placeholder"},
                         "detection": {"not_places": ["Ward"]}, "publication": {"author": "Kettleby CSP"}})
    mapping = made.rules_mapping()
    assert mapping["policy"]["titles"] == "drop" and mapping["detection"] == {"not_places": ["Ward"]}
    assert mapping["publication"] == {"author": "Kettleby CSP"}
    assert validate(made).ok


@pytest.mark.parametrize("index, clash", [(1, "Mai"), (3, "Lan"), (5, "Daniel")])
def test_a_clashing_pseudonym_is_named_on_its_row(index, clash):
    made = choices()
    made.people[index].pseudonym = clash
    checked = validate(made)
    assert not checked.ok
    rows = {f"person-{i}" for i, (name, _, _, _) in enumerate(PEOPLE)
            if clash in (made.people[i].pseudonym, *made.people[i].aliases) or name.split()[-1] == clash}
    assert f"person-{index}" in checked.rows and set(checked.rows) <= rows | {f"person-{index}"}
    assert "people." not in checked.error


def test_a_missing_pseudonym_names_the_person_not_a_key():
    made = choices()
    made.people[2].pseudonym = ""
    made.people[2].role = ""
    checked = validate(made)
    assert not checked.ok and "Abdirahman Warsame Farah" in checked.error and checked.rows == ["person-2"]


def test_a_missing_date_of_death_is_said_as_the_command_says_it():
    from redact.rules_safety import NO_DATE_OF_DEATH

    checked = validate(choices(date_of_death=""))
    assert checked.ok and checked.warnings == [NO_DATE_OF_DEATH]
    # a date only one way round is read as the rules read it; one that could be two dates is refused
    assert validate(choices(date_of_death="14/05/2023")).ok
    assert not validate(choices(date_of_death="10/05/2023")).ok


def test_nothing_listed_cannot_be_applied():
    made = choices(date_of_death="", date_of_birth="")
    for entry in (*made.people, *made.places):
        entry.keep = True
    assert not validate(made).ok


def test_the_form_updates_every_decision():
    made = choices()
    form = form_of(made)
    form |= {"person-1-pseudonym": "Piotr", "person-3-keep": "1", "person-0-aliases": "Lan\nLanny\n\nLan",
             "place-new-name": "Ashgrove", "place-new-pseudonym": "Area B", "person-new-name": "",
             "date_policy": "relative", "keep_terms": "Wealdshire Police\nWealdshire County Council"}
    made.update(form)
    assert made.people[1].pseudonym == "Piotr" and made.people[3].keep and made.people[0].aliases == ["Lan", "Lanny"]
    assert made.places[-1].name == "Ashgrove" and len(made.people) == len(PEOPLE), "a blank new row adds nobody"
    assert made.date_policy == "relative" and made.keep == ["Wealdshire Police", "Wealdshire County Council"]
    assert validate(made).ok


def test_validate_endpoint_answers_as_the_page_types(workspace):
    made = choices()
    with client(workspace) as web:
        web.app.state.session.choices = made
        form = form_of(made) | {"person-1-pseudonym": "Mai"}
        answer = web.post("/validate", data=form, headers={"origin": BASE}).json()
        assert answer["ok"] is False and "person-1" in answer["rows"]
        answer = web.post("/validate", data=form | {"person-1-pseudonym": "Piotr"}).json()
        assert answer == {"ok": True, "error": None, "rows": [], "warnings": []}
        # applying refused decisions shows step 2 again with the reason, and starts nothing
        refused = web.post("/apply", data=form)
        assert refused.status_code == 400 and "Cannot apply yet" in refused.text
        assert web.app.state.session.applying is None


def test_the_decide_page_labels_every_control(workspace):
    made = choices()
    with client(workspace) as web:
        session = web.app.state.session
        session.choices, session.draft, session.draft_name = made, workspace.file("draft.txt"), "draft.txt"
        page = web.get("/decide").text
    ids = re.findall(r'<(?:input|select|textarea)[^>]*\bid="([^"]+)"', page)
    labelled = set(re.findall(r'<label[^>]*\bfor="([^"]+)"', page))
    assert ids and set(ids) <= labelled, set(ids) - labelled
    assert all(name in page for name, _, _, _ in PEOPLE)
    assert 'aria-live="polite"' in page and 'lang="en-GB"' in page


# ---------------------------------------------------------------------- the command

def test_serve_command_help_and_bad_ports():
    from click.testing import CliRunner

    from redact.cli import main

    runner = CliRunner()
    shown = runner.invoke(main, ["serve", "--help"])
    assert shown.exit_code == 0 and "127.0.0.1" in shown.output and "--no-browser" in shown.output
    assert runner.invoke(main, ["serve", "--port", "70000"]).exit_code == 2
    taken = Server(0)
    try:
        refused = runner.invoke(main, ["serve", "--port", str(taken.port), "--no-browser"])
        assert refused.exit_code == 2
        assert refused.output.strip().count("\n") == 0 and "already in use" in refused.output and "--port" in refused.output
    finally:
        taken.socket.close()
        taken.workspace.close()


def test_serve_without_the_web_extra_says_how_to_install_it(monkeypatch):
    import sys

    from click.testing import CliRunner

    from redact.cli import main

    for name in [n for n in sys.modules if n == "redact.web.server" or n.startswith("uvicorn")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "uvicorn", None)      # as if it were not installed
    refused = CliRunner().invoke(main, ["serve", "--no-browser"])
    assert refused.exit_code == 2 and "pip install 'dhr-redact[web]'" in refused.output


def test_the_browser_is_opened_on_a_private_file_not_on_the_token():
    """A command line is readable by every user of the machine (ps): the browser gets a file's name instead."""
    import stat

    server = Server(0)
    try:
        page = server.launcher()
        assert page.parent == server.workspace.path and TOKEN not in str(page) and server.token not in str(page)
        assert stat.S_IMODE(page.stat().st_mode) == 0o600
        assert stat.S_IMODE(server.workspace.path.stat().st_mode) == 0o700
        assert f"url={server.url}" in page.read_text(encoding="utf-8")
    finally:
        server.socket.close()
        server.workspace.close()


def test_a_long_step_reports_its_stages_and_ends_in_one_line():
    from redact.errors import InputError
    from redact.web.jobs import Job

    seen = []

    def work(job):
        for stage in ("Opening", "Reading"):
            job.step(stage)
            seen.append(job.progress.as_dict()["percent"])
        return "result"

    done = Job("Reading the draft", ["Opening", "Reading", "Ready"], work).start().wait(10)
    assert (done.state, done.result, done.fraction, seen) == ("done", "result", 1.0, [0, 33])

    def refused(job):
        raise InputError("/tmp/redact-serve-x/draft/Report.docx: zip entry has an unsafe path")

    failed = Job("Reading", ["Opening"], refused, tidy=lambda m: m.replace("/tmp/redact-serve-x/draft/", "")).start()
    assert failed.wait(10).as_dict() | {"percent": 0} == {"title": "Reading", "stage": "Opening", "percent": 0,
                                                          "state": "failed",
                                                          "error": "Report.docx: zip entry has an unsafe path"}

    def bug(job):
        raise KeyError("x")

    broken = Job("Applying", ["Preparing"], bug).start().wait(10)
    assert broken.state == "failed" and broken.error.startswith("internal error: KeyError") and "\n" not in broken.error


def test_typing_a_new_person_adds_them_once_when_applied(workspace):
    made = choices()
    with client(workspace) as web:
        session = web.app.state.session
        session.choices, session.draft, session.draft_name = made, workspace.file("draft.txt"), "draft.txt"
        form = form_of(made)
        for typed in ("Ay", "Ayşe Yıl", "Ayşe Yılmaz"):          # each keystroke is checked ...
            answer = web.post("/validate", data=form | {"person-new-name": typed, "person-new-pseudonym": "Mai"})
            assert not answer.json()["ok"] and "person-new" in answer.json()["rows"], "the clash is on the typed row"
        assert len(session.choices.people) == len(PEOPLE), "... but nobody is added while typing"
        answer = web.post("/validate", data=form | {"person-new-name": "Ayşe Yılmaz", "person-new-pseudonym": "Eda"})
        assert answer.json()["ok"] and len(session.choices.people) == len(PEOPLE)
        session.choices.update(form | {"person-new-name": "Ayşe Yılmaz", "person-new-pseudonym": "Eda"})
        assert [p.name for p in session.choices.people][-1] == "Ayşe Yılmaz"


def test_two_sessions_on_one_machine_keep_their_own_cookies(tmp_path):
    """Cookies do not tell the ports of 127.0.0.1 apart: each session's cookie has a name of its own."""
    first, second = Workspace(tmp_path), Workspace(tmp_path)
    with client(first) as one, TestClient(create_app(second, "another-token"), base_url=BASE) as two:
        two.get("/?token=another-token", follow_redirects=False)
        cookies = {**dict(one.cookies), **dict(two.cookies)}
        assert len(cookies) == 2
        both = {"cookie": "; ".join(f"{name}={value}" for name, value in cookies.items())}   # as the browser sends
        assert one.get("/", headers=both).status_code == 200 and two.get("/", headers=both).status_code == 200


@pytest.mark.parametrize("stop", ["SIGINT", "SIGTERM"])
def test_the_command_removes_its_folder_when_stopped(tmp_path, stop):
    """`redact serve` as the author runs it: Ctrl-C (or a SIGTERM at logout) leaves no file of the session."""
    import os
    import signal
    import subprocess
    import sys

    env = {**os.environ, "TMPDIR": str(tmp_path)}      # the session's folder is made where we can look
    server = subprocess.Popen([sys.executable, "-m", "redact.cli", "serve", "--port", "0", "--no-browser"],
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        said = server.stderr.readline()
        assert re.search(r"open http://127\.0\.0\.1:\d+/\?token=", said), said
        folders = list(tmp_path.glob("redact-serve-*"))
        assert len(folders) == 1
        assert (folders[0] / "tmp").is_dir(), "the process's temporary files go into the session's folder"
        (folders[0] / "draft").mkdir()
        (folders[0] / "draft" / "draft.docx").write_bytes(b"a draft")
        server.send_signal(getattr(signal, stop))
        server.wait(30)
    finally:
        if server.poll() is None:
            server.kill()
    rest = server.stderr.read()
    assert "Traceback" not in rest and "the session's files were removed" in rest
    assert not list(tmp_path.glob("redact-serve-*")), "the session's folder is gone"


def test_proposals_beside_the_authors_rules_add_only_what_they_do_not_cover():
    """The rules file's entries come first; a proposal already listed, kept, inside a kept body or holding a listed
    place is not added again (it would change what the rules alone replace); the rest is added with placeholders
    the file does not use."""
    from redact.web.choices import _FormCounter, _lay_under

    proposed = choices()
    proposed.people = [PersonChoice("Nguyễn Thị Lan", "Person A", ["Lan", "Nguyen Thi Lan"]),
                       PersonChoice("Eleanor Walsh", "Person B"), PersonChoice("Dariusz Zieliński", "Person C",
                                                                               ["Darek"], surname_pseudonym="X")]
    proposed.people[0].forms = [("Nguyễn Thị Lan", 3, None), ("Nguyen Thi Lan", 1, None), ("Lanny", 2, "nickname")]
    proposed.places = [PlaceChoice("Kettleby Borough Council Housing Options", "Area A Borough Council Housing Options",
                                   note="reveals Kettleby"),
                       PlaceChoice("Harrowdale Partnership", "Area B Partnership", note="reveals Harrowdale"),
                       PlaceChoice("Ashgrove", "Area C")]
    rules = {"version": 1, "review": "Kettleby DHR", "people": [{"name": "Nguyễn Thị Lan", "pseudonym": "Mai",
                                                                  "aliases": ["Lan"]},
                                                                 {"name": "Tomasz Nowak", "pseudonym": "Person C"}],
             "places": [{"name": "Kettleby Borough Council", "pseudonym": "Town B Council"}],
             "keep": ["Dr Eleanor Walsh", "Harrowdale", "Harrowdale Partnership NHS Foundation Trust"],
             "dates": {"date_of_death": "2023-05-14"}, "policy": {"titles": "drop"}}
    _lay_under(proposed, rules, _FormCounter(["Nguyễn Thị Lan and Nguyen Thi Lan met Darek in Ashgrove."]))
    assert [(p.name, p.pseudonym, p.origin) for p in proposed.people] == [
        ("Nguyễn Thị Lan", "Mai", "both"), ("Tomasz Nowak", "Person C", "rules"),
        ("Dariusz Zieliński", "Person A", "draft")], "a placeholder the rules use is not proposed again"
    # a form the rules do not cover is shown for the author to add; a spelling they match already is not
    assert [f for f, _, _ in proposed.people[0].forms] == ["Nguyễn Thị Lan", "Lan", "Lanny"]
    assert [p.name for p in proposed.places] == ["Kettleby Borough Council", "Ashgrove"]
    assert proposed.review == "Kettleby DHR" and proposed.date_of_death == "2023-05-14"
    assert proposed.base == {"policy": {"titles": "drop"}} and validate(proposed).ok


def finished(result) -> "object":
    from redact.web.jobs import Job

    return Job("Applying your decisions", ["Preparing"], lambda job: result).start()


def test_step_three_lists_every_leak_apply_could_not_replace(workspace):
    from redact.web.app import ApplyResult

    leaks = [{"location": "word/header2.xml#p1", "where": "header of section 2, paragraph 1", "kind": "person",
              "value": "listed person 1", "context": "Review of the death of ****** ******",
              "advice": "edit the header in Word"}]
    with client(workspace) as web:
        session = web.app.state.session
        session.draft, session.draft_name = workspace.file("draft.docx"), "Draft v2.docx"
        session.applying = finished(ApplyResult(None, leaks, [], [], []))
        session.applying.wait(10)
        page = web.get("/check").text
        assert "Nothing was written" in page and "header of section 2, paragraph 1" in page
        assert "edit the header in Word" in page and 'href="/decide"' in page
        assert web.get("/download", follow_redirects=False).status_code == 303, "nothing to download"


def test_step_three_and_four_show_the_result_and_the_files(workspace):
    from types import SimpleNamespace

    from redact.web.app import ApplyResult, Output

    verdict = SimpleNamespace(ok=True, leaks=[], checked_texts=312)
    report = SimpleNamespace(changes=41, verdict=verdict, manual_review=[SimpleNamespace(
        location="word/media/image1.png", what="embedded image (png)")], publication=None)
    result = ApplyResult(report, [], ["the rules give no date of death"],
                         [("PERSON", "Ngozi Adeyemi", "Ada", 12)], ["PDF: LibreOffice is not installed"])
    with client(workspace) as web:
        session = web.app.state.session
        session.draft, session.draft_name = workspace.file("draft.docx"), "draft.docx"
        published = workspace.file("published.docx")
        published.write_bytes(b"published bytes")
        session.outputs = {"published": Output("published", "Published copy", "draft-published.docx", published,
                                               True, "application/octet-stream")}
        session.applying = finished(result)
        session.applying.wait(10)
        page = unescape(web.get("/check").text)
        for shown in ("clean", "41 changes", "312 pieces", "word/media/image1.png", "Ngozi Adeyemi", "Ada",
                      "no date of death", "LibreOffice is not installed"):
            assert shown in page, shown
        downloads = web.get("/download").text
        assert "draft-published.docx" in downloads and "for publication" in downloads
        answer = web.get("/files/published")
        assert answer.content == b"published bytes"
        assert answer.headers["content-disposition"].startswith("attachment") and "draft-published.docx" in \
            answer.headers["content-disposition"]


# ---------------------------------------------------------------------- applying again after a change

@pytest.mark.slow
def test_applying_again_after_changing_a_decision_replaces_every_file(workspace):
    """Step 3's "Back to step 2", a pseudonym changed and a person added, applied again: every file offered is
    the second run's (published copy, report, statement, rules file, audit log), none of the first is left in
    the folder, and decisions the page refuses start nothing and leave the last good files offered."""
    made = choices()
    draft = workspace.file("draft.txt")
    draft.write_text("Review into the death of Nguyễn Thị Lan\n\nLan lived in Kettleby with Wojciech Kowalczyk. "
                     "Her son Abdi and her sister Siobhán Ní Bhriain saw her often; her friend Ayşe Yılmaz rang "
                     "Zhang Wei.\n\nChukwuemeka Obi, a neighbour, called the police.\n", encoding="utf-8")

    def apply_and_wait(web, form):
        answer = web.post("/apply", data=form, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/check", answer.text[:300]
        done = web.app.state.session.applying.wait(300)
        assert done.state == "done" and done.result.report is not None, done.error
        return {key: web.get(f"/files/{key}").content.decode("utf-8") for key in web.app.state.session.outputs}

    with client(workspace) as web:
        session = web.app.state.session
        session.choices, session.draft, session.draft_name = made, draft, "draft.txt"
        first = apply_and_wait(web, form_of(made))
        assert re.search(r"\bMai\b", first["published"]) and "Person 1" in first["published"]   # Ayşe, unlisted
        assert {"published", "report", "statement", "rules", "audit"} <= set(first)

        # back to step 2: the decisions are there as applied; one pseudonym changed, one person added
        assert 'value="Mai"' in web.get("/decide").text
        changed = form_of(made) | {"person-0-pseudonym": "Hoa", "person-new-name": "Ayşe Yılmaz",
                                   "person-new-pseudonym": "Eda"}
        second = apply_and_wait(web, changed)
        published = second["published"]
        assert re.search(r"\bHoa\b", published) and re.search(r"\bEda\b", published), published
        assert not re.search(r"\bMai\b|Ayşe|Yılmaz|Nguyễn", published), published
        assert "Hoa" in second["report"] and not re.search(r"<ins>Mai</ins>", second["report"])
        assert "Hoa" in second["statement"] and not re.search(r"\bMai\b", second["statement"])
        rules = second["rules"]
        assert "pseudonym: Hoa" in rules and "Ayşe Yılmaz" in rules and "pseudonym: Mai" not in rules
        assert second["audit"] != first["audit"]
        # only the second run's files are in the folder
        offered = {output.path.name for output in session.outputs.values()}
        assert {path.name for path in (workspace.path / "outputs").iterdir()} == offered

        # refused decisions start nothing: the page says why, and the last good files stay offered
        refused = changed | {"person-1-pseudonym": "Hoa"}          # one pseudonym for two people
        answer = web.post("/apply", data=refused, follow_redirects=False)
        assert answer.status_code == 400 and "Hoa" in unescape(answer.text)
        assert re.search(r"\bHoa\b", web.get("/files/published").content.decode("utf-8"))
        assert web.get("/download").status_code == 200
