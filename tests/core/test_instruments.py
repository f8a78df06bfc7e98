"""Instruments: the built-in forms, snapshots, validation messages, discovery."""

from __future__ import annotations

import json
import pickle
import textwrap
from pathlib import Path

import pytest

from pe_desktop.core.instruments import (
    Instrument,
    InstrumentError,
    Item,
    Problem,
    Scale,
    available_instruments,
    builtin_forms_dir,
    find_instrument,
    instrument_problems,
    load_instrument,
    parse_instrument,
    user_forms_dir,
)

BUILTINS = {
    "partnership-equity": 6,
    "equity-justice": 6,
    "partnership-practices": 22,
    "partnership-stage": 4,
}

VALID = """\
key = "mini"
version = 1
title = "Mini form"
source = "Written for the tests"
language = "en"

[scale]
min = 1
max = 5
labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }
allow_unsure = true

[[items]]
key = "first"
title = "First"
question = "Is the first thing true?"
prompts = ["Why?", "Why not?"]

[[items]]
key = "second"
title = "Second"
question = "Is the second thing true?"

[translations.es]
title = "Formulario mini"
scale_labels = { 1 = "Nada", 5 = "Totalmente" }
items.first = { title = "Primero", question = "¿Es cierto lo primero?", prompts = ["¿Por qué?"] }
items.second = { title = "Segundo", question = "¿Es cierto lo segundo?" }
"""


@pytest.fixture(autouse=True)
def empty_user_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never read the real user's forms folder."""
    folder = tmp_path / "user-forms"
    monkeypatch.setenv("PE_DESKTOP_FORMS_DIR", str(folder))
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems_of(tmp_path: Path, text: str, name: str = "bad.toml") -> tuple[Path, InstrumentError]:
    path = write(tmp_path / "forms", name, text)
    with pytest.raises(InstrumentError) as info:
        load_instrument(path)
    return path, info.value


def assert_problem(error: InstrumentError, path: Path, field: str, *reason_words: str) -> Problem:
    """The error names the file and the field, and the reason says what is wrong."""
    matches = [p for p in error.problems if p.field == field]
    assert matches, f"no problem for {field!r} in:\n{error}"
    problem = matches[0]
    assert problem.file == str(path)
    for word in reason_words:
        assert word.lower() in problem.reason.lower(), problem.reason
    line = str(problem)
    assert line.startswith(f"{path}: ")
    assert f": {field}: " in line
    assert line in str(error).splitlines()
    return problem


# --------------------------------------------------------------------------
# Built-in forms


def test_builtin_forms_dir_is_the_checkout_forms_folder() -> None:
    folder = builtin_forms_dir()
    assert folder.is_dir()
    assert {p.stem for p in folder.glob("*.toml")} >= set(BUILTINS)


@pytest.mark.parametrize(("key", "count"), sorted(BUILTINS.items()))
def test_builtin_form_loads(key: str, count: int) -> None:
    path = builtin_forms_dir() / f"{key}.toml"
    form = load_instrument(path)
    assert form.key == key == path.stem
    assert form.version >= 1
    assert form.language == "en"
    assert form.source
    assert len(form.items) == count
    assert len(set(form.item_keys)) == count
    assert form.scale.min == 1 and form.scale.max == 5
    assert form.scale.allow_unsure
    assert set(form.scale.labels) == {1, 2, 3, 4, 5}
    for item in form.items:
        assert item.title and item.question


@pytest.mark.parametrize("key", sorted(BUILTINS))
def test_builtin_spanish_is_complete(key: str) -> None:
    form = find_instrument(key)
    assert form.languages == ("en", "es")
    table = form.translations["es"]
    assert table["title"] and table["source"]
    assert set(table["scale_labels"]) == {"1", "2", "3", "4", "5"}
    assert set(table["items"]) == set(form.item_keys)
    es = form.localized("es")
    assert es.language == "es"
    assert es.item_keys == form.item_keys
    assert es.title != form.title
    for original, translated in zip(form.items, es.items, strict=True):
        assert translated.question != original.question
        assert len(translated.prompts) == len(original.prompts)
        if original.prompts:
            assert "prompts" in table["items"][original.key]
            assert translated.prompts != original.prompts
    for point in form.scale.points:
        assert es.scale.label(point) != form.scale.label(point)


def test_partnership_equity_attributes() -> None:
    form = find_instrument("partnership-equity")
    assert form.item_keys == (
        "continual",
        "bilateral",
        "accountable",
        "communal",
        "materially-beneficial",
        "transformational",
    )
    assert form.scale.labels == {1: "Not at all", 2: "A little", 3: "Partly", 4: "Mostly", 5: "Fully"}
    for item in form.items:
        assert 2 <= len(item.prompts) <= 4
    assert "Partnership Equity Framework" in form.source


def test_partnership_stage_items_and_scale() -> None:
    form = find_instrument("partnership-stage")
    assert form.item_keys == ("advise", "acclimate", "activate", "accelerate")
    assert form.scale.label(1) == "Not started"
    assert form.scale.label(5) == "Done"
    assert all(item.prompts for item in form.items)


def test_partnership_practices_is_an_agreement_scale() -> None:
    form = find_instrument("partnership-practices")
    assert form.scale.label(1) == "Strongly disagree"
    assert form.scale.label(5) == "Strongly agree"


def test_available_instruments_has_all_builtins_without_problems() -> None:
    found = available_instruments()
    assert set(found) >= set(BUILTINS)
    assert instrument_problems() == []


# --------------------------------------------------------------------------
# The model


def test_parse_valid_form() -> None:
    form = parse_instrument(VALID, "mini.toml")
    assert form.key == "mini" and form.version == 1 and form.title == "Mini form"
    assert form.item("first") == Item("first", "First", "Is the first thing true?", ("Why?", "Why not?"))
    assert form.item("second").prompts == ()
    assert form.item_keys == ("first", "second")
    assert form.languages == ("en", "es")
    with pytest.raises(KeyError, match="third"):
        form.item("third")


def test_scale_points_and_labels() -> None:
    scale = parse_instrument(VALID, "mini.toml").scale
    assert scale.points == range(1, 6)
    assert scale.label(1) == "Not at all"
    assert scale.label(2) == "2"
    assert scale.label(None) == "Not sure"


def test_optional_fields_default() -> None:
    text = VALID.replace('source = "Written for the tests"\n', "").replace("allow_unsure = true\n", "")
    form = parse_instrument(text, "mini.toml")
    assert form.source == ""
    assert form.scale.allow_unsure is True


def test_localized_falls_back_and_back_again() -> None:
    form = parse_instrument(VALID, "mini.toml")
    es = form.localized("es")
    assert es.title == "Formulario mini"
    assert es.source == form.source  # not translated -> original
    assert es.item("first").question == "¿Es cierto lo primero?"
    assert es.item("first").prompts == ("¿Por qué?",)
    assert es.item("second").prompts == ()
    assert es.scale.label(1) == "Nada"
    assert es.scale.label(3) == "Partly"  # untranslated label falls back
    assert es.scale.points == form.scale.points
    assert es.languages == ("es", "en")
    back = es.localized("en")
    assert (back.title, back.source, back.language) == (form.title, form.source, "en")
    assert back.items == form.items
    assert back.scale == form.scale
    assert form.localized("fr") is form
    assert form.localized("en") is form


def test_to_dict_round_trip_and_stable_hash() -> None:
    for form in available_instruments().values():
        data = form.to_dict()
        again = Instrument.from_dict(json.loads(json.dumps(data)))
        assert again == form
        assert again.to_dict() == data
        assert again.content_hash == form.content_hash
        assert form.to_json() == again.to_json()
        assert len(form.content_hash) == 64
    form = find_instrument("partnership-equity")
    reloaded = load_instrument(builtin_forms_dir() / "partnership-equity.toml")
    assert reloaded.content_hash == form.content_hash


def test_to_json_is_canonical() -> None:
    form = parse_instrument(VALID, "mini.toml")
    text = form.to_json()
    assert text == json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert text.startswith('{"items":[{"key":"first"')  # sorted keys, no spaces


def test_hash_changes_with_content() -> None:
    form = parse_instrument(VALID, "mini.toml")
    changed = parse_instrument(VALID.replace("Is the first thing true?", "Is the first thing right?"), "mini.toml")
    assert changed.content_hash != form.content_hash
    reformatted = parse_instrument("# a comment\n" + VALID.replace("min = 1", "min   =   1"), "other.toml")
    assert reformatted.content_hash == form.content_hash


def test_instrument_is_hashable_and_immutable() -> None:
    form = parse_instrument(VALID, "mini.toml")
    assert hash(form) == hash(parse_instrument(VALID, "mini.toml"))
    with pytest.raises(AttributeError):
        form.title = "x"  # type: ignore[misc]
    form.to_dict()["items"].clear()
    assert len(form.items) == 2


def test_from_dict_validates() -> None:
    data = parse_instrument(VALID, "mini.toml").to_dict()
    data["scale"]["labels"]["9"] = "Too high"
    with pytest.raises(InstrumentError) as info:
        Instrument.from_dict(data)
    assert info.value.problems[0].field == "scale.labels.9"


def test_direct_construction() -> None:
    scale = Scale(min=0, max=2, labels={0: "No", 2: "Yes"}, allow_unsure=False)
    form = Instrument("x", 1, "X", "", "en", scale, (Item("a", "A", "Q?", ()),), {})
    assert Instrument.from_dict(form.to_dict()) == form


# --------------------------------------------------------------------------
# Validation: one problem each


def test_toml_syntax_error_has_line(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, 'key = "x"\nversion = 1\ntitle = oops\n')
    assert len(error.problems) == 1
    problem = error.problems[0]
    assert problem.line == 3
    assert problem.file == str(path)
    assert "not valid TOML" in problem.reason
    assert str(error).startswith(f"{path}: line 3: not valid TOML")


def test_toml_error_at_end_of_document(tmp_path: Path) -> None:
    _, error = problems_of(tmp_path, 'key = "x"\ntitle = "unterminated\n')
    assert error.problems[0].line == 2


def test_duplicate_toml_key_is_a_syntax_error(tmp_path: Path) -> None:
    _, error = problems_of(tmp_path, 'key = "x"\nkey = "y"\n')
    assert error.problems[0].line == 2


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes('title = "Año"\n'.encode("latin-1"))
    with pytest.raises(InstrumentError, match="UTF-8"):
        load_instrument(path)


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.toml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_instrument(path).key == "mini"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InstrumentError, match="cannot read"):
        load_instrument(tmp_path / "nope.toml")


def test_unknown_top_level_field(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('language = "en"', 'language = "en"\ntitel = "x"'))
    assert_problem(error, path, "titel", "unknown field", "title")


def test_unknown_scale_field(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace("allow_unsure = true", "allow_unsure = true\nstep = 1"))
    assert_problem(error, path, "scale.step", "unknown field")


def test_unknown_item_field(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('prompts = ["Why?", "Why not?"]', 'prompt = "Why?"'))
    assert_problem(error, path, "items.first.prompt", "unknown field", "prompts")


def test_unknown_translation_field(tmp_path: Path) -> None:
    path, error = problems_of(
        tmp_path, VALID.replace('title = "Formulario mini"', 'title = "Formulario mini"\nnotes = "x"')
    )
    assert_problem(error, path, "translations.es.notes", "unknown field")


def test_unknown_translation_item_field(tmp_path: Path) -> None:
    text = VALID.replace('question = "¿Es cierto lo segundo?" }', 'question = "¿Es cierto lo segundo?", hint = "x" }')
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items.second.hint", "unknown field")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ('key = "mini"\n', "key"),
        ("version = 1\n", "version"),
        ('title = "Mini form"\n', "title"),
        ('language = "en"\n', "language"),
        ("min = 1\n", "scale.min"),
        ("max = 5\n", "scale.max"),
    ],
)
def test_missing_required_field(tmp_path: Path, line: str, field: str) -> None:
    assert line in VALID
    path, error = problems_of(tmp_path, VALID.replace(line, "", 1))
    assert_problem(error, path, field, "missing")


def test_missing_scale_and_items(tmp_path: Path) -> None:
    text = 'key = "x"\nversion = 1\ntitle = "X"\nlanguage = "en"\n'
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "scale", "missing")
    assert_problem(error, path, "items", "missing")


@pytest.mark.parametrize(
    ("old", "new", "field", "reason"),
    [
        ('key = "mini"', "key = 7", "key", "must be text"),
        ("version = 1", 'version = "1"', "version", "whole number"),
        ("version = 1", "version = 1.5", "version", "whole number"),
        ("version = 1", "version = true", "version", "whole number"),
        ("version = 1", "version = 0", "version", "1 or more"),
        ('title = "Mini form"', "title = []", "title", "must be text"),
        ('title = "Mini form"', 'title = "  "', "title", "must not be empty"),
        ('language = "en"', "language = 1", "language", "must be text"),
        ('language = "en"', 'language = "English"', "language", "language code"),
        ('source = "Written for the tests"', "source = 3", "source", "must be text"),
        ("min = 1", 'min = "1"', "scale.min", "whole number"),
        ("max = 5", "max = 5.0", "scale.max", "whole number"),
        ("allow_unsure = true", 'allow_unsure = "yes"', "scale.allow_unsure", "true or false"),
        ('labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }', 'labels = "Fully"', "scale.labels", "table"),
        ('labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }', "labels = { 1 = 1 }", "scale.labels.1", "text"),
        (
            'labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }',
            'labels = { top = "x" }',
            "scale.labels.top",
            "whole numbers",
        ),
        ('key = "first"', "key = 1", "items[1].key", "must be text"),
        ('title = "First"', 'title = ""', "items.first.title", "must not be empty"),
        ('question = "Is the first thing true?"', "question = 5", "items.first.question", "must be text"),
    ],
)
def test_wrong_type(tmp_path: Path, old: str, new: str, field: str, reason: str) -> None:
    assert old in VALID
    path, error = problems_of(tmp_path, VALID.replace(old, new, 1))
    assert_problem(error, path, field, reason)


def test_missing_item_title_and_question(tmp_path: Path) -> None:
    text = VALID.replace('title = "Second"\nquestion = "Is the second thing true?"\n', "")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "items.second.title", "missing")
    assert_problem(error, path, "items.second.question", "missing")


def test_missing_item_key(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('key = "second"\n', ""))
    assert_problem(error, path, "items[2].key", "missing")


@pytest.mark.parametrize("bad_key", ["Mini", "-mini", "mini form", "mini_form", "míni", ""])
def test_form_key_pattern(tmp_path: Path, bad_key: str) -> None:
    path, error = problems_of(tmp_path, VALID.replace('key = "mini"', f'key = "{bad_key}"'))
    reason = "must not be empty" if not bad_key else "not a valid key"
    assert_problem(error, path, "key", reason)


def test_item_key_pattern(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('key = "second"', 'key = "Second Item"'))
    assert_problem(error, path, "items[2].key", "not a valid key", "lower-case")


def test_duplicate_item_key(tmp_path: Path) -> None:
    text = VALID.replace('key = "second"', 'key = "first"').replace("items.second", "items.first_")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "items[2].key", "duplicate", "'first'", "item 1")


def test_scale_min_not_below_max(tmp_path: Path) -> None:
    text = VALID.replace("min = 1", "min = 5").replace('labels = { 1 = "Not at all", 3 = "Partly", 5 = "Fully" }', "")
    text = text.replace('scale_labels = { 1 = "Nada", 5 = "Totalmente" }\n', "")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "scale.max", "greater than scale.min")


def test_scale_too_many_points(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace("max = 5", "max = 12"))
    assert_problem(error, path, "scale", "12 points", "at most 11")


def test_eleven_points_is_fine() -> None:
    form = parse_instrument(VALID.replace("min = 1", "min = 0").replace("max = 5", "max = 10"), "eleven.toml")
    assert len(form.scale.points) == 11


def test_label_outside_scale(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('5 = "Fully"', '5 = "Fully", 7 = "Beyond"'))
    assert_problem(error, path, "scale.labels.7", "outside the scale", "1 to 5")


def test_translated_label_outside_scale(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('5 = "Totalmente"', '0 = "Nada de nada"'))
    assert_problem(error, path, "translations.es.scale_labels.0", "outside the scale")


@pytest.mark.parametrize(
    ("prompts", "field", "reason"),
    [
        ('"Why?"', "items.first.prompts", "list of text"),
        ('["Why?", 3]', "items.first.prompts[2]", "must be text"),
        ('["Why?", ""]', "items.first.prompts[2]", "must not be empty"),
    ],
)
def test_prompts_must_be_list_of_strings(tmp_path: Path, prompts: str, field: str, reason: str) -> None:
    path, error = problems_of(tmp_path, VALID.replace('prompts = ["Why?", "Why not?"]', f"prompts = {prompts}"))
    assert_problem(error, path, field, reason)


def test_translated_prompts_must_be_list_of_strings(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('prompts = ["¿Por qué?"]', 'prompts = "¿Por qué?"'))
    assert_problem(error, path, "translations.es.items.first.prompts", "list of text")


def test_translation_names_unknown_item(tmp_path: Path) -> None:
    text = VALID + 'items.third = { title = "Tercero", question = "¿Tres?" }\n'
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items.third", "no item", "third")


def test_translation_missing_item_question(tmp_path: Path) -> None:
    text = VALID.replace(', question = "¿Es cierto lo segundo?"', "")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items.second.question", "missing")


def test_translation_missing_item_title(tmp_path: Path) -> None:
    text = VALID.replace('title = "Primero", ', "")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items.first.title", "missing")


def test_translation_missing_whole_item(tmp_path: Path) -> None:
    text = VALID.replace('items.second = { title = "Segundo", question = "¿Es cierto lo segundo?" }\n', "")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items.second", "missing", "title and question")


def test_field_after_a_table_header_is_named_in_that_table(tmp_path: Path) -> None:
    """A common TOML slip: a top-level field written below [scale] belongs to scale."""
    path, error = problems_of(tmp_path, VALID.replace('language = "en"\n', "") + 'language = "en"\n')
    assert_problem(error, path, "language", "missing")
    assert_problem(error, path, "translations.es.language", "unknown field")


def test_translation_without_items(tmp_path: Path) -> None:
    text = VALID.split("items.first = {")[0]
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es.items", "missing")


def test_translation_missing_title(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace('title = "Formulario mini"\n', ""))
    assert_problem(error, path, "translations.es.title", "missing")


def test_translation_language_code(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace("[translations.es]", "[translations.Spanish]"))
    assert_problem(error, path, "translations.Spanish", "language code")


def test_translation_into_own_language(tmp_path: Path) -> None:
    path, error = problems_of(tmp_path, VALID.replace("[translations.es]", "[translations.en]"))
    assert_problem(error, path, "translations.en", "own language")


def test_translation_not_a_table(tmp_path: Path) -> None:
    text = VALID.split("[translations.es]")[0].replace("[scale]", 'translations = { es = "Spanish" }\n\n[scale]')
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "translations.es", "must be a table")


def test_empty_items(tmp_path: Path) -> None:
    text = VALID.split("[[items]]")[0].replace("[scale]", "items = []\n\n[scale]")
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "items", "no items")


def test_items_not_tables(tmp_path: Path) -> None:
    text = VALID.split("[[items]]")[0].replace("[scale]", 'items = ["first", "second"]\n\n[scale]')
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "items[1]", "must be a table")
    assert_problem(error, path, "items[2]", "must be a table")


def test_several_problems_reported_together(tmp_path: Path) -> None:
    text = (
        VALID.replace("version = 1", 'version = "one"')
        .replace('key = "second"', 'key = "first"')
        .replace('5 = "Fully"', '5 = "Fully", 6 = "More"')
        .replace('title = "First"\n', 'title = "First"\ncolour = "red"\n')
        .replace(', question = "¿Es cierto lo segundo?"', "")
    )
    path, error = problems_of(tmp_path, text)
    fields = {p.field for p in error.problems}
    assert {"version", "items[2].key", "scale.labels.6", "items.first.colour"} <= fields
    lines = str(error).splitlines()
    assert len(lines) == len(error.problems) >= 4
    assert all(line.startswith(f"{path}: ") for line in lines)


def test_translation_checked_even_when_an_item_is_broken(tmp_path: Path) -> None:
    text = (
        VALID.replace('question = "Is the second thing true?"\n', "")
        + 'items.third = { title = "T", question = "Q" }\n'
    )
    path, error = problems_of(tmp_path, text)
    assert_problem(error, path, "items.second.question", "missing")
    assert_problem(error, path, "translations.es.items.third", "no item")


def test_instrument_error_is_value_error_and_pickles(tmp_path: Path) -> None:
    _, error = problems_of(tmp_path, VALID.replace("version = 1", "version = 0"))
    assert isinstance(error, ValueError)
    clone = pickle.loads(pickle.dumps(error))
    assert clone.problems == error.problems
    assert str(clone) == str(error)
    assert error.file == error.problems[0].file


# --------------------------------------------------------------------------
# Discovery


def test_user_forms_dir_honours_environment(empty_user_forms: Path) -> None:
    assert user_forms_dir() == empty_user_forms


def test_user_forms_dir_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PE_DESKTOP_FORMS_DIR", raising=False)
    folder = user_forms_dir()
    assert folder.name == "forms"
    assert "pe-desktop" in str(folder)


def test_user_form_is_added_and_broken_one_reported(empty_user_forms: Path) -> None:
    write(empty_user_forms, "mini.toml", VALID)
    broken = write(empty_user_forms, "broken.toml", VALID.replace("max = 5", "max = 0"))
    write(empty_user_forms, "notes.txt", "not a form")
    found = available_instruments()
    assert "mini" in found
    assert set(found) >= set(BUILTINS)
    problems = instrument_problems()
    assert len(problems) == 1
    assert problems[0].file == str(broken)
    assert "scale.max" in str(problems[0])
    assert find_instrument("mini").title == "Mini form"


def test_syntax_error_in_user_form_does_not_hide_others(empty_user_forms: Path) -> None:
    write(empty_user_forms, "a.toml", "this is = = not toml")
    write(empty_user_forms, "b.toml", VALID)
    assert "mini" in available_instruments()
    [error] = instrument_problems()
    assert error.problems[0].line == 1


def test_user_form_with_higher_version_replaces_builtin(empty_user_forms: Path) -> None:
    builtin = find_instrument("partnership-stage")
    text = (builtin_forms_dir() / "partnership-stage.toml").read_text(encoding="utf-8")
    write(empty_user_forms, "stage-v2.toml", text.replace("version = 1", "version = 2").replace("Advise", "Listen"))
    replaced = find_instrument("partnership-stage")
    assert replaced.version == 2
    assert replaced.item("advise").title == "Listen"
    assert replaced.content_hash != builtin.content_hash
    assert instrument_problems() == []


def test_user_form_with_same_version_does_not_replace_builtin(empty_user_forms: Path) -> None:
    text = (builtin_forms_dir() / "partnership-stage.toml").read_text(encoding="utf-8")
    path = write(empty_user_forms, "stage-copy.toml", text.replace("Advise", "Listen"))
    assert find_instrument("partnership-stage").item("advise").title == "Advise"
    [error] = instrument_problems()
    assert error.problems[0].file == str(path)
    assert error.problems[0].field == "version"


def test_identical_copy_is_silently_ignored(empty_user_forms: Path) -> None:
    text = (builtin_forms_dir() / "partnership-equity.toml").read_text(encoding="utf-8")
    write(empty_user_forms, "copy.toml", text)
    assert instrument_problems() == []


def test_extra_dirs(tmp_path: Path) -> None:
    extra = tmp_path / "extra"
    write(extra, "mini.toml", VALID)
    assert "mini" not in available_instruments()
    assert "mini" in available_instruments([extra])
    assert find_instrument("mini", [extra]).key == "mini"


def test_missing_user_forms_dir_is_fine(empty_user_forms: Path) -> None:
    assert not empty_user_forms.exists()
    assert set(available_instruments()) == set(BUILTINS)
    assert not empty_user_forms.exists()


def test_find_instrument_unknown_lists_available() -> None:
    with pytest.raises(KeyError) as info:
        find_instrument("nope")
    message = str(info.value)
    assert "nope" in message
    for key in BUILTINS:
        assert key in message


def test_item_keys_is_built_once_and_stays_out_of_equality_and_snapshots() -> None:
    form = parse_instrument(VALID, "mini.toml")
    twin = parse_instrument(VALID, "mini.toml")
    keys = form.item_keys
    assert form.item_keys is keys  # cached: the same tuple on every call
    assert keys == tuple(item.key for item in form.items)
    # the cache is not a field: equality, hashing, the snapshot and pickling are as before
    assert form == twin and hash(form) == hash(twin)
    assert form.to_json() == twin.to_json() and form.content_hash == twin.content_hash
    again = pickle.loads(pickle.dumps(form))
    assert again == form and again.item_keys == keys
    assert form.localized("es").item_keys == keys


def test_scale_answers_are_the_points_then_not_sure() -> None:
    assert Scale(1, 5).answers == (1, 2, 3, 4, 5, None)
    assert Scale(0, 3, allow_unsure=False).answers == (0, 1, 2, 3)
