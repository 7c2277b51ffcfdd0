"""Words for plausible demo companies and contact people (``columns.Model`` combines them)."""

from __future__ import annotations

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


def company_domain(company: str) -> str:
    """Return the web domain of a company: 'Harbor Freight LLC' -> 'harborfreight.com'."""
    words = [w for w in company.lower().replace(".", "").split() if w not in ("inc", "llc", "ltd", "co")]
    return "".join(words[:2]) + ".com"


def login_for(name: str) -> str:
    """Return a login made from a person's name: 'Sofia Marquez' -> 'sofia.marquez'."""
    return ".".join(name.lower().split())
