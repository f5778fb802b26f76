"""`python -m vendorgen`, with the loader's 5 MB input cap lifted: the scale runs' entry point.

The cap guards against hostile input, it is not a cost; the 50x copy of the largest spec is
bigger than that.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Read by the loader when it is imported, here and in the checking worker process.
os.environ["VENDORGEN_MAX_SPEC_BYTES"] = str(1 << 40)

from vendorgen.cli import main

if __name__ == "__main__":
    sys.exit(main())
