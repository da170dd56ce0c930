"""Entity types used across detection, decision and audit (Presidio names where Presidio has one)."""
from __future__ import annotations

PERSON = "PERSON"
LOCATION = "LOCATION"            # a place: town, village, county, borough, foreign place
ORGANIZATION = "ORGANIZATION"
PLACE_ORGANIZATION = "PLACE_ORGANIZATION"  # an organisation whose name reveals a place ("Hartsford Borough Council")
LOCAL_BUSINESS = "LOCAL_BUSINESS"  # an employer or a venue only people who knew the family would recognise
ADDRESS = "ADDRESS"              # a street address ("Flat 6, Orchard House, 52 Tanner Street")
UK_POSTCODE = "UK_POSTCODE"
PHONE_NUMBER = "PHONE_NUMBER"
EMAIL_ADDRESS = "EMAIL_ADDRESS"
URL = "URL"
SOCIAL_HANDLE = "SOCIAL_HANDLE"
UK_NHS = "UK_NHS"
UK_NINO = "UK_NINO"
UK_VEHICLE_REGISTRATION = "UK_VEHICLE_REGISTRATION"
POLICE_REFERENCE = "POLICE_REFERENCE"    # crime / incident / occurrence numbers
COURT_CASE_NUMBER = "COURT_CASE_NUMBER"
COLLAR_NUMBER = "COLLAR_NUMBER"          # "PC 4471"
REFERENCE = "REFERENCE"                  # any other case or record reference
DATE_TIME = "DATE_TIME"
DATE_OF_DEATH = "DATE_OF_DEATH"
DATE_OF_BIRTH = "DATE_OF_BIRTH"
AGE = "AGE"
FILE_NAME = "FILE_NAME"

CONTACT_TYPES = frozenset({PHONE_NUMBER, EMAIL_ADDRESS, SOCIAL_HANDLE, URL})
ID_TYPES = frozenset({UK_NHS, UK_NINO, UK_VEHICLE_REGISTRATION, POLICE_REFERENCE, COURT_CASE_NUMBER,
                      COLLAR_NUMBER, REFERENCE, FILE_NAME})
ADDRESS_TYPES = frozenset({ADDRESS, UK_POSTCODE})
PROTECTED_DATE_TYPES = frozenset({DATE_OF_DEATH, DATE_OF_BIRTH})
