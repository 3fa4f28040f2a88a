"""One router per domain; `netzwerk.api.api` mounts them under /api/v1/."""
