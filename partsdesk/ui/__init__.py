"""The PySide6 face of PartsDesk: main window, pages, dialogs, table models, scan field."""
