"""The demo (`netzwerk load_demo`): two networks, one login per role, and each app's part of the data."""
