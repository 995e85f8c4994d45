"""`python -m syncheck`: the same as the `syncheck` command."""

from .cli import run

run()
