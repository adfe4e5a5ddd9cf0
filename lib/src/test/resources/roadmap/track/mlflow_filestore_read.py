"""Reads an mlruns/ directory the way MLflow's FileStore (mlflow/store/tracking/file_store.py) does,
with the same YAML loader (PyYAML safe load) and the same conversions, and prints what MLflow would
build as JSON. MLflow itself is not installed here; this mirrors the steps of
FileStore._get_experiment / _read_persisted_experiment_dict, _list_run_infos /
_read_persisted_run_info_dict, _get_metric_from_line, _get_param_from_file, _get_tag_from_file.
Any check MLflow would fail on raises here."""
import json
import os
import re
import sys

import yaml

RUN_STATUS = {1: "RUNNING", 2: "SCHEDULED", 3: "FINISHED", 4: "FAILED", 5: "KILLED"}
RUN_ID = re.compile(r"^[a-zA-Z0-9][\w\-]{0,255}$")
EXPERIMENT_FIELDS = {"artifact_location", "creation_time", "experiment_id", "last_update_time",
                     "lifecycle_stage", "name"}
RUN_FIELDS = {"artifact_uri", "end_time", "experiment_id", "lifecycle_stage", "run_id", "run_name",
              "run_uuid", "start_time", "status", "user_id"}


def read_yaml(path):
    with open(path, encoding="utf-8") as f:
        return yaml.load(f, Loader=yaml.SafeLoader)


def read_files(folder):
    out = {}
    if not os.path.isdir(folder):
        return out
    for root, _, files in os.walk(folder):
        for name in files:
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                out[os.path.relpath(path, folder)] = f.read()
    return out


def metric_points(name, text):
    points = []
    for line in text.splitlines():
        parts = line.strip().split(" ")
        if len(parts) not in (2, 3):
            raise ValueError(f"Metric '{name}' is malformed")
        points.append([int(parts[0]), float(parts[1]), int(parts[2]) if len(parts) == 3 else 0])
    if not points:
        raise ValueError(f"Metric '{name}' is malformed. No data found.")
    return points


def main(root):
    result = {"experiments": {}}
    for exp_id in sorted(os.listdir(root)):
        exp_dir = os.path.join(root, exp_id)
        if exp_id == ".trash" or not os.path.isdir(exp_dir):
            continue
        meta = read_yaml(os.path.join(exp_dir, "meta.yaml"))
        missing = EXPERIMENT_FIELDS - set(meta)
        if missing:
            raise ValueError(f"experiment {exp_id} meta.yaml lacks {sorted(missing)}")
        if isinstance(meta["experiment_id"], int):
            meta["experiment_id"] = str(meta["experiment_id"])
        if meta["experiment_id"] != exp_id:
            raise ValueError(f"experiment id mismatch in {exp_id}")
        runs = {}
        for run_id in sorted(os.listdir(exp_dir)):
            run_dir = os.path.join(exp_dir, run_id)
            if run_id in ("tags", "datasets", "traces") or not os.path.isdir(run_dir):
                continue
            info = read_yaml(os.path.join(run_dir, "meta.yaml"))
            missing = RUN_FIELDS - set(info)
            if missing:
                raise ValueError(f"run {run_id} meta.yaml lacks {sorted(missing)}")
            if not RUN_ID.match(info["run_id"]) or info["run_id"] != run_id:
                raise ValueError(f"bad run id {info['run_id']}")
            status = RUN_STATUS[info.get("status", 1)]
            if str(info["experiment_id"]) != exp_id:
                raise ValueError(f"run {run_id} recorded under another experiment")
            metrics = {k: metric_points(k, v)
                       for k, v in read_files(os.path.join(run_dir, "metrics")).items()}
            latest = {k: max(v, key=lambda p: (p[2], p[0], p[1]))[1] for k, v in metrics.items()}
            runs[run_id] = {
                "run_name": info["run_name"], "status": status,
                "start_time": info["start_time"], "end_time": info["end_time"],
                "start_time_type": type(info["start_time"]).__name__,
                "status_type": type(info["status"]).__name__,
                "experiment_id_type": type(info["experiment_id"]).__name__,
                "tags_field": info.get("tags"), "lifecycle_stage": info.get("lifecycle_stage"),
                "artifact_uri": info["artifact_uri"],
                "params": read_files(os.path.join(run_dir, "params")),
                "tags": read_files(os.path.join(run_dir, "tags")),
                "metrics": metrics, "latest": latest,
            }
        result["experiments"][exp_id] = {
            "name": meta["name"], "lifecycle_stage": meta["lifecycle_stage"],
            "creation_time_type": type(meta["creation_time"]).__name__,
            "artifact_location": meta["artifact_location"], "runs": runs,
        }
    json.dump(result, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1])
