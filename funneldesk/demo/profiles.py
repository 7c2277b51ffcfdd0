"""Who the demo business is: its staff and channels, each with the traits that shape its leads.

The traits are odds multipliers and pace factors, so the analytics have real differences
to find: a star seller, a weak one, a discount abuser, expensive paid channels that
convert poorly and owned channels that convert best (DOMAIN.md §6–7).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StaffProfile:
    """A demo salesperson: conversion skill (odds multiplier), pace, habits."""

    name: str
    team: int  # index of the manager in MANAGERS
    skill: float  # > 1 converts better at every stage, < 1 worse
    pace: float  # > 1 spends longer in each stage
    share: float  # relative share of incoming leads
    skips_optional: float  # probability of skipping an optional stage
    discounter: bool = False  # gives large discounts on won deals
    satisfaction: float = 4.0  # mean satisfaction of their won clients (1–5)


@dataclass(frozen=True, slots=True)
class ChannelProfile:
    """A demo channel: kind, monthly budget (whole USD), lead volume and quality."""

    name: str
    kind: str  # paid / owned / earned
    monthly_spend: int
    share: float
    quality: float  # odds multiplier on every stage
    pace: float
    lumpy: bool = False  # spend concentrated in a few months (trade shows)


OWNER_NAME = "Margaret Holloway"
MANAGERS = ("Daniel Okafor", "Helen Varga")

STAFF = (
    StaffProfile("Sofia Marquez", 0, skill=2.6, pace=0.7, share=1.2, skips_optional=0.6, satisfaction=4.5),
    StaffProfile("Liam Becker", 0, skill=1.0, pace=1.0, share=1.0, skips_optional=0.4),
    StaffProfile("Priya Raman", 0, skill=1.6, pace=0.85, share=1.1, skips_optional=0.5, satisfaction=4.3),
    StaffProfile("Tom Hale", 0, skill=0.4, pace=1.5, share=0.9, skips_optional=0.05, satisfaction=3.2),
    StaffProfile("Marco Rossi", 1, skill=1.4, pace=0.9, share=1.1, skips_optional=0.5, discounter=True),
    StaffProfile("Aisha Bello", 1, skill=1.15, pace=1.0, share=1.0, skips_optional=0.4, satisfaction=4.2),
    StaffProfile("Jonas Lindqvist", 1, skill=0.6, pace=1.6, share=0.8, skips_optional=0.2, satisfaction=3.5),
    StaffProfile("Emily Carter", 1, skill=1.8, pace=0.8, share=1.0, skips_optional=0.55, satisfaction=4.4),
)

MANAGER_SHARE = 0.25  # each manager also carries a few leads of their own
MANAGER_PROFILE = StaffProfile("manager", 0, skill=1.3, pace=1.0, share=0.0, skips_optional=0.4)

CHANNELS = (
    ChannelProfile("Google Ads", "paid", 4200, share=18, quality=0.85, pace=1.1),
    ChannelProfile("Facebook Ads", "paid", 3600, share=16, quality=0.45, pace=1.2),
    ChannelProfile("LinkedIn Ads", "paid", 5200, share=7, quality=0.6, pace=1.1),
    ChannelProfile("Trade shows", "paid", 3000, share=6, quality=1.1, pace=1.0, lumpy=True),
    ChannelProfile("Email newsletter", "owned", 350, share=12, quality=1.7, pace=0.8),
    ChannelProfile("Existing customers", "owned", 250, share=9, quality=2.4, pace=0.7),
    ChannelProfile("Organic search", "earned", 900, share=18, quality=1.0, pace=1.0),
    ChannelProfile("Referrals", "earned", 400, share=12, quality=1.5, pace=0.9),
)

TEMPERATURES = ("cold", "warm", "hot")
# Temperature mix (cold, warm, hot) by channel kind, and the odds/pace each temperature brings.
TEMPERATURE_MIX = {"paid": (0.65, 0.3, 0.05), "owned": (0.1, 0.4, 0.5), "earned": (0.3, 0.5, 0.2)}
TEMPERATURE_ODDS = {"cold": 0.75, "warm": 1.0, "hot": 1.4}
TEMPERATURE_PACE = {"cold": 1.25, "warm": 1.0, "hot": 0.8}

PERSONAS = (
    ("Owner-operator", "Runs a small firm; buys quickly when the price is clear."),
    ("Operations manager", "Mid-sized company; needs the team aligned before buying."),
    ("Procurement lead", "Large company; compares offers and pushes on price."),
    ("IT director", "Cares about integration and security; a gatekeeper on most deals."),
    ("Marketing head", "Measures everything; wants a pilot first."),
    ("Finance controller", "Approves budgets; asks for payment terms."),
)

# Lost reasons with weights early in the funnel and late in it.
LOST_REASONS = (
    ("No response", 6.0, 0.5),
    ("Not a fit", 4.0, 0.5),
    ("No budget", 3.0, 1.5),
    ("Price too high", 1.0, 4.0),
    ("Chose a competitor", 1.0, 4.0),
    ("Decision postponed", 1.0, 2.5),
    ("Offer did not match needs", 0.5, 2.0),
    ("Went with an in-house solution", 0.3, 1.5),
)

# Client categories with a deal-size multiplier.
CATEGORIES = (
    ("Retail", 0.7),
    ("Manufacturing", 1.6),
    ("Logistics", 1.3),
    ("Healthcare", 1.4),
    ("Professional services", 1.0),
    ("Hospitality", 0.6),
    ("Education", 0.8),
    ("Construction", 1.2),
)

PRODUCTS = (
    "Annual licence",
    "Onboarding package",
    "Support contract",
    "Pilot project",
    "Team training",
    "Fleet rollout",
    "Upgrade to Pro",
    "Integration work",
    "Consulting retainer",
    "Multi-site licence",
)
