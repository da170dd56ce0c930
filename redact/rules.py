"""The rules file: one review's pseudonyms, protected dates, kept terms and policies.

The contract (``version: 1``; ``review``, ``people``, ``places``, ``dates``, ``keep``) is shared with
other tools and must never break; the keys this library adds (``allow``, ``policy``, ``detection``)
all have defaults, so a contract-only file is complete. ``rules/dhr-default.yaml`` holds the domain
defaults that every review's file is laid over.
"""
from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .errors import RulesError

ReplacementChoice = Literal["placeholder", "keep", "remove"]


class _Strict(BaseModel):
    # Unknown keys are almost always typos ("pseudonyms:", "alias:"); silently ignoring one could leak a name.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _non_empty(value: str, what: str) -> str:
    if not value or not value.strip():
        raise ValueError(f"{what} must not be empty")
    return value


class Person(_Strict):
    """A person the review names, with the pseudonym agreed for them."""

    name: str = Field(description="The person's real full name as used in the draft (e.g. 'Margaret Ann Doyle').")
    pseudonym: str = Field(description="The agreed pseudonym (e.g. 'Mary').")
    aliases: list[str] = Field(default_factory=list, description="Other names: nicknames, maiden names, spellings.")

    @field_validator("name", "pseudonym")
    @classmethod
    def _not_empty(cls, v: str, info) -> str:
        return _non_empty(v, info.field_name)

    @field_validator("aliases")
    @classmethod
    def _aliases_not_empty(cls, v: list[str]) -> list[str]:
        for alias in v:
            _non_empty(alias, "an alias")
        return v


class Place(_Strict):
    """A place, or an organisation whose name reveals a place, with its pseudonym."""

    name: str = Field(description="The real name (e.g. 'Hartsford' or 'Hartsford Borough Council').")
    pseudonym: str = Field(description="The replacement (e.g. 'Area A').")
    aliases: list[str] = Field(default_factory=list, description="Other spellings or short forms.")

    @field_validator("name", "pseudonym")
    @classmethod
    def _not_empty(cls, v: str, info) -> str:
        return _non_empty(v, info.field_name)


class Dates(_Strict):
    """Dates removed in every written form wherever they occur."""

    date_of_death: dt.date | None = None
    date_of_birth: dt.date | None = None


class Placeholders(_Strict):
    """Replacement texts. ``{n}`` is a number stable per entity within a review."""

    person: str = "Person {n}"
    place: str = "Place {n}"
    address: str = "[address]"
    postcode: str = "[postcode]"
    phone: str = "[phone]"
    email: str = "[email]"
    url: str = "[link]"
    social_handle: str = "[social media account]"
    reference: str = "[reference]"
    business: str = "[local business]"
    date: str = "[date removed]"
    date_of_birth: str = "[date of birth removed]"
    author: str = "Author"
    file_name: str = "image"
    removed: str = "[removed]"


class Policy(_Strict):
    """What to do with finds that no rule lists (profile ``dhr``; profile ``strict`` replaces everything)."""

    unlisted_people: ReplacementChoice = "placeholder"
    unlisted_places: ReplacementChoice = "placeholder"
    place_organisations: Literal["replace_place", "placeholder", "keep"] = "replace_place"
    addresses: ReplacementChoice = "placeholder"
    contacts: ReplacementChoice = "placeholder"
    identifiers: ReplacementChoice = "placeholder"
    dates: ReplacementChoice = "keep"
    organisations: ReplacementChoice = "keep"
    countries: ReplacementChoice = "keep"
    local_businesses: ReplacementChoice = "placeholder"
    ages: ReplacementChoice = "keep"
    protected_dates: Literal["remove", "month_year", "year"] = "remove"
    date_of_death_candidates: Literal["report", "remove"] = "report"
    min_score: float = Field(0.5, ge=0, le=1, description="Finds scoring below this are reported, not replaced.")
    placeholders: Placeholders = Field(default_factory=Placeholders)


class Detection(_Strict):
    """Detection settings."""

    model: str | None = Field(None, description="An installed spaCy model name or path; default: the best bundled.")
    common_word_names: list[str] = Field(
        default_factory=list,
        description="Names that are also ordinary words; matched only capitalised in a name context.")
    not_places: list[str] = Field(default_factory=list, description="Capitalised words never taken for places.")


class Rules(_Strict):
    """A review's rules, merged over the domain defaults."""

    version: Literal[1] = 1
    review: str | None = None
    people: list[Person] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    dates: Dates = Field(default_factory=Dates)
    keep: list[str] = Field(default_factory=list, description="Terms never changed (panel names, kept bodies).")
    allow: list[str] = Field(default_factory=list,
                             description="Domain terms that are never names or places (added to the defaults).")
    policy: Policy = Field(default_factory=Policy)
    detection: Detection = Field(default_factory=Detection)

    @model_validator(mode="after")
    def _consistent(self) -> "Rules":
        _check_consistent(self)
        return self

    def listed(self) -> list[Person | Place]:
        return [*self.people, *self.places]


def _check_consistent(rules: Rules) -> None:
    """One real name, one pseudonym; a pseudonym is never somebody's real name."""
    seen: dict[str, str] = {}
    for entity in rules.listed():
        for real in (entity.name, *entity.aliases):
            key = " ".join(real.split()).casefold()
            if key in seen and seen[key] != entity.pseudonym:
                raise ValueError(f"'{real}' is given two pseudonyms: '{seen[key]}' and '{entity.pseudonym}'")
            seen[key] = entity.pseudonym
    for entity in rules.listed():
        key = " ".join(entity.pseudonym.split()).casefold()
        if key in seen and seen[key] != entity.pseudonym:
            raise ValueError(f"pseudonym '{entity.pseudonym}' is the real name of another listed entity")


# --------------------------------------------------------------------------- loading

DEFAULTS_RESOURCE = "dhr-default.yaml"


def _defaults_text() -> str:
    return resources.files("redact._rules").joinpath(DEFAULTS_RESOURCE).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _defaults() -> dict:
    return yaml.safe_load(_defaults_text()) or {}


def _merge(defaults: dict, review: dict) -> dict:
    """Lists of domain terms add up; scalars and mappings from the review win."""
    merged = dict(defaults)
    for key, value in review.items():
        if key in ("allow", "keep") and isinstance(value, list):
            merged[key] = [*defaults.get(key, []), *value]
        elif key in ("policy", "detection") and isinstance(value, dict):
            merged[key] = _merge_dict(defaults.get(key, {}), value)
        else:
            merged[key] = value
    return merged


def _merge_dict(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge_dict(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = [*out[key], *value]
        else:
            out[key] = value
    return out


def _format_error(source: str, error: ValidationError) -> str:
    # an unknown key explains the "field required" errors that come with it ("pseudonyms:" for "pseudonym:")
    first = sorted(error.errors(), key=lambda e: e["type"] != "extra_forbidden")[0]
    key = ".".join(str(p) for p in first["loc"]) or "(top level)"
    message = first["msg"].removeprefix("Value error, ")
    if first["type"] == "extra_forbidden":
        message = "unknown key (see docs/rules.md for the keys a rules file may have)"
    more = f" (and {error.error_count() - 1} more problem(s))" if error.error_count() > 1 else ""
    return f"{source}: key '{key}': {message}{more}"


def parse_rules(data: dict | None, source: str = "<rules>", *, with_defaults: bool = True) -> Rules:
    """Validate a rules mapping (as read from YAML) and lay it over the domain defaults."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RulesError(f"{source}: a rules file must be a YAML mapping (key: value), not {type(data).__name__}")
    if with_defaults:
        try:
            Rules.model_validate(data)  # report errors against the user's own keys, not the merged ones
        except ValidationError as error:
            raise RulesError(_format_error(source, error)) from None
        data = _merge(_defaults(), data)
    try:
        return Rules.model_validate(data)
    except ValidationError as error:
        raise RulesError(_format_error(source, error)) from None


def load_rules(path: str | Path | None = None) -> Rules:
    """Read and validate a rules file; ``None`` gives the domain defaults alone."""
    if path is None:
        return parse_rules({}, "defaults")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RulesError(f"{path}: rules file not found") from None
    except (UnicodeDecodeError, IsADirectoryError, PermissionError) as error:
        raise RulesError(f"{path}: cannot read rules file ({error.__class__.__name__})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise RulesError(f"{path}: not valid YAML{where}: {getattr(error, 'problem', error)}") from None
    return parse_rules(data, str(path))


def json_schema() -> dict:
    """The JSON Schema of a rules file, for editors and for ``rules/schema.json``."""
    schema = Rules.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "dhr-redact rules file"
    return schema


def write_json_schema(path: Path) -> None:
    path.write_text(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
