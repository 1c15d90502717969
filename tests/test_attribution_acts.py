"""An act told in the outlet's voice has no source (tests/gold/GUIDELINES.md, sixteenth round).

A speech verb with a plain noun object is an act the outlet reports; with a clause, a noun holding
its own clause or a small clause it presents its subject's proposition. Made-up vessels, bodies and
states; the stand-alone pipeline of tests/test_nlp_claims.py.
"""

from __future__ import annotations

import pytest
from claim_standalone import chain_of

ENTITIES = {
    "VESSEL": ["Tern Vale"],
    "ORG": ["Karsk Navy", "Brennholt Shipping"],
    "COUNTRY": ["Varnia", "Karsk"],
    "PERSON": ["Ola Tolm"],
}


@pytest.fixture(scope="module")
def run():
    from claim_standalone import claims_runner

    return claims_runner(ENTITIES)


def test_a_confirmation_of_a_noun_is_an_act(run):
    claims = run("The Karsk Navy confirmed the seizure of the Tern Vale.")
    assert chain_of(claims, "seizure") == []


def test_the_same_verb_with_a_that_clause_has_a_source(run):
    claims = run("The Karsk Navy confirmed that the Tern Vale had been seized near Varnia.")
    assert chain_of(claims, "seized") == ["Karsk Navy"]


def test_a_noun_with_its_own_clause_holds_the_proposition(run):
    claims = run("The Karsk Navy confirmed reports that the Tern Vale had sunk off Varnia.")
    assert chain_of(claims, "sunk") == ["Karsk Navy"]


def test_a_claim_noun_with_of_holds_the_proposition(run):
    claims = run("Brennholt Shipping denied Varnia's claims of an attack on the Tern Vale.")
    assert chain_of(claims, "attack") == ["Brennholt Shipping"]


def test_a_denial_of_a_noun_keeps_its_negation_but_loses_its_source(run):
    claims = run("Varnia denied any involvement in the attack on the Tern Vale.")
    denial = next(c for c in claims if "involvement" in c.text)
    assert denial.negated
    assert [a.name for a in denial.attribution] == []


def test_a_pronoun_object_is_an_act(run):
    claims = run("Karsk says the Tern Vale was boarded by Varnia. Varnia denies it.")
    assert chain_of(claims, "denies it") == []


def test_a_gerund_clause_keeps_the_source(run):
    claims = run("Varnia denied arming the crew of the Tern Vale.")
    assert chain_of(claims, "arming") == ["Varnia"]


def test_small_clauses_keep_the_source(run):
    claims = run(
        "Varnia accused Karsk of attacking the Tern Vale. "
        "The Karsk Navy described the Tern Vale as a smuggling ship. "
        "Ola Tolm urged Varnia to release the crew of the Tern Vale."
    )
    assert chain_of(claims, "accused") == ["Varnia"]
    assert chain_of(claims, "smuggling") == ["Karsk Navy"]
    assert chain_of(claims, "release the crew") == ["Ola Tolm"]


def test_a_condemnation_and_a_call_for_a_noun_are_acts(run):
    claims = run("The Karsk Navy condemned the boarding of the Tern Vale and called for an inquiry.")
    assert chain_of(claims, "condemned") == []


def test_an_act_coordinated_with_a_statement_keeps_the_source(run):
    claims = run("Brennholt Shipping confirmed the attack on the Tern Vale and said the ship was damaged.")
    assert chain_of(claims, "damaged") == ["Brennholt Shipping"]


def test_a_passive_confirmation_by_a_body_is_an_act(run):
    claims = run("The seizure of the Tern Vale was confirmed by the Karsk Navy.")
    assert chain_of(claims, "seizure") == []


def test_a_report_of_a_noun_keeps_its_source(run):
    claims = run("Brennholt Shipping reported a blast on board the Tern Vale.")
    assert chain_of(claims, "blast") == ["Brennholt Shipping"]


def test_a_rejection_as_an_adjective_keeps_the_source(run):
    claims = run('Varnia rejected the accusation of the Karsk Navy as "baseless".')
    assert chain_of(claims, "rejected") == ["Varnia"]


def test_an_act_with_a_describing_participle_keeps_the_source(run):
    claims = run("Ola Tolm condemned the boarding of the Tern Vale, describing it as an act of piracy.")
    assert chain_of(claims, "condemned") == ["Ola Tolm"]


def test_a_statement_noun_with_its_clause_keeps_the_source(run):
    claims = run("The Karsk Navy announced in a statement that the Tern Vale had been released.")
    assert chain_of(claims, "released") == ["Karsk Navy"]


def test_a_call_for_a_clause_keeps_the_source(run):
    claims = run("Ola Tolm called for the Tern Vale to be sent back to Varnia.")
    assert chain_of(claims, "sent back") == ["Ola Tolm"]


def test_a_report_on_a_topic_is_an_act(run):
    # the source covered the topic: no proposition told (attribution/topic_prepositions.txt)
    claims = run("The Karsk Navy reported on the attack on the Tern Vale.")
    assert chain_of(claims, "attack") == []


def test_a_report_with_its_clause_keeps_its_source(run):
    claims = run("The Karsk Navy reported on Monday that the Tern Vale had been attacked near Varnia.")
    assert chain_of(claims, "attacked") == ["Karsk Navy"]


def test_an_act_between_commas_is_no_frame_of_what_is_beside_it(run):
    # a speech verb with its subject before it and a noun object after it is a clause of its own, not a
    # "C1, X said, C2" frame: the fragments beside it are not its statement (attribution_trailing.acts_on_object)
    claims = run(
        "In a related move, Karsk announced sanctions against several Varnian companies, including Brennholt Shipping."
    )
    assert chain_of(claims, "sanctions") == []


def test_a_bare_trailing_frame_keeps_the_source(run):
    claims = run("The Tern Vale was boarded near Varnia, Karsk said on Monday.")
    assert chain_of(claims, "boarded") == ["Karsk"]


def test_a_trailing_frame_with_its_speaker_after_the_verb_keeps_the_source(run):
    claims = run("The Tern Vale was boarded near Varnia, said the Karsk Navy.")
    assert chain_of(claims, "boarded") == ["Karsk Navy"]


# Twenty-third round (voice23): forms of an act whose object is no proposition, and the passive.


def test_citing_sources_is_an_act(run):
    # attribution/source_citing_verbs.txt: whom the writer relied on is no proposition
    claims = run(
        "Varnia said it had hit the Tern Vale. The Karsk Navy cited two officials with knowledge of the matter."
    )
    assert chain_of(claims, "cited two officials") == []


def test_citing_a_named_person_is_an_act(run):
    # twenty-fourth round ruling: naming whom the writer relied on, a named person too, is no proposition
    claims = run("Varnia said it had hit the Tern Vale. The Karsk Navy cited Ola Tolm, head of the authority.")
    assert chain_of(claims, "cited Ola Tolm") == []


def test_quoting_a_named_person_as_saying_keeps_the_source(run):
    claims = run("The Karsk Navy quoted Ola Tolm as saying that the Tern Vale had been hit near Varnia.")
    assert chain_of(claims, "had been hit") != []


def test_citing_evidence_with_its_clause_keeps_the_source(run):
    claims = run("The Karsk Navy cited evidence that the Tern Vale had been hit near Varnia.")
    assert chain_of(claims, "had been hit") == ["Karsk Navy"]


def test_a_declared_status_is_an_act(run):
    # attribution/performative_verbs.txt: the declaration makes the status it names
    claims = run("Karsk declared Brennholt Shipping to be a terrorist organisation in April.")
    assert chain_of(claims, "terrorist") == []
    claims = run("Karsk officially declared Brennholt Shipping as a terrorist organisation in February.")
    assert chain_of(claims, "terrorist") == []


def test_a_declaration_with_a_that_clause_keeps_the_source(run):
    claims = run("Karsk declared that the Tern Vale had been seized near Varnia.")
    assert chain_of(claims, "seized") == ["Karsk"]


def test_an_addressee_object_keeps_the_clause(run):
    claims = run("The Karsk Navy warned the crew the Tern Vale would be boarded near Varnia.")
    assert chain_of(claims, "boarded") == ["Karsk Navy"]


def test_a_passive_accusation_with_its_agent_keeps_the_source(run):
    # "Y was accused by X of C" as "X accused Y of C"; without an agent nobody is named
    claims = run("Varnia was accused by Karsk of smuggling arms aboard the Tern Vale.")
    assert chain_of(claims, "smuggling") == ["Karsk"]
    claims = run("Varnia was accused of smuggling arms aboard the Tern Vale.")
    assert chain_of(claims, "smuggling") == []


def test_a_passive_act_with_its_agent_stays_an_act(run):
    claims = run("The seizure of the Tern Vale was condemned by Ola Tolm.")
    assert chain_of(claims, "condemned") == []
    # a directive to a ship or an aircraft is told as an act (dev gold: "warned vessels to stay away")
    claims = run("The Tern Vale was warned by the Karsk Navy to avoid the area near Varnia.")
    assert chain_of(claims, "avoid the area") == []


def test_a_statement_placed_in_time_is_told_by_the_outlet(run):
    # attribution/timing_verbs.txt: "the report comes amid C" dates the report, it does not tell C
    text = "The Karsk Navy published a report on the Tern Vale. The report comes amid a campaign by Varnia."
    assert chain_of(run(text), "comes amid") == []
    text = "The Karsk Navy published a report on the Tern Vale. The report identified Varnian drones near it."
    assert chain_of(run(text), "identified") == ["Karsk Navy"]


def test_an_estimated_figure_is_the_estimators_statement(run):
    # twenty-seventh round (carry27): the object of "estimate" / "calculate" is the figure put forward
    claims = run("Brennholt Shipping estimated a $78.7 million loss in disrupted exports near Karsk.")
    assert chain_of(claims, "78.7 million") == ["Brennholt Shipping"]
    claims = run("The Karsk Navy calculates a minimum damage of 188 million dollars due to the spill.")
    assert chain_of(claims, "188 million") == ["Karsk Navy"]
    # negative twin: a confirmation of a noun stays an act (content_object_verbs.txt does not list it)
    assert chain_of(run("The Karsk Navy confirmed a $78.7 million loss in disrupted exports."), "78.7 million") == []


@pytest.mark.parametrize(
    ("text", "words", "chain"),
    [
        # "advise" is a speech act (attribution/verb_frames.csv, credit27: dev d203 "UKMTO advised caution
        # ... and said that it was investigating"): its subject speaks, as for "urged"
        ("Ola Tolm advised Varnia to release the crew of the Tern Vale.", "release the crew", ["Ola Tolm"]),
        ("The Karsk Navy advised caution to ships near Varnia and said the Tern Vale was drifting.",
         "advised caution", ["Karsk Navy"]),
        # a passive advice names no speaker
        ("Ships were advised to keep clear of the Tern Vale near Varnia.", "keep clear", []),
    ],
)  # fmt: skip
def test_an_advice_is_its_subjects_speech_act(run, text, words, chain):
    assert chain_of(run(text), words) == chain
