"""The values of the shared settings: the one way a service reads a setting and writes it, and
the reading of typed values, whose refusal names the setting (and its form field), so the
administrator knows which box to correct.

A setting is one row of the Setting table, its value stored as JSON. Each workflow's service
owns its settings (keys and defaults) and reads and writes them only through ``read`` and
``write``; the settings page gathers them in ``services.shared_settings``.
"""

from __future__ import annotations

import json
from decimal import Decimal

from peewee import EXCLUDED

from partsdesk.db.models import Setting
from partsdesk.i18n import Translator
from partsdesk.services.catalog import parse_money
from partsdesk.services.errors import ValidationError

tr = Translator("SettingValues")


def read(key: str, default):
    """The value of the shared setting ``key``, or ``default`` while it was never set."""
    row = Setting.get_or_none(Setting.key == key)
    return json.loads(row.value) if row else default


def write(key: str, value) -> None:
    """Set the shared setting ``key`` to ``value`` (anything JSON can hold), in the caller's
    transaction; the caller checks the value, its permission and records the change."""
    (Setting.insert(key=key, value=json.dumps(value, ensure_ascii=False))
     .on_conflict(conflict_target=[Setting.key], update={Setting.value: EXCLUDED.value})
     .execute())


MOST_DAYS = 3650

# form field -> what the messages call it
NAMES = {
    "labour_rate": tr.mark("labour rate"),
    "approval_limit_1": tr.mark("warranty administrator's approval limit"),
    "approval_limit_2": tr.mark("supervisor's approval limit"),
    "repeat_days": tr.mark("repeat-claim window"),
    "retention_days": tr.mark("retention time of defective parts"),
    "threshold": tr.mark("count variance threshold"),
}


def name(field: str) -> str:
    return tr(NAMES.get(field, field))


def money(value, field: str) -> Decimal:
    """An amount of 0 or more with at most two decimals; blank is refused (not read as 0)."""
    if value is None or str(value).strip() == "":
        raise ValidationError(tr("Enter the {name}.", name=name(field)), field=field)
    try:
        return parse_money(value, field)
    except ValidationError:
        raise ValidationError(tr("The {name} must be an amount of 0 or more with at most two "
                                 "decimals, for example 120.00 (not \"{value}\").",
                                 name=name(field), value=value), field=field) from None


def days(value, field: str) -> int:
    """A whole number of days from 1 to MOST_DAYS."""
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= MOST_DAYS:
        raise ValidationError(tr("The {name} must be a whole number of days from 1 to {most} "
                                 "(not \"{value}\").", name=name(field), most=MOST_DAYS,
                                 value=value), field=field)
    return number
