"""Signed OPA bundles judged by real OPA's own code (``opa-golib-python-bindings``).

The bindings embed OPA's Rego engine but offer no way to load a bundle (only ``add_policy``,
``add_data``, evaluation and filters), so OPA's bundle loader cannot be started with a
verification key here. What OPA itself can judge is asked of it through its built-in
functions, the way its loader checks a bundle: ``io.jwt.verify_rs256`` / ``io.jwt.verify_es256``
check the JWT with the public key, ``io.jwt.decode`` reads the listed files, and
``crypto.sha256`` hashes each file, the structured ones (``data.json``, ``.manifest``) as OPA
re-writes them after parsing (``json.marshal`` sorts object keys like the bundle hasher and
escapes ``<``, ``>`` and ``&`` as HTML, which the bundle hasher does not, so that escaping is
undone before hashing).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

import pytest

from app.exporters.opa import build_bundle
from app.exporters.opa_signing import SIGNATURES_NAME, file_hash, signer_from_pem
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from tests.exporters.signed_bundles import (
    approved,
    archive_files,
    new_ec,
    new_rsa,
    pem,
    public_pem,
)
from tests.exporters.test_opa import EXAMPLE, hostile_policy
from tests.exporters.test_opa_signing import MORE_HOSTILE

try:
    from opa_bindings import OpaEngine
except Exception as error:  # ImportError, or the Go library failing to load
    pytest.skip(f"opa-golib-python-bindings cannot be imported: {error!r}",
                allow_module_level=True)

CHECK = r"""package signature_check

import rego.v1

token := json.unmarshal(input.files[".signatures.json"]).signatures[0]

header := io.jwt.decode(token)[0]

payload := io.jwt.decode(token)[1]

verified if {
	header.alg == "RS256"
	io.jwt.verify_rs256(token, input.key)
}

verified if {
	header.alg == "ES256"
	io.jwt.verify_es256(token, input.key)
}

listed[entry.name] := entry.hash if some entry in payload.files

structured(name) if endswith(name, "/data.json")

structured(".manifest")

unescaped(text) := replace(replace(replace(text, "\\u003c", "<"), "\\u003e", ">"), "\\u0026", "&")

actual[name] := crypto.sha256(text) if {
	some name, text in input.files
	name != ".signatures.json"
	not structured(name)
}

actual[name] := crypto.sha256(unescaped(json.marshal(json.unmarshal(text)))) if {
	some name, text in input.files
	structured(name)
}

accepted if {
	verified
	listed == actual
}

report := {"verified": verified_or_false, "same_files": listed == actual}

verified_or_false := true if verified

else := false
"""


@pytest.fixture(scope="module")
def opa() -> Any:
    with OpaEngine() as engine:
        engine.add_policy("signature_check.rego", CHECK)
        yield engine


def judged(opa: Any, files: list[tuple[str, bytes]], public: bytes) -> dict[str, bool]:
    """Real OPA's verdict on the bundle's files with the public key ``public``."""
    value = {"files": {name: content.decode("utf-8") for name, content in files},
             "key": public.decode("ascii")}
    return opa.eval_document("signature_check.report", value)


@pytest.fixture(scope="module", params=["rsa", "ec"])
def key(request: pytest.FixtureRequest) -> Any:
    return new_rsa() if request.param == "rsa" else new_ec()


def signed(policy: Any, key: Any) -> list[tuple[str, bytes]]:
    return archive_files(build_bundle(policy, region_catalogue(), signer_from_pem(pem(key))))


def test_opa_accepts_the_signed_bundle(opa: Any, key: Any) -> None:
    files = signed(approved(load_file(EXAMPLE).policy), key)
    assert judged(opa, files, public_pem(key)) == {"verified": True, "same_files": True}


def test_opa_hashes_hostile_text_as_listed(opa: Any, key: Any) -> None:
    # Not a backslash before "u003c": undoing json.marshal's HTML escaping would misread it.
    text = MORE_HOSTILE.replace("\\u003c", "") + " \u2028 \x00 \n\t"
    files = signed(hostile_policy(text), key)
    assert judged(opa, files, public_pem(key)) == {"verified": True, "same_files": True}


CHARACTERS = [chr(code) for code in range(0x20)] + [
    "\x7f", "\x80", "\x9f", "\u2028", "\u2029", "\u202e", "\ufeff", "\ufffd", "\U0001f600",
    '"', "\\", "/", "<", ">", "&", "é", "中"]


def test_opa_writes_every_character_as_the_hash_expects(opa: Any) -> None:
    """Each character, in a key and in a value, as OPA's Go JSON writer gives it."""
    for char in CHARACTERS:
        document = json.dumps({f"k{char}": [f"v{char}", 1.50, None, True]},
                              ensure_ascii=False).encode("utf-8")
        rewritten = opa.eval_query("x := json.marshal(json.unmarshal(input))",
                                   document.decode("utf-8"))[0]["x"]
        for escaped, raw in (("\\u003c", "<"), ("\\u003e", ">"), ("\\u0026", "&")):
            rewritten = rewritten.replace(escaped, raw)
        assert file_hash("x/data.json", document) == hashlib.sha256(
            rewritten.encode("utf-8")).hexdigest(), repr(char)


def test_opa_refuses_a_changed_byte_in_each_file(opa: Any, key: Any) -> None:
    files = signed(approved(load_file(EXAMPLE).policy), key)
    for index, (name, content) in enumerate(files):
        at = content.index(b"sha256:") + 7 if name != SIGNATURES_NAME and not name.endswith(
            ".rego") else len(content) // 2
        swapped = b"A" if content[at:at + 1] != b"A" else b"B"
        changed = list(files)
        changed[index] = (name, content[:at] + swapped + content[at + 1:])
        verdict = judged(opa, changed, public_pem(key))
        assert verdict != {"verified": True, "same_files": True}, name
        assert verdict["verified"] is (name != SIGNATURES_NAME), name


def test_opa_refuses_another_key_and_a_missing_file(opa: Any, key: Any) -> None:
    files = signed(approved(load_file(EXAMPLE).policy), key)
    assert judged(opa, files, public_pem(new_rsa()))["verified"] is False
    assert judged(opa, files, public_pem(new_ec()))["verified"] is False
    fewer = [item for item in files if not item[0].endswith("expectations_test.rego")]
    assert judged(opa, fewer, public_pem(key)) == {"verified": True, "same_files": False}
