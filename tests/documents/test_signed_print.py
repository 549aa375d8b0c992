"""The customer signs one print of the voucher: the signed copy names that print, its date lies
between the print's day and today, and a voucher printed after signing says it is a copy of a
signed voucher and which print was signed."""

from datetime import date, datetime, time, timedelta

import pytest

from partsdesk.db.models.settlement import SignedCopy, VoucherPrint
from partsdesk.documents import voucher
from partsdesk.services import audit, claim_states, vouchers
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict, ValidationError
from tests.factories import FILTER, loop_vin, make_issued_claim
from tests.documents.reading import flat, text_of

BACKENDS = ("sqlite", "postgres")


def days_ago(days: int) -> date:
    return date.today() - timedelta(days=days)


def printed(desk, claim, *days: int) -> list[VoucherPrint]:
    """The original and copies of the voucher printed ``days`` ago (local noon), in order."""
    for _ in days:
        voucher.print_voucher(desk["wa"], claim.number, "en")
    from tests.unprotected import unprotected
    made = vouchers.prints(claim)
    with unprotected("voucher_print"):      # prints are never changed: back-dated by hand
        for print_, ago in zip(made, days):
            noon = datetime.combine(days_ago(ago), time(12)).astimezone()
            VoucherPrint.update(printed_at=noon).where(VoucherPrint.id == print_.id).execute()
    return vouchers.prints(claim)


def test_the_signed_copy_names_the_print_it_signs(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    original, first, second = printed(desk, claim, 3, 2, 0)
    with pytest.raises(ValidationError) as refused:
        vouchers.record_signed(desk["wa"], claim.number, days_ago(1), copy_number=5)
    message = str(refused.value)
    assert refused.value.field == "copy_number"
    assert claim.number in message and "copy 5" in message
    assert f"the original printed on {days_ago(3)}" in message
    assert f"copy 1 printed on {days_ago(2)}" in message and f"copy 2 printed on {date.today()}" \
        in message
    assert not SignedCopy.select().exists()

    signed = vouchers.record_signed(desk["wa"], claim.number, days_ago(1), "Zhang Min",
                                    copy_number=1)
    assert signed.voucher_print.id == first.id
    assert vouchers.signed_copy(claim).voucher_print.copy_number == 1
    event = [e for e in audit.history("claim", claim.number) if e.action == "voucher.signed"][-1]
    assert '"copy": 1' in event.after
    assert claim_states.get_claim(claim.number).state == claim_states.SIGNED

    other = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(2))
    (only,) = printed(desk, other, 1)
    by_default = vouchers.record_signed(desk["wa"], other.number, date.today())
    assert by_default.voucher_print.id == only.id and only.copy_number == 0

    third = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(3))
    latest = printed(desk, third, 2, 1)[-1]
    assert vouchers.record_signed(desk["wa"], third.number, date.today()
                                    ).voucher_print.id == latest.id


def test_a_signature_dated_before_its_print_is_refused(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    printed(desk, claim, 5, 2)
    with pytest.raises(ValidationError) as refused:
        vouchers.record_signed(desk["wa"], claim.number, days_ago(3), copy_number=1)
    assert refused.value.field == "signed_on"
    message = str(refused.value)
    assert claim.number in message and f"copy 1 printed on {days_ago(2)}" in message
    assert f"from {days_ago(2)} to {date.today()}" in message
    with pytest.raises(ValidationError, match=f"the original printed on {days_ago(5)}"):
        vouchers.record_signed(desk["wa"], claim.number, days_ago(6), copy_number=0)
    assert not SignedCopy.select().exists()
    assert claim_states.get_claim(claim.number).state == claim_states.REPAIRED

    signed = vouchers.record_signed(desk["wa"], claim.number, days_ago(5), copy_number=0)
    assert signed.signed_on == days_ago(5) and signed.voucher_print.copy_number == 0


def test_a_signature_in_the_future_is_refused(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    printed(desk, claim, 0)
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        vouchers.record_signed(desk["wa"], claim.number, tomorrow)
    assert refused.value.field == "signed_on"
    message = str(refused.value)
    assert "in the future" in message and str(tomorrow) in message
    assert f"the original printed on {date.today()}" in message
    assert not SignedCopy.select().exists()
    assert vouchers.record_signed(desk["wa"], claim.number, date.today()).signed_on \
        == date.today()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_reprint_after_signing_is_marked_as_a_copy_of_a_signed_voucher(desk, lang):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    printed(desk, claim, 2)
    before, copy = voucher.print_voucher(desk["wa"], claim.number, lang)
    assert not copy.after_signing
    plain = text_of(before)
    assert ("COPY 1 — printed" if lang == "en" else "副本 1 — 打印于") in plain
    assert "of a signed voucher" not in plain and "已签字" not in plain
    vouchers.record_signed(desk["wa"], claim.number, days_ago(1), copy_number=0)

    data, again = voucher.print_voucher(desk["wa"], claim.number, lang)
    assert again.copy_number == 2 and again.after_signing
    assert VoucherPrint.get_by_id(again.id).after_signing
    assert vouchers.archived_voucher(again.id) == data
    text = flat(text_of(data))
    if lang == "en":
        assert flat("COPY 2 of a signed voucher — printed") in text
        assert flat(f"The signed original is the original printed on {days_ago(2)}, signed on "
                    f"{days_ago(1)}.") in text
    else:
        assert flat("已签字凭证的副本 2 — 打印于") in text
        assert flat(f"已签字的是 {days_ago(2)} 打印的正本，签字日期 {days_ago(1)}。") in text
    assert claim_states.get_claim(claim.number).state == claim_states.SIGNED


def test_a_copy_printed_while_the_signature_was_recorded_is_refused(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    printed(desk, claim, 1)
    facts = voucher.gather(claim)                       # read before the signature came in
    vouchers.record_signed(desk["wa"], claim.number, date.today())
    with pytest.raises(Conflict, match=f"signed voucher of claim {claim.number} was recorded"):
        vouchers.record_print(desk["wa"], claim.number, 1, "en", "/nowhere.pdf", "0" * 64,
                              after_signing=facts.signed is not None)
    assert [p.copy_number for p in vouchers.prints(claim)] == [0]
