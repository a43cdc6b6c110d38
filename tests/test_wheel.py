"""The built wheel holds everything the application reads, and works installed elsewhere.

The wheel is built from this checkout without build isolation (offline; the backend, hatchling,
is a test dependency) and installed without dependencies into a fresh virtual environment that
sees this machine's site-packages for them. Every command then runs from a folder outside the
repository, with no PYTHONPATH: the package, its templates, examples, schemas, icons and
document templates must all come from the virtual environment.
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from app.paths import ROOT

pytest.importorskip("hatchling", reason="the wheel is built with the hatchling backend "
                    "(the test extras install it)")

EXAMPLE = "northwind-outfitters.policy.yaml"
TIMEOUT = 300


def _env() -> dict[str, str]:
    """This environment without PYTHONPATH (it would put a checkout first), Qt offscreen."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def _run(args: list[str | Path], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(arg) for arg in args], cwd=cwd, env=_env(), capture_output=True,
                          text=True, timeout=TIMEOUT, check=False)


def _ok(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, (done.args, done.stdout[-2000:], done.stderr[-3000:])
    return done.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _ok(_run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
              "--no-index", "-w", out, ROOT], cwd=out))
    [built] = out.glob("policy_studio-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``bin`` folder of a fresh virtual environment with the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    _ok(_run([sys.executable, "-m", "venv", "--system-site-packages", venv], cwd=venv))
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    _ok(_run([scripts / "python", "-m", "pip", "install", "--no-deps", "--no-index", wheel],
             cwd=venv))
    return scripts


def test_the_wheel_holds_the_bundled_files_and_no_tests(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    resources = ROOT / "resources"
    for folder in ("templates", "examples", "icons", "documents", "vocab/dpv", "vocab/odrl"):
        shipped = {path.relative_to(resources).as_posix()
                   for path in (resources / folder).iterdir() if path.is_file()}
        assert shipped, folder
        assert {f"app/resources/{name}" for name in shipped} <= set(names), folder
    for name in ("intrusiveness.yaml", "jurisdictions.yaml", "regions.yaml"):
        assert f"app/resources/{name}" in names
    schemas = {f"app/policy_schemas/{path.name}" for path in (ROOT / "policy_schemas").iterdir()}
    assert schemas and schemas <= set(names)
    assert "app/exporters/rego/policy.rego" in names
    assert "app/cli.py" in names and "app/ui/app.py" in names
    top = {name.split("/")[0] for name in names}  # nothing from tests/, bench/ or the top
    assert top == {"app", "-".join(wheel.name.split("-")[:2]) + ".dist-info"}, top
    assert not [name for name in names if "screenshots/" in name or "__pycache__" in name
                or name.endswith((".spec", "packaging/build.py", "packaging/entry.py"))]


def test_the_installed_package_reads_its_files_from_the_environment(installed: Path,
                                                                   tmp_path: Path) -> None:
    venv = installed.parent.resolve()
    out = _ok(_run([installed / "python", "-c",
                    "import app, app.paths as p; print(app.__file__); print(p.RESOURCES); "
                    "print(p.SCHEMAS)"], cwd=tmp_path))
    for line in out.splitlines():
        path = Path(line).resolve()
        assert path.is_relative_to(venv), (line, venv)
        assert not path.is_relative_to(ROOT.resolve()), line
        assert path.exists(), line


def test_every_command_works_from_another_folder(installed: Path, tmp_path: Path) -> None:
    program = installed / "policy-studio"
    venv = installed.parent.resolve()
    example = next(iter((venv / "lib").glob(f"python*/site-packages/app/resources/examples/"
                                            f"{EXAMPLE}")))

    listed = _ok(_run([program, "new", "--list"], cwd=tmp_path))
    assert "gdpr-online-shop" in listed and "blank" in listed
    _ok(_run([program, "new", "-t", "gdpr-online-shop", "-o", "shop.policy.yaml"], cwd=tmp_path))
    text = (tmp_path / "shop.policy.yaml").read_text(encoding="utf-8")
    schema = text.splitlines()[0].split("$schema=")[1]
    assert schema.startswith(venv.as_uri()), schema  # the schema the environment ships
    assert Path(schema.removeprefix("file://")).is_file()

    checked = _run([program, "validate", "shop.policy.yaml"], cwd=tmp_path)
    _ok(checked)  # the template's placeholders are warnings; the jurisdiction checks ran
    assert "0 errors" in checked.stderr and "GOV010" in checked.stdout

    _ok(_run([program, "export", "shop.policy.yaml", "-f", "pdf", "-o", "shop.pdf"],
             cwd=tmp_path))
    assert (tmp_path / "shop.pdf").read_bytes().startswith(b"%PDF-")

    summary = _ok(_run([program, "--summary", example], cwd=tmp_path))
    assert "Northwind Outfitters" in summary and "digest:" in summary

    _ok(_run([program, example, "--screenshot", "window.png"], cwd=tmp_path))
    png = (tmp_path / "window.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", png[16:24]) == (1400, 900)
