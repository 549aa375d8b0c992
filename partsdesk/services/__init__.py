"""Workflows as plain Python: every rule and permission lives here, below the GUI and the CLI.

Each call that changes data takes the acting user first, runs in one transaction and writes its
audit event in that transaction.
"""
