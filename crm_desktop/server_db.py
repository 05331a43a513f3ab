"""Opening a shared database on a server (PostgreSQL): connect, check, migrate.

What can go wrong is told in one sentence a shop owner can act on: the server cannot
be reached, the login is refused, the database does not exist, or it is newer than
this app (``migrate`` says that one). The password never appears in a message.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from crm_desktop import migrate
from crm_desktop.services.errors import DomainError

CONNECT_TIMEOUT_S = 10

# Fragments of libpq / server messages (English; sqlstate where the server sends one).
_LOGIN_STATES = {"28P01", "28000"}
_LOGIN_TEXT = ("password authentication failed", "no pg_hba.conf entry", "role \"",
               "no password supplied", "authentication failed")
_MISSING_DB_STATE = "3D000"
_MISSING_DB_TEXT = ("database \"",)
_UNREACHABLE_TEXT = ("connection refused", "could not translate host name",
                     "failed to resolve host", "name or service not known", "timeout expired",
                     "no route to host", "network is unreachable", "could not connect",
                     "connection timed out", "server closed the connection")


class ServerUnavailable(DomainError):
    """The database server cannot be used: not reachable, login refused, no such database."""


def parse_server_url(target: str) -> URL:
    try:
        url = make_url(target)
    except ArgumentError as error:
        raise DomainError(
            "db_bad_url", f"{target!r} is not a database address such as "
            "postgresql+psycopg://user@host/database.", url=target,
        ) from error
    if url.get_backend_name() != "postgresql":
        raise DomainError(
            "db_unsupported_server",
            f"{url.get_backend_name()} databases are not supported; use PostgreSQL "
            "(postgresql+psycopg://user@host/database) or a SQLite file.",
            backend=url.get_backend_name(),
        )
    return url


def create_server_engine(target: str, *, read_only: bool = False) -> Engine:
    """An engine for ``target``; read-only engines get read-only transactions from the server."""
    url = parse_server_url(target)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")  # the driver we ship
    connect_args: dict[str, object] = {"connect_timeout": CONNECT_TIMEOUT_S}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    try:
        return create_engine(url, pool_pre_ping=True, connect_args=connect_args)
    except NoSuchModuleError as error:
        raise DomainError(
            "db_no_driver", f"The database driver {url.drivername!r} is not available; "
            "use postgresql+psycopg://…", url=safe_url(url),
        ) from error


def safe_url(url: URL | str) -> str:
    """The address with the password hidden, fit for messages and window titles."""
    return make_url(url).render_as_string(hide_password=True)


def open_server_engine(target: str, *, read_only: bool, upgrade: bool) -> Engine:
    """Connect, then migrate (or only check the schema version when read-only)."""
    engine = create_server_engine(target, read_only=read_only)
    try:
        if upgrade and not read_only:
            migrate.upgrade_if_needed(engine, backup_path=None)
        else:
            migrate.refuse_if_newer(engine)
    except OperationalError as error:
        engine.dispose()
        raise classify_connect_error(error, make_url(target)) from error
    except BaseException:
        engine.dispose()
        raise
    return engine


def classify_connect_error(error: OperationalError, url: URL) -> DomainError:
    """Turn a driver's connection failure into one plain sentence with a stable code."""
    original = error.orig
    state = getattr(original, "sqlstate", None)
    text = str(original or error).lower()
    host = url.host or "localhost"
    where = f"{host}:{url.port}" if url.port else host
    user = url.username or ""
    database = url.database or ""
    if state == _MISSING_DB_STATE or (
        any(part in text for part in _MISSING_DB_TEXT) and "does not exist" in text
        and "role" not in text
    ):
        return ServerUnavailable(
            "db_server_no_database",
            f"The database server at {where} has no database named {database!r}; "
            "ask whoever runs the server to create it.",
            host=host, port=url.port, database=database,
        )
    if state in _LOGIN_STATES or any(part in text for part in _LOGIN_TEXT):
        return ServerUnavailable(
            "db_login_refused",
            f"The database server at {where} refused the login of user {user!r}: "
            "check the user name and password.",
            host=host, port=url.port, user=user,
        )
    if any(part in text for part in _UNREACHABLE_TEXT):
        return ServerUnavailable(
            "db_server_unreachable",
            f"Cannot reach the database server at {where}: check that it is running "
            "and that the address and port are right.",
            host=host, port=url.port,
        )
    first_line = str(original or error).strip().splitlines()[0] if str(original or error) else ""
    return ServerUnavailable(
        "db_server_error",
        f"Cannot open the database {safe_url(url)}: {first_line}",
        host=host, port=url.port, detail=first_line,
    )
