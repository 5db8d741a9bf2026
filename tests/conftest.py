"""The suite runs extraction in the test process (``BILAN_WORKERS=0``, inherited by the
``bilan`` commands tests start) so each command does not spawn a worker that loads the models
again; tests/test_workers.py and the kill test run worker processes on purpose."""

import os

os.environ.setdefault("BILAN_WORKERS", "0")
