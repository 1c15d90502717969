"""Who a reporting verb or 'according to' makes an Outlet (osint_graph/nlp/context/outlets.py): the teller of 'told'
is no outlet, an agency described without a news word is a body, a name holding a body's word is no outlet
(sources/rules/context/body_name_words.txt), a web address is a news site (sources/rules/context/site_names.jsonl).
Made-up names; each rule has a twin that must not fire, or must fire where the other does not."""

from __future__ import annotations


def _outlets(nlp, text: str) -> set[str]:
    return {e.text for e in nlp(text).ents if e.label_ == "OUTLET"}


def test_the_teller_of_told_is_no_outlet(nlp):
    text = "The tanker's registered owner TVX Express told the Kesport Herald the ship was under charter."
    found = _outlets(nlp, text)
    assert "TVX Express" not in found
    assert "Kesport Herald" in found  # the twin: the one told is the outlet


def test_a_body_described_as_an_agency_is_no_outlet(nlp):
    text = "Meanwhile, Karsk's Inquiry Bureau, the main state criminal investigation agency, said it had opened a case."
    assert "Inquiry Bureau" not in _outlets(nlp, text)
    assert "Karsk's Inquiry Bureau" not in _outlets(nlp, text)


def test_a_name_described_as_a_news_agency_is_an_outlet(nlp):
    """The twin: with a news word before 'agency' the apposition still names a wire."""
    text = "Vexlund, the state news agency, said the ferry had sunk near Karsk on Monday."
    assert "Vexlund" in _outlets(nlp, text)


def test_a_name_holding_a_bodys_word_is_no_outlet(nlp):
    found = _outlets(nlp, "Varn Treasury cited the designated tankers. The Port of Kesvik reported delays on Monday.")
    assert not found


def test_a_name_with_a_papers_word_reporting_is_an_outlet(nlp):
    """The twin: the same sentence with a paper's name."""
    assert "Kesvik Gazette" in _outlets(nlp, "The Kesvik Gazette reported delays on Monday.")


def test_a_web_address_as_a_source_is_a_news_site(nlp):
    found = _outlets(nlp, "According to harbourwire.com, pirates have hijacked ships carrying steel before.")
    assert "harbourwire.com" in found


def test_a_lower_case_word_after_according_to_is_no_site(nlp):
    """The twin: no web address, no outlet."""
    assert not _outlets(nlp, "According to harbour officials, pirates have hijacked ships carrying steel before.")


def test_a_quoted_name_after_an_outlet_noun_is_the_outlet(nlp):
    """'the Varnian blog ‘Augen Vexa!’', 'the Karsk daily "Vexposten"': the words inside the quotes."""
    found = _outlets(nlp, "According to information gathered by the Varnian blog ‘Augen Vexa!’, the drone was lost.")
    assert any(name.startswith("Augen Vexa") for name in found)
    text = 'Cited in the Maputo daily "Vexposten", the port administrator said it was held.'
    assert "Vexposten" in _outlets(nlp, text)


def test_quoted_lower_case_words_after_an_outlet_noun_are_no_outlet(nlp):
    """The twin: a quoted phrase that is no name."""
    assert not _outlets(nlp, "A Norwegian blog called it ‘a grave loss’ after the drone was lost.")


def test_a_web_address_of_a_body_the_sources_know_is_no_outlet(nlp):
    """The twin of the web address: the site of a tracking service the registry lists as no outlet."""
    found = _outlets(nlp, "Marinetraffic.com showed the ferry Tarn Vale was near Kesvik and not moving on Friday.")
    assert not found
    assert "Harbourwire.net" in _outlets(nlp, "The ferry Tarn Vale was late, Harbourwire.net reported.")


def test_a_port_of_name_is_no_outlet_but_a_trade_papers_port_is(nlp):
    """'Port of' makes a port's authority; 'Port' inside a paper's name does not."""
    assert "Harbour Port News" in _outlets(nlp, "Harbour Port News reported that 129 vessels were waiting at Kesvik.")
