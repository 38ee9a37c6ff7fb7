"""Frozen entry point of `sourcing-app` (pyproject's gui script desktop_app.main:main).

One addition for IT and CI: ``sourcing-app --smoke-test FILE --export OUT.xlsx`` runs the real
window offscreen-capable through an import and an export, then exits (see sourcing_smoke.py).
Anything else goes to the app unchanged.
"""

import multiprocessing
import sys

from frozen_backend import select_keras_backend

if __name__ == "__main__":
    select_keras_backend()  # before anything imports keras (the model loads in a worker)
    multiprocessing.freeze_support()  # TensorFlow/joblib may spawn helpers on Windows
    if "--smoke-test" in sys.argv[1:]:
        from sourcing_smoke import main as smoke_main

        sys.exit(smoke_main(sys.argv[1:]))
    from desktop_app.main import main

    sys.exit(main())
