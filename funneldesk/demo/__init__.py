"""Realistic demo data: a small business with staff, channels and two years of leads."""

from funneldesk.demo.generate import DemoResult, fill_demo

__all__ = ["DemoResult", "fill_demo"]
