"""Units of the summariser: language data, terms, similarity, ranking, selection."""

from __future__ import annotations

import itertools

import pytest
import textmill
from textmill.plugins.summarise import candidates, profile, ranking, selection, similarity
from textmill.plugins.summarise.terms import terms, words

LANGUAGES = ("it", "en", "de", "fr", "es", "pt", "nl")


def test_every_language_has_a_data_file() -> None:
    available = textmill.langdata.available_languages("textmill.plugins.summarise", "data")
    assert set(LANGUAGES) <= set(available)
    for lang in LANGUAGES:
        prof = profile.profile_for(lang)
        assert prof.lang == lang
        assert len(prof.stopwords) > 50 and prof.suffixes


def test_unknown_language_uses_the_fallback() -> None:
    prof = profile.profile_for("zz")
    assert prof.lang == "zz" and not prof.stopwords
    assert terms(words("The cats sat"), prof) == ["the", "cats", "sat"]
    assert profile.profile_for(None).lang == "xx"


@pytest.mark.parametrize(("lang", "variants"), [
    ("en", ["confirmed", "confirms", "confirming"]),
    ("en", ["Kilmarnock’s", "Kilmarnock's", "Kilmarnock"]),
    ("it", ["incondizionato", "incondizionata", "incondizionati"]),
    ("de", ["Regierung", "Regierungen"]),
    ("fr", ["gouvernement", "gouvernements"]),
    ("es", ["elección", "elecciones"]),
    ("pt", ["eleição", "eleições"]),
    ("nl", ["regering", "regeringen"]),
])
def test_light_stemming_conflates_inflections(lang: str, variants: list[str]) -> None:
    prof = profile.profile_for(lang)
    stems = {tuple(terms(words(v), prof)) for v in variants}
    assert len(stems) == 1 and stems != {()}


def test_stopwords_and_elision() -> None:
    it = profile.profile_for("it")
    assert terms(words("L'incontro della Russia con la Corea"), it) == \
        [it.stem("incontro"), it.stem("russia"), it.stem("corea")]
    en = profile.profile_for("en")
    assert terms(words("The minister and the president"), en) == \
        [en.stem("minister"), en.stem("president")]


@pytest.mark.parametrize("line", [
    "upday.com 7 godzin temu", "(AGI/AFP) www.agi.it Nota:", "Idź do oryginalnego materiału",
    "By Anna Smith", "BY JOHN SMITH AND JANE DOE, POLITICAL EDITOR", "(CNN) --",
    "PUBLISHED: 10:02 EST, 3 April 2015 | UPDATED: 12:40 EST, 3 April 2015",
    "Last updated at 09:22 GMT", "18 March 2014", "3 hours ago", "www.example.com/news",
    "Share this with Email Facebook Twitter",
])
def test_non_content_lines(line: str) -> None:
    assert profile.profile_for("it").non_content.match(line)


@pytest.mark.parametrize("line", [
    "By the late 2000s, this area had fallen to about 275 sq km.",
    "Kim ha definito la vittoria di Mosca certa.",
    "Di Maio ha detto che il governo andrà avanti.",
    "Updated rules will apply from next year.",
    "Share prices fell sharply on Monday.",
])
def test_content_lines_are_not_mistaken(line: str) -> None:
    assert not profile.profile_for("it").non_content.match(line)
    assert not profile.profile_for("en").non_content.match(line)


def test_boilerplate_share() -> None:
    spans = [textmill.Span(0, 10), textmill.Span(10, 20), textmill.Span(20, 30)]
    marks = [textmill.Span(5, 12), textmill.Span(8, 15), textmill.Span(25, 40)]
    assert candidates.boilerplate_share(spans, marks) == [0.5, 0.5, 0.5]
    assert candidates.boilerplate_share(spans, []) == [0.0, 0.0, 0.0]


def test_tfidf_vectors_are_unit_length() -> None:
    vecs = similarity.tfidf_vectors([["a", "b", "b"], ["b", "c"], []])
    assert vecs[2] == {}
    for vec in vecs[:2]:
        assert sum(w * w for w in vec.values()) == pytest.approx(1.0)
    assert similarity.cosine(vecs[0], vecs[0]) == pytest.approx(1.0)
    assert 0.0 < similarity.cosine(vecs[0], vecs[1]) < 1.0


def _random_vectors(n: int) -> list[similarity.Vector]:
    vocab = [f"t{k}" for k in range(12)]
    rows = [[vocab[(i * 7 + j * 3) % 12] for j in range(1 + i % 5)] for i in range(n)]
    return similarity.tfidf_vectors(rows)


@pytest.mark.parametrize("window", [1, 2, 5, 50])
def test_directional_centrality_equals_windowed_pairwise_sums(window: int) -> None:
    vecs = _random_vectors(23)
    forward, backward = similarity.directional_centrality(vecs, window)
    for i in range(len(vecs)):
        after = sum(similarity.cosine(vecs[i], vecs[j])
                    for j in range(i + 1, min(len(vecs), i + window + 1)))
        before = sum(similarity.cosine(vecs[i], vecs[j]) for j in range(max(0, i - window), i))
        assert forward[i] == pytest.approx(after, abs=1e-9)
        assert backward[i] == pytest.approx(before, abs=1e-9)


def test_window_similarities_stay_inside_the_window() -> None:
    vecs = _random_vectors(40)
    graph = similarity.window_similarities(vecs, 3)
    for i, edges in enumerate(graph):
        assert all(0 < abs(i - j) <= 3 for j, _ in edges)
        assert edges == sorted(edges)
    pairs = {(i, j) for i, edges in enumerate(graph) for j, _ in edges}
    assert all((j, i) in pairs for i, j in pairs)


def _rank_input(n: int, **overrides: object) -> ranking.RankInput:
    fields: dict[str, object] = {
        "vectors": _random_vectors(n), "candidates": list(range(n)), "words": [20] * n,
        "quoted": [False] * n, "question": [False] * n, "dangling": [False] * n,
        "title": None, "window": 10,
    }
    fields.update(overrides)
    return ranking.RankInput(**fields)  # type: ignore[arg-type]


def test_news_penalises_quotes_questions_and_odd_lengths() -> None:
    weights = ranking.NewsWeights(quote_penalty=0.2, question_penalty=0.3,
                                  dangling_penalty=0.2)
    base = ranking.rank("news", _rank_input(8), weights)
    quoted = ranking.rank("news", _rank_input(8, quoted=[False, True] + [False] * 6), weights)
    question = ranking.rank("news", _rank_input(8, question=[False, True] + [False] * 6),
                            weights)
    short = ranking.rank("news", _rank_input(8, words=[20, 3] + [20] * 6), weights)
    long = ranking.rank("news", _rank_input(8, words=[20, 200] + [20] * 6), weights)
    dangling = ranking.rank("news", _rank_input(8, dangling=[False, True] + [False] * 6),
                            weights)
    for other in (quoted, question, short, long, dangling):
        assert other[1] < base[1]
        assert other[0] == base[0]


def test_news_title_overlap_raises_the_score() -> None:
    data = _rank_input(8)
    with_title = _rank_input(8, title=data.vectors[5])
    weights = ranking.NewsWeights()
    assert ranking.rank("news", with_title, weights)[5] > ranking.rank("news", data, weights)[5]


def test_lead_scores_decrease() -> None:
    scores = ranking.rank("lead", _rank_input(5), ranking.NewsWeights())
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == 5


def test_unknown_method() -> None:
    with pytest.raises(ValueError, match="unknown summarisation method"):
        ranking.rank("bert", _rank_input(3), ranking.NewsWeights())


def test_selection_budget_and_redundancy() -> None:
    a = {"x": 1.0}
    b = {"y": 1.0}
    vectors = [a, dict(a), b, {"z": 1.0}]
    lengths = [10, 10, 10, 50]
    scores = [1.0, 0.9, 0.5, 0.4]
    pick = selection.select(scores, vectors, lengths, selection.Budget(2, None),
                            redundancy=0.3, max_similarity=0.6, pool=10)
    assert pick == [0, 2]      # 1 repeats 0
    pick = selection.select(scores, vectors, lengths, selection.Budget(2, None),
                            redundancy=0.0, max_similarity=1.0, pool=10)
    assert pick == [0, 1]
    pick = selection.select(scores, vectors, lengths, selection.Budget(None, 21),
                            redundancy=0.0, max_similarity=1.0, pool=10)
    assert pick == [0, 1]      # 10 + 1 + 10 characters
    pick = selection.select(scores, vectors, lengths, selection.Budget(None, 20),
                            redundancy=0.0, max_similarity=1.0, pool=10)
    assert pick == [0]
    assert selection.select([], [], [], selection.Budget(3, None), redundancy=0.3,
                            max_similarity=0.6, pool=10) == []


def test_selection_is_stable_under_ties() -> None:
    vectors = [{f"t{i}": 1.0} for i in range(6)]
    for perm in itertools.islice(itertools.permutations(range(6)), 20):
        scores = [1.0 if i in perm[:3] else 0.5 for i in range(6)]
        pick = selection.select(scores, vectors, [5] * 6, selection.Budget(2, None),
                                redundancy=0.3, max_similarity=0.6, pool=10)
        assert pick == sorted(perm[:3])[:2]


def test_every_language_lists_dangling_openers() -> None:
    for lang in LANGUAGES:
        assert profile.profile_for(lang).dangling_openers, lang
