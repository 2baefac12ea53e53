import sys

from datachat.cli import main

sys.exit(main())
