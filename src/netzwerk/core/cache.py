"""The embedded cache (without `REDIS_URL`): diskcache in SQLite files, shared by every process on the
machine (docs/decisions/0003-embedded-cache.md)."""

from typing import Any

from diskcache import DjangoCache


class EmbeddedCache(DjangoCache):
    """diskcache's Django backend, left open between requests.

    Django closes every cache at the end of each request. For diskcache that closes the SQLite
    connections of all shards, and the next request opens them again, which costs more than the
    requests' own cache reads; its author advises leaving the cache open (every operation is atomic).
    Each thread keeps its own connections, and they close with the process."""

    def close(self, **kwargs: Any) -> None:
        pass
