"""The Dashboard screen: funnel, managers, channels, trend, time in stage, lost reasons, forecast, what-if."""
