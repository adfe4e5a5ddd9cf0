"""Measures Jupyter kernels the way Jupyter's server drives them: through jupyter_client.

For each kernelspec named on the command line (found on JUPYTER_PATH, as `jupyter kernelspec
list` shows them) this starts the kernel COLD_STARTS times and times start -> first result of a
trivial expression; in the first session it then times CELLS trivial cells, each from sending the
execute_request until both the execute_reply and the kernel's return to idle on iopub (what a
front-end waits for before it shows the cell as done).

Writes one JSON object to OUTPUT_FILE: {"jupyter_client": version, "kernels": {kernelspec:
{"cold_start_ms": [...], "cell_ms": [...], "implementation": ..., "implementation_version": ...,
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


def measure(kernel_name, cold_starts, cells):
    starts, cell_times, info = [], [], {}
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
                for i in range(cells):
                    elapsed, shown = run_cell(client, "%d + 1" % i)
                    if shown != str(i + 1):
                        raise RuntimeError("%s: %d + 1 gave %r" % (kernel_name, i, shown))
                    cell_times.append(elapsed * 1000)
        finally:
            client.stop_channels()
            manager.shutdown_kernel(now=False)
    return dict(info, cold_start_ms=starts, cell_ms=cell_times)


def main(argv):
    if len(argv) < 5:
        sys.exit("usage: kernel_latency.py OUTPUT_FILE COLD_STARTS CELLS KERNELSPEC...")
    output, cold_starts, cells = argv[1], int(argv[2]), int(argv[3])
    kernels = {name: measure(name, cold_starts, cells) for name in argv[4:]}
    with open(output, "w", encoding="utf-8") as out:
        json.dump({"jupyter_client": jupyter_client.__version__, "kernels": kernels}, out)


if __name__ == "__main__":
    main(sys.argv)
