"""``notebooks/explore.ipynb`` runs top to bottom on a run's outputs.

The kernel: ``jupyter_client`` looks kernel specs up in ``JUPYTER_PATH`` first, then the
user's folder, then ``sys.prefix/share/jupyter`` (where the ipykernel wheel puts
``python3``). So that a ``python3`` spec of some other Python on the machine cannot win,
the test writes its own spec whose ``argv`` is this interpreter (``sys.executable``, the
venv's Python) and puts it first with ``JUPYTER_PATH``; the last cell checks that the
kernel really ran that Python.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.fake_outputs import write_fake_outputs

NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "explore.ipynb"
KERNEL = "casefacts-test"


@pytest.fixture
def kernel(tmp_path, monkeypatch) -> str:
    """A kernel spec running ``sys.executable -m ipykernel_launcher``; its name."""
    spec = tmp_path / "jupyter" / "kernels" / KERNEL
    spec.mkdir(parents=True)
    argv = [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": KERNEL, "language": "python"})
    )
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    return KERNEL


def test_notebook_runs_on_fake_outputs(tmp_path, monkeypatch, kernel):
    out = write_fake_outputs(tmp_path / "outputs")
    monkeypatch.setenv("CASEFACTS_OUT", str(out))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert nb.metadata.kernelspec.name == "python3"  # what users' Jupyter will pick
    nb.cells.append(nbformat.v4.new_code_cell("import sys; print(sys.executable)"))
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=60,
        resources={"metadata": {"path": str(NOTEBOOK.parent.parent)}},
    )
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "Stephen Port - 1 facts in 1 articles" in text  # the person with facts
    assert "June 2014" in text  # the case timeline
    assert "Barking" in text and "2023" in text  # the DuckDB query
    assert nb.cells[-1].outputs[0].text.strip() == sys.executable
