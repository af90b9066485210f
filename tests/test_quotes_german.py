"""German speaker attribution: word order, reported speech and names in marks.

The sentences are written for textmill (no corpus text); each test pins one class of
errors found on the German Wikinews training and development splits.
"""

from __future__ import annotations

from typing import Any

from quotes_helpers import run


def quotes(text: str, **params: Any) -> list[tuple[str, dict[str, Any]]]:
    return run(text, "de", **params)


def speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q, a["speaker"]) for q, a in quotes(text)]


def test_reported_speech_goes_to_the_last_speaker_not_its_own_subject() -> None:
    text = (
        "„Wir bauen die Brücke neu“, sagte Bürgermeisterin Jana Krüger am Montag. "
        "Die Planung zeige, „dass der alte Bau nicht zu retten ist“."
    )
    assert speakers(text) == [
        ("Wir bauen die Brücke neu", "Jana Krüger"),
        ("dass der alte Bau nicht zu retten ist", "Jana Krüger"),
    ]


def test_subject_stands_before_the_auxiliary_of_a_verb_bracket() -> None:
    text = (
        "Henrik Olsen hatte vor allem die Rolle der Fraktions- und Vereinsvorsitzenden betont: "
        "„Ohne sie läuft hier gar nichts.“"
    )
    assert speakers(text) == [("Ohne sie läuft hier gar nichts.", "Henrik Olsen")]


def test_a_lone_noun_after_the_verb_is_its_object_not_an_inverted_subject() -> None:
    text = (
        "Auch die Gesundheitsministerin Petra Lindner äußerte Bedenken: „Das Gesetz kommt zu früh.“"
    )
    assert speakers(text) == [("Das Gesetz kommt zu früh.", "Petra Lindner")]


def test_a_comma_closing_an_apposition_keeps_the_subject_on_the_left() -> None:
    text = (
        "Der frühere Landrat, Otto Brenner (SPD), warnte die Regierung vor einem "
        "„überhasteten Beschluss“."
    )
    assert speakers(text) == [("überhasteten Beschluss", "Otto Brenner")]


def test_a_newspaper_in_marks_after_the_cue_is_the_speaker_and_no_quote() -> None:
    text = (
        "Die Ausstellung schließt im Mai.\n\n"
        "„Die Schau ist das Ereignis des Jahres“, schreibt die „Morgenpost“. "
        "Der Eintritt bleibt frei."
    )
    found = quotes(text)
    assert [(q, a["speaker"]) for q, a in found] == [
        ("Die Schau ist das Ereignis des Jahres", "Morgenpost")
    ]
    start, end = found[0][1]["speaker_span"]
    assert text[start:end] == "„Morgenpost“"


def test_so_is_a_cue_only_after_a_comma_or_a_mark() -> None:
    text = (
        "Kommissar Leon Weber sprach von Notwehr. Er sagte, wer so „mit Steinen wirft“, "
        "könne nur so behandelt werden."
    )
    [(quote, attrs)] = quotes(text)
    assert quote == "mit Steinen wirft"
    assert attrs["speaker"] == "Leon Weber"
    assert attrs["cue"] == "sagte"


def test_reported_speech_after_a_so_clause_keeps_its_source() -> None:
    text = (
        "Die Reform sei, so der Historiker Paul Adler, längst überfällig. "
        "Deshalb müsse „die Politik jetzt endlich handeln“."
    )
    assert speakers(text) == [("die Politik jetzt endlich handeln", "Paul Adler")]


def test_pronoun_after_the_quote_refers_to_the_speaker_introduced_before_it() -> None:
    text = (
        "Wie die Agentur AFP berichtet, sei die Lage ruhig. Besorgt äußerte sich auch "
        "der Vorsitzende des Mieterbundes, Karl Simon, zu den Plänen: "
        "„Wir befürchten das Schlimmste“, sagte er dem Radio."
    )
    [(quote, attrs)] = quotes(text)
    assert quote == "Wir befürchten das Schlimmste"
    assert attrs["speaker"] == "Karl Simon"
    assert attrs["resolved_by"] == "pronoun"


def test_impersonal_cue_takes_the_document_that_opens_the_clause() -> None:
    text = (
        "Auf der Homepage des Festivals heißt es zur Begründung: "
        "„Die Jury hat sich einstimmig entschieden.“"
    )
    [(_quote, attrs)] = quotes(text)
    assert attrs["speaker"] == "Homepage des Festivals"


def test_impersonal_source_carries_to_reported_speech_in_the_next_sentence() -> None:
    text = (
        "In einem Papier des Innenministeriums heißt es, die Regeln hätten sich bewährt. "
        "Deshalb sei es „folgerichtig, sie beizubehalten“."
    )
    [(_quote, attrs)] = quotes(text)
    assert attrs["speaker"] == "Papier des Innenministeriums"


def test_nach_phrases_name_the_source() -> None:
    text = "Nach Aussagen der Anwältin des Opfers war der Streit „völlig normal und alltäglich“."
    [(_quote, attrs)] = quotes(text)
    assert attrs["cue"] == "Nach Aussagen"
    start, end = attrs["speaker_span"]
    assert text[start:end] == "Anwältin"


def test_speech_verb_participles_are_cues() -> None:
    text = (
        "Der 58-jährige Lehrer Max Horn habe in dem Brief geschrieben, er wolle "
        "„endlich Gerechtigkeit“."
    )
    [(_quote, attrs)] = quotes(text)
    assert attrs["cue"] == "geschrieben"
    assert attrs["speaker"] == "Max Horn"


def test_clause_opening_adverbs_are_not_names() -> None:
    text = (
        "Die Kita Sonnenschein öffnet am Montag. "
        "Besonders „die neuen Spielräume im großen Keller“ sollen die Eltern überzeugen."
    )
    [(_quote, attrs)] = quotes(text)
    assert attrs["resolved_by"] == "nearby"  # a low-confidence guess, but never "Besonders"
    assert attrs["speaker"] == "Kita Sonnenschein"


def test_a_pronoun_opening_the_clause_is_the_subject_not_the_name_after_the_verb() -> None:
    text = (
        "Die Ministerin Anna Roth trat am Abend zurück. "
        "Sie sicherte dabei Weber ihre „volle Unterstützung“ zu."
    )
    [(quote, attrs)] = quotes(text)
    assert quote == "volle Unterstützung"
    assert attrs["speaker"] == "Anna Roth"
    start, end = attrs["speaker_span"]
    assert text[start:end] == "Sie"


def test_a_source_in_marks_after_laut_names_the_speaker_and_is_no_quote() -> None:
    text = "Laut „Tagesblatt“ nannte der Trainer das Spiel einen „echten Wendepunkt“."
    found = quotes(text)
    assert [q for q, _ in found] == ["echten Wendepunkt"]
    attrs = found[0][1]
    start, end = attrs["speaker_span"]  # the trainer is named nowhere: no speaker, the mention
    assert (attrs["speaker"], text[start:end], attrs["source"]) == (None, "Trainer", "Tagesblatt")


def test_clause_final_cue_after_the_quote_takes_the_clause_subject() -> None:
    text = (
        "Die Kritik war einhellig. In der Zeitung erschien ein Kommentar, der die Entscheidung "
        "als „eine nicht nachvollziehbare Verirrung“ bezeichnet."
    )
    [(quote, attrs)] = quotes(text)
    assert quote == "eine nicht nachvollziehbare Verirrung"
    assert attrs["cue"] == "bezeichnet"
    start, end = attrs["speaker_span"]
    assert text[start:end] == "ein Kommentar"


def test_an_adverbial_after_an_impersonal_cue_is_no_document() -> None:
    text = (
        "Die Behörde gab eine Stellungnahme ab. Darin steht unter anderem: "
        "„Wir bedauern den Fehler zutiefst.“"
    )
    [(_quote, attrs)] = quotes(text)
    assert attrs["cue"] == "steht"
    # not "anderem": "Darin" refers to the statement named before, issued by the authority
    start, end = attrs["speaker_span"]
    assert (attrs["speaker"], text[start:end]) == ("Behörde", "eine Stellungnahme")


def spans(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quote, speaker, text of speaker_span) for every quotation."""
    out = []
    for q, a in quotes(text):
        span = a.get("speaker_span")
        out.append((q, a["speaker"], text[span[0] : span[1]] if span else None))
    return out


def test_a_follow_on_points_at_the_mention_that_attributed_the_quote_before() -> None:
    text = (
        "Die Vorsitzende Carla Weiß äußerte sich am Abend. „Wir sind enttäuscht“, sagte sie "
        "dem Sender. „Die Gespräche sind damit gescheitert und wir ziehen Bilanz.“"
    )
    assert spans(text)[1] == (
        "Die Gespräche sind damit gescheitert und wir ziehen Bilanz.",
        "Carla Weiß",
        "sie",
    )


def test_a_quote_joined_by_und_goes_on_with_the_one_before() -> None:
    text = (
        "Der Kanzler Anton Reuter hatte damals versprochen: „Wir senken die Steuern.“ "
        "und „Wenn wir es nicht schaffen, haben wir die Wahl nicht verdient.“ Später kam alles "
        "anders, meinte die Oppositionsführerin Ida Brandt."
    )
    assert [s for _, s in speakers(text)] == ["Anton Reuter", "Anton Reuter"]


def test_a_speech_noun_names_its_owner_as_speaker_and_itself_as_source() -> None:
    text = (
        "Innenminister Paul Seidel hat einen neuen Vorschlag gemacht. "
        "Nach Seidels Idee soll „im Zweifel die Mehrheit der Stimmen entscheiden“."
    )
    ((quote, speaker, span),) = spans(text)
    assert (quote, speaker, span) == (
        "im Zweifel die Mehrheit der Stimmen entscheiden",
        "Paul Seidel",
        "Seidels Idee",
    )


def test_a_speech_noun_without_an_owner_is_the_source_and_the_speaker_stays_unknown() -> None:
    text = (
        "In einem internen Schreiben an die Belegschaft war von einem "
        "„vertrauensvollen und offenen Dialog über die Zukunft“ die Rede."
    )
    ((_, attrs),) = quotes(text)
    assert attrs["speaker"] is None
    assert attrs["resolved_by"] == "nominal"
    assert attrs["source"] == "internen Schreiben"


def test_a_following_speech_noun_announces_the_quote_and_leaves_the_subject_speaking() -> None:
    text = (
        "Der Redakteur Lars Hinz veröffentlichte folgenden Kommentar dazu: "
        "„Wer von dieser Liste gestrichen werden möchte, soll sich melden.“"
    )
    assert speakers(text)[0][1] == "Lars Hinz"


def test_a_quote_in_brackets_after_a_name_is_that_persons() -> None:
    text = (
        "Viele gratulierten, so der Leiter der Behörde, Mohammed Karimi („Mir fällt niemand "
        "ein, der das mehr verdient hätte.“), und die Ministerin Sara Lind."
    )
    assert speakers(text) == [
        ("Mir fällt niemand ein, der das mehr verdient hätte.", "Mohammed Karimi")
    ]


def test_a_determiner_phrase_opening_the_clause_is_the_subject_of_the_cue() -> None:
    text = (
        "Der Feuerwehrchef Juan Ortega bestätigte den Brand. Einer der 13 beteiligten "
        "Feuerwehrmänner sagte: „So einen Brand habe ich noch nie gesehen.“"
    )
    ((_, speaker, span),) = spans(text)
    assert span == "Einer der 13 beteiligten Feuerwehrmänner"
    assert speaker != "Juan Ortega"


def test_a_document_opening_the_sentence_before_a_relative_clause_is_the_source() -> None:
    text = (
        "Im letzten Satz der Anordnung, die dem Dienst am 14. Dezember zugestellt wurde, "
        "heißt es: „Der Dienst darf die Existenz dieser Entscheidung nicht enthüllen.“"
    )
    ((_, speaker, span),) = spans(text)
    assert speaker is None  # (a document whose issuer is not named: nobody to name)
    assert span == "Im letzten Satz der Anordnung"


def test_a_sourceless_hiess_es_after_the_quote_does_not_outrank_the_named_writer() -> None:
    text = (
        "Regierungssprecher Stefan Kohl schrieb bei Twitter: „Das sind furchtbare Nachrichten“, "
        "weiter hieß es, dass man bestürzt sei."
    )
    assert speakers(text) == [("Das sind furchtbare Nachrichten", "Stefan Kohl")]


def test_a_definite_organisation_noun_refers_back_to_the_compound_naming_it() -> None:
    text = (
        "In einer Erklärung äußerte sich die SPD-Landtagsfraktion zum Rücktritt. "
        "Außerdem halte die Fraktion den Schritt für „überfällig und dringend geboten“."
    )
    ((_, speaker, _),) = spans(text)
    assert speaker == "SPD-Landtagsfraktion"


def test_a_name_before_the_verb_after_a_quote_opens_a_new_clause() -> None:
    text = (
        "Stürmer Mirko Kessler, der wegen wiederholter Fouls vom Platz musste, nannte die "
        "Strafe „überzogen“, Trainer Jonas Lang bezeichnete die vielen Karten als „übertrieben“."
    )
    assert speakers(text) == [("überzogen", "Mirko Kessler"), ("übertrieben", "Jonas Lang")]


def test_an_auxiliary_right_after_the_quote_still_inverts_the_attribution() -> None:
    text = (
        "„Wir wollen unsere Werke enger verzahnen“, hatte Konzernchef Martin Winter in einem "
        "Interview erklärt."
    )
    assert speakers(text) == [("Wir wollen unsere Werke enger verzahnen", "Martin Winter")]


def test_a_clause_opened_by_a_dative_has_its_subject_after_the_verb() -> None:
    text = (
        "Den noch 16.000 auf der Insel Timor verbliebenen Flüchtlingen sicherte Präsident "
        "Xanana Gusmão zu, dass für sie „die Türen immer offen sein werden“."
    )
    assert speakers(text) == [("die Türen immer offen sein werden", "Xanana Gusmão")]


def test_a_partial_quote_goes_to_the_main_clause_subject_past_a_subordinate_clause() -> None:
    text = (
        "Die Anwältin Derya Celik vertritt die Frau. Da ihre Mandantin Angst hatte, habe Celik "
        "„die Verhandlung sogar noch herausgezögert“."
    )
    assert speakers(text) == [("die Verhandlung sogar noch herausgezögert", "Derya Celik")]


def test_a_partial_quote_in_a_dass_clause_goes_to_the_person_who_holds_it() -> None:
    text = (
        "Der Staatsanwalt Alan Jackson klagt Paul Spector an. Jackson geht davon aus, dass "
        "Spector „eine geladene Pistole bei sich trug“."
    )
    assert speakers(text) == [("eine geladene Pistole bei sich trug", "Alan Jackson")]


def test_a_name_closing_an_attribute_phrase_after_the_cue_is_the_speaker() -> None:
    text = (
        "Jennifer Lopez und Shakira treten auf. „Jetzt ist es noch außergewöhnlicher“, schrieb "
        "die in New York City geborene Lopez, die den Auftritt kaum erwarten könne."
    )
    assert spans(text) == [("Jetzt ist es noch außergewöhnlicher", "Jennifer Lopez", "Lopez")]


def test_an_impersonal_cue_in_a_relative_clause_takes_the_noun_it_hangs_on() -> None:
    text = (
        "Ab 1939 musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: "
        "„Das Abhören ausländischer Sender ist ein Verbrechen.“"
    )
    assert spans(text) == [
        ("Das Abhören ausländischer Sender ist ein Verbrechen.", "Zettel", "ein Zettel")
    ]


def test_frequent_common_nouns_are_never_taken_for_a_name() -> None:
    text = (
        "Der Berliner Senat hatte sich erhofft, dass der Erlös in Höhe von 52 Millionen Euro "
        "bei einem Urteil im Sinne Berlins „in den notleidenden Landeshaushalt fließen“ würde."
    )
    assert spans(text) == [
        ("in den notleidenden Landeshaushalt fließen", "Berliner Senat", "Berliner Senat")
    ]


def test_a_separable_verb_is_a_cue_only_with_its_particle() -> None:
    text = (
        "Der Hersteller verkaufte so viele Autos wie nie. „Die Produktion soll nicht ausgebaut "
        "werden“, gab ein Sprecher des Unternehmens bekannt."
    )
    ((_, attrs),) = quotes(text)
    assert attrs["cue"] == "gab"
    plain = (
        "Im Stadion gab es Pfiffe. „Wir kommen wieder und holen uns den Titel“, gab es als Antwort."
    )
    assert all(a["cue"] != "gab" for _, a in quotes(plain))


def test_a_pronoun_holding_a_dass_clause_speaks_its_partial_quote() -> None:
    text = (
        "Im März hatte Christian Falk seine Untersuchung veröffentlicht. Seit August vertritt "
        "er die These, dass Gewalt „in der Ideologie angelegt“ sei."
    )
    assert spans(text) == [("in der Ideologie angelegt", "Christian Falk", "er")]


def test_an_expletive_es_is_nobody() -> None:
    text = (
        "Richter Paul Seidl sprach das Urteil. Besonders unangenehm musste es für die Kammer "
        "gewesen sein, dass Fachleute aus der Ferne „auf der Grundlage fehlerhafter "
        "Medienberichte“ urteilten."
    )
    ((_, attrs),) = quotes(text)
    span = attrs["speaker_span"]
    assert span is None or text[span[0] : span[1]] != "es"


def test_a_translation_in_brackets_after_a_name_is_no_quote_of_it() -> None:
    text = (
        "In der Partei Jobbik Magyarországért Mozgalom („Bewegung für ein besseres Ungarn“) "
        "sammeln sich Nationalisten."
    )
    assert all(a["speaker"] != "Jobbik Magyarországért Mozgalom" for _, a in quotes(text))


def test_a_title_joined_by_oder_is_no_follow_on() -> None:
    text = (
        "„Ich habe gern mitgespielt“, sagte der Schauspieler Rainer Wolt. So zum Beispiel in "
        "„Nackt unter Wölfen“ oder „Jeder stirbt für sich allein“."
    )
    assert [q for q, _ in quotes(text)] == ["Ich habe gern mitgespielt"]


def test_a_capitalised_word_in_marks_before_a_noun_is_part_of_a_name() -> None:
    text = (
        "Man deutete an, die Proteste bis zur Besetzung des Zentrums von Hongkong, dem "
        "„Central“ Bezirk, steigern zu wollen."
    )
    assert quotes(text) == []


def test_a_single_capitalised_name_in_marks_is_no_quote_but_a_called_noun_is() -> None:
    named = "Denn wie die „Bild“ berichtete, hatte der Minister Karl Vogt zuvor gewarnt."
    assert quotes(named) == []
    called = (
        "Der oberste Führer Ali Rahimi bezeichnete den Wahlsieg als „Fest“. Kritiker "
        "warfen der Regierung einen „Wortbruch“ vor, sagte Oppositionsführer Ben Amiri."
    )
    assert [q for q, _ in quotes(called)] == ["Fest", "Wortbruch"]


def test_a_clause_opening_subject_outranks_a_lone_noun_after_the_verb() -> None:
    text = (
        "Rund 500 Menschen zogen durch die Stadt. Die Demonstranten skandierten Parolen wie "
        "„Nieder mit der Regierung und ihren Helfern!“ Die Polizei blieb ruhig."
    )
    ((_, speaker, span),) = spans(text)
    assert span == "Demonstranten" and speaker is None  # a crowd: nobody named
    named = (
        "Der Zeitung sagte der Häftling Filep Karma: „Ich werde weiter für die Freiheit kämpfen.“"
    )
    assert speakers(named) == [("Ich werde weiter für die Freiheit kämpfen.", "Filep Karma")]


def test_the_agent_of_a_passive_cue_speaks() -> None:
    text = (
        "Der Flug käme für John Demjanjuk einer Folter gleich. Es wurde von Demjanjuks Sohn "
        "die Mutmaßung geäußert, man wolle „ein lasches Vorgehen gegen Verbrecher überspielen“."
    )
    ((_, _, span),) = spans(text)
    assert span == "Demjanjuks Sohn"
    named = (
        "Der Plan wurde von der Ministerin Eva Brandt als „Zumutung für jede Familie im "
        "Land“ kritisiert."
    )
    assert speakers(named)[0][1] == "Eva Brandt"


def test_a_passive_quoting_verb_s_agent_is_the_medium_not_the_speaker() -> None:
    # "X wurde von der Zeitung „La Repubblica“ mit den Worten zitiert: „…“": X is quoted
    text = (
        "In Sizilien versorgen Tankwagen ganze Viertel. Der Bürgermeister von Caltanissetta, "
        "Salvatore Lo Bianco, wurde von der Zeitung „La Repubblica“ mit den Worten zitiert: "
        "„Wir bringen das Wasser mit Tankwagen in die Viertel, aber es reicht nicht.“"
    )
    assert [s for _, s in speakers(text)] == ["Salvatore Lo Bianco"]


def test_a_medium_noun_with_its_title_in_marks_is_named_by_the_title() -> None:
    # "zitierte die Zeitung „Al-Ahram“": no newspaper named before, so its title names it
    text = (
        "Das Wasser sei „eine Frage von Leben und Tod“, zitierte die Zeitung „Al-Ahram“ aus "
        "dem Schreiben."
    )
    assert speakers(text)[0][1] == "Al-Ahram"


def test_a_passive_cue_with_no_agent_names_no_speaker() -> None:
    # "Ein Austritt von Betriebsstoffen sei nicht festgestellt worden": the "von" is inside
    # the subject's run, no agent's; what is stated speaks no words. The quotation after the
    # reported sentence goes on with the spokeswoman.
    text = (
        "Die Sprecherin der Wasserschutzpolizei, Tanja Birkenfeld, sagte, das Schiff liege "
        "„stabil, aber ungünstig“. Ein Austritt von Betriebsstoffen sei bislang nicht "
        "festgestellt worden. „Wir haben vorsorglich Ölsperren ausgelegt und überfliegen die "
        "Stelle regelmäßig.“"
    )
    assert [s for _, s in speakers(text)] == ["Tanja Birkenfeld", "Tanja Birkenfeld"]


def test_a_ministry_compound_is_a_body_not_the_last_person() -> None:
    text = (
        "Landrat Torsten Weidemann reagierte mit scharfer Kritik. „So geht man mit einer Region "
        "nicht um.“\n\nDas Gesundheitsministerium des Landes erklärte, die Versorgung sei "
        "„weiterhin gewährleistet“."
    )
    assert speakers(text)[-1] == ("weiterhin gewährleistet", "Gesundheitsministerium")


def test_a_name_after_a_role_is_a_name_even_with_a_noun_like_ending() -> None:
    text = (
        "Oberstaatsanwalt Rüdiger Klement sagte, man prüfe Verbindungen. „Es gibt Parallelen "
        "im Vorgehen“, so der Oberstaatsanwalt."
    )
    assert speakers(text) == [("Es gibt Parallelen im Vorgehen", "Rüdiger Klement")]


def test_the_end_of_a_role_complement_before_a_given_name_is_no_part_of_the_name() -> None:
    text = (
        "Der Außenminister der Russischen Föderation Sergei Lawrow reagierte gelassen: "
        "„Jetzt werden alle wichtigen Fragen in der G20 diskutiert.“"
    )
    assert speakers(text) == [
        ("Jetzt werden alle wichtigen Fragen in der G20 diskutiert.", "Sergei Lawrow")
    ]


def test_a_document_speaks_for_who_issued_it_or_for_the_role_it_belongs_to() -> None:
    text = (
        "Landrat Michael Grundler rief den Katastrophenfall aus. In einer Erklärung des "
        "Landrats hieß es, die Lage sei „ernst, aber unter Kontrolle“."
    )
    assert speakers(text)[-1] == ("ernst, aber unter Kontrolle", "Michael Grundler")
    text = (
        "Das teilte der Energieversorger Halvena am Montag in einer Pressemitteilung mit. "
        "Der Deutsche Wetterdienst warnte vor Sturm. Man habe „alle Möglichkeiten geprüft“, "
        "heißt es in der Mitteilung."
    )
    assert speakers(text)[-1][1] == "Halvena"


def test_a_body_named_by_its_type_and_place_keeps_both() -> None:
    text = (
        "Wie das Polizeipräsidium Lanzenau mitteilte, wurde niemand verletzt. „Die Täter "
        "gingen äußerst professionell vor“, sagte ein Polizeisprecher."
    )
    assert speakers(text)[-1][1] == "Polizeipräsidium Lanzenau"


def test_a_body_compound_before_one_place_or_field_word_keeps_both() -> None:
    text = (
        "Der Landesverband Brandstein sprach von einem „schwarzen Tag für die Imker“. "
        "„Die Männer hatten die Absperrung ignoriert“, teilte die Wasserschutzinspektion "
        "Orlanden mit. Der Fahrgastverband Pro Schiene nannte das „überfällig“."
    )
    assert [s for _, s in speakers(text)] == [
        "Landesverband Brandstein",
        "Wasserschutzinspektion Orlanden",
        "Pro Schiene",
    ]


def test_an_acronym_after_a_single_word_names_the_same_body() -> None:
    text = (
        "Das Umweltbundesamt (UBA) hat am Dienstag seinen Bericht vorgelegt. Die Emissionen "
        "seien „praktisch unverändert“ geblieben, teilte das UBA mit."
    )
    assert speakers(text) == [("praktisch unverändert", "Umweltbundesamt")]


def test_a_full_title_word_before_a_period_ends_the_sentence() -> None:
    text = (
        "Bildungsministerin Dorothea Wendling stellte den Erlass vor. Das Verbot sei kein "
        "Misstrauensvotum, betonte die Ministerin. Vielmehr wolle man den Schulen "
        "„Rückendeckung geben“."
    )
    assert speakers(text) == [("Rückendeckung geben", "Dorothea Wendling")]


def test_a_reflexive_verb_of_saying_is_a_cue() -> None:
    text = (
        "»Andere kehren an der Hecke um«, erzählt Lenz. »Am Anfang dachten alle, das sei ein "
        "Spaßprojekt«, erinnert sich Malte Siebrecht, der die Sender mitentwickelt hat."
    )
    assert speakers(text)[-1][1] == "Malte Siebrecht"


def test_a_pronoun_with_no_known_person_takes_the_last_full_name() -> None:
    text = (
        "Wenn Konstanze Wehling über Orgelpfeifen spricht, klingt es, als rede sie von alten "
        "Bekannten. »Manche dieser Pfeifen haben den Krieg verpasst«, sagt sie."
    )
    assert speakers(text) == [
        ("Manche dieser Pfeifen haben den Krieg verpasst", "Konstanze Wehling")
    ]


def test_the_two_are_the_pair_named_together() -> None:
    text = (
        "Rektorin Petra Holmgaard-Sievers begrüßte den Beschluss. Die Schulsprecher Lea "
        "Carstens und Malik Yıldırım hatten Unterschriften gesammelt. „Wir haben nicht damit "
        "gerechnet“, sagten die beiden."
    )
    assert speakers(text)[-1][1] == "Lea Carstens and Malik Yıldırım"


def test_an_age_description_with_an_addressee_is_the_person_last_named() -> None:
    text = (
        "Heike Brandstätter liegt mit ihrem Motorschiff fest. „Jeder Tag kostet mich rund "
        "2.500 Euro“, sagte die 47-Jährige der Deutschen Presse-Agentur."
    )
    assert speakers(text) == [("Jeder Tag kostet mich rund 2.500 Euro", "Heike Brandstätter")]



def test_a_verb_inside_a_closed_relative_clause_is_no_cue_for_the_quote_after_it() -> None:
    text = (
        "Laut Polizei Kassel ist der Umzug, zu dem zwölf Vereine der Stadt aufgerufen hatten, "
        "„ohne größere Zwischenfälle“ verlaufen."
    )
    assert speakers(text) == [("ohne größere Zwischenfälle", "Polizei Kassel")]
    text = (
        "Die Bürgermeisterin Jana Roth nannte den Vorschlag des Stadtrats Weber, der eine "
        "Mauthalle gefordert hatte, „völlig unrealistisch“."
    )
    assert speakers(text) == [("völlig unrealistisch", "Jana Roth")]


def test_a_participle_closing_the_verb_bracket_takes_the_main_clause_subject() -> None:
    assert speakers("Die CDU hat die Pläne als „unsozial“ kritisiert.") == [("unsozial", "CDU")]
    assert speakers("Am Montag hat die Gewerkschaft Verdi den Plan als „Affront“ bezeichnet.") == [
        ("Affront", "Verdi")
    ]
    [(_, attrs)] = quotes("Die Regierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.")
    assert attrs["speaker"] == "Regierung"
    # a passive's subject is spoken of; its agent speaks
    text = "Von der Linksfraktion wurde der Erlass als „reinen Schnellschuss“ kritisiert."
    assert speakers(text) == [("reinen Schnellschuss", "Linksfraktion")]


def test_a_separable_verb_joined_at_the_end_of_a_subordinate_clause_is_a_cue() -> None:
    [(quote, attrs)] = quotes("Wie ein Sprecher mitteilte, sei die Brücke „nicht sicher“.")
    assert (quote, attrs["cue"]) == ("nicht sicher", "mitteilte")


def test_a_name_in_marks_right_before_its_speech_verb_is_no_quote() -> None:
    text = "Wie die „Aktion Deutschland hilft“ mitteilte, seien die Häuser „völlig zerstört“."
    assert [q for q, _ in speakers(text)] == ["völlig zerstört"]


def test_a_focus_particle_before_the_clause_opening_subject_is_passed_over() -> None:
    assert speakers("Auch die Opposition zeigte sich „tief enttäuscht“.")[0][1] == "Opposition"
    text = "Die Grünen haben die Entscheidung als „längst überfällig“ begrüßt."
    assert speakers(text) == [("längst überfällig", "Grünen")]


def test_a_name_in_a_genitive_after_the_object_is_not_the_subject() -> None:
    text = (
        "Kurt Brandt, Präsident der Universität Kassel und derzeitiger Vorsitzender der "
        "Landesrektorenkonferenz, lobte den Beschluss der hessischen CDU/FDP-Landesregierung "
        "als „wesentlichen Schritt für die Hochschulen“."
    )
    assert speakers(text) == [("wesentlichen Schritt für die Hochschulen", "Kurt Brandt")]


def test_a_one_word_sentence_in_marks_is_speech_not_a_title() -> None:
    text = "Auf die Frage, ob er zurücktrete, antwortete Müller: „Nein.“"
    assert speakers(text) == [("Nein.", "Müller")]
    assert speakers("Er las die „Welt“ und schwieg.") == []


def test_an_adjective_opening_a_bodys_name_is_no_role_of_a_person() -> None:
    text = "In einer Pressemitteilung der Deutschen Bahn heißt es: „Der Verkehr läuft wieder.“"
    assert speakers(text) == [("Der Verkehr läuft wieder.", "Deutsche Bahn")]


def test_a_named_spokesperson_speaks_in_person() -> None:
    text = "Anna Schmidt, Sprecherin des Ministeriums, erklärte: „Wir prüfen den Fall.“"
    assert speakers(text) == [("Wir prüfen den Fall.", "Anna Schmidt")]


def test_a_spokesperson_of_an_anaphor_speaks_for_the_body_it_names() -> None:
    text = (
        "Am Montag kritisierte die Umweltorganisation Greenpeace die Entscheidung. „Das ist ein "
        "Skandal“, sagte ein Sprecher der Organisation."
    )
    assert speakers(text) == [("Das ist ein Skandal", "Greenpeace")]
    text = (
        "Papier sprach. Auch der innenpolitische Sprecher der Fraktion der SPD im Bundestag, "
        "Dieter Wiefel, will „in den kommenden Wochen noch einmal prüfen“, ob ein Verbot komme."
    )
    assert speakers(text)[0][1] == "Dieter Wiefel"


def test_a_lower_case_quote_after_a_title_noun_is_no_title() -> None:
    text = "Laut dem Experten Klaus Weber ist der Plan „nicht umsetzbar“."
    assert speakers(text) == [("nicht umsetzbar", "Klaus Weber")]
    assert speakers("Der Minister las den Roman „Der Zauberberg“.") == []
    assert speakers("Laut Klaus Weber ist der Plan „unrealistisch“.")[0][0] == "unrealistisch"


def test_a_quoting_verb_before_a_bare_name_quotes_that_person() -> None:
    text = "Die Zeitung zitiert Bürgermeister Hans Roth mit den Worten: „Wir sind überfordert.“"
    assert speakers(text) == [("Wir sind überfordert.", "Hans Roth")]


def test_a_noun_of_the_sentence_before_von_is_no_part_of_the_name() -> None:
    text = "Nach Einschätzung von Greenpeace ist die Lage „dramatisch schlecht“."
    assert speakers(text) == [("dramatisch schlecht", "Greenpeace")]
    text = "In einer Erklärung der Vereinten Nationen hieß es, die Lage sei „katastrophal“."
    assert speakers(text) == [("katastrophal", "Vereinten Nationen")]


def test_a_surname_that_is_also_a_role_noun_stays_a_name() -> None:
    text = "Der Bürgermeister von Köln, Klaus Richter, sagte: „Wir sind schockiert.“"
    assert speakers(text) == [("Wir sind schockiert.", "Klaus Richter")]


def test_fuer_after_the_quote_names_no_source() -> None:
    text = (
        "Die Kanzlerin Angela Merkel lobte die Einigung. Es sei ein „wichtiger Schritt“ für "
        "Europa."
    )
    assert speakers(text) == [("wichtiger Schritt", "Angela Merkel")]


def test_a_colon_after_a_title_noun_introduces_speech_when_a_verb_of_saying_precedes() -> None:
    text = "Hans Müller sagte der „Bild“-Zeitung: „Wir machen weiter, egal was kommt.“"
    # the marks hyphen-joined to "Zeitung" are part of a compound, no quotation
    assert speakers(text) == [("Wir machen weiter, egal was kommt.", "Hans Müller")]
    assert speakers("Das Motto der Kampagne: „Gemeinsam stark“.") == []



def test_a_name_in_a_prepositional_phrase_is_not_what_a_naming_verb_calls_something() -> None:
    text = (
        "Verteidigungsminister Peter Brandt nannte in einem Interview mit dem Radiosender "
        "„Nordfunk“ drei Bedingungen für den Einsatz."
    )
    assert speakers(text) == []
    text = "Peter Brandt bezeichnete die Reise in einem Gespräch mit dem „Nordfunk“ als nützlich."
    assert speakers(text) == []
    text = "Peter Brandt nannte den Beschluss einen „Skandal“."
    assert speakers(text) == [("Skandal", "Peter Brandt")]


def test_a_web_address_in_marks_is_a_name() -> None:
    text = "Außerdem hatte er laut „nordfunk.de“ kritisiert, dass die Schule schließt."
    assert speakers(text) == []


def test_the_last_part_of_a_hyphenated_compound_can_introduce_a_title() -> None:
    assert speakers("Die Rolling-Stones-Tour „Steel wheels again“ stellte einen Rekord auf.") == []


def test_an_organisation_noun_introduces_a_name_in_marks() -> None:
    text = "Laut der Zeitung wird die „Nordstern 9“, ein Schiff der Firma „Nordstern hf“, fertig."
    assert speakers(text) == []
    text = "Ein Beamter der Grenzpolizei: „Hier weiß jeder, wer schmuggelt.“"
    assert [q for q, _ in speakers(text)] == ["Hier weiß jeder, wer schmuggelt."]


def test_a_short_title_after_a_capitalised_article_mid_sentence_is_a_name() -> None:
    text = "Allerdings schrieb die liberale „El Diario“ dem Kandidaten den Sieg zu."
    assert speakers(text) == []
    text = "Sie eröffnet mit einer Neufassung von Schillers „Die Räuber“, gespielt von Laien."
    assert speakers(text) == []
    text = "Die Proben laufen. „Am Anfang“, erzählt Sophie Berg, „war es schwer.“"
    assert speakers(text) == [("Am Anfang", "Sophie Berg"), ("war es schwer.", "Sophie Berg")]
    text = "Auf die Frage nach dem Urteil rief Sophie Berg nur: „Ein Skandal!“"
    assert speakers(text) == [("Ein Skandal!", "Sophie Berg")]


def test_a_quotation_right_after_the_article_opening_a_sentence_names_its_subject() -> None:
    text = "Der „Preis der Stadt für junge Forschung“ geht in diesem Jahr an Lena Graf."
    assert speakers(text) == []


def test_a_quotation_glossed_by_an_acronym_or_a_translation_is_a_name() -> None:
    text = "Die so genannten Rothemden der „Vereinigten Front für Demokratie“ (VFD) protestierten."
    assert speakers(text) == []
    text = "Die Zahl der Opfer der Operation „Cast Stone“ („gegossener Stein“) stieg, sagte er."
    assert speakers(text) == []
    text = "„Die Rechnung wird sehr hoch“, sagte Laura Pitt. „Für die anderen wird es teuer.“ (dpa)"
    assert speakers(text)[-1] == ("Für die anderen wird es teuer.", "Laura Pitt")


def test_a_name_in_marks_between_wie_and_its_speech_verb_is_no_quotation() -> None:
    text = "Wie „Netz aktuell“ berichtet, sperrten die Behörden den Zugang zum Internet."
    assert speakers(text) == []
    text = "Wie „netz online“ berichtet, sperrten die Behörden den Zugang zum Internet."
    assert speakers(text) == []
    text = "Wie die „Aktion Kinder helfen“ heute mitteilte, werden Helfer gesucht."
    assert speakers(text) == []


def test_a_reporting_clause_opened_by_wie_names_the_source_not_the_speaker() -> None:
    text = (
        "Wie der Fernsehsender NTV berichtet, schickte Regierungssprecher Paul Kern dem Sender "
        "eine Nachricht, die aus einem Wort bestand: „Wow.“"
    )
    ((quote, attrs),) = quotes(text)
    assert (quote, attrs["speaker"], attrs["source"]) == ("Wow.", "Paul Kern", "NTV")
    text = "Wie Innenminister Paul Kern mitteilte, sei die Lage „unter Kontrolle“."
    assert speakers(text) == [("unter Kontrolle", "Paul Kern")]


def test_a_possessive_s_keeps_a_name_in_marks_title_shaped() -> None:
    text = "Die regierende „Ethiopian People's Revolutionary Democratic Front“ hat gewonnen."
    assert speakers(text) == []


def test_a_german_subject_before_its_verb_ends_with_its_noun() -> None:
    text = "Der Randalierer biss den Fluggast und rief: „Lasst mich raus!“"
    ((quote, attrs),) = quotes(text)
    start, end = attrs["speaker_span"]
    assert (quote, attrs["speaker"], text[start:end]) == (
        "Lasst mich raus!",
        None,  # a rioter the text never names
        "Der Randalierer",
    )


def test_teilte_is_a_speech_cue_only_with_its_particle_mit() -> None:
    text = (
        "Die Sichtweise von Innenminister Hans Rech, wonach es ein Gesetz geben werde, „das die "
        "Balance wahrt“, teilt Rolf Gall nicht."
    )
    ((_, attrs),) = quotes(text)
    assert attrs["cue"] != "teilt" and attrs["speaker"] != "Rolf Gall"
    text = "„Wir schließen das Werk“, teilte Firmensprecher Rolf Gall am Montag in Berlin mit."
    assert speakers(text) == [("Wir schließen das Werk", "Rolf Gall")]


def test_the_subject_of_a_passive_quoting_verb_is_the_person_quoted() -> None:
    text = (
        "Hans-Jörg Watzke wird neuer Geschäftsführer. Zur Lage wird Watzke auf der offiziellen "
        "Internetseite von Borussia Dortmund wie folgt zitiert: „Es gab bessere Jahre.“"
    )
    assert speakers(text) == [("Es gab bessere Jahre.", "Hans-Jörg Watzke")]
    text = (
        "Teamchef Jean Todt stellt sich vor seinen Fahrer: „Er ist der Meister.“ wird der "
        "Franzose im italienischen Fachblatt „La Gazzetta dello Sport“ zitiert."
    )
    ((quote, attrs),) = quotes(text)
    start, end = attrs["speaker_span"]
    assert (quote, attrs["speaker"], text[start:end]) == (
        "Er ist der Meister.",
        "Jean Todt",
        "Franzose",
    )


def test_a_verb_joined_by_und_after_the_quote_shares_the_sentences_subject() -> None:
    text = (
        "Botschafter Jorge Ruiz nannte die Sanktionen eine Hilfe gegen das „faschistische "
        "Regime“ in La Paz und rief die libysche Armee auf, das Volk zu schützen."
    )
    assert speakers(text) == [("faschistische Regime", "Jorge Ruiz")]


def test_a_quoting_verb_names_the_medium_first_and_then_the_person_quoted() -> None:
    text = "„Das ist eine neue Größenordnung“, zitiert der Sender Polizeisprecher Ralf Meyer."
    assert speakers(text) == [("Das ist eine neue Größenordnung", "Ralf Meyer")]
    text = "„Das ist eine neue Größenordnung“, zitiert nordfunk.de Polizeisprecher Ralf Meyer."
    assert speakers(text) == [("Das ist eine neue Größenordnung", "Ralf Meyer")]


def test_a_capitalised_noun_phrase_a_speaker_calls_something_is_a_quotation() -> None:
    text = "Dieter Wiefel bezeichnete die Urteile als „Knaller aus Karlsruhe“."
    assert speakers(text) == [("Knaller aus Karlsruhe", "Dieter Wiefel")]
    text = "Ordnungsdezernent Lothar Nicht sprach von einer „Gefahr für Leib und Leben“."
    assert speakers(text) == [("Gefahr für Leib und Leben", "Lothar Nicht")]
    text = "Die Zeitung schrieb über die „Rote Armee Fraktion“ gestern nichts."
    assert speakers(text) == []


def test_marks_joined_by_a_hyphen_to_the_next_word_are_part_of_a_compound() -> None:
    text = (
        "Ein Sprecher des Weißen Hauses schränkte ein, dass nicht an eine „Eins zu Eins“-"
        "Begegnung gedacht sei."
    )
    assert speakers(text) == []


def test_a_fronted_object_before_a_naming_verb_leaves_the_subject_after_it() -> None:
    text = "Die Urteile bezeichnete Dieter Wiefel als „Knaller aus Karlsruhe“."
    assert speakers(text) == [("Knaller aus Karlsruhe", "Dieter Wiefel")]
    text = "Die Entscheidung nannte sie einen „Skandal“."
    ((_, attrs),) = quotes(text)
    start, end = attrs["speaker_span"]
    assert text[start:end] == "sie"


def test_a_speech_noun_after_a_preposition_is_no_subject_of_a_colon() -> None:
    text = (
        "Edmund Stahl hatte das kritisiert. Den Unmut der Partei über Stahls Äußerungen brachte "
        "die Sprecherin der Fraktion, Anna Weil, zum Ausdruck: „Es gibt keinen Grund dafür.“"
    )
    assert speakers(text) == [("Es gibt keinen Grund dafür.", "Anna Weil")]
    text = "Das Fazit von Sandra Boser fiel knapp aus: „Wir sind zufrieden.“"
    assert speakers(text) == [("Wir sind zufrieden.", "Sandra Boser")]


def test_a_speech_verb_joined_by_und_takes_the_first_verbs_subject() -> None:
    text = (
        "Am Samstag zogen die Demonstranten vom Hauptbahnhof bis zum Rathaus und skandierten "
        "dabei Parolen wie „Wir sind das Volk“."
    )
    ((_, attrs),) = quotes(text)
    start, end = attrs["speaker_span"]
    assert text[start:end] == "Demonstranten"


def test_a_body_noun_never_refers_back_to_a_person() -> None:
    text = (
        "Der Kandidat Mohsen Rezai legte Beschwerde ein. Das zwölfköpfige Gremium gab bekannt: "
        "„Wir prüfen die Vorwürfe.“"
    )
    assert speakers(text)[0][1] != "Mohsen Rezai"


def test_a_hyphen_elided_compound_joined_by_und_is_one_name() -> None:
    text = "Das Wasserstraßen- und Schifffahrtsamt Weser teilte mit: „Wir rechnen mit Sperrung.“"
    assert speakers(text) == [
        ("Wir rechnen mit Sperrung.", "Wasserstraßen- und Schifffahrtsamt Weser")
    ]


def test_a_given_name_sharing_a_surname_speaks_with_its_partner() -> None:
    text = (
        "Der Landwirt Franz Hiesberger war wach. Auch Gerlinde und Herbert Stockinger waren auf "
        "den Beinen. „Um drei Uhr haben wir angefangen.“, erzählen die beiden."
    )
    assert speakers(text) == [
        ("Um drei Uhr haben wir angefangen.", "Gerlinde Stockinger and Herbert Stockinger")
    ]


def test_a_body_named_by_its_type_alone_is_the_one_named_in_full_with_its_place() -> None:
    text = (
        "In Grimma mussten 400 Menschen ihre Häuser verlassen. Laut Feuerwehr ist die Lage "
        "„angespannt, aber unter Kontrolle“. Mehr als 300 Einsatzkräfte seien im Dienst, teilte "
        "die Feuerwehr Grimma mit."
    )
    assert speakers(text) == [("angespannt, aber unter Kontrolle", "Feuerwehr Grimma")]


def test_a_spokesperson_speaks_for_the_body_a_lone_noun_named_just_before() -> None:
    text = "Wie die Polizei mitteilte, wurde niemand verletzt. „Glück gehabt“, sagte ein Sprecher."
    assert speakers(text) == [("Glück gehabt", "Polizei")]


def test_a_medium_named_in_marks_before_its_speech_verb_is_the_speaker() -> None:
    text = (
        "Die Regisseurin Marie Koenen war zufrieden. Auch die Kritik zeigte sich angetan. "
        "Der „Tageskurier“ lobte den Film als „leises Meisterwerk“."
    )
    assert speakers(text) == [("leises Meisterwerk", "Tageskurier")]


def test_a_run_ending_in_a_legal_form_is_a_company_s_whole_name() -> None:
    text = (
        "Das gab der Träger, die Nordwest Kliniken gGmbH, am Montag bekannt. Als Grund "
        "nannte das Unternehmen den Mangel an Hebammen. „Wir haben alles versucht“, heißt "
        "es in der Erklärung."
    )
    assert speakers(text) == [("Wir haben alles versucht", "Nordwest Kliniken gGmbH")]


def test_an_initial_standing_for_the_surname_keeps_its_period() -> None:
    text = "Der Angeklagte Uwe K. schwieg lange. Dann sagte Uwe K.: „Ich wollte helfen.“"
    assert speakers(text) == [("Ich wollte helfen.", "Uwe K.")]


def test_a_name_opening_with_an_inflected_adjective_is_no_person() -> None:
    text = (
        "Das sagte Landrat Andreas Pfützner am Mittwoch. Rund 600 Helfer von Feuerwehr, "
        "Technischem Hilfswerk und Bundeswehr seien im Einsatz. Er bat die Bevölkerung, die "
        "Absperrungen zu respektieren: „Wer sich ans Ufer stellt, gefährdet sich.“"
    )
    assert speakers(text) == [("Wer sich ans Ufer stellt, gefährdet sich.", "Andreas Pfützner")]


def test_a_body_named_by_its_type_noun_alone_is_the_one_named_in_full_before() -> None:
    text = (
        "Die Landwirtschaftskammer Niederösterreich fordert Hilfe. Die Kammer verlangt "
        "„einen Krisenfonds für alle Betriebe“."
    )
    assert speakers(text)[0][1] == "Landwirtschaftskammer Niederösterreich"
    text = (
        "Das Landwirtschaftsministerium legte die Karten vor. Landwirte protestierten. Das "
        "Ministerium wies die Vorwürfe zurück. Die Daten seien „mehrfach überprüft“ worden, "
        "erklärte eine Sprecherin."
    )
    assert speakers(text)[0][1] == "Landwirtschaftsministerium"


def test_a_number_with_a_period_closing_a_quote_ends_the_sentence() -> None:
    text = (
        "„Herr Tammeling hat schlicht verloren“, sagt Turnierleiter Rüdiger Vosskamp. „Das "
        "gehört zum Sport, auch mit 62.“ Sein Trainer, Aleksander Wójcik, nennt den Protest "
        "„eines Landesmeisters unwürdig“."
    )
    assert [s for _, s in speakers(text)] == [
        "Rüdiger Vosskamp",
        "Rüdiger Vosskamp",
        "Aleksander Wójcik",
    ]


def test_a_role_word_opening_the_sentence_before_a_pronoun_is_its_antecedent() -> None:
    text = (
        "„Ich habe mir das nicht leicht gemacht“, sagt Claudia Brenner, die das Unternehmen "
        "führt. Betriebsratschef Emre Aydın widerspricht. „Seit Jahren fordern wir "
        "Investitionen“, sagt er. Der Gewerkschaft zufolge ist der Abbau „nicht vertretbar“. "
        "Festlegen will sich die Chefin nicht. „Ausschließen kann ich nichts“, sagt sie."
    )
    assert speakers(text)[-1] == ("Ausschließen kann ich nichts", "Claudia Brenner")


def test_words_holding_a_verb_are_no_unnamed_role_speaker() -> None:
    text = (
        "Hatte sie im Juni noch einen Antrag eingebracht, in dem eine „friedliche Lösung der "
        "Frage“ erwogen werden soll, so wurde dieser angesichts der Entführung zurückgezogen."
    )
    ((_, attrs),) = quotes(text)
    assert (attrs["speaker"], attrs["resolved_by"]) == (None, "unresolved")


def test_a_nickname_in_german_marks_joins_the_name_around_it() -> None:
    text = (
        "Der Trainer wurde entlassen. Laut Kapitän Tim „Bulle“ Schroer ist die Mannschaft "
        "„geschockt, aber nicht gelähmt“."
    )
    assert speakers(text) == [("geschockt, aber nicht gelähmt", "Tim Schroer")]


def test_the_agent_of_a_passive_after_its_auxiliary_speaks() -> None:
    text = (
        "Oberbürgermeisterin Dagmar Wiesner zeigte sich zufrieden. Der Beschluss wurde von "
        "der CDU-Fraktion als „ideologisches Prestigeprojekt“ kritisiert."
    )
    assert speakers(text) == [("ideologisches Prestigeprojekt", "CDU-Fraktion")]


def test_a_company_type_compound_before_a_name_is_its_role() -> None:
    text = (
        "Der Autozulieferer Kessler Automotive will 400 Stellen streichen. „Die Entscheidung "
        "ist uns nicht leichtgefallen“, sagte ein Sprecher des Unternehmens. Der Zulieferer "
        "sei „zu konstruktiven Gesprächen bereit“."
    )
    assert [s for _, s in speakers(text)] == ["Kessler Automotive"] * 2


def test_a_body_in_the_genitive_is_named_in_the_nominative() -> None:
    text = (
        "Die Grippewelle hat früher begonnen. »Die Zahl der Arztbesuche liegt deutlich über "
        "dem Niveau«, heißt es im aktuellen Wochenbericht des Robert Koch-Instituts (RKI)."
    )
    assert [s for _, s in speakers(text)] == ["Robert Koch-Institut"]
    text = "Ein Sprecher des Landgerichts sagte: „Wir prüfen das.“"
    assert [s for _, s in speakers(text)] == ["Landgericht"]
    text = "Der Chemiker Thomas Brandt sagte: „Das ist neu.“"  # a common noun before a name
    assert [s for _, s in speakers(text)] == ["Thomas Brandt"]


def test_a_follow_on_goes_to_the_person_a_pronoun_subject_refers_back_to() -> None:
    text = (
        "Als Grund nannte Geschäftsführer Ralf Imhoff den Mangel an Hebammen; ein Betrieb "
        "sei „mit dem vorhandenen Personal nicht mehr zu gewährleisten“. Schwangere müssen "
        "künftig ausweichen.\n\nLandrat Peter Gassner (CDU) zeigte sich enttäuscht. Er habe "
        "bis zuletzt auf eine andere Lösung gehofft, sagte er dem Regionalsender „Radio "
        "Mittelland“. „Für junge Familien ist das ein bitterer Tag.“"
    )
    assert [s for _, s in speakers(text)] == ["Ralf Imhoff", "Peter Gassner"]


def test_a_particle_after_a_given_name_and_surname_starts_a_second_name() -> None:
    text = (
        "Projektleiterin Noemi Zbinden, die den Würfel von zehn Zentimetern Kantenlänge gebaut "
        "hat, war «den Tränen nahe». Der Astrophysiker Reto Gfeller von der Universität Bern "
        "hält das für plausibel. «Solche Resets sind eher die Regel als die Ausnahme», sagt er."
    )
    assert [s for _, s in speakers(text)] == ["Noemi Zbinden", "Reto Gfeller"]
    text = "Johann Wolfgang von Goethe schrieb: „Mehr Licht, bitte, mehr Licht!“"  # one name
    assert [s for _, s in speakers(text)] == ["Johann Wolfgang von Goethe"]


def test_sie_may_mean_a_body_named_with_die_as_the_subject_before() -> None:
    text = (
        "„Das ist ein Jahrhundertereignis“, so Meteorologe Harald Kempf. Die Feuerwehr "
        "Eisenried rückte zu mehr als 300 Einsätzen aus. „Unsere Kräfte sind seit Stunden im "
        "Einsatz“, teilte sie in der Nacht mit."
    )
    assert [s for _, s in speakers(text)] == ["Harald Kempf", "Feuerwehr Eisenried"]
    text = (  # "er" means a person
        "„Das ist ein Jahrhundertereignis“, so Meteorologe Harald Kempf. Der Verein "
        "Wasserwacht rückte zu mehr als 300 Einsätzen aus. „Unsere Kräfte sind seit Stunden "
        "im Einsatz“, sagte er in der Nacht."
    )
    assert [s for _, s in speakers(text)] == ["Harald Kempf", "Harald Kempf"]


def test_fuer_and_und_join_a_german_bodys_name() -> None:
    text = (
        "Das Bundesministerium für Ernährung und Landwirtschaft kündigte an, die Ergebnisse "
        "„sorgfältig auszuwerten“."
    )
    assert [s for _, s in speakers(text)] == ["Bundesministerium für Ernährung und Landwirtschaft"]
    text = "Der Landesverband für Bienenzucht warnt: „Wer Völker am Waldrand hat, muss aufpassen.“"
    assert [s for _, s in speakers(text)] == ["Landesverband für Bienenzucht"]


def test_a_german_role_phrase_ends_with_its_noun() -> None:
    text = (
        "Angesichts der Lage sei eine stabile Regierung notwendig, die sich auf „eine "
        "verlässliche Mehrheit“ stützen könne."
    )
    assert "notwendig" not in str(quotes(text)[0][1]["speaker"])


def test_reported_speech_with_a_topic_for_subject_goes_to_the_one_reported_before() -> None:
    text = (
        "Der Bundespräsident Horst Köhler begründete seine Entscheidung am Abend. Zu dieser "
        "Einschätzung sehe er keine Alternative. Angesichts der Lage sei eine stabile "
        "Regierung notwendig, die sich auf „eine verlässliche Mehrheit“ stützen könne."
    )
    assert [s for _, s in speakers(text)] == ["Horst Köhler"]


def test_a_second_verb_after_und_shares_the_inverted_subject_of_the_first() -> None:
    text = (
        "Als ein Fluggast zu Hilfe eilte, biss der Randalierer den Fluggast und rief: "
        "„Lasst mich raus!“"
    )
    assert [s[1:] for s in spans(text)] == [(None, "der Randalierer")]
    text = (  # the person named inside the opening phrase is not the subject
        "Die Sprecherin Anna Gruber sprach zuerst. Nach dem Treffen mit Bürgermeister Karl "
        "Huber trat der Landrat Peter Vogt vor die Presse und sagte: „Wir sind zufrieden.“"
    )
    assert [s for _, s in speakers(text)] == ["Peter Vogt"]


def test_a_word_in_marks_that_is_no_quotation_leaves_the_next_quotes_window_whole() -> None:
    text = (
        "Neil Armstrong war Kommandant. Nach dem Start lenkte er die Mondlandefähre „Eagle“ "
        "zu einem Landeplatz, den Edwin Aldrin ausgesucht hatte, und meldete sich mit den "
        "Worten: „Houston, der Adler ist gelandet.“"
    )
    assert [s for _, s in speakers(text)] == ["Neil Armstrong"]


def test_a_body_after_an_article_is_named_with_its_adjective_in_the_nominative() -> None:
    text = (
        "Nach Angaben des Deutschen Wetterdienstes fielen 110 Liter Regen. „Die Lage bleibt "
        "angespannt“, sagte ein Sprecher des Deutschen Wetterdienstes."
    )
    assert [s for _, s in speakers(text)] == ["Deutscher Wetterdienst"]
    text = "In einer Erklärung des Auswärtigen Amts heißt es, das Abkommen sei „verbindlich“."
    assert [s for _, s in speakers(text)] == ["Auswärtiges Amt"]
    text = "Die Deutsche Bahn teilte mit: „Die Strecke ist wieder frei.“"
    assert [s for _, s in speakers(text)] == ["Deutsche Bahn"]
    text = "Das Robert Koch-Institut warnt: „Die Welle rollt.“"  # no adjective: as written
    assert [s for _, s in speakers(text)] == ["Robert Koch-Institut"]


def test_an_acronym_spells_the_head_of_a_compound_in_a_bodys_name() -> None:
    text = (
        "Das Technische Hilfswerk ist mit 80 Kräften vor Ort. „Wir pumpen seit Stunden“, "
        "sagte ein Sprecher des THW."
    )
    assert [s for _, s in speakers(text)] == ["Technisches Hilfswerk"]


def test_a_time_after_a_spokesperson_names_no_body() -> None:
    text = (
        "Laut Polizei ist die Brandursache noch unklar. Man ermittle „in alle Richtungen“, "
        "sagte ein Sprecher am Mittwochmorgen."
    )
    assert [s for _, s in speakers(text)] == ["Polizei"]


def test_a_league_club_before_its_name_is_a_body() -> None:
    text = (
        "Der Handball-Bundesligist HC Elbtal hat sich von Trainer Marek Novotný getrennt. Das "
        "gab der Verein am Montag bekannt. Nach sechs Niederlagen sei „ein neuer Impuls "
        "unumgänglich“, heißt es in der Mitteilung."
    )
    assert [s for _, s in speakers(text)] == ["HC Elbtal"]


def test_a_compound_opening_with_a_given_name_and_ending_in_a_body_is_its_name() -> None:
    text = (
        "Ein Forschungsteam der Christian-Albrechts-Universität zu Kiel hat das nachgewiesen. "
        "„Die Tiere fanden seltener zurück“, heißt es in einer Mitteilung der Universität."
    )
    assert [s for _, s in speakers(text)] == ["Christian-Albrechts-Universität zu Kiel"]
    text = (  # a compound ending in no body's noun is no name
        "So hatte er in den Harry-Potter-Romanen Tendenzen zum Satanismus gesehen. Der "
        "Bischof Gerhard Wagner sagte: „Ich verzichte.“"
    )
    assert [s for _, s in speakers(text)] == ["Gerhard Wagner"]


def test_a_party_in_brackets_after_a_person_is_their_affiliation() -> None:
    text = (
        "Der Entwurf wurde von Fraktionsvize Thomas Brenninger (CSU) kritisiert. Die "
        "Ministerin Katrin Albers verschiebe Lasten. „Das ist keine solide Finanzpolitik“, "
        "sagte der CSU-Politiker."
    )
    assert [s for _, s in speakers(text)] == ["Thomas Brenninger"]
    text = (  # the party named alone is the party, not the person
        "Fraktionsvize Thomas Brenninger (CSU) kritisierte den Entwurf. Die CSU teilte am "
        "Abend mit: „Wir stimmen nicht zu.“"
    )
    assert [s for _, s in speakers(text)] == ["CSU"]


def test_the_spokesperson_is_the_one_who_spoke_for_a_body_before() -> None:
    text = (
        "Beim Hersteller Lindqvist Pumpen streiken 900 Beschäftigte. Die IG Metall wirft der "
        "Firmenleitung vor, Gespräche zu verweigern. Bezirksleiter Jonas Reuter sprach von "
        "einer „Verlagerung auf Kosten der Region“. Das Unternehmen habe Rekordgewinne "
        "erzielt, sagte Reuter.\n\nEin Sprecher von Lindqvist Pumpen wies die Vorwürfe "
        "zurück. „Die Entscheidung ist uns nicht leichtgefallen.“ Man sei aber „zu Gesprächen "
        "bereit“, so der Sprecher."
    )
    assert [s for _, s in speakers(text)][-1] == "Lindqvist Pumpen"
    text = (
        "Als Antwort auf den Brief sagte ein Sprecher der Downing Street: „Wir sollten uns "
        "immer daran erinnern, dass der Terrorismus älter ist als unsere Entscheidung.“\n\n"
        "Der Sprecher teilte auch mit, Premierminister Tony Blair „steht bereit“, sich mit "
        "Vertretern zu treffen."
    )
    assert [s for _, s in speakers(text)] == ["Downing Street", "Downing Street"]


def test_a_speech_verb_after_a_determiner_is_a_participle_not_a_cue() -> None:
    text = (
        "Deren Vorsitzende Derya Aksoy begründete den Antrag: „Niemand will ein Parkhaus auf "
        "Sand.“ Das Papier sei „mit heißer Nadel gestrickt“, die prognostizierte Auslastung "
        "viel zu optimistisch."
    )
    assert [s for _, s in speakers(text)] == ["Derya Aksoy", "Derya Aksoy"]


def test_a_thing_of_someones_speaks_for_its_owner() -> None:
    text = (
        "Die Sperrung sei zu spät bekanntgegeben worden, beklagte Verbandssprecherin Annika "
        "Leutgeb. Ihr Fazit: „So vergrault man genau die Leute, die man gewinnen will.“"
    )
    assert [s for _, s in speakers(text)] == ["Annika Leutgeb"]
    text = (
        "Die Bürgerinitiative Pro Kreisklinik hat 4000 Unterschriften gesammelt. Auf ihrer "
        "Internetseite heißt es: „Wir geben unsere Geburtsstation nicht kampflos auf.“"
    )
    assert [s for _, s in speakers(text)] == ["Pro Kreisklinik"]
    text = (  # a person of someone's is somebody else
        "Richterin Anna Vogt eröffnete den Prozess. Ihr Sprecher Paul Kern sagte: „Das "
        "Verfahren wird lange dauern.“"
    )
    assert [s for _, s in speakers(text)] == ["Paul Kern"]


def test_a_body_named_by_its_type_and_place_in_the_genitive_is_named_in_the_nominative() -> None:
    text = "„Die Wucht war enorm“, sagte ein Sprecher des Polizeipräsidiums Oberland."
    assert [s for _, s in speakers(text)] == ["Polizeipräsidium Oberland"]


def test_a_bare_body_noun_after_a_source_preposition_is_the_body_named_before() -> None:
    text = (
        "Der Kreisbauernverband Kirchwald forderte Hilfe. Laut Verband braucht es nun "
        "„unbürokratische Soforthilfen“."
    )
    assert [s for _, s in speakers(text)] == ["Kreisbauernverband Kirchwald"]


def test_a_member_of_a_body_named_in_a_compound_speaks_for_it() -> None:
    text = (
        "Der Deutsche Wetterdienst (DWD) hatte eine Warnung ausgegeben. „Solche Zellen "
        "entstehen in Minuten“, sagte ein DWD-Meteorologe in Offenbach."
    )
    assert [s for _, s in speakers(text)] == ["Deutscher Wetterdienst"]


def test_a_follow_on_after_reported_speech_goes_to_the_one_who_reported_it() -> None:
    text = (
        "„Der Angeklagte hat ein System aufgebaut“, sagte Oberstaatsanwältin Katrin Möhle. "
        "Die Verteidigung sieht das anders. Anwalt Thomas Brandauer plädierte auf Freispruch. "
        "Sein Mandant sei nur ein Bauernopfer. „Herr Vossberg hat Fehler gemacht, ja. Aber er "
        "hat niemanden betrogen.“"
    )
    assert [s for _, s in speakers(text)] == ["Katrin Möhle", "Thomas Brandauer"]


def test_a_body_named_by_its_compound_noun_alone_is_no_person() -> None:
    text = (
        "Landrat Stefan Mooser sprach von einer ernsten Lage. Das Wasserwirtschaftsamt "
        "rechnet mit dem Scheitel am Montag, schloss aber „ein erneutes Ansteigen“ nicht aus."
    )
    assert [s for _, s in speakers(text)] == ["Wasserwirtschaftsamt"]
    text = (
        "In einigen Instituten seien Stellen nur halbtags besetzt. Das Wissenschaftsministerium "
        "wies die Verantwortung zurück. „Das Land hat die Mittel erhöht“, teilte eine "
        "Sprecherin mit."
    )
    assert [s for _, s in speakers(text)] == ["Wissenschaftsministerium"]


def test_the_two_are_the_pair_named_right_after_them() -> None:
    text = (
        "In einer gemeinsamen Erklärung schrieben die beiden AStA-Vorsitzenden Lea Grünewald "
        "und Timo Baştürk: „Hier wird eine Universität kaputtgespart.“"
    )
    assert [s for _, s in speakers(text)] == ["Lea Grünewald and Timo Baştürk"]


def test_a_hyphenated_body_opening_a_sentence_issues_the_companys_statement() -> None:
    text = (
        "Die EVG streikt seit Montag. Die Weserland-Bahn bedauerte den Arbeitskampf. In einer "
        "Stellungnahme des Unternehmens heißt es: „Wir halten den Streik für unverhältnismäßig.“"
    )
    assert [s for _, s in speakers(text)] == ["Weserland-Bahn"]


def test_a_double_particle_after_a_given_name_belongs_to_the_name() -> None:
    text = (
        "Institutsleiterin Maren van der Hoeven sprach von einem Durchbruch. "
        "„Das hat niemand erwartet“, sagte sie."
    )
    assert [s for _, s in speakers(text)] == ["Maren van der Hoeven"]


def test_a_rank_of_nobility_before_a_particle_belongs_to_the_name() -> None:
    text = "„Wir bauen zu wenig“, sagte Verbandschef Friedrich Freiherr von Trotha am Montag."
    assert [s for _, s in speakers(text)] == ["Friedrich Freiherr von Trotha"]


def test_a_surname_after_its_particle_is_no_object_of_a_preposition() -> None:
    text = (
        "Museumsdirektorin Helene von Bredow stellte den Fund vor. Kritik kam von der "
        "Archäologin Petra Kuhn. „Das ist zu früh“, sagte Kuhn. Man habe sorgfältig "
        "gearbeitet, entgegnete von Bredow. „Die Datierung ist gesichert“, sagte sie."
    )
    assert [s for _, s in speakers(text)] == ["Petra Kuhn", "Helene von Bredow"]


def test_a_sourceless_hiess_es_goes_on_with_the_body_named_as_source_before() -> None:
    text = (
        "Nach Angaben der Polizeidirektion Lindau waren die Wanderer schlecht ausgerüstet. "
        "Das Schuhwerk sei „für eine Gletschertour völlig ungeeignet“ gewesen, hieß es."
    )
    assert [s for _, s in speakers(text)] == ["Polizeidirektion Lindau"]
    text = (
        "Im Trinkwasser seien Keime gefunden worden, wie das Landratsamt mitteilte. Das Wasser "
        "müsse abgekocht werden. „Eine Gefahr für Erwachsene besteht nicht“, hieß es weiter."
    )
    assert [s for _, s in speakers(text)] == ["Landratsamt"]


def test_a_sourceless_hiess_es_takes_no_person_and_no_earlier_paragraph() -> None:
    text = (
        "Nach Angaben von Bürgermeister Paul Renz waren die Wanderer schlecht ausgerüstet. "
        "Das Schuhwerk sei „völlig ungeeignet“ gewesen, hieß es."
    )
    assert [s for _, s in speakers(text)] == [None]
    text = (
        "Nach Angaben der Polizeidirektion Lindau waren die Wanderer schlecht ausgerüstet.\n\n"
        "Das Schuhwerk sei „für eine Gletschertour völlig ungeeignet“ gewesen, hieß es."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_a_company_type_in_e_before_a_name_is_its_role() -> None:
    text = (
        "Das Amt verhängte ein Bußgeld gegen die Fitnessstudiokette Muskelwerk Aktiv. "
        "Muskelwerk Aktiv kündigte Widerspruch an. „Wir halten die Entscheidung für falsch“, "
        "teilte das Unternehmen mit."
    )
    assert [s for _, s in speakers(text)] == ["Muskelwerk Aktiv"]


def test_a_body_in_the_genitive_is_named_in_the_nominative_past_an_elided_compound() -> None:
    text = "„Der Kanal ist wieder frei“, sagte ein Sprecher des Wasser- und Bodenamts Lüneburg."
    assert [s for _, s in speakers(text)] == ["Wasser- und Bodenamt Lüneburg"]
    text = "„Die Straße bleibt gesperrt“, sagte ein Sprecher des Landratsamts Göppingen."
    assert [s for _, s in speakers(text)] == ["Landratsamt Göppingen"]


def test_a_body_after_a_fused_preposition_is_named_in_the_nominative_up_to_its_head() -> None:
    text = (
        "Auch beim Deutschen Zentrum für Meeresforschung (DZM) verfolgte man die Messfahrt. "
        "„Die Daten sind einzigartig“, teilte das DZM mit."
    )
    assert [s for _, s in speakers(text)] == ["Deutsches Zentrum für Meeresforschung"]


def test_es_after_a_verb_whose_subject_came_first_is_its_object() -> None:
    text = (
        "Die Debatte sei „überfällig“, teilte der Elternrat mit. Ein Physiklehrer aus Celle, "
        "der ungenannt bleiben will, formulierte es drastischer: „Wir bringen den Kindern nur "
        "noch Formeln bei.“"
    )
    assert [s for _, s in speakers(text)] == ["Elternrat", None]


def test_an_adjective_and_a_noun_after_a_bodys_noun_are_its_name() -> None:
    text = (
        "Die Initiative Lebenswerte Stadt hat angekündigt, zu klagen. Der Plan sei "
        "„ein Schlag ins Gesicht“, erklärte die Initiative."
    )
    assert [s for _, s in speakers(text)] == ["Lebenswerte Stadt"]


def test_a_place_adjective_before_a_bodys_noun_is_part_of_its_name() -> None:
    text = (
        "Wie die Kasseler Verkehrsbetriebe (KVB) mitteilten, fährt die Linie erst im Mai. "
        "„Sicherheit geht vor“, heißt es in der Mitteilung."
    )
    assert [s for _, s in speakers(text)] == ["Kasseler Verkehrsbetriebe"]
    text = "„Die Lage ist ruhig“, sagte ein Sprecher der Bielefelder Polizei am Abend."
    assert [s for _, s in speakers(text)] == ["Bielefelder Polizei"]


def test_the_headquarters_in_a_place_is_the_body_named_before() -> None:
    text = (
        "Wie der Norddeutsche Seewetterdienst (NSD) mitteilte, wurde ein Rekord gemessen. "
        "„Der Wert ist geprüft“, hieß es aus der Zentrale in Hamburg."
    )
    assert [s for _, s in speakers(text)] == ["Norddeutscher Seewetterdienst"]


def test_a_consumer_centre_or_savings_bank_is_named_with_its_place() -> None:
    text = (
        "Das ergab eine Stichprobe der Verbraucherzentrale Bremen. „Das ist Täuschung“, "
        "teilte die Verbraucherzentrale mit."
    )
    assert [s for _, s in speakers(text)] == ["Verbraucherzentrale Bremen"]


def test_what_a_crowd_writes_names_nobody() -> None:
    text = (
        "Rund 300 Menschen protestierten vor dem Rathaus gegen die Schließung. Auf "
        "Transparenten stand „Unser Bad bleibt“."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_a_dative_medium_opening_the_clause_is_no_subject() -> None:
    text = (
        "Trainerin Petra Hagedorn war enttäuscht. Der „Westfälischen Rundschau“ sagte die "
        "45-Jährige: „Das war nicht fair.“"
    )
    assert [s for _, s in speakers(text)] == ["Petra Hagedorn"]


def test_a_court_appealed_to_is_not_the_court_that_ruled() -> None:
    text = (
        "Das Landesverwaltungsgericht hat die Klage abgewiesen. Das Urteil kann noch ans "
        "Bundesgericht weitergezogen werden. In seinem Entscheid hält das Gericht fest, der "
        "Lärm sei «zumutbar und gerechtfertigt»."
    )
    assert [s for _, s in speakers(text)] == ["Landesverwaltungsgericht"]


def test_a_spokesperson_of_the_body_speaks_for_the_body_the_sentence_before_is_about() -> None:
    text = (
        "Das Landgericht Ostheim verurteilte den Mann. Die Staatsanwaltschaft zeigte sich "
        "zufrieden. Ein Sprecher der Behörde sagte: „Das Urteil entspricht unserem Antrag.“"
    )
    assert [s for _, s in speakers(text)] == ["Staatsanwaltschaft"]
    text = (
        "Die Linksfraktion kritisierte den Erlass. Der Landeselternrat begrüßte den Schritt. "
        "„Endlich handelt das Land“, erklärte ein Sprecher des Gremiums."
    )
    assert [s for _, s in speakers(text)] == ["Landeselternrat"]


def test_a_body_spelled_out_before_its_acronym_is_named_whole_after_its_noun() -> None:
    text = (
        "Bildungsminister Torsten Wendehals verteidigte das Modell. Die Gewerkschaft Erziehung "
        "und Wissenschaft (GEW) kritisierte den Schritt scharf. In einer Pressemitteilung heißt "
        "es: „Der Freistaat kapituliert vor einem Problem.“"
    )
    assert [s for _, s in speakers(text)] == ["Gewerkschaft Erziehung und Wissenschaft"]


def test_a_surname_led_by_its_lower_case_particle_is_the_inverted_subject() -> None:
    text = (
        "Der Vereinsvorsitzende Hans-Werner ter Horst fordert eine höhere Pauschale. Ohne "
        "Hilfe drohe dem Verein die Zahlungsunfähigkeit, sagte ter Horst der „Wolfsrieder "
        "Zeitung“: „Dann stehen die Tiere auf der Straße.“"
    )
    assert [s for _, s in speakers(text)] == ["Hans-Werner ter Horst"]


def test_a_landesbetrieb_with_its_field_is_a_body_that_issues_its_statement() -> None:
    text = (
        "Die Polizeidirektion Süd ermittelt wegen Brandstiftung. Der Landesbetrieb Forst "
        "kündigte an, den Umbau der Wälder zu beschleunigen. Das brauche allerdings "
        "„Jahrzehnte, nicht Jahre“, heißt es in einer Mitteilung."
    )
    assert [s for _, s in speakers(text)] == ["Landesbetrieb Forst"]


def test_a_spokesperson_speaks_for_the_body_compound_just_named() -> None:
    text = (
        "Im Darknet bekannte sich eine Gruppe zu dem Angriff. Das Landeskriminalamt hat die "
        "Ermittlungen übernommen; ein Sprecher bestätigte lediglich, dass man »in alle "
        "Richtungen« ermittle."
    )
    assert [s for _, s in speakers(text)] == ["Landeskriminalamt"]


def test_a_body_after_beim_opening_a_subjectless_sentence_is_what_it_is_about() -> None:
    text = (
        "Beim Genossenschaftsverband Süd sieht man die Entwicklung gelassen. »Die Zahl der "
        "Genossenschaftsbanken wird weiter sinken«, sagte ein Sprecher."
    )
    assert [s for _, s in speakers(text)] == ["Genossenschaftsverband Süd"]


def test_two_roles_joined_after_the_verb_lead_to_the_person_named_after_them() -> None:
    text = (
        "»Wir spielen seit vier Jahren zu Gehältern von 2019«, sagte Orchestervorstand und "
        "Solobratschistin Annika Brenninkmeyer-Roth vor dem Bühneneingang."
    )
    assert [s for _, s in speakers(text)] == ["Annika Brenninkmeyer-Roth"]


def test_a_capitals_dateline_names_no_body_and_the_subject_issues_the_answer() -> None:
    text = (
        "FREIBURG. Die Asiatische Hornisse breitet sich in Südbaden aus. Das Umweltministerium "
        "in Stuttgart verweist auf die Kommunen. Die Art sei »so weit verbreitet, dass eine "
        "Ausrottung nicht mehr realistisch ist«, heißt es in einer Antwort des Ministeriums."
    )
    assert [s for _, s in speakers(text)] == ["Umweltministerium"]


def test_a_ministry_named_with_its_capitalised_adjective_issues_the_statement_after_it() -> None:
    text = (
        "Der Ortsverband der SPD will notfalls klagen. Das Hessische Verkehrsministerium "
        "äußerte sich zurückhaltend. Man werde den Antrag „sorgfältig und ergebnisoffen“ "
        "prüfen, heißt es in einer Stellungnahme."
    )
    assert [s for _, s in speakers(text)] == ["Hessisches Verkehrsministerium"]


def test_a_quote_after_a_statements_reported_words_is_the_issuers_not_the_last_speakers() -> None:
    text = (
        "„Wir kämpfen um jedes Becken“, sagte Timo Schwarzkopf. Besorgt zeigt sich auch die "
        "DLRG. Schon jetzt könne jedes vierte Kind nicht sicher schwimmen, heißt es in einer "
        "Mitteilung. „Ohne ein Bad vor Ort wird sich diese Zahl weiter verschlechtern.“"
    )
    assert [s for _, s in speakers(text)] == ["Timo Schwarzkopf", "DLRG"]


def test_a_place_stood_at_before_a_quote_is_no_document() -> None:
    text = (
        "„Das sehen wir alle zehn Jahre“, sagte die Meteorologin Franziska Lüthje. Obstbauer "
        "Wendelin Sauter stand am Montagmorgen zwischen zerfetzten Hagelnetzen. „Achtzig "
        "Prozent sind weg.“"
    )
    assert [s for _, s in speakers(text)] == ["Franziska Lüthje", "Wendelin Sauter"]


def test_a_title_ending_a_sentence_is_no_abbreviation_before_the_next_sentences_article() -> None:
    text = (
        "Joseph Ratzinger ist zurückgetreten. „Ich bin müde“, sagte der Papst. Der ältere "
        "Bruder des Papstes, Georg Ratzinger, war eingeweiht."
    )
    assert [s for _, s in speakers(text)] == ["Joseph Ratzinger"]


def test_the_company_may_be_a_body_whose_name_is_a_compound_of_a_company_noun() -> None:
    text = (
        "Die Regensburger Verkehrsbetriebe betonten, die Trasse sei gut gewählt. Für diese "
        "Abschnitte seien Fenster vorgesehen. „Niemand muss befürchten, dass man ihm ins "
        "Schlafzimmer schaut“, erklärte ein Sprecher des Unternehmens."
    )
    assert [s for _, s in speakers(text)] == ["Regensburger Verkehrsbetriebe"]


def test_a_ruling_is_the_courts_named_after_a_capitals_dateline() -> None:
    text = (
        "DÜSSELDORF. Das Landgericht Düsseldorf hat dem Energieversorger Rheinstrom Direkt "
        "untersagt, Preiserhöhungen so anzukündigen. Geklagt hatte die Verbraucherzentrale "
        "gegen die Tochter der Stadtwerke Mettmann. Das Urteil ist noch nicht rechtskräftig.\n\n"
        "Die Preiserhöhung werde erst im vierten Absatz erwähnt, heißt es in der "
        "Urteilsbegründung. Die Mitteilung sei damit »bewusst unauffällig gestaltet«."
    )
    assert [s for _, s in speakers(text)] == ["Landgericht Düsseldorf"]


def test_he_after_an_unnamed_spokesperson_speaks_for_the_spokespersons_body() -> None:
    text = (
        "„Wir sind empört“, sagte Heiko Brüning vom Sportverein. Ein Sprecher des Landgerichts "
        "Osnabrück wies darauf hin, dass ein Geständnis strafmildernd berücksichtigt werden "
        "könne. »Bei diesem Schaden ist eine Bewährungsstrafe aber kaum vorstellbar«, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Heiko Brüning", "Landgericht Osnabrück"]


def test_the_ministry_of_a_spokesperson_is_the_compound_just_named_not_an_earlier_body() -> None:
    text = (
        "Der AStA hat eine Notunterkunft eingerichtet. „Feldbetten sind keine Lösung“, sagte "
        "Rainer Olbrich-Saß. Das Wissenschaftsministerium in Hannover verwies auf bewilligte "
        "Mittel. Das Land fördere derzeit 14 Bauprojekte, sagte ein Sprecher des Ministeriums. "
        "„Bauen braucht leider Zeit“, fügte er hinzu."
    )
    assert [s for _, s in speakers(text)] == ["Rainer Olbrich-Saß", "Wissenschaftsministerium"]


def test_a_hyphenated_given_name_opens_a_name_after_a_role_no_list_knows() -> None:
    text = (
        "Im oberbayerischen Rothenbach hat der parteilose Herausforderer Kai-Uwe Lautenschläger "
        "die Stichwahl gewonnen. „Ich bin ehrlich gesagt überwältigt“, sagte Lautenschläger."
    )
    assert [s for _, s in speakers(text)] == ["Kai-Uwe Lautenschläger"]


def test_hielt_dagegen_is_a_speech_verb() -> None:
    text = (
        "„Wir werden keinen Koalitionsvertrag unterschreiben“, sagte der CDU-Politiker "
        "Cornelius Baasch-Hennings. Leonie Marquardt hielt dagegen, die gebührenfreie Kita sei "
        "für die Sozialdemokraten „nicht verhandelbar“."
    )
    assert [s for _, s in speakers(text)] == ["Cornelius Baasch-Hennings", "Leonie Marquardt"]


def test_the_company_is_the_body_with_a_capitalised_adjective_the_sentence_before_names() -> None:
    text = (
        "Die Feuerwehr Bremen rückte zu 300 Einsätzen aus. Die Deutsche Bahn stellte den "
        "Fernverkehr am Sonntagabend ein. „Die Sicherheit unserer Fahrgäste hat Vorrang“, teilte "
        "das Unternehmen mit."
    )
    assert [s for _, s in speakers(text)] == ["Deutsche Bahn"]


def test_a_statement_with_no_issuer_is_the_body_that_just_announced_something() -> None:
    text = (
        "Die CDU fordert mehr Filialen. Die Bundesnetzagentur verwies auf steigende "
        "Beschwerdezahlen. Im ersten Halbjahr seien rund 21.000 Beschwerden eingegangen, teilte "
        "die Behörde in Bonn mit. Jede Eingabe werde geprüft. „Bei Verstößen werden wir "
        "konsequent handeln“, hieß es in der Mitteilung."
    )
    assert [s for _, s in speakers(text)] == ["Bundesnetzagentur"]


def test_the_two_people_apposed_to_a_group_role_and_its_complement_speak_together() -> None:
    text = (
        "„Wir sind nicht gegen Windkraft. Wir sind gegen diesen Standort“, erklärten die beiden "
        "Sprecher der Initiative, Anke Vollmer und Rüdiger Pahl, in einer Stellungnahme."
    )
    assert [s for _, s in speakers(text)] == ["Anke Vollmer and Rüdiger Pahl"]


def test_one_of_them_names_nobody_in_german_too() -> None:
    text = (
        "„Das ist falsch“, sagte Marcel de Groot. In einem Internetforum schilderten mehrere "
        "Nutzer ähnliche Erfahrungen. »Ich habe die Mail für Werbung gehalten«, schrieb einer "
        "von ihnen."
    )
    assert [s for _, s in speakers(text)] == ["Marcel de Groot", None]


def test_the_person_a_news_agency_quotes_speaks_past_the_agencys_name() -> None:
    text = (
        "„Die Lage ist ernst“, zitiert die Nachrichtenagentur dpa den Innenminister Thomas de "
        "Maizière."
    )
    assert [s for _, s in speakers(text)] == ["Thomas de Maizière"]


def test_him_whom_an_agency_quotes_is_who_spoke_in_the_sentence_before() -> None:
    text = (
        "„Wir brauchen Hilfe“, sagte der Apotheker Emre Yıldırım. Die Hersteller sehen die "
        "Ursache im Preisdruck. Die Preise seien so niedrig, dass sich die Produktion kaum "
        "lohne, sagte Sven-Ole Martensen vom Branchenverband Generika Deutschland. „Solange "
        "eine Flasche Fiebersaft weniger kostet als zwei Kugeln Eis, wird sich daran nichts "
        "ändern“, zitiert ihn die Nachrichtenagentur dpa."
    )
    assert [s for _, s in speakers(text)] == ["Emre Yıldırım", "Sven-Ole Martensen"]


def test_a_one_word_medium_told_after_gegenueber_is_no_quotation() -> None:
    text = (
        "„Das ist ein schwarzer Tag“, erklärte der Grünen-Fraktionschef Jürgen Trittin "
        "gegenüber der „Welt“."
    )
    assert speakers(text) == [("Das ist ein schwarzer Tag", "Jürgen Trittin")]


def test_a_separable_verbs_particle_closes_its_clause_past_an_apposition() -> None:
    text = (
        "„Wir haben alles versucht“, teilte der Vorstandsvorsitzende der Commerzbank, Martin "
        "Blessing, mit."
    )
    assert [s for _, s in speakers(text)] == ["Martin Blessing"]


def test_a_role_compound_with_a_hyphenated_prefix_is_a_role_before_the_name() -> None:
    text = (
        "Die Vereinten Nationen zeigten sich besorgt. „Die humanitäre Lage ist katastrophal“, "
        "sagte UN-Generalsekretär Ban Ki-moon."
    )
    assert [s for _, s in speakers(text)] == ["Ban Ki-moon"]


def test_a_surname_named_before_the_full_name_is_that_person() -> None:
    text = (
        "„Wir sind auf einem guten Weg“, sagte Merkel. Angela Merkel traf sich am Montag mit "
        "Nicolas Sarkozy. Wörtlich sagte Seehofer: „Das ist mit uns nicht zu machen.“ Horst "
        "Seehofer ist CSU-Chef."
    )
    assert [s for _, s in speakers(text)] == ["Angela Merkel", "Horst Seehofer"]


def test_so_surname_weiter_names_the_person_without_the_adverb() -> None:
    text = "Die Lage sei „sehr ernst“, so Schäuble weiter. Wolfgang Schäuble ist Innenminister."
    assert [s for _, s in speakers(text)] == ["Wolfgang Schäuble"]


def test_a_surname_that_is_also_a_common_noun_stays_after_a_given_name() -> None:
    text = "„Die Preise werden weiter steigen“, prognostizierte Ifo-Chef Hans-Werner Sinn."
    assert [s for _, s in speakers(text)] == ["Hans-Werner Sinn"]
    text = "„Das Wasser steigt“, sagte Landesumweltamtschef Matthias Freude."
    assert [s for _, s in speakers(text)] == ["Matthias Freude"]


def test_a_document_of_a_body_named_by_its_noun_in_the_genitive_is_that_bodys() -> None:
    text = (
        "Laut einer Mitteilung des Bundeskriminalamts (BKA) sei die Zahl der Fälle „deutlich "
        "gestiegen“."
    )
    assert [s for _, s in speakers(text)] == ["Bundeskriminalamt"]


def test_travel_advice_is_a_document_of_the_body_named_before() -> None:
    text = (
        "Das Auswärtige Amt rief alle Deutschen zur Ausreise auf. „Die Sicherheitslage hat "
        "sich dramatisch verschlechtert“, heißt es in den Reisehinweisen."
    )
    assert [s for _, s in speakers(text)] == ["Auswärtiges Amt"]


def test_a_name_apposed_to_a_role_word_is_a_person_though_its_given_name_looks_inflected() -> None:
    text = (
        "Das Wirtschaftsministerium kündigte an, die Lage zu prüfen. Ein Sprecher sagte, man "
        "sei im Gespräch. Die Anbindung sei „selbstverständlich sicherzustellen“.\n\n"
        "Ihr Sprecher Okke Rademacher kündigte an, die Liste zu übergeben. „Wir lassen uns "
        "nicht einfach abhängen“, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Wirtschaftsministerium", "Okke Rademacher"]


def test_the_medium_in_the_dative_after_the_verb_is_told_not_telling() -> None:
    text = (
        "Das Friedrich-Loeffler-Institut bestätigte den Fund. Eine Sprecherin des Instituts "
        "sagte dem Hessischen Rundfunk, die Variante sei „eng verwandt“ mit den Erregern."
    )
    assert [s for _, s in speakers(text)] == ["Friedrich-Loeffler-Institut"]
    text = (
        "Quispe berichtete von Schäden. „Ich dachte, das Haus fällt über uns zusammen“, "
        "erzählte eine Bewohnerin dem Fernsehsender America TV."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_a_body_in_the_genitive_keeps_its_complement_with_fuer() -> None:
    text = (
        "Ein Sprecher des Bundesamts für Verfassungsschutz sagte dem Bayerischen Rundfunk, "
        "das Vorgehen sei typisch. „Viele unterschätzen das Risiko noch immer.“"
    )
    assert [s for _, s in speakers(text)] == ["Bundesamt für Verfassungsschutz"]


def test_the_reasons_of_the_court_are_the_court_s_named_last() -> None:
    text = (
        "Das Oberverwaltungsgericht Rheinland-Pfalz stoppte den Bau. Die Richter gaben einem "
        "Eilantrag des Landesverbands für Vogelschutz statt. „Der Artenschutz gilt weiter“, "
        "heißt es in der Begründung des Gerichts."
    )
    assert [s for _, s in speakers(text)] == ["Oberverwaltungsgericht Rheinland-Pfalz"]


def test_the_determiner_of_a_nominalised_adjective_tells_the_sex() -> None:
    text = (
        "Die Sozialistin Mariana Echeverría Soto gewann die Stichwahl mit 54 Prozent. Ihr "
        "Gegner, der Unternehmer Rodrigo Vial Larraín, erreichte 46 Prozent.\n\nVor Tausenden "
        "Anhängern sagte die 58-Jährige am Abend: „Heute hat Chile entschieden.“"
    )
    assert [s for _, s in speakers(text)] == ["Mariana Echeverría Soto"]


def test_an_after_quote_cue_between_two_parts_is_the_second_part_s_too() -> None:
    text = (
        "Der Angeklagte Bernd K. schwieg. Richterin Annegret Kuhlmann-Brandt verkündete das "
        "Urteil. „Der Angeklagte hat nicht aus Not gehandelt“, so die Richterin, „sondern aus "
        "Gier.“"
    )
    assert [s for _, s in speakers(text)] == ["Annegret Kuhlmann-Brandt"] * 2


def test_the_words_of_an_earlier_quotation_hold_no_cue_for_reported_speech() -> None:
    text = (
        "Sportdirektor Heiko Brandstätter verteidigte die Entscheidung. „Marc hat hier mit "
        "großer Leidenschaft gearbeitet“, sagte der 51-Jährige, „aber die Ergebnisse sprechen "
        "eine klare Sprache.“ Man habe „keine Zeit mehr zu verlieren“."
    )
    assert [s for _, s in speakers(text)] == ["Heiko Brandstätter"] * 3


def test_sie_with_a_verb_in_the_singular_is_no_man() -> None:
    text = (
        "Zur Sachwalterin bestellte das Gericht die Rechtsanwältin Friederike Maaß-Oberländer.\n\n"
        "Geschäftsführer Rainer Albrecht begründete den Schritt. „Wir haben 40 Prozent weniger "
        "verkauft“, sagte er.\n\nDie Sachwalterin äußerte sich vorsichtig optimistisch. „Der "
        "Betrieb läuft weiter“, erklärte sie."
    )
    assert [s for _, s in speakers(text)] == ["Rainer Albrecht", "Friederike Maaß-Oberländer"]


def test_a_foreign_surname_keeps_its_particle_in_german_news() -> None:
    text = (
        "Der peruanische Präsident Gustavo Ríos del Castillo reiste in das Katastrophengebiet. "
        "„Kein Peruaner wird allein gelassen“, sagte er in Chivay."
    )
    assert [s for _, s in speakers(text)] == ["Gustavo Ríos del Castillo"]


def test_a_name_apposed_to_a_role_ends_before_von_and_its_institution() -> None:
    text = (
        "Bürgermeister Anton Reischl gibt sich gelassen: „Es kommt auf ein paar Monate nicht "
        "an.“\n\nDer Mittelalterhistoriker Kasimir von der Heydt von der Universität Regensburg "
        "mahnt zur Geduld. „Die Auswertung dauert oft Jahre“, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Anton Reischl", "Kasimir von der Heydt"]


def test_a_name_opening_with_a_compound_of_a_body_noun_is_a_body() -> None:
    text = (
        "Die Ministerin kündigte Kontrollen an.\n\nDer Patientenbund Niedersachsen fordert einen "
        "Entschädigungsfonds. „Die Betroffenen dürfen nicht jahrelang kämpfen müssen“, hieß es "
        "in einer Erklärung des Verbandes."
    )
    assert [s for _, s in speakers(text)] == ["Patientenbund Niedersachsen"]


def test_a_body_noun_as_subject_means_the_body_named_with_it() -> None:
    text = (
        "Das Polizeipräsidium Lanzenau ermittelt. Das Sicherheitsunternehmen Securon erklärte, "
        "seine Mitarbeiter stünden unter Schock.\n\nDie Polizei sucht weitere Zeugen. „Wer "
        "etwas bemerkt hat, wird gebeten, sich zu melden“, heißt es in dem Aufruf."
    )
    assert [s for _, s in speakers(text)] == ["Polizeipräsidium Lanzenau"]


def test_die_richter_are_the_court_and_der_richter_one_judge() -> None:
    text = (
        "Das Bundesverfassungsgericht gab der Beschwerde statt. „Die Presse kann ihre "
        "Kontrollfunktion nur so erfüllen“, schreiben die Karlsruher Richter."
    )
    assert [s for _, s in speakers(text)] == ["Bundesverfassungsgericht"]
    text = (
        "Das Landgericht verhandelt. Der Richter Hans Maier eröffnete den Prozess. „Wir "
        "beginnen“, sagte der Richter."
    )
    assert [s for _, s in speakers(text)] == ["Hans Maier"]


def test_a_body_noun_with_its_genitive_complement_is_one_name() -> None:
    text = (
        "Die Verbraucherzentrale Bundesverband kritisierte die Pläne. Der Verband der "
        "Industriellen Energiekunden (VIEK) sprach von einem „weiteren Standortnachteil“."
    )
    assert [s for _, s in speakers(text)] == ["Verband der Industriellen Energiekunden"]
    text = (
        "Der Verband Europäischer Ferienflieger (VEF) kündigte Widerstand an. Die Summen "
        "stünden „in keinem Verhältnis zum Ticketpreis“, teilte der Verband mit."
    )
    assert [s for _, s in speakers(text)] == ["Verband Europäischer Ferienflieger"]


def test_a_surname_s_particle_stays_after_a_role_when_the_full_name_is_known() -> None:
    text = (
        "Erstellt hat es die Rechtsanwältin Ulrike de Vries.\n\n„Wir haben ein System "
        "gefunden, das die Institution geschützt hat“, sagte Studienleiterin de Vries."
    )
    assert [s for _, s in speakers(text)] == ["Ulrike de Vries"]


def test_an_adjective_role_and_its_role_noun_are_no_name() -> None:
    text = (
        "Der Vorsitzende Richter des 8. Strafsenats, Bernhard Weißgerber, hat 23 "
        "Verhandlungstage angesetzt. „Wir nehmen uns die Zeit“, sagte der Vorsitzende."
    )
    assert [s for _, s in speakers(text)] == ["Bernhard Weißgerber"]


def test_a_name_in_marks_after_a_role_and_its_article_is_a_title() -> None:
    text = (
        "Die Gerichte hätten das verkannt.\n\n„Das ist ein guter Tag für den Journalismus“, "
        "sagte die Chefredakteurin des „Weserblick“, Henrike Osterloh-Brandt, dem "
        "Deutschlandfunk."
    )
    assert [s for _, s in speakers(text)] == ["Henrike Osterloh-Brandt"]


def test_a_body_s_kind_before_its_acronym_is_no_part_of_its_name() -> None:
    text = (
        "Auch die US-Raumfahrtbehörde NASA gratulierte. „Europa spielt in der ersten Liga“, "
        "schrieb die Behörde."
    )
    assert [s for _, s in speakers(text)] == ["NASA"]


def test_a_legal_form_after_a_body_s_compound_noun_closes_its_name() -> None:
    # "die Commerzbank AG": "AG" is no acronym naming a bank, the whole is the company
    text = (
        "Gestern meldete die Commerzbank AG hohe Gewinne. „Wir sind zufrieden“, sagte ein "
        "Sprecher der Bank."
    )
    assert [s for _, s in speakers(text)] == ["Commerzbank AG"]


def test_an_authority_s_anaphor_passes_over_a_magazine_named_after_its_body() -> None:
    # "laut einem Bericht des WDR-Magazins": a magazine is no "Behörde"; the prosecutors are
    text = (
        "Die Staatsanwaltschaft Essen hat Ermittlungen gegen die Heimleitung aufgenommen. Laut "
        "einem Bericht des WDR-Magazins „Westpol“ lagen Bewohner stundenlang in ihren Betten. "
        "Man stehe „noch ganz am Anfang“, sagte die Sprecherin der Behörde."
    )
    assert [s for _, s in speakers(text)] == ["Staatsanwaltschaft Essen"]


def test_a_run_that_lost_its_role_keeps_an_unknown_given_name() -> None:
    text = (
        "Die NADA hat die 400-Meter-Läuferin Jolina Brettschneider gesperrt.\n\n"
        "Brettschneider bestreitet die Vorwürfe. „Ich habe nie gedopt“, schrieb sie."
    )
    assert [s for _, s in speakers(text)] == ["Jolina Brettschneider"]


def test_a_capitalised_particle_opening_a_sentence_with_a_known_surname_names_the_person() -> (
    None
):
    text = (
        "Henrike von Stetten-Aue gewann die Wahl.\n\nVon Stetten-Aue versprach, die LSU werde "
        "sich um Mieter kümmern. „Ich will keine Partei, die recht hat“, rief sie."
    )
    assert [s for _, s in speakers(text)] == ["Henrike von Stetten-Aue"]


def test_a_lone_word_no_list_knows_after_its_article_names_the_body_an_anaphor_means() -> None:
    text = (
        "Die Lufthansa bestätigte den Vorfall. „Die Sicherheit der Passagiere war nie "
        "gefährdet“, sagte eine Sprecherin der Fluggesellschaft."
    )
    assert [s for _, s in speakers(text)] == ["Lufthansa"]


def test_a_known_body_whose_name_holds_a_lower_case_word_is_named_whole() -> None:
    text = (
        "Hilfsorganisationen begrüßten die Einigung. Ärzte ohne Grenzen nannte die Lage in "
        "einer Mitteilung „katastrophal“."
    )
    assert [s for _, s in speakers(text)] == ["Ärzte ohne Grenzen"]


def test_the_circle_around_a_team_names_nobody() -> None:
    text = (
        "Aus der Kabine kamen gemischte Signale. „Der Trainer war nicht das Problem“, hieß es "
        "aus dem Umfeld der Mannschaft."
    )
    assert [s for _, s in speakers(text)] == [None]


def test_a_quoting_verb_pointing_back_gives_the_person_quoted_not_the_medium() -> None:
    text = (
        "Die Mieten steigen. „Der Wohnungsbau ist eingebrochen.“ So zitiert die Zeitung den "
        "Studienleiter Jürgen Tiedemann. Er macht die Bauzinsen verantwortlich."
    )
    assert [s for _, s in speakers(text)] == ["Jürgen Tiedemann"]
    text = (
        "Der Satellit startete, wie die Nachrichtenagentur Xinhua meldete. „Der Start war ein "
        "Erfolg.“ Mit diesen Worten zitierte Xinhua den Kommandeur des Startzentrums, Li Wenbo."
    )
    assert [s for _, s in speakers(text)] == ["Li Wenbo"]


def test_a_quoted_person_follows_a_medium_named_in_marks() -> None:
    text = (
        "„Jedes Jahr bekommen wir weniger“, zitierte die Regionalzeitung „Ouest-France“ den "
        "Kapitän Yannick Le Goff."
    )
    assert [s for _, s in speakers(text)] == ["Yannick Le Goff"]
    text = "„Jetzt passiert etwas“, zitiert die „Tiroler Tageszeitung“ Notburga Rainer-Stolz."
    assert [s for _, s in speakers(text)] == ["Notburga Rainer-Stolz"]


def test_an_article_and_a_name_after_a_comma_are_an_apposition_not_a_relative_clause() -> None:
    text = (
        "Die Läuferin bestreitet alles. Ihr Anwalt, der Lausanner Sportrechtler Laurent "
        "Pittet-Rochat, sprach von „erheblichen Zweifeln an der Kontrollkette“."
    )
    assert [s for _, s in speakers(text)] == ["Laurent Pittet-Rochat"]
    text = (
        "Der Kühlturm wurde gesprengt. Der Betreiber, die Nordwest Kernenergie GmbH, sprach "
        "von einem „Meilenstein“."
    )
    assert [s for _, s in speakers(text)] == ["Nordwest Kernenergie GmbH"]
    text = "Miroslav Klose, der wegen Fouls Gelb-Rot sah, nannte das Spiel „eine Katastrophe“."
    assert [s for _, s in speakers(text)] == ["Miroslav Klose"]


def test_a_noun_of_a_body_kind_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = (
        "Die Tierschutzorganisation Wildtierhilfe Süd kritisierte das Vorgehen. Es sei "
        "„nicht nachvollziehbar“, teilte der Verein mit."
    )
    assert [s for _, s in speakers(text)] == ["Wildtierhilfe Süd"]
    text = (
        "Die Patientenorganisation Alzheimer-Initiative Deutschland begrüßte die Empfehlung. "
        "„Das darf nicht vom Geldbeutel abhängen“, erklärte der Verband."
    )
    assert [s for _, s in speakers(text)] == ["Alzheimer-Initiative Deutschland"]
    text = "Die Verkehrsgesellschaft Saar-Mosel erklärte: „Der Fahrplan gilt weiter.“"
    assert [s for _, s in speakers(text)] == ["Verkehrsgesellschaft Saar-Mosel"]


def test_a_thing_after_an_impersonal_cue_names_nobody_but_a_body_noun_does() -> None:
    text = (
        "Die Probleme sind bekannt. „Wir fahren auf Verschleiß“, heißt es in einer internen "
        "E-Mail, die der Zeitung vorliegt."
    )
    assert [s for _, s in speakers(text)] == [None]
    text = "Die Pläne stocken. In einer der Nachrichten heißt es: „Damit kommen wir nicht durch.“"
    assert [s for _, s in speakers(text)] == [None]
    text = "„Das ist wenig hilfreich“, hieß es aus dem bayerischen Kunstministerium."
    assert [s for _, s in speakers(text)] == ["bayerischen Kunstministerium"]


def test_a_paragraph_opening_quotation_is_said_by_the_person_the_next_sentence_introduces() -> None:
    text = (
        "Mehr als 400 Helfer verstärkten die Böschung.\n\n„Das ist jetzt das dritte Mal seit "
        "2002. Daran gewöhnt man sich nie.“ Der 78-jährige Egon Pahl lud am Sonntagmorgen "
        "Möbel auf einen Anhänger."
    )
    assert [s for _, s in speakers(text)] == ["Egon Pahl"]


def test_a_pronoun_cue_before_the_quotation_takes_the_subject_before_its_own_sentence() -> None:
    text = (
        "Mit mehr als 1.500 Traktoren haben Landwirte am Mittwoch die Innenstadt von Hannover "
        "über Stunden lahmgelegt. Zu der Kundgebung vor dem Landtag hatte das Bündnis „Land "
        "schafft Zukunft“ aufgerufen. Die Bauern protestieren gegen verschärfte Düngeauflagen. "
        "Nach Angaben der Polizeidirektion Hannover verlief der Protest weitgehend friedlich. "
        "„Wir hatten einige Verkehrsverstöße und eine beschädigte Ampelanlage, mehr nicht“, "
        "sagte ein Sprecher am Nachmittag.\n\nDer Vorsitzende des Bauernverbands Weser-Ems, "
        "Hinrich Oltmanns-Tebbe, warf der Landesregierung vor, die Höfe „sehenden Auges in den "
        "Ruin“ zu treiben. „Wir sollen jedes Jahr mehr Vorschriften erfüllen.“ Viele junge "
        "Landwirte überlegten bereits aufzugeben, rief Oltmanns-Tebbe unter dem Jubel der "
        "Demonstranten.\n\nAgrarministerin Friederike van der Laan-Meiners wurde bei ihrem "
        "Auftritt mit einem Pfeifkonzert empfangen. Die neuen Regeln seien keine Erfindung aus "
        "Hannover, sondern gingen auf ein Urteil des Europäischen Gerichtshofs zurück, erklärte "
        "sie. „Ich verstehe Ihre Wut, aber ich kann europäisches Recht nicht einfach aussetzen.“"
    )
    assert [s for _, s in speakers(text)][-1] == "Friederike van der Laan-Meiners"


def test_two_people_joined_with_an_adjective_or_possessive_before_the_role_speak_together() -> None:
    text = (
        "„Die Fischerei hat nur eine Zukunft, wenn wir sie unterstützen“, erklärten die deutsche "
        "Staatssekretärin Katrin Albers-Heuer und der dänische Fischereiminister Mads Kjærgaard."
    )
    assert [s for _, s in speakers(text)] == ["Katrin Albers-Heuer and Mads Kjærgaard"]
    text = (
        "Tobias Kerschensteiner wurde gerettet. Später dankten Kerschensteiner und sein "
        "Seilpartner Florian Wachter den Rettern: „Ihr habt euer Leben riskiert.“"
    )
    assert [s for _, s in speakers(text)] == ["Tobias Kerschensteiner and Florian Wachter"]


def test_a_name_in_marks_after_a_noun_of_a_body_kind_names_a_body() -> None:
    text = (
        "Kritik kommt auch von Hilfsorganisationen. Die Initiative „Grenzenlos helfen“ "
        "erklärte in einer Mitteilung: „Kontrollen verlagern das Leid nur in die Wälder.“"
    )
    assert [s for _, s in speakers(text)] == ["Grenzenlos helfen"]
    text = (
        "Wie der „Spiegel“ berichtet, stellte eine Hackergruppe, die sich „Grey Harbour“ nennt, "
        "Daten ins Netz. Auf der Leakseite warf die Gruppe den Kommunen vor, sie hätten „die "
        "Daten ihrer Bürger wie Altpapier behandelt“."
    )
    assert [s for _, s in speakers(text)][-1] == "Grey Harbour"
    text = (
        "Arni Finnsson, ein Vertreter der Umweltschutzorganisation „Iceland Nature Conservation "
        "Association“ (Inca), kommentierte die Entscheidung: „Es gibt keinen Markt.“"
    )
    assert [s for _, s in speakers(text)] == ["Arni Finnsson"]


def test_a_body_noun_with_a_body_apposed_to_it_is_that_body() -> None:
    text = (
        "Der Betreiber des Hofs, die Grünfeld Agrar GmbH, wies die Vorwürfe zurück. „Wir "
        "entnehmen unser Wasser aus eigenen Brunnen“, erklärte eine Sprecherin des Unternehmens."
    )
    assert [s for _, s in speakers(text)] == ["Grünfeld Agrar GmbH"]


def test_a_polish_governor_is_a_role() -> None:
    text = (
        "„Das ist Symbolpolitik.“ Mit diesen Worten kommentierte der Woiwode von Lebus, Tomasz "
        "Wierzbicki, im Rundfunk die Pläne."
    )
    assert [s for _, s in speakers(text)] == ["Tomasz Wierzbicki"]


def test_a_quote_before_a_person_introduced_in_a_sentence_saying_nothing_is_theirs() -> None:
    text = (
        "Agrarministerin Friederike Laan wurde mit einem Pfeifkonzert empfangen. „Ich verstehe "
        "Ihre Wut.“ Später sagte die Ministerin dem Sender Radio Leinewelle, sie wolle einen "
        "runden Tisch anbieten.\n\nUnter den Demonstranten waren auch mehrere Dutzend "
        "Landwirte aus den Niederlanden. „Bei uns hat die Regierung genau dasselbe versucht. "
        "Wir sind so lange auf die Straße gegangen, bis sie zurückgerudert ist.“ Joost "
        "Verhagen, Milchbauer aus der Provinz Drenthe, ist mit seinem Traktor fast 200 "
        "Kilometer nach Hannover gefahren, um seine Kollegen zu unterstützen."
    )
    assert [s for _, s in speakers(text)][-1] == "Joost Verhagen"
    text = (
        "„Marek hat Großartiges geleistet“, sagte Sportchef Ralf Dittberner. „Aber am Ende "
        "zählen Ergebnisse.“ Bis auf Weiteres übernimmt Co-Trainer Lasse Brink."
    )
    assert [s for _, s in speakers(text)] == ["Ralf Dittberner", "Ralf Dittberner"]


def test_a_role_with_a_genitive_body_apposed_to_a_name_is_that_persons_role() -> None:
    text = (
        "Ein Sprecher der Stadtwerke Lüneburg, Tilman Ostendorp, sagte dem NDR: „Die Leitung "
        "ist repariert.“ Mit dem vollen Druck sei „erst morgen früh“ zu rechnen, so der Sprecher."
    )
    assert [s for _, s in speakers(text)] == ["Tilman Ostendorp", "Tilman Ostendorp"]


def test_a_sentence_adverb_before_an_inverted_subject_is_no_speaker() -> None:
    text = (
        "Verkehrsministerin Ulrike Brandes (Grüne) lobte den Kompromiss. Gleichzeitig warnte "
        "die Ministerin vor zu hohen Erwartungen: „Ein Tunnel baut sich nicht über Nacht.“"
    )
    assert [s for _, s in speakers(text)] == ["Ulrike Brandes"]


def test_names_of_bodies_take_their_nominative_form() -> None:
    text = (
        "Der Hessische Städtetag kritisierte den Entwurf. „Das kostet Personal“, hieß es in "
        "einer Stellungnahme des Verbands.\n\nDer Verbraucherzentrale Bundesverband riet zu "
        "Geduld: „Bewahren Sie die Belege gut auf.“\n\nDer Sächsische Blinden- und "
        "Sehbehindertenverband erklärte: „Für uns ist das ein Fortschritt.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Hessischer Städtetag",
        "Verbraucherzentrale Bundesverband",
        "Sächsischer Blinden- und Sehbehindertenverband",
    ]


def test_a_common_noun_after_a_body_and_fuer_is_part_of_its_name() -> None:
    text = (
        "Ein Luchs ist im Fichtelgebirge gesichtet worden, teilte das Landesamt für Umwelt "
        "mit. „Das Tier ist scheu und meidet Menschen“, erklärte eine Sprecherin des Amtes."
    )
    assert [s for _, s in speakers(text)] == ["Landesamt für Umwelt"]


def test_an_acronym_of_mixed_case_in_brackets_names_the_body() -> None:
    text = (
        "Die Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin) hat die Kasse unter "
        "Aufsicht gestellt. „Die Lage ist ernst, aber beherrschbar“, erklärte die BaFin."
    )
    assert [s for _, s in speakers(text)] == ["Bundesanstalt für Finanzdienstleistungsaufsicht"]


def test_an_austrian_landesrat_is_a_persons_role() -> None:
    text = (
        "Die Salzburger Landesrätin Martina Eberharter (ÖVP) will ein Gutachten abwarten. "
        "Landesrätin Eberharter sagte dem ORF: „Wir entscheiden nicht aus dem Bauch heraus.“"
    )
    assert [s for _, s in speakers(text)] == ["Martina Eberharter"]


def test_a_body_of_members_coordinated_by_und_is_one_name() -> None:
    text = (
        "Der Verband Deutscher Kinos und Filmtheater (VDK) forderte Hilfe. „Die Lage ist "
        "dramatisch“, teilte der VDK mit."
    )
    assert [s for _, s in speakers(text)] == ["Verband Deutscher Kinos und Filmtheater"]


def test_a_body_and_a_common_noun_before_an_acronym_are_one_name() -> None:
    text = (
        "Der Bundesverband Lebensmittel (BVL) widersprach. „Die Pfandquote ist so hoch wie "
        "nie“, sagte ein Sprecher des BVL."
    )
    assert [s for _, s in speakers(text)] == ["Bundesverband Lebensmittel"]


def test_separable_speech_verbs_vorrechnen_and_nachschieben() -> None:
    text = (
        "Gewerkschafterin Ute Brandl forderte Nachbesserungen. „Das sind 60 Euro weniger im "
        "Monat“, rechnete die Rentnerin Gisela Moorkamp dem NDR vor. „Das merkt man.“ Brandl "
        "wollte sich nicht festlegen. „Wir prüfen das“, schob Brandl nach."
    )
    assert [s for _, s in speakers(text)] == ["Gisela Moorkamp", "Gisela Moorkamp", "Ute Brandl"]


def test_a_medium_after_a_role_and_its_preposition_is_not_the_speaker() -> None:
    text = (
        "Der dänische Fischereiminister Mads Kjeldgaard verteidigte die Quote. „Die Bestände "
        "erholen sich“, sagte der Minister im dänischen Radiosender P1."
    )
    assert [s for _, s in speakers(text)] == ["Mads Kjeldgaard"]


def test_a_role_noun_without_an_article_is_nobody_named() -> None:
    text = (
        "Der Güterzug entgleiste kurz vor vier Uhr. Augenzeugen berichteten von einem „lauten "
        "Krachen“. Feuerwehrsprecher Jonas Ebeling sagte: „Verletzt wurde niemand.“"
    )
    assert [s for _, s in speakers(text)] == [None, "Jonas Ebeling"]


def test_an_unknown_surname_after_so_stays_a_name() -> None:
    text = "Die Lage sei „sehr ernst“, so Schäuble weiter."
    assert [s for _, s in speakers(text)] == ["Schäuble"]


def test_an_article_and_a_name_of_several_words_are_an_apposition() -> None:
    text = (
        "Das betroffene Unternehmen, die Fjordlaks Havbruk AS, sprach von einem „bedauerlichen "
        "Einzelfall“."
    )
    assert [s for _, s in speakers(text)] == ["Fjordlaks Havbruk AS"]


def test_an_authority_anaphor_is_no_company_with_a_legal_form() -> None:
    text = (
        "Wie das Gesundheitsamt Westerwald mitteilte, sind zwei Brunnen belastet. Als Quelle "
        "gilt das Werk der Polyfluor Technik GmbH. „Wir raten vom Trinken ab“, hieß es in der "
        "Mitteilung der Behörde."
    )
    assert [s for _, s in speakers(text)] == ["Gesundheitsamt Westerwald"]


def test_a_name_after_des_loses_its_genitive_s() -> None:
    text = (
        "Ein Sprecher des Kremls sagte am Abend, man verfolge die Lage „sehr aufmerksam“."
    )
    assert [s for _, s in speakers(text)] == ["Kreml"]


def test_a_feminine_medium_after_der_is_told_not_speaking() -> None:
    text = (
        "Ein Sprecher des Ministeriums sagte der Nachrichtenagentur Reuters, man verfolge die "
        "Lage „sehr aufmerksam“."
    )
    assert [s for _, s in speakers(text)] == ["Ministerium"]
    text = "„Wir prüfen das“, sagte der Zeitung ein Sprecher der Stadtwerke Celle."
    assert [s for _, s in speakers(text)] == ["Stadtwerke Celle"]


def test_a_genitive_body_with_an_adjective_and_a_place_takes_its_nominative() -> None:
    text = (
        "Ein Sprecher des Seismologischen Instituts von Chile sagte: „Nachbeben sind möglich.“"
    )
    assert [s for _, s in speakers(text)] == ["Seismologisches Institut von Chile"]


def test_a_title_in_marks_does_not_hide_the_sentence_before_a_quotation() -> None:
    text = (
        "Verkehrsminister Florian Obermaier (CSU) warnte: „Das landet alles bei uns.“ Die "
        "Stadtwerke Lüneburg äußerten sich zurückhaltender. Ein Sprecher der Stadtwerke sagte "
        "der „Süddeutschen Zeitung“, man wolle zunächst die Tarife abwarten. „Für Familien "
        "darf das keine Strafgebühr werden.“"
    )
    assert [s for _, s in speakers(text)] == ["Florian Obermaier", "Stadtwerke Lüneburg"]


def test_a_newspapers_name_in_marks_after_a_speech_verb_is_no_quotation() -> None:
    text = (
        "„Wir haben alles getan“, sagte Kapitän Jens Hollmann der „Nordsee-Zeitung“. Auch der "
        "Lotse Uwe Brandt sagte der „Kreiszeitung“, man habe Glück gehabt."
    )
    assert [q for q, _ in speakers(text)] == ["Wir haben alles getan"]


def test_an_apposed_name_past_a_saints_abbreviation_and_a_place_adjective() -> None:
    text = (
        "„Es hat einen dumpfen Knall gegeben“, sagte der Bürgermeister von St. Anton im "
        "Lechtal, Josef Kathrein-Lechner, dem ORF. „Wir haben es uns nicht leicht gemacht“, "
        "sagte die Vorsitzende der Kommission, die Mannheimer Juristin Gesine Albrecht-Olm."
    )
    assert [s for _, s in speakers(text)] == ["Josef Kathrein-Lechner", "Gesine Albrecht-Olm"]


def test_a_senator_compound_is_a_role_before_a_north_german_name() -> None:
    text = (
        "Bremens Innensenatorin Tjarda Lindemann (SPD) kündigte Prüfungen an. „Wenn Regeln "
        "Lücken haben“, sagte sie, „dann schließen wir sie.“"
    )
    assert [s for _, s in speakers(text)] == ["Tjarda Lindemann", "Tjarda Lindemann"]
    text = "Schäfer Hinnerk Janssen sagte: „So etwas habe ich noch nie gesehen.“"
    assert [s for _, s in speakers(text)] == ["Hinnerk Janssen"]


def test_a_pronoun_after_a_sentence_of_reported_speech_means_its_speaker() -> None:
    text = (
        "Marktmeister Ralf Obermann lehnte die Umlage ab. Fraktionschef Bernd Wittmer "
        "widersprach. „Dann muss die Stadt zahlen“, sagte Wittmer. Er kündigte einen Antrag "
        "für die Ratssitzung an.\n\nObermann zeigte sich "
        "gesprächsbereit. Ein Kompromiss sei noch möglich, wenn die Stadt die Umlage halbiere. "
        "„Wir wollen ja aufmachen“, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Bernd Wittmer", "Ralf Obermann"]


def test_a_role_noun_apposed_after_a_name_is_no_name_of_its_own() -> None:
    text = (
        "»Das ist unser größter Erfolg«, sagte Kriminaldirektor Till Overkamp, Leiter der "
        "Ermittlungsgruppe »Speiche«."
    )
    assert [s for _, s in speakers(text)] == ["Till Overkamp"]


def test_an_insurer_is_a_company_for_the_companys_anaphor() -> None:
    text = (
        "Das berichtete Tobias Wendt, Leiter der Betrugsabwehr der Westfälischen "
        "Kraftfahrt-Versicherung (WKV), dem WDR. Am Ende zahlten alle Versicherten, erklärte "
        "die WKV. „Betrug ist kein Kavaliersdelikt“, hieß es in einer Mitteilung des "
        "Unternehmens."
    )
    assert [s for _, s in speakers(text)] == ["Westfälische Kraftfahrt-Versicherung"]


def test_a_noun_before_an_apposed_name_tells_what_the_person_is() -> None:
    text = (
        "„Wir spielen weiter“, sagte die Sprecherin des Ensembles, die Bratschistin Wiebke "
        "Harms-Okonjo. Zuvor hatte der Leiter der Mission, der Ghanaer Kwabena Mensah-Boateng, "
        "gewarnt: „Die Zeit läuft ab.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Wiebke Harms-Okonjo",
        "Kwabena Mensah-Boateng",
    ]


def test_a_surname_that_is_also_a_given_name_ends_before_von_der_and_a_body() -> None:
    text = (
        "„Das Eis zerfällt“, sagte der Geologe Matteo Di Simone von der Universität Pavia. "
        "„Das ist schneller als gedacht“, sagte Di Simone."
    )
    assert [s for _, s in speakers(text)] == ["Matteo Di Simone", "Matteo Di Simone"]


def test_a_glued_arabic_article_is_part_of_the_name() -> None:
    text = (
        "„Wir bleiben im Land“, sagte der Rebellenführer Khalid al-Marwani am Montag. Später "
        "legte Marwani nach: „Niemand wird uns vertreiben, niemand.“ „Das ist gut so“, sagte "
        "Botschafter Al-Tayeb Osman Karrar."
    )
    assert [s for _, s in speakers(text)] == [
        "Khalid al-Marwani",
        "Khalid al-Marwani",
        "Al-Tayeb Osman Karrar",
    ]


def test_an_article_an_adjective_and_a_name_after_a_comma_are_no_relative_clause() -> None:
    text = (
        "Ein Fahrgast, der 41-jährige Jonas Imboden aus Visp, sagte dem Radio: „Es gab einen "
        "lauten Knall, dann kippte alles.“"
    )
    assert [s for _, s in speakers(text)] == ["Jonas Imboden"]


def test_a_name_between_an_opening_role_and_a_second_apposition_is_the_subject() -> None:
    text = (
        "Die neue Chefin, Corinne Aebischer, bisher Direktorin der Regionalbank Gürbetal, "
        "sagte: „Keine Kundin verliert ihre Filiale.“"
    )
    assert [s for _, s in speakers(text)] == ["Corinne Aebischer"]


def test_das_sagte_after_a_quotation_missing_its_period_points_back() -> None:
    text = (
        "Bürgermeister Jens Vollrath schwieg. „Hier wird die Stadt wie ein Familienbetrieb "
        "geführt“ Das sagte die Fraktionschefin der Grünen, Merle Ostendorp, der Zeitung. "
        "„Der Zug ist aus den Schienen gesprungen“ So schilderte es Polizeisprecher Reto "
        "Caduff."
    )
    assert [s for _, s in speakers(text)] == ["Merle Ostendorp", "Reto Caduff"]


def test_a_name_after_an_attribute_phrase_and_a_role_is_the_inverted_subject() -> None:
    text = (
        "„Solange das Wasser fehlt, bleibt die Grenze unruhig“, sagte der in Bischkek lebende "
        "Konfliktforscher Aibek Dschumabajew der „Neuen Zürcher Zeitung“."
    )
    assert [s for _, s in speakers(text)] == ["Aibek Dschumabajew"]


def test_a_surname_led_by_a_particle_of_two_words_after_the_verb_is_the_subject() -> None:
    text = (
        "Lindqvist wies die Vorwürfe über seine Anwältin Marijke van der Heuvel zurück. Ihr "
        "Mandant habe „nie eine verbotene Substanz“ genommen, sagte van der Heuvel der Agentur."
    )
    assert [s for _, s in speakers(text)] == ["Marijke van der Heuvel"]


def test_a_body_after_der_and_an_adjective_in_en_is_told_not_speaking() -> None:
    text = (
        "Kerstin Wohlfahrt aus Gütersloh, die mit ihrer Familie auf Kreta Urlaub macht, "
        "erzählte der Deutschen Presse-Agentur: „Erst hat es nur gerumpelt, dann fielen die "
        "Gläser aus dem Schrank.“"
    )
    assert [s for _, s in speakers(text)] == ["Kerstin Wohlfahrt"]


def test_a_conference_of_ministers_or_pupils_is_a_body_not_the_last_person() -> None:
    text = (
        "Die Vorsitzende der GEW, Helga Brandauer, sagte: „Die Lehrkräfte sind allein.“ "
        "„Wir wollen einheitliche Regeln in allen Ländern“, erklärte die "
        "Landesschülervertretung. „Die Länder handeln gemeinsam“, teilte die "
        "Kultusministerkonferenz mit."
    )
    assert [s for _, s in speakers(text)] == [
        "Helga Brandauer",
        "Landesschülervertretung",
        "Kultusministerkonferenz",
    ]


def test_an_acronym_in_brackets_after_a_bodys_name_names_that_body() -> None:
    text = (
        "Die Hilfsorganisation Ärzte ohne Grenzen (MSF) mahnte zur Eile. „Jeder Tag ohne "
        "Waffenruhe kostet Leben“, teilte MSF mit. Die Grünen-Politikerin Jana Roth (SPD) "
        "widersprach."
    )
    assert [s for _, s in speakers(text)] == ["Ärzte ohne Grenzen"]


def test_an_austrian_press_release_is_issued_by_the_body_named_before() -> None:
    text = (
        "Der Alpenverein Kärnten (AVK) lehnte das Projekt ab. Die Interessengemeinschaft "
        "Windkraft Österreich nutzte den Anlass für Kritik. Die Verfahren dauerten „viel zu "
        "lange“, hieß es in einer Aussendung."
    )
    assert [s for _, s in speakers(text)] == ["Interessengemeinschaft Windkraft Österreich"]


def test_an_acronym_spelling_compound_heads_and_hyphenated_parts_names_the_phrase() -> None:
    text = (
        "Der Bundesvereinigung selbständiger Handwerker (BVSH) gehen die Pläne nicht weit "
        "genug. „Die Kommission ist vor den Konsequenzen zurückgeschreckt“, erklärte der "
        "Verband. Der Sparkassen- und Giroverband Rheinland-Pfalz (SGVRP) begrüßte den Schritt. "
        "„Größere Einheiten sichern die Versorgung in der Fläche“, teilte der SGVRP mit."
    )
    assert [s for _, s in speakers(text)] == [
        "Bundesvereinigung selbständiger Handwerker",
        "Sparkassen- und Giroverband Rheinland-Pfalz",
    ]


def test_a_medium_told_in_the_dative_before_the_verb_is_no_subject() -> None:
    text = (
        "Außenministerin Tamar Ben-Ami wies die Forderungen zurück. Der Zeitung „Haaretz“ "
        "sagte die Politikerin am Rande der Gespräche, man verhandle „mit offenen Augen“."
    )
    assert [s for _, s in speakers(text)] == ["Tamar Ben-Ami"]


def test_a_genitive_place_before_the_role_of_an_apposed_name_is_no_name() -> None:
    text = (
        "„Bund und Länder sind handlungsfähig“, sagte der Vorsitzende der "
        "Innenministerkonferenz (IMK), Hamburgs Innensenator Jan-Ole Brodersen (SPD), am "
        "Freitag."
    )
    assert [s for _, s in speakers(text)] == ["Jan-Ole Brodersen"]


def test_a_body_kind_noun_after_an_adjective_is_no_part_of_the_bodys_name() -> None:
    text = (
        "An der Suche beteiligte sich das Schiff der deutschen Hilfsorganisation Nordlicht "
        "Rescue. Die Organisation sprach in einer Mitteilung von einem „vermeidbaren "
        "Sterben“."
    )
    assert [s for _, s in speakers(text)] == ["Nordlicht Rescue"]


def test_a_person_from_a_body_after_a_particle_is_named_without_the_body() -> None:
    text = (
        "Zhao Minghui von der Chinesischen Gesellschaft für Wildtierschutz sagte dem Sender "
        "CCTV, die Geburt sei „ein schönes Symbol der Freundschaft“."
    )
    assert [s for _, s in speakers(text)] == ["Zhao Minghui"]


def test_a_ministrys_name_keeps_the_nouns_coordinated_in_its_remit() -> None:
    text = (
        "„Wir stellen alle Unterlagen zur Verfügung“, teilte das Bundesministerium für Wirtschaft "
        "und Klimaschutz mit."
    )
    assert [s for _, s in speakers(text)] == ["Bundesministerium für Wirtschaft und Klimaschutz"]


def test_known_bodies_with_lower_case_words_keep_their_whole_name_and_region() -> None:
    text = (
        "Kritik kam vom Bund der Steuerzahler Sachsen-Anhalt. „Das ist Verschwendung“, "
        "erklärte der Verband. Der Bund der Steuerzahler (BdSt) rechnete nach. „Jeder "
        "zehnte Euro geht in Zinsen“, erklärte der BdSt. „Die Minister überbieten sich“, "
        "kritisierte Pro Asyl."
    )
    assert [s for _, s in speakers(text)] == [
        "Bund der Steuerzahler Sachsen-Anhalt",
        "Bund der Steuerzahler",
        "Pro Asyl",
    ]


def test_a_known_body_name_after_its_kind_noun_is_named_though_no_run_kept_it() -> None:
    text = (
        "Die Verbände reagierten gespalten. Der Eigentümerverband Haus & Grund warnte vor "
        "Verunsicherung. „Viele Eigentümer wissen nicht, was sie tun müssen“, teilte der "
        "Verband mit."
    )
    assert [s for _, s in speakers(text)] == ["Haus & Grund"]


def test_compounds_of_abgeordnete_and_verordnete_are_roles() -> None:
    text = (
        "Die FDP-Stadtverordnete Ilvy Terhaag warf der Stadtspitze Versäumnisse vor. "
        "Sie verwies auf einen Bericht: „Darin wurde schon 2022 gewarnt.“ Der "
        "CDU-Landtagsabgeordnete Jens Ruppelt widersprach. „Das reicht nicht“, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Ilvy Terhaag", "Jens Ruppelt"]


def test_liess_verbreiten_is_a_cue_and_sie_with_a_plural_verb_is_they() -> None:
    text = (
        "„Wir haben dieses Spiel auf dem Platz gewonnen“, ließ Klubpräsident Dragan Ilić über "
        "die Vereinswebsite verbreiten. Die beiden, Femke de Jong und Sjoerd Bakker aus "
        "Utrecht, bedankten sich. „Wir sind unendlich dankbar“, sagten sie der Zeitung."
    )
    assert [s for _, s in speakers(text)] == [
        "Dragan Ilić",
        "Femke de Jong and Sjoerd Bakker",
    ]


def test_a_bodys_complement_may_open_with_lower_case_adjectives() -> None:
    text = (
        "Die Gesellschaft für bedrohte Völker kritisierte das Urteil. „Das ist ein schwarzer "
        "Tag“, erklärte die Gesellschaft. „Die Parteien sollten nicht selbst entscheiden“, "
        "erklärte das Bündnis für faire Wahlen Sachsen-Anhalt."
    )
    assert [s for _, s in speakers(text)] == [
        "Gesellschaft für bedrohte Völker",
        "Bündnis für faire Wahlen Sachsen-Anhalt",
    ]


def test_a_sentences_subject_is_found_before_its_colon() -> None:
    text = (
        "Der Kommandant Sergio Malfatti sagte: „Wir haben alles getan.“ Einsatzleiterin "
        "Wiebke Oltmanns-Diallo erhob schwere Vorwürfe gegen die Behörden: Ihr Schiff sei "
        "stundenlang festgehalten worden. „Wir hätten viel früher dort sein können.“"
    )
    assert [s for _, s in speakers(text)] == ["Sergio Malfatti", "Wiebke Oltmanns-Diallo"]


def test_a_person_reported_about_in_the_subjunctive_is_no_antecedent_of_sie() -> None:
    text = (
        "Ministerpräsident Sascha Quade zollte der Ministerin Respekt. „Sie hat viel "
        "geleistet“, sagte Quade.\n\nDie Fraktionschefin der Grünen, Hanna Mbeki-Rausch, "
        "kritisierte, der Rücktritt komme „zu spät“. Quade habe die Ministerin noch gestützt. "
        "„Er hat viel zu lange an ihr festgehalten“, sagte sie dem Rundfunk."
    )
    assert [s for _, s in speakers(text)][-1] == "Hanna Mbeki-Rausch"


def test_a_body_anaphor_means_the_body_just_described_not_a_compound_named_earlier() -> None:
    text = (
        "Das geht aus einem Bericht des Welternährungsprogramms (WFP) und der Ernährungs- und "
        "Landwirtschaftsorganisation der Vereinten Nationen (FAO) hervor. Die Deutsche "
        "Kinderhilfe forderte mehr Geld. „Hunger ist kein Naturereignis“, erklärte die "
        "Organisation in Bonn."
    )
    assert [s for _, s in speakers(text)] == ["Deutsche Kinderhilfe"]


def test_a_name_after_an_elided_compound_role_is_the_inverted_subject() -> None:
    text = (
        "„Die Einlagen der Sparer sind sicher“, sagte Italiens Wirtschafts- und Finanzminister "
        "Vittorio Lanzafame in Rom. Die Regierung werde „alles Notwendige“ tun."
    )
    assert [s for _, s in speakers(text)] == ["Vittorio Lanzafame", "Vittorio Lanzafame"]


def test_a_cup_named_after_a_person_is_nobody() -> None:
    text = (
        "Marlene Oberhuber hatte 2019 das Halbfinale erreicht und stand zweimal im Finale des "
        "Billie Jean King Cups. Seit einer Hüftoperation kam sie jedoch bei keinem Turnier "
        "mehr weiter. Im Gespräch mit der Zeitung erzählte sie, sie habe danach „im "
        "Hotelzimmer gesessen und geweint“."
    )
    assert [s for _, s in speakers(text)] == ["Marlene Oberhuber"]


def test_a_verb_inside_the_reported_clause_of_the_sentence_before_is_no_cue() -> None:
    text = (
        "Verkehrsminister Alois Brandlhuber (CSU) wies die Vorwürfe zurück. Der frühere "
        "Geschäftsführer, Jörg Wiesenhütter, hatte dagegen ausgesagt, das Ministerium habe "
        "auf eine Unterschrift gedrängt. „Man wollte unbedingt vor dem Urteil unterschreiben.“"
    )
    assert [s for _, s in speakers(text)] == ["Jörg Wiesenhütter"]


def test_a_quoted_noun_phrase_after_a_subjunctive_copula_is_speech_not_a_title() -> None:
    text = (
        "Die Innenministerin Ilse Brandauer-Kurz (Linke) sagte dem MDR, Teile der Beschlüsse "
        "seien „Symbolpolitik auf dem Rücken von Familien“."
    )
    assert speakers(text) == [
        ("Symbolpolitik auf dem Rücken von Familien", "Ilse Brandauer-Kurz")
    ]


def test_a_registered_association_keeps_its_dotted_legal_form() -> None:
    text = (
        "Der Verein Sahelbrunnen e.V. zog seine Helfer ab. „Die Sicherheit unserer "
        "Mitarbeiter geht vor“, teilte der Verein mit."
    )
    assert [s for _, s in speakers(text)] == ["Sahelbrunnen e.V."]


def test_a_number_word_opening_a_sentence_opens_no_name() -> None:
    text = (
        "„Wir haben es mit einer straff organisierten Bande zu tun“, sagte Oberstaatsanwältin "
        "Ulrike Brettschneider. Acht Verdächtige wurden festgenommen. „Die Täter kennen keine "
        "Skrupel“, fügte sie hinzu."
    )
    assert [s for _, s in speakers(text)] == ["Ulrike Brettschneider", "Ulrike Brettschneider"]


def test_a_title_written_in_full_ends_a_sentence_and_a_glued_period_too() -> None:
    # the light splitter (no sentences layer): "Papst." is no abbreviation, and scraped text
    # that lost a paragraph break ("Papst.Der") still has a sentence end there, so the
    # person named as the subject of the sentence before the quotation says it
    for gap in (" ", ""):
        text = (
            "„Ich bin zu alt für das Amt“, sagte der Papst." + gap + "Der ältere Bruder des "
            "Papstes, Georg Klein, war seit langem eingeweiht. „Mein Bruder wünscht sich "
            "im Alter mehr Ruhe.“"
        )
        assert speakers(text)[1] == (
            "Mein Bruder wünscht sich im Alter mehr Ruhe.",
            "Georg Klein",
        ), gap



def test_a_preposition_opening_a_sentence_opens_no_name() -> None:
    # "Wegen Lieferproblemen" is no name, so no subject: the quotation goes to the person
    # named as the subject after the last quotation, not to the last speaker
    text = (
        "„Heute beginnt das Ende des Dieselzeitalters“, sagte Verkehrsministerin Gerlinde "
        "Sauer bei der Jungfernfahrt.\n\nGeschäftsführer Torsten Villa räumte ein, dass der "
        "Start holprig gewesen sei. Wegen Lieferproblemen beim Wasserstoff hatte sich die "
        "Inbetriebnahme um fast ein Jahr verzögert. „Wir haben in den vergangenen Monaten "
        "viel gelernt, auch über unsere eigenen Fehler.“"
    )
    assert speakers(text)[1][1] == "Torsten Villa"


def test_a_capitalised_adjective_after_a_bodys_noun_and_genitive_is_the_bodys_name() -> None:
    text = (
        "Auch der Börsenverein des Deutschen Buchhandels äußerte Unbehagen. In einer "
        "Stellungnahme hieß es, eine Buchmesse müsse „ein Ort sein, an dem auch unbequeme "
        "Stimmen gehört werden“. Später sprach das Verteidigungsministerium der Vereinigten "
        "Staaten von einem „rein defensiven Einsatz der Truppen“."
    )
    assert [s for _, s in speakers(text)] == [
        "Börsenverein des Deutschen Buchhandels",
        "Verteidigungsministerium der Vereinigten Staaten",
    ]


def test_es_before_the_inverted_subject_is_its_object_not_the_subject() -> None:
    # "formulierte es der Vorsitzende …, X": the person named after "es" is the sentence's
    # subject, whom the next quotation with no cue continues; "es dem Staat" stays an object
    text = (
        "Verlegerin Hanna Dyck sagte: „Wenn die Messe einknickt, tun wir es nicht.“\n\n"
        "Schärfer formulierte es der Vorsitzende der Vereinigung freier Autorinnen und "
        "Autoren (VfAA), Jakub Nowak. „Sicherheitsbedenken sind das bequemste Argument, "
        "das es gibt. Man muss es nie beweisen.“"
    )
    assert speakers(text)[1][1] == "Jakub Nowak"


def test_a_municipality_and_a_capitalised_adjective_with_its_noun_name_bodies() -> None:
    # "die Landeshauptstadt Hannover" is a body, no person "Hannover" with a role; "des
    # Auswärtigen Amtes" keeps its noun, and names the Auswärtiges Amt
    text = (
        "Der Tierschutzbund sagte: „Wir sind am Ende unserer Kräfte.“ In einer schriftlichen "
        "Stellungnahme der Landeshauptstadt Hannover hieß es: „Wir sind mit dem Verein im "
        "Gespräch über eine Anpassung der Pauschale.“\n\nDie Krankheit gilt nach Aussagen des "
        "Auswärtigen Amtes als die „weltweit häufigste durch Mücken übertragene Infektion“."
    )
    assert [s for _, s in speakers(text)] == [
        "Tierschutzbund",
        "Landeshauptstadt Hannover",
        "Auswärtiges Amt",
    ]


def test_a_capitalised_title_adjective_and_a_role_are_a_role_not_a_name() -> None:
    text = (
        "Die Parlamentarische Staatssekretärin im Gesundheitsministerium, Henrike Alden, "
        "verteidigte die Pläne. „Wir haben erlebt, dass Patienten nach drei Minuten ein "
        "Rezept bekommen haben“, sagte sie. Das Auswärtige Amt erklärte: „Wir prüfen das.“"
    )
    assert [s for _, s in speakers(text)] == ["Henrike Alden", "Auswärtiges Amt"]


def test_a_pronoun_subject_for_a_person_named_since_the_last_quote_takes_the_follow_on() -> None:
    text = (
        "Der Deutsche Skiverband (DSV) sprach nach dem Rennen von einem »Mutmacher für die "
        "ganze Mannschaft«.\n\nAm Sonntag steht die Verfolgung an, Lena Brand geht dort als "
        "Erste ins Rennen. Verrückt machen lassen will sie sich davon nicht. »Ich gehe da "
        "raus wie heute. Spaß haben, sauber schießen, und dann schauen wir mal.«"
    )
    assert speakers(text)[1][1] == "Lena Brand"


def test_a_document_opening_the_clause_keeps_its_genitive_body_past_a_bracketed_acronym() -> None:
    text = (
        "Der Fahrer sagte: „Plötzlich gab es einen Knall.“\n\nIn einer Mitteilung des "
        "Landesamts für Straßenbau und Verkehr Thüringen (LSVT) hieß es: „Die Brücke wurde "
        "zuletzt im Frühjahr einer Sichtprüfung unterzogen.“"
    )
    assert speakers(text)[1][1] == "Landesamt für Straßenbau und Verkehr Thüringen"


def test_an_elided_compound_document_after_an_impersonal_cue_is_the_subject_bodys() -> None:
    # "Reise- und Sicherheitshinweisen" is one document noun phrase, and no body: the body
    # the sentence before names as its subject issued it
    text = (
        "Das Auswärtige Amt riet Reisenden, das Gebiet weiträumig zu meiden. „Folgen Sie "
        "unbedingt den Anweisungen der lokalen Behörden“, hieß es in den aktualisierten "
        "Reise- und Sicherheitshinweisen."
    )
    assert speakers(text)[0][1] == "Auswärtiges Amt"


def test_a_named_broadcaster_quoting_after_a_time_phrase_quotes_the_object() -> None:
    # "zitierte der Sender RÚV am Morgen die Vulkanologin X": the medium (a title noun and
    # its name), a short time phrase, then the person quoted; "-ologin" makes a role
    text = (
        "„Das ist der heftigste Ausbruch in dieser Serie, zumindest in den ersten Stunden.“ "
        "Mit diesen Worten zitierte der Sender RÚV am Morgen die Vulkanologin Sigrún "
        "Haf vom Wetteramt."
    )
    assert [s for _, s in speakers(text)] == ["Sigrún Haf"]


def test_a_firm_noun_before_a_company_with_its_legal_form_is_its_kind_not_its_name() -> None:
    text = (
        "Die Betreiberfirma Elbe Container Terminal GmbH teilte mit: „Unsere Gedanken sind "
        "bei der Familie unseres Kollegen.“ Die Stadtwerke Lanzenau GmbH erklärten: „Wir "
        "prüfen den Vorfall.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Elbe Container Terminal GmbH",
        "Stadtwerke Lanzenau GmbH",
    ]


def test_a_club_is_named_in_the_strong_nominative() -> None:
    text = (
        "Der Allgemeine Deutsche Fahrrad-Club (ADFC) wertete das Votum als Signal. „Wenn eine "
        "Kleinstadt so entscheidet, kann sich keine Kommune mehr verstecken“, erklärte der ADFC."
    )
    assert speakers(text)[0][1] == "Allgemeiner Deutscher Fahrrad-Club"


def test_a_given_name_after_an_article_and_adjective_names_a_person() -> None:
    # "die neunjährige Lina" is a person, who speaks before the colon; "Luz" is a given name
    text = (
        "Das Ministerium verwies auf den Landkreis. Die Größen seien „seit Jahren bekannt“, "
        "hieß es in einer Stellungnahme.\n\nAuch die neunjährige Lina, die in Schopsdorf die "
        "dritte Klasse besucht, ergriff auf der Bühne das Wort: „Ich will nicht woandershin. "
        "Hier kenne ich alle.“ „Man hat uns gesagt, wir sollen nach Hause gehen“, sagte Luz "
        "Marina Quintana."
    )
    assert [s for _, s in speakers(text)][1:] == ["Lina", "Luz Marina Quintana"]


def test_an_elided_compound_part_opens_a_bodys_name_before_its_acronym() -> None:
    text = (
        "Die Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen (FAO) warnte "
        "vor einem Massensterben. „Für Hirtenfamilien ist das Vieh Bankkonto und "
        "Speisekammer zugleich“, hieß es in einer Mitteilung der FAO."
    )
    assert speakers(text)[0][1] == (
        "Ernährungs- und Landwirtschaftsorganisation der Vereinten Nationen"
    )


def test_a_body_and_the_state_in_the_genitive_after_it_are_one_name() -> None:
    text = (
        "Das Außenministerium der Republik Belarus kündigte „angemessene Gegenmaßnahmen“ an. "
        "Das Ministerium für Bildung des Landes Sachsen-Anhalt nannte die Regeln „seit Jahren "
        "bekannt“. Der Botschafter lebt in der Republik Belarus."
    )
    assert [s for _, s in speakers(text)] == [
        "Außenministerium der Republik Belarus",
        "Ministerium für Bildung des Landes Sachsen-Anhalt",
    ]


def test_more_subjunctive_verbs_mark_reported_speech_of_the_last_speaker() -> None:
    text = (
        "Ministeriumssprecher Jonas Kettel sagte in Berlin: „Wir sehen derzeit keine "
        "Notwendigkeit für neue Pakete. Die Märkte sind stabil.“ Einen Preisdeckel, wie ihn "
        "die Linke fordere, halte man für „das falsche Instrument“."
    )
    assert speakers(text)[1] == ("das falsche Instrument", "Jonas Kettel")


def test_a_pronoun_after_a_quoting_sentence_means_the_person_quoted_not_the_medium() -> None:
    text = (
        "„Das ist der heftigste Ausbruch in dieser Serie.“ Mit diesen Worten zitierte der "
        "Sender RÚV am Morgen die Vulkanologin Sigrún Haf vom Wetteramt. Die Menge sei "
        "„deutlich größer als bei den Eruptionen im Vorjahr“, sagte sie."
    )
    assert [s for _, s in speakers(text)] == ["Sigrún Haf", "Sigrún Haf"]


def test_an_italian_surname_particle_and_one_word_go_on_with_the_name_in_german_text() -> None:
    text = (
        "Festivaldirektor Alberto Ferrante di Castelnuovo zog eine positive Bilanz. Mehr "
        "Karten seien verkauft worden als je zuvor. „Venedig ist lebendiger denn je“, so "
        "Ferrante di Castelnuovo."
    )
    assert speakers(text)[0][1] == "Alberto Ferrante di Castelnuovo"


def test_a_body_and_a_region_after_it_in_the_genitive_are_one_name() -> None:
    text = (
        "Die Polizei der Region Liberec sprach von einer „friedlichen Versammlung ohne "
        "Zwischenfälle“."
    )
    assert speakers(text)[0][1] == "Polizei der Region Liberec"


def test_the_place_of_a_role_before_an_apposed_name_is_nobody() -> None:
    # "Der Bürgermeister von Wildflecken, X": Wildflecken is where, X holds the role, so
    # "der Bürgermeister" later means X; "ein Sprecher von Tesla" still speaks for Tesla
    text = (
        "Der Bürgermeister von Wildflecken, Matthias Grünewald, sagte der „Main-Post“: „Seit "
        "dem Wochenende wälzt sich der Verkehr durch den Ort.“ Er forderte ein Verbot. „Wir "
        "werden nicht zusehen, wie unser Ort zur Ausweichstrecke wird“, sagte der Bürgermeister."
    )
    assert [s for _, s in speakers(text)] == ["Matthias Grünewald", "Matthias Grünewald"]


def test_a_body_as_subject_of_reported_speech_after_a_quote_goes_to_the_last_speaker() -> None:
    text = (
        "Polizeisprecher Ronny Kasch sagte: „Wir gehen von einer professionell vorbereiteten "
        "Tat aus.“ Ob es Hinweise auf Mitwisser gebe, wollte er nicht sagen. Hinweise nehme "
        "die Polizei „rund um die Uhr“ entgegen."
    )
    assert speakers(text)[1] == ("rund um die Uhr", "Ronny Kasch")


def test_a_speech_verb_right_after_a_relative_pronoun_is_a_cue() -> None:
    # "Paul Kunz, der sagte: „…“": the relative pronoun is no article before a participle
    # ("die erklärte Absicht"), so the noun the clause hangs on speaks, not the sentence's subject
    text = (
        "Am Abend traf Anna Berg den Bürgermeister Paul Kunz, der sagte: „Wir sind bereit.“ "
        "„Die erklärte Absicht ist klar“, sagte sie."
    )
    assert [s for _, s in speakers(text)] == ["Paul Kunz", "Anna Berg"]


def test_a_medium_after_the_verb_in_the_dative_or_after_gegenueber_is_told_not_telling() -> None:
    text = (
        "Ein Freund der beiden, Joris van der Meulen, der die Gruppe am Morgen getroffen "
        "hatte, sagte dem niederländischen Sender NOS, seine Freunde seien „erfahrene "
        "Bergsteiger“ gewesen. Der Architekt Søren Holm, dessen Büro den Wettbewerb gewonnen "
        "hatte, wies gegenüber der Kopenhagener Zeitung „Politiken“ jede Verantwortung zurück. "
        "Die Planung sei „seit Jahren abgeschlossen“."
    )
    assert [s for _, s in speakers(text)] == ["Joris van der Meulen", "Søren Holm"]


def test_words_a_crowd_calls_out_are_quotations_of_the_crowd() -> None:
    # marks after ", die" hold the relative clause's object, not a name that speaks; an
    # exclamation called out is speech though every word is capitalised; the crowd is the
    # mention is the noun as written, with its number, and names nobody
    text = (
        "Vor der Botschaft versammelten sich etwa 150 Unterstützer, die „Freiheit für "
        "Bamenda!“ riefen. Am Werkstor standen Klimaaktivisten, die „Kohle stoppen, jetzt!“ "
        "skandierten und einen schnelleren Ausstieg forderten."
    )
    assert spans(text) == [
        ("Freiheit für Bamenda!", None, "etwa 150 Unterstützer"),
        ("Kohle stoppen, jetzt!", None, "Klimaaktivisten"),
    ]


def test_marks_before_the_particle_of_a_separable_verb_hold_its_object() -> None:
    # "warf der Landesregierung „Planlosigkeit“ vor": no company named „Planlosigkeit“
    text = (
        "Der Architekt Søren Holm wies die Vorwürfe zurück. Die Opposition im Landtag warf "
        "der Landesregierung „Planlosigkeit“ vor."
    )
    assert speakers(text) == [("Planlosigkeit", "Opposition")]


def test_a_clause_opened_by_laut_has_its_subject_after_the_verb() -> None:
    text = (
        "Ihr Sprecher, Generalmajor Kyaw Min Htet, äußerte sich im Staatsfernsehen. Laut einer "
        "Übersetzung der Nachrichtenagentur Reuters sagte der General weiter: „Myanmar hat "
        "schon viele Sanktionen überstanden.“"
    )
    assert speakers(text)[0][1] == "Kyaw Min Htet"


def test_a_document_of_the_konzern_is_the_body_described_as_a_konzern() -> None:
    # the company's name runs on past "und" to its legal form; "des Konzerns" is the body
    # introduced as "Energiekonzern", not the broadcaster the sentence before is about
    text = (
        "Der Energiekonzern Lausitzer Braunkohle und Energie AG (LBE) will zwei Blöcke früher "
        "vom Netz nehmen. Das berichtete zuerst der Rundfunk Berlin-Brandenburg (RBB). „Mit "
        "Braunkohle ist kein Geld mehr zu verdienen“, hieß es in einer Mitteilung des Konzerns."
    )
    assert speakers(text)[0][1] == "Lausitzer Braunkohle und Energie AG"


def test_solange_opening_a_clause_and_a_name_apposed_to_a_role() -> None:
    # "Solange Konzerne …" is a conjunction, no person; a name no given-name list knows is a
    # person's when a person's role is apposed to it, so "die Aktivistin" means her
    text = (
        "Generalmajor Kyaw Min Htet sprach von Einmischung. Thandar Aung, Vorsitzende des "
        "Vereins Netzwerk Demokratie für Myanmar, sagte dem Evangelischen Pressedienst: „Das "
        "ist ein richtiger Schritt.“ Solange Konzerne aus Drittstaaten weiter Flugbenzin "
        "liefern dürften, bleibe „das Loch im Netz“ bestehen, so die Aktivistin."
    )
    assert [s for _, s in speakers(text)] == ["Thandar Aung", "Thandar Aung"]


def test_an_embassy_is_a_body_that_issues_statements() -> None:
    text = (
        "Der Minister dankte Deutschland in einem Interview mit dem ZDF. Die Botschaft der "
        "Russischen Föderation in Berlin reagierte mit einer schriftlichen Stellungnahme. Darin "
        "hieß es, Deutschland lasse sich „immer tiefer in den Konflikt hineinziehen“."
    )
    assert speakers(text)[0][1] == "Botschaft der Russischen Föderation"


def test_a_bare_noun_before_a_relative_clause_is_the_subject_as_written() -> None:
    # "Hunderte Streikende, die … gezogen waren, skandierten „…“": the strikers, not the
    # last person named
    text = (
        "Katrin Oltrogge sagte: „Das Angebot ist ein Schlag ins Gesicht.“ Hunderte Streikende, "
        "die mit Trillerpfeifen vor das Tor gezogen waren, skandierten „Wir sind es wert!“."
    )
    assert spans(text)[1] == ("Wir sind es wert!", None, "Streikende")


def test_a_definite_role_with_a_plural_verb_is_no_single_person_named_before() -> None:
    # "schrieben die Erpresser": many people; not the manager named in the sentence before
    text = (
        "Der Geschäftsführer Bernd Hasselmann bestätigte den Angriff. Dort schrieben die "
        "Erpresser: „Ihr habt sieben Tage Zeit.“"
    )
    assert spans(text)[0][1:] == (None, "die Erpresser")


def test_a_role_phrase_ending_in_a_name_before_a_relative_clause_is_that_person() -> None:
    text = (
        "Ministerpräsident Hartmut Leineweber trat zurück. Die FDP-Landesvorsitzende Svenja "
        "Rautenberg-Kühl, die das Paket im Februar noch als „tragfähigen Kompromiss“ bezeichnet "
        "hatte, warf ihm nun vor, die Koalition gegen die Wand gefahren zu haben."
    )
    assert speakers(text)[0][1] == "Svenja Rautenberg-Kühl"


def test_a_hyphenated_given_name_makes_a_person_a_role_later_refers_to() -> None:
    text = (
        "Der Landrat des Kreises Nordfriesland, Jörn-Ole Brodersen, sagte dem NDR, die Deiche "
        "hätten gehalten. „Wir hatten Glück“, sagte der Landrat."
    )
    assert speakers(text)[0][1] == "Jörn-Ole Brodersen"


def test_a_lower_case_programme_name_after_a_title_noun_is_no_quotation() -> None:
    text = (
        "Die Direktorin der Niederlassung, Cornelia Wißkirchen-Baum, sagte in der Sendung "
        "„hessenschau“ des Hessischen Rundfunks: „Wir hatten keine Wahl.“"
    )
    assert speakers(text) == [("Wir hatten keine Wahl.", "Cornelia Wißkirchen-Baum")]


def test_a_hilfswerk_is_a_body_that_writes() -> None:
    text = (
        "Florian Achterberg nahm teil. Deutschland werde die Regeln „fristgerecht“ umsetzen, "
        "sagte er. Auf seiner Website schrieb das Flüchtlingshilfswerk der Vereinten Nationen "
        "(UNHCR): „Grenzverfahren dürfen nicht zu monatelanger Inhaftierung führen.“"
    )
    assert speakers(text)[1][1] == "Flüchtlingshilfswerk der Vereinten Nationen"


def test_with_these_words_after_a_quotation_points_back_at_it() -> None:
    text = (
        "Der Abgeordnete Maximilian von Rettenbach sagte: »Ich bin fassungslos.«\n\n»Die "
        "Behauptungen sind völlig haltlos.« Mit diesen Sätzen reagierte der Sprecher der "
        "chinesischen Botschaft in Berlin, Wen Haoyu, in einer schriftlichen Stellungnahme."
    )
    assert [s for _, s in speakers(text)] == ["Maximilian von Rettenbach", "Wen Haoyu"]


def test_a_role_of_an_elided_compound_body_makes_the_apposed_name_a_person() -> None:
    # "Der Hauptgeschäftsführer der Industrie- und Handelskammer X, Ansgar Lindqvist": his
    # role, so "er" in the next sentence is he, not the speaker before
    text = (
        "Timo Rehbein sagte: „Das kann so nicht weitergehen.“ Der Hauptgeschäftsführer der "
        "Industrie- und Handelskammer Kassel-Marburg, Ansgar Lindqvist, warnte vor den Folgen. "
        "Mit den Worten „Jeder Tag Sperrung kostet Geld“ forderte er Hilfe."
    )
    assert [s for _, s in speakers(text)] == ["Timo Rehbein", "Ansgar Lindqvist"]


def test_the_bodys_spokeswoman_as_a_compound_is_the_one_named_before() -> None:
    # "die Bahnsprecherin" after "Eine Sprecherin der Deutschen Bahn, Leonie X": her;
    # "ein Bahnsprecher" with nobody named stays the Bahn
    text = (
        "Eine Sprecherin der Deutschen Bahn, Leonie Caspari-Yılmaz, sagte, man wolle nicht "
        "vorgreifen. „Unsere Gedanken sind bei den Verletzten“, sagte die Bahnsprecherin."
    )
    assert speakers(text)[0][1] == "Leonie Caspari-Yılmaz"
    text = "Die Deutsche Bahn prüft. „Wir prüfen das“, sagte ein Bahnsprecher."
    assert speakers(text)[0][1] == "Deutsche Bahn"


def test_mit_den_worten_before_a_quotation_goes_to_the_subject_after_its_verb() -> None:
    text = (
        "Firmengründer Malte Oltmanns-Yilmaz trat vor die Presse. „Wir sind enttäuscht“, sagte "
        "er. Ein Fehler im Höhenmesser gilt als Ursache. Mit den Worten „Heute war nicht unser "
        "Tag, aber es wird unser Jahrzehnt“ verabschiedete sich der 41-Jährige später von "
        "seinen Beschäftigten."
    )
    found = quotes(text)[1][1]
    assert found["speaker"] == "Malte Oltmanns-Yilmaz"
    assert text[slice(*found["speaker_span"])] == "der 41-Jährige"


def test_a_ministers_portfolio_listed_with_commas_is_part_of_the_role_before_the_name() -> None:
    # "Der Staatsminister für Wirtschaft, Arbeit und Verkehr, Ronny X,": his role, so "der
    # Minister" later means him; the sentence's subject is the person apposed to the role
    text = (
        "Yvonne Leistikow sprach. Der sächsische Staatsminister für Wirtschaft, Arbeit und "
        "Verkehr, Ronny Pfefferkorn, sprach von einem „schwarzen Tag“. „Wir kämpfen“, so der "
        "Minister. Eine Sprecherin der Bahn, Leonie Caspari, sagte: „Wir prüfen.“ Die "
        "Ministerin für Wirtschaft, Verkehr und Bauen, Katrin Sommerfeld, besuchte die "
        "Unfallstelle. „Die Rettungskräfte haben Großartiges geleistet.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Ronny Pfefferkorn",
        "Ronny Pfefferkorn",
        "Leonie Caspari",
        "Katrin Sommerfeld",
    ]


def test_an_embassy_takes_a_country_after_it_and_a_crowd_names_nobody() -> None:
    text = "Die Botschaft Varossiens hatte von einer „Provokation“ gesprochen."
    assert speakers(text) == [("Provokation", "Botschaft Varossiens")]
    text = "Die Premiere war gestört. Mehrere Zuschauer riefen „Aufhören!“"
    assert spans(text)[0][1:] == (None, "Mehrere Zuschauer")


def test_the_object_of_a_quoting_verb_is_quoted_also_as_sie_or_after_a_plural_verb() -> None:
    text = (
        "Die Sprecherin der CDU-Fraktion, Petra Lindqvist-Hauser, forderte eine Sitzung. Die "
        "Nachrichtenagentur dpa zitierte sie mit den Worten „Das ist Provokation.“ Die "
        "Innenministerin Birte Carstensen-Ohm kündigte Hilfen an. Mit den Worten „Das Land lässt "
        "die Kommunen nicht im Stich“ zitierten die „Kieler Nachrichten“ die Ministerin."
    )
    assert [s for _, s in speakers(text)] == ["Petra Lindqvist-Hauser", "Birte Carstensen-Ohm"]


def test_an_apposed_name_before_the_auxiliary_of_a_verb_bracket_is_the_subject() -> None:
    text = (
        "Der Vorstandsvorsitzende der Deutschen Bahn, Friedemann Achterberg, hatte die Pläne "
        "noch im Frühjahr als „Irrweg“ bezeichnet."
    )
    assert speakers(text) == [("Irrweg", "Friedemann Achterberg")]


def test_a_name_after_a_comma_that_opens_reported_speech_is_no_apposition() -> None:
    # "sagte die Titelverteidigerin, Harkensee sei „…“": the runner-up speaks about Harkensee
    text = (
        "Gold holte Jule Harkensee. Silber ging an die Australierin Tamsin O’Rourke-Bligh. Dem "
        "Sender ABC sagte die Titelverteidigerin, Harkensee sei „heute in einer anderen Welt "
        "geschwommen“."
    )
    assert speakers(text)[0][1] == "Tamsin O’Rourke-Bligh"


def test_an_earlier_document_is_found_by_its_noun_not_by_a_verb_spelled_like_it() -> None:
    # "berichtete" is no "Bericht"; and an "ß" before it (two letters when case-folded) must
    # not shift where the earlier document is looked for
    text = (
        "Die Straße war gesperrt. Das berichtete die Lehrerin Hanne Lie. Bereits 2019 hatte das "
        "Ingenieurbüro Fjellgeo AS in einem Gutachten gewarnt. In dem Bericht heißt es, Häuser "
        "seien „nur nach Stabilisierung vertretbar“."
    )
    assert speakers(text)[0][1] == "Ingenieurbüro Fjellgeo AS"


def test_a_legal_noun_after_a_bodys_place_name_is_no_part_of_the_name() -> None:
    # "hat die Staatsanwaltschaft Zweibrücken Anklage erhoben": the body is the prosecutors
    text = (
        "Nach Ermittlungen hat die Staatsanwaltschaft Zweibrücken Anklage gegen vier Personen "
        "erhoben. In einer Pressemitteilung der Behörde hieß es, die Angeschuldigten hätten "
        "„planmäßig und arbeitsteilig“ gehandelt."
    )
    assert speakers(text)[0][1] == "Staatsanwaltschaft Zweibrücken"


def test_a_definite_crowd_with_a_plural_verb_is_no_person_named_before() -> None:
    # "riefen die Demonstranten", "Die Demonstranten, die „…“ skandierten": a crowd, not the
    # last person named; a relative clause with a subject of its own says nothing of number
    for crowd in (
        "Vor einer Filiale riefen die Demonstranten: „Wir sind mehr wert!“",
        "Die Demonstranten, die „Wir sind mehr wert!“ skandierten, zogen weiter.",
    ):
        text = f"Kai Ahrens sagte: „Wir verhandeln.“ {crowd}"
        assert spans(text)[1][1] is None, crowd  # a crowd: nobody named
        assert spans(text)[1][2] in ("Demonstranten", "Die Demonstranten"), crowd
    text = (
        "Der Belgier Pieter Van den Broeck hat gewonnen. »Ich hatte Krämpfe«, sagte der Mann, "
        "den flämische Medien den »Kannibalen von Kortrijk« nennen, im Ziel."
    )
    assert speakers(text)[0][1] == "Pieter Van den Broeck"


def test_a_relative_clause_after_a_final_verb_hangs_on_the_noun_before_it() -> None:
    # "hatten etwa 50 Menschen demonstriert, die „…“ riefen": those people, not a follow-on
    text = (
        "„Wir brauchen Förderung“, sagte Festivalleiterin Henrike van Dolder. Vor dem Kino "
        "hatten am Freitag etwa 50 Menschen demonstriert, die „Kultur statt Werbefilme“ riefen."
    )
    found = quotes(text)[1][1]
    assert found["speaker"] is None  # people the text does not name
    assert text[slice(*found["speaker_span"])] == "Menschen"


def test_a_name_apposed_to_the_role_that_opens_the_sentence_is_a_persons() -> None:
    # no list knows "Nkosana" or "Cordula" as given names: the role before the name tells
    # ("Exekutivsekretär" is a role by its "-sekretär"), so "der Südafrikaner" is that person
    text = (
        "Die Konferenz endete. Der Exekutivsekretär des Sekretariats der Vereinten Nationen, "
        "Nkosana Dlamini-Hartley, zeigte sich enttäuscht. „Wir haben Fortschritte gemacht“, "
        "sagte der Südafrikaner zum Abschluss."
    )
    assert speakers(text) == [("Wir haben Fortschritte gemacht", "Nkosana Dlamini-Hartley")]
    text = (
        "Deutsche Hochschulen fallen zurück. Die Präsidentin der Rektorenkonferenz, Cordula "
        "Ebenhöh-Tanrıverdi, warnte. „Wir verlieren“, sagte die Juristin."
    )
    assert speakers(text)[0][1] == "Cordula Ebenhöh-Tanrıverdi"


def test_a_spokeswoman_of_a_ministry_with_a_long_name_is_the_one_apposed_to_it() -> None:
    # the ministry's name runs on in the genitive ("des Bundesministeriums für Ernährung und
    # Landwirtschaft"), and the role with it is Corinna Hadjidakis's, so "die Sprecherin" is her
    text = (
        "Eine Sprecherin des Bundesministeriums für Ernährung und Landwirtschaft, Corinna "
        "Hadjidakis, sagte, man nehme die Sorgen „sehr ernst“. „Der Minister ist bereit“, so "
        "die Sprecherin. Das Bundesministerium für Ernährung und Landwirtschaft schrieb: „Nein.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Corinna Hadjidakis",
        "Corinna Hadjidakis",
        "Bundesministerium für Ernährung und Landwirtschaft",
    ]


def test_a_broadcaster_is_a_body_and_told_so_the_next_quotation_stays_with_the_speaker() -> None:
    # "dem Sender Sky": a broadcaster (no person by its noun), told, not telling; the
    # quotation after goes on with the player
    text = (
        "Den Treffer erzielte der Rückraumspieler Miloš Đorđević. „Ich habe einfach geworfen“, "
        "sagte der 24-Jährige anschließend dem Sender Sky. „Als ich das Netz sah, war alles "
        "weg.“"
    )
    assert [s for _, s in speakers(text)] == ["Miloš Đorđević", "Miloš Đorđević"]
    text = (
        "Ein Freund der beiden, Joris van der Meulen, sagte dem niederländischen Sender NOS, "
        "seine Freunde seien „erfahrene Bergsteiger“ gewesen."
    )
    assert speakers(text) == [("erfahrene Bergsteiger", "Joris van der Meulen")]


def test_a_name_after_a_role_with_an_ordinal_is_a_persons_and_er_is_that_person() -> None:
    # "Der Erste Bevollmächtigte der IG Metall Zwickau, X,": a person, by the role (the
    # given name "Tjorven" is in no list) or by the given name ("Ronny")
    for given in ("Tjorven", "Ronny"):
        text = (
            "Insolvenzverwalter Friedemann Quast sprach von Interessenten. Der Erste "
            f"Bevollmächtigte der IG Metall Zwickau, {given} Schädlich-Kern, übte Kritik. Bei "
            "einer Versammlung wurde der Gewerkschafter deutlicher. „Die Kollegen zahlen die "
            "Zeche“, sagte er."
        )
        assert speakers(text)[0][1] == f"{given} Schädlich-Kern", given


def test_a_document_opening_the_sentence_speaks_for_the_body_in_its_genitive() -> None:
    # "Gutachten" and "Bescheid" are documents; the body in the genitive is the issuer, as the
    # compound it is or as the body named in full with it before; a relative clause opened
    # by a preposition may stand between the document and "heißt es"
    text = (
        "Die ARD berichtete über den Haushalt. Die Abgeordnete Leonie Brandhorst kritisierte "
        "die Kürzungen. In einem Bericht des Bundesrechnungshofes an den "
        "Haushaltsausschuss, über den das „Handelsblatt“ berichtete, heißt es, der Bund lebe "
        "„strukturell über seine Verhältnisse“."
    )
    assert speakers(text) == [("strukturell über seine Verhältnisse", "Bundesrechnungshof")]
    text = (
        "Die Athletics Integrity Unit (AIU) ermittelt. Im Bescheid der AIU, aus dem die "
        "„Süddeutsche Zeitung“ zitierte, heißt es, der Wert liege „deutlich oberhalb“."
    )
    assert speakers(text) == [("deutlich oberhalb", "Athletics Integrity Unit")]
    text = (
        "Das Landesamt für Denkmalpflege hat ein Verfahren eingeleitet. Der Bau sollte einem "
        "Wohn- und Geschäftsquartier weichen. In dem Gutachten des Landesamtes heißt es, das "
        "Gebäude sei „ein Zeugnis der Moderne“."
    )
    assert speakers(text) == [("ein Zeugnis der Moderne", "Landesamt für Denkmalpflege")]


def test_a_bodys_name_runs_over_its_genitive_when_an_acronym_in_brackets_follows() -> None:
    text = (
        "Der Bundesverband der Luftsicherheitsunternehmen (BDLS) nannte den Ausstand "
        "„unverhältnismäßig“. Der Chef des Bundesverbandes der Metall- und Stahlexporteure "
        "(BMSE), Fritz Kessenich, warnte. In einer Pressemitteilung des BMSE hieß es, man müsse "
        "„mäßigend einwirken“."
    )
    assert [s for _, s in speakers(text)] == [
        "Bundesverband der Luftsicherheitsunternehmen",
        "Bundesverband der Metall- und Stahlexporteure",
    ]


def test_a_bulletin_is_a_document_that_speaks_for_the_body_named_before() -> None:
    # "Im Lawinenbulletin vom Samstagmorgen hieß es": the institute's bulletin, not a day's
    text = (
        "Das WSL-Institut für Schnee- und Lawinenforschung SLF in Davos hatte die Stufe 3 "
        "ausgegeben. Im Lawinenbulletin vom Samstagmorgen hieß es, die Hänge seien „leicht "
        "auslösbar“."
    )
    assert speakers(text)[0][1] == "WSL-Institut für Schnee- und Lawinenforschung SLF"


def test_a_centre_compound_before_a_place_is_one_bodys_name() -> None:
    text = (
        "Wie das Landeshochwasserzentrum Sachsen auf seiner Website mitteilte, gilt die höchste "
        "Alarmstufe. Ein weiterer Anstieg sei „nicht auszuschließen“, schrieb die Behörde dort."
    )
    assert speakers(text)[0][1] == "Landeshochwasserzentrum Sachsen"


def test_a_company_described_by_a_compound_before_its_name_is_named_without_it() -> None:
    # "Das Biotechnologieunternehmen Vaxeon Therapeutics": the company is Vaxeon Therapeutics
    text = (
        "Das Biotechnologieunternehmen Vaxeon Therapeutics meldete Erfolge. In einer "
        "Pressemitteilung des Unternehmens hieß es: „Wir sind bereit.“"
    )
    assert speakers(text) == [("Wir sind bereit.", "Vaxeon Therapeutics")]


def test_a_list_of_places_in_a_role_is_no_name_and_the_name_after_it_is_apposed() -> None:
    # "für Berlin, Brandenburg und Sachsen, Ralf X": Brandenburg is an item of the role's
    # list, Ralf X the person apposed to the role
    text = (
        "Die IG Metall kündigte Widerstand an. „Wir werden kämpfen“, sagte der Bezirksleiter "
        "der IG Metall für Berlin, Brandenburg und Sachsen, Ralf Szymański, dem MDR. „Die "
        "Beschäftigten haben verzichtet.“ Später sagte der Bezirksleiter: „Wir bleiben.“"
    )
    assert [s for _, s in speakers(text)] == ["Ralf Szymański"] * 3


def test_a_known_given_name_before_another_given_name_opens_the_name() -> None:
    # "Abdirahman Hassan Nuur": a Somali given name, not a role before "Hassan"
    text = (
        "Besonders betroffen ist die Region Bay. Ihr Gouverneur, Abdirahman Hassan Nuur, sagte "
        "dem Sender BBC Somali, es sei schlimm. »Wir haben nichts mehr«, sagte der Gouverneur."
    )
    assert speakers(text)[0][1] == "Abdirahman Hassan Nuur"


def test_circles_in_a_place_name_nobody_and_no_place() -> None:
    # "Aus Regierungskreisen in Berlin hieß es": an unnamed source, not Berlin; a document
    # in a place is still its issuer's
    text = (
        "Jonas Weißenborn nannte den Einsatz „einen Tiefpunkt“. Aus Koalitionskreisen in "
        "Dresden hieß es dagegen, es gebe „keinen Anlass“."
    )
    found = quotes(text)[1][1]
    assert found["speaker"] is None
    assert text[slice(*found["speaker_span"])].startswith("Aus Koalitionskreisen")
    text = "Der Verband tagte. In einer Mitteilung des Verbands in Berlin hieß es: „Wir warnen.“"
    assert speakers(text)[0][1] == "Verband"


def test_a_body_whose_name_holds_a_preposition_is_the_origin_of_an_impersonal_cue() -> None:
    # "Aus dem Bundesministerium für Digitales und Verkehr hieß es": "für" is the name's,
    # so the phrase the cue follows opens at "Aus", not at "für"
    text = (
        "Der Bericht wurde am Montag bekannt. Aus dem Bundesministerium für Digitales und "
        "Verkehr hieß es, man werde ihn „sorgfältig auswerten“."
    )
    assert speakers(text)[0][1] == "Bundesministerium für Digitales und Verkehr"


def test_a_body_s_compound_in_the_genitive_issues_the_document_named_with_it() -> None:
    # "nach einem Bericht des Bundesrechnungshofs … Im Bericht heißt es": the compound in
    # the genitive is the body, though a lone German noun is only a weak name
    text = (
        "Der Investitionsrückstau ist nach einem Bericht des Bundesrechnungshofs deutlich "
        "größer als angenommen. Im Bericht heißt es, der Bund habe die Steuerung „über "
        "Jahrzehnte aus der Hand gegeben“."
    )
    assert speakers(text)[0][1] == "Bundesrechnungshof"


def test_a_document_whose_issuer_is_never_named_is_nobody_s_name() -> None:
    # "Im Bericht heißt es" with no report named before: a document is no speaker
    text = (
        "Es gibt Streit um die Bahn. Im Bericht heißt es, der Bund habe die Steuerung „über "
        "Jahrzehnte aus der Hand gegeben“."
    )
    assert spans(text) == [("über Jahrzehnte aus der Hand gegeben", None, "Im Bericht")]


def test_a_document_of_a_body_anaphor_is_the_compound_just_named() -> None:
    # "Skeptisch äußerte sich das Außenministerium … In einer Stellungnahme des Ministeriums
    # hieß es": the ministry's compound, not the agency named before it
    text = (
        "Das Ergebnis sei gut, sagte er laut der Nachrichtenagentur Armenpress. Skeptisch "
        "äußerte sich dagegen das Außenministerium, dessen Grenze nahe verläuft. In einer "
        "Stellungnahme des Ministeriums hieß es: „Ein Reaktor dieser Bauart bleibt eine "
        "Gefahr.“"
    )
    assert speakers(text)[0][1] == "Außenministerium"


def test_a_body_s_first_word_alone_after_an_impersonal_cue_is_the_body_in_full() -> None:
    # "hieß es vom Tierpark" after "Im Tierpark Cottbus": the body named before in full
    text = (
        "Im Tierpark Cottbus sind zwei Leoparden geboren worden. Die Direktorin sprach von "
        "Glück. Bis dahin bleibe das Gehege „aus Rücksicht auf die Mutter“ gesperrt, hieß es "
        "vom Tierpark."
    )
    assert speakers(text)[0][1] == "Tierpark Cottbus"


def test_a_spokesperson_of_a_body_s_compound_in_the_genitive_speaks_for_it() -> None:
    # "Ein Sprecher des Umweltministeriums": the ministry, not the body named before it
    text = (
        "Der Verband klagte. Ein Sprecher des Umweltministeriums in Hannover sagte, die "
        "Arbeiten sollten „unmittelbar nach dem Hochwasser“ beginnen."
    )
    assert speakers(text)[0][1] == "Umweltministerium"


def test_an_impersonal_verb_in_a_relative_clause_speaks_for_its_antecedent() -> None:
    # "den Tenor chinesischer Medien auf, in denen es … heißt, dass … „…“": "es … heißt"
    # is "heißt es" in a relative clause ("denen" is a relative pronoun), so the media the
    # clause hangs on are the source, not the last person
    text = (
        "Li Fei nannte die Bewegung illegal. Er griff damit den Tenor chinesischer Medien auf, "
        "in denen es zu den Protesten auch heißt, dass die Opposition nur ein „Papiertiger“ sei."
    )
    assert spans(text) == [
        ("Papiertiger", "Tenor chinesischer Medien", "den Tenor chinesischer Medien")
    ]
    # a relative clause's verb whose complement follows its comma keeps the quotation
    text = (
        "Vor dem Zechentor harrten Dutzende Angehörige aus, von denen einige der Werksleitung "
        "vorwarfen, sie „wie Vieh“ zu behandeln."
    )
    assert [q for q, _ in speakers(text)] == ["wie Vieh"]


def test_mit_den_worten_after_a_colon_goes_to_the_subject_after_the_verb() -> None:
    # "Lawrow reagierte gelassen: Mit den Worten „…“, richtete er …": the quotation's own
    # sentence names its speaker after the verb that follows it, past the colon's clause
    text = (
        "Der Außenminister Sergei Lawrow reagierte gelassen: Mit den Worten „Jetzt werden "
        "alle wichtigen Fragen in der G20 diskutiert“, richtete er seinen Blick auf einen "
        "größeren Kreis."
    )
    assert spans(text) == [
        ("Jetzt werden alle wichtigen Fragen in der G20 diskutiert", "Sergei Lawrow", "er")
    ]


def test_mit_den_worten_goes_to_the_subject_after_the_verb_past_its_article() -> None:
    text = (
        "Der Botschafter des Südsudan, Deng Akol Mayar, wies den Bericht zurück. Seine "
        "Regierung habe eigene Ermittlungen eingeleitet. Mit den Worten „Wir lassen uns nicht "
        "von außen belehren“ beendete der Diplomat seine Rede."
    )
    found = quotes(text)[0][1]
    assert found["speaker"] == "Deng Akol Mayar"
    assert text[slice(*found["speaker_span"])] == "Diplomat"


def test_a_place_adjective_and_a_role_are_no_name() -> None:
    # "Der New Yorker Anwalt der Erben, Daniel Rosenbaum,": a role, then the person
    text = (
        "Der New Yorker Anwalt der Erben, Daniel Rosenbaum, begrüßte die Entscheidung. „Es ist "
        "ein guter Tag, aber kein Grund zum Feiern“, sagte er der „New York Times“."
    )
    assert speakers(text)[0][1] == "Daniel Rosenbaum"


def test_mit_dieser_einschaetzung_points_back_at_the_quotation_before() -> None:
    text = (
        "Sein Sprecher Liang Wenhao sagte: „Wir fordern Zurückhaltung.“ „Formal ist das "
        "sauber, politisch ist es ein sehr deutliches Signal.“ Mit dieser Einschätzung "
        "zitierte der Bayerische Rundfunk die Friedensforscherin Henrike Maaß."
    )
    assert [s for _, s in speakers(text)] == ["Liang Wenhao", "Henrike Maaß"]


def test_plural_sie_after_a_crowd_is_no_single_person_named_before() -> None:
    # "Sie riefen" (plural verb) after a crowd: nobody named, not the last speaker
    text = (
        "Verbandspräsident Aleksander Nowicki bezeichnete die Lage als „ernst“. Vor dem "
        "Bauministerium demonstrierten am Nachmittag mehrere hundert Menschen. Sie riefen: "
        "„Heizen darf kein Luxus sein!“"
    )
    found = quotes(text)[1][1]
    assert found["speaker"] is None
    assert text[slice(*found["speaker_span"])] == "Sie"
    text = "Rita und Frank Oldroyd warteten. „Wir hoffen“, sagten sie."
    assert quotes(text)[0][1]["speakers"] == ["Rita Oldroyd", "Frank Oldroyd"]


def test_a_feminine_body_in_a_documents_genitive_is_its_issuer() -> None:
    # "In einer Pressemitteilung der Bundesanwaltschaft hieß es": a feminine genitive has no
    # ending; "-anwaltschaft" heads body compounds
    text = (
        "Die Bundesanwaltschaft hat einen Mitarbeiter festnehmen lassen. Der 41-jährige Thomas "
        "W. soll Informationen weitergegeben haben. In einer Pressemitteilung der "
        "Bundesanwaltschaft hieß es, er habe sich »spätestens im Frühjahr bereit erklärt«."
    )
    assert speakers(text)[0][1] == "Bundesanwaltschaft"


def test_a_verb_inside_reported_speech_does_not_take_the_quotation_from_its_reporter() -> None:
    # "sagte sie, ihre Partei habe … verlangt, sei aber „…“ worden": her words, not the
    # party's; a clause coordinated after the reported one has a verb of its own
    text = (
        "Die FDP-Landesvorsitzende Svenja Rautenberg-Kühl warf dem Regierungschef Vorsatz vor. "
        "Der „Mitteldeutschen Zeitung“ sagte sie, ihre Partei habe seit Wochen Nachbesserungen "
        "verlangt, sei aber „jedes Mal abgebügelt“ worden."
    )
    assert speakers(text) == [("jedes Mal abgebügelt", "Svenja Rautenberg-Kühl")]


def test_die_siegerin_is_the_woman_named_before_not_the_man_quoted_last() -> None:
    text = (
        "Beim Marathon hat der Kenianer Daniel Kiprotich Mutai einen Rekord aufgestellt. Bei "
        "den Frauen siegte die Äthiopierin Almaz Tesfaye Girma. „Ich wusste es“, sagte Mutai. "
        "Die Siegerin bei den Frauen sagte über einen Dolmetscher: „Ich widme diesen Sieg "
        "meiner Mutter.“"
    )
    assert [s for _, s in speakers(text)] == ["Daniel Kiprotich Mutai", "Almaz Tesfaye Girma"]


def test_a_body_compound_and_a_coordinated_name_before_an_acronym_are_one_name() -> None:
    text = (
        "Scharfe Kritik kam vom Bundesverband Güterkraftverkehr Logistik und Entsorgung (BGL). "
        "In einer Pressemitteilung sprach der Verband von einem „Frontalangriff auf den "
        "Mittelstand“."
    )
    assert speakers(text)[0][1] == "Bundesverband Güterkraftverkehr Logistik und Entsorgung"


def test_a_countrys_genitive_and_a_role_are_no_name_but_open_an_apposition() -> None:
    # "Nigerias Staatsminister für Erdölressourcen, Chukwuemeka X,": a role phrase, then the
    # person, whose given name no list knows
    text = (
        "Der Generalsekretär Tariq Al-Hamadani sagte: »Wir reagieren.« Nigerias Staatsminister "
        "für Erdölressourcen, Chukwuemeka Adebayo-Okafor, zeigte sich zufrieden. »Das ist ein "
        "gutes Ergebnis«, sagte er laut der Nachrichtenagentur AFP."
    )
    assert [s for _, s in speakers(text)] == ["Tariq Al-Hamadani", "Chukwuemeka Adebayo-Okafor"]


def test_a_source_clause_inserted_after_the_speakers_verb_does_not_take_the_quotation() -> None:
    text = (
        "Der Landesgeschäftsführer Jakob Hölscher sagte, wie die Nachrichtenagentur epd "
        "meldete: „Die Region muss jetzt selbst entscheiden.“"
    )
    assert speakers(text)[0][1] == "Jakob Hölscher"


def test_a_source_clause_after_the_medium_told_does_not_take_the_quotation() -> None:
    # "sagte dem französischen Auslandssender RFI, wie …": the medium told stands between
    # the speaker's verb and the source's clause
    text = (
        "Die Übergangsregierung reagierte verärgert. Außenminister Moussa Diarra-Keïta sagte "
        "dem französischen Auslandssender RFI, wie die Nachrichtenagentur AFP meldete: "
        "„Bamako ist sicher.“"
    )
    assert speakers(text)[0][1] == "Moussa Diarra-Keïta"


def test_a_statement_announced_before_a_quotation_is_its_owner_s() -> None:
    # "…, die am Abend eine Stellungnahme veröffentlichte. »…«": the relative clause's
    # antecedent (past the participle closing the clause before) issued the statement
    text = (
        "Leonie Faßbender berichtete, viele Patienten seien »stark ausgetrocknet« eingetroffen. "
        "Die Kantine wird von der Firma Mahlzeit & Mehr GmbH betrieben, die am Abend eine "
        "schriftliche Stellungnahme veröffentlichte. »Wir bedauern zutiefst, dass Mitarbeitende "
        "erkrankt sind, und unterstützen die Behörden.«"
    )
    assert [s for _, s in speakers(text)] == ["Leonie Faßbender", "Mahlzeit & Mehr GmbH"]
    # a statement not given announces nobody's words: the quotation goes on with her
    negated = text.replace("die am Abend eine schriftliche", "die bis zum Abend keine")
    assert [s for _, s in speakers(negated)] == ["Leonie Faßbender", "Leonie Faßbender"]


def test_a_relative_clause_closed_by_the_colon_leaves_the_main_verb_its_speaker() -> None:
    # "sagte der Serbe, der sich auf Englisch äußerte: „…“": the relative clause describes
    # the speaker; its verb is no cue of the medium named before
    text = (
        "Falcons-Cheftrainer Dragan Milosavljević sprach von einem „Sieg des Charakters“. "
        "Gegenüber dem Sender MagentaSport sagte der Serbe, der sich auf Englisch äußerte: "
        "„Wir waren tot, ehrlich gesagt. Aber diese Jungs geben nie auf.“"
    )
    assert [s for _, s in speakers(text)] == ["Dragan Milosavljević", "Dragan Milosavljević"]


def test_a_body_named_in_marks_after_a_preposition_is_no_subject() -> None:
    # "Anahit Petrosjan von der Umweltorganisation „Grüne Allianz“ sagte": the name in marks
    # stands in the phrase of "von", as it would without marks
    text = (
        "Anahit Petrosjan von der Umweltorganisation „Grüne Allianz“, die seit Jahren die "
        "Stilllegung fordert, sagte der Nachrichtenseite Eurasianet: „Die IAEO prüft, ob die "
        "Regeln eingehalten werden.“"
    )
    assert speakers(text)[0][1] == "Anahit Petrosjan"


def test_a_subordinate_clause_s_own_subject_speaks_not_the_main_clause_s() -> None:
    # "Während ihr Vorsitzender X die Abgeordneten als „…“ bezeichnete, verteidigte die
    # Abgeordnete Y …": the clause the quotation stands in has its subject after "Während"
    text = (
        "Die Regierungspartei zeigte sich gespalten. Während ihr Vorsitzender Jang Seok-ho die "
        "abtrünnigen Abgeordneten als „Verräter“ bezeichnete, verteidigte die Abgeordnete Han "
        "Eun-jeong aus Busan ihr Votum."
    )
    assert speakers(text) == [("Verräter", "Jang Seok-ho")]


def test_a_verb_in_a_main_clause_reported_after_the_medium_told_is_reported() -> None:
    # "sagte dem Hessischen Rundfunk, erste Befunde deuteten auf Salmonellen hin": the
    # verb after the comma is the report's, so the speaker's verb attributes the quotation
    text = (
        "Der Leiter des Gesundheitsamts, Tobias Reinhardt-Kühn, sagte dem Hessischen Rundfunk, "
        "erste Laborbefunde deuteten auf Salmonellen hin. „Wir haben Rückstellproben aus der "
        "Küche gesichert und warten auf die Ergebnisse.“"
    )
    assert speakers(text)[0][1] == "Tobias Reinhardt-Kühn"


def test_bystanders_and_a_trader_the_text_never_names_are_no_speakers() -> None:
    # "riefen Umstehende": a capitalised word no list knows, but people; "ein Händler" is
    # one trader, though "der Händler" may be a firm: neither is named
    text = (
        "Natalija Petruschenko wartete. Als die Männer ausstiegen, riefen Umstehende „Ruhm der "
        "Ukraine!“. „Alle sind zu Hause geblieben“, sagte ein Händler vom Bandim-Markt der "
        "Nachrichtenagentur AFP."
    )
    assert [s[1:] for s in spans(text)] == [(None, "Umstehende"), (None, "Händler")]


def test_an_observer_mission_of_a_named_union_is_the_body_that_reports() -> None:
    # "-mission" compounds are bodies (not a bare "Mission", a spacecraft's too): "In ihrem
    # Bericht heißt es" goes to the mission, not to the union its genitive names
    text = (
        "Minister Brian Chanda-Lungu warnte: „Die Opposition spielt mit dem Feuer.“\n\n"
        "Zurückhaltender äußerte sich die Beobachtermission der Afrikanischen Union. In ihrem "
        "vorläufigen Bericht heißt es, die Abstimmung sei „weitgehend friedlich“ verlaufen."
    )
    assert speakers(text)[1] == (
        "weitgehend friedlich",
        "Beobachtermission der Afrikanischen Union",
    )


def test_a_role_after_the_last_speaker_who_opened_the_sentence_before_is_that_speaker() -> None:
    # "X … bezeichnete es als „…“. „…“, sagte der 54-jährige Unternehmer": the subject of
    # the sentence before, though it spoke last, not the person named before it
    text = (
        "Präsident Joseph Mwansa siegte, sein Herausforderer Chileshe Bwalya-Nkonde erhielt 46 "
        "Prozent. Die Richterin Esther "
        "Mulenga-Phiri sagte: „Die Wahl war frei.“ Die Opposition sieht das anders. "
        "Bwalya-Nkonde, der von Unregelmäßigkeiten gesprochen hatte, bezeichnete das Ergebnis "
        "als „gestohlen“. „Wir haben Beweise“, sagte der 54-jährige Unternehmer."
    )
    assert [s for _, s in speakers(text)][1:] == ["Chileshe Bwalya-Nkonde"] * 2


def test_both_parts_of_an_interrupted_quotation_take_the_one_mention_between_them() -> None:
    text = (
        "Präsident Joseph Mwansa siegte, sein Herausforderer Chileshe Bwalya-Nkonde erhielt 46 "
        "Prozent. Die Richterin Esther Mulenga-Phiri sagte: „Die Wahl war frei.“ "
        "Bwalya-Nkonde bezeichnete das Ergebnis als „gestohlen“. „Wir haben Beweise“, sagte der "
        "54-jährige Unternehmer in einem Interview mit dem Sender BBC, „und diese Beweise legen "
        "wir dem Gericht vor.“"
    )
    assert [s for _, s in speakers(text)][1:] == ["Chileshe Bwalya-Nkonde"] * 3


def test_a_sourceless_hiess_es_goes_on_with_the_body_whose_words_came_last() -> None:
    # the body was named before the last quotation, which was its own words too
    text = (
        "Das Verteidigungsministerium der Russischen Föderation bestätigte den Austausch in einer "
        "Mitteilung. Die Soldaten würden zunächst in Belarus versorgt und dann „in medizinische "
        "Einrichtungen des Ministeriums“ gebracht. Weiter hieß es: „Allen Befreiten wird Hilfe "
        "geleistet.“"
    )
    assert [s for _, s in speakers(text)] == [
        "Verteidigungsministerium der Russischen Föderation"
    ] * 2


def test_ukrainian_given_names_in_german_transliteration_are_known() -> None:
    # "Natalija", "Switlana", "Serhij": so "sagte die 58-Jährige" is the woman named before
    text = (
        "Natalija Petruschenko, deren Sohn vermisst wird, sagte dem Sender Suspilne, sie komme "
        "zu jedem Austausch. „Diesmal war er wieder nicht dabei“, sagte die 58-Jährige."
    )
    assert speakers(text) == [("Diesmal war er wieder nicht dabei", "Natalija Petruschenko")]


def test_the_feminine_of_a_known_role_is_a_role() -> None:
    # "Die Betreiberin einer Strandbar an der Playa de Palma, Sabine Rothkegel,": a role
    # ("Betreiber" + "in"), so the apposed name, not the place, is the sentence's subject
    text = (
        "Auch auf Mallorca wird das Vorhaben verfolgt. Die Betreiberin einer Strandbar an der "
        "Playa de Palma, Sabine Rothkegel, sagte der „Mallorca Zeitung“, sie rechne mit "
        "Einbußen. „Ein Teil meiner Gäste wird ausweichen“, meinte sie."
    )
    assert speakers(text) == [("Ein Teil meiner Gäste wird ausweichen", "Sabine Rothkegel")]


def test_indonesian_given_names_are_known() -> None:
    text = (
        "Eine Sprecherin der BNPB, Ratna Dewi Kusumawardani, forderte die Bewohner auf, "
        "„auf keinen Fall“ in die Sperrzone zurückzukehren."
    )
    assert speakers(text) == [("auf keinen Fall", "Ratna Dewi Kusumawardani")]


def test_an_age_noun_after_the_verb_is_the_subject_before_the_medium_told() -> None:
    # "sagte der 24-Jährige dem Fernsehsender Sky": not "Sender Sky" as a role and its name
    text = (
        "Max Brettschneider reagierte mit Unverständnis. „Ich war klar vorne“, sagte der "
        "24-Jährige dem Fernsehsender Sky."
    )
    assert spans(text) == [("Ich war klar vorne", "Max Brettschneider", "der 24-Jährige")]


def test_an_auxiliary_opening_the_clause_after_a_quote_has_its_subject_after_it() -> None:
    # "„…“, hatte der 61-Jährige zuvor der Zeitung gesagt": the subject follows the
    # auxiliary; the newspaper before the participle is the one told
    text = (
        "Der Vater, Heinrich Sämann, verfolgte den Tag. Er wolle dem Angeklagten „einmal in die "
        "Augen sehen“, hatte der 61-Jährige zuvor der Zeitung gesagt."
    )
    assert spans(text) == [("einmal in die Augen sehen", "Heinrich Sämann", "der 61-Jährige")]


def test_an_ordinal_in_a_roles_complement_does_not_end_the_apposition() -> None:
    text = (
        "Die Anwältin Aylin Demirtaş sagte: „Nein.“ Als es zu Zwischenrufen kam, ermahnte die "
        "Vorsitzende Richterin der 2. Großen Strafkammer, Dorothea Wendland-Krause, die "
        "Zuschauer: „Ich verstehe jeden Schmerz in diesem Saal.“"
    )
    assert speakers(text)[1][1] == "Dorothea Wendland-Krause"


def test_a_counted_noun_before_the_auxiliary_is_the_subject_of_a_verb_bracket() -> None:
    # "Etwa vierzig Landwirte hatten die Straße blockiert und „…“ gerufen": the farmers (a
    # crowd, so nobody named), not the road and not the last speaker
    text = (
        "Der Sieger Jens De Smedt sagte: „Ich bin müde.“ Etwa vierzig Landwirte hatten die "
        "Straße blockiert und „Ohne Bauern kein Brot!“ gerufen."
    )
    assert spans(text)[1] == ("Ohne Bauern kein Brot!", None, "Landwirte")


def test_a_final_verb_after_a_phrase_of_place_closes_the_quotes_own_clause() -> None:
    # "Einige Zuschauer hätten „…“ in Richtung der Gästebank gerufen, berichtete die
    # Zeitung": the spectators called it out (a crowd: nobody named), the paper reported
    text = (
        "Der Sieger Jens De Smedt sagte: „Ich bin müde.“ Einige Zuschauer hätten danach „Schämt "
        "euch!“ in Richtung der Gästebank gerufen, berichtete die „Hessische/Niedersächsische "
        "Allgemeine“."
    )
    found = quotes(text)[1]
    assert found[0] == "Schämt euch!" and found[1]["speaker"] is None
    assert found[1]["cue"] == "gerufen"


def test_reported_speech_after_a_quote_goes_on_with_the_last_source() -> None:
    # "Eine Überwachung, die „…“, sei nur … zulässig": the subjunctive follows the quotation,
    # and the phrase before it names nobody, so the ruling quoted just before speaks on
    text = (
        "Das Bundesverfassungsgericht gab der Klage statt. In der Urteilsbegründung heißt es, "
        "der Gesetzgeber habe „weder den Anlass noch den Umfang hinreichend bestimmt“. Eine "
        "Überwachung, die „jeden trifft, der sich auf einem Marktplatz aufhält“, sei nur unter "
        "engen Voraussetzungen zulässig."
    )
    assert [s for _, s in speakers(text)] == ["Bundesverfassungsgericht"] * 2


def test_an_apposition_may_hold_an_article_adjectives_and_a_role_before_the_name() -> None:
    text = (
        "Minister Brian Chanda-Lungu warnte. Mit den Worten „Streitigkeiten gehören vor die "
        "Gerichte“ rief der Leiter der Mission, der frühere botswanische Außenminister Thabo "
        "Kgositsile-Moremi, die Parteien zur Mäßigung auf."
    )
    assert speakers(text)[0][1] == "Thabo Kgositsile-Moremi"


def test_signs_a_crowd_holds_up_are_nobodys_name() -> None:
    # "wo Anhänger Schilder … hochhielten und „…“ skandierten": "Schilder" read as a name
    # is what the crowd holds (crowd_documents), so nobody named speaks
    text = (
        "Whitacre trat in Cedar Rapids auf, wo Anhänger Schilder mit seinem Slogan hochhielten "
        "und immer wieder „Dale! Dale!“ skandierten."
    )
    assert speakers(text) == [("Dale! Dale!", None)]


def test_a_place_phrase_before_a_counted_crowd_is_not_its_noun_phrase() -> None:
    # "versammelten sich vor dem Rathaus rund 40 Demonstranten, die „…“ riefen": the crowd
    # the relative clause hangs on, not a phrase opened by "vor dem"
    text = (
        "Der Stadtrat Yusuf Demirkol sagte: „Wir prüfen das.“ Am Abend versammelten sich vor "
        "dem Rathaus rund 40 Demonstranten, die „Neuwahl jetzt!“ riefen."
    )
    assert spans(text)[1][:2] == ("Neuwahl jetzt!", None)


def test_a_crowd_in_the_plural_is_never_the_person_named_before() -> None:
    # "Die Demonstranten hielten … und skandierten „…“": many people, not the curator; but
    # "Die Demonstranten nannte er „…“": the plural before a verb in the singular is the
    # fronted object, and the pronoun after the verb speaks
    text = (
        "Der Kurator Tadeusz Kowalczyk sprach von einem „bedauerlichen Missverständnis“. Am "
        "Abend versammelten sich rund 300 Menschen. Die Demonstranten hielten Kopien der Fotos "
        "in die Höhe und skandierten „Kunst ist frei“."
    )
    assert speakers(text)[1] == ("Kunst ist frei", None)
    fronted = (
        "„Málaga wird es 2030 wieder tun“, sagte der Stadtrat Ignacio Ruiz de Velasco. Die "
        "Demonstranten nannte er „eine laute, aber kleine Minderheit“."
    )
    assert [s for _, s in speakers(fronted)] == ["Ignacio Ruiz de Velasco"] * 2


def test_a_counted_crowd_before_a_relative_clause_is_not_the_named_subject() -> None:
    # "Alvear trat vor Tausende Anhänger, die „…“ skandierten, und sprach von „…“": the
    # counted noun before the comma chants; the verb after "und" shares the sentence's subject
    text = (
        "Der Kandidat Rodrigo Alvear Quintana gewann die Wahl. Alvear trat noch in der Nacht "
        "in Guayaquil vor Tausende Anhänger, die „Presidente, presidente“ skandierten, und "
        "sprach von einem „historischen Tag für alle“."
    )
    assert speakers(text) == [
        ("Presidente, presidente", None),
        ("historischen Tag für alle", "Rodrigo Alvear Quintana"),
    ]


def test_a_place_described_by_a_noun_after_a_preposition_is_no_pronoun_s_antecedent() -> None:
    # "im Stadtteil Urfahr … Am Telefon soll er gesagt haben": no person is named, so "er"
    # names nobody, not the place's two capitalised words
    text = (
        "Ein Mann hat in Linz vier Menschen in einer Filiale der Bank Donautal im Stadtteil "
        "Urfahr in seiner Gewalt gehalten. Der Mann, laut Polizei Reinhold K., hatte 500.000 "
        "Euro gefordert. Am Telefon soll er den Verhandlern gesagt haben, er habe „nichts mehr "
        "zu verlieren“."
    )
    assert speakers(text) == [("nichts mehr zu verlieren", None)]


def test_a_quantity_pronoun_as_the_subject_is_somebody_unnamed() -> None:
    # "pfiffen Zuschauer, einige riefen „…“": some of them, no place or person named before;
    # but "Viele Eltern reagierten …" is a quantity before its noun, no pronoun
    text = (
        "Beim Start der Etappe in Bourg-d’Oisans pfiffen Zuschauer, einige riefen „Tricheurs!“ "
        "– Betrüger."
    )
    assert speakers(text) == [("Tricheurs!", None)]
    text = (
        "„Wir verschießen gerade unsere Reservemunition“, warnte der Kinderarzt Emre Yıldırım. "
        "Viele Eltern reagierten in seiner Praxis „verständlicherweise gereizt“."
    )
    assert [s for _, s in speakers(text)] == ["Emre Yıldırım", "Emre Yıldırım"]


def test_a_counted_crowd_before_a_place_phrase_is_the_relative_clause_s_noun() -> None:
    # "etwa 300 Menschen zu einer Mahnwache auf dem Domplatz, die „…“ skandierten": the
    # counted people chant, not the square
    text = (
        "Am Sonntagabend versammelten sich etwa 300 Menschen zu einer Mahnwache auf dem "
        "Domplatz, die „Schützt die Menschen, nicht die Täter!“ skandierten."
    )
    assert spans(text) == [("Schützt die Menschen, nicht die Täter!", None, "Menschen")]


def test_a_genitive_time_phrase_before_a_counted_crowd_is_not_its_noun_phrase() -> None:
    # "im Laufe des Vormittags mehrere Hundert Unterstützer, die „…“ skandierten": the
    # quantity opens the crowd's phrase, so "des" opens none
    text = (
        "Polizeisprecher Jochen Mattausch sprach von einem „weitgehend friedlichen Verlauf“. "
        "Vor der Absperrung versammelten sich im Laufe des Vormittags mehrere Hundert "
        "Unterstützer, die „Kastanienhof bleibt!“ skandierten."
    )
    assert spans(text)[1] == ("Kastanienhof bleibt!", None, "Unterstützer")


def test_a_fronted_object_with_a_genitive_leaves_the_pronoun_after_the_verb_the_subject() -> None:
    # "Die Entscheidung der Jury nannte er „…“": the jury's decision is what he named
    text = (
        "Bundestrainer Florian Achleitner-Mayr kritisierte die Jury. Die Entscheidung der "
        "Jury nannte er „übereilt“."
    )
    assert speakers(text) == [("übereilt", "Florian Achleitner-Mayr")]


def test_a_feminine_medium_in_marks_opening_the_clause_is_told_not_telling() -> None:
    # "Der „Nordwest-Zeitung“ sagte der Abgeordnete": "Der" before a title whose noun is
    # feminine is dative, so the subject follows the verb
    text = (
        "Kritik kam vom Sprecher der Grünen-Landtagsfraktion, Malte van der Heyden. Der "
        "„Nordwest-Zeitung“ sagte der Abgeordnete, das Ministerium habe seine Warnungen "
        "„schlicht ignoriert“."
    )
    assert speakers(text) == [("schlicht ignoriert", "Malte van der Heyden")]


def test_a_relative_clauses_verb_governs_the_complement_after_its_comma() -> None:
    # "dessen Vorsitzende X davor warnte, Schulen „…“ zu machen", "deren Landesvorsitzender
    # X verlangte, dass …": the relative clause goes on into its verb's complement
    text = (
        "Skeptischer äußerte sich der Sächsische Lehrerverband, dessen Vorsitzende Carola "
        "Stübner davor warnte, Schulen „zum Austragungsort gesellschaftlicher Konflikte“ zu "
        "machen. Unterstützung kam von der Genossenschaft Deutscher Bühnen-Angehöriger "
        "(GDBA), deren Landesvorsitzender Kai-Uwe Brandes verlangte, dass die Leitung die "
        "Verträge „ohne Wenn und Aber“ respektiere."
    )
    assert [s for _, s in speakers(text)] == ["Carola Stübner", "Kai-Uwe Brandes"]


def test_the_body_a_statement_is_addressed_to_did_not_issue_it() -> None:
    # "In der Stellungnahme des Verbandes an das Regierungspräsidium Gießen heißt es": the
    # association issued it; the authority after "an" received it
    text = (
        "Der Naturschutzbund Deutschland (NABU) hatte Bedenken angemeldet. In der "
        "Stellungnahme des Verbandes an das Regierungspräsidium Gießen heißt es, ein Betrieb "
        "sei „artenschutzrechtlich nicht genehmigungsfähig“."
    )
    assert speakers(text) == [
        ("artenschutzrechtlich nicht genehmigungsfähig", "Naturschutzbund Deutschland")
    ]


def test_a_body_described_as_a_federation_is_no_company_a_statement_refers_to() -> None:
    # "des Unternehmens": not the "Radsport-Weltverband UCI" named last, whose description
    # names another kind of body, but the company before it
    text = (
        "Wie der Hauptsponsor, der Chemiekonzern Vossberg Energie AG, am Montag mitteilte, "
        "endet das Engagement. Die Lizenz muss beim Radsport-Weltverband UCI beantragt werden. "
        "In der Erklärung des Unternehmens heißt es, man habe sich „nach sorgfältiger "
        "Abwägung“ entschieden."
    )
    assert speakers(text) == [("nach sorgfältiger Abwägung", "Vossberg Energie AG")]


def test_a_place_adjective_before_a_feminine_medium_keeps_it_dative() -> None:
    # "sagte der Kopenhagener Zeitung „Politiken“": "Kopenhagener" does not hide the
    # feminine noun, so the medium is told; the speaker is the apposed name before
    text = (
        "Der dänische Kapitän der Mannschaft, Mads Thorsager-Kjær, der im Sommer eine Etappe "
        "gewonnen hatte, sagte der Kopenhagener Zeitung „Politiken“: „Ich habe einen Vertrag "
        "für nächstes Jahr.“"
    )
    assert speakers(text)[0][1] == "Mads Thorsager-Kjær"


def test_a_role_given_as_a_predicate_is_the_persons() -> None:
    # "Lieve De Smedt wird ab der Spielzeit 2026/27 neue Intendantin": "Die designierte
    # Intendantin" is she, and so is "sie" after it; "der scheidende Intendant" is not
    text = (
        "Die Regisseurin Lieve De Smedt wird ab der Spielzeit 2026/27 neue Intendantin des "
        "Theaters. Die Kulturdezernentin Annegret Pohl-Wieczorek nannte die Wahl „einstimmig "
        "und überzeugend“.\n\nDie designierte Intendantin selbst äußerte sich in einem "
        "Interview. „Ich komme mit vielen Fragen“, sagte sie dem Blatt. „Ich gehe gern“, "
        "sagte der scheidende Intendant."
    )
    found = speakers(text)
    assert [s for _, s in found[:2]] == ["Annegret Pohl-Wieczorek", "Lieve De Smedt"]
    assert found[2][1] != "Lieve De Smedt"


def test_a_name_apposed_after_a_long_role_complement_is_the_speaker() -> None:
    # the complement of "der Leiter" runs over a dozen words before ", der Portugiese X,"
    text = (
        "Die Polizei meldete keine Zwischenfälle.\n\n„Wir erleben in ganz Europa die Rückkehr "
        "einer Krankheit.“ Mit diesen Worten kommentierte der Leiter der Abteilung für "
        "impfpräventable Krankheiten im Regionalbüro der Weltgesundheitsorganisation (WHO) "
        "für Europa, der Portugiese Rui Vasconcelos Amaral, den Start der Kampagne."
    )
    assert [s for _, s in speakers(text)] == ["Rui Vasconcelos Amaral"]


def test_a_role_before_a_name_with_an_apposition_after_it_opens_the_clause() -> None:
    # "Konferenzpräsidentin X, Umweltministerin Kolumbiens, sprach": the apposition's
    # genitive country is no subject
    text = (
        "Die Konferenz endete. Konferenzpräsidentin Luz Marina Echeverri Salcedo, "
        "Umweltministerin Kolumbiens, sprach von einem „Kompromiss, der niemanden glücklich "
        "macht“."
    )
    assert [s for _, s in speakers(text)] == ["Luz Marina Echeverri Salcedo"]


def test_a_party_after_a_preposition_and_an_adjective_is_no_subject() -> None:
    # "X von der rechtsgerichteten Partei Centro Nacional warf … vor": the party is inside
    # the preposition's phrase, so the senator before it is the subject
    text = (
        "Kritik kam aus der Opposition. Die Senatorin María Castaño von der "
        "rechtsgerichteten Partei Centro Nacional warf der Regierung vor, den Rebellen „einen "
        "Freibrief“ auszustellen."
    )
    assert [s for _, s in speakers(text)] == ["María Castaño"]


def test_a_counted_crowd_outside_its_mention_names_nobody() -> None:
    # "rund 60 Impfgegner, die „…“ riefen": the number stands before the mention's span
    text = (
        "Die Polizei sprach. Vor dem Ministerium hatten sich rund 60 Impfgegner versammelt, "
        "die „Hände weg von unseren Kindern“ riefen."
    )
    assert spans(text)[0][:2] == ("Hände weg von unseren Kindern", None)


def test_darin_refers_to_a_compound_document_its_subject_presented() -> None:
    # "legte seinen Zwischenbericht vor. Darin heißt es": the report is his
    text = (
        "Die Regierungsbildung stockt. Der Informateur Hendrik-Jan de Wolff legte am "
        "Donnerstag seinen Zwischenbericht vor. Darin heißt es, zwischen den Partnern "
        "bestünden „grundlegende Differenzen in der Migrationspolitik“."
    )
    assert [s for _, s in speakers(text)] == ["Hendrik-Jan de Wolff"]


def test_a_study_referred_to_as_die_untersuchung_speaks_for_its_institute() -> None:
    # "Untersuchung", "Analyse", "Verordnung" are documents that speak ("heißt es in …");
    # "Studie" is not, as "Die Studie zeige …" is often a speaker's reading of one
    text = (
        "Die Mieten steigen. Eine Studie des Instituts für Wohnungs- und Stadtforschung (IWS) "
        "war im Frühjahr zu dem Ergebnis gekommen, dass die Mieten langsamer steigen. In der "
        "Untersuchung heißt es allerdings auch, die Wirkung sei „begrenzt und lokal sehr "
        "unterschiedlich“."
    )
    assert [s for _, s in speakers(text)] == ["Institut für Wohnungs- und Stadtforschung"]


def test_a_coast_guard_is_a_body_not_a_person_named_before() -> None:
    text = (
        "Der Sprecher Lorenzo Bellandi sagte: „Die Regeln gelten.“ Die italienische "
        "Küstenwache erklärte in einer Mitteilung, sie habe den Notruf „unverzüglich an alle "
        "Schiffe“ weitergeleitet."
    )
    assert [s for _, s in speakers(text)] == ["Lorenzo Bellandi", "italienische Küstenwache"]


def test_an_indefinite_object_of_a_quoting_verb_is_somebody_unnamed() -> None:
    # "Das Magazin zitierte einen nicht namentlich genannten Diplomaten": lower-case words
    # between the article and the noun; "einen … Kardinal" is not the cardinal named before
    text = (
        "Die Botschaft bleibt zu. Das Magazin zitierte einen nicht namentlich genannten "
        "Diplomaten, wonach die Lage „so unberechenbar wie seit Jahren nicht“ sei. Kardinal "
        "Anselmo Dallaporta wurde gewählt. Die Zeitung zitierte einen nicht namentlich "
        "genannten Kardinal mit den Worten „Am Mittwochabend war alles entschieden.“"
    )
    assert [s for _, s in speakers(text)] == [None, None]


def test_a_numbers_comma_does_not_open_the_clause_of_a_final_verb() -> None:
    # "hatte zuletzt 7,5 Prozent angeboten und den Ausstand als „…“ bezeichnet": the
    # comma of "7,5" opens no clause, so the sentence's subject said it
    text = (
        "Verdi fordert mehr Geld. Der Zentralverband Deutscher Hafenbetriebe (ZDHU) hatte "
        "zuletzt 7,5 Prozent angeboten und den Ausstand als „unverhältnismäßig“ bezeichnet."
    )
    assert [s for _, s in speakers(text)] == ["Zentralverband Deutscher Hafenbetriebe"]


def test_a_number_with_a_separator_is_one_token() -> None:
    from textmill.plugins.quotes.text import DocTokens, tokenize

    text = "Sie boten 7,5 Prozent, 1,000 Euro und 3.200 Stellen an, sagte er, 5 Leute kamen."
    words = [t.text for t in DocTokens(text).tokens]
    assert words == [t.text for t in tokenize(text, 0, len(text))]
    assert [w for w in words if w[:1].isdigit() and len(w) > 1] == ["7,5", "1,000", "3.200"]
    assert words.count(",") == 3  # (the clauses' commas stay tokens)


def test_a_relative_clause_on_the_subject_is_no_clause_opening_the_sentence() -> None:
    # "X, der die Pläne als Erpressung bezeichnet hatte, verteidigte die Zölle": the comma
    # closes a relative clause on X, so "die Zölle" after the verb is no inverted subject;
    # the subjunctive sentence after it reports X
    text = (
        "„Wir lassen das nicht zu.“ Das sagte die Niederländerin Liesbeth van der Meulen in "
        "Brüssel.\n\nDer US-Handelsbeauftragte Gregory P. Hollister, der die europäischen "
        "Pläne als Erpressung bezeichnet hatte, verteidigte die Zölle in einem Interview. "
        "Europa habe „jahrzehntelang von offenen amerikanischen Märkten profitiert“."
    )
    assert [s for _, s in speakers(text)] == ["Liesbeth van der Meulen", "Gregory P. Hollister"]


def test_a_document_whose_issuer_lists_its_fields_opens_the_clause() -> None:
    # "In der Verordnung des Ministeriums für Energiewende, Klimaschutz, Umwelt und Natur,
    # die …, heißt es": the list's commas come before the relative clause's
    text = (
        "Der Minister sprach. In der Verordnung des Ministeriums für Energiewende, "
        "Klimaschutz, Umwelt und Natur, die im Juli in Kraft treten soll, heißt es, Ziel sei "
        "„die Erhaltung eines günstigen Zustands“."
    )
    assert (speakers(text)[0][1] or "").startswith("Ministerium für Energiewende")


def test_a_crowd_counted_with_a_thousands_separator_is_the_mention() -> None:
    # "riefen 2.000 Demonstranten": "2.000" is one number token before the crowd's noun
    text = (
        "Der Bürgermeister Hans Roth sagte: „Wir prüfen das.“ Dort riefen 2.000 Demonstranten "
        "„Neuwahl jetzt!“."
    )
    assert spans(text)[1] == ("Neuwahl jetzt!", None, "2.000 Demonstranten")


def test_a_sentence_pointing_back_with_a_speech_noun_names_the_speaker_after_any_verb() -> None:
    # "„…“ Diese Worte fand der Bürgermeister X": "Worte" carries the saying, so the verb
    # ("fand") need not be a speech verb; without a speaker after it, the follow-on holds
    said = (
        "Die Ärztin Anna Roth sprach. „Das ist schlimm“, sagte sie. „Unsere Gedanken sind "
        "bei den Familien.“ Diese Worte fand am Abend der Bürgermeister von Sölden, "
        "Ernst Falkner-Riml."
    )
    assert [s for _, s in speakers(said)] == ["Anna Roth", "Ernst Falkner-Riml"]
    no_one = said.split(" Diese Worte")[0] + " Diese Worte lösten Empörung aus."
    assert [s for _, s in speakers(no_one)] == ["Anna Roth", "Anna Roth"]


def test_a_genitive_after_a_title_in_marks_is_no_subject() -> None:
    # "Vossberg, der im „Sportstudio“ des ZDF auftreten soll, wollte …": "des ZDF" belongs
    # to the programme's title, as it would to a plain noun
    text = (
        "Trainer Jan-Hendrik Vossberg wurde entlassen. Vossberg, der am Abend im "
        "„Sportstudio“ des ZDF auftreten soll, wollte das nicht kommentieren: „Wir werden uns "
        "die Zeit nehmen, die wir brauchen.“"
    )
    assert speakers(text)[-1][1] == "Jan-Hendrik Vossberg"


def test_a_role_noun_apposed_before_a_preposition_is_no_name() -> None:
    # "der Bauingenieur X, Professor für Massivbau": "Professor" heads the apposed role,
    # so the subject after the verb is the named engineer
    text = (
        "Brücken dieser Generation seien „für die heutigen Lasten schlicht nicht gemacht“, "
        "meint der Bauingenieur Kemal Arslanoğlu, Professor für Massivbau an der Universität "
        "Kassel."
    )
    assert [s for _, s in speakers(text)] == ["Kemal Arslanoğlu"]


def test_an_ordinal_adjective_before_a_role_makes_a_role_not_a_name() -> None:
    # "Die Erste Parlamentarische Geschäftsführerin der Fraktion, X,": the role is apposed
    # to the person, who is "sie" after the quotation
    text = (
        "Die Erste Parlamentarische Geschäftsführerin der Fraktion, Dörte Hammerschmidt-Yilmaz, "
        "forderte ihn auf. „Herr Sievers ist über die Liste gekommen“, sagte sie."
    )
    assert speakers(text)[0][1] == "Dörte Hammerschmidt-Yilmaz"


def test_a_genitive_owner_of_a_speech_noun_is_the_speaker_span() -> None:
    # "Die ersten Worte Armstrongs …: „…“", "Roths Antwort: „…“": the genitive names the
    # person introduced before; the span is the genitive that attributes the quotation
    after = (
        "Neil Armstrong landete. Er war Pilot. Die ersten Worte Armstrongs, als er den Mond "
        "betrat, gingen um die Welt: „That's one small step for man.“"
    )
    before = "Der Minister Hans Roth kam. Die Kritiker sprachen. Roths Antwort: „Das ist Unsinn.“"
    assert spans(after) == [("That's one small step for man.", "Neil Armstrong", "Armstrongs")]
    assert spans(before) == [("Das ist Unsinn.", "Hans Roth", "Roths")]


def test_a_possessive_view_names_its_owner_as_the_speaker() -> None:
    # "seiner Meinung nach", "Seinen Angaben zufolge", "Nach ihren Worten" (owner_sources):
    # the possessive's owner speaks; the possessive and its noun are the span
    opening = "Der Minister Hans Roth sprach in Berlin. "
    said = opening + "Es handle sich seiner Meinung nach um einen „bedauerlichen Einzelfall“."
    told = opening + "Seinen Angaben zufolge sei die Lage „völlig unter Kontrolle“."
    assert spans(said) == [("bedauerlichen Einzelfall", "Hans Roth", "seiner Meinung")]
    assert spans(told) == [("völlig unter Kontrolle", "Hans Roth", "Seinen Angaben")]


def test_a_relative_clause_after_a_final_verb_hangs_on_the_person_named_before_it() -> None:
    # German Nachfeld: "wurde er von X empfangen, der „…“ sprach" and "…, der laut der
    # Nachrichtenagentur VNA sagte, …": X, though a preposition stands before the name, and
    # neither the main clause's "er" nor the agency after "laut" speaks
    spoke = (
        "Am Flughafen wurde er von Trần Minh Đức empfangen, der von einem „historischen Tag“ "
        "sprach."
    )
    said = (
        "Am Flughafen wurde er von Trần Minh Đức empfangen, der laut der Nachrichtenagentur "
        "VNA sagte, es sei ein „historischer Tag für alle“."
    )
    assert spans(spoke) == [("historischen Tag", "Trần Minh Đức", "Trần Minh Đức")]
    assert spans(said) == [("historischer Tag für alle", "Trần Minh Đức", "Trần Minh Đức")]


def test_a_follow_on_goes_to_a_persons_role_that_became_the_subject_since() -> None:
    # "Die Geschäftsführerin wies den Vorwurf zurück. Man habe … „…“": the role names the
    # person introduced first, not the speaker of the last quotation
    text = (
        "Die Geschäftsführerin Anna Roth kam. Die Ärztin Eva Berg nannte das „nicht "
        "akzeptabel“; Eltern hätten ein Recht darauf. Die Geschäftsführerin wies den Vorwurf "
        "zurück. Man habe zunächst das Ergebnis abwarten müssen. „Alles andere wäre unseriös "
        "gewesen.“"
    )
    assert [s for _, s in speakers(text)] == ["Eva Berg", "Anna Roth"]


def test_a_place_after_a_state_noun_is_no_person() -> None:
    # "das Land Hessen": "Land" is no role, so "Hessen" is no person, and the role opening
    # the clause ("Der Landrat") is the subject of "forderte … auf", not the object after it
    text = (
        "Landrat Jürgen van der Heyden kam. Der Landrat forderte das Land Hessen auf, kleine "
        "Stationen zu unterstützen: „Wer will, darf nicht wegnehmen.“"
    )
    assert speakers(text) == [("Wer will, darf nicht wegnehmen.", "Jürgen van der Heyden")]


def test_a_subjunctive_of_a_common_verb_reports_the_last_speaker() -> None:
    # "Die Entscheidung falle „…“": "falle" is reported speech (reported_speech_markers),
    # so the quotation is the spokesman's of the sentence before, not a noun's nearby
    text = (
        "Ein Sprecher der UEFA, Luca Marchetti-Braun, bestätigte den Eingang der Unterlagen. "
        "Die Entscheidung falle „voraussichtlich im Herbst 2027“."
    )
    assert speakers(text) == [("voraussichtlich im Herbst 2027", "Luca Marchetti-Braun")]


def test_a_speech_verb_in_an_infinitive_clause_is_no_cue() -> None:
    # "Er warf der Regierung vor, zu spät reagiert zu haben: „…“": "reagiert zu haben" is
    # the government's (a perfect infinitive, infinitive_particles), the quotation the mayor's
    text = (
        "Der Bürgermeister Rui Alves Cardoso sprach von einer Katastrophe. Er warf der "
        "Regierung in Lissabon vor, zu spät reagiert zu haben: „Wir haben zwei Tage lang "
        "gewartet, zwei Tage!“"
    )
    assert [s for _, s in speakers(text)] == ["Rui Alves Cardoso"]


def test_a_document_opening_the_clause_may_carry_a_participial_attribute() -> None:
    # "In der rund 640 Seiten umfassenden Anklageschrift der Staatsanwaltschaft Köln heißt es":
    # past the attribute to the document, whose issuer is named after it
    text = (
        "In der rund 640 Seiten umfassenden Anklageschrift der Staatsanwaltschaft Köln heißt "
        "es, der Angeklagte habe die Geschäfte »nicht nur gebilligt, sondern vorangetrieben«."
    )
    assert [s for _, s in speakers(text)] == ["Staatsanwaltschaft Köln"]


def test_a_passive_after_a_reporting_clause_is_that_clauses_words() -> None:
    # "Wie die Generalstaatsanwaltschaft mitteilte, werden dem 39-Jährigen „…“ vorgeworfen":
    # the passive names no speaker and its dative is the accused; the prosecutors report it
    # (a "-staatsanwaltschaft" compound is a body's role noun, as role_suffixes)
    text = (
        "Der Journalist Jonas Berg wurde festgenommen. Wie die Generalstaatsanwaltschaft am "
        "Dienstag mitteilte, werden dem 39-Jährigen „illegaler Grenzübertritt und Spionage“ "
        "vorgeworfen."
    )
    assert [s for _, s in speakers(text)] == ["Generalstaatsanwaltschaft"]


def test_a_spokesperson_of_parties_joined_by_a_slash_is_the_person_apposed() -> None:
    # "der Sprecher der CDU/CSU-Fraktion, X": the slash joins the two parties' names, and the
    # person apposed after them speaks (alone, the parties' spokesperson is the body's)
    said = (
        "„Der Staat erklärt den Bürgern, was sie trinken dürfen“, sagte der "
        "wirtschaftspolitische Sprecher der CDU/CSU-Fraktion, Matthias Oberhollenzer."
    )
    assert [s for _, s in speakers(said)] == ["Matthias Oberhollenzer"]


def test_a_countrys_genitive_after_a_role_is_no_person_before_the_apposed_one() -> None:
    # "Der Außenminister Frankreichs, Jean Dupont, erklärte": the genitive names the role's
    # country; the full name apposed after it speaks
    text = (
        "Der Außenminister Frankreichs, Jean Dupont, erklärte dagegen: „Dieses Abkommen soll "
        "die Verschmutzung bekämpfen.“"
    )
    assert [s for _, s in speakers(text)] == ["Jean Dupont"]


def test_a_filipino_particle_joins_the_name() -> None:
    # "Commodore Ramon dela Cruz-Villanueva": "dela" is a name connector (data)
    text = (
        "Der Sprecher der Küstenwache, Commodore Ramon dela Cruz-Villanueva, sagte dem Sender, "
        "die Fähre habe „offenbar deutlich mehr Menschen an Bord“ gehabt."
    )
    assert [s for _, s in speakers(text)] == ["Ramon dela Cruz-Villanueva"]


def test_a_medium_in_marks_opening_the_sentence_is_the_subject() -> None:
    # "Die „Kieler Nachrichten“ nannten die Wasserstraße …": the marked name after a
    # sentence-opening article and before a speech verb speaks; a ministry named in full
    # in the next sentence is its own body, not that medium
    text = (
        "Die „Kieler Nachrichten“ nannten die Wasserstraße in einem Kommentar ein „Nadelöhr "
        "mit Verfallsdatum“.\n\nAus dem Bundesverkehrsministerium hieß es am Abend lediglich, "
        "man werde den Vorfall „sorgfältig auswerten“."
    )
    assert [s for _, s in speakers(text)] == ["Kieler Nachrichten", "Bundesverkehrsministerium"]


def test_a_relative_clause_hangs_on_a_whole_name_with_an_inner_article() -> None:
    # "Der Bund der Steuerzahler Nordrhein-Westfalen, der … als „…“ bezeichnet hatte": the
    # name ending before the comma, not the phrase its inner "der" opens
    text = (
        "Der Bund der Steuerzahler Nordrhein-Westfalen, der die Reform als „Bürokratiemonster“ "
        "bezeichnet hatte, fordert eine Nachbesserung."
    )
    assert spans(text) == [
        (
            "Bürokratiemonster",
            "Bund der Steuerzahler Nordrhein-Westfalen",
            "Bund der Steuerzahler Nordrhein-Westfalen",
        )
    ]


def test_a_surname_after_its_lower_case_particles_is_mentioned_with_them() -> None:
    # "warb van der Meulen": the mention of the surname takes in the particles the full
    # name has, so the subject right after the verb (past "Mit den Worten „…“") is found
    text = (
        "Die Direktorin Henrike van der Meulen reiste nach Rom. Mit den Worten „Jede Woche, "
        "die wir verlieren, kostet uns später das Zehnfache“ warb van der Meulen um Zusagen."
    )
    assert spans(text) == [
        (
            "Jede Woche, die wir verlieren, kostet uns später das Zehnfache",
            "Henrike van der Meulen",
            "van der Meulen",
        )
    ]


def test_a_brotherhood_named_after_a_place_is_one_body_not_a_person() -> None:
    # "der Lotsenbrüderschaft Elbe, Knut Rehder,": "-brüderschaft" names a body (data), so
    # "Elbe" is its name's and the pronoun after goes to the person apposed
    text = (
        "Der Ältermann der Lotsenbrüderschaft Elbe, Knut Rehder, wies Kritik zurück. „Beide "
        "Schiffe hatten Lotsen an Bord“, sagte er."
    )
    assert [s for _, s in speakers(text)] == ["Knut Rehder"]


def test_a_mediator_is_a_role_before_the_medium_in_the_dative() -> None:
    # "sagte die Vermittlerin dem Schweizer Radio SRF": "Vermittlerin" is a role noun
    # (data), so the subject is the mediator named before, not the broadcaster
    text = (
        "Die Gespräche leitet die Schweizer Diplomatin Beatrice von Arx. „Niemand erwartet "
        "Wunder“, sagte die Vermittlerin dem Schweizer Radio SRF."
    )
    assert [s for _, s in speakers(text)] == ["Beatrice von Arx"]


def test_a_name_after_a_joined_body_name_and_its_period_is_kept() -> None:
    # "vom Personalrat der städtischen Museen. Dessen Vorsitzender Uwe Kampmann sagte der
    # HNA, …": the capitalised run after the joined body name runs on past its period; the
    # sentence after it still names the chairman, who speaks, not the newspaper
    text = (
        "Kritik kam vom Personalrat der städtischen Museen. Dessen Vorsitzender Uwe Kampmann "
        "sagte der HNA, man habe seit Jahren auf die fehlende Nachtbewachung hingewiesen. "
        "„Seit 2019 gibt es nachts keinen einzigen Wachmann mehr im Haus.“"
    )
    assert [s for _, s in speakers(text)] == ["Uwe Kampmann"]


def test_a_news_portal_names_the_title_in_marks_after_it() -> None:
    # "zitierte das Nachrichtenportal „Delfi“ X": "-portal" introduces a title (data), so
    # „Delfi“ is no quotation that ends the first part's attribution before the person quoted
    text = (
        "Der Parteichef Algirdas Venclovas sagte: „Wir gehen.“ Die Regierungschefin zeigte "
        "sich enttäuscht. „Ich bedauere diese Entscheidung zutiefst“, zitierte das "
        "Nachrichtenportal „Delfi“ Rasa Meier, „aber Litauen braucht jetzt Stabilität.“"
    )
    assert [s for _, s in speakers(text)] == ["Algirdas Venclovas", "Rasa Meier", "Rasa Meier"]


def test_an_article_and_a_noun_after_a_quotation_open_a_new_main_clause() -> None:
    # "lobte einen „…“, das Kulturportal „Bühnenfenster“ sprach dagegen von „…“": a verb
    # after its own subject (with words after it) is no inverted attribution of the first
    # quotation; a relative clause's final verb still is ("„…“, den Merkel sagte")
    text = (
        "Die „Mitteldeutsche Abendpost“ lobte einen „musikalisch kompromisslosen Abend“, das "
        "Kulturportal „Bühnenfenster“ sprach dagegen von „drei Stunden nasser Langeweile“."
    )
    assert [s for _, s in speakers(text)] == ["Mitteldeutsche Abendpost", "Bühnenfenster"]


def test_an_airline_is_the_kind_of_body_before_its_name() -> None:
    # "der spanischen Chartergesellschaft Sunwind Air": "-fluggesellschaft" and
    # "Chartergesellschaft" say what kind of body the name is (data), and "Dank" is a common
    # noun, so "Die Fluggesellschaft erklärte" goes to the airline
    text = (
        "Die Maschine der spanischen Chartergesellschaft Sunwind Air musste notlanden. „Der "
        "Dank gehört der ganzen Besatzung“, sagte der Kapitän Jordi Puig. Die Fluggesellschaft "
        "erklärte, die Sicherheit habe „zu jedem Zeitpunkt oberste Priorität“ gehabt."
    )
    assert [s for _, s in speakers(text)] == ["Jordi Puig", "Sunwind Air"]


def test_klagen_in_the_infinitive_is_suing_not_saying() -> None:
    # "Seine Partei werde vor dem Obersten Gericht klagen und dort „…“ vorlegen": "klagen"
    # (sue) is no speech cue (data keeps "klagt"), so the partial quotation in his reported
    # speech and the pronoun after it stay with the man who spoke
    text = (
        "Ibrahim Kamara erkannte das Ergebnis nicht an. „Das ist ein Diebstahl“, sagte er. "
        "Seine Partei werde vor dem Obersten Gericht klagen und dort „jede einzelne gefälschte "
        "Liste“ vorlegen. Später fügte er hinzu: „Wir werden friedlich bleiben.“"
    )
    assert [s for _, s in speakers(text)] == ["Ibrahim Kamara"] * 3


def test_a_short_sentence_after_mit_den_worten_is_a_quotation() -> None:
    # "Mit den Worten „Jetzt geht die Arbeit los“ verabschiedete er sich": five words with
    # no cue would be too short to keep, but the speech noun right before the marks
    # announces speech; a term after one ("die Formulierung „umstrittenes Projekt“") is none
    text = (
        "Der Sieger Jannik Oltmanns jubelte. Mit den Worten „Jetzt geht die Arbeit los“ "
        "verabschiedete er sich von seinen Anhängern."
    )
    assert [s for _, s in speakers(text)] == ["Jannik Oltmanns"]
    term = "Im Stadtrat wird über die Formulierung „umstrittenes Projekt“ gestritten."
    assert speakers(term) == []


def test_a_place_genitive_and_a_role_may_open_the_subject_after_mit_den_worten() -> None:
    # "Mit den Worten „…“ wünschte Bremerhavens Oberbürgermeisterin Anke X der Besatzung …":
    # the subject after the verb is the named mayor, past the city's genitive and her role
    text = (
        "Rund 300 Menschen verabschiedeten das Schiff. Mit den Worten „Kommen Sie alle gesund "
        "zurück!“ wünschte Bremerhavens Oberbürgermeisterin Anke Thiessen-Roloff der Besatzung "
        "eine gute Fahrt."
    )
    assert [s for _, s in speakers(text)] == ["Anke Thiessen-Roloff"]


def test_an_umbrella_association_refers_back_to_the_body_named_before() -> None:
    # "Kritik kam vom Deutschen Städtetag. …, schrieb der kommunale Spitzenverband": the
    # Städtetag is a body (data), and "Spitzenverband" an anaphor for one (data)
    text = (
        "Kritik kam vom Deutschen Städtetag. Die Wohngeldstellen seien schon jetzt „am Limit“, "
        "schrieb der kommunale Spitzenverband auf seiner Website."
    )
    assert [s for _, s in speakers(text)] == ["Deutscher Städtetag"]


def test_an_indefinite_word_in_the_next_sentence_is_no_complement_of_a_role() -> None:
    # "„…“, so die Pädagogin. Einer, der …": "Einer" opens the next sentence, it does not
    # make the teacher "die Pädagogin einer …" whom the article never names
    text = (
        "Die Schulleiterin Yasemin Karahan sagte, die Schule habe einen Weg gefunden. „Unsere "
        "Aufgabe ist es, ihnen alles zu erklären“, so die Pädagogin. Einer, der den Tag überlebt "
        "hat, ist Lukas Brenninkmeyer."
    )
    assert [s for _, s in speakers(text)] == ["Yasemin Karahan"]


def test_a_compound_of_a_title_noun_in_marks_is_no_medium() -> None:
    # "sprach von einem „Trauerspiel“": ending in "Spiel" (a title noun) makes no medium's
    # name; one ending in a news medium's noun still is ("sagte er der „Nordwest-Zeitung“")
    text = (
        "Die Fraktionschefin Henrike Marggraf-Lenz sprach von einem „Trauerspiel“. Das sagte "
        "sie der „Nordwest-Zeitung“."
    )
    assert [s for _, s in speakers(text)] == ["Henrike Marggraf-Lenz"]


def test_a_short_phrase_in_reported_speech_after_a_quotation_is_kept() -> None:
    # "„…“ Sein Haus werde „zügig“ einen neuen Entwurf vorlegen": one lower-case word in
    # marks, with no cue, in reported speech (a subjunctive) right after a quotation is the
    # same speaker's; without the subjunctive it stays a mere word in marks
    said = (
        "Bundesinnenminister Holger Brandstätter zeigte sich enttäuscht. Man respektiere die "
        "Entscheidung, sagte er der „Süddeutschen Zeitung“. „Aber die Ermittler verlieren "
        "damit ein wichtiges Werkzeug.“ Sein Haus werde „zügig“ einen neuen Entwurf vorlegen."
    )
    assert [s for _, s in speakers(said)] == ["Holger Brandstätter"] * 2
    plain = said.replace("Sein Haus werde", "Sein Haus wird")
    assert [s for _, s in speakers(plain)] == ["Holger Brandstätter"]


def test_a_capitalised_phrase_in_marks_is_speech_before_so_and_a_name() -> None:
    # "Im ländlichen Raum drohe eine „Kahlschlag-Politik“, so Zeitlhofer weiter": "so" and a
    # speaker's name attribute the words as a speech verb does, so the capitalised phrase
    # is what he calls the policy; "so" before a verb attributes nothing ("Galt X als
    # „Pitbull des Vatikans“, so wurde sein Werk …": a nickname)
    said = (
        "Gesundheitsminister Florian Zeitlhofer kritisierte den Bund. Im ländlichen Raum drohe "
        "eine „Kahlschlag-Politik“, so Zeitlhofer weiter."
    )
    assert [s for _, s in speakers(said)] == ["Florian Zeitlhofer"]
    nickname = (
        "Galt Josef Ratzinger früher als „Pitbull des Vatikans“, so wurde sein Werk trotzdem "
        "positiv bewertet."
    )
    assert speakers(nickname) == []


def test_a_compound_of_an_office_is_a_role_before_a_name() -> None:
    # "sprach Universitätsrektorin Katharina Schwenninger von einem „Festtag“": compounds
    # of offices such as "Rektorin" are roles (data: role_suffixes), so the name after is
    # the inverted subject
    text = (
        "In Freiburg sprach Universitätsrektorin Katharina Schwenninger von einem „Festtag“ "
        "für die Albert-Ludwigs-Universität und kündigte eine Feier an."
    )
    assert [s for _, s in speakers(text)] == ["Katharina Schwenninger"]


def test_a_phrase_with_a_lower_case_word_in_reported_speech_is_no_title() -> None:
    # "Die Empfehlungen werde man „Punkt für Punkt“ umsetzen": capitalised like a title, but
    # a phrase with a lower-case word in a clause of reported speech, right after a verb or
    # a noun, is the speaker's; after an article it stays a name ("in den „Rat für nationale
    # Sicherheit“ umbenennen")
    said = (
        "Der Minister Dawit Hakobjan zeigte sich zufrieden. Das Ergebnis sei „eine Bestätigung "
        "für alle“, sagte er. Die Empfehlungen werde man „Punkt für Punkt“ umsetzen."
    )
    assert [s for _, s in speakers(said)] == ["Dawit Hakobjan"] * 2
    named = (
        "Die Junta will der neuen Regierung „assistieren“. Das erklärte General Winai "
        "Phattiyakul am Montag. Der CDRM werde sich dann in den „Rat für nationale Sicherheit“ "
        "umbenennen."
    )
    assert [s for _, s in speakers(named)] == ["Winai Phattiyakul"]


def test_more_subjunctives_mark_reported_speech() -> None:
    # "Iran behalte sich „angemessene Gegenmaßnahmen“ vor": "behalte" is a subjunctive
    # (data: reported_speech_markers), so the phrase goes on the spokesman's reported speech
    text = (
        "Der Sprecher des Außenministeriums, Hossein Rahmanpour, nannte die Strafmaßnahmen "
        "„illegal und wirkungslos“. Iran behalte sich „angemessene Gegenmaßnahmen“ vor."
    )
    assert [s for _, s in speakers(text)] == ["Hossein Rahmanpour"] * 2


def test_a_known_medium_in_marks_is_no_quotation() -> None:
    # "sagte der „taz“", "im ZDF-„heute journal“", "der Zeitung „de Volkskrant“": names of
    # news media that look like words or are written in lower case (data: media_names)
    text = (
        "„Alle Figuren sind erfunden“, sagte der Regisseur Nuri Aydemir der „taz“. Im "
        "ZDF-„heute journal“ sagte er: „Das ist Fiktion.“ Der Zeitung „de Volkskrant“ sagte "
        "er, der Film sei „kein Dokument“."
    )
    assert [q for q, _ in speakers(text)] == [
        "Alle Figuren sind erfunden",
        "Das ist Fiktion.",
        "kein Dokument",
    ]


def test_marks_before_a_form_of_nennen_hold_a_nickname() -> None:
    # "von den Fans nur „die Wand“ genannt", "den die Fans nur „den Bullen“ nennen": a form
    # of "nennen" right after the marks (data: naming_after_words) makes them a name
    text = (
        "Großen Anteil hatte Torhüterin Mara Lindqvist, von den Fans nur „die Wand“ genannt. "
        "Matchwinner war Kapitän Enis Demirel, den die Fans nur „den Bullen“ nennen. „Ich habe "
        "keine Worte“, sagte Demirel."
    )
    assert speakers(text) == [("Ich habe keine Worte", "Enis Demirel")]


def test_more_title_nouns_and_als_bekannt_mark_names() -> None:
    # "im Dokumentarfilm „Das letzte Flöz“", "seine Autobiografie „Sauber bis ins Ziel“",
    # "die in Italien als „bollino rosso“ bekannt ist": titles and names, no quotations
    text = (
        "Der Gewerkschafter Rainer Szymanski, der im Dokumentarfilm „Das letzte Flöz“ porträtiert "
        "wurde, hatte seine Autobiografie „Sauber bis ins Ziel“ genannt. Es gilt die Warnstufe, "
        "die in Italien als „bollino rosso“ bekannt ist. „Die Kumpel wussten nichts“, sagte er."
    )
    assert speakers(text) == [("Die Kumpel wussten nichts", "Rainer Szymanski")]


def test_a_common_noun_after_fuer_opening_a_sentence_names_no_source() -> None:
    # "Für Menschen bestehe … ein „sehr geringes“ Risiko": "für" names a source only before
    # someone ("Für den Verband ist das …"); a common noun is no one, and the reported speech
    # goes on with the last speaker
    text = (
        "Die Tierärztin Cornelia Wübbenhorst sagte dem NDR, man gehe von einem Eintrag durch "
        "Wildvögel aus. „Das Risiko stufen wir als hoch ein.“ Für Menschen bestehe nach "
        "derzeitigem Kenntnisstand nur ein „sehr geringes“ Risiko."
    )
    assert speakers(text) == [
        ("Das Risiko stufen wir als hoch ein.", "Cornelia Wübbenhorst"),
        ("sehr geringes", "Cornelia Wübbenhorst"),
    ]


def test_the_green_party_is_named_in_full() -> None:
    # "Bündnis 90/Die Grünen": a number and a slash inside a party's name (data:
    # organisation_names), not the body "Bündnis"
    text = (
        "Die Stadtratsfraktion von Bündnis 90/Die Grünen sprach von einem Netz, das „seit "
        "Jahren auf Verschleiß gefahren“ worden sei."
    )
    assert speakers(text) == [("seit Jahren auf Verschleiß gefahren", "Bündnis 90/Die Grünen")]


def test_military_ranks_are_roles_before_a_name() -> None:
    # "Ihr Anführer, Oberstleutnant Rodrigue X": a rank is a role, not part of the name
    text = (
        "Ihr Anführer, Oberstleutnant Rodrigue Dossou-Yovo, sprach von einem „Akt der Rettung“. "
        "Auch Konteradmiral Ines Wahl sagte: „Wir bleiben.“"
    )
    assert speakers(text) == [
        ("Akt der Rettung", "Rodrigue Dossou-Yovo"),
        ("Wir bleiben.", "Ines Wahl"),
    ]


def test_a_known_surname_after_a_verb_is_not_joined_to_the_noun_after_it() -> None:
    # "hatte Habermann-Stiller Zentralasien als „…“ bezeichnet": German capitalises the
    # object too; the surname of the person named before ends the name
    text = (
        "Außenministerin Cornelia Habermann-Stiller ist in Taschkent eingetroffen. Vor dem "
        "Abflug hatte Habermann-Stiller Zentralasien als „Region im Aufbruch“ bezeichnet. "
        "„Wir kommen als Partner“, erklärte sie."
    )
    assert speakers(text) == [
        ("Region im Aufbruch", "Cornelia Habermann-Stiller"),
        ("Wir kommen als Partner", "Cornelia Habermann-Stiller"),
    ]


def test_a_municipality_named_by_its_kind_and_place_speaks_as_a_body() -> None:
    # "Der Landkreis Rotenburg erklärte", "Die Stadt Göttingen teilte mit": "Stadt" and
    # "Landkreis" are common nouns alone, but open the body's name before a place
    text = (
        "Die Sprecherin Merle Haddad sagte: „Wir prüfen das.“ Der Landkreis Rotenburg "
        "erklärte: „Wir nehmen das Urteil zur Kenntnis.“ Die Stadt Göttingen teilte mit, man "
        "arbeite „mit Hochdruck“ an einer Lösung."
    )
    assert speakers(text) == [
        ("Wir prüfen das.", "Merle Haddad"),
        ("Wir nehmen das Urteil zur Kenntnis.", "Landkreis Rotenburg"),
        ("mit Hochdruck", "Stadt Göttingen"),
    ]


def test_a_perfect_in_the_subjunctive_before_a_quote_names_no_speaker() -> None:
    # "Beide Häuser hätten … ein Defizit geschrieben, das …": the sentence reports the last
    # speaker's words; its participle is no cue for the quotation after it
    text = (
        "Landrat Hartmut Oelkers-Brandt sprach von einer „schmerzhaften Entscheidung“. Beide "
        "Häuser hätten im vergangenen Jahr ein Defizit geschrieben, das der Kreis nicht "
        "ausgleichen könne. „Wenn wir nichts tun, stehen wir ohne Krankenhaus da.“"
    )
    assert speakers(text) == [
        ("schmerzhaften Entscheidung", "Hartmut Oelkers-Brandt"),
        ("Wenn wir nichts tun, stehen wir ohne Krankenhaus da.", "Hartmut Oelkers-Brandt"),
    ]


def test_a_clause_opened_by_man_reports_the_speaker_named_after_it() -> None:
    # "Man habe die Behörden „unverzüglich“ informiert, erklärte das Unternehmen": the verb
    # closing the clause of "man" (data: generic_pronouns) is no cue; its object is no speaker
    text = (
        "Die Alpenkind Naturkost GmbH ruft Milchpulver zurück. Verbraucherschützer Lennart "
        "Aufderheide sagte: „Das kam zu spät.“ Alpenkind wies die Kritik zurück: Man habe die "
        "Behörden „unverzüglich“ informiert, erklärte das Unternehmen."
    )
    assert speakers(text) == [
        ("Das kam zu spät.", "Lennart Aufderheide"),
        ("unverzüglich", "Alpenkind Naturkost GmbH"),
    ]


def test_a_company_kind_before_a_company_name_is_not_part_of_it() -> None:
    # "Der Hersteller Alpenkind Naturkost GmbH": "Hersteller" tells the kind of body
    # (data: body_kind_nouns), like "Firma" or "Konzern"
    text = "Der Hersteller Alpenkind Naturkost GmbH erklärte: „Wir rufen die Ware zurück.“"
    assert speakers(text) == [("Wir rufen die Ware zurück.", "Alpenkind Naturkost GmbH")]


def test_a_word_of_a_known_body_keeps_naming_it_after_a_title_in_marks() -> None:
    # the products „Alpenkind Bio“ in marks do not take over the word "Alpenkind" from the
    # company named before; "Alpenkind" then names the company
    text = (
        "Die Alpenkind Naturkost GmbH ruft die Produkte „Alpenkind Bio Pre“ und „Alpenkind "
        "Bio 1“ zurück. Die Behörde sprach von einem „ernsten Fall“. Alpenkind wies das "
        "zurück: „Wir haben sofort gehandelt.“"
    )
    assert speakers(text)[-1] == ("Wir haben sofort gehandelt.", "Alpenkind Naturkost GmbH")


def test_a_stand_alone_quote_after_reported_speech_goes_to_its_speaker() -> None:
    # "Ein Sprecher der Behörde erklärte, … . Ob …, werde noch geprüft. „…“": the sentence
    # in between reports the same speaker and has no cue of its own
    text = (
        "Oberbürgermeisterin Henrike Albers sagte: „Wir arbeiten mit Hochdruck.“ Die "
        "Ermittlungen hat das Landeskriminalamt Niedersachsen übernommen. Ein Sprecher der "
        "Behörde erklärte, es gebe Hinweise auf die Täter. Ob Daten abgeflossen seien, werde "
        "noch geprüft. „Wir gehen von einem professionellen Angriff aus.“"
    )
    assert speakers(text)[-1] == (
        "Wir gehen von einem professionellen Angriff aus.",
        "Landeskriminalamt Niedersachsen",
    )


def test_a_reported_sentence_with_a_participle_cue_is_no_introduction() -> None:
    # "Die Gruppe habe … gekauft, hoch versichert und … beschädigt. Dabei seien … verletzt
    # worden. „…“": both sentences report the prosecutor; "versichert" is no cue
    text = (
        "„Die Angeklagten haben den Unfall zum Geschäftsmodell gemacht“, sagte "
        "Oberstaatsanwältin Katharina Berg. Die Gruppe habe ältere Fahrzeuge gekauft, hoch "
        "versichert und dann beschädigt. Dabei seien vier Unbeteiligte verletzt worden. „Wer "
        "absichtlich bremst, nimmt Tote in Kauf.“"
    )
    assert [s for _, s in speakers(text)] == ["Katharina Berg", "Katharina Berg"]


def test_cordula_and_margarethe_are_given_names() -> None:
    # a given name opens a person's name with a particle, so "die Senatorin" and "sie" find
    # the senator ("Margarethe von Stein-Hallberg"), not the chairwoman named before her
    text = (
        "„Das ist bitter“, sagte die Landesvorsitzende des DJV, Anke Tiedemann. Bremens "
        "Kultursenatorin Margarethe von Stein-Hallberg (SPD) zeigte sich „bestürzt“. Hilfen "
        "seien heikel, sagte die Senatorin dem NDR. „Eine Zeitung, die vom Staat bezahlt wird, "
        "muss sich fragen lassen, wie unabhängig sie ist“, gab sie zu bedenken."
    )
    assert [s for _, s in speakers(text)][-1] == "Margarethe von Stein-Hallberg"


def test_an_adjective_inside_a_genitive_role_phrase_keeps_the_apposed_role() -> None:
    # "die Sprecherin des belarussischen Außenministeriums, Alena X,": the role is hers, so
    # "so die Sprecherin" finds her after another quotation of hers
    text = (
        "Am Nachmittag äußerte sich die Sprecherin des belarussischen Außenministeriums, Alena "
        "Kusmizkaja, im Fernsehen. Der Austausch sei eine „humanitäre Geste“, erklärte sie. "
        "„Belarus ist zum Dialog bereit“, so die Sprecherin."
    )
    assert [s for _, s in speakers(text)] == ["Alena Kusmizkaja", "Alena Kusmizkaja"]


def test_a_listed_noun_after_a_role_phrase_is_no_apposed_name() -> None:
    # "den Sprecher des Ministeriums für Landwirtschaft, Ernährung und ländliche
    # Angelegenheiten, Yoon Dae-sung": "Ernährung" is a noun of the ministry's name
    text = (
        "„Wir heben die Beschränkungen erst auf, wenn Deutschland seuchenfrei ist“, zitierte "
        "die Agentur Yonhap den Sprecher des südkoreanischen Ministeriums für Landwirtschaft, "
        "Ernährung und ländliche Angelegenheiten, Yoon Dae-sung."
    )
    assert speakers(text)[0][1] != "Ernährung"


def test_a_body_is_not_the_person_whose_role_names_a_body_of_its_kind() -> None:
    # "Das französische Justizministerium wies … zurück" after "Die Sprecherin des
    # belgischen Justizministeriums, Sofie X": a ministry speaks, not the spokeswoman
    text = (
        "Die Sprecherin des belgischen Justizministeriums, Sofie Verhaegen, räumte Probleme ein. "
        "„Die Überbelegung ist real“, sagte sie. Das französische Justizministerium wies den "
        "Bericht als „in Teilen veraltet“ zurück."
    )
    assert speakers(text)[-1][1] != "Sofie Verhaegen"


def test_an_object_opening_the_clause_is_not_the_subject() -> None:
    # "Den Vorschlag, …, wies der Sozialdemokrat zurück: „…“": "den" opens an object; the
    # subject stands after the verb
    text = (
        "Oberbürgermeister Torsten Beekmann-Ruhl sprach von einer „bitteren Niederlage“. Den "
        "Vorschlag, das Projekt erneut zur Abstimmung zu stellen, wies der Sozialdemokrat "
        "zurück: „Diese Stadt braucht keine Endlosschleife.“"
    )
    assert [s for _, s in speakers(text)] == ["Torsten Beekmann-Ruhl", "Torsten Beekmann-Ruhl"]


def test_a_complement_in_marks_after_an_age_epithet_leaves_it_named() -> None:
    # "sprach der 71-Jährige von einer „Rufmordkampagne“": "von einer" opens the verb's
    # complement, the quotation, not a body the epithet's person belongs to
    text = (
        "Die Regisseurin Signe Krogh erhob Vorwürfe gegen den Schauspieler Lorenzo de Santis. "
        "De Santis wies die Vorwürfe zurück. Seine Beteiligung liege „unter einem Prozent“, ließ "
        "er über seinen Anwalt erklären. Gegenüber der Zeitung sprach der 71-Jährige von einer "
        "„Rufmordkampagne“."
    )
    assert speakers(text)[-1] == ("Rufmordkampagne", "Lorenzo de Santis")


def test_a_quantified_group_after_the_verb_is_nobody_named() -> None:
    # "riefen mehrere Zuhörer „…“": some people the article does not name, not the person
    # of the clause before
    text = (
        "Als Landrat Burkhard Lemke-Sasse die Pläne im Saal vorstellte, riefen mehrere Zuhörer "
        "„Nicht bei uns!“ Lemke-Sasse sagte: „Wir brauchen die Plätze.“"
    )
    assert speakers(text) == [
        ("Nicht bei uns!", None),
        ("Wir brauchen die Plätze.", "Burkhard Lemke-Sasse"),
    ]


def test_a_ministrys_official_name_takes_its_genitive_noun() -> None:
    # "Das Bundesministerium der Verteidigung", "Das Bayerische Staatsministerium des
    # Innern" (data: genitive_name_heads): one name, the genitive noun included
    text = (
        "Das Bundesministerium der Verteidigung verwies auf die Aufklärung. Man werde dem "
        "Ausschuss „alle Unterlagen“ zur Verfügung stellen, sagte ein Sprecher. Das Bayerische "
        "Staatsministerium des Innern teilte mit, der Fall werde „nicht neu bewertet“."
    )
    assert [s for _, s in speakers(text)] == [
        "Bundesministerium der Verteidigung",
        "Bayerisches Staatsministerium des Innern",
    ]


def test_a_parliamentary_group_is_named_with_its_party() -> None:
    # "Die Landtagsfraktion der Grünen warf … vor" (data: genitive_name_heads): the group
    # with its party's genitive, not the bare noun
    text = (
        "Die Landtagsfraktion der Grünen warf der Regierung vor, beim Hochwasserschutz "
        "„jahrelang geschlafen“ zu haben."
    )
    assert speakers(text) == [("jahrelang geschlafen", "Landtagsfraktion der Grünen")]


def test_a_dative_opening_the_sentence_is_not_its_subject() -> None:
    # "Dem Nachrichtenportal LSM sagte er, … . „…“": the portal was told; "er" (the pastor)
    # is the subject a stand-alone quotation after the sentence goes to
    text = (
        "Pastor Jānis Bērziņš wurde vom Dienst freigestellt. Dem Nachrichtenportal LSM sagte "
        "er, er habe nur getan, was ein Seelsorger tun müsse. „Wer bin ich, ihnen diesen Segen "
        "zu verweigern?“"
    )
    assert speakers(text)[-1][1] == "Jānis Bērziņš"


def test_a_slash_inside_a_role_complement_keeps_the_apposed_name() -> None:
    # "die Vorsitzende der Lärmschutzgemeinschaft Flughafen Köln/Bonn, Gisela X,": the
    # slash joins two names inside the body's name
    text = (
        "„Seit Jahren werden wir vertröstet“, sagte die Vorsitzende der Lärmschutzgemeinschaft "
        "Flughafen Köln/Bonn, Gisela Brandauer, vor Beginn der Verhandlung."
    )
    assert speakers(text) == [("Seit Jahren werden wir vertröstet", "Gisela Brandauer")]


def test_a_long_word_with_a_nouns_suffix_names_nobody_alone() -> None:
    # "der Forschungsanstalt für Wald, Schnee und Landschaft (WSL)": "Landschaft" is no
    # name, so the glaciologist is the subject of "sprach … von einem „…“"
    text = (
        "Die Glaziologin Annemarie Zurbriggen von der Forschungsanstalt für Wald, Schnee und "
        "Landschaft (WSL), die den Gletscher seit Jahren beobachtet, sprach gegenüber der "
        "„Neuen Zürcher Zeitung“ von einem „Lehrbuchfall“."
    )
    assert speakers(text) == [("Lehrbuchfall", "Annemarie Zurbriggen")]


def test_more_nationalities_units_and_the_particle_el() -> None:
    # "sagte die Estin" (a nationality: a role for the person named before); "190 Kilogramm
    # Verpackungsmüll" (a unit: no name); "sagte el Amrani" (a surname's particle)
    text = (
        "EU-Kommissarin Liina Tammsaar sprach von einem „Wendepunkt“. Jeder Europäer erzeuge "
        "fast 190 Kilogramm Verpackungsmüll, sagte die Estin. „Wir können so nicht weitermachen.“ "
        "Die Abgeordnete Samira el Amrani nannte das „Symbolpolitik“. „Man baut Zäune aus "
        "Paragrafen“, sagte el Amrani."
    )
    assert [s for _, s in speakers(text)] == [
        "Liina Tammsaar",
        "Liina Tammsaar",
        "Samira el Amrani",
        "Samira el Amrani",
    ]


def test_a_known_persons_genitive_and_a_noun_are_no_name() -> None:
    # "Ceesays Ausbilder, der Schreinermeister Korbinian X, sagte": the genitive of a name
    # met before and a noun describe the person apposed after them
    text = (
        "Der Auszubildende Lamin Ceesay wurde abgeschoben. Ceesays Ausbilder, der "
        "Schreinermeister Korbinian Haslbeck, sagte dem Rundfunk, er habe ihn als "
        "„zuverlässig“ kennengelernt."
    )
    assert speakers(text) == [("zuverlässig", "Korbinian Haslbeck")]


def test_a_slash_joins_two_capitalised_words_of_one_name() -> None:
    # "die Polizeiinspektion Leer/Emden", "der Flughafen Köln/Bonn GmbH": one name
    text = (
        "Die Polizeiinspektion Leer/Emden sprach von einem „friedlichen“ Verlauf. Die Flughafen "
        "Köln/Bonn GmbH erklärte, der Nachtflug sei „das Rückgrat des Standorts“."
    )
    assert [s for _, s in speakers(text)] == [
        "Polizeiinspektion Leer/Emden",
        "Flughafen Köln/Bonn GmbH",
    ]
