"""Words that introduce reported speech, and the phrases that name a source."""

from __future__ import annotations

# Inflected forms on purpose: the pretagger runs without the lemmatizer.
SPEECH_VERBS = frozenset("""
say says said saying tell tells told telling add adds added adding state states stated stating
note notes noted noting claim claims claimed claiming announce announces announced announcing
declare declares declared declaring explain explains explained explaining insist insists insisted
warn warns warned warning write writes wrote written writing report reports reported reporting
confirm confirms confirmed confirming argue argues argued arguing stress stresses stressed stressing
emphasise emphasised emphasize emphasized emphasizes emphasises assert asserts asserted
ask asks asked asking reply replies replied answer answered answers respond responds responded
comment comments commented remark remarks remarked acknowledge acknowledged acknowledges
admit admits admitted suggest suggests suggested predict predicts predicted urge urges urged
quote quotes quoted describe describes described call calls called deny denies denied
promise promises promised vow vows vowed pledge pledged pledges recall recalls recalled
continue continued continues conclude concluded concludes mention mentions mentioned
tweet tweeted tweets post posted posts announce complain complained complains
observe observed observes point pointed points highlight highlighted highlights
praise praised praises criticise criticised criticize criticized
hail hailed hails herald heralded heralds thank thanked thanks
express expressed expresses accuse accused accuses
""".split())

# Verbs whose clausal complement is not reported speech ("called it X" is
# fine for partial quotes, but "call" + ccomp rarely reports a statement).
INDIRECT_VERBS = SPEECH_VERBS - frozenset(
    "call calls called quote quotes quoted describe describes described thank thanked thanks "
    "praise praised praises hail hailed hails herald heralded heralds continue continued continues "
    "point pointed points express expressed expresses ask asks asked asking".split()
)

SOURCE_PREPOSITIONS = {("according", "to"), ("as", "cited", "by"), ("cited", "by"), ("quoted", "by")}

PRONOUNS = {"he": "PERSON", "she": "PERSON", "him": "PERSON", "her": "PERSON", "they": None, "them": None,
            "it": "ORG", "i": "PERSON", "we": None}

# Heads of noun phrases that name a speaker without a name.
SPEAKER_NOUNS = frozenset("""
spokesperson spokesman spokeswoman official officials minister ministry president leader
source sources analyst analysts expert experts professor researcher diplomat diplomats
statement media agency newspaper paper outlet report reports government kremlin embassy
office spokespeople aide aides adviser advisor observers critics lawmaker lawmakers
""".split())

# Words that introduce a name or a title in marks, not speech: 'a book called "X"'.
TITLE_WORDS = frozenset("called titled entitled named dubbed nicknamed headlined labelled labeled".split())
