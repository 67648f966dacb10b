"""Every interface string has a German and an English entry in locale/."""

import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
APPS = ["smartcity", "strategy", "fields", "sponsors", "updates", "editorial", "accounts", "caching", "sitesearch",
        "signlanguage", "feedback", "newsletter"]
TEMPLATE_STRING = re.compile(r"""{%\s*translate\s+(["'])(.+?)\1""")
PY_STRING = re.compile(r"""(?<![\w.])_\(\s*(["'])((?:(?!\1).)+)\1\s*\)""")


def catalogue(language):
    return polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))


def source_strings():
    strings = set()
    for path in (ROOT / "templates").rglob("*.html"):
        strings |= {m.group(2) for m in TEMPLATE_STRING.finditer(path.read_text())}
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            strings |= {m.group(2) for m in PY_STRING.finditer(path.read_text())}
    return strings


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_entry_is_translated(language):
    po = catalogue(language)
    untranslated = [e.msgid for e in po if not e.obsolete and not e.translated()]
    fuzzy = [e.msgid for e in po if "fuzzy" in e.flags]
    assert not untranslated, untranslated[:20]
    assert not fuzzy, fuzzy[:20]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_source_string_is_in_the_catalogue(language):
    known = {e.msgid for e in catalogue(language) if not e.obsolete}
    missing = sorted(s for s in source_strings() if s not in known)
    assert not missing, missing[:30]


def test_german_catalogue_really_is_german():
    po = catalogue("de")
    assert po.find("Funded by").msgstr == "Gefördert durch"
    assert po.find("Skip to main content").msgstr != "Skip to main content"


@pytest.mark.django_db
def test_editors_see_german_labels_and_help_texts():
    """Every field label and help text of every model the city edits has a German entry."""
    from django.apps import apps
    from django.utils import translation

    german = {e.msgid: e.msgstr for e in catalogue("de") if e.msgstr}
    checked = 0
    for app in APPS:
        for model in apps.get_app_config(app).get_models():
            inherited = {
                f.name
                for base in model.__mro__[1:]
                if getattr(getattr(base, "_meta", None), "abstract", False)
                for f in base._meta.fields
            }
            for field in model._meta.local_fields + model._meta.local_many_to_many:
                if field.name.endswith(("_de", "_en", "_ptr")) or field.auto_created:
                    continue
                if field.name in inherited and not field.name.startswith("alt_text"):
                    continue  # Wagtail's own fields come with Wagtail's own translations
                with translation.override("en"):
                    texts = [str(field.verbose_name), str(field.help_text)]
                for text in [t for t in texts if t and t != "None"]:
                    if text == field.name.replace("_", " "):
                        continue  # Django's automatic label for a foreign key, e.g. "page"
                    assert german.get(text), (model.__name__, field.name, text)
                    checked += 1
    assert checked > 60
