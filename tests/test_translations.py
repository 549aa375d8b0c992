"""Every user-visible string has its Simplified Chinese translation, with the same placeholders."""

import re
import xml.etree.ElementTree as ET

from partsdesk import i18n
from tests import i18n_tool

PLACEHOLDER = re.compile(r"\{(\w*)\}")


def test_every_string_has_a_chinese_translation():
    missing = i18n_tool.untranslated()
    assert missing == [], f"{len(missing)} untranslated (run python -m tests.i18n_tool):\n" + \
        "\n".join(missing[:50])


def test_translations_keep_their_placeholders():
    wrong = []
    for ts in sorted(i18n_tool.TS_DIR.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            translation = message.findtext("translation") or ""
            if translation and sorted(PLACEHOLDER.findall(source)) != \
                    sorted(PLACEHOLDER.findall(translation)):
                wrong.append(f"{ts.name}: {source!r} -> {translation!r}")
    assert wrong == []


def test_one_source_text_means_one_thing_per_context():
    seen: dict[tuple[str, str], tuple[str, str]] = {}
    clashes = []
    for ts in sorted(i18n_tool.TS_DIR.glob("*.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source") or "")
                text = message.findtext("translation") or ""
                if key in seen and text and seen[key][1] != text:
                    clashes.append(f"[{name}] {key[1]!r}: {seen[key][0]} says {seen[key][1]!r}, "
                                   f"{ts.name} says {text!r}")
                seen.setdefault(key, (ts.name, text))
    assert clashes == []


def test_the_program_speaks_chinese_when_asked():
    i18n.set_language("zh_CN")
    from partsdesk.services.permissions import role_name
    assert role_name("parts_clerk") == "配件管理员"
