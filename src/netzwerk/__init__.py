"""Netzwerk Integration: the communication and knowledge platform of regional integration networks."""
