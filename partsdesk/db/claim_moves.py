"""The claim's states and the moves between them, held by the database too.

TRANSITIONS is the one table of allowed moves: ``services.claim_states`` asks it for every move
the services make, and ``install`` writes the same pairs into triggers on the claim table, so a
claim changed with an ordinary database tool moves only along them too. A claim entering a
settlement batch (its state becoming in batch, or a batch member row for it) must have the
settlement gate's facts (``services.gate``): approved, a voucher printed and its signed copy
recorded, every tag of its failed parts received and inspected, and every part that must be
returned tagged. A later change of TRANSITIONS needs a migration step that calls ``install``
again.
"""

from __future__ import annotations

from peewee import SqliteDatabase

DRAFT, SUBMITTED, APPROVED, PARTS_ISSUED, REPAIRED = (
    "draft", "submitted", "approved", "parts_issued", "repaired")
SIGNED, PARTS_RETURNED, SETTLEABLE, IN_BATCH, PAID, CLOSED = (
    "signed", "parts_returned", "settleable", "in_batch", "paid", "closed")
REJECTED, CANCELLED = "rejected", "cancelled"

# Open states may be cancelled; once settlement starts a claim can no longer be.
OPEN_STATES = (DRAFT, SUBMITTED, APPROVED, PARTS_ISSUED, REPAIRED)

TRANSITIONS = {
    DRAFT: {SUBMITTED},
    SUBMITTED: {APPROVED, REJECTED, DRAFT},          # DRAFT = returned for information
    APPROVED: {PARTS_ISSUED, REPAIRED},              # REPAIRED directly when it has no parts
    PARTS_ISSUED: {REPAIRED},
    REPAIRED: {SIGNED, PARTS_RETURNED},
    SIGNED: {PARTS_RETURNED, SETTLEABLE},            # settleable when no part must return
    PARTS_RETURNED: {SIGNED, SETTLEABLE},
    SETTLEABLE: {IN_BATCH},
    IN_BATCH: {PAID, SETTLEABLE},                    # SETTLEABLE = taken out of the batch
    PAID: {CLOSED},
    CLOSED: set(), REJECTED: set(), CANCELLED: set(),
}
for _state in OPEN_STATES:
    TRANSITIONS[_state].add(CANCELLED)

# A tag whose failed part was received and inspected (``services.claim_states.TAG_STATES``).
TAG_INSPECTED = "inspected"

MOVE_RULE = ("claim: a claim's state moves only along the allowed transitions; "
             "move the claim with PartsDesk")
GATE_RULE = ("claim: a claim enters a settlement batch only when it is approved, its signed "
             "voucher is recorded and every failed part was received and inspected")

# trigger -> table, for ``missing``, and the rule it holds
TRIGGERS = {"claim_state_moves": "claim", "claim_batch_gate": "claim",
            "settlement_batch_claim_gate": "settlement_batch_claim"}
RULES = {"claim_state_moves": MOVE_RULE, "claim_batch_gate": GATE_RULE,
         "settlement_batch_claim_gate": GATE_RULE}


def pairs() -> list[str]:
    """Every allowed move as "old>new", in a stable order."""
    return sorted(f"{old}>{new}" for old, targets in TRANSITIONS.items() for new in targets)


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def not_clear(claim: str, approved_at: str) -> str:
    """SQL true when the claim whose id is ``claim`` misses a fact of the settlement gate."""
    return (f"({approved_at} IS NULL"
            f" OR NOT EXISTS (SELECT 1 FROM voucher_print p WHERE p.claim_id = {claim})"
            f" OR NOT EXISTS (SELECT 1 FROM signed_copy s WHERE s.claim_id = {claim})"
            f" OR EXISTS (SELECT 1 FROM defect_tag t WHERE t.claim_id = {claim}"
            f" AND t.state <> {_quote(TAG_INSPECTED)})"
            f" OR EXISTS (SELECT 1 FROM claim_part_line l WHERE l.claim_id = {claim}"
            f" AND l.must_return AND l.issued_quantity > (SELECT COALESCE(SUM(t.quantity), 0)"
            f" FROM defect_tag t WHERE t.part_line_id = l.id)))")


def _moves_sql() -> str:
    return f"(OLD.state || '>' || NEW.state) NOT IN ({', '.join(map(_quote, pairs()))})"


def _db(database):
    return getattr(database, "obj", None) or database


def install(database) -> None:
    """Create (or re-create) the claim's triggers from TRANSITIONS and the gate's facts."""
    db = _db(database)
    moved = f"OLD.state <> NEW.state AND {_moves_sql()}"
    batched = (f"NEW.state = {_quote(IN_BATCH)} AND OLD.state <> {_quote(IN_BATCH)} "
               f"AND {not_clear('NEW.id', 'NEW.approved_at')}")
    member = not_clear("NEW.claim_id",
                       "(SELECT c.approved_at FROM claim c WHERE c.id = NEW.claim_id)")
    triggers = (("claim_state_moves", "UPDATE OF state ON claim", moved, MOVE_RULE),
                ("claim_batch_gate", "UPDATE OF state ON claim", batched, GATE_RULE),
                ("settlement_batch_claim_gate", "INSERT ON settlement_batch_claim", member,
                 GATE_RULE))
    if isinstance(db, SqliteDatabase):
        for name, event, condition, rule in triggers:
            db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')
            db.execute_sql(f'CREATE TRIGGER "{name}" BEFORE {event} WHEN {condition} '
                           f"BEGIN SELECT RAISE(ABORT, {_quote(rule)}); END")
        return
    for name, event, condition, rule in triggers:
        table = event.rsplit(" ", 1)[1]
        function = f"partsdesk_{name}"
        db.execute_sql(
            f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN IF {condition} THEN RAISE EXCEPTION {_quote(rule)} "
            "USING ERRCODE = 'restrict_violation'; END IF; RETURN NEW; END $$"
            .replace("%", "%%"))       # psycopg2 reads % as a parameter
        db.execute_sql(f'DROP TRIGGER IF EXISTS "{name}" ON "{table}"')
        db.execute_sql(f'CREATE TRIGGER "{name}" BEFORE {event} FOR EACH ROW '
                       f"EXECUTE FUNCTION {function}()")


def missing(database, present: set[str]) -> list[str]:
    """The claim triggers not among ``present`` (trigger names found on the database)."""
    db = _db(database)
    return [name for name, table in TRIGGERS.items()
            if db.table_exists(table) and name not in present]
