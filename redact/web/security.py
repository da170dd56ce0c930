"""What keeps a ``redact serve`` page to the one person who started it.

- The server listens on the loopback interface only; the Host header must name it (Starlette's
  ``TrustedHostMiddleware``): a web page elsewhere that points its own host name at 127.0.0.1 (DNS
  rebinding) is refused.
- An unguessable token, printed and opened with the page, must come with every request: the first visit
  brings it in the address (``?token=``) and gets it back as a cookie the browser only sends to this page
  (HttpOnly, SameSite=Strict); a script may send it as the ``X-Redact-Token`` header instead.
- A request that changes anything must also come from this page (its Origin and Sec-Fetch-Site, when the
  browser gives them; the referrer policy is "same-origin", as "no-referrer" makes a browser send
  "Origin: null" on the page's own forms).
- A request body larger than the upload limit is refused before it is read.
- Every answer tells the browser to load nothing from anywhere else (Content-Security-Policy) and to keep
  nothing in its cache.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

from starlette.datastructures import URL, Headers, QueryParams
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_HOSTS = ["127.0.0.1", "localhost", "::1"]
TOKEN_COOKIE = "redact_session"
TOKEN_HEADER = "x-redact-token"
TOKEN_PARAMETER = "token"
MAX_UPLOAD = 50 * 1024 * 1024   # a long draft with photographs is a few MB; the docx reader has its own limits

# The pages: our own scripts and styles only, no network but this server, no framing by others.
PAGE_POLICY = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
               "connect-src 'self'; form-action 'self'; frame-src 'self'; frame-ancestors 'self'; base-uri 'none'")
# The review report is one self-contained file with inline CSS and script: allowed inline, still no network.
REPORT_POLICY = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; "
                 "connect-src 'none'; form-action 'none'; frame-ancestors 'self'; base-uri 'none'")
_UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(given: str | None, token: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8", "replace"), token.encode("utf-8"))


class SessionGuard:
    """Token, origin and body-size checks, and the security headers, for every request of the session."""

    def __init__(self, app: ASGIApp, *, token: str, max_upload: int = MAX_UPLOAD, on_request=None):
        self.app = app
        self.token = token
        # cookies are shared by every port of 127.0.0.1: a name of this session's own keeps two servers apart
        self.cookie = f"{TOKEN_COOKIE}_{hashlib.sha256(token.encode()).hexdigest()[:12]}"
        self.max_upload = max_upload
        self.on_request = on_request     # the workspace's idle clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        url = URL(scope=scope)
        given = QueryParams(scope.get("query_string", b"")).get(TOKEN_PARAMETER)
        if given is not None:
            if not same_token(given, self.token):
                await _refusal(403, "This address holds a wrong or old session token: use the address "
                                    "`redact serve` printed.")(scope, receive, send)
                return
            # the token leaves the address bar (and the history) and lives on as a cookie for this page only
            response = RedirectResponse(str(url.remove_query_params(TOKEN_PARAMETER)), status_code=303)
            response.set_cookie(self.cookie, self.token, httponly=True, samesite="strict", path="/")
            await _with_headers(response)(scope, receive, send)
            return
        cookie = _cookie(headers, self.cookie)
        if not (same_token(cookie, self.token) or same_token(headers.get(TOKEN_HEADER), self.token)):
            await _refusal(403, "This page needs the session token: open the address `redact serve` printed "
                                "(it ends in ?token=...).")(scope, receive, send)
            return
        if scope["method"] in _UNSAFE_METHODS and not _same_origin(headers):
            await _refusal(403, "Refused: the request did not come from this page.")(scope, receive, send)
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_upload):
            await _refusal(413, too_large(self.max_upload), back=True)(scope, receive, send)
            return
        if self.on_request is not None:
            self.on_request()
        started = False
        secured = _secured(send)

        async def tracking(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await secured(message)

        try:
            await self.app(scope, self._limited(receive), tracking)
        except BodyTooLarge as error:
            if started:
                raise
            await _refusal(413, str(error), back=True)(scope, receive, send)

    def _limited(self, receive: Receive) -> Receive:
        """A body sent without a length (chunked) is counted as it comes."""
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_upload:
                    raise BodyTooLarge(too_large(self.max_upload))
            return message

        return limited


class BodyTooLarge(Exception):
    """A request body went past the upload limit while it was read."""


def too_large(limit: int) -> str:
    return f"The file is too large: the limit is {limit // (1024 * 1024)} MB."


def _same_origin(headers: Headers) -> bool:
    site = headers.get("sec-fetch-site")
    if site is not None and site not in ("same-origin", "none"):
        return False
    origin = headers.get("origin")
    if origin is None:
        return True   # not every client sends Origin; the SameSite cookie already keeps other sites out
    host = headers.get("host", "")
    return urlsplit(origin).netloc.lower() == host.lower()


def _cookie(headers: Headers, name: str) -> str | None:
    from http.cookies import CookieError, SimpleCookie

    jar = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except CookieError:
        return None
    return jar[name].value if name in jar else None


def _refusal(status: int, message: str, *, back: bool = False) -> Response:
    from html import escape

    link = "<p><a href='/'>Back to step 1: choose another file</a></p>" if back else ""
    body = (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Refused</title></head>"
            f"<body><main><h1>Refused</h1><p role='alert'>{escape(message)}</p>{link}</main></body></html>")
    return _with_headers(HTMLResponse(body, status_code=status))


def _with_headers(response: Response) -> Response:
    for name, value in _HEADERS:
        response.headers.setdefault(name, value)
    return response


_HEADERS = (("content-security-policy", PAGE_POLICY), ("x-content-type-options", "nosniff"),
            ("referrer-policy", "same-origin"), ("cache-control", "no-store"), ("x-frame-options", "SAMEORIGIN"),
            ("cross-origin-opener-policy", "same-origin"), ("cross-origin-resource-policy", "same-origin"))


def _secured(send: Send) -> Send:
    async def secured(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(name.encode(), value.encode()) for name, value in _HEADERS if name.encode() not in present]
            message = {**message, "headers": [*message.get("headers", []), *extra]}
        await send(message)

    return secured
