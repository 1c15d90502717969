"""The fast paths of the pipeline give what the slow ways give (issue 11: speed without changing
any output): span extensions read from `doc.user_data`, span texts cut from the doc's text, the
claim records turned into plain values, the sieves before the initial splitter, the fraction
Matcher and the context token tests, the word counts of the entity filter, the parse read from
arrays (heads, negations, subtrees), the hedge and figure-start sieves. Texts written for these
tests, with made-up names."""

from __future__ import annotations

import pickle
from dataclasses import asdict

import pytest
from spacy.tokens import Span

from osint_graph.model import Attribution, Claim
from osint_graph.nlp import modality
from osint_graph.nlp.context.registry import TRIGGERS, trigger
from osint_graph.nlp.entity_filter import _lower_tokens, word_count
from osint_graph.nlp.extensions import _claim_dict, span_ext, span_text
from osint_graph.nlp.figure_fractions import SIEVE
from osint_graph.nlp.figures import _start_words
from osint_graph.nlp.syntax import chunks, forget_tokens, head_indices, is_negated, is_separator, subtree, tokens_of

TEXT = (
    "The tanker Orrin Bay S. left Velmora on Monday.\n\n"
    "Harbour master Idris Holloway said  a quarter of the crew, “all of them tired”, stayed aboard; "
    "the coast guard — which sent the cutter M/V Tarn Lark — cut patrols by a third.\n"
    "Photo: Velmora Port Authority"
)
# negations, relative clauses, hedges and figures for the parse-array paths
PARSE_TEXT = (
    "Officials did not say whether the freighter Calder Wren, which investigators believe was carrying "
    "about 3,000 tonnes of grain, had docked at Velmora twice. The crew may have left, and it cannot be "
    "ruled out that the ship, reportedly owned by Tarn Holdings, was never inspected by anyone."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_span_ext_reads_what_the_underscore_reads(doc):
    assert doc.ents, "the text names something"
    for ent in doc.ents:
        for name in ("canonical", "entity_id", "identifiers", "role", "osint_source"):
            assert span_ext(ent, name) == getattr(ent._, name)
    ent = doc.ents[0]
    ent._.role = "made-up role"  # a value written the usual way is read the fast way
    assert span_ext(ent, "role") == "made-up role"
    assert span_ext(Span(doc, 0, 1), "canonical") is None  # never set: the declared default


def test_span_text_is_the_span_text(doc):
    for start in range(len(doc)):
        for end in (start, start + 1, min(len(doc), start + 7), len(doc)):
            span = doc[start:end]
            assert span_text(span) == span.text


def test_claim_dict_is_asdict():
    claim = Claim(
        id="claim:x",
        text="A",
        start=0,
        end=1,
        kind="statement",
        attribution=(Attribution("Idris Holloway", "person:idris-holloway", "said"), Attribution("Velmora")),
        entities=("vessel:orrin-bay",),
        hedged=True,
        date="2024-03-05",
    )
    assert _claim_dict(claim) == asdict(claim)
    assert list(_claim_dict(claim)) == list(asdict(claim))  # the same keys in the same order
    odd = Claim(id="c", text="t", start=0, end=1, kind="statement", entities=(["a list"],))
    assert _claim_dict(odd) == asdict(odd)  # anything else: the generic way


def test_word_counts_match_the_token_loops(doc):
    assert word_count(doc) == sum(1 for t in doc if not (t.is_punct or t.is_space))
    assert _lower_tokens(doc) == frozenset(t.text for t in doc if t.is_lower)
    assert word_count(doc[0:0].as_doc()) == 0


def test_separator_flags_give_the_same_chunks(doc):
    forget_tokens()
    flags = [is_separator(t) for t in tokens_of(doc)]
    assert any(flags)
    expected, start, i = [], 0, 0
    while i < len(doc):  # the chunks worked out token by token, as before the flags
        if flags[i]:
            if i > start:
                expected.append((start, i))
            while i < len(doc) and (flags[i] or doc[i].is_space):
                i += 1
            start = i
            continue
        i += 1
    if start < len(doc):
        expected.append((start, len(doc)))
    assert chunks(doc, 0, len(doc)) == expected
    forget_tokens()


def test_initials_split_off_at_the_end_of_a_name(nlp):
    # the sieve on the text finds the 'S.' candidates; only the one that ends a name is split
    ended = [t.text for t in nlp("Officials boarded the tanker Orrin Bay S. The crew stayed.")]
    assert ended[ended.index("Bay") + 1 : ended.index("Bay") + 3] == ["S", "."]
    inside = [t.text for t in nlp("The tanker Orrin Bay S. left Velmora.")]
    assert inside[inside.index("Bay") + 1] == "S."
    assert [t.text for t in nlp("No initial here.")] == ["No", "initial", "here", "."]


def test_fraction_sieve_finds_every_pattern_in_the_text():
    assert SIEVE.search("a quarter of the crew")
    assert SIEVE.search("cut patrols by one-third")
    assert SIEVE.search("fell by a  third") is None  # two spaces: a space token between, no match
    assert SIEVE.search("half of the crew") is None  # 'half' is read after 'by' only


def test_a_text_test_runs_on_words_and_the_token_test_only_where_it_passed(nlp):
    calls: list[str] = []

    def token_test(tok):
        calls.append(tok.text)
        return tok.i > 0

    trigger("TEST_FAST_PATH", attr="TOKEN", text=lambda text: text == "Orrin", token=token_test)
    try:
        from osint_graph.nlp.context.component import ContextRules

        rules = ContextRules(nlp, "test", nlp.get_pipe("osint_context_rules").gazetteer)
        found = rules._matches(nlp("Orrin sailed. The tanker Orrin Bay left."))
    finally:
        del TRIGGERS["TEST_FAST_PATH"]
    assert calls == ["Orrin", "Orrin"]  # no call for the other words
    assert found["TEST_FAST_PATH"] == [(5, 6)]  # the first 'Orrin' fails the token test
    with pytest.raises(ValueError):
        trigger("TEST_BAD", text=lambda text: True)  # a text test goes with attr='TOKEN' only


def _slow_subtree(tok, skip):
    out, stack = [tok], [c for c in tok.children if c.dep_ not in skip]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(t.children)
    return sorted(out, key=lambda t: t.i)


def test_parse_arrays_give_what_the_tokens_give(nlp):
    doc = nlp(PARSE_TEXT)
    forget_tokens()
    assert head_indices(doc) == [t.head.i for t in doc]
    negated = [is_negated(t) for t in doc]
    assert any(negated)
    assert negated == [any(c.dep_ == "neg" for c in t.children) for t in doc]
    for tok in doc:
        for skip in (("relcl",), ("relcl", "acl", "punct"), ("prep",)):
            assert [t.i for t in subtree(tok, skip=skip)] == [t.i for t in _slow_subtree(tok, set(skip))]
    forget_tokens()


def test_hedged_sieve_skips_only_tokens_no_test_could_take(nlp):
    doc = nlp(PARSE_TEXT)
    cues = [t for t in doc if t.lower_ in modality.CUE_WORDS or t.lemma_ in modality.CUE_LEMMAS]
    assert cues, "the text has hedge words"
    for tok in doc:
        if tok not in cues:  # every test the sieve saves starts from a cue word or lemma
            assert not modality.is_hedge_token(tok) and not modality.is_hedge_verb(tok)
            assert not modality.is_rule_out(tok)
    assert modality.hedged(list(doc)) == modality.hedged(doc)


def test_figure_start_words_are_the_positions_the_token_test_takes(nlp):
    from osint_graph.nlp.figure_numbers import is_number
    from osint_graph.nlp.figure_units import currency_sign
    from osint_graph.nlp.figures import FREQUENCY_WORDS, VAGUE

    doc = nlp(PARSE_TEXT)
    expected = [
        t.i
        for t in doc
        if t.lower_ in FREQUENCY_WORDS or is_number(t) or t.lower_ in VAGUE or currency_sign(t.text) or t.text == "US"
    ]
    assert expected
    assert _start_words(doc) == expected


# reporting verbs, quotation marks of every style and an "according to" phrase, for the attribution sieves
QUOTE_TEXT = (
    "Captain Ilse Marrow said the barge had sailed, according to Velmora officials. "
    "„It left at dawn“, she told the Tarn Ledger, and «nobody» noted ``the delay'' or \"its cargo\", "
    "a claim that the harbour office denied and described as “untrue”."
)


def test_attribution_sieves_keep_every_token_the_scans_could_take(nlp):
    from osint_graph.nlp.attribution_scope import _QUOTE_MARKS, _quote_tokens
    from osint_graph.nlp.attribution_verbs import REPORT_VERBS, frame_phrase, may_start_phrase, report_lemma_indices

    doc = nlp(QUOTE_TEXT)
    forget_tokens()
    toks = tokens_of(doc)
    spans = [(0, len(doc)), (3, 20), (len(doc) // 2, len(doc))]
    for a, e in spans:
        slow = [t.i for t in doc[a:e] if t.lemma_ in REPORT_VERBS]
        assert report_lemma_indices(doc, a, e) == slow
        assert [t.i for t in _quote_tokens(doc, a, e)] == [t.i for t in doc[a:e] if t.text in _QUOTE_MARKS]
    assert len(report_lemma_indices(doc, 0, len(doc))) >= 3  # said, told, denied / described
    assert len(_quote_tokens(doc, 0, len(doc))) >= 8
    # a token no "source" phrase starts with is one frame_phrase finds nothing at
    for t in toks:
        if not may_start_phrase(t.lower_, "source"):
            assert frame_phrase(toks[t.i :], "source") == (0, "")
    assert any(frame_phrase(toks[t.i :], "source")[0] for t in toks)  # "according to"


# the model's tag map and its exceptions, one-token and several-token ones (contractions, "gonna",
# "y'all", whitespace tokens, pronouns by their relation), for the attribute ruler without a Matcher
RULER_TEXT = (
    "I'd say y'all ain't gonna believe it,\n\n  the skipper of the Calder Wren said. Let's go, c'mon, we gotta "
    "leave  now; nothin' is somethin' to 'em, said Oren Vask, who is doin' well. It was him, not her, that "
    "did it, and you told it to me: they'd been there, hadn't they?"
)


def _parsed_up_to_the_ruler(model, text):
    doc = model.make_doc(text)
    for name, proc in model.pipeline:
        if name == "attribute_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("the model has no attribute_ruler")


def _ruler_columns(doc):
    from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

    return doc.to_array([POS, MORPH, LEMMA, TAG, DEP]).tolist()


def test_the_fast_attribute_ruler_writes_what_spacys_writes(nlp):
    from spacy.tokens import Doc

    from osint_graph.nlp.attribute_rules import FastAttributeRuler, Plan
    from osint_graph.nlp.pipeline import load_model

    assert type(nlp.get_pipe("attribute_ruler")) is FastAttributeRuler  # the pipeline uses it
    model = load_model()
    spacys = model.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(model.vocab, "fast")
    fast.add_patterns(spacys.patterns)
    parsed = _parsed_up_to_the_ruler(model, RULER_TEXT)
    expected = spacys(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    got = fast(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    assert isinstance(fast._plan, Plan), "the model's patterns are answered without the Matcher"
    assert _ruler_columns(got) == _ruler_columns(expected)
    assert got.to_bytes() == expected.to_bytes()
    # several-token patterns took part: "na" of "gonna" gets the lemma "to" from its second token
    assert [t.lemma_ for t in got if t.lower_ == "na"] == ["to"]
    assert any(t.is_space and t.pos_ == "SPACE" for t in got)
    again = pickle.loads(pickle.dumps(fast))  # it pickles as spaCy's does (n_process by spawn), plan and all
    assert again(Doc(model.vocab).from_bytes(parsed.to_bytes())).to_bytes() == expected.to_bytes()


def test_the_fast_attribute_ruler_falls_back_on_a_pattern_it_cannot_answer(nlp):
    from spacy.tokens import Doc

    from osint_graph.nlp.attribute_rules import FastAttributeRuler
    from osint_graph.nlp.pipeline import load_model

    model = load_model()
    spacys = model.get_pipe("attribute_ruler")
    spacys.add([[{"LOWER": "the"}, {"IS_ALPHA": True, "OP": "+"}]], {"LEMMA": "made-up"}, index=-1)
    fast = FastAttributeRuler(model.vocab, "fast")
    fast.add_patterns(spacys.patterns)
    parsed = _parsed_up_to_the_ruler(model, RULER_TEXT)
    expected = spacys(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    got = fast(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    assert fast._plan is False  # an operator: spaCy's Matcher answers
    assert _ruler_columns(got) == _ruler_columns(expected)
    assert "made-up" in [t.lemma_ for t in got]


def test_the_fast_lemmatizer_gives_spacys_lemmas(nlp):
    from spacy.tokens import Doc

    from osint_graph.nlp.fast_lemmatizer import FastLemmatizer
    from osint_graph.nlp.pipeline import load_model

    assert type(nlp.get_pipe("lemmatizer")) is FastLemmatizer  # the pipeline uses it
    model = load_model()
    spacys = model.get_pipe("lemmatizer")
    fast = FastLemmatizer(model.vocab, None, "fast", mode="rule")
    fast.initialize(lookups=spacys.lookups)
    with model.select_pipes(disable=["lemmatizer", "ner"]):
        parsed = model(" ".join((TEXT, PARSE_TEXT, RULER_TEXT, PARSE_TEXT)))  # repeated words: cached lemmas
    expected = spacys(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    got = fast(Doc(model.vocab).from_bytes(parsed.to_bytes()))
    assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
    assert got.to_bytes() == expected.to_bytes()
    assert {"carry", "say", "be", "not"} <= {t.lemma_ for t in got}  # rules, and the ruler's lemmas kept
