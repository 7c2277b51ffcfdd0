"""FunnelDesk core: domain, storage, gating, services, analytics and command line (no Qt)."""

__version__ = "0.1.0"
