"""Parts fit vehicle models: the catalogue says which models a part fits (none listed: every
model), its Excel file carries them, and a claim warns when a part or labour operation does not
fit the claim's vehicle model."""

import openpyxl
import pytest

from partsdesk.db.models.claims import Claim
from partsdesk.services import catalog, claim_warnings
from partsdesk.services.catalog import PartData
from partsdesk.services.claims import LabourLineData, PartLineData
from partsdesk.services.errors import ImportRejected, ValidationError
from partsdesk.spreadsheets import catalog as sheets
from tests.factories import make_claim, make_codes, make_part, make_user, make_workbook

BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def desk(admin):
    make_codes(admin)           # models SED20 and SUV30; 02-120 only for SUV30
    clerk = make_user(admin, "clerk", "parts_clerk")
    make_part(clerk, "P-ANY", name="Oil filter", unit_price="40")
    make_part(clerk, "P-SUV", name="Front brake pads, SUV 3.0", unit_price="300")
    catalog.update_part(clerk, "P-SUV", PartData("P-SUV", "Front brake pads, SUV 3.0",
                                                 unit_price="300", models=["suv30"]))
    return {"clerk": clerk, "wa": make_user(admin, "wa", "warranty_admin")}


def fit_warnings(claim) -> list[str]:
    return [w for w in claim_warnings.warnings(claim)
            if "does not fit" in w or "not valid for" in w]


def test_a_part_fits_the_models_listed_for_it_or_every_model_when_none_is(desk):
    from partsdesk.services import codes
    sedan, suv = (codes.get_code("vehicle_models", c) for c in ("SED20", "SUV30"))
    any_part, suv_part = catalog.get_part("P-ANY"), catalog.get_part("P-SUV")
    assert catalog.models_of(any_part) == [] and catalog.models_of(suv_part) == ["SUV30"]
    assert catalog.fits(any_part, sedan) and catalog.fits(any_part, suv)
    assert catalog.fits(suv_part, suv) and not catalog.fits(suv_part, sedan)
    assert catalog.fits(suv_part, None)                 # model not known: no complaint


def test_a_part_cannot_be_given_a_model_the_code_table_does_not_have(desk):
    with pytest.raises(ValidationError, match="NOPE are not in the code table") as err:
        catalog.update_part(desk["clerk"], "P-ANY", PartData("P-ANY", "Oil filter",
                                                             models=["SED20", "nope"]))
    assert err.value.field == "models"
    assert catalog.models_of(catalog.get_part("P-ANY")) == []


def test_a_claim_warns_when_a_part_does_not_fit_its_model(desk):
    claim = make_claim(desk["wa"], parts=[PartLineData("P-SUV", "1"), PartLineData("P-ANY", "1")])
    assert fit_warnings(claim) == [
        "Part P-SUV does not fit model SED20: the catalogue lists it for SUV30. Check the part "
        "number."]
    fitting = make_claim(desk["wa"], model_code="SUV30", parts=[PartLineData("P-SUV", "1")],
                         labour=[LabourLineData("02-120")], vin="JHMCM56557C404453")
    assert fit_warnings(fitting) == []


def test_the_claims_own_model_decides_and_without_one_its_vehicles(desk):
    # the vehicle was recorded as a sedan; this claim says it is the SUV it really is
    claim = make_claim(desk["wa"], parts=[PartLineData("P-SUV", "1")])
    own = make_claim(desk["wa"], model_code="SUV30", parts=[PartLineData("P-SUV", "1")],
                     labour=[LabourLineData("02-120")])
    assert own.vehicle_id == claim.vehicle_id and own.vehicle.model.code == "SED20"
    assert fit_warnings(own) == []
    # a claim written without its own facts (as a bulk load may) is checked by its vehicle's
    Claim.update(vehicle_model=None, production_date=None, warranty_start=None).where(
        Claim.id == own.id).execute()
    assert fit_warnings(Claim.get_by_id(own.id)) == [
        "Labour operation 02-120 is not valid for model SED20.",
        "Part P-SUV does not fit model SED20: the catalogue lists it for SUV30. Check the part "
        "number."]


def test_the_catalogue_file_says_which_models_a_part_fits(desk, tmp_path):
    path = make_workbook(tmp_path / "parts.xlsx", [
        ["配件编号", "配件名称", "适用车型"],
        ["P-ANY", "Oil filter", "sed20, SUV30"],
        ["P-SUV", "Front brake pads, SUV 3.0", ""],          # empty: every model
        ["P-NEW", "Wiper blade", "SED20 SUV30"]])
    assert sheets.import_file(desk["clerk"], "parts", path)["rows"] == 3
    assert catalog.models_of(catalog.get_part("P-ANY")) == ["SED20", "SUV30"]
    assert catalog.models_of(catalog.get_part("P-SUV")) == []
    assert catalog.models_of(catalog.get_part("P-NEW")) == ["SED20", "SUV30"]
    # a file without the column leaves the models as they are
    sheets.import_file(desk["clerk"], "parts", make_workbook(tmp_path / "names.xlsx", [
        ["Part No.", "Name"], ["P-ANY", "Oil filter element"]]))
    assert catalog.models_of(catalog.get_part("P-ANY")) == ["SED20", "SUV30"]


def test_the_models_go_out_to_excel_and_come_back(desk, tmp_path):
    path = tmp_path / "catalogue.xlsx"
    sheets.export_file("parts", path)
    sheet = openpyxl.load_workbook(path).active
    headers = [c.value for c in sheet[1]]
    column = headers.index("Fits models")
    by_part = {row[0]: row[column] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_part["P-SUV"] == "SUV30" and by_part["P-ANY"] is None
    catalog.update_part(desk["clerk"], "P-SUV", PartData("P-SUV", "Front brake pads, SUV 3.0",
                                                         unit_price="300", models=[]))
    sheets.import_file(desk["clerk"], "parts", path)
    assert catalog.models_of(catalog.get_part("P-SUV")) == ["SUV30"]


def test_a_model_the_code_table_does_not_have_is_reported_at_its_row(desk, tmp_path):
    path = make_workbook(tmp_path / "parts.xlsx", [
        ["Part No.", "Name", "Models"], ["P-ANY", "Oil filter", "SED20"],
        ["P-X", "Horn", "SED20, MPV99"]])
    with pytest.raises(ImportRejected) as err:
        sheets.import_file(desk["clerk"], "parts", path)
    assert [(p.row, p.column) for p in err.value.problems] == [(3, "Models")]
    assert "MPV99" in err.value.problems[0].reason
    assert catalog.models_of(catalog.get_part("P-ANY")) == []       # nothing written
