"""``partsdesk db check``: the database is intact and its invariants hold.

Each check returns a list of problems (empty when fine). Workflows add their own invariants to
CHECKS (for example: every stock level equals the sum of its moves).
"""

from __future__ import annotations

from partsdesk.db.connection import database, is_sqlite
from partsdesk.db.migrations import LATEST, current_version
from partsdesk.i18n import Translator

tr = Translator("Checks")


def check_integrity() -> list[str]:
    if not is_sqlite():
        return []
    problems = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()
                if row[0] != "ok"]
    problems += [tr("Broken reference in table {table}, row {row}", table=r[0], row=r[1])
                 for r in database.execute_sql("PRAGMA foreign_key_check").fetchall()]
    return problems


def check_schema() -> list[str]:
    version = current_version()
    return [] if version == LATEST else [tr("Schema version is {version}, expected {latest}.",
                                            version=version, latest=LATEST)]


def check_stock_levels() -> list[str]:
    from partsdesk.services.stock import check_levels
    return check_levels()


def check_issues_from_bins() -> list[str]:
    from partsdesk.services.stock import check_issues_from_bins
    return check_issues_from_bins()


def check_tagged_units() -> list[str]:
    from partsdesk.services.stock import check_tagged_units
    return check_tagged_units()


def check_rules() -> list[str]:
    """The triggers that make the database itself refuse what the rules refuse are all there."""
    from partsdesk.db.migrations import missing_rules
    return [tr("Trigger {trigger} is missing: table {table} no longer refuses what it must "
               "({rule}). Someone removed it with a database tool; compare the table with a "
               "backup, then run partsdesk db upgrade to put the rules back.", trigger=name,
               table=table, rule=rule) for name, table, rule in missing_rules()]


CHECKS = [
    (tr.mark("Database file integrity"), check_integrity),
    (tr.mark("Schema version"), check_schema),
    (tr.mark("Stock levels equal the sum of their moves"), check_stock_levels),
    (tr.mark("Parts were issued to repairs only from bins"), check_issues_from_bins),
    (tr.mark("Every tag in the defective store has its part there"), check_tagged_units),
    (tr.mark("The database refuses changes to records that are never changed"), check_rules),
]


def run_checks() -> list[tuple[str, list[str]]]:
    """(check name, problems) for every check."""
    return [(tr(name), check()) for name, check in CHECKS]


def warn_login() -> list[str]:
    from partsdesk.db.roles import login_warnings
    return login_warnings()


# What works but is unsafe: said as WARN, never a failure of ``db check``.
WARNINGS = [
    (tr.mark("PCs log in with only the rights the work needs"), warn_login),
]


def run_warnings() -> list[tuple[str, list[str]]]:
    """(name, warnings) for every warning."""
    return [(tr(name), warn()) for name, warn in WARNINGS]
