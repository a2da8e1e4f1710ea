from argmap.cli import entry

entry()
