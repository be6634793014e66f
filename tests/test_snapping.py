from quotedesk.core.snapping import next_boundary, snap

TEXT = 'Kim Jong-un said, "We\'re ready." Lee\u2019s team agreed.'


def test_a_sloppy_selection_grows_to_whole_tokens():
    start = TEXT.index("Jong") + 1
    assert TEXT[slice(*snap(TEXT, start, start + 2))] == "Jong-un"
    assert TEXT[slice(*snap(TEXT, 1, TEXT.index("said") + 1))] == "Kim Jong-un said"


def test_white_space_only_selection_snaps_to_nothing():
    space = TEXT.index(" ")
    assert snap(TEXT, space, space + 1) is None


def test_apostrophes_inside_words_stay_in_the_token():
    start = TEXT.index("Lee")
    assert TEXT[slice(*snap(TEXT, start, start + 2))] == "Lee\u2019s"


def test_backwards_selection_is_normalised():
    end = TEXT.index("said") + 4
    assert snap(TEXT, end, end - 2) == (TEXT.index("said"), end)


def test_keyboard_resizing_moves_by_tokens():
    said = TEXT.index("said")
    assert next_boundary(TEXT, said, -1, "start") == TEXT.index("Jong")
    assert next_boundary(TEXT, said + 4, 1, "end") == said + 5  # the comma
    assert next_boundary(TEXT, 0, -1, "start") == 0
