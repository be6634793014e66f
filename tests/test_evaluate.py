"""The evaluation arithmetic on tiny hand-made inputs, and `quotedesk eval` end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotedesk.core import edits, evaluate
from quotedesk.core.evaluate import ArticleTruth, QuoteRow, Report, add_article, match_quotes

REPO = Path(__file__).resolve().parents[1]


def q(start, end, kind="direct", speaker=None, entity=None):
    return QuoteRow(start, end, kind, speaker, entity)


def test_a_found_quote_matches_when_it_covers_half_the_true_one():
    true = [q(0, 100), q(200, 210)]
    found = [q(40, 100), q(0, 45), q(205, 230)]
    assert match_quotes(true, found) == {0: 0, 1: 2}  # one to one, the larger overlap wins
    assert match_quotes([q(0, 100)], [q(0, 49)]) == {}


def test_report_counts_recall_precision_speakers_and_entities():
    truth = ArticleTruth({(0, 5, "PERSON"), (10, 15, "GPE")},
                         [q(20, 40, speaker=(0, 5), entity="Vladimir Putin"), q(50, 60, "partial", (10, 12)),
                          q(70, 90, "indirect", (0, 5), "Vladimir Putin")])
    guess = ArticleTruth({(0, 5, "PERSON"), (10, 15, "ORG")},
                         [q(20, 41, speaker=(3, 8), entity="vladimir  putin"), q(95, 99, speaker=(0, 1))])
    report = Report()
    add_article(report, truth, guess)
    figures = report.as_dict()
    assert figures["quotes_in_marks"] == {"true": 2, "found": 2, "recall": 0.5, "precision": 0.5, "f1": 0.5}
    assert figures["indirect_quotes"]["recall"] == 0.0
    assert figures["speaker_mention_accuracy_quotes_in_marks"] == 0.5  # the missed partial counts as wrong
    assert figures["speaker_mention_accuracy_all_quotes"] == pytest.approx(1 / 3, abs=1e-4)
    assert figures["speaker_entity_accuracy"] == 0.5  # names compared without case or spacing
    assert figures["entities"]["PERSON"]["f1"] == 1.0
    assert figures["entities"]["GPE"]["recall"] == 0.0 and figures["entities"]["ORG"]["precision"] == 0.0


def test_the_report_lists_what_went_wrong_quote_by_quote():
    text = 'Lee Jae-myung said "we will win" and Kim added "not so fast" while "a slogan" hung there.'
    at = text.index
    truth = ArticleTruth(set(), [
        q(at('"we'), at('" and') + 1, speaker=(0, 13), entity="Lee Jae-myung"),
        q(at('"not'), at('" while') + 1, speaker=(at("Kim"), at("Kim") + 3), entity="Kim Min-jun"),
    ])
    guess = ArticleTruth(set(), [
        q(at('"we'), at('" and') + 1, speaker=(0, 13), entity="Lee"),
        q(at('"a slogan'), at('" hung') + 1, speaker=(at("Kim"), at("Kim") + 3), entity="Kim"),
    ])
    report = Report()
    add_article(report, truth, guess, article_id="a1", text=text)
    got = [(m.problem, m.quote, m.true_entity, m.found_entity) for m in report.misses]
    assert got == [("entity", '"we will win"', "Lee Jae-myung", "Lee"),
                   ("missed", '"not so fast"', "Kim Min-jun", None),
                   ("extra", '"a slogan"', None, "Kim")]
    assert report.misses[0].line().startswith("a1  entity")


def test_a_quote_nobody_is_said_to_have_said_is_right_only_without_a_suggested_speaker():
    truth = ArticleTruth(set(), [q(0, 10, "partial"), q(20, 30, "partial")])
    guess = ArticleTruth(set(), [q(0, 10, "partial"), q(20, 30, "partial", speaker=(40, 45))])
    report = Report()
    add_article(report, truth, guess)
    assert report.as_dict()["speaker_mention_accuracy_all_quotes"] == 0.5
    assert report.as_dict()["speaker_counts"]["named"] == 0


def test_entity_spans_match_without_a_leading_article_or_a_possessive():
    text = "the Kremlin and Putin\u2019s aide met The Bell."
    assert evaluate.span_key(text, 0, 11, "ORG") == evaluate.span_key(text, 4, 11, "ORG") == (4, 11, "ORG")
    assert evaluate.span_key(text, 16, 23, "PERSON") == (16, 21, "PERSON")
    assert evaluate.span_key(text, 33, 41, "ORG") == (37, 41, "ORG")
    assert evaluate.span_key(text, 16, 21, "PERSON") != evaluate.span_key(text, 16, 21, "ORG")


def test_speaker_entities_compare_as_names():
    assert evaluate._same_name("The Bell", "Bell") and evaluate._same_name("Kim  Jong Un", "kim jong un")
    assert not evaluate._same_name("Kim Jong Un", "Kim Jong Il") and not evaluate._same_name(None, None)


def test_the_pretaggers_own_suggestions_can_be_scored_before_they_are_saved():
    from quotedesk.core.pretag.types import Analysis, EntitySuggestion, QuoteSuggestion

    text = "The Kremlin said \u201cno\u201d."
    analysis = Analysis([EntitySuggestion(0, 11, "ORG", "Kremlin")],
                        [QuoteSuggestion(17, 21, "partial", 0.7, (12, 16), (0, 11), "Kremlin", "ORG")])
    guess = evaluate.guesses_from_analysis(analysis, text)
    assert guess.spans == {(4, 11, "ORG")}
    assert guess.quotes == [QuoteRow(17, 21, "partial", (0, 11), "Kremlin")]


def test_the_gold_files_are_built_from_their_cases(tmp_path):
    result = subprocess.run([sys.executable, str(REPO / "tests" / "gold" / "build_gold.py"), "--out", str(tmp_path)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    for name in ("dev.jsonl", "heldout.jsonl"):
        assert (tmp_path / name).read_bytes() == (REPO / "tests" / "gold" / name).read_bytes(), (
            f"tests/gold/{name} is stale: run tests/gold/build_gold.py")


def test_against_the_analyst_scores_model_rows_against_accepted_ones(sample, store):
    store.apply(edits.with_progress(store, edits.set_span_status(store, "s-putin-full", "accepted")))
    store.apply(edits.relabel_span(store, "s-pyongyang", "LOC"))  # the model said GPE
    store.apply(edits.set_quote_status(store, "q-1", "accepted"))
    store.conn.execute("UPDATE articles SET pretagged_with = 'test'")
    figures = evaluate.evaluate_against_analyst(store).as_dict()
    assert figures["articles"] == 1
    assert figures["quotes_in_marks"]["recall"] == 1.0
    assert figures["entities"]["GPE"]["precision"] == 0.0 and figures["entities"]["LOC"]["recall"] == 0.0
    assert figures["entities"]["PERSON"]["recall"] == 1.0
    assert figures["entities"]["PERSON"]["precision"] == 0.5  # "Putin" was never accepted


@pytest.mark.slow
def test_eval_command_meets_the_targets_on_the_development_gold_set(tmp_path):
    gold = REPO / "tests" / "gold" / "dev.jsonl"
    result = subprocess.run([sys.executable, "-m", "quotedesk", "eval", "--gold", str(gold), "--json", "-q"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert figures["articles"] == sum(1 for line in gold.read_text(encoding="utf-8").splitlines() if line.strip())
    missed = [name for name, _value, _target, ok in evaluate.target_checks(figures) if not ok]
    assert missed == [], evaluate.format_report(figures)


def test_eval_refuses_a_bad_gold_file_in_one_sentence(tmp_path):
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"text": "x", "quotes": [{"start": 0}]}\n', encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "quotedesk", "eval", "--gold", str(bad), "-q"],
                            capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith(f"quotedesk: error: {bad}, line 1: is not a gold record")
