"""Build step that ships the rule data: ``models/`` is copied into the wheel as ``pipeline/models``.

``models/`` stays the one top-level source of the rule data (lexicons, patterns, gazetteers); an
installed (non-editable) copy finds it beside its modules. Everything else is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RULE_DATA = Path(__file__).resolve().parent / "models"


class BuildWithRuleData(build_py):
    """``build_py`` that also copies ``models/`` to ``<build>/pipeline/models``."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:  # an editable install reads models/ in the checkout
            return
        target = Path(self.build_lib) / "pipeline" / "models"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(RULE_DATA, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildWithRuleData})
