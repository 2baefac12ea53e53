"""``datachat semantic ...``: semantic models as OSI core-spec YAML.

    datachat semantic infer --database URL                  a draft model of the database, on stdout
    datachat semantic validate --database URL FILE.yaml     exit 1 with "FILE:LINE: problem" lines
    datachat semantic import --database URL FILE            OSI YAML or dbt semantic_manifest.json -> live version
    datachat semantic export --database URL                 the live model of that data source, on stdout
"""

import sys
from pathlib import Path


def load_model_file(path: str, url: str):
    """Read and validate an OSI YAML or dbt ``semantic_manifest.json`` file; exit 1 with its problems."""
    import sqlalchemy as sa

    from datachat.semantic.catalog import read_catalog
    from datachat.semantic.dbt import read_dbt_manifest
    from datachat.semantic.osi import ModelError, read_osi
    from datachat.semantic.validate import validate_model

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise SystemExit(f"{path}: {exc.strerror}") from exc
    try:
        model = read_dbt_manifest(text) if path.endswith(".json") else read_osi(text)
    except ModelError as exc:
        for problem in exc.problems:
            print(f"{path}:{problem.line}: {problem.message}", file=sys.stderr)
        raise SystemExit(1) from exc
    problems = validate_model(model, read_catalog(sa.create_engine(url)))
    if problems:
        for problem in problems:
            print(f"{path}:{problem.line}: {problem.message}", file=sys.stderr)
        raise SystemExit(1)
    return model


def cmd_infer(args) -> int:
    import sqlalchemy as sa

    from datachat.semantic.infer import infer_model
    from datachat.semantic.osi import write_osi

    sys.stdout.write(write_osi(infer_model(sa.create_engine(args.database))))
    return 0


def cmd_validate(args) -> int:
    model = load_model_file(args.file, args.database)
    print(f"{args.file}: valid ({len(model.datasets)} datasets, {len(model.metrics)} metrics, "
          f"{len(model.segments)} segments, {len(model.verified_questions)} verified questions)")
    return 0


def cmd_import(args) -> int:
    from datachat.services.embeds import data_source_for_url
    from datachat.services.semantic import save_version

    model = load_model_file(args.file, args.database)
    version = save_version(data_source_for_url(args.database), model, note=f"imported from {Path(args.file).name}",
                           live=True)
    print(f"imported as version {version.version} (live)")
    return 0


def cmd_export(args) -> int:
    from datachat.models import DataSource
    from datachat.semantic.osi import write_osi
    from datachat.services.semantic import live_model

    source = next((s for s in DataSource.objects.all() if s.url == args.database), None)
    model = live_model(source) if source else None
    if model is None:
        raise SystemExit("export: that data source has no semantic model")
    sys.stdout.write(write_osi(model))
    return 0


def register(sub) -> None:
    semantic = sub.add_parser("semantic", help="semantic models (OSI YAML): infer, validate, import, export")
    commands = semantic.add_subparsers(dest="semantic_command", required=True)
    for name, func, text, needs_file in (
        ("infer", cmd_infer, "print a draft model of the database", False),
        ("validate", cmd_validate, "check a model file against the database", True),
        ("import", cmd_import, "store a model file as the data source's live model", True),
        ("export", cmd_export, "print the data source's live model", False),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("--database", required=True, help="SQLAlchemy URL, e.g. sqlite:///shop.db")
        if needs_file:
            command.add_argument("file", help="OSI YAML (or dbt semantic_manifest.json for import/validate)")
        command.set_defaults(func=func)
