"""Saving by rewriting only what changed: random edits keep data, comments and untouched text."""

from __future__ import annotations

import difflib
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.domain.document import PolicyDocument
from app.domain.models import Policy, Purpose
from app.domain.sections import SECTIONS
from app.storage import splice, text_index
from app.storage.loader import LoadedPolicy, load_bytes
from app.storage.roundtrip import saved_text, whole_yaml_text
from app.storage.safe_yaml import read_bytes as load_yaml
from app.storage.splice_emit import item_lines

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [ROOT / "resources/examples/northwind-outfitters.policy.yaml",
            *sorted((ROOT / "resources/templates").glob("*.policy.yaml"))]

ODD_COMMENTS = """\
# yaml-language-server: $schema=../policy_schemas/policy-v2.schema.json

# header, then a blank line
format_version: 2
policy:   # the metadata
  id: odd
  title: Odd comments   # trailing
  # a comment inside the metadata
  version: 1.0.0
# between top-level keys, at column 0
categories:
# column 0 before the first item
- id: contact # eol on a dash line
  name: Contact
    # deeper than the keys, inside contact
- id: 'yes'
  name: 'no'
  description: "tab\\there"
  # inside yes, at the keys' column

# a heading over a group, after a blank line

# directly above null
- id: 'null'
  name: '1e3'
  description: |
    block text
    # not a comment: block content

    kept after a blank line
- id: last
  name: Last
  # after the last key of the last item
# closing the categories
purposes:
    -   id: p1
        name: Wide indent
        kind: marketing     # eol
    # between p1 and p2, deeper than the dash
    -   id: p2
        name: "Quoted \\u00e9"
rules:
  - {id: flow_rule, effect: allow, categories: [contact], purposes: [p1]}
  - id: r2
    categories: ['null', contact]
    purposes: [p2]
# end of file
"""

TEXTS = ["yes", "no", "null", "~", "1e3", ".5e1", "0o17", "12:30", "2026-01-01", "true", "on",
         "=", "- dash", "a: b", "# hash", "x #y", "'single'", '"double"', "trailing space ",
         " leading", "tab\there", "üñíçødé ✓ 中文", "emoji 🚀", "line one\nline two\n",
         "line one\n\n  indented\n", "x" * 300, "word " * 60, "%percent", "@at", "`tick",
         "{brace}", "[bracket]", "*star", "&amp", "!bang", "|pipe", ">gt", "\\back\\slash",
         "sep\u2028line", "nel\x85here", "\ufeffbom", "ctrl\x07bell", "a\r\nb"]
IDS = ["yes", "no", "null", "on", "off", "1e3", "0o17", "true", "y", "new_item", "z9.sub",
       "x" * 60]


def load_text(text: str) -> LoadedPolicy:
    return load_bytes(text.encode("utf-8"), "<test>")


def comments(text: str) -> Counter[str]:
    """Full-line comments (stripped) and end-of-line comments of plain lines."""
    found: Counter[str] = Counter()
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("# not a comment"):  # block text in ODD_COMMENTS
            continue
        if stripped.startswith("#"):
            found[stripped] += 1
        elif " # " in line:
            code, _, note = line.rpartition(" # ")
            if code.count("'") % 2 == 0 and code.count('"') % 2 == 0:
                found["# " + note.strip()] += 1
    return found


def top_lines(loaded: LoadedPolicy) -> list[int]:
    """0-based lines of the top-level keys."""
    keys = ["format_version", *loaded.policy.model_dump(exclude_unset=True)]
    lines = []
    for key in keys:
        position = loaded.source_map.position((key,), key=True)
        if position:
            lines.append(position[0] - 1)
    return sorted(set(lines))


def item_spans(loaded: LoadedPolicy, section: str) -> dict[str, tuple[int, int, int]]:
    """id -> (first own comment line, dash line, end) of each item of a block section.

    The end is past the item's last line that is not blank and not a comment at the dash's
    column or less (a deeper comment is inside the item).
    """
    lines = loaded.text.split("\n")
    items = getattr(loaded.policy, section)
    tops = top_lines(loaded)
    starts = [loaded.source_map.position((section, n))[0] - 1 for n in range(len(items))]
    if not items or not lines[starts[0]].lstrip().startswith("- "):
        return {}
    spans = {}
    for number, item in enumerate(items):
        dash = starts[number]
        indent = len(lines[dash]) - len(lines[dash].lstrip(" "))
        limit = starts[number + 1] if number + 1 < len(items) else min(
            [t for t in tops if t > dash] + [len(lines)])
        end = dash + 1
        for at in range(dash + 1, limit):
            text = lines[at].lstrip(" ")
            deep = len(lines[at]) - len(text) > indent
            if text.strip() and (not text.startswith("#") or deep):
                end = at + 1
        own = dash
        while own > 0 and lines[own - 1].lstrip(" ").startswith("#"):
            own -= 1
        spans[item.id] = (own, dash, end)
    return spans


REPLACED: set[tuple[str, str]] = set()
"""(section, id) of the items the random edits deleted and added again as new ones."""


def check_save(base: LoadedPolicy, policy: Policy, *, expect_splice: bool = True) -> str:
    """Save ``policy`` into ``base``'s text and check (a) to (d) of the module's promise."""
    saved = saved_text(policy, base.text)
    if expect_splice:
        assert saved.spliced, saved.reason
    after = load_text(saved.text)
    assert after.policy == policy  # (a) it reads back as the edited policy
    old_lines, new_lines = base.text.split("\n"), saved.text.split("\n")
    gone: Counter[str] = Counter()
    for info in SECTIONS:
        before = {i.id: i for i in getattr(base.policy, info.key)}
        now = {i.id: i for i in getattr(policy, info.key)}
        old_spans, new_spans = item_spans(base, info.key), item_spans(after, info.key)
        for item_id, (own, dash, end) in old_spans.items():
            if item_id not in now or (info.key, item_id) in REPLACED:
                gone += comments("\n".join(old_lines[own:end]))
            elif now[item_id] == before[item_id] and saved.spliced:
                _, new_dash, new_end = new_spans[item_id]  # (c) untouched text is untouched
                assert new_lines[new_dash:new_end] == old_lines[dash:end], item_id
    lost = comments(base.text) - gone - comments(saved.text)
    assert not lost, f"comments lost: {lost}"  # (b)
    return saved.text


def random_edit(document: PolicyDocument, data: st.DataObject) -> None:
    """One random edit: a field, a rename, an addition, a removal or a move."""
    sections = [info for info in SECTIONS if document.items(info.key)]
    if not sections:
        document.set("policy", None, "title", data.draw(st.sampled_from(TEXTS[:20])))
        return
    info = data.draw(st.sampled_from(sections))
    items = document.items(info.key)
    item = data.draw(st.sampled_from(items))
    kind = data.draw(st.sampled_from(["field", "rename", "add", "remove", "move", "title",
                                      "clear", "replace"]))
    taken = {i.id for i in items}
    if kind == "field":
        name = "name" if info.named and data.draw(st.booleans()) else "description"
        if name in type(item).model_fields:
            document.set(info.key, item.id, name, data.draw(st.sampled_from(TEXTS)))
    elif kind == "rename":
        new_id = data.draw(st.sampled_from(IDS))
        if new_id not in taken:
            document.rename(info.key, item.id, new_id)
    elif kind == "add":
        new_id = data.draw(st.sampled_from(IDS))
        if new_id not in taken:
            document.add(info.key, info.new_item(new_id),
                         data.draw(st.integers(0, len(items))))
    elif kind == "remove":
        document.remove(info.key, item.id)
    elif kind == "move":
        document.move(info.key, item.id, data.draw(st.integers(0, len(items) - 1)))
    elif kind == "clear":  # every item deleted: the section is written empty
        for gone in list(items):
            document.remove(info.key, gone.id)
    elif kind == "replace":  # deleted, and a different item added under its id
        position = items.index(item)
        document.remove(info.key, item.id)
        document.add(info.key, info.new_item(item.id), position)
        REPLACED.add((info.key, item.id))
    else:
        document.set("policy", None, "title", data.draw(st.sampled_from(TEXTS[:20])))


BASES = {path.name: path.read_text(encoding="utf-8") for path in EXAMPLES}
BASES["odd-comments"] = ODD_COMMENTS


@pytest.mark.parametrize("name", sorted(BASES))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_keep_data_comments_and_untouched_text(name: str, data: st.DataObject
                                                            ) -> None:
    base = load_text(BASES[name])
    document = PolicyDocument(base.policy.model_copy(deep=True))
    REPLACED.clear()
    for _ in range(data.draw(st.integers(1, 4))):
        try:
            random_edit(document, data)
        except ValueError:  # the model refused the value: not a save question
            assume(False)
    text = check_save(base, document.policy)
    second = load_text(text)  # and again, from the index the first save left behind
    try:
        random_edit(document, data)
    except ValueError:
        assume(False)
    check_save(second, document.policy)


def test_the_example_policy_uses_the_splice_and_keeps_everything_else() -> None:
    base = load_text(BASES["northwind-outfitters.policy.yaml"])
    document = PolicyDocument(base.policy.model_copy(deep=True))
    rule = document.items("rules")[3]
    document.set("rules", rule.id, "description", "yes")
    text = check_save(base, document.policy)
    diff = list(difflib.unified_diff(base.text.splitlines(), text.splitlines(), n=0,
                                     lineterm=""))[2:]
    removed = [line[1:] for line in diff if line.startswith("-")]
    added = [line[1:] for line in diff if line.startswith("+")]
    assert added == ["      yes"]  # the folded style of the old description is kept
    assert removed and all(line.startswith("      ") for line in removed)


def test_a_cold_save_reads_the_text_again() -> None:
    base = load_text(BASES["odd-comments"])
    document = PolicyDocument(base.policy.model_copy(deep=True))
    document.set("categories", "last", "name", "null")
    text_index.forget_all()
    check_save(base, document.policy)


SMALL = """\
format_version: 2
policy:
  id: small
categories:
  - id: a
    name: A

  # heading over b and c, after a blank line

  # b's own comment
  - id: b
    name: B
  - id: c
    name: C
    description: >-
      Folded text that goes on
      over two lines.
"""


def edited(text: str, *edits: tuple) -> tuple[LoadedPolicy, Policy]:
    base = load_text(text)
    document = PolicyDocument(base.policy.model_copy(deep=True))
    for name, *args in edits:
        getattr(document, name)(*args)
    return base, document.policy


def test_a_deleted_item_takes_its_own_comment_and_leaves_the_heading() -> None:
    base, policy = edited(SMALL, ("remove", "categories", "b"))
    text = check_save(base, policy)
    assert "# b's own comment" not in text
    assert "  # heading over b and c, after a blank line\n\n  - id: c" in text


def test_a_moved_item_takes_its_comments_along() -> None:
    base, policy = edited(SMALL, ("move", "categories", "b", 2))
    text = check_save(base, policy)
    assert text.index("  - id: c") < text.index("  # b's own comment\n  - id: b")


@pytest.mark.parametrize("value", ["trailing space ", "sep\u2028line", "  indented", "a\r\nb",
                                   "ctrl\x07bell", "del\x7fx", "c1\x9bx", "nul\x00x"])
def test_a_folded_value_replaced_by_text_a_block_cannot_hold_reads_back(value: str) -> None:
    base, policy = edited(SMALL, ("set", "categories", "c", "description", value))
    check_save(base, policy)
    whole = load_text(whole_yaml_text(policy, base.text)).policy  # the same merge, whole file
    assert whole == policy


def test_added_items_follow_the_neighbours_layout() -> None:
    text = "format_version: 2\npolicy:\n    id: wide\npurposes:\n-   id: p1\n    name: P1\n"
    base, policy = edited(text, ("add", "purposes", Purpose(id="yes", name="null")))
    saved = check_save(base, policy)
    assert saved.endswith("-   id: 'yes'\n    name: 'null'\n")


def test_line_ends_and_a_missing_last_newline_are_kept() -> None:
    crlf = SMALL.replace("\n", "\r\n")
    base, policy = edited(crlf, ("set", "categories", "a", "name", "A2"))
    text = check_save(base, policy)
    assert text == crlf.replace("name: A\r\n", "name: A2\r\n")
    base, policy = edited(SMALL.rstrip("\n"), ("set", "categories", "a", "name", "A2"))
    assert check_save(base, policy) == SMALL.rstrip("\n").replace("name: A\n", "name: A2\n")


@pytest.mark.parametrize(("text", "why"), [
    (SMALL.replace("  - id: a\n    name: A", "  - id: a\n    name: &n A\n    description: *n"),
     "layout"),
    (SMALL.replace("\n", "\r", 1), "carriage return"),
])
def test_what_the_splice_cannot_be_sure_of_is_saved_whole(text: str, why: str) -> None:
    base, policy = edited(text, ("set", "categories", "b", "name", "B2"))
    saved = check_save(base, policy, expect_splice=False)
    outcome = saved_text(policy, base.text)
    assert not outcome.spliced and why in outcome.reason
    assert load_text(saved).policy == policy


def test_a_changed_format_version_is_saved_whole() -> None:
    base = load_text(SMALL.replace("format_version: 2", "format_version: 1"))
    policy = base.policy.model_copy(update={"format_version": 2})
    outcome = saved_text(policy, base.text)
    assert not outcome.spliced and "format version" in outcome.reason


def test_a_line_that_only_looks_like_a_comment_is_caught_by_the_check() -> None:
    # A quoted value goes on over a line that looks like b's own comment: cutting b with that
    # line would change a; the check reads a again and the whole file is written instead.
    text = ('format_version: 2\npolicy:\n  id: small\ncategories:\n  - id: a\n    name: "A\n'
            '  # still the name of a"\n  - id: b\n  - id: c\n')
    base, policy = edited(text, ("remove", "categories", "b"))
    assert base.policy.categories[0].name == "A # still the name of a"
    outcome = saved_text(policy, base.text)
    assert not outcome.spliced and "does not read" in outcome.reason
    assert load_text(outcome.text).policy == policy


def test_a_no_op_save_returns_the_text_itself() -> None:
    base = load_text(SMALL)
    outcome = saved_text(base.policy, base.text)
    assert outcome.spliced and outcome.text is base.text


SCALARS = st.one_of(st.sampled_from(TEXTS + IDS + ["*", "a, b", "it's", "x'y", "@x", "2026-13-01"]),
                    st.text(max_size=20), st.integers(), st.booleans())


@settings(max_examples=200, deadline=None)
@given(item=st.dictionaries(st.sampled_from(["id", "name", "date", "tags", "nested", "yes"]),
                            st.one_of(SCALARS, st.lists(SCALARS, max_size=3),
                                      st.dictionaries(st.sampled_from(["a", "b"]), SCALARS,
                                                      max_size=2)), min_size=1))
def test_the_quick_item_writer_writes_what_reads_back_or_nothing(item: dict) -> None:
    lines = item_lines(item, 2, 4, 2)
    if lines is not None:
        assert lines[0].startswith("  - ")
        data = load_yaml(("\n".join(lines) + "\n").encode("utf-8"), "<item>").data
        assert data == [item]


def test_a_bulk_rename_rewrites_the_referring_items_quickly_and_exactly(
        monkeypatch: pytest.MonkeyPatch) -> None:
    rules = "".join(f"  - id: r{n}\n    categories: [c.sub, other]\n    purposes: [p]\n"
                    f"    recipients: ['*']\n" for n in range(50))
    text = ("format_version: 2\npolicy:\n  id: bulk\ncategories:\n  - id: c.sub\n"
            f"  - id: other\nrules:\n{rules}")
    base, policy = edited(text, ("rename", "categories", "c.sub", "c.renamed"))

    def slow(*_args: object, **_kwargs: object) -> list[str]:
        raise AssertionError("the ruamel merge was used for a plain item")

    monkeypatch.setattr(splice, "merged_lines", slow)  # the rules must take the quick writer
    saved = check_save(base, policy)
    assert saved == text.replace("c.sub", "c.renamed")
