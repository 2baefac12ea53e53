"""The ``datachat`` command (CONTRACT.md section 2).

    datachat demo [--port N]
    datachat ask --database URL [--json] [--engine semantic|llm] "QUESTION"
    datachat ask --database URL --questions FILE.jsonl --json
    datachat eval --database URL --questions FILE.jsonl
    datachat ask --database URL --semantic-model FILE.yaml ...
    datachat semantic infer|validate|import|export --database URL [FILE]
    datachat embed create --name NAME --origin ORIGIN [--origin ...] --rate-limit N --database URL
    datachat serve [--port N] [--workers N]
    datachat worker

Subcommands that need the app database run against ``DJANGO_SETTINGS_MODULE`` (default ``backend.settings``).
"""

import argparse
import json
import os
from pathlib import Path

from . import embed as embed_commands
from . import semantic as semantic_commands
from .scopes import scope_for_url


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "backend.settings")
    import django

    django.setup()


def _read_questions(path: str) -> list[dict]:
    questions = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SystemExit(f"{path}:{number}: not JSON ({exc.msg})") from exc
        if not isinstance(item, dict) or not isinstance(item.get("question"), str):
            raise SystemExit(f'{path}:{number}: expected {{"id": ..., "question": "..."}}')
        questions.append(item)
    return questions


def cmd_ask(args) -> int:
    from datachat.progress import ProgressBar
    from datachat.services.pipeline import answer_question

    scope = scope_for_url(args.database, args.engine, args.semantic_model)
    if args.questions:
        items = _read_questions(args.questions)
    elif args.question:
        items = [{"id": None, "question": args.question}]
    else:
        raise SystemExit("ask: give a QUESTION or --questions FILE.jsonl")
    failures = 0
    with ProgressBar(len(items), "ask") as bar:
        for item in items:
            reply = answer_question(scope, item["question"], engine=args.engine)
            failures += reply.error is not None or reply.clarification is not None
            if args.json:
                print(json.dumps(reply.as_json(item.get("id")), default=str), flush=True)
            else:
                _print_reply(reply)
            bar.advance()
    return 1 if failures else 0


def _print_reply(reply) -> None:
    print(reply.content)
    if reply.clarification:
        for option in reply.clarification["options"]:
            print(f"  - {option['label']}: {option['question']}")
    if reply.interpretation and reply.interpretation not in reply.content:
        print(f"\nComputed: {reply.interpretation}")
    if reply.sql:
        print(f"\nSQL: {reply.sql}")
    if reply.data and reply.data["rows"]:
        names = [c["name"] for c in reply.data["columns"]]
        print("\n" + " | ".join(names))
        for row in reply.data["rows"][:20]:
            print(" | ".join("" if v is None else str(v) for v in row))
        if len(reply.data["rows"]) > 20:
            print(f"… {len(reply.data['rows']) - 20} more rows")


def cmd_eval(args) -> int:
    from datachat.services.evaluation import evaluate

    items = [item for item in _read_questions(args.questions) if item.get("gold")]
    if not items:
        raise SystemExit("eval: no question in the file carries a gold SQL")
    report = evaluate(scope_for_url(args.database, args.engine), items, engine=args.engine, verbose=args.verbose)
    for miss in report.misses if args.verbose else []:
        print(json.dumps(miss, default=str))
    print(f"execution accuracy: {report.correct}/{report.total} ({report.percent:.1f}%)")
    return 0


def cmd_demo(args) -> int:
    from datachat.services.demo_server import run_demo

    return run_demo(port=args.port, host=args.host, worker=not args.no_worker)


def cmd_serve(args) -> int:
    from datachat.serving import run_server

    return run_server(host=args.host, port=args.port, workers=args.workers)


def cmd_worker(args) -> int:
    from django.core.management import call_command

    call_command("datachat_worker")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="datachat", description="Ask your data: questions to safe SQL.")
    sub = parser.add_subparsers(dest="command", required=True)

    demo = sub.add_parser("demo", help="migrate, seed the demo shop and serve it on http://127.0.0.1:PORT/")
    demo.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    demo.add_argument("--host", default="127.0.0.1")
    demo.add_argument("--no-worker", action="store_true", help="do not start the background worker")
    demo.set_defaults(func=cmd_demo)

    for name, func, text in (("ask", cmd_ask, "answer questions against a database URL"),
                             ("eval", cmd_eval, "execution accuracy on questions with gold SQL")):
        command = sub.add_parser(name, help=text)
        command.add_argument("--database", required=True, help="SQLAlchemy URL, e.g. sqlite:///shop.db")
        command.add_argument("--questions", required=(name == "eval"), help='JSONL: {"id", "question"[, "gold"]}')
        command.add_argument("--engine", choices=["semantic", "llm"], default=None)
        if name == "ask":
            command.add_argument("--json", action="store_true", help="one JSON object per question")
            command.add_argument("--semantic-model", help="an OSI YAML semantic model to use for this run")
            command.add_argument("question", nargs="?")
        else:
            command.add_argument("--verbose", action="store_true", help="print each miss as a JSON line")
        command.set_defaults(func=func)

    embed_commands.register(sub)
    semantic_commands.register(sub)

    serve = sub.add_parser("serve", help="the production server (ASGI, pooled connections), settings from the env")
    serve.add_argument("--port", type=int, default=int(os.environ.get("PORT", 8000)))
    serve.add_argument("--workers", type=int, default=int(os.environ.get("WEB_CONCURRENCY", 2)))
    serve.add_argument("--host", default=os.environ.get("DATACHAT_HOST", "127.0.0.1"))
    serve.set_defaults(func=cmd_serve)

    worker = sub.add_parser("worker", help="run the background worker (automations, webhooks)")
    worker.set_defaults(func=cmd_worker)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "demo":  # the demo's worker runs tasks queued in the app database
        os.environ.setdefault("DATACHAT_TASKS_BACKEND", "django_tasks_db.DatabaseBackend")
    if args.command == "serve":  # the workers set Django up themselves
        return args.func(args)
    _setup_django()
    stored = args.command == "semantic" and args.semantic_command in {"import", "export"}
    llm = args.command in {"ask", "eval"} and args.engine == "llm"
    if args.command in {"embed", "demo", "worker"} or stored or llm:
        _migrate_quietly()
    return args.func(args)


def _migrate_quietly() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)

