"""Presidio recogniser plug-ins, one module per family of identifier.

``builtin_recognizers`` gives one instance of each built-in recogniser for the engine to register; the
recogniser for the people and places listed in the rules lives in ``listed.py`` and is built from the rules.
"""
from __future__ import annotations

import datetime
from collections.abc import Sequence

from .. import presidio_import  # noqa: F401, I001  (before Presidio: see there)
from presidio_analyzer import EntityRecognizer

from .addresses import FlatInABuildingRecognizer, UkAddressRecognizer, PostcodeRecognizer, UnsuffixedAddressRecognizer
from .addresses_abroad import AbroadAddressRecognizer
from .businesses import LocalBusinessRecognizer, VenueRecognizer
from .contacts import (BareDomainRecognizer, EmailAddressRecognizer, SocialHandleRecognizer, UkPhoneRecognizer,
                       WebAddressRecognizer, WebmailAddressRecognizer, WrittenOutEmailRecognizer)
from .known_names import KnownNameRecognizer
from .map_locations import GridReferenceRecognizer, What3WordsRecognizer
from .organisations import PlaceOrganisationRecognizer
from .people import (InitialsRecognizer, IntroducedNameRecognizer, LetterNameRecognizer, RelativeNameRecognizer,
                     FamilyPluralRecognizer, RecordOrderNameRecognizer, SignOffNameRecognizer, TitledPersonRecognizer)
from .places import (AdministrativeAreaRecognizer, LocalityRecognizer, PlaceContextRecognizer, UkPlaceRecognizer,
                     WorldPlaceRecognizer)
from .sites import SiteAddressRecognizer
from .spoken_numbers import SpokenPhoneNumberRecognizer
from .scripts import OtherScriptNameRecognizer
from .uk_dates import DeathDateCandidateRecognizer, ProtectedDateRecognizer, UkDateRecognizer
from .uk_ids import (CaseReferenceRecognizer, CollarNumberRecognizer, IpAddressRecognizer, NhsNumberRecognizer,
                     NinoRecognizer, PaymentCardRecognizer, PoliceIdRecognizer, PropertyRegisterRecognizer, VehicleRegistrationRecognizer)

__all__ = [
    "builtin_recognizers", "UkDateRecognizer", "ProtectedDateRecognizer", "DeathDateCandidateRecognizer",
    "UkPhoneRecognizer", "EmailAddressRecognizer", "WrittenOutEmailRecognizer", "WebmailAddressRecognizer", "SocialHandleRecognizer", "WebAddressRecognizer", "NhsNumberRecognizer",
    "NinoRecognizer", "VehicleRegistrationRecognizer", "CaseReferenceRecognizer", "CollarNumberRecognizer",
    "IpAddressRecognizer", "PaymentCardRecognizer",
    "PostcodeRecognizer", "UkAddressRecognizer", "UkPlaceRecognizer", "AdministrativeAreaRecognizer",
    "PlaceContextRecognizer", "PlaceOrganisationRecognizer",
    "TitledPersonRecognizer", "RecordOrderNameRecognizer", "FamilyPluralRecognizer", "SignOffNameRecognizer", "KnownNameRecognizer", "InitialsRecognizer", "LetterNameRecognizer", "LocalBusinessRecognizer",
    "UnsuffixedAddressRecognizer", "AbroadAddressRecognizer", "VenueRecognizer", "BareDomainRecognizer", "PoliceIdRecognizer",
    "WorldPlaceRecognizer", "LocalityRecognizer", "OtherScriptNameRecognizer", "IntroducedNameRecognizer",
    "RelativeNameRecognizer", "PropertyRegisterRecognizer", "SiteAddressRecognizer", "What3WordsRecognizer",
    "FlatInABuildingRecognizer",     "GridReferenceRecognizer", "SpokenPhoneNumberRecognizer",
]


def builtin_recognizers(*, date_of_death: datetime.date | str | None = None,
                        date_of_birth: datetime.date | str | None = None,
                        other_dates: Sequence[tuple[str, datetime.date]] = ()) -> list[EntityRecognizer]:
    """One instance of every built-in recogniser; the protected dates come from the rules (either may be None;
    ``other_dates``: the other people's, as (entity type, date))."""
    return [
        UkDateRecognizer(),
        ProtectedDateRecognizer(date_of_death=date_of_death, date_of_birth=date_of_birth, others=other_dates),
        DeathDateCandidateRecognizer(),
        UkPhoneRecognizer(),
        SpokenPhoneNumberRecognizer(),
        EmailAddressRecognizer(),
        WrittenOutEmailRecognizer(),
        WebmailAddressRecognizer(),
        SocialHandleRecognizer(),
        WebAddressRecognizer(),
        NhsNumberRecognizer(),
        NinoRecognizer(),
        VehicleRegistrationRecognizer(),
        CaseReferenceRecognizer(),
        CollarNumberRecognizer(),
        IpAddressRecognizer(),
        PaymentCardRecognizer(),
        PostcodeRecognizer(),
        UkAddressRecognizer(),
        UkPlaceRecognizer(),
        AdministrativeAreaRecognizer(),
        PlaceContextRecognizer(),
        PlaceOrganisationRecognizer(),
        TitledPersonRecognizer(),
        RecordOrderNameRecognizer(),
        FamilyPluralRecognizer(),
        SignOffNameRecognizer(),
        KnownNameRecognizer(),
        InitialsRecognizer(),
        LetterNameRecognizer(),
        LocalBusinessRecognizer(),
        UnsuffixedAddressRecognizer(),
        SiteAddressRecognizer(),
        AbroadAddressRecognizer(),
        FlatInABuildingRecognizer(),
        What3WordsRecognizer(),
        GridReferenceRecognizer(),
        VenueRecognizer(),
        BareDomainRecognizer(),
        PoliceIdRecognizer(),
        PropertyRegisterRecognizer(),
        WorldPlaceRecognizer(),
        LocalityRecognizer(),
        OtherScriptNameRecognizer(),
        IntroducedNameRecognizer(),
        RelativeNameRecognizer(),
    ]
