"""`python -m vendorgen`, with the loader's 5 MB input cap lifted: the scale runs' entry point.

The cap guards against hostile input, it is not a cost; the 50x copy of the largest spec is
bigger than that.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import vendorgen.load as load
from vendorgen.cli import main

load.MAX_BYTES = 1 << 40

if __name__ == "__main__":
    sys.exit(main())
