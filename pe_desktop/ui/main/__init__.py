"""The main window: the archive browser, its menus, and what is done between meetings."""
