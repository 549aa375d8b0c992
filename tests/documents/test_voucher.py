"""The settlement voucher: one page, both languages, text as typed, a barcode that scans back,
original then numbered copies, and the archive that shows exactly what was printed."""

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from partsdesk.db.models.settlement import VoucherPrint
from partsdesk.documents import voucher
from partsdesk.services import audit, claim_states, stock, vouchers
from partsdesk.services.claims import PartLineData
from partsdesk.services.errors import Conflict, PermissionDenied
from tests.documents.reading import decode, flat, text_of
from tests.factories import FILTER, PUMP, loop_vin, make_issued_claim, make_part

TYPED = 'Seal <b>big</b> & "O" ring \'set\''
TYPED_ZH = "缸盖密封圈总成 <特制> & \"加强型\""
LONG_NAME = "欧阳娜娜·阿卜杜热西提·买买提明·司马相如·诸葛孔明·上官婉儿·长孙无忌 & <Sons> \"Ltd\""
LONG_ADDRESS = ("广东省广州市白云区机场路一千二百三十四号汽车城A区第七栋三楼东侧至西侧全部商铺"
                "（白云国际机场高速出口往南三百米右转） <Gate 2> & \"North\"")


@pytest.fixture
def desk(desk, admin):
    vouchers.configure_documents(admin, organisation="华南区客户服务信息中心 <South> & \"Co\"",
                                 dealer_name="广州白云汽车销售服务有限公司", dealer_code="GZ-0421",
                                 dealer_address=LONG_ADDRESS, dealer_phone="020-8888 6666")
    make_part(desk["clerk"], "SEAL-1", name=TYPED, name_zh=TYPED_ZH, unit_price="12.30",
              must_return=True)
    stock.move(desk["clerk"], "SEAL-1", 10, None, "A-01-01", "receipt", "RC-T")
    return desk


def long_claim(desk):
    return make_issued_claim(desk, PartLineData(FILTER, "2"), PartLineData(PUMP),
                             PartLineData("SEAL-1", "3"), customer_name=LONG_NAME,
                             description=("冷车启动异响，机油渗漏至变速箱壳体 <失效> & \"裂纹\"。" * 6),
                             other_amount="150", other_description="拖车费 <Tow> & \"fees\"")


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_voucher_is_one_page_with_text_as_typed_and_a_scannable_claim_number(desk, lang):
    claim = long_claim(desk)
    data, made = voucher.print_voucher(desk["wa"], claim.number, lang)
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 1
    text = text_of(data)
    for typed in (TYPED if lang == "en" else TYPED_ZH, LONG_NAME, LONG_ADDRESS,
                  "拖车费 <Tow> & \"fees\"", "华南区客户服务信息中心 <South> & \"Co\""):
        assert flat(typed) in flat(text), typed
    assert decode(data) == [claim.number]
    title = "Warranty settlement voucher" if lang == "en" else "索赔结算凭证"
    assert title in text
    assert claim_states.get_claim(claim.number).state == claim_states.REPAIRED
    assert made.copy_number == 0 and made.language == lang


def test_reprints_are_numbered_copies_and_the_archive_shows_exactly_what_was_printed(desk):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    first, original = voucher.print_voucher(desk["wa"], claim.number, "en")
    second, copy = voucher.print_voucher(desk["wa"], claim.number, "zh_CN")
    assert "Original" in text_of(first) and "COPY" not in text_of(first)
    assert "副本 1" in text_of(second)
    assert [(p.copy_number, p.language) for p in vouchers.prints(claim)] == [
        (0, "en"), (1, "zh_CN")]
    assert vouchers.archived_voucher(original.id) == first
    assert vouchers.archived_voucher(copy.id) == second
    events = [e.summary for e in audit.history("claim", claim.number)
              if e.action == "voucher.print"]
    assert events[-1].endswith("(copy 1)")
    with open(copy.path, "ab") as changed:
        changed.write(b"%tampered")
    with pytest.raises(Conflict, match="changed after printing"):
        vouchers.archived_voucher(copy.id)


def test_a_voucher_is_printed_only_for_an_approved_repair_by_the_warranty_office(desk):
    from tests.factories import make_claim
    draft = make_claim(desk["wa"], parts=[PartLineData(FILTER)])
    with pytest.raises(Conflict, match="only for an approved claim"):
        voucher.print_voucher(desk["wa"], draft.number)
    claim = make_issued_claim(desk, PartLineData(FILTER), vin=loop_vin(3))
    with pytest.raises(PermissionDenied, match="print settlement vouchers"):
        voucher.print_voucher(desk["clerk"], claim.number)
    assert not VoucherPrint.select().exists()


def test_the_signed_copy_is_recorded_once_with_its_scanned_file(desk, tmp_path, home):
    claim = make_issued_claim(desk, PartLineData(FILTER))
    with pytest.raises(Conflict, match="has not been printed yet"):
        vouchers.record_signed(desk["wa"], claim.number, date.today())
    voucher.print_voucher(desk["wa"], claim.number)
    scan = tmp_path / "signed.PNG"
    scan.write_bytes(b"\x89PNG fake scan")
    made = vouchers.record_signed(desk["wa"], claim.number, date.today(), "Zhang Min", scan)
    assert made.file_path.startswith(str(home / "documents" / "signed"))
    assert Path(made.file_path).read_bytes() == b"\x89PNG fake scan"
    assert claim_states.get_claim(claim.number).state == claim_states.SIGNED
    with pytest.raises(Conflict, match="already recorded"):
        vouchers.record_signed(desk["wa"], claim.number, date.today())
    with pytest.raises(PermissionDenied, match="record signed settlement vouchers"):
        vouchers.record_signed(desk["clerk"], claim.number, date.today())


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_a_voucher_with_no_part_to_return_does_not_promise_the_return(desk, lang):
    from tests.factories import PADS
    promise = ("to be returned to the manufacturer" if lang == "en" else "返回制造商。")
    nothing = ("This claim has no part to return to the manufacturer." if lang == "en" else
               "本索赔没有需要返回制造商的旧件。")
    kept = make_issued_claim(desk, PartLineData(PADS))          # a part the dealer keeps
    labour_only = make_issued_claim(desk, vin=loop_vin(2))
    returned = make_issued_claim(desk, PartLineData(PADS), PartLineData(FILTER), vin=loop_vin(3))
    for claim in (kept, labour_only):
        text = flat(text_of(voucher.print_voucher(desk["wa"], claim.number, lang)[0]))
        assert flat(nothing) in text, claim.number
        assert flat(promise) not in text and flat("旧件留在经销商处") not in text
    text = flat(text_of(voucher.print_voucher(desk["wa"], returned.number, lang)[0]))
    assert flat(promise) in text and flat(nothing) not in text
