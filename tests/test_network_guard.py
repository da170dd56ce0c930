"""The socket guard is active, so every other test proves it makes no network access."""
import socket

import pytest

from conftest import NetworkAttempted


def test_outbound_connections_are_refused():
    with pytest.raises(NetworkAttempted):
        socket.create_connection(("pypi.org", 443), timeout=1)
    with pytest.raises(NetworkAttempted):
        socket.getaddrinfo("example.org", 80)


def test_redaction_runs_without_network():
    from redact import Redactor
    from redact.rules import parse_rules

    redactor = Redactor(parse_rules({"people": [{"name": "Ann Smith", "pseudonym": "Beth"}]}))
    # an e-mail address and a URL are what made Presidio's tldextract go online
    out = redactor.redact_text("Ann Smith wrote to ann.smith@example.org via https://example.org/ann.")
    assert "Ann" not in out and "Beth" in out
