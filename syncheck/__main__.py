"""`python -m syncheck`: the same as the `syncheck` command."""

from .cli import main

main(prog_name="syncheck")
