"""Measures Jupyter kernels the way Jupyter's server drives them: through jupyter_client.

For each kernelspec named on the command line (found on JUPYTER_PATH, as `jupyter kernelspec
list` shows them) this starts the kernel COLD_STARTS times and times start -> first result of a
trivial expression. In the first session it then times CELLS trivial cells sent back to back
straight after the first result; in the second session it first leaves the kernel idle for
IDLE_SECONDS (as a learner reads the first output) and then times CELLS more. Each cell is timed
from sending the execute_request until both the execute_reply and the kernel's return to idle on
iopub (what a front-end waits for before it shows the cell as done).

Writes one JSON object to OUTPUT_FILE: {"jupyter_client": version, "kernels": {kernelspec:
{"cold_start_ms": [...], "cell_ms": [...], "cell_after_idle_ms": [...], "implementation": ..., "implementation_version": ...,
"language_version": ...}}}. Exits non-zero with a message if a kernel fails or answers wrongly.
"""
import json
import sys
import time

import jupyter_client
from jupyter_client.manager import start_new_kernel

TIMEOUT_S = 60


def run_cell(client, code):
    """Sends code, returns (elapsed seconds, text/plain result or None)."""
    t0 = time.perf_counter()
    msg_id = client.execute(code, store_history=True)
    result = None
    idle = replied = False
    while not (idle and replied):
        if not idle:
            msg = client.get_iopub_msg(timeout=TIMEOUT_S)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            kind = msg["msg_type"]
            if kind == "execute_result":
                result = msg["content"]["data"].get("text/plain")
            elif kind == "error":
                raise RuntimeError("cell %r failed: %s" % (code, msg["content"]["evalue"]))
            elif kind == "status" and msg["content"]["execution_state"] == "idle":
                idle = True
        else:
            reply = client.get_shell_msg(timeout=TIMEOUT_S)
            if reply["parent_header"].get("msg_id") != msg_id:
                continue
            if reply["content"]["status"] != "ok":
                raise RuntimeError("cell %r: reply status %s" % (code, reply["content"]["status"]))
            replied = True
    return time.perf_counter() - t0, result


def run_cells(client, kernel_name, cells):
    times = []
    for i in range(cells):
        elapsed, shown = run_cell(client, "%d + 1" % i)
        if shown != str(i + 1):
            raise RuntimeError("%s: %d + 1 gave %r" % (kernel_name, i, shown))
        times.append(elapsed * 1000)
    return times


def measure(kernel_name, cold_starts, cells, idle_seconds):
    starts, cell_times, after_idle, info = [], [], [], {}
    for run in range(cold_starts):
        t0 = time.perf_counter()
        manager, client = start_new_kernel(kernel_name=kernel_name, startup_timeout=TIMEOUT_S)
        try:
            _, first = run_cell(client, "1 + 1")
            starts.append((time.perf_counter() - t0) * 1000)
            if first != "2":
                raise RuntimeError("%s: 1 + 1 gave %r" % (kernel_name, first))
            if run == 0:
                reply = client.kernel_info(reply=True, timeout=TIMEOUT_S)["content"]
                info = {"implementation": reply.get("implementation"),
                        "implementation_version": reply.get("implementation_version"),
                        "language_version": reply.get("language_info", {}).get("version")}
                cell_times = run_cells(client, kernel_name, cells)
            elif run == 1:
                time.sleep(idle_seconds)
                after_idle = run_cells(client, kernel_name, cells)
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=False)
    return dict(info, cold_start_ms=starts, cell_ms=cell_times, cell_after_idle_ms=after_idle)


def main(argv):
    if len(argv) < 6:
        sys.exit("usage: kernel_latency.py OUTPUT_FILE COLD_STARTS CELLS IDLE_SECONDS KERNELSPEC...")
    output, cold_starts, cells, idle = argv[1], int(argv[2]), int(argv[3]), float(argv[4])
    if cold_starts < 2:
        sys.exit("COLD_STARTS must be at least 2 (the second session measures cells after idling)")
    kernels = {name: measure(name, cold_starts, cells, idle) for name in argv[5:]}
    with open(output, "w", encoding="utf-8") as out:
        json.dump({"jupyter_client": jupyter_client.__version__, "kernels": kernels}, out)


if __name__ == "__main__":
    main(sys.argv)
