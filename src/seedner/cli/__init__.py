"""The command line: the Typer app, option groups declared once, diagnostics, one module per command.

The only package that imports Typer or prints diagnostics; it calls the execution layer and turns
its domain errors into exit codes.
"""
