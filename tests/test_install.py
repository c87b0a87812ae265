"""A real install: the wheel carries the rule data, and the package runs from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

RUN_FROM_ELSEWHERE = """
import pipeline, pipeline.resources
print(pipeline.resources.models_dir())
result = pipeline.extract(["La start-up a levé 12 millions d'euros auprès du fonds Partech."])
print(result.amounts.loc[0, "currency"], result.amounts.loc[0, "value"])
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if build.returncode != 0:
        pytest.skip(f"no wheel could be built here (pip wheel: {build.stderr.strip()[-300:]})")
    return next(out.glob("*.whl"))


def test_the_wheel_ships_every_rule_data_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    sources = [p.relative_to(ROOT).as_posix() for p in (ROOT / "models").rglob("*") if p.is_file()]
    assert sources
    missing = [s for s in sources if f"pipeline/{s}" not in names]
    assert missing == []


def test_an_installed_copy_runs_from_another_folder(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PIPELINE_MODELS_DIR", None)
    run = subprocess.run(
        [sys.executable, "-c", RUN_FROM_ELSEWHERE],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    models, amount = run.stdout.strip().splitlines()[-2:]
    assert Path(models) == site / "pipeline" / "models"
    assert amount == "EUR 12000000.0"
