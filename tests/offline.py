"""The offline guarantee: while the suite runs, a socket may only reach this machine.

Installed by ``tests/conftest.py`` for the whole session (an equivalent of pytest-socket's
``--allow-hosts=127.0.0.1``): connecting to any other address raises, so a network call
hidden anywhere in smartcheck or its dependencies fails the test that makes it. Loopback stays
open for the tests that start real local services (a Dask cluster, a browser).
"""

from __future__ import annotations

import ipaddress
import socket
from typing import Any

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


class NetworkBlockedError(OSError):
    """A test tried to reach a host other than this machine."""


def _is_local(address: Any) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) and address else address
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: resolving it would already be a network call
        return False


def _guarded_connect(self: socket.socket, address: Any) -> None:
    if not _is_local(address):
        raise NetworkBlockedError(f"network access during tests: connect to {address!r}")
    _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> int:
    if not _is_local(address):
        raise NetworkBlockedError(f"network access during tests: connect to {address!r}")
    return _real_connect_ex(self, address)


def block_network() -> None:
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


def allow_network() -> None:
    socket.socket.connect = _real_connect  # type: ignore[method-assign]
    socket.socket.connect_ex = _real_connect_ex  # type: ignore[method-assign]
