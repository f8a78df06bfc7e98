"""Every fixed text of the PDF summary and the ballots, per language.

Kept in one place, one dict per language, so a translator edits one file and
a PDF can be made in any language listed here.  Participant-entered text and
instrument text are not here: those come from the archive and the form.

Spanish uses the desktop UI's words (``resources/translations/pe_desktop_es.ts``):
"boleta" for a ballot, "computadora" for the laptop, "recuento" for a tally,
so the facilitator's screen and the printed page name things alike
(tests/test_report_strings.py holds them together).

Texts are plain (no markup); they are escaped like any other text before
they reach a reportlab Paragraph.  ``{name}`` fields are filled with
``str.format``.  A key missing from a language falls back to English, so a
half-finished translation still produces a complete PDF.
"""

from __future__ import annotations

from collections.abc import Mapping

__all__ = ["LANGUAGES", "Strings", "strings"]

EN: dict[str, str] = {
    # cover
    "summary_heading": "Session summary",
    "partnership": "Partnership",
    "session": "Session",
    "date": "Date",
    "place": "Place",
    "facilitator": "Facilitator",
    "stage": "Stage of the partnership",
    "instrument": "Instrument",
    "source": "Source",
    "rounds": "Rounds of rating",
    "participants_by_group": "Participants by stakeholder group",
    "participants_total": "Total",
    "channels_used": "How people took part",
    "people_count": "{count} people",
    "other_groups": "Other (small groups merged so nobody can be singled out)",
    "no_participants": "No participants yet.",
    "not_recorded": "not recorded",
    "generated": "Made with pe-desktop on {date}.",
    "anonymity_note": "Ratings are anonymous. A stakeholder group with fewer than {k} ratings is never shown on its own: its ratings are counted in the overall figures and drawn in grey as \u201cother\u201d.",
    # stages, positions, channels, statuses, note kinds
    "stage_advise": "Advise",
    "stage_acclimate": "Acclimate",
    "stage_activate": "Activate",
    "stage_accelerate": "Accelerate",
    "position_community": "Community",
    "position_institution": "Institution",
    "position_other": "Other position",
    "channel_phone": "Phone",
    "channel_paper": "Paper ballot",
    "channel_laptop": "Laptop",
    "channel_tally": "Show of hands (tally)",
    "channel_import": "Imported",
    "status_open": "Open",
    "status_done": "Done",
    "status_dropped": "Dropped",
    "kind_note": "Notes",
    "kind_quote": "Quotes",
    "kind_dissent": "Dissent",
    # overview
    "overview": "Overview",
    "overview_intro": "Every item, round {round}. Bars show how the ratings spread from the lowest answer (left) to the highest (right); the number in each segment is how many people gave that answer.",
    "discuss_first": "Discuss first",
    "item": "Item",
    "n": "n",
    "not_sure": "Not sure",
    "median": "Median",
    "mean": "Mean",
    "iqr": "IQR",
    "agreement": "Agreement",
    "band": "Band",
    "power_gap": "Power gap",
    "shift": "Shift",
    "no_ratings": "no ratings",
    "dash": "\u2013",
    # statistics labels
    "agreement_agree": "agree",
    "agreement_mixed": "mixed",
    "agreement_split": "split",
    "agreement_too few": "too few",
    "band_strength": "strength",
    "band_watch": "watch",
    "band_concern": "concern",
    # item section
    "round": "Round {round}",
    "figures_line": "n {n} \u00b7 not sure {unsure} \u00b7 median {median} \u00b7 mean {mean} \u00b7 middle half {q1}\u2013{q3} (IQR {iqr}) \u00b7 agreement: {agreement} \u00b7 band: {band}",
    "figures_line_empty": "No ratings in this round (not sure: {unsure}).",
    "groups_heading": "By stakeholder group (round {round})",
    "group": "Group",
    "position": "Position",
    "suppressed": "not shown on its own (too few ratings to stay anonymous); drawn as \u201cother\u201d",
    "other_marker": "other",
    "power_gap_line": "Power gap: {gap}. Community groups rated this item {amount} points {direction} than institution groups, on average.",
    "power_gap_none": "Power gap: not available (it needs at least one community group and one institution group large enough to be shown).",
    "power_gap_zero": "Power gap: 0. Community and institution groups rated this item the same, on average.",
    "higher": "higher",
    "lower": "lower",
    "shift_line": "Change from round 1 to round 2: median {m1} \u2192 {m2} ({dm}); agreement score (rwg) {a1} \u2192 {a2} ({dr}).",
    "shift_unavailable": "Change from round 1 to round 2: not available (too few ratings in one of the rounds).",
    "actions_for_item": "Action items",
    "no_notes": "No notes recorded for this item.",
    # actions
    "all_actions": "Action items",
    "general_notes": "Notes on the whole session",
    "action": "Action",
    "owner": "Owner",
    "due": "Due",
    "status": "Status",
    "carried": "carried forward",
    "no_actions": "No action items were recorded.",
    "whole_session": "whole session",
    # how to read
    "how_to_read": "How to read this summary",
    "how_intro": "Each person rated each item on a scale from {min} ({min_label}) to {max} ({max_label}), or answered \u201cnot sure\u201d. \u201cNot sure\u201d answers are counted but left out of every other figure.",
    "how_dots": "Dot charts: one mark per rating, stacked above the answer it gave. The colour and shape of a mark show the person's stakeholder group (the legend is under each chart); in a black-and-white print the shapes tell the groups apart. Grey crosses are \u201cother\u201d: ratings of groups too small to show on their own, and of people in no group.",
    "how_median": "Median: the middle rating when all ratings are lined up from lowest to highest; half the room rated at or below it. The line with the triangle marks it on the charts.",
    "how_mean": "Mean: the average rating.",
    "how_iqr": "IQR (interquartile range): the spread of the middle half of the ratings. The thick bar under a chart runs from the lower to the upper end of the middle half. A small IQR means most people gave similar answers.",
    "how_agreement": "Agreement: how closely the room agrees, compared with answers picked at random. \u201cagree\u201d: most people gave similar ratings; \u201cmixed\u201d: some spread; \u201csplit\u201d: the room is divided. \u201ctoo few\u201d: fewer than 3 ratings, too few to say.",
    "how_band": "Band: where the median sits on the scale. \u201cstrength\u201d: in the top quarter; \u201cwatch\u201d: between the middle of the scale and the top quarter; \u201cconcern\u201d: below the middle.",
    "how_gap": "Power gap: the average rating of community groups minus the average rating of institution groups. A negative gap means community members see the partnership less favourably than institutions do on this item, which is often the most important thing to discuss.",
    "how_shift": "Shift: when the room rated twice, the change in the median and in agreement from round 1 to round 2, after discussion.",
    "how_privacy": "Anonymity: no name or participant code appears in this summary. A stakeholder group with fewer than {k} ratings on an item is never shown on its own, and when that alone could give its ratings away, the next-smallest group is held back too.",
    "how_discuss": "Discuss first: items are ordered by least agreement, then the largest power gap, then the lowest median.",
    "how_bars": "Stacked bars (overview): each bar is split into the share of people who gave each answer; answers below the middle of the scale extend to the left of the centre line, answers above it to the right.",
    # footer
    "page_of": "Page {page} of {pages}",
    # ballots
    "ballot": "Ballot",
    "ballot_code": "Code",
    "ballot_group": "Group",
    "ballot_round": "Round",
    "ballot_instructions": "For each question, tick one box. If you don't know, tick \u201cNot sure\u201d.",
    "ballot_instructions_no_unsure": "For each question, tick one box.",
    "ballot_blank_code": "Write the code the facilitator gives you in the Code box at the top of every page, and tick your group.",
    "ballot_phone": "Prefer your phone? Join on the workshop Wi-Fi: scan the code or open",
    "ballot_wifi": "Wi-Fi:",
    "ballot_page": "{code} \u00b7 page {page} of {pages}",
    "ballot_blank": "blank",
    "ballot_thanks": "Thank you. Hand this ballot to the facilitator.",
    "months": "January February March April May June July August September October November December",
    "date_format": "{day} {month} {year}",
}

ES: dict[str, str] = {
    "summary_heading": "Resumen de la sesión",
    "partnership": "Alianza",
    "session": "Sesión",
    "date": "Fecha",
    "place": "Lugar",
    "facilitator": "Facilitación",
    "stage": "Etapa de la alianza",
    "instrument": "Instrumento",
    "source": "Fuente",
    "rounds": "Rondas de valoración",
    "participants_by_group": "Participantes por grupo de interés",
    "participants_total": "Total",
    "channels_used": "Cómo participó la gente",
    "people_count": "{count} personas",
    "other_groups": "Otros (grupos pequeños combinados para que nadie pueda ser identificado)",
    "no_participants": "Todavía no hay participantes.",
    "not_recorded": "no consta",
    "generated": "Hecho con pe-desktop el {date}.",
    "anonymity_note": "Las valoraciones son anónimas. Un grupo de interés con menos de {k} valoraciones nunca se muestra por separado: sus valoraciones cuentan en las cifras generales y se dibujan en gris como \u00abotros\u00bb.",
    "stage_advise": "Asesorar",
    "stage_acclimate": "Aclimatar",
    "stage_activate": "Activar",
    "stage_accelerate": "Acelerar",
    "position_community": "Comunidad",
    "position_institution": "Institución",
    "position_other": "Otra posición",
    "channel_phone": "Teléfono",
    "channel_paper": "Boleta de papel",
    "channel_laptop": "Computadora",
    "channel_tally": "A mano alzada (recuento)",
    "channel_import": "Importado",
    "status_open": "Abierta",
    "status_done": "Hecha",
    "status_dropped": "Descartada",
    "kind_note": "Notas",
    "kind_quote": "Citas",
    "kind_dissent": "Desacuerdos",
    "overview": "Vista general",
    "overview_intro": "Todos los elementos, ronda {round}. Las barras muestran cómo se reparten las valoraciones desde la respuesta más baja (izquierda) hasta la más alta (derecha); el número de cada segmento es cuántas personas dieron esa respuesta.",
    "discuss_first": "Conversar primero",
    "item": "Elemento",
    "n": "n",
    "not_sure": "No sé",
    "median": "Mediana",
    "mean": "Media",
    "iqr": "RIC",
    "agreement": "Acuerdo",
    "band": "Franja",
    "power_gap": "Brecha de poder",
    "shift": "Cambio",
    "no_ratings": "sin valoraciones",
    "agreement_agree": "de acuerdo",
    "agreement_mixed": "mixto",
    "agreement_split": "dividido",
    "agreement_too few": "muy pocas",
    "band_strength": "fortaleza",
    "band_watch": "atención",
    "band_concern": "preocupación",
    "round": "Ronda {round}",
    "figures_line": "n {n} \u00b7 no sé {unsure} \u00b7 mediana {median} \u00b7 media {mean} \u00b7 mitad central {q1}\u2013{q3} (RIC {iqr}) \u00b7 acuerdo: {agreement} \u00b7 franja: {band}",
    "figures_line_empty": "No hay valoraciones en esta ronda (no sé: {unsure}).",
    "groups_heading": "Por grupo de interés (ronda {round})",
    "group": "Grupo",
    "position": "Posición",
    "suppressed": "no se muestra por separado (muy pocas valoraciones para mantener el anonimato); se dibuja como \u00abotros\u00bb",
    "other_marker": "otros",
    "power_gap_line": "Brecha de poder: {gap}. Los grupos comunitarios valoraron este elemento {amount} puntos {direction} que los grupos institucionales, en promedio.",
    "power_gap_none": "Brecha de poder: no disponible (hace falta al menos un grupo comunitario y un grupo institucional lo bastante grandes para mostrarse).",
    "power_gap_zero": "Brecha de poder: 0. Los grupos comunitarios e institucionales valoraron este elemento igual, en promedio.",
    "higher": "más alto",
    "lower": "más bajo",
    "shift_line": "Cambio de la ronda 1 a la ronda 2: mediana {m1} \u2192 {m2} ({dm}); índice de acuerdo (rwg) {a1} \u2192 {a2} ({dr}).",
    "shift_unavailable": "Cambio de la ronda 1 a la ronda 2: no disponible (muy pocas valoraciones en una de las rondas).",
    "actions_for_item": "Acciones",
    "no_notes": "No se registraron notas para este elemento.",
    "all_actions": "Acciones",
    "general_notes": "Notas sobre toda la sesión",
    "action": "Acción",
    "owner": "Responsable",
    "due": "Fecha límite",
    "status": "Estado",
    "carried": "traída de una sesión anterior",
    "no_actions": "No se registraron acciones.",
    "whole_session": "toda la sesión",
    "how_to_read": "Cómo leer este resumen",
    "how_intro": "Cada persona valoró cada elemento en una escala de {min} ({min_label}) a {max} ({max_label}), o respondió \u00abno sé\u00bb. Las respuestas \u00abno sé\u00bb se cuentan, pero no entran en ninguna otra cifra.",
    "how_dots": "Gráficos de puntos: una marca por valoración, apilada sobre la respuesta dada. El color y la forma de la marca indican el grupo de interés de la persona (la leyenda está debajo de cada gráfico); en una copia en blanco y negro, las formas distinguen los grupos. Las cruces grises son \u00abotros\u00bb: valoraciones de grupos demasiado pequeños para mostrarse por separado y de personas sin grupo.",
    "how_median": "Mediana: la valoración del medio cuando todas se ordenan de menor a mayor; la mitad de la sala valoró igual o por debajo. La línea con el triángulo la marca en los gráficos.",
    "how_mean": "Media: el promedio de las valoraciones.",
    "how_iqr": "RIC (rango intercuartílico): la dispersión de la mitad central de las valoraciones. La barra gruesa bajo cada gráfico va del extremo inferior al superior de esa mitad central. Un RIC pequeño significa que casi todos respondieron parecido.",
    "how_agreement": "Acuerdo: cuánto coincide la sala, comparado con respuestas al azar. \u00abde acuerdo\u00bb: casi todos valoraron parecido; \u00abmixto\u00bb: cierta dispersión; \u00abdividido\u00bb: la sala está dividida. \u00abmuy pocas\u00bb: menos de 3 valoraciones, demasiado pocas para decir.",
    "how_band": "Franja: dónde queda la mediana en la escala. \u00abfortaleza\u00bb: en el cuarto superior; \u00abatención\u00bb: entre el centro de la escala y el cuarto superior; \u00abpreocupación\u00bb: por debajo del centro.",
    "how_gap": "Brecha de poder: la valoración media de los grupos comunitarios menos la de los grupos institucionales. Una brecha negativa significa que la comunidad ve este aspecto de la alianza de forma menos favorable que las instituciones, y suele ser lo más importante para conversar.",
    "how_shift": "Cambio: cuando la sala valoró dos veces, la variación de la mediana y del acuerdo de la ronda 1 a la ronda 2, después de conversar.",
    "how_privacy": "Anonimato: en este resumen no aparece ningún nombre ni código de participante. Un grupo de interés con menos de {k} valoraciones en un elemento nunca se muestra por separado y, cuando eso solo podría revelar sus valoraciones, también se reserva el siguiente grupo más pequeño.",
    "how_discuss": "Conversar primero: los elementos se ordenan por menor acuerdo, después por mayor brecha de poder y después por la mediana más baja.",
    "how_bars": "Barras apiladas (vista general): cada barra se divide en la proporción de personas que dio cada respuesta; las respuestas por debajo del centro de la escala se extienden a la izquierda de la línea central y las de encima, a la derecha.",
    "page_of": "Página {page} de {pages}",
    "ballot": "Boleta",
    "ballot_code": "Código",
    "ballot_group": "Grupo",
    "ballot_round": "Ronda",
    "ballot_instructions": "En cada pregunta, marque una casilla. Si no lo sabe, marque \u00abNo sé\u00bb.",
    "ballot_instructions_no_unsure": "En cada pregunta, marque una casilla.",
    "ballot_blank_code": "Escriba el código que le dé la persona facilitadora en la casilla «Código» de arriba, en cada página, y marque su grupo.",
    "ballot_phone": "¿Prefiere usar su teléfono? Conéctese al wifi del taller: escanee el código o abra",
    "ballot_wifi": "Wifi:",
    "ballot_page": "{code} \u00b7 página {page} de {pages}",
    "ballot_blank": "en blanco",
    "ballot_thanks": "Gracias. Entregue esta boleta a la persona facilitadora.",
    "months": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "date_format": "{day} de {month} de {year}",
}

_TABLES: dict[str, dict[str, str]] = {"en": EN, "es": ES}
#: Languages the PDFs can be made in.
LANGUAGES: tuple[str, ...] = tuple(_TABLES)


class Strings(Mapping[str, str]):
    """The texts of one language, falling back to English key by key.

    ``s["key"]`` is the text; ``s("key", name=value)`` fills its fields.
    """

    def __init__(self, language: str) -> None:
        if language not in _TABLES:
            raise ValueError(f"language: {language!r} is not one of {', '.join(LANGUAGES)}")
        self.language = language
        self._table = _TABLES[language]

    def __getitem__(self, key: str) -> str:
        if key in self._table:
            return self._table[key]
        return EN[key]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(EN)

    def __len__(self) -> int:
        return len(EN)

    def __call__(self, key: str, **fields: object) -> str:
        return self[key].format(**fields)


def strings(language: str) -> Strings:
    """The texts for ``language`` ("en", "es"); ValueError naming the choices otherwise."""
    return Strings(language)
