"""Shared fixtures for the system tests: the real doorstep binary, started the way an operator starts it."""
import os
import pathlib
import signal
import socket
import subprocess
import shutil
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = pathlib.Path(os.environ.get("DOORSTEP_BIN", ROOT / ".build" / "debug" / "doorstep"))
ARTIFACTS = ROOT / "test-artifacts"
DEMO_PASSWORD = "Demo-Test-2026"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One doorstep process serving a database; can be stopped gently, killed, and started again."""

    def __init__(self, database, workdir):
        self.database = database
        self.workdir = workdir
        self.port = free_port()
        self.process = None
        self.output = None
        self.env_extra = {}
        # What wrote the database before this server served it (the demo's accounts), for tests that read them.
        self.preamble = ""

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def env(self):
        env = dict(os.environ)
        env["DOORSTEP_DEMO_PASSWORD"] = DEMO_PASSWORD
        env["DOORSTEP_BCRYPT_COST"] = "4"
        # The commands speak the shell's language; the tests read them in Chinese whatever the machine's locale.
        env["DOORSTEP_LANG"] = "zh-CN"
        # A server that writes its own demo skips the year of work (the shared template has it): quicker to start.
        env["DOORSTEP_DEMO_YEAR"] = "0"
        env.pop("DATABASE_URL", None)
        env.update(self.env_extra)
        return env

    def start(self, demo=True):
        self.output = open(pathlib.Path(self.workdir) / f"server-{time.time_ns()}.log", "w")
        args = [str(BINARY), "serve", "--port", str(self.port), "--database", self.database]
        if demo:
            args.append("--demo")
        self.process = subprocess.Popen(args, cwd=self.workdir, env=self.env(), stdout=self.output, stderr=subprocess.STDOUT)
        deadline = time.time() + 240
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"doorstep exited early: {self.log()}")
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        raise RuntimeError(f"doorstep did not become healthy: {self.log()}")

    def log(self):
        self.output.flush()
        return self.preamble + pathlib.Path(self.output.name).read_text(errors="replace")

    def stop(self, sig=signal.SIGTERM, timeout=30):
        if self.process and self.process.poll() is None:
            self.process.send_signal(sig)
            self.process.wait(timeout=timeout)
        return self.process.returncode

    def cli(self, *args):
        return subprocess.run([str(BINARY), *args, "--database", self.database], cwd=self.workdir, env=self.env(),
                              capture_output=True, text=True, timeout=120)


def postgres_url():
    return os.environ.get("DOORSTEP_TEST_POSTGRES_URL") or None


def fresh_postgres_database(name):
    """Creates an empty database on the test server and returns its URL."""
    admin = postgres_url()
    subprocess.run(["psql", admin, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)", "-c", f"CREATE DATABASE {name}"],
                   check=True, capture_output=True)
    return admin.rsplit("/", 1)[0] + "/" + name


ENGINES = ["sqlite"] + (["postgres"] if postgres_url() else [])


@pytest.fixture
def workdir():
    with tempfile.TemporaryDirectory(prefix="doorstep-system-") as directory:
        yield directory


def make_server(engine, workdir, name):
    database = str(pathlib.Path(workdir) / "doorstep.sqlite") if engine == "sqlite" else fresh_postgres_database(name)
    return Server(database, workdir)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory):
    """The demo written once per run (a year of work takes half a minute), copied for each test that serves it."""
    directory = tmp_path_factory.mktemp("demo-template")
    env = dict(os.environ, DOORSTEP_DEMO_PASSWORD=DEMO_PASSWORD, DOORSTEP_BCRYPT_COST="4")
    env.pop("DATABASE_URL", None)
    env.pop("DOORSTEP_KEY_FILE", None)
    result = subprocess.run([str(BINARY), "demo", "--database", str(directory / "doorstep.sqlite")], cwd=directory, env=env,
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    return directory, result.stdout


@pytest.fixture
def demo_server(workdir, demo_template):
    directory, output = demo_template
    for name in os.listdir(directory):
        shutil.copy(directory / name, pathlib.Path(workdir) / name)
    server = make_server("sqlite", workdir, "unused")
    server.preamble = output
    # --demo adds nothing to a database that already holds territory: the copy is served as it is.
    server.start()
    yield server
    server.stop()
