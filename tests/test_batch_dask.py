"""redact batch --scheduler: the same drafts on a Dask LocalCluster (2 worker processes) give byte for byte the
outputs, audit records and mapping of the local batch."""
from __future__ import annotations

import logging
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from batch_review import KEY, audit_records, write_review
from redact.cli import main

pytest.importorskip("distributed", reason="the [dask] extra (dask[distributed]) is not installed")

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


@pytest.fixture
def loopback_only(monkeypatch):
    """The session's network guard, opened for this machine alone: the cluster talks over 127.0.0.1."""
    import _socket

    import conftest

    def connect(self, address):
        if self.family == getattr(socket, "AF_UNIX", None) or (isinstance(address, tuple) and address[0] in LOOPBACK):
            return conftest._real_connect(self, address)
        conftest._refuse(address)

    def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
        if host not in LOOPBACK:
            conftest._refuse(host, port)
        return [(socket.AddressFamily(af), socket.SocketKind(kind), proto, name, address)
                for af, kind, proto, name, address in _socket.getaddrinfo(host, port, family, type, proto, flags)]

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def cluster(loopback_only):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                      silence_logs=logging.ERROR) as local:
        yield local


def invoke(*args):
    return CliRunner().invoke(main, [str(a) for a in args], env={"REDACT_AUDIT_KEY": KEY})


@pytest.mark.slow
def test_a_dask_cluster_gives_the_outputs_of_the_local_batch(tmp_path, monkeypatch, cluster):
    monkeypatch.chdir(tmp_path)
    paths = write_review(tmp_path / "drafts", seed=3202, drafts=4)
    (tmp_path / "drafts" / "02-broken.docx").write_bytes(b"not a Word file")   # fails on its worker
    local = invoke("batch", "drafts", "local", "--rules", paths["rules"], "--mapping", "local.json")
    assert local.exit_code == 1, local.output
    remote = invoke("batch", "drafts", "remote", "--rules", paths["rules"], "--mapping", "remote.json",
                    "--scheduler", cluster.scheduler_address)
    assert remote.exit_code == 1, remote.output
    assert "4 of 5 file(s) redacted into remote" in remote.output
    failed = [line for line in remote.output.splitlines() if line.startswith("redact:")]
    assert len(failed) == 1 and failed[0].startswith("redact: 02-broken.docx: ") and "Traceback" not in remote.output
    assert "redact-batch-" not in failed[0]       # named as the author knows it, not by the worker's copy
    drafts = sorted(p.name for p in (tmp_path / "drafts").iterdir() if "broken" not in p.name)
    assert drafts and sorted(p.name for p in (tmp_path / "remote").iterdir()) == drafts
    for name in drafts:
        assert (tmp_path / "remote" / name).read_bytes() == (tmp_path / "local" / name).read_bytes(), name
        here = audit_records(tmp_path / "local-audit" / f"{name}.audit.jsonl")
        there = audit_records(tmp_path / "remote-audit" / f"{name}.audit.jsonl")
        assert there[0]["input"] == str(Path("drafts") / name) and there[0]["output"] == str(Path("remote") / name)
        assert [{k: v for k, v in r.items() if k != "output"} for r in there] == \
            [{k: v for k, v in r.items() if k != "output"} for r in here]
    assert (tmp_path / "remote.json").read_text() == (tmp_path / "local.json").read_text()
    # the cluster keeps nothing of the review once the batch is done
    assert not cluster.scheduler.extensions["variables"].variables
