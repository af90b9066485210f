"""The ``textmill`` command line (also ``python -m textmill``).

Exit codes: 0 when every document succeeded, 1 when some failed, 2 for
usage or pipeline errors (each pipeline problem printed as
``file:line:column: message`` on stderr).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from . import __version__
from .document import Document
from .errors import DocumentError, PipelineError, Position, TextmillError
from .explain import render_mermaid, render_plan
from .io import (
    STDIN,
    FormatError,
    FormatRegistry,
    InputError,
    InputSource,
    JournalledOutput,
    Reader,
    ReadOptions,
    Writer,
    discover_inputs,
    read_inputs,
    readers_of,
    stdin_source,
    writers_of,
)
from .params import describe_type
from .pipeline import DEFAULT_BATCH_SIZE, Pipeline, load
from .plugin_host import PluginHost, PluginLoadError
from .scaffold import ScaffoldError, create_plugin
from .schema import pipeline_schema
from .steps import StepSpec

__all__ = ["app", "main"]

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

app = typer.Typer(
    name="textmill",
    help="Run YAML pipelines of plugin-provided steps over text documents.",
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode="rich",
    context_settings={"help_option_names": ["-h", "--help"]},
)

log = logging.getLogger("textmill")


class OnError(str, Enum):
    """Per-document error policies."""

    fail = "fail"
    skip = "skip"
    record = "record"


class ExecutorName(str, Enum):
    """Where documents are processed."""

    serial = "serial"
    process = "process"
    dask = "dask"


# -- shared helpers ---------------------------------------------------------------------


def _stderr(message: str) -> None:
    typer.echo(message, err=True)


def _usage_error(message: str) -> NoReturn:
    _stderr(f"textmill: error: {message}")
    raise typer.Exit(EXIT_USAGE)


def _report_problems(error: PipelineError, pipeline: str) -> NoReturn:
    for problem in error.problems:
        where = problem.position or Position(pipeline, 1, 1)
        hint = f" ({problem.hint})" if problem.hint else ""
        _stderr(f"{where}: error: {problem.message}{hint}")
    count = len(error.problems)
    _stderr(f"textmill: {count} problem{'s' if count != 1 else ''} in {pipeline}")
    raise typer.Exit(EXIT_USAGE)


def _load(pipeline: Path, sets: Sequence[str] | None, plugins: Sequence[str] | None,
          on_error: str | None = None) -> Pipeline:
    try:
        return load(pipeline, overrides=list(sets or ()), plugins=list(plugins or ()),
                    on_error=on_error)
    except PipelineError as exc:
        _report_problems(exc, str(pipeline))


def _host(plugins: Sequence[str] | None) -> PluginHost:
    host = PluginHost()
    for ref in plugins or ():
        try:
            host.load_module(ref, base_dir=Path.cwd(), source="argument")
        except PluginLoadError as exc:
            _usage_error(str(exc))
    return host


def _warn_plugin_failures(host: PluginHost) -> None:
    for failure in host.failures:
        _stderr(f"textmill: warning: {failure}")


def _dump_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=repr))


_SETS = Annotated[list[str] | None, typer.Option(
    "--set", metavar="STEP.PARAM=VALUE",
    help="Override a step parameter (value parsed as YAML; repeatable).")]
_PLUGINS = Annotated[list[str] | None, typer.Option(
    "--plugin", metavar="MODULE|FILE.py",
    help="Load an extra plugin module or .py file (repeatable).")]
_PIPELINE = Annotated[Path, typer.Argument(help="Pipeline file (YAML).")]
_JSON = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"textmill {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    """textmill: run YAML pipelines of plugin-provided steps over text documents.

    Start with [bold]textmill steps[/bold] to see what is installed and
    [bold]textmill run PIPELINE INPUT... -o out.jsonl[/bold] to process documents.
    """


# -- run --------------------------------------------------------------------------------


@app.command(epilog="""[bold]Examples[/bold]

  textmill run pipelines/news.yaml seeds/ -o out.jsonl

  textmill run pipelines/news.yaml article.txt --format pretty

  cat docs.jsonl | textmill run pipelines/news.yaml - --workers auto > out.jsonl

  textmill run pipelines/news.yaml corpus/ --glob '*.md' -o out.jsonl --resume
""")
def run(
    pipeline: _PIPELINE,
    inputs: Annotated[list[str] | None, typer.Argument(
        help="Files (.txt/.md/.jsonl/...), folders (searched recursively) or - for stdin. "
             "Default: stdin when it is not a terminal.")] = None,
    output: Annotated[Path | None, typer.Option(
        "-o", "--output", help="Output file, written atomically (default or -: stdout).")] = None,
    output_format: Annotated[str | None, typer.Option(
        "--format", "-f", help="Output format: jsonl, json, pretty, or a plugin's "
                               "(default: from the -o suffix, else jsonl).")] = None,
    glob: Annotated[str | None, typer.Option(
        help="Only files matching this pattern in input folders (e.g. '*.txt', 'news/*.md').")
    ] = None,
    input_format: Annotated[str | None, typer.Option(
        help="Read every input as this format (text, jsonl, json, ...); default: by suffix, "
             "and sniffed for stdin.")] = None,
    text_field: Annotated[str, typer.Option(
        help="JSON/JSONL record field holding the text.")] = "text",
    id_field: Annotated[str, typer.Option(
        help="JSON/JSONL record field holding the document id.")] = "id",
    on_error: Annotated[OnError | None, typer.Option(
        help="What to do with a document that fails (default: the pipeline's on_error).")
    ] = None,
    resume: Annotated[bool, typer.Option(
        help="Continue an interrupted run: skip documents already in OUTPUT(.partial).")
    ] = False,
    quiet: Annotated[bool, typer.Option(
        "-q", "--quiet", help="No progress bar, closing line or warnings.")] = False,
    sets: _SETS = None,
    plugins: _PLUGINS = None,
    workers: Annotated[str, typer.Option(
        help="Worker processes: a number or 'auto'.", metavar="N|auto")] = "1",
    executor: Annotated[ExecutorName | None, typer.Option(
        help="Where to process documents (default: serial, or process when --workers > 1).")
    ] = None,
    scheduler: Annotated[str | None, typer.Option(
        help="Dask scheduler address (tcp://HOST:PORT) for --executor dask.")] = None,
    batch_size: Annotated[int, typer.Option(
        min=1, help="Documents handed to the steps at once.")] = DEFAULT_BATCH_SIZE,
    profile: Annotated[bool, typer.Option(
        help="Print a per-step timing table at the end (tracing plugin).")] = False,
) -> None:
    """Process documents with a pipeline and write one record per document."""
    request = _RunRequest(
        pipeline=pipeline, inputs=list(inputs or ()),
        output=None if output is not None and str(output) == STDIN else output,
        output_format=output_format, glob=glob, input_format=input_format,
        read_options=ReadOptions(text_field=text_field, id_field=id_field),
        on_error=on_error.value if on_error else None, resume=resume, quiet=quiet,
        sets=list(sets or ()), plugins=list(plugins or ()), workers=_parse_workers(workers),
        executor=executor.value if executor else None, scheduler=scheduler,
        batch_size=batch_size, profile=profile)
    level = log.level
    if quiet:
        log.setLevel(logging.ERROR)
    try:
        raise typer.Exit(_run(request))
    finally:
        log.setLevel(level)


@dataclass(frozen=True)
class _RunRequest:
    """The options of one ``textmill run``, checked and normalised."""

    pipeline: Path
    inputs: list[str]
    output: Path | None
    output_format: str | None
    glob: str | None
    input_format: str | None
    read_options: ReadOptions
    on_error: str | None
    resume: bool
    quiet: bool
    sets: list[str]
    plugins: list[str]
    workers: int | str
    executor: str | None
    scheduler: str | None
    batch_size: int
    profile: bool


def _run(req: _RunRequest) -> int:
    """Run the pipeline over the inputs; return the exit code."""
    output = req.output
    if req.resume and output is None:
        _usage_error("--resume needs -o/--output (a file to continue)")
    if output is not None and output.is_dir():
        _usage_error(f"-o {output}: is a folder")
    pipe = _load(req.pipeline, req.sets, req.plugins, req.on_error)
    if req.profile:
        pipe.settings["profile"] = True
    if not req.quiet:
        _warn_plugin_failures(pipe.host)
    try:
        writer = _choose_writer(writers_of(pipe.host), req.output_format, output)
        sources = _choose_readers(readers_of(pipe.host), req.inputs, req.glob,
                                  req.input_format, output)
        journal = (JournalledOutput(output, writer, resume=req.resume)
                   if output is not None else None)
    except (FormatError, InputError) as exc:
        _usage_error(str(exc))
    except OSError as exc:
        _usage_error(f"{exc.filename or output}: {exc.strerror or exc}")
    if not sources and not req.quiet:
        _stderr("textmill: warning: no input documents (no files found, or empty stdin)")
    done = journal.done if journal is not None else Counter()
    counter = _Counter()
    docs = counter.count(_skip_done(read_inputs(sources, req.read_options), done))
    options: dict[str, Any] = {"workers": req.workers, "executor": req.executor}
    if req.scheduler:
        options["scheduler"] = req.scheduler
    try:
        results = pipe.stream(docs, on_error=req.on_error, batch_size=req.batch_size,
                              **options)
    except (ValueError, TypeError, PipelineError) as exc:
        if journal is not None:
            journal.close()
        _usage_error(f"cannot start the run: {exc}")
    stats = _RunCounts(resumed=journal.resumed if journal is not None else 0)
    show_progress = (not req.quiet and sys.stderr.isatty()
                     and not (output is None and sys.stdout.isatty()))
    with _progress(show_progress, sources, done) as advance:
        code = _write_results(stats.track(results, advance), writer, journal, stats,
                              str(req.pipeline))
    if code == EXIT_OK:
        stats.skipped = max(0, counter.seen - stats.ok - stats.failed)
    if not req.quiet:
        _stderr(stats.closing_line(output))
    if code == EXIT_OK and (stats.failed or stats.skipped):
        code = EXIT_FAILED
    return code


def _write_results(results: Iterable[Document], writer: Writer,
                   journal: JournalledOutput | None, stats: _RunCounts, pipeline: str) -> int:
    """Drain the run into the journal (then publish it) or stdout; return the exit code.

    A run that stops early keeps its journal so that ``--resume`` can continue it.
    """
    try:
        if journal is None:
            _write_stdout(writer, results)
            return EXIT_OK
        for doc in results:
            journal.append(doc)
        journal.commit()
        return EXIT_OK
    except DocumentError as exc:  # on_error: fail
        stats.failed += 1
        _stderr(f"textmill: error: {exc}")
        _keep_partial(journal, f"stopped; {journal.path} not written" if journal else "stopped")
        return EXIT_FAILED
    except KeyboardInterrupt:
        _keep_partial(journal, "interrupted")
        return EXIT_INTERRUPTED
    except PipelineError as exc:  # e.g. a worker process could not build the pipeline
        _keep_partial(journal, "stopped")
        _report_problems(exc, pipeline)
    except OSError as exc:
        _stderr(f"textmill: error: cannot write output: {exc}")
        _keep_partial(journal, "stopped")
        return EXIT_FAILED


def _keep_partial(journal: JournalledOutput | None, what: str) -> None:
    """Close the journal of a run that stops early and say how to continue it."""
    if journal is None:
        _stderr(f"textmill: {what}")
        return
    try:
        journal.close()
    except OSError as exc:
        _stderr(f"textmill: {what}; could not save {journal.partial}: {exc}")
        return
    _stderr(f"textmill: {what}; finished records are in {journal.partial} "
            "(continue with --resume)")


def _parse_workers(raw: str) -> int | str:
    if raw == "auto":
        return raw
    try:
        count = int(raw)
    except ValueError:
        _usage_error(f"--workers must be a number or 'auto', got {raw!r}")
    if count < 1:
        _usage_error(f"--workers must be at least 1, got {count}")
    return count


def _choose_writer(writers: FormatRegistry, name: str | None, output: Path | None) -> Writer:
    if name:
        writer: Writer = writers.get(name)
        return writer
    if output is None:
        writer = writers.get("jsonl")
        return writer
    found: Writer | None = writers.for_suffix(output.suffix)
    if found is None:
        raise FormatError(f"cannot tell the output format from {output.name!r}; use --format "
                          f"({', '.join(writers.formats)})")
    return found


def _choose_readers(readers: FormatRegistry, inputs: Sequence[str] | None, glob: str | None,
                    input_format: str | None,
                    output: Path | None) -> list[tuple[InputSource, Reader]]:
    paths = list(inputs or ())
    if not paths:
        if sys.stdin is None or sys.stdin.isatty():
            raise InputError("no INPUT given (give files or folders, or pipe documents "
                             "into stdin with -)")
        paths = [STDIN]
    if paths.count(STDIN) > 1:
        raise InputError("standard input (-) can be read only once")
    exclude = [] if output is None else [output, output.with_name(output.name + ".partial")]
    forced: Reader | None = readers.get(input_format) if input_format else None
    chosen: list[tuple[InputSource, Reader]] = []
    for source in discover_inputs(paths, glob=glob, exclude=exclude):
        if source.path is None:
            source, head = stdin_source()
            if not head:  # nothing piped in: no documents (an empty *file* is an error record)
                continue
            reader = forced or _sniff(readers, head)
        elif forced is not None:
            reader = forced
        else:
            reader = readers.for_suffix(source.path.suffix) or readers.get("text")
        chosen.append((source, reader))
    return chosen


def _sniff(readers: FormatRegistry, head: bytes) -> Reader:
    for _, reader in readers.items():
        if reader.sniff is not None and reader.sniff(head):
            return reader  # type: ignore[no-any-return]
    text: Reader = readers.get("text")
    return text


def _skip_done(docs: Iterable[Document], done: Counter[str]) -> Iterator[Document]:
    """Drop documents whose id is already in the output (each occurrence once)."""
    if not done:
        yield from docs
        return
    remaining = Counter(done)
    for doc in docs:
        if remaining[doc.id] > 0:
            remaining[doc.id] -= 1
            continue
        yield doc


class _Counter:
    """Counts the documents handed to the pipeline."""

    def __init__(self) -> None:
        self.seen = 0

    def count(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            self.seen += 1
            yield doc


class _RunCounts:
    """Documents ok, failed, skipped and already done; the closing line."""

    def __init__(self, resumed: int) -> None:
        self.ok = self.failed = self.skipped = 0
        self.resumed = resumed
        self.started = time.perf_counter()

    def track(self, docs: Iterable[Document], advance: Any) -> Iterator[Document]:
        for doc in docs:
            if doc.errors:
                self.failed += 1
            else:
                self.ok += 1
            advance()
            yield doc

    def closing_line(self, output: Path | None) -> str:
        elapsed = time.perf_counter() - self.started
        total = self.ok + self.failed + self.skipped
        rate = total / elapsed if elapsed > 0 else 0.0
        parts = [f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        if self.resumed:
            parts.append(f"{self.resumed} already done")
        where = f" -> {output}" if output is not None else ""
        return (f"textmill: {total} document{'s' if total != 1 else ''}: {', '.join(parts)} "
                f"in {elapsed:.1f}s ({rate:.1f} docs/s){where}")


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} docs/s" if speed else "- docs/s", style="progress.data.speed")


class _progress:
    """A rich progress bar on stderr (or nothing); yields an ``advance()`` callable."""

    def __init__(self, enabled: bool, sources: Sequence[tuple[InputSource, Reader]],
                 done: Counter[str]) -> None:
        self.enabled = enabled
        self.sources = sources
        self.done = sum(done.values())
        self.bar: Progress | None = None

    def __enter__(self) -> Any:
        if not self.enabled:
            return lambda: None
        total = _estimate_total(self.sources)
        self.bar = Progress(
            TextColumn("[progress.description]{task.description}"), BarColumn(),
            MofNCompleteColumn(), _RateColumn(), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self.bar.start()
        task = self.bar.add_task("documents",
                                 total=None if total is None else max(0, total - self.done))
        bar = self.bar
        return lambda: bar.advance(task)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _estimate_total(sources: Sequence[tuple[InputSource, Reader]]) -> int | None:
    total = 0
    for source, reader in sources:
        if source.path is None:
            return None
        if reader.count is None:
            return None  # a reader that cannot count: no total rather than a wrong one
        try:
            total += reader.count(source)
        except OSError:
            total += 1
    return total


def _write_stdout(writer: Writer, docs: Iterable[Document]) -> None:
    stream = sys.stdout
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError, TypeError):
            reconfigure(encoding="utf-8", newline="\n")
    try:
        writer.write(docs, stream)
        stream.flush()
    except BrokenPipeError:  # `textmill run ... | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        raise typer.Exit(EXIT_OK) from None


# -- validate / explain -----------------------------------------------------------------


@app.command(epilog="""[bold]Examples[/bold]

  textmill validate pipelines/news.yaml

  textmill validate pipelines/news.yaml --set sentences.split_on_newlines=always --json
""")
def validate(pipeline: _PIPELINE, sets: _SETS = None, plugins: _PLUGINS = None,
             as_json: _JSON = False) -> None:
    """Check a pipeline file: every problem as file:line:column (exit 2), else the plan."""
    pipe = _load(pipeline, sets, plugins)
    if as_json:
        _dump_json({**pipe.describe(), "assumes": list(pipe.assumes)})
        return
    typer.echo(render_plan(pipe.describe()))
    typer.echo("")
    typer.echo(f"{pipeline}: ok ({len(pipe.steps)} steps)")


@app.command(epilog="""[bold]Examples[/bold]

  textmill explain pipelines/news.yaml

  textmill explain pipelines/news.yaml --mermaid > flow.mmd
""")
def explain(pipeline: _PIPELINE, sets: _SETS = None, plugins: _PLUGINS = None,
            mermaid: Annotated[bool, typer.Option(
                "--mermaid", help="Print only the Mermaid diagram.")] = False) -> None:
    """Show the resolved pipeline and a Mermaid flowchart of the data flowing between steps."""
    pipe = _load(pipeline, sets, plugins)
    chart = render_mermaid(pipe.describe(), assumes=pipe.assumes)
    if mermaid:
        typer.echo(chart)
        return
    typer.echo(render_plan(pipe.describe()))
    typer.echo("\nData flow (Mermaid):\n\n```mermaid")
    typer.echo(chart)
    typer.echo("```")


# -- steps / plugins / schema -------------------------------------------------------------


@app.command(epilog="""[bold]Examples[/bold]

  textmill steps

  textmill steps split_sentences

  textmill steps --plugin ./my_steps.py --json
""")
def steps(
    name: Annotated[str | None, typer.Argument(help="Show one step in detail.")] = None,
    plugins: _PLUGINS = None,
    as_json: _JSON = False,
) -> None:
    """List the available steps, or show one step's parameters and requirements."""
    host = _host(plugins)
    registry = host.steps()
    _warn_plugin_failures(host)
    if name is not None:
        specs = registry.get(name)
        if not specs:
            import difflib

            close = difflib.get_close_matches(name, list(registry), n=3)
            hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
            _usage_error(f"unknown step {name!r}{hint}")
        if as_json:
            _dump_json([_spec_dict(s) for s in specs])
            return
        for spec in specs:
            _print_step(spec)
        return
    all_specs = [s for n in sorted(registry) for s in registry[n]]
    if as_json:
        _dump_json([_spec_dict(s) for s in all_specs])
        return
    table = Table(title="textmill steps", title_justify="left")
    for column in ("step", "backend", "plugin", "distribution", "description"):
        table.add_column(column, overflow="fold")
    for spec in all_specs:
        table.add_row(*map(Text, (spec.name, spec.backend or "", spec.plugin,
                                   _dist(spec.distribution, spec.version), spec.description)))
    _console().print(table)


def _console() -> Console:
    """Stdout; a pipe or file gets a wide, colourless rendering."""
    return Console() if sys.stdout.isatty() else Console(width=160, no_color=True)


def _dist(name: str, version: str) -> str:
    return f"{name} {version}".strip() if name else "(local)"


def _spec_dict(spec: StepSpec) -> dict[str, Any]:
    return {
        "name": spec.name, "backend": spec.backend, "plugin": spec.plugin,
        "distribution": spec.distribution, "version": spec.version,
        "description": spec.description,
        "params": {key: {"type": describe_type(p.type), "required": p.required,
                         "default": None if p.required else p.default, "help": p.help,
                         "choices": list(p.choices) if p.choices is not None else None,
                         "minimum": p.minimum, "maximum": p.maximum}
                   for key, p in spec.params.items()},
        "requires": list(spec.requires), "uses": list(spec.uses),
        "provides": list(spec.provides),
    }


def _print_step(spec: StepSpec) -> None:
    console = _console()
    console.print(Text(spec.qualified_name, style="bold"), Text(f"- {spec.description}"))
    console.print(f"provided by plugin {spec.plugin}, distribution "
                  f"{_dist(spec.distribution, spec.version)}", markup=False, highlight=False)
    table = Table(title="parameters", title_justify="left")
    for column in ("name", "type", "default", "description"):
        table.add_column(column, overflow="fold")
    for key, param in spec.params.items():
        default = "(required)" if param.required else json.dumps(param.default, default=repr)
        notes = [param.help] if param.help else []
        if param.choices is not None:
            notes.append("one of " + ", ".join(map(repr, param.choices)))
        if param.minimum is not None:
            notes.append(f">= {param.minimum:g}")
        if param.maximum is not None:
            notes.append(f"<= {param.maximum:g}")
        table.add_row(*map(Text, (key, describe_type(param.type), default, "; ".join(notes))))
    if spec.params:
        console.print(table)
    else:
        console.print("parameters: none")
    for label, values in (("requires", spec.requires), ("uses", spec.uses),
                          ("provides", spec.provides)):
        console.print(f"{label}: {', '.join(values) or '-'}", markup=False, highlight=False)


@app.command(epilog="""[bold]Examples[/bold]

  textmill plugins

  TEXTMILL_BLOCK_PLUGINS=lingua textmill plugins --json
""")
def plugins(plugin: _PLUGINS = None, as_json: _JSON = False) -> None:
    """List installed plugins: versions, hooks, what they provide, and any that failed."""
    host = _host(plugin)
    provided: dict[str, list[str]] = {}
    for specs in host.steps().values():
        for spec in specs:
            provided.setdefault(spec.plugin, []).append(f"step {spec.qualified_name}")
    for kind, registry in (("reader", readers_of(host)), ("writer", writers_of(host))):
        for plugin_name, item in registry.items():
            provided.setdefault(plugin_name, []).append(f"{kind} {item.format}")
    if as_json:
        _dump_json({
            "plugins": [{"name": p.name, "distribution": p.distribution, "version": p.version,
                         "source": p.source, "hooks": list(p.hooks),
                         "compiled": list(p.compiled),
                         "provides": provided.get(p.name, [])} for p in host.plugins],
            "failures": [{"name": f.name, "distribution": f.distribution, "error": f.error}
                         for f in host.failures],
        })
        return
    table = Table(title="textmill plugins", title_justify="left")
    for column in ("plugin", "distribution", "source", "hooks", "provides"):
        table.add_column(column, overflow="fold")
    for info in host.plugins:
        hooks = ", ".join(h.removeprefix("textmill_") for h in info.hooks)
        source = f"{info.source}, compiled" if info.compiled else info.source
        table.add_row(*map(Text, (info.name, _dist(info.distribution, info.version), source,
                                   hooks, ", ".join(provided.get(info.name, [])))))
    console = _console()
    console.print(table)
    for failure in host.failures:
        console.print(Text(f"failed: {failure}", style="red"))


@app.command(epilog="""[bold]Examples[/bold]

  textmill schema > pipeline.schema.json

  then start a pipeline file with:
  # yaml-language-server: $schema=pipeline.schema.json
""")
def schema(plugin: _PLUGINS = None) -> None:
    """Print a JSON Schema for pipeline files, from the parameters of the installed steps."""
    host = _host(plugin)
    _dump_json(pipeline_schema(host.steps()))


# -- new-plugin ---------------------------------------------------------------------------


@app.command("new-plugin", epilog="""[bold]Examples[/bold]

  textmill new-plugin textmill-longwords --dir ~/src

  cd ~/src/textmill-longwords && pip install -e . && textmill steps longwords
""")
def new_plugin(
    name: Annotated[str, typer.Argument(
        help="Distribution name, e.g. textmill-longwords (the step is named after it).")],
    directory: Annotated[Path, typer.Option(
        "--dir", help="Folder to create the package in.")] = Path("."),
    force: Annotated[bool, typer.Option(help="Write into an existing, non-empty folder.")
                     ] = False,
) -> None:
    """Create a pip-installable plugin package: one example step, a test and a README."""
    try:
        created = create_plugin(name, directory, force=force)
    except ScaffoldError as exc:
        _usage_error(str(exc))
    typer.echo(f"created {created.root}/ (distribution {created.distribution}, "
               f"step {created.step_name!r}):")
    for path in created.files:
        typer.echo(f"  {path.relative_to(created.root)}")
    typer.echo(f"\nnext:\n  cd {created.root}\n  pip install -e .\n"
               f"  textmill steps {created.step_name}\n  pytest tests")


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``textmill`` console script."""
    try:
        app(args=list(argv) if argv is not None else None, prog_name="textmill")
    except TextmillError as exc:  # a bug path: every expected error is reported above
        _stderr(f"textmill: error: {exc}")
        sys.exit(EXIT_USAGE)
