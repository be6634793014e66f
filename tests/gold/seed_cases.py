"""The five seed articles, hand-annotated: every direct, partial and indirect quote.

Conventions (shared by every gold file here):
- a stretch in quotation marks is a quote when the sentence reports someone's
  speech and the stretch is part of what is reported; it takes that speaker.
  Marks used for a title, a heading or the reporter's own term are no quote;
- a quote in marks wins over the reported clause around it ("X said the
  deal would "..."" is one partial quote), since quotes never overlap;
- an indirect quote is the reported clause, with its "that" when there is one;
- the speaker mention is the subject of the cue (a name in preference to its
  apposition); the speaker entity is the canonical person or organisation,
  None for unnamed speakers, groups and countries.
"""

from __future__ import annotations

from pathlib import Path

from gold_format import Case, Q

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _text(stem: str) -> str:
    from quotedesk.core.textnorm import normalise_text

    return normalise_text((SEEDS / f"{stem}.txt").read_text(encoding="utf-8"))


PUTIN = "Vladimir Putin"

CASES = [
    Case("seed-000", _text("000_9607d782923e74db"), [
        Q("that Putin is set to strengthen diplomatic ties with North Korea and Vietnam — the second stop on his trip "
          "that has been strongly criticised by the US — after he intensified war efforts in Ukraine and shook up his "
          "domestic defence establishment", "indirect", "bne IntelliNews", "bne IntelliNews"),
        Q("The Russian army has already used North Korean shells and ballistic missiles extensively in the "
          "full-scale military invasion of Ukraine, the quality of the former and the accuracy of the ammunition "
          "supplied were questionable", "indirect", "The Bell", "The Bell"),
        Q("“highly appreciates the DPRK’s [Democratic People's Republic of Korea] unwavering support for Russia’s "
          "special military operation in Ukraine, their solidarity with us on key international matters and "
          "willingness to defend our common priorities and views within the United Nations.”", "partial",
          "Putin", PUTIN, speaker_at="Putin said Russia"),
        Q("Russia is expected to provide North Korea with advanced military technology such as spy satellites and "
          "possibly even conventional arms such as tanks and aircraft", "indirect", "observers", None),
        Q("“Russia has always supported and will continue to support the DPRK and the heroic Korean people in their "
          "opposition to the insidious, dangerous and aggressive enemy,”", "direct", "Putin", PUTIN,
          speaker_at="Putin wrote"),
        Q("that the two will strike a new strategic partnership agreement", "indirect", "Putin", PUTIN,
          speaker_at="Putin pledged"),
        Q("\"Last year, as a result of your visit to Russia, we made significant progress in building our interstate "
          "ties. Today, a new fundamental document has been prepared, which will form the basis of our relations "
          "for the long term,”", "direct", "Putin", PUTIN, speaker_at="Putin told Kim"),
        Q("that the main goal of such an agreement would be to boost military ties", "indirect", "Putin", PUTIN,
          speaker_at="Putin seemed"),
        Q("\"The comprehensive partnership treaty signed today provides, among other things, for mutual assistance "
          "in case of aggression versus one of the parties to this treaty,\"", "direct", "Putin", PUTIN,
          speaker_at="Putin said."),
        Q("\"this is a gross violation of the restrictions taken by Western countries within the framework of "
          "various kinds of international commitments,\"", "direct", "him", PUTIN),
    ], source="seeds/000_9607d782923e74db.txt", entities=[
        ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("Kim Jong-il", "PERSON"),
        ("Kim", "PERSON"), ("Andrey Belousov", "PERSON"), ("Denis Manturov", "PERSON"), ("Alexander Novak", "PERSON"),
        ("Sergei Lavrov", "PERSON"), ("Yury Borisov", "PERSON"), ("Oleg Belozerov", "PERSON"),
        ("bne IntelliNews", "ORG"), ("The Bell", "ORG"), ("Bloomberg", "ORG"), ("Kremlin", "ORG"),
        ("United Nations", "ORG"), ("Tass", "ORG"), ("RBC", "ORG"), ("NATO", "ORG"), ("Russian Railways", "ORG"),
        ("North Korea", "GPE"), ("Pyongyang", "GPE"), ("Vietnam", "GPE"), ("US", "GPE"), ("Ukraine", "GPE"),
        ("Russia", "GPE"), ("DPRK", "GPE"), ("Democratic People's Republic of Korea", "GPE"),
        ("Russian", "NORP"), ("North Korean", "NORP"), ("Korean", "NORP"), ("Soviet", "NORP"), ("Western", "NORP"),
        ("European", "NORP"), ("Ukrainian", "NORP"),
    ]),

    Case("seed-001", _text("001_f21efa50c2ccd83c"), [
        Q("\"visit North Korea from June 18 to 19 at the invitation of North Korean leader Kim Jong-un,\"", "partial",
          "Korean Central News Agency", "Korean Central News Agency"),
        Q("\"strategic partnership\"", "partial", "Experts", None),
        Q("\"North Korea has persistently shown support to Russia since the war in Ukraine,\"", "direct",
          "Lee Tae-lim", "Lee Tae-lim"),
        Q("\"The impending visit could be seen as an expression of gratitude.\"", "direct", "Lee Tae-lim",
          "Lee Tae-lim"),
        Q("\"Amid efforts to mend relations between Russia and South Korea in recent years, many Russian scholars "
          "have reportedly voiced that Moscow should strengthen ties with Pyongyang even more,\"", "direct",
          "Lee", "Lee Tae-lim", speaker_at="Lee added"),
        Q("\"While Russia needs the North's military backing in the prolonged war in Ukraine, North Korea seeks "
          "economic assistance and technological help for its missile and nuclear programs.\"", "direct",
          "Lim Eul-chul", "Lim Eul-chul"),
        Q("\"at least 10,000 shipping containers being sent from North Korea to Russia, which could hold as many as "
          "4.8 million artillery shells of the likes that Putin has used in his bombardment of Ukraine.\"",
          "partial", "Shin Won-sik", "Shin Won-sik"),
    ], source="seeds/001_f21efa50c2ccd83c.txt", entities=[
        ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong-un", "PERSON"), ("Kim", "PERSON"),
        ("Park Ung", "PERSON"), ("Lee Tae-lim", "PERSON"), ("Lee", "PERSON"), ("Lim Eul-chul", "PERSON"),
        ("Shin Won-sik", "PERSON"),
        ("Yonhap", "ORG"), ("AJU PRESS", "ORG"), ("Korean Central News Agency", "ORG"),
        ("Korea National Diplomatic Academy", "ORG"), ("Aju Press", "ORG"), ("Institute for Far Eastern Studies", "ORG"),
        ("Bloomberg", "ORG"),
        ("Pyongyang", "GPE"), ("North Korea", "GPE"), ("Russia", "GPE"), ("SEOUL", "GPE"), ("Seoul", "GPE"),
        ("Vladivostok", "GPE"), ("Viet Nam", "GPE"), ("U.S.", "GPE"), ("China", "GPE"), ("Ukraine", "GPE"),
        ("South Korea", "GPE"), ("Moscow", "GPE"), ("North", "GPE", "the North's"),
        ("Russian", "NORP"), ("North Korean", "NORP"), ("South Korean", "NORP"),
    ]),

    Case("seed-002", _text("002_ca6749dc55e0fbbc"), [
        Q("‘Total Hoax’", "partial", "Ukraine", None, speaker_at="Ukraine Denounces"),
        Q("the two leaders engaged in an animated conversation for several minutes before heading to their "
          "motorcade", "indirect", "state media", None, speaker_at="According to state media"),
        Q("“exchanged their pent-up innermost thoughts and opened their minds to more surely develop (North "
          "Korea-Russia) relations in conformity with the common desire and will of the peoples of the two "
          "countries.”", "partial", "North Korean state media", None),
        Q("“friendly chat,”", "partial", "Media", None, speaker_at="according to Media"),
        Q("“very eventful”", "partial", "Yuri Ushakov", "Yuri Ushakov"),
        Q("Both leaders plan to sign a new strategic partnership", "indirect", "Ushakov", "Yuri Ushakov",
          speaker_at="according to Ushakov"),
        Q("that the agreement is not intended to provoke or target other countries, but to ensure greater stability "
          "in northeast Asia", "indirect", "Ushakov", "Yuri Ushakov", speaker_at="Ushakov emphasized"),
        Q("“concerned about the trip”", "partial", "John Kirby", "John Kirby", speaker_at="John Kirby stated"),
        Q("that North Korean arms have been exported", "indirect", "Both Russia and North Korea", None),
        Q("On Tuesday, South Korea fired warning shots after North Korean soldiers briefly crossed into the South in "
          "the Demilitarized Zone (DMZ), the second such incident in two weeks", "indirect",
          "South Korea’s Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        Q("“meaningful ties and close comradeship”", "partial", "Kim", "Kim Jong Un", speaker_at="Kim recently"),
        Q("“unwavering support”", "partial", "Putin", PUTIN, speaker_at="Putin thanked"),
        Q("“actively advancing their multifaceted partnership”", "partial", "He", PUTIN, speaker_at="He stated"),
        Q("“to get back up on their feet.”", "partial", "Lloyd Austin", "Lloyd Austin"),
        Q("Between August and February, Pyongyang shipped approximately 6,700 containers to Russia, which could "
          "contain over 3 million rounds of 152 mm artillery shells or more than 500,000 rounds of 122 mm multiple "
          "rocket launchers", "indirect", "South Korea’s defense ministry", None),
        Q("“absurd paradox.”", "partial", "a senior North Korean official", None),
        Q("“potential for developing bilateral relations”", "partial", "a Kremlin spokesperson", None),
        Q("“profound”", "partial", "a Kremlin spokesperson", None),
        Q("“should not cause concern to anyone and should not and cannot be challenged by anyone.”", "partial",
          "a Kremlin spokesperson", None),
        Q("“charm offensive”", "partial", "John Kirby", "John Kirby", speaker_at="John Kirby described"),
    ], source="seeds/002_ca6749dc55e0fbbc.txt", entities=[
        ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("Kim Jong Il", "PERSON"),
        ("Kim", "PERSON"), ("Yuri Ushakov", "PERSON"), ("Ushakov", "PERSON"), ("John Kirby", "PERSON"),
        ("Biden", "PERSON"), ("Volodymyr Zelensky", "PERSON"), ("Zelensky", "PERSON"), ("Lloyd Austin", "PERSON"),
        ("Xi Jinping", "PERSON"),
        ("Media", "ORG"), ("Planet Labs", "ORG"), ("Maxar Technologies", "ORG"), ("Joint Chiefs of Staff", "ORG"),
        ("Rodong Sinmun", "ORG"), ("Group of Seven", "ORG"), ("G7", "ORG"), ("NATO", "ORG"), ("UN", "ORG"),
        ("UN Security Council", "ORG"), ("Kremlin", "ORG"), ("BRICS", "ORG"),
        ("Kumsusan State Guest House", "FAC"), ("Kim Il Sung Square", "FAC"),
        ("Demilitarized Zone", "LOC"), ("DMZ", "LOC"), ("Eurasia", "LOC"), ("northeast Asia", "LOC"),
        ("Korean peninsula", "LOC"), ("West", "LOC"),
        ("North Korea", "GPE"), ("Moscow", "GPE"), ("Pyongyang", "GPE"), ("Ukraine", "GPE"), ("Russia", "GPE"),
        ("Hanoi", "GPE"), ("Vietnam", "GPE"), ("United States", "GPE"), ("US", "GPE"), ("South Korea", "GPE"),
        ("Italy", "GPE"), ("Kyiv", "GPE"), ("Beijing", "GPE"), ("China", "GPE"), ("Iran", "GPE"),
        ("South Africa", "GPE"), ("Brazil", "GPE"), ("South", "GPE", "into the South"),
        ("North Korean", "NORP"), ("North Koreans", "NORP"), ("Russian", "NORP"), ("Communist", "NORP"),
        ("Ukrainian", "NORP"), ("Western", "NORP"), ("American", "NORP"), ("Iranian", "NORP"), ("Chinese", "NORP"),
    ]),

    Case("seed-003", _text("003_1db3f4977ee2ccb5"), [
        Q("“Relations between our countries are entering a new era of blossoming, which cannot be compared even with "
          "the period of Korean-Soviet relations of the last century,”", "direct", "Kim Jong Un", "Kim Jong Un",
          speaker_at="stated Kim Jong Un"),
        Q("“strengthen”", "partial", "He", "Kim Jong Un", speaker_at="He added"),
        Q("“We very much appreciate your systematic and permanent support of Russian policy, including on the "
          "Ukrainian issue,”", "direct", "Putin", PUTIN, speaker_at="Putin was quoted"),
        Q("“based on the principles of equality and mutual respect of interests.”", "partial", "Putin", PUTIN,
          speaker_at="Putin heralded"),
        Q("“strategic partnership”", "partial", "The Kremlin", "Kremlin"),
        Q("“comprehensive strategic partnership treaty”", "partial", "Yuri Ushakov", "Yuri Ushakov"),
        Q("that the Soviet Union was the first to recognize the DPRK, founded by Kim’s grandfather, Kim Il Sung, "
          "before the 1950 Korean War", "indirect", "Putin", PUTIN, speaker_at="by Putin, noting"),
    ], source="seeds/003_1db3f4977ee2ccb5.txt", entities=[
        ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("Kim Il Sung", "PERSON"),
        ("Kim", "PERSON"), ("Yuri Ushakov", "PERSON"), ("Victor Cha", "PERSON"), ("Andrei Belousov", "PERSON"),
        ("Sergei Lavrov", "PERSON"),
        ("Reuters", "ORG"), ("Kremlin", "ORG"), ("UN", "ORG"), ("Security Council", "ORG"), ("White House", "ORG"),
        ("US State Department", "ORG"),
        ("North Korea", "GPE"), ("Russia", "GPE"), ("Pyongyang", "GPE"), ("Ukraine", "GPE"), ("South Korea", "GPE"),
        ("Moscow", "GPE"), ("US", "GPE"), ("Washington", "GPE"), ("Vietnam", "GPE"), ("China", "GPE"),
        ("Soviet Union", "GPE"), ("DPRK", "GPE"),
        ("Europe", "LOC"), ("Asia", "LOC"), ("West", "LOC"),
        ("Korean War", "EVENT"),
        ("Russian", "NORP"), ("Korean", "NORP"), ("Soviet", "NORP"), ("Ukrainian", "NORP"), ("Western", "NORP"),
        ("North Korean", "NORP"),
    ]),

    Case("seed-004", _text("004_dddaa250130db72d"), [
        Q("Russian president to meet North Korean leader Kim Jong Un during a state visit on Tuesday and Wednesday",
          "indirect", "the Kremlin", "Kremlin", speaker_at="the Kremlin says"),
        Q("“At the invitation of the Chairman of State Affairs of the DPRK, Kim Jong Un, Vladimir Putin will pay a "
          "friendly state visit to the Democratic People’s Republic of Korea on June 18-19,”", "direct",
          "the Kremlin", "Kremlin", speaker_at="the Kremlin said"),
        Q("the two countries had developed good relations and partnerships over the past 70 years based on "
          "equality, mutual respect and trust", "indirect", "Putin", PUTIN, speaker_at="Putin said the two"),
        Q("“We will develop alternative mechanisms of trade and mutual settlements that are not controlled by the "
          "West, and jointly resist illegitimate unilateral restrictions,”", "direct", "Putin", PUTIN,
          speaker_at="Putin wrote"),
        Q("“And at the same time – we will build an architecture of equal and indivisible security in Eurasia.”",
          "direct", "Putin", PUTIN, speaker_at="Putin wrote"),
        Q("“US pressure, blackmail and military threats”", "partial", "he", PUTIN, speaker_at="what he called"),
        Q("“For Kim Jong-un, this visit is a victory,”", "direct", "Leif-Eric Easley", "Leif-Eric Easley"),
        Q("“Not only does the summit upgrade North Korea’s status among countries standing against the U.S.-led "
          "international order, it also helps bolster Kim’s domestic legitimacy.", "direct", "Leif-Eric Easley",
          "Leif-Eric Easley"),
        Q("“Russia cannot replace China economically, but increasing cooperation with Moscow shows that Pyongyang "
          "has options. For now at least, Putin’s war in Ukraine sets up an ‘axis of transactionalism’ among "
          "sanctions violators looking to trade yesterday’s weapons for today’s military technology.”", "direct",
          "Leif-Eric Easley", "Leif-Eric Easley"),
        Q("it had successfully put a spy satellite into orbit after two previous efforts ended in failure",
          "indirect", "North Korea", None, speaker_at="North Korea announced"),
        Q("that in exchange for providing artillery munitions and short-range ballistic missiles, Pyongyang was "
          "hoping to get more sophisticated weapons from Moscow", "indirect", "Andrei Lankov", "Andrei Lankov"),
        Q("that while Russia could be reluctant to share its state-of-the-art military technologies with North "
          "Korea, it was eager to get munitions from Pyongyang", "indirect", "Lankov", "Andrei Lankov",
          speaker_at="Lankov added"),
        Q("“There is never enough ammunition in a war. There is a great demand for them,”", "direct", "he",
          "Andrei Lankov", speaker_at="he said."),
        Q("the two countries could sign a partnership agreement during the visit that would include security issues",
          "indirect", "Yuri Ushakov", "Yuri Ushakov", speaker_at="Yuri Ushakov, said"),
        Q("“outline prospects for further cooperation, and will be signed taking into account what has happened "
          "between our countries in recent years – in the field of international politics, in the field of "
          "economics … including, of course, taking into account security issues”", "partial", "He", "Yuri Ushakov",
          speaker_at="He said the deal"),
    ], source="seeds/004_dddaa250130db72d.txt", entities=[
        ("Vladimir Putin", "PERSON"), ("Putin", "PERSON"), ("Kim Jong Un", "PERSON"), ("Kim Jong-un", "PERSON"),
        ("Kim Jong Il", "PERSON"), ("Kim", "PERSON"), ("Vladimir Smirnov", "PERSON"), ("Leif-Eric Easley", "PERSON"),
        ("Andrei Lankov", "PERSON"), ("Lankov", "PERSON"), ("Yuri Ushakov", "PERSON"), ("Andrei Belousov", "PERSON"),
        ("Sergey Lavrov", "PERSON"), ("Alexander Novak", "PERSON"),
        ("Kremlin", "ORG"), ("KCNA", "ORG"), ("Rodong Sinmun", "ORG"), ("Workers\u2019 Party", "ORG"),
        ("Reuters", "ORG"), ("Ewha Womans University", "ORG"), ("Kookmin University", "ORG"),
        ("United Nations Security Council", "ORG"), ("The Associated Press", "ORG"), ("Al Jazeera", "ORG"),
        ("Russia", "GPE"), ("North Korea", "GPE"), ("Pyongyang", "GPE"), ("Seoul", "GPE"), ("Moscow", "GPE"),
        ("Ukraine", "GPE"), ("U.S.", "GPE"), ("United States", "GPE"), ("China", "GPE"), ("Vietnam", "GPE"),
        ("DPRK", "GPE"), ("Democratic People\u2019s Republic of Korea", "GPE"), ("South Korea", "GPE"),
        ("Amur", "LOC"), ("Far East", "LOC"), ("Eurasia", "LOC"), ("Europe", "LOC"), ("Asia", "LOC"), ("West", "LOC"),
        ("Vostochny \u0421osmodrome", "FAC"),
        ("Russian", "NORP"), ("North Korean", "NORP"),
    ]),
]
