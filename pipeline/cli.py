"""Command-line interface: one command per stage, ``run`` to chain them, ``eval`` and ``report``.

Every command takes ``--help``. A missing or empty input folder is a one-line error with
exit status 2.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.config import DEFAULT_MODEL

app = typer.Typer(
    help="casefacts: news articles in, Parquet tables of case facts out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Score the pipeline against gold data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

InputDir = Annotated[Path, typer.Argument(help="Folder of articles (searched recursively).")]
OutDir = Annotated[Path, typer.Option("--out", "-o", help="Folder for the Parquet tables.")]
Model = Annotated[str, typer.Option(help="Any installed spaCy pipeline.")]
Predictions = Annotated[
    Path | None, typer.Option(help="Also write the predictions here as JSON lines.")
]
Limit = Annotated[int | None, typer.Option(help="Only the first N documents.")]


def fail(message: str, code: int = 2) -> None:
    """Print a one-line error and exit with ``code``."""
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def check_input_dir(input_dir: Path) -> None:
    """Exit with status 2 unless ``input_dir`` is a folder with at least one file."""
    if not input_dir.exists():
        fail(f"input folder {input_dir} does not exist")
    if not input_dir.is_dir():
        fail(f"{input_dir} is not a folder")
    if not any(p.is_file() for p in input_dir.rglob("*")):
        fail(f"input folder {input_dir} has no files")


@app.command()
def run(
    input_dir: InputDir,
    out: OutDir = Path("outputs"),
    model: Model = DEFAULT_MODEL,
    workers: Annotated[int, typer.Option(help="Processes for extract and normalise.")] = 1,
    engine: Annotated[
        str, typer.Option(help="Where articles are processed: local or dask.")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address (tcp://host:8786); default: a local cluster."),
    ] = None,
    full: Annotated[bool, typer.Option(help="Reprocess every article.")] = False,
    day_first: Annotated[
        bool | None, typer.Option(help="Read 03/04/2021 as 3 April (default: by evidence).")
    ] = None,
    progress: Annotated[bool, typer.Option(help="Show a progress bar.")] = True,
) -> None:
    """Ingest, extract, normalise and write: INPUT_DIR in, Parquet tables in --out.

    Exit status 0 when every article was processed or recorded with its status, 2 for a
    bad input folder, option or model name, 3 when another run is writing to --out.
    """
    from pipeline.config import Config
    from pipeline.engines import ENGINES, EngineUnavailable
    from pipeline.run import RunLocked, run_pipeline

    check_input_dir(input_dir)
    if engine not in ENGINES:
        fail(f"unknown engine {engine!r}: choose one of {', '.join(ENGINES)}")
    if workers < 1:
        fail("--workers must be at least 1")
    if scheduler and engine != "dask":
        fail("--scheduler needs --engine dask")
    config = Config(
        model=model, workers=workers, day_first=day_first, engine=engine, scheduler=scheduler
    )
    try:
        summary = run_pipeline(input_dir, out, config, full=full, progress=progress)
    except RunLocked as err:
        fail(str(err), code=3)
    except EngineUnavailable as err:
        fail(str(err))
    except Exception as err:
        from pipeline.nlp import ModelNotInstalled  # imported late: it imports spaCy

        if isinstance(err, ModelNotInstalled):
            fail(str(err))
        raise
    typer.echo(summary.describe())


@app.command()
def ingest(input_dir: InputDir, out: OutDir = Path("outputs")) -> None:
    """Read INPUT_DIR into --out/articles.parquet (text, title, published date, status)."""
    from pipeline.stages import ingest_stage

    check_input_dir(input_dir)
    typer.echo(ingest_stage(input_dir, out))


@app.command()
def extract(
    out: OutDir = Path("outputs"),
    model: Model = DEFAULT_MODEL,
    day_first: Annotated[bool | None, typer.Option(help="Read 03/04/2021 as 3 April.")] = None,
) -> None:
    """Run spaCy over --out/articles.parquet into --out/_stage/extract.jsonl.gz."""
    from pipeline.config import Config
    from pipeline.stages import extract_stage

    typer.echo(extract_stage(out, Config(model=model, day_first=day_first)))


@app.command()
def normalise(out: OutDir = Path("outputs")) -> None:
    """Merge the extracted mentions into entities and facts: --out/_stage/normalise.jsonl.gz."""
    from pipeline.stages import normalise_stage

    typer.echo(normalise_stage(out))


@app.command()
def write(out: OutDir = Path("outputs")) -> None:
    """Write the normalised rows as the Parquet tables in --out."""
    from pipeline.stages import write_stage

    typer.echo(write_stage(out))


@app.command()
def report(out_dir: Annotated[Path, typer.Argument(help="Output folder of a run.")]) -> None:
    """Write an HTML report of OUT_DIR into OUT_DIR/report/."""
    from pipeline.report import write_report

    if not (out_dir / "articles.parquet").exists():
        fail(f"{out_dir} holds no articles.parquet: run the pipeline first")
    index = write_report(out_dir)
    typer.echo(f"report: {index}")


@eval_app.command("dates")
def eval_dates(
    file: Annotated[
        Path, typer.Argument(help="TempEval-3 JSON lines (doc_id, dct, text, timexes).")
    ],
    predictions: Predictions = None,
    model: Model = DEFAULT_MODEL,
    limit: Limit = None,
) -> None:
    """TempEval-3 span and value scores of the date detector and normaliser."""
    from pipeline.evaluate.dates import evaluate_dates

    _need_file(file)
    evaluate_dates(file, predictions=predictions, model=model, limit=limit)


@eval_app.command("facts")
def eval_facts(
    file: Annotated[Path, typer.Argument(help="casefacts JSON lines with gold facts.")],
    predictions: Predictions = None,
    model: Model = DEFAULT_MODEL,
    limit: Limit = None,
) -> None:
    """Person, age, incident-date and place scores on casefacts articles."""
    from pipeline.evaluate.facts import evaluate_facts

    _need_file(file)
    evaluate_facts(file, predictions=predictions, model=model, limit=limit)


@eval_app.command("ner")
def eval_ner(
    file: Annotated[Path, typer.Argument(help="NER JSON lines (doc_id, text, ents).")],
    split: Annotated[str | None, typer.Option(help="Only documents of this split.")] = None,
    model: Model = DEFAULT_MODEL,
    limit: Limit = None,
) -> None:
    """Mapped PER/LOC/ORG F1 of the plain model and of the pipeline's entities."""
    from pipeline.evaluate.ner import evaluate_ner

    _need_file(file)
    evaluate_ner(file, split=split, model=model, limit=limit)


@eval_app.command("cases")
def eval_cases(
    file: Annotated[Path, typer.Argument(help="casefacts JSON lines with gold incidents.")],
    predictions: Predictions = None,
    model: Model = DEFAULT_MODEL,
    limit: Limit = None,
) -> None:
    """Case roles, incident date and place, and article clustering scores."""
    from pipeline.evaluate.cases import evaluate_cases

    _need_file(file)
    evaluate_cases(file, predictions=predictions, model=model, limit=limit)


def _need_file(file: Path) -> None:
    if not file.is_file():
        fail(f"{file} is not a file (the shared data lives in ../shared/data)")


def main() -> None:
    """Entry point of ``python -m pipeline`` and the ``casefacts`` script."""
    from pipeline.engines import single_threaded_math

    single_threaded_math()  # before numpy is imported; inherited by worker processes
    app()
