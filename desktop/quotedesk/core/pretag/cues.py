"""Words that introduce reported speech, and words that mark a title or a non-speaker.

The pretagger runs without spaCy's lemmatizer, so verbs are listed by their
base form and every inflection is generated here.
"""

from __future__ import annotations

from .occupations import OCCUPATIONS

_IRREGULAR = {
    "say": "says said saying", "tell": "tells told telling", "write": "writes wrote written writing",
    "speak": "speaks spoke spoken speaking", "deny": "denies denied denying", "reply": "replies replied replying",
    "testify": "testifies testified testifying", "clarify": "clarifies clarified clarifying",
    "admit": "admits admitted admitting", "regret": "regrets regretted regretting",
    "quip": "quips quipped quipping", "signal": "signals signalled signaled signalling signaling",
    "label": "labels labelled labeled labelling labeling", "counter": "counters countered countering",
    "dub": "dubs dubbed dubbing", "rebut": "rebuts rebutted rebutting", "cite": "cites cited citing",
    "retort": "retorts retorted retorting",
}


def _inflect(base: str) -> set[str]:
    if base in _IRREGULAR:
        return {base, *_IRREGULAR[base].split()}
    if base.endswith("e"):
        forms = {base + "s", base + "d", base[:-1] + "ing"}
    elif base.endswith(("s", "sh", "ch", "x", "z")):
        forms = {base + "es", base + "ed", base + "ing"}
    else:
        forms = {base + "s", base + "ed", base + "ing"}
    return {base} | forms


def _verbs(bases: str) -> frozenset[str]:
    return frozenset(form for base in bases.split() for form in _inflect(base))


# Verbs whose clausal complement is what someone said: "X said (that) ...".
CONTENT_VERBS = _verbs("""
say tell add state write report announce claim insist warn explain note confirm deny argue stress
emphasise emphasize reply respond answer comment remark acknowledge admit predict declare assert
conclude mention tweet post complain observe reiterate maintain contend testify speculate
inform pledge promise vow estimate allege boast concede caution agree disclose hint joke lament quip
recount assure counter retort clarify signal suggest indicate reveal underline underscore
charge acknowledge affirm suppose tout proclaim
""")

# Verbs that frame a quotation without taking a reported clause:
# 'called it "a disgrace"', 'thanked them for their "unwavering support"'.
FRAMING_VERBS = _verbs("""
call describe quote cite recall praise hail herald thank express denounce condemn criticise criticize
slam blast dismiss welcome speak label brand term accuse ask urge demand continue highlight
characterise characterize decry lambast lambaste applaud question wonder plead appeal reject
""")

SPEECH_VERBS = CONTENT_VERBS | FRAMING_VERBS

# Verbs whose object is who heard it: "told the tribunal that ...".
TELLING_VERBS = _verbs("tell inform assure warn remind")

# Content verbs that just as often have a thing as subject ("the data suggest
# that"): they report speech only when a person or organisation is named.
EVIDENTIAL_VERBS = _verbs("suggest indicate reveal signal show find")

# "point" is speech only as "point out"; "as ... said" style source phrases.
PARTICLE_VERBS = {"point": "out", "points": "out", "pointed": "out", "pointing": "out"}
SOURCE_VERBS = _verbs("cite quote report")  # "as cited by X", "as reported by X"

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
ORG_PRONOUNS = frozenset({"it"})
GROUP_PRONOUNS = frozenset({"they", "them", "we", "i", "you"})

# Words right before marks that make them a title or a name, not a quote.
TITLE_VERBS = frozenset("titled entitled headlined nicknamed dubbed named billed branded".split())
TITLE_NOUNS = frozenset("""
film movie book novel memoir song album play documentary series show programme program poem essay
headline slogan hashtag exhibition podcast painting opera musical column newsletter magazine
operation campaign paper thesis dissertation
""".split())

# Heads of noun phrases that stand for an organisation ("the company said").
ORG_NOUNS = frozenset("""
company firm group bank club agency ministry department government administration office embassy
union party committee council commission authority authorities service board court army military
police newspaper broadcaster outlet network channel maker carmaker automaker chipmaker designer
manufacturer retailer airline operator regulator watchdog insurer lender developer producer
organisation organization institute university team alliance federation association
carrier grocer supermarket chain brand startup conglomerate giant business utility publisher studio
charity body league side squad coalition bloc firm's agency's force chain grocer park zoo museum society
festival quartet orchestra band choir gallery theatre theater hospital unit collective cooperative forum
centre center
""".split())

# What news copy calls a business it has named ("the company", "the miner", "the carrier"): a
# company, never a union, a ministry or a court, whichever of those the story named last.
COMPANY_NOUNS = frozenset("""
company firm group miner airline carrier lender bank insurer operator retailer grocer supermarket chain maker
carmaker automaker chipmaker manufacturer producer developer conglomerate giant business utility publisher startup
brewer exporter shipper telco
""".split())
# Words in a name that say the body is not a business: "Unite union", "Ministry of Health".
NOT_COMPANY_WORDS = frozenset("""
union ministry council court agency authority commission department government police association federation
party university bureau office committee parliament assembly senate tribunal city county municipality society
foundation church school hospital board institute service army navy
""".split())
# Nouns a description may use for the same kind of body: "domestic carrier X ... the airline said".
ORG_NOUN_SYNONYMS = {"airline": {"carrier"}, "carrier": {"airline"}, "lender": {"bank"}, "bank": {"lender"},
                     "grocer": {"supermarket", "retailer"}, "supermarket": {"grocer", "retailer"},
                     "retailer": {"grocer", "supermarket", "chain"}, "varsity": {"university"}}

# Heads that describe a person by role: "the minister said" refers to a person
# named earlier with that role.
PERSON_ROLE_NOUNS = frozenset("""
president minister premier chancellor secretary spokesman spokeswoman spokesperson official leader
chief director governor mayor senator lawmaker ambassador diplomat envoy general commander coach
manager captain player striker professor expert analyst economist researcher scientist doctor
lawyer judge prosecutor ceo founder chairman chairwoman chair executive king queen prince princess
pope archbishop bishop cardinal actor actress singer writer author candidate adviser advisor aide
officer inspector detective councillor councilor deputy mp mep justice speaker trainer barrister solicitor
passenger resident witness student teacher nurse driver farmer worker owner customer voter fan mother father
citizen neighbour neighbor victim survivor shopper patient activist protester campaigner organiser organizer
volunteer veteran pensioner retiree tourist visitor commissioner chancellor presenter host journalist reporter
clerk promoter substitute debutant democrat republican delegate trustee ombudsman bailiff matron selectman
controller undersecretary negotiator mediator arbitrator liquidator selector motorist councilmember
collector raider
""".split())

PERSON_ROLE_NOUNS = PERSON_ROLE_NOUNS | OCCUPATIONS

# Words news copy uses for a person it has just named, rarely for an unnamed one: "the singer said".
PERSON_EPITHETS = frozenset("""
singer songwriter singer-songwriter rapper musician actor actress star novelist poet artist
lawmaker legislator politician incumbent challenger frontrunner nominee veteran opener batter batsman bowler
striker midfielder goalkeeper forward winger defender champion supervisor entrepreneur billionaire tycoon
""".split())

# Nationality nouns written before a name ("Frenchman Olivier Roux"): who the person is, not the name.
DEMONYM_NOUNS = frozenset(f"{nation}{sex}" for nation in
                          "french english irish scots welsh dutch cornish manx".split() for sex in ("man", "woman")) \
    | {"briton", "kiwi"}
PERSON_EPITHETS = PERSON_EPITHETS | DEMONYM_NOUNS

# Heads of a company's name that mark it as a company, not a person ("Goldman Sachs Group").
ORG_NAME_WORDS = frozenset("""
inc ltd llc plc co corp corporation company group holdings bank airlines airways motors university
institute ministry council committee agency association foundation party union club fund partners
capital news times post journal press tv radio
""".split())

# Titles dropped from a canonical person name ("Archbishop Desmond Tutu" -> "Desmond Tutu").
PERSON_TITLES = frozenset("""
mr mrs ms miss dr prof professor sir dame lord lady president senator sen rep representative governor
gov mayor minister premier chancellor secretary general gen gens admiral adm colonel col captain capt
lieutenant lt sergeant sgt archbishop bishop cardinal rev reverend father sister brother rabbi imam
ayatollah judge justice ambassador chairman chairwoman coach spokesman spokeswoman spokesperson chief leader
director ceo envoy commissioner deputy speaker whip treasurer attorney solicitor counsel sheriff superintendent
constable magistrate congressman congresswoman assemblyman assemblywoman councilman councilwoman alderman
provost coroner comptroller midfielder goalkeeper defender winger madam madame mme mr. mrs. dr.
datuk datin dato seri tun puan cllr mec hon honourable alhaji alhaja engr barr pastor ustaz haji hajjah mallam
mian vidushi pandit shri smt sardar begum garda supervisor malam hajiya hajia regent
reeve supt insp det cmdr fr sr br cr administrator chairperson rector warden registrar commodore brigadier marshal
maj cpl pte vicar deacon mufti swami abbot sheikh sheikha shaikh shaikha hh coun uncle aunty auntie mzee comrade fellow
recorder
""".split()) | frozenset(
    # Honorifics written before names in Ghana, Nigeria, southern and east Africa, South and South-East Asia
    # ("Datu", "Punong Barangay", "H.E.") and Aotearoa, and Indian army ranks. Left out because they are as
    # often given names: Nana, Oba, Nkosi, Obi, Eze, Emir, Eng, Khun.
    """
opanin odeefuo togbe osagyefo okatakyie daasebre baale otunba kgosi inkosi induna mama cde
maulana qari janab oknha samdech pehin thiru thirumathi koro whaea kuia kaumatua kaumātua matua elder
okyeame aling havildar subedar datu punong barangay h.e
""".split())

# Titles written only before a person's name: a name after one is a person's, whatever the model says.
HONORIFICS = frozenset("""
mr mrs ms miss mx dr prof sir dame capt captain sen gov rev reverend cllr lt col sgt insp det supt cmdr maj cpl
pte sheikh sheikha alhaji alhaja hajiya malam datuk datin dato
""".split())

# Lower-case words inside people's names: "Ursula von der Leyen", "Hind bint Jassim", "Gwilym ap Dafydd",
# "Maria dela Cruz", "Siobhán Ní Bhriain", "Ma. Teresa de los Reyes".
NAME_PARTICLES = frozenset("""
von van der den de la le bin bint binti binte ibn ibni al el da di du ben della del degli dos das do
dela delos los las ap ní nic ó y arap ul anak
""".split())

# Gaelic particles, written capitalised ("Nic an Iomaire", "Mac an t-Saoir", "Uí Bhriain"); kept apart from
# NAME_PARTICLES, which also cleans the recogniser's training names.
GAELIC_PARTICLES = frozenset("mac mhic uí ua".split())

# The hyphen inside a name, and the Unicode hyphens some newsrooms type there ("Pieter\u2011Jan").
HYPHENS = frozenset({"-", "\u2010", "\u2011"})
# Particles that are not also common words of English or Spanish ("do", "la", "y"): taken into a
# name whatever the parse says ("Jeroen van den Broek" with "den" read as a verb).
PARTICLES_ANY_PARSE = frozenset("van von den der de bin bint ibn ap dela du della dos das arap".split())

# What stands before a person's name and is not part of it: "Minister", "spokesman", "Dr".
JOB_WORDS = PERSON_TITLES | PERSON_ROLE_NOUNS
# ...and the words news copy calls someone it has named: "the singer", "the veteran".
TITLE_WORDS = JOB_WORDS | PERSON_EPITHETS
# The small words inside a title's portfolio: "Minister for Housing and Urban Affairs".
PORTFOLIO_JOINS = frozenset("for of and &".split())


# Common nouns for people or bodies that speak without a name: "officials said", "critics argue".
SPEAKING_GROUPS = frozenset("""
people official authority source critic resident villager analyst expert observer witness local neighbour
neighbor member leader police government union company firm group family parent relative friend colleague
supporter opponent protester organiser organizer spokesperson spokesman spokeswoman team club board panel
court ministry department agency council committee office
""".split())
_SPEAKING_NOUNS = SPEAKING_GROUPS | PERSON_ROLE_NOUNS | ORG_NOUNS | ORG_NAME_WORDS


def speaks_as_someone(noun: str) -> bool:
    """Whether a lower-case head noun ("officials", "the union", "a witness") can be who speaks."""
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-1] if noun.endswith("s") else noun
    return noun in _SPEAKING_NOUNS or singular in _SPEAKING_NOUNS
