"""Typed errors. Each message names the record and says what to do; the UI shows it as it is."""

from __future__ import annotations


class PartsDeskError(Exception):
    """Base of every error a user may see. ``str(error)`` is the translated message."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(PartsDeskError):
    """Input that cannot be accepted; ``field`` names the form field when there is one."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class NotFound(PartsDeskError):
    pass


class Duplicate(ValidationError):
    pass


class PermissionDenied(PartsDeskError):
    pass


class AuthenticationFailed(PartsDeskError):
    pass


class Conflict(PartsDeskError):
    """The record changed or is in a state that forbids the action."""


class InsufficientStock(Conflict):
    """Stock would go below zero, or below what is free; the message names part, location, on
    hand and requested quantity."""

    def __init__(self, message: str, part_no: str = "", location: str = "", on_hand=None,
                 requested=None):
        super().__init__(message)
        self.part_no, self.location = part_no, location
        self.on_hand, self.requested = on_hand, requested


class ImportRejected(PartsDeskError):
    """A file that imports nothing; ``problems`` lists every bad row."""

    def __init__(self, message: str, problems: list):
        super().__init__(message)
        self.problems = problems


class Cancelled(PartsDeskError):
    pass


class ClaimStateError(Conflict):
    """The claim is in a state (or at an approval level) that does not allow the action."""


class ClaimNotSettleable(ClaimStateError):
    """A claim cannot enter settlement yet; ``blockers`` maps each claim number to what is
    missing (not approved, voucher not signed, tag not received …)."""

    def __init__(self, message: str, blockers: dict[str, list[str]] | None = None):
        super().__init__(message)
        self.blockers = blockers or {}
