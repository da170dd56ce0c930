"""PDF output: the redacted .docx converted by LibreOffice, then verified like any output."""
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


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(docx: Path, pdf: Path, *, force: bool = False) -> None:
    """Convert with LibreOffice headless into a private folder, then move into place atomically."""
    binary = soffice()
    if binary is None:
        raise InputError("converting to PDF needs LibreOffice: install it (Debian/Ubuntu: "
                         "apt-get install libreoffice-writer-nogui) or convert the .docx yourself")
    if pdf.exists() and not force:
        raise OutputError(f"{pdf}: already exists (use --force to replace it)")
    with tempfile.TemporaryDirectory(prefix="redact-pdf-") as work:
        profile = Path(work) / "profile"
        command = [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", work, str(docx)]
        try:
            subprocess.run(command, check=True, capture_output=True, timeout=CONVERT_TIMEOUT,
                           env={**os.environ, "HOME": work})
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            raise InputError(f"LibreOffice could not convert {docx.name} to PDF ({error.__class__.__name__})") from None
        produced = Path(work) / (docx.stem + ".pdf")
        if not produced.exists():
            raise InputError(f"LibreOffice produced no PDF for {docx.name}")
        tmp = pdf.parent / f".{pdf.name}.tmp"
        shutil.move(str(produced), tmp)
        os.replace(tmp, pdf)


def convert_and_verify(docx: Path, pdf: Path, rules: Rules, *, force: bool = False) -> Verdict:
    convert_to_pdf(docx, pdf, force=force)
    verdict = verify_file(pdf, rules)
    if not verdict.ok:
        pdf.unlink(missing_ok=True)
    return verdict
