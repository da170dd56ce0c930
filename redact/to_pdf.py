"""PDF output: the redacted .docx converted by LibreOffice headless, verified, and only then put in place.

The conversion runs in a private temporary folder with a private LibreOffice profile (so it neither
disturbs nor waits for a LibreOffice the user has open), without network access being needed. The PDF
is verified in that folder; a PDF that fails verification is never written to its destination.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .errors import InputError, OutputError
from .rules import Rules
from .verify import Verdict, verify_file

CONVERT_TIMEOUT = 300
INSTALL_HINT = ("converting to PDF needs LibreOffice (the 'soffice' command), which is not installed: install "
                "the libreoffice-writer-nogui package (Debian/Ubuntu: apt-get install --no-install-recommends "
                "libreoffice-writer-nogui), or convert the .docx yourself and check the PDF with 'redact verify'")


def soffice() -> str | None:
    """The LibreOffice command, if one is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def check_pdf_target(pdf: Path, *, force: bool = False) -> str:
    """Fail early (before any redaction work) when the PDF cannot be made or must not be written."""
    binary = soffice()
    if binary is None:
        raise InputError(INSTALL_HINT)
    pdf = Path(pdf)
    if pdf.suffix.lower() != ".pdf":
        raise OutputError(f"{pdf}: the PDF output must end in .pdf")
    from .atomic import check_target

    check_target(pdf, force=force, what="PDF")
    return binary


def _convert(binary: str, docx: Path, work: Path) -> Path:
    profile = work / "profile"
    outdir = work / "out"
    outdir.mkdir()
    command = [binary, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore", "--nolockcheck",
               "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(docx)]
    try:
        subprocess.run(command, check=True, capture_output=True, timeout=CONVERT_TIMEOUT,
                       env={**os.environ, "HOME": str(work)}, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise InputError(f"LibreOffice did not convert {docx.name} to PDF within {CONVERT_TIMEOUT} s") from None
    except subprocess.CalledProcessError as error:
        raise InputError(f"LibreOffice could not convert {docx.name} to PDF (exit {error.returncode})") from None
    except OSError as error:
        raise InputError(f"LibreOffice could not be started ({error.__class__.__name__}: {error})") from None
    produced = outdir / (docx.stem + ".pdf")
    if not produced.exists():
        raise InputError(f"LibreOffice produced no PDF for {docx.name}")
    return produced


def convert_to_pdf(docx: Path, pdf: Path, *, force: bool = False) -> None:
    """Convert ``docx`` to ``pdf`` (no verification; see ``convert_and_verify``)."""
    binary = check_pdf_target(pdf, force=force)
    with tempfile.TemporaryDirectory(prefix="redact-pdf-") as work:
        _place(_convert(binary, Path(docx), Path(work)), Path(pdf))


def convert_and_verify(docx: Path, pdf: Path, rules: Rules, *, force: bool = False) -> Verdict:
    """Convert, verify the PDF, and write it to ``pdf`` only when it is clean. Returns the verdict either way."""
    binary = check_pdf_target(pdf, force=force)
    pdf = Path(pdf)
    with tempfile.TemporaryDirectory(prefix="redact-pdf-") as work:
        produced = _convert(binary, Path(docx), Path(work))
        verdict = verify_file(produced, rules)
        verdict.path = str(pdf)
        if verdict.ok:
            _place(produced, pdf)
    return verdict


def _place(produced: Path, pdf: Path) -> None:
    """Move into place atomically: a reader never sees half a PDF."""
    from .atomic import Staging

    with Staging() as staging:
        shutil.copyfile(produced, staging.add(pdf))
        staging.commit()
