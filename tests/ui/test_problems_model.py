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
