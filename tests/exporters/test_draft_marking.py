"""A document cannot look signed when it isn't: DRAFT on every page or at the top unless the
policy is approved with an approval of exactly its content; known errors said on the cover."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.canonical import digest
from app.domain.diff import diff_policies
from app.domain.models import Approval, Policy
from app.exporters.art30 import build_record
from app.exporters.art30_html import render_html as art30_html
from app.exporters.pdf.document import pdf_bytes
from app.exporters.policy_document import build_html
from app.exporters.redline_html import render_html as redline_html
from app.exporters.standing import standing_of
from app.paths import ROOT
from app.validation.runner import run_checks
from tests.validation.policy_builder import base, make_policy

pypdf = pytest.importorskip("pypdf")


def draft() -> Policy:
    return make_policy(**base())


def approved(policy: Policy | None = None) -> Policy:
    policy = (policy or draft()).model_copy(deep=True)
    policy.policy.approvals = [Approval(name="Ann Lee", role="DPO", date="2026-05-01",
                                        digest=digest(policy))]
    policy.policy.status = "approved"
    return policy


def with_error(policy: Policy) -> Policy:
    policy = policy.model_copy(deep=True)
    policy.rules[0].purposes = ["nowhere"]
    return policy


def pages(policy: Policy, errors: int = 0) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(policy, errors)))
    return [re.sub(r"\s+", " ", page.extract_text()) for page in reader.pages]


def top(html: str) -> str:
    """The document up to its first heading."""
    body = html[html.index("<body>"):]
    return body[:body.index("<h1>")]


def test_the_policies_are_what_the_tests_say() -> None:
    assert not [f for f in run_checks(approved()) if f.severity == "error"]
    assert [f for f in run_checks(with_error(draft())) if f.severity == "error"]


def test_every_pdf_page_of_a_draft_says_draft_and_none_of_an_approved_one() -> None:
    texts = pages(draft())
    assert len(texts) >= 3
    assert all("DRAFT - not approved" in text for text in texts)
    assert "DRAFT: this document is not approved (the policy's status is draft)" in texts[0]
    assert not any("DRAFT" in text for text in pages(approved()))


def test_approved_status_without_an_approval_of_this_content_is_still_draft() -> None:
    stale = approved()
    stale.categories[0].description = "Changed after the approval."
    texts = pages(stale)
    assert all("DRAFT - not approved" in text for text in texts)
    assert "the policy changed after it was approved" in texts[0]
    unsigned = draft()
    unsigned.policy.status = "approved"
    assert "no approval of this content is recorded" in build_html(unsigned)


def test_a_document_exported_despite_errors_says_so_on_its_cover() -> None:
    broken = with_error(approved())
    errors = sum(f.severity == "error" for f in run_checks(broken))
    notice = f"Exported despite {errors} error findings"
    first = pages(broken, errors)[0]
    assert notice in first
    assert "DRAFT" in first  # the approval covered other content
    assert "Exported despite" not in " ".join(pages(approved()))
    standing = standing_of(broken, errors=errors)
    assert notice in top(build_html(broken, standing=standing))
    assert notice in top(art30_html(build_record(broken), standing))
    assert "Exported despite" not in build_html(broken)  # the count comes from the caller


def test_html_documents_say_draft_at_the_top() -> None:
    assert "DRAFT" in top(build_html(draft()))
    assert "DRAFT" not in build_html(approved())
    assert "DRAFT: this document is not approved" in top(art30_html(build_record(draft())))
    assert "DRAFT" not in art30_html(build_record(approved()))


def test_redline_says_draft_when_the_new_version_is_not_approved() -> None:
    old = approved()
    new = draft()
    new.categories[0].name = "Renamed"
    assert "DRAFT: the new version is not approved (its status is draft)" in top(
        redline_html(diff_policies(old, new)))
    assert "DRAFT" not in redline_html(diff_policies(new, approved(new)))


def test_cli_export_with_force_says_so(tmp_path: Path) -> None:
    source = tmp_path / "broken.policy.yaml"
    source.write_text(with_error(draft()).model_dump_json(), encoding="utf-8")
    source = source.rename(tmp_path / "broken.policy.json")
    target = tmp_path / "doc.html"
    done = subprocess.run([sys.executable, "-m", "app", "export", str(source), "--format",
                           "html", "-o", str(target), "--force"], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    head = top(target.read_text(encoding="utf-8"))
    assert "Exported despite 1 error finding" in head and "DRAFT" in head
