"""FunnelDesk's Qt GUI. Talks to the core's services only; holds no business rule."""
