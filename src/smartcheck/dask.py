"""Past one machine: check a Dask DataFrame of goals partition by partition.

    from smartcheck.dask import check_dask
    checked = check_dask(ddf, column="goal", reference_date=date(2026, 11, 23))
    checked.groupby("department").is_smart.mean().compute()

Each worker builds one Checker, once (loading spaCy pipelines per partition would cost more
than checking it): on a ``distributed`` cluster the Checker lives in a worker plugin, with the
local schedulers in the task graph. The result has the columns of
:func:`smartcheck.notebook.check_frame`, with the same dtypes.
"""

from __future__ import annotations

import hashlib
import threading
from datetime import date
from typing import Any

from smartcheck.checker import Checker
from smartcheck.configuration.config import Config
from smartcheck.errors import ConfigError
from smartcheck.notebook.frames import check_frame, results_frame, validate_frame, with_results

try:
    import dask.dataframe as dd
    from distributed import WorkerPlugin, default_client, get_worker
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "smartcheck.dask needs dask and distributed: pip install 'smartcheck[dask]'"
    ) from exc


class CheckerHolder:
    """Builds its Checker on first use in the process that runs the tasks, once; only the
    config travels when it is pickled."""

    def __init__(self, config: Config | None) -> None:
        self.config = config
        self.builds = 0
        self._checker: Checker | None = None
        self._lock = threading.Lock()

    def get(self) -> Checker:
        with self._lock:  # worker threads share one Checker
            if self._checker is None:
                self._checker = Checker(self.config)
                self.builds += 1
            return self._checker

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.config = state["config"]
        self.builds = 0
        self._checker = None
        self._lock = threading.Lock()


class CheckerPlugin(WorkerPlugin):
    """Keeps one CheckerHolder on each worker of a distributed cluster."""

    def __init__(self, config: Config | None) -> None:
        self.holder = CheckerHolder(config)


def plugin_name(config: Config | None) -> str:
    """One plugin (one Checker per worker) per distinct config."""
    text = config.model_dump_json() if config is not None else "default"
    return "smartcheck-" + hashlib.sha256(text.encode()).hexdigest()[:16]


def _worker_holder(name: str) -> CheckerHolder | None:
    try:
        worker = get_worker()
    except ValueError:  # not running on a distributed worker
        return None
    plugin = worker.plugins.get(name)
    return plugin.holder if isinstance(plugin, CheckerPlugin) else None


def _check_partition(
    part: Any, column: str, options: dict[str, Any], holder: CheckerHolder, name: str
) -> Any:
    checker = (_worker_holder(name) or holder).get()
    return check_frame(part, column, checker=checker, **options)


def _has_plugin(name: str, dask_worker: Any) -> bool:
    return name in dask_worker.plugins


def _install_plugin(config: Config | None) -> str:
    """Register the Checker plugin on the current distributed client's workers, unless every
    worker has it already; without a client the local scheduler uses the graph's holder."""
    name = plugin_name(config)
    try:
        client = default_client()  # type: ignore[no-untyped-call]
    except ValueError:
        return name
    present = client.run(_has_plugin, name)
    if not present or not all(present.values()):
        client.register_plugin(CheckerPlugin(config), name=name)
    return name


def check_dask(
    ddf: Any,
    column: str = "goal",
    *,
    config: Config | dict[str, Any] | None = None,
    **check_options: Any,
) -> Any:
    """A Dask DataFrame: ``ddf`` with the result columns of ``check_frame`` added.

    ``config`` configures the Checker each worker builds; ``check_options`` go to
    ``check_frame`` (``phase_column``) and ``check_many`` (``lang``, ``reference_date``,
    ``batch_size``, ``phase``). The reference date
    defaults to today on the calling machine, so every partition uses the same one.
    """
    if not isinstance(ddf, dd.DataFrame):
        raise ConfigError(f"check_dask needs a Dask DataFrame, got {type(ddf).__name__}")
    meta = ddf._meta
    validate_frame(meta, column, check_options.get("phase_column"))
    cfg = Config.from_mapping(config) if isinstance(config, dict) else config
    options = {"reference_date": date.today(), **check_options}
    name = _install_plugin(cfg)
    return ddf.map_partitions(  # type: ignore[no-untyped-call]
        _check_partition,
        column,
        options,
        CheckerHolder(cfg),
        name,
        meta=with_results(meta, results_frame([], index=meta.index)),
        align_dataframes=False,
    )
