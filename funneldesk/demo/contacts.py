"""Plausible companies, contact people, e-mail addresses and phone numbers for demo leads."""

from __future__ import annotations

import random
from dataclasses import dataclass

# fmt: off
FIRST_NAMES = (
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David",
    "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah",
    "Carlos", "Karen", "Ana", "Nancy", "Mateo", "Lisa", "Yuki", "Betty", "Olga", "Sandra",
    "Kevin", "Ashley", "Ahmed", "Kimberly", "Wei", "Emily", "Lars", "Donna", "Ines", "Michelle",
    "Pedro", "Carol", "Fatima", "Amanda", "Noah", "Melissa", "Chloe", "Deborah", "Ravi", "Laura",
)
LAST_NAMES = (
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez",
    "Martinez", "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson",
    "Martin", "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Lewis", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Flores", "Green", "Adams",
    "Nelson", "Baker", "Hall", "Campbell", "Mitchell", "Carter", "Roberts", "Kowalski", "Novak",
    "Fischer", "Silva", "Tanaka", "Haddad", "Johansson",
)
COMPANY_WORDS = (
    "Northwind", "Bluebird", "Riverside", "Summit", "Oakridge", "Silverline", "Harbor", "Pinecrest",
    "Redstone", "Brightpath", "Granite", "Evergreen", "Lakeshore", "Ironwood", "Sunrise", "Clearwater",
    "Meridian", "Highland", "Copperfield", "Westbrook", "Maple", "Falcon", "Keystone", "Horizon",
    "Atlas", "Beacon", "Cedar", "Crescent", "Orchard", "Pioneer", "Quarry", "Sterling",
)
CATEGORY_SUFFIXES = {
    "Retail": ("Stores", "Market", "Outfitters", "Goods"),
    "Manufacturing": ("Manufacturing", "Industries", "Fabrication", "Works"),
    "Logistics": ("Logistics", "Freight", "Transport", "Shipping"),
    "Healthcare": ("Clinic", "Health", "Medical Group", "Care"),
    "Professional services": ("Consulting", "Partners", "Advisors", "Legal"),
    "Hospitality": ("Hotels", "Restaurants", "Catering", "Inn"),
    "Education": ("Academy", "Learning", "School", "Institute"),
    "Construction": ("Builders", "Construction", "Contractors", "Engineering"),
}
LEGAL_FORMS = ("Inc.", "LLC", "Ltd", "Co.", "", "", "")
# fmt: on


@dataclass(frozen=True, slots=True)
class Contact:
    """The buyer side of a lead: company, person, e-mail and phone."""

    company: str
    name: str
    email: str
    phone: str | None


def company_name(rng: random.Random, category: str) -> str:
    """Return a company name that fits its category, e.g. 'Harbor Freight LLC'."""
    word = rng.choice(COMPANY_WORDS)
    suffix = rng.choice(CATEGORY_SUFFIXES.get(category, ("Group",)))
    form = rng.choice(LEGAL_FORMS)
    return f"{word} {suffix} {form}".strip()


def company_domain(company: str) -> str:
    """Return the web domain of a company: 'Harbor Freight LLC' -> 'harborfreight.com'."""
    words = [w for w in company.lower().replace(".", "").split() if w not in ("inc", "llc", "ltd", "co")]
    return "".join(words[:2]) + ".com"


def phone_number(rng: random.Random) -> str:
    """Return a phone number in the reserved 555 range."""
    return f"+1 {rng.randint(201, 989)}-555-{rng.randint(100, 199):03d}{rng.randint(0, 9)}"


def make_contact(rng: random.Random, category: str, with_phone: bool) -> Contact:
    """Return a contact at a new company of this category."""
    company = company_name(rng, category)
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    email = f"{first.lower()}.{last.lower()}@{company_domain(company)}"
    return Contact(company, f"{first} {last}", email, phone_number(rng) if with_phone else None)


def login_for(name: str) -> str:
    """Return a login made from a person's name: 'Sofia Marquez' -> 'sofia.marquez'."""
    return ".".join(name.lower().split())
