"""Run the command line in a child process under a memory limit and report its peak memory.

Tests that feed hostile input use this, so a regression fails a test instead of taking the
machine down: the child cannot map more than ``limit_mb`` of address space.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT_MB = 2048
_CHILD = """\
import resource, sys
limit = int(sys.argv[1]) << 20
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from app.cli import main
try:
    status = main(sys.argv[2:])
finally:
    sys.stdout.flush()
    # VmHWM starts afresh at exec; ru_maxrss would include the parent's peak before it.
    with open("/proc/self/status") as status_file:
        peak_kb = next(int(line.split()[1]) for line in status_file
                       if line.startswith("VmHWM:"))
    sys.stderr.write(f"\\npeak-rss-kb {peak_kb}\\n")
sys.exit(status)
"""


@dataclass
class Run:
    """What the child did: exit status, output, and its peak resident memory in MB."""

    status: int
    out: str
    err: str
    peak_mb: float


def run_cli(args: list[str], *, stdin: bytes | None = None, timeout: float = 300,
            limit_mb: int = LIMIT_MB) -> Run:
    """``policy-studio ARGS`` in a child limited to ``limit_mb`` of address space."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(limit_mb), *args], cwd=ROOT,
                          input=stdin, capture_output=True, timeout=timeout, check=False)
    err = done.stderr.decode("utf-8", "replace")
    body, _, peak = err.rstrip("\n").rpartition("\npeak-rss-kb ")
    return Run(done.returncode, done.stdout.decode("utf-8", "replace"), body,
               int(peak) / 1024 if peak.isdigit() else float("nan"))


def child_script() -> str:
    """The child's code (for tests that drive it through a pipe themselves)."""
    return _CHILD
