"""The problems table model, its filter, and the row steps that keep it current."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from app.ui.problems.model import ProblemRole, ProblemsFilter, ProblemsModel
from app.validation.finding import Severity
from app.validation.ordering import CODE, LOCATION, MESSAGE, SEVERITY
from tests.validation.test_problems import SAMPLE, problem


def texts(model, column: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_model_and_proxy_pass_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    model.set_problems(SAMPLE)
    qtmodeltester.check(model)
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    proxy.set_text("rules")
    qtmodeltester.check(proxy)
    model.set_problems(SAMPLE[1:])
    qtmodeltester.check(proxy)


def test_rows_show_severity_code_message_and_location(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    model.set_problems(SAMPLE)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == [
        "Severity", "Code", "Message", "Location"]
    assert texts(model, SEVERITY) == ["Error", "Error", "Warning", "Warning", "Note"]
    # errors first, then in the order the validation runner reports (by path)
    assert texts(model, CODE) == ["STR001", "STR003", "GOV002", "RET001", "TRN001"]
    assert model.index(0, 0).data(ProblemRole) == SAMPLE[4]
    assert model.index(0, LOCATION).data() == "categories[3].id"
    assert model.index(1, LOCATION).data() == "rules[0].purposes[0]"  # no words: the path
    assert not model.index(0, SEVERITY).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "line 12" in model.index(1, LOCATION).data(Qt.ItemDataRole.ToolTipRole)
    assert model.rowCount(model.index(0, 0)) == 0


def test_sorting_is_done_by_the_model(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    model.set_problems(SAMPLE)
    proxy.sort(CODE, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, CODE) == ["GOV002", "RET001", "STR001", "STR003", "TRN001"]
    proxy.sort(CODE, Qt.SortOrder.DescendingOrder)
    assert texts(proxy, CODE) == ["TRN001", "STR003", "STR001", "RET001", "GOV002"]
    proxy.sort(LOCATION)
    assert texts(proxy, CODE) == ["TRN001", "STR001", "GOV002", "STR003", "RET001"]
    model.set_problems(list(reversed(SAMPLE)))  # new results keep the chosen order
    assert texts(proxy, CODE) == ["TRN001", "STR001", "GOV002", "STR003", "RET001"]


def test_persistent_selection_follows_a_sort(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPersistentModelIndex

    model = ProblemsModel()
    model.set_problems(SAMPLE)
    kept = QPersistentModelIndex(model.index(4, MESSAGE))
    code = kept.data(ProblemRole).finding.code
    model.sort(CODE)
    assert kept.isValid() and kept.data(ProblemRole).finding.code == code
    assert kept.column() == MESSAGE


def test_updates_remove_and_insert_only_what_changed(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    model.set_problems(SAMPLE)
    events: list[tuple[str, int, int]] = []
    model.rowsInserted.connect(lambda _p, a, b: events.append(("insert", a, b)))
    model.rowsRemoved.connect(lambda _p, a, b: events.append(("remove", a, b)))
    model.modelReset.connect(lambda: events.append(("reset", 0, 0)))
    extra = problem("STR003", Severity.ERROR, ("rules", 1, "purposes", 0), item_id="r1")
    model.set_problems([*SAMPLE, extra])
    assert events == [("insert", 2, 2)]
    events.clear()
    model.set_problems(SAMPLE[1:])
    assert events == [("remove", 1, 2)]
    assert texts(model, CODE) == ["STR001", "GOV002", "RET001", "TRN001"]




def test_filter_by_severity_and_text(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    model.set_problems(SAMPLE)
    proxy.set_severity_shown(Severity.WARNING, False)
    assert texts(proxy, CODE) == ["STR001", "STR003", "TRN001"]
    assert not proxy.severity_shown(Severity.WARNING)
    proxy.set_text("  CATEGORIES ")
    assert texts(proxy, CODE) == ["STR001", "TRN001"]
    proxy.set_text("c3")  # the item id matches too
    assert texts(proxy, CODE) == ["STR001"]
    proxy.set_text("")
    proxy.set_severity_shown(Severity.WARNING, True)
    assert proxy.rowCount(QModelIndex()) == len(SAMPLE)


def test_filter_text_is_matched_literally_and_new_rows_are_filtered(qapp) -> None:  # type: ignore[no-untyped-def]
    model = ProblemsModel()
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    model.set_problems(SAMPLE)
    proxy.set_text("rules[0].purposes[0]")  # brackets and dots are not pattern syntax
    assert texts(proxy, CODE) == ["STR003"]
    proxy.set_text(".*")
    assert texts(proxy, CODE) == []
    proxy.set_text("")
    for severity in Severity:
        proxy.set_severity_shown(severity, False)
    assert proxy.rowCount(QModelIndex()) == 0
    proxy.set_severity_shown(Severity.WARNING, True)
    extra = problem("GOV002", Severity.WARNING, ("rules", 1), item_id="r1")
    model.set_problems([*SAMPLE, extra])  # rows added later pass through the same filter
    assert texts(proxy, CODE) == ["GOV002", "GOV002", "RET001"]
    model.set_problems([p for p in SAMPLE if p.finding.severity is Severity.ERROR])
    assert proxy.rowCount(QModelIndex()) == 0


def test_an_unfiltered_table_is_updated_without_asking_each_row(qapp) -> None:  # type: ignore[no-untyped-def]
    """With nothing filtered out, Qt accepts rows without calling into Python per row."""
    from PySide6.QtCore import QSortFilterProxyModel

    assert ProblemsFilter.filterAcceptsRow is QSortFilterProxyModel.filterAcceptsRow
    asked: list[int] = []

    class Counting(ProblemsModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
            asked.append(role)
            return super().data(index, role)

    model = Counting()
    proxy = ProblemsFilter()
    proxy.setSourceModel(model)
    many = [problem("STR001", Severity.ERROR, ("rules", n), item_id=f"r{n}")
            for n in range(300)]
    model.set_problems(many)
    model.set_problems(many[::-1][:200])
    assert proxy.rowCount(QModelIndex()) == 200
    assert asked == []
    proxy.set_text("r1")
    expected = [r for r in range(model.rowCount()) if "r1" in model.search_text(r)]
    assert asked and 0 < proxy.rowCount(QModelIndex()) == len(expected) < 200
