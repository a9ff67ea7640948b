"""``batch``: many projects on a Dask cluster (local processes by default, or a running
cluster by address), one summary row and one results document per project."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from bipv_designer.errors import BipvError

PROJECT_PATTERN = "*.bipv.json"


def add_parser(commands) -> None:
    """Register the command."""
    parser = commands.add_parser(
        "batch", help="simulate many projects on a Dask cluster and summarise them"
    )
    parser.add_argument(
        "projects",
        type=Path,
        nargs="+",
        metavar="PROJECT_OR_FOLDER",
        help=f"project files, or folders searched for {PROJECT_PATTERN}",
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="CSV", help="summary to write (.csv)"
    )
    parser.add_argument("--xlsx", type=Path, metavar="OUT", help="also write the summary as XLSX")
    parser.add_argument(
        "--json-dir",
        type=Path,
        metavar="DIR",
        help="folder for one results document per project (default: beside the summary, "
        "named after it)",
    )
    parser.add_argument(
        "--workers", type=int, metavar="N", help="worker processes of the local cluster"
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running Dask scheduler, e.g. tcp://host:8786 (default: $DASK_SCHEDULER_ADDRESS, "
        "else a local cluster)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    """Run every project; 0 when all ran, 1 when some failed, 130 after Ctrl-C."""
    from bipv_designer.batch.engine import CANCELLED, run_batch
    from bipv_designer.batch.jobs import JobResult, prepare_job
    from bipv_designer.batch.summary import write_summary
    from bipv_designer.cli import EXIT_INTERRUPTED
    from bipv_designer.files import write_text_atomically
    from bipv_designer.report.json_text import json_text

    if args.output.suffix.lower() != ".csv":
        raise BipvError(f"--output {args.output}: expected a file ending in .csv")
    if args.xlsx is not None and args.xlsx.suffix.lower() != ".xlsx":
        raise BipvError(f"--xlsx {args.xlsx}: expected a file ending in .xlsx")
    if args.workers is not None and args.workers < 1:
        raise BipvError(f"--workers: expected at least 1, got {args.workers}")
    paths = project_paths(args.projects)
    json_dir = args.json_dir or args.output.with_name(f"{args.output.stem}-projects")
    names = unique_names(paths)
    jobs, refused = [], {}
    for path, name in zip(paths, names, strict=True):
        try:
            jobs.append(prepare_job(path, name))
        except (BipvError, OSError) as error:
            refused[name] = JobResult(name, str(path), None, _message(error))
    done = _progress(sys.stderr, len(paths), len(refused))
    ran = run_batch(jobs, workers=args.workers, scheduler=args.scheduler, progress=done)
    by_name = {r.name: r for r in ran} | refused
    results = [by_name[name] for name in names]
    json_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        if result.document is not None:
            write_text_atomically(json_dir / f"{result.name}.json", json_text(result.document))
    written = [write_summary(results, args.output)]
    if args.xlsx is not None:
        written.append(write_summary(results, args.xlsx))
    failed = [r for r in results if r.document is None]
    out.writelines(f"wrote {path}\n" for path in written)
    out.write(f"wrote {len(results) - len(failed)} results documents to {json_dir}\n")
    out.writelines(f"{r.name}: {r.error}\n" for r in failed)
    if any(r.error == CANCELLED for r in results):
        return EXIT_INTERRUPTED
    return 1 if failed else 0


def project_paths(arguments: list[Path]) -> list[Path]:
    """Project files named, and those in folders named (sorted), each once."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found += sorted(argument.rglob(PROJECT_PATTERN))
        elif argument.is_file():
            found.append(argument)
        else:
            raise BipvError(f"{argument}: no such project file or folder")
    unique = list(dict.fromkeys(p.resolve() for p in found))
    if not unique:
        raise BipvError(
            f"no project files ({PROJECT_PATTERN}) in {', '.join(map(str, arguments))}"
        )
    return unique


def unique_names(paths: list[Path]) -> list[str]:
    """Each project's name in the summary: its file's stem, numbered when repeated."""
    names, seen = [], {}
    for path in paths:
        stem = path.name.removesuffix(".json").removesuffix(".bipv")
        seen[stem] = seen.get(stem, 0) + 1
        names.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return names


def _message(error: Exception) -> str:
    if isinstance(error, OSError):
        return f"{error.filename}: {error.strerror}"
    return str(error)


def _progress(stream: TextIO, total: int, refused: int):
    """``done(k, n, result)`` of the engine as a progress line counting every project."""
    from bipv_designer.cli.progress import progress_line

    line = progress_line(stream)

    def done(finished: int, _submitted: int, result) -> None:
        status = "ok" if result.document is not None else "failed"
        line((refused + finished) / total, f"{refused + finished}/{total} {result.name} {status}")

    return done
