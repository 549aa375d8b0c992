"""How the claim loop's commands read their command line: sub-commands whose ``--help`` says
what they do, and dates."""

from __future__ import annotations

import argparse
from datetime import date

from partsdesk.i18n import Translator

tr = Translator("CLI")


def day(text: str) -> date:
    """A date as the command line takes it: YYYY-MM-DD."""
    try:
        return date.fromisoformat(str(text).strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("\"{text}\" is not a date; write it as YYYY-MM-DD.", text=text)) from None


class Commands:
    """Sub-commands whose ``--help`` opens with what they do (their line in the list)."""

    def __init__(self, actions):
        self.actions = actions

    def add_parser(self, name: str, **options):
        options.setdefault("description", options.get("help"))
        return self.actions.add_parser(name, **options)
