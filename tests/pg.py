"""A throwaway PostgreSQL cluster for tests, from the Debian ``postgresql`` package.

``initdb`` into a temporary folder, ``pg_ctl start`` on a free loopback port with the
unix socket in that folder, and everything removed afterwards. PostgreSQL refuses to
run as root, so under root the server runs as the ``postgres`` system user (the package
creates it) through ``runuser``. Durability is switched off (``fsync=off``): the data is
thrown away anyway, and it makes ``CREATE DATABASE`` per test cheap.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SUPERUSER = "crm"
PG_BIN_ENV = "CRM_TEST_PG_BIN"  # a folder holding initdb and pg_ctl, to choose a version
RUN_AS_WHEN_ROOT = "postgres"


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL server binaries (or a user to run them as) are not on this machine."""


def find_bin_dir() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest installed version first)."""
    chosen = os.environ.get(PG_BIN_ENV)
    if chosen:
        candidates = [Path(chosen)]
    else:
        on_path = shutil.which("pg_ctl")
        candidates = [Path(on_path).parent] if on_path else []
        candidates.extend(sorted(
            Path("/usr/lib/postgresql").glob("*/bin"),
            key=lambda path: int(path.parent.name) if path.parent.name.isdigit() else 0,
            reverse=True,
        ))
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise PostgresUnavailable(
        "PostgreSQL server binaries (initdb, pg_ctl) not found; "
        "install the Debian package: apt-get install -y postgresql"
    )


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PgCluster:
    """A running cluster: its folder, port and superuser password; ``stop()`` removes it."""

    bin_dir: Path
    root: Path
    port: int = 0
    password: str = field(default_factory=lambda: secrets.token_hex(12))
    run_as: str | None = None

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    def url(self, database: str, *, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = self.password if password is None else password
        return f"postgresql+psycopg://{user}:{secret}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str = "postgres") -> str:
        return (f"host=127.0.0.1 port={self.port} dbname={database} "
                f"user={SUPERUSER} password={self.password}")

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as is not None:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, timeout=120, check=False
        )

    def init(self) -> None:
        password_file = self.root / "password"
        password_file.write_text(self.password + "\n")
        self._own(password_file)
        done = self._run(
            "initdb", "-D", str(self.data_dir), "-U", SUPERUSER, "-E", "UTF8",
            "--locale=C.UTF-8", "--auth-local=trust", "--auth-host=scram-sha-256",
            f"--pwfile={password_file}", "--no-sync",
        )
        password_file.unlink()
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")

    def start(self, attempts: int = 3) -> None:
        """Start on a free port; another process may grab the port first, so retry."""
        log = self.root / "server.log"
        for _ in range(attempts):
            self.port = free_port()
            options = (
                f"-h 127.0.0.1 -p {self.port} -k {self.root} -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
            )
            done = self._run("pg_ctl", "-D", str(self.data_dir), "-l", str(log), "-w",
                             "-t", "60", "-o", options, "start")
            if done.returncode == 0:
                return
        server_log = log.read_text(errors="replace") if log.exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{server_log[-2000:]}")

    def stop(self) -> None:
        if self.data_dir.exists():
            self._run("pg_ctl", "-D", str(self.data_dir), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def _own(self, path: Path) -> None:
        if self.run_as is not None:
            user = pwd.getpwnam(self.run_as)
            os.chown(path, user.pw_uid, user.pw_gid)

    def admin(self, *statements: str) -> None:
        """Run statements on the maintenance database, outside a transaction."""
        import psycopg

        with psycopg.connect(self.conninfo(), autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)


def _world_traversable(folder: Path) -> bool:
    return all(os.stat(part).st_mode & 0o001 for part in (folder, *folder.parents))


def _base_dir(run_as: str | None) -> str | None:
    """Where the cluster folder goes: the temp folder, unless the server user cannot reach it
    (a private ``/tmp``), then ``/var/tmp`` or ``/dev/shm``."""
    if run_as is None:
        return None
    for folder in (Path(tempfile.gettempdir()), Path("/var/tmp"), Path("/dev/shm")):
        if folder.is_dir() and _world_traversable(folder):
            return str(folder)
    raise PostgresUnavailable(f"no temporary folder that the '{run_as}' user can reach")


def start_cluster() -> PgCluster:
    """initdb + start a new cluster in a fresh temporary folder (the caller stops it)."""
    bin_dir = find_bin_dir()
    run_as = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam(RUN_AS_WHEN_ROOT)
        except KeyError as error:
            raise PostgresUnavailable(
                f"running as root and there is no '{RUN_AS_WHEN_ROOT}' user to run the server"
            ) from error
        run_as = RUN_AS_WHEN_ROOT
    root = Path(tempfile.mkdtemp(prefix="crm-pg-", dir=_base_dir(run_as)))
    cluster = PgCluster(bin_dir=bin_dir, root=root, run_as=run_as)
    try:
        cluster._own(root)
        root.chmod(0o700)
        cluster.init()
        cluster.start()
    except BaseException:
        with contextlib.suppress(Exception):
            cluster.stop()
        raise
    return cluster
