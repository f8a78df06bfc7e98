"""Extra ``pe-desktop`` subcommands, one module per feature.

Each module defines ``register(add)`` where ``add(name, func, help)`` returns
an argparse parser for the new subcommand (with ``--archive`` already on it).
The command line discovers the modules here, so a feature adds its command
without editing ``cli.py``.
"""
