"""Import from Fides (plan, one-step edits, CLI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.domain.document import PolicyDocument
from app.domain.edits import AddItems, Batch
from app.domain.models import DataSubject, Metadata, Policy
from app.importers.fides import plan_fides_import
from app.importers.fides_collect import id_from_fides_key
from app.storage.errors import PolicyFileError
from app.storage.loader import load_file

TAXONOMY = """\
# A few keys of the Fides default taxonomy.
data_category:
  - fides_key: user
    name: User Data
    description: Data related to the user of the system.
  - fides_key: user.contact
    name: Contact Data
    parent_key: user
  - fides_key: user.contact.email
    name: Email
    description: User's contact email address.
    parent_key: user.contact
  - fides_key: user.device
    name: Device Data
    parent_key: user
data_use:
  - fides_key: essential
    name: Essential
  - fides_key: essential.service
    name: Provide the capability
    description: Provide, give, or make available the product, service, application or system.
    parent_key: essential
  - fides_key: marketing
    name: Marketing
  - fides_key: marketing.advertising
    name: Advertising, Marketing or Promotion
    parent_key: marketing
data_subject:
  - fides_key: customer
    name: Customer
    description: An individual or other organization that purchases goods or services.
  - fides_key: Anonymous-User
    name: Anonymous User
"""

POLICY = """\
# Our policy; this comment must survive an import.
format_version: 1
policy:
  id: shop
  title: Shop
categories:
  - id: user
    name: Users  # our own name wins
subjects:
  - id: customer
    name: Customers
"""


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    policy = tmp_path / "shop.policy.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    taxonomy = tmp_path / "fides.yml"
    taxonomy.write_text(TAXONOMY, encoding="utf-8")
    return policy, taxonomy


def test_fides_keys_become_our_ids() -> None:
    assert id_from_fides_key("user.contact.email") == "user.contact.email"
    assert id_from_fides_key("Anonymous-User") == "anonymous_user"
    assert id_from_fides_key("a..<b>") == "a._b_"


def test_the_plan_lists_additions_with_parents_and_skips_existing(
        files: tuple[Path, Path]) -> None:
    policy_file, taxonomy = files
    plan = plan_fides_import(load_file(policy_file).policy, taxonomy)
    added = {(p.section, p.item_id): p for p in plan.additions}
    assert list(added) == [
        ("categories", "user.contact"), ("categories", "user.contact.email"),
        ("categories", "user.device"), ("purposes", "essential"),
        ("purposes", "essential.service"), ("purposes", "marketing"),
        ("purposes", "marketing.advertising"), ("subjects", "anonymous_user")]
    email = added[("categories", "user.contact.email")]
    assert (email.name, email.parent) == ("Email", "user.contact")
    assert email.description == "User's contact email address."
    assert added[("categories", "user.device")].parent == "user"
    assert added[("purposes", "marketing.advertising")].parent == "marketing"
    assert added[("purposes", "essential")].parent is None
    assert added[("subjects", "anonymous_user")].fides_key == "Anonymous-User"
    assert [(p.section, p.item_id) for p in plan.skipped] == [
        ("categories", "user"), ("subjects", "customer")]
    lines = plan.preview_lines()
    assert "+ category user.contact.email (Email)" in lines
    assert ("+ purpose marketing.advertising (Advertising, Marketing or Promotion)  "
            "(advertising)") in lines
    assert "= category user exists, skipped" in lines


def test_the_edits_apply_as_one_undo_step(files: tuple[Path, Path]) -> None:
    policy_file, taxonomy = files
    policy = load_file(policy_file).policy
    before = policy.model_copy(deep=True)
    plan = plan_fides_import(policy, taxonomy)
    edits = plan.edits()
    assert [(e.section, len(e.items)) for e in edits if isinstance(e, AddItems)] == [
        ("categories", 3), ("purposes", 4), ("subjects", 1)]
    document = PolicyDocument(policy)
    batch = plan.batch()
    assert isinstance(batch, Batch)
    change = document.apply(batch)
    current = document.policy
    assert [c.id for c in current.categories] == [
        "user", "user.contact", "user.contact.email", "user.device"]
    assert current.categories[0].name == "Users"
    assert [p.id for p in current.purposes][-1] == "marketing.advertising"
    assert [s.id for s in current.subjects] == ["customer", "anonymous_user"]
    after = current.model_copy(deep=True)
    undone = document.apply(change.undo)  # one undo removes every addition
    assert document.policy == before
    document.apply(undone.undo)  # and redo puts them back
    assert document.policy == after and len(change.parts[0].parts) == 3


def test_cli_dry_run_prints_the_preview_and_changes_nothing(
        files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    policy_file, taxonomy = files
    assert main(["import", str(policy_file), "--fides", str(taxonomy), "--dry-run"]) == 0
    output = capsys.readouterr().out
    assert "+ category user.contact.email (Email)" in output
    assert "+ subject anonymous_user (Anonymous User)" in output
    assert "8 to add, 2 already present" in output
    assert policy_file.read_text(encoding="utf-8") == POLICY


def test_cli_writes_the_policy_keeping_comments(
        files: tuple[Path, Path], tmp_path: Path) -> None:
    policy_file, taxonomy = files
    out = tmp_path / "out.policy.yaml"
    assert main(["import", str(policy_file), "--fides", str(taxonomy), "-o", str(out)]) == 0
    assert policy_file.read_text(encoding="utf-8") == POLICY
    text = out.read_text(encoding="utf-8")
    assert "# Our policy; this comment must survive an import." in text
    assert "# our own name wins" in text
    imported = load_file(out).policy
    assert {c.id for c in imported.categories} >= {"user.contact.email", "user.device"}
    # In place, and a second import adds nothing.
    assert main(["import", str(policy_file), "--fides", str(taxonomy)]) == 0
    assert load_file(policy_file).policy == imported
    plan = plan_fides_import(imported, taxonomy)
    assert not plan.additions and len(plan.skipped) == 10


def test_a_hostile_taxonomy_exits_2_with_file_line_col(
        files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]) -> None:
    policy_file, taxonomy = files
    taxonomy.write_text("data_category:\n  - fides_key: !!python/object/apply:os.system [id]\n",
                        encoding="utf-8")
    assert main(["import", str(policy_file), "--fides", str(taxonomy), "--dry-run"]) == 2
    assert f"{taxonomy}:2:16: error: the tag" in capsys.readouterr().err
    assert policy_file.read_text(encoding="utf-8") == POLICY


def test_entries_without_a_key_are_refused_with_their_position(tmp_path: Path) -> None:
    taxonomy = tmp_path / "bad.yml"
    taxonomy.write_text("data_use:\n  - fides_key: ok\n  - name: No key\n", encoding="utf-8")
    policy = Policy(policy=Metadata(id="p"), subjects=[DataSubject(id="s")])
    with pytest.raises(PolicyFileError) as caught:
        plan_fides_import(policy, taxonomy)
    assert (caught.value.line, caught.value.column) == (3, 5)
    assert "fides_key" in caught.value.message
