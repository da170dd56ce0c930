"""``python -m redact``: the same command as ``redact``, for a venv whose scripts folder is not on the PATH."""
from .cli import main

main(prog_name="redact")
