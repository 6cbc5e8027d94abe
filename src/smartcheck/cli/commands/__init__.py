"""The subcommands: ``check``, ``rules``, ``rule``."""
