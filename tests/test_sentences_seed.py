"""The seed article splits into its real sentences, headings labelled."""

from __future__ import annotations

from pathlib import Path

import textmill

SEED = Path(__file__).resolve().parent.parent / "seeds" / "it-kim-lavrov.txt"

HEADING = "heading"
EXPECTED: list[tuple[str, str | None]] = [
    ("Kim Jong Un promette sostegno incondizionato a Russia", HEADING),
    ("upday.com 7 godzin temu", HEADING),
    ("Il leader nordcoreano Kim Jong Un ha assicurato al ministro degli Esteri russo Sergei "
     "Lavrov il suo sostegno \"incondizionato\" nella guerra contro l'Ucraina.", None),
    ("Kim ha definito la vittoria di Mosca \"certa\", secondo quanto riportato oggi dai media "
     "ufficiali di Pyongyang.", None),
    ("L'agenzia di stampa statale KCNA ha riferito che Kim ha ricevuto Lavrov \"in "
     "un'atmosfera di fiducia e caloroso cameratismo\".", None),
    ("L'incontro sottolinea il rafforzamento dei legami diplomatici e militari tra Corea del "
     "Nord e Russia.", None),
    ("Alleanza militare sempre più salda", HEADING),
    ("Il ministero degli Esteri russo ha pubblicato un video su Telegram che mostra i due "
     "uomini stringersi la mano e abbracciarsi.", None),
    ("Mosca e Pyongyang hanno firmato un patto di mutua difesa lo scorso anno, consolidando "
     "la loro partnership strategica.", None),
    ("La Corea del Nord ha già inviato migliaia di soldati per contribuire alla riconquista "
     "della regione di Kursk.", None),
    ("L'area era stata conquistata dall'esercito ucraino nell'estate del 2024.", None),
    ("Supporto militare e dichiarazioni", HEADING),
    ("Pyongyang fornisce inoltre alla Russia proiettili e missili per sostenere lo sforzo "
     "bellico.", None),
    ("Secondo la KCNA, Kim Jong Un ha dichiarato al suo ospite che la Corea del Nord era "
     "\"pronta a sostenere e incoraggiare incondizionatamente tutte le misure adottate dalla "
     "leadership russa per eliminare la causa principale della crisi ucraina\".", None),
    ("Il leader nordcoreano ha espresso la sua \"ferma convinzione che l'esercito e il popolo "
     "russo otterranno una vittoria certa perseguendo la sacra causa di difendere la dignità "
     "e gli interessi fondamentali del Paese\".", None),
    ("Le parole di Kim evidenziano il pieno allineamento di Pyongyang con la posizione "
     "russa.", None),
    ("Accordi del vertice 2024", HEADING),
    ("I due hanno discusso \"questioni importanti per la fedele attuazione degli accordi "
     "raggiunti\" durante il loro vertice del 2024.", None),
    ("Il patto di difesa era stato siglato durante una rara visita in Corea del Nord del "
     "presidente russo Vladimir Putin.", None),
    ("L'incontro tra Kim e Lavrov conferma la solidità dell'alleanza tra i due Paesi in un "
     "momento di crescenti tensioni internazionali.", None),
    ("(AGI/AFP) www.agi.it Nota: Questo articolo è stato modificato con l'aiuto "
     "dell'Intelligenza Artificiale.", None),
    ("Idź do oryginalnego materiału", HEADING),
]


def test_seed_article_splits_into_its_real_sentences() -> None:
    text = SEED.read_text(encoding="utf-8")
    pipe = textmill.load({"version": 1, "steps": ["split_sentences"]})
    doc = pipe(textmill.Document(text, id="seed", lang="it"))
    got = [(doc.span_text(s), s.label) for s in doc.layer("sentences")]
    assert got == EXPECTED
    assert all(s.step == "split_sentences" for s in doc.layer("sentences"))
