"""Packaging: pyproject.toml says everything but one step, done here.

resources/ (JSON Schema, icons, translations, catalogues), the user guide in docs/ and the example maps and
teaching templates in maps/ live at the
top of the source tree, where `make schema`, translators and readers find them. A wheel must carry
them inside the package: building copies them to argmap/resources and argmap/docs, where
argmap.package_files looks first. (An editable install reads them from the source tree.)
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
#: (folder of the source tree, its place in the package, what to copy: everything but sources of the docs' pictures)
SHIPPED = (("resources", "resources", ()), ("docs", "docs", ("*.py", "*.json", "__pycache__")), ("maps", "maps", ()))


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        for source, target, ignore in SHIPPED:
            folder = ROOT / source
            if folder.is_dir():  # an sdist carries both (MANIFEST.in); a wheel from it copies them again
                shutil.copytree(folder, Path(self.build_lib) / "argmap" / target, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns(*ignore))


setup(cmdclass={"build_py": BuildWithResources})
