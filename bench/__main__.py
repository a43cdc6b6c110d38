"""`python -m bench [--no-gui]`: measure the policy core and the editor on the large policy.

Prints one ``name: value`` line per figure. Ratios compare against a reference measured in the
same run, so they mean the same on a fast or a slow machine. Targets (DESIGN section 8 and the
issues): validate_large_s < 0.5, validate_vs_libyaml_parse <= 1.5, decisions_per_s >= 200000,
regorus_large_per_s >= 2000, opa_large_per_s >= 1000, decide_vs_regorus < 200,
regorus_example_ms and opa_example_ms < 0.2.
"""

from __future__ import annotations

import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from app.domain.canonical import to_canonical_json
from app.domain.decisions import DecisionEngine, Request
from app.domain.enums import ConsentState
from app.domain.models import Policy
from app.storage.loader import load_file
from app.storage.resources import region_catalogue
from app.validation.runner import run_checks, validate_loaded
from bench.generate import write

OUT = Path(__file__).resolve().parent / "out"
REPEATS = 3


def timed(work: Callable[[], object], repeats: int = REPEATS) -> float:
    """Median wall time of ``work`` over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def requests_for(policy: Policy, count: int, seed: int = 7) -> list[Request]:
    """Half the requests aim at what rules cover, half are arbitrary pairs."""
    rng = random.Random(seed)
    cats = [c.id for c in policy.categories]
    purposes = [p.id for p in policy.purposes]
    subjects = [s.id for s in policy.subjects] + [None] * 10
    recipients = [r.id for r in policy.recipients] + [None] * 50
    consents = list(ConsentState)
    found = []
    for i in range(count):
        if i % 2:
            rule = policy.rules[rng.randrange(len(policy.rules))]
            category, purpose = rng.choice(rule.categories), rng.choice(rule.purposes)
        else:
            category, purpose = rng.choice(cats), rng.choice(purposes)
        found.append(Request(category, purpose, rng.choice(subjects), rng.choice(recipients),
                             rng.choice(["DE", "fr-75c", "US-CA", "US-TX", "GB", "CN", None]),
                             rng.choice(consents), rng.random() < 0.2))
    return found


def main() -> int:
    """Run every measurement and print the figures."""
    path = write(OUT / "large.policy.yaml")
    data = path.read_bytes()
    print(f"large_policy_mb: {len(data) / 1e6:.2f}")

    libyaml = timed(lambda: yaml.load(data, Loader=yaml.CSafeLoader))
    load = timed(lambda: load_file(path))
    cli_path = timed(lambda: validate_loaded(load_file(path)))
    loaded = load_file(path)
    policy = loaded.policy
    validate = timed(lambda: run_checks(policy))
    print(f"libyaml_parse_s: {libyaml:.3f}")
    print(f"load_large_s: {load:.3f}")
    print(f"load_vs_libyaml_parse: {load / libyaml:.2f}")
    print(f"validate_large_s: {validate:.3f}")
    print(f"validate_vs_libyaml_parse: {cli_path / libyaml:.2f}")

    engine = DecisionEngine(policy, region_catalogue())
    batch = requests_for(policy, 200_000)
    decide = engine.decide
    elapsed = timed(lambda: [decide(r) for r in batch], repeats=1)
    print(f"decisions_per_s: {len(batch) / elapsed:.0f}")
    allowed = sum(decide(r).allowed for r in batch)
    print(f"decisions_allowed_share: {allowed / len(batch):.2f}")

    print(f"canonical_json_s: {timed(lambda: to_canonical_json(policy)):.3f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak_rss_mb: {peak / (1024 * 1024 if sys.platform == 'darwin' else 1024):.0f}")
    engine_figures(policy)
    impact_figures(policy)
    merge_figures()
    save_figures()
    bundle_figures()
    if "--no-gui" not in sys.argv:
        gui_figures()
    return 0


def engine_figures(policy: Policy) -> None:
    """Our decisions per second vs. regorus and real OPA (OPA bundle) and Cedar (Cedar export)."""
    from bench.engines import measure_engines, measure_example, opa_import_error

    why = opa_import_error()
    if why is not None:
        print(f"note: OPA figures skipped, opa-golib-python-bindings cannot be imported: {why}",
              file=sys.stderr)
    figures = measure_engines(policy)
    figures.update(measure_example())
    figures.update(cedar_figures(policy, figures["decide_per_s"]))
    for name, value in figures.items():
        if name.endswith("_ms"):
            print(f"{name}: {value:.3f}")
        else:
            print(f"{name}: {value:.0f}" if value >= 100 or name.endswith("_requests")
                  else f"{name}: {value:.2f}")


def impact_figures(policy: Policy) -> None:
    """The impact of a deterministic 100-rule change (target impact_large_s < 10)."""
    from bench.impact import measure_impact

    for name, value in measure_impact(policy).items():
        print(f"{name}: {value:.3f}" if name.endswith("_s") else f"{name}: {value:.0f}")


def cedar_figures(policy: Policy, decide_per_s: float) -> dict[str, float]:
    """The real Cedar engine on the Cedar export (left out when cedarpy cannot be imported)."""
    from bench.cedar import cedar_import_error, measure_cedar

    why = cedar_import_error()
    if why is not None:
        print(f"note: Cedar figures skipped, cedarpy cannot be imported: {why}", file=sys.stderr)
        return {}
    return measure_cedar(policy, decide_per_s)


def merge_figures() -> None:
    """The three-way merge of the large policy, and writing it over ours' text."""
    from bench.merge import measure_merge_large

    for name, value in measure_merge_large().items():
        print(f"{name}: {value:.3f}")


def save_figures() -> None:
    """Saving the large policy after a one-item edit, as the window does (target < 1 s)."""
    from bench.save import measure_save_large

    for name, value in measure_save_large().items():
        print(f"{name}: {value:.3f}")


def bundle_figures() -> None:
    """The app bundle's size, when it has been built (resources/packaging/build.py)."""
    from bench.bundle import BUNDLE, measure_bundle

    figures = measure_bundle()
    if not figures:
        print(f"note: bundle_size_mb skipped, no app bundle in {BUNDLE} "
              "(python resources/packaging/build.py builds it)", file=sys.stderr)
    for name, value in figures.items():
        print(f"{name}: {value:.1f}")


def gui_figures() -> None:
    """The desktop editor's figures (offscreen): open, cold start, revalidation."""
    from bench.document_tab import measure_document_tab
    from bench.documents import measure_art30_pdf_large, measure_pdf_large
    from bench.flow import measure_flow_large
    from bench.gui import measure_revalidation
    from bench.gui_open import measure_cold_start, measure_gui_open_large
    from bench.matrix import measure_matrix_first_paint

    wanted = ("gui_open_large_s", "gui_open_large_vs_libyaml_parse", "gui_cold_start_s",
              "revalidate_gui_block_ms", "revalidate_gui_block_max_ms", "revalidate_total_ms",
              "edit_to_findings_description_ms", "edit_to_findings_effect_ms",
              "edit_to_findings_rename_ms", "edit_to_findings_rename_quoted_ms",
              "edit_to_findings_large_ms", "matrix_first_paint_s",
              "pdf_large_s", "pdf_large_pages", "art30_pdf_large_s",
              "art30_pdf_large_pages", "document_tab_gui_ms", "document_tab_idle_stall_ms",
              "flow_gui_ms", "flow_gui_stall_ms", "flow_update_s", "flow_large_ms")
    figures: dict[str, float] = {}
    for measure in (measure_gui_open_large, measure_cold_start, measure_revalidation,
                    measure_matrix_first_paint, measure_pdf_large, measure_art30_pdf_large,
                    measure_document_tab,
                    measure_flow_large):
        figures.update(measure())
    for name in wanted:
        if name in figures:
            value = figures[name]
            print(f"{name}: {value:.3f}" if name.endswith("_s") else f"{name}: {value:.2f}")


if __name__ == "__main__":
    sys.exit(main())
