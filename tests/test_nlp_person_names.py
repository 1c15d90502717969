"""People's names on made-up texts: the given names the model leaves out, and a name the model types
as an organisation that the parse sets beside a person's role (osint_graph/nlp/person_names.py)."""

from __future__ import annotations


def labels(nlp, text: str) -> dict[str, str]:
    return {e.text: e.label_ for e in nlp(text).ents}


def test_a_given_name_before_the_models_person_joins_the_name(nlp):
    found = labels(nlp, "Abdiwali Farah Korsen, the mayor of Tolmhavn, told reporters the dhow was released.")
    assert found.get("Abdiwali Farah Korsen") == "PERSON"
    assert "Farah Korsen" not in found


def test_a_spokesmans_three_part_name_after_his_body_is_whole(nlp):
    found = labels(nlp, "A spokesman for the Varnian National Guard, Houcem Eddine Tallak, said no drone was seen.")
    assert found.get("Houcem Eddine Tallak") == "PERSON"
    assert found.get("Varnian National Guard") == "ORG"


def test_a_title_before_the_given_name_stays_out_of_it(nlp):
    found = labels(nlp, "Seaman Dakota Tolan Varde, 19, was among the sailors lost.")
    assert found.get("Dakota Tolan Varde") == "PERSON"
    found = labels(nlp, "Karsk President Ivo Brannick said on Monday that the strike was lawful.")
    assert found.get("Ivo Brannick") == "PERSON" and "President Ivo Brannick" not in found


def test_a_name_in_apposition_with_a_role_is_a_person(nlp):
    # the model reads 'Varnchuk' as an organisation; the parse hangs the name on 'air force', the
    # object of the commander's 'of'
    found = labels(nlp, "The commander of Karsk's air force, Oleksiy Varnchuk, announced the strike on the yard.")
    assert {label for text, label in found.items() if text.endswith("Varnchuk")} == {"PERSON"}


def test_a_company_in_apposition_with_an_owner_stays_a_company(nlp):
    found = labels(nlp, "The tanker's owner, Brenn Tankers Ltd, said the crew was safe.")
    assert found.get("Brenn Tankers Ltd") == "ORG"


def test_lower_case_words_in_a_quote_in_another_language_are_no_person(nlp):
    # the model reads 'mga tao' ('people', Tagalog) and 'meron kami' as names; English writes a
    # person's name capitalised (entity_types._not_a_name)
    found = labels(
        nlp,
        "“Meron pong mga underwater personnel na mag coconduct ng operations para ma-check po kung meron "
        "pang mga tao na na-trap dun sa ilalim ng bangka,” added Rear Admiral Tomas Varlo.",
    )
    assert not [text for text, label in found.items() if label == "PERSON" and text.islower()]
    assert found.get("Tomas Varlo") == "PERSON"
