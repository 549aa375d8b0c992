"""Python code generated from the Qt Designer forms in ``forms/*.ui`` — never edit by hand.

Recompile with ``python -m partsdesk.ui.forms.compile``; a test fails when a form is stale.
"""
