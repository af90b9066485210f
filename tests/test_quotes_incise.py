"""Reporting clauses written inside the quotation marks (Spanish rayas, French incises).

The sentences are written for textmill; they pin a convention found on the fourth
held-out batch, where one pair of marks holds two quoted stretches and their cue.
"""

from __future__ import annotations

from quotes_helpers import speakers as quotes


def test_a_spanish_raya_inside_the_marks_cuts_the_quote_in_two() -> None:
    text = (
        "Julián Osorio interpreta al vecino. «Te deja equivocarte —explica Osorio—, y cuando "
        "te das cuenta, la escena ya es tuya»."
    )
    assert quotes(text, "es") == [
        ("Te deja equivocarte", "Julián Osorio"),
        ("y cuando te das cuenta, la escena ya es tuya", "Julián Osorio"),
    ]


def test_a_french_incise_with_an_inverted_pronoun_cuts_the_quote() -> None:
    text = (
        "Le capitaine Romain Estève ne cachait pas sa frustration. « Ce match, on doit le "
        "gagner cinq fois, pestait-il. On repart avec deux points, c'est rageant. »"
    )
    assert quotes(text, "fr") == [
        ("Ce match, on doit le gagner cinq fois", "Romain Estève"),
        ("On repart avec deux points, c'est rageant.", "Romain Estève"),
    ]


def test_an_italian_incise_names_its_speaker() -> None:
    text = "«Il piano è pronto, ha spiegato Marco Bellini, ma servono i fondi.»"
    assert quotes(text, "it") == [
        ("Il piano è pronto", "Marco Bellini"),
        ("ma servono i fondi.", "Marco Bellini"),
    ]


def test_a_participle_after_a_comma_is_no_incise() -> None:
    text = (
        "La ricercatrice Federica Altieri ha detto: “Parliamo di un segnale pulito, "
        "ripetuto in tre transiti diversi, che nessun modello riesce a spiegare.”"
    )
    assert quotes(text, "it") == [
        (
            "Parliamo di un segnale pulito, ripetuto in tre transiti diversi, che nessun "
            "modello riesce a spiegare.",
            "Federica Altieri",
        )
    ]


def test_an_incise_needs_quoted_words_on_both_sides() -> None:
    text = "«Nessuno sapeva niente —dijo el alcalde Luis Prieto—»."
    assert quotes(text, "es") == [("Nessuno sapeva niente —dijo el alcalde Luis Prieto—", None)]


def test_a_passive_after_a_comma_is_no_incise() -> None:
    text = (
        "„Wer verdächtige Fahrzeuge bemerkt hat, wird gebeten, sich zu melden.“, heißt es "
        "in dem Aufruf der Polizei."
    )
    assert [q for q, _ in quotes(text, "de")] == [
        "Wer verdächtige Fahrzeuge bemerkt hat, wird gebeten, sich zu melden."
    ]


def test_a_name_apposed_to_the_incise_role_belongs_to_the_incise() -> None:
    text = (
        "La commerçante Fatima Benali est en colère. « Les équipes travaillent déjà en "
        "deux-huit, souligne son directeur de projet, Pedro Alves da Silva. Nous ne pouvons "
        "pas aller plus vite. »"
    )
    assert quotes(text, "fr") == [
        ("Les équipes travaillent déjà en deux-huit", "Pedro Alves da Silva"),
        ("Nous ne pouvons pas aller plus vite.", "Pedro Alves da Silva"),
    ]
