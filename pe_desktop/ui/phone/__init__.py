"""Phone voting in the GUI: the server bridge, the address dialog, the console controls."""
