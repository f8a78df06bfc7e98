"""Extra ``pe-desktop`` subcommands, one module per feature.

Each module defines ``register(add)`` where ``add(name, func, help)`` returns
an argparse parser for the new subcommand (with ``--archive`` already on it).
The command line discovers the modules here, so a feature adds its command
without editing ``cli.py``. :mod:`pe_desktop.commands.common` is not a
command: it holds what the commands and ``cli.py`` share.
"""

#: Modules here that are not subcommands (no ``register``).
SHARED = frozenset({"common"})
