"""The history in words: an audit event said in the reader's language.

Every event the services write keeps its message (a key "context|template" and the parameters,
see ``audit.record``); ``describe`` says it again in whatever language the reader has, names of
states, roles and kinds included, while what a person typed (a reason, a comment) stays as
typed. Events older than the messages, and any the upgrade could not read back, show their
summary as it was written.
"""

from __future__ import annotations

import json

from partsdesk.db.models import AuditEvent
from partsdesk.i18n import Message


def message(event: AuditEvent) -> Message | None:
    """The event's message, or None when it has only its summary."""
    if not event.message:
        return None
    return Message.from_data(event.message, json.loads(event.params) if event.params else None)


def describe(event: AuditEvent, language: str | None = None) -> str:
    """One history line in ``language`` (the current language unless given)."""
    said = message(event)
    if said is None:
        return event.summary
    try:
        return said.text(language)
    except (KeyError, IndexError, ValueError):      # a translation that lost a placeholder
        return event.summary


def latest(entity: str, record_id, limit: int) -> list[AuditEvent]:
    """The newest ``limit`` events of one record, newest first (a page's recent history)."""
    return list(AuditEvent.select().where((AuditEvent.entity == entity)
                                          & (AuditEvent.record_id == str(record_id)))
                .order_by(AuditEvent.time.desc(), AuditEvent.id.desc()).limit(limit))
