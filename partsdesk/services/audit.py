"""The history: one event per change, with the values before and after.

An event keeps what happened as a message (``tr.message(...)``: its key and parameters) so that
``services.history.describe`` says it in the reader's language, and its summary in the writer's
language for whoever reads the table with plain SQL.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from peewee import Model

from partsdesk.db.models import AuditEvent
from partsdesk.i18n import Message


def _plain(value):
    if isinstance(value, (Decimal, date, datetime)):
        return str(value)
    if isinstance(value, Model):
        return str(value)
    return value


def snapshot(record: Model, fields: list[str] | None = None) -> dict:
    """The record's values as JSON-ready data (foreign keys by their display name)."""
    names = fields or [f for f in record._meta.sorted_field_names
                       if f not in ("id", "password_hash")]
    out = {}
    for name in names:
        field = record._meta.fields[name]
        if hasattr(field, "rel_model"):
            value = getattr(record, name + "_id" if not name.endswith("_id") else name, None)
            related = getattr(record, name) if value is not None else None
            out[name] = str(related) if related is not None else None
        else:
            out[name] = _plain(getattr(record, name))
    return out


def record(user, action: str, entity: str, record_id, summary: Message | str = "",
           before: dict | None = None, after: dict | None = None) -> AuditEvent:
    """Write one event; call it inside the change's transaction. ``summary`` is a Message (a
    plain text is kept only as written)."""
    if before is not None and after is not None:
        changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
        before = {k: before.get(k) for k in changed}
        after = {k: after.get(k) for k in changed}
    message = summary if isinstance(summary, Message) else None
    return AuditEvent.create(
        user=user, action=action, entity=entity, record_id=str(record_id),
        summary=str(summary)[:300], message=message.key if message else "",
        params=_json(message.data()) if message and message.params else None,
        before=_json(before) if before is not None else None,
        after=_json(after) if after is not None else None)


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, default=str)


def history(entity: str, record_id) -> list[AuditEvent]:
    return list(AuditEvent.select().where((AuditEvent.entity == entity)
                                          & (AuditEvent.record_id == str(record_id)))
                .order_by(AuditEvent.time, AuditEvent.id))
