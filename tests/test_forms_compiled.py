"""The Designer forms and their generated code never drift apart."""

from partsdesk.ui.forms import compile as forms


def test_every_form_has_up_to_date_generated_code():
    assert forms.stale() == [], "run: python -m partsdesk.ui.forms.compile"


def test_generated_code_says_where_it_comes_from_and_not_to_edit_it():
    for ui in sorted(forms.FORMS.glob("*.ui")):
        first = forms.target(ui).read_text(encoding="utf-8").splitlines()[0]
        assert first == (f"# generated from forms/{ui.name} by python -m "
                         "partsdesk.ui.forms.compile — do not edit")


def test_no_generated_file_is_left_without_its_form():
    forms_present = {f"ui_{ui.stem}.py" for ui in forms.FORMS.glob("*.ui")}
    generated = {p.name for p in forms.OUTPUT.glob("ui_*.py")}
    assert generated <= forms_present


def test_the_check_mode_passes_on_a_clean_tree(capsys):
    assert forms.main(["--check"]) == 0
    assert capsys.readouterr().out == ""
