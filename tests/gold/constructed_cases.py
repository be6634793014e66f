"""Short constructed cases for every construction issue 4 lists, several variants each.

Development data: the rules are tuned on these (and the seeds), so they
show coverage, not accuracy on unseen news. Conventions: see seed_cases.py.
"""

from __future__ import annotations

from gold_format import Case, Q

L = "\u201c"  # left curly double mark
R = "\u201d"  # right curly double mark

CASES = [
    # -- straight and curly marks ------------------------------------------------------------
    Case("straight-after", 'Lee Jae-myung spoke on Monday. "We will win this election," Lee said.', [
        Q('"We will win this election,"', "direct", "Lee", "Lee Jae-myung", speaker_at="Lee said")]),
    Case("straight-after-2", 'The mayor of Lyon, Gregory Doucet, opened the new bridge on Sunday. '
         '"This bridge belongs to everyone who crosses it," Doucet said.', [
        Q('"This bridge belongs to everyone who crosses it,"', "direct", "Doucet", "Gregory Doucet",
          speaker_at="Doucet said")]),
    Case("straight-after-3", 'Farmers blocked the motorway for a third day. "We have nothing left to lose," '
         'said Pierre Martin, who grows wheat near Chartres.', [
        Q('"We have nothing left to lose,"', "direct", "Pierre Martin", "Pierre Martin")]),
    Case("curly-after", f"{L}The talks were useful and frank,{R} Moon Jae-in told reporters in Seoul.", [
        Q(f"{L}The talks were useful and frank,{R}", "direct", "Moon Jae-in", "Moon Jae-in")]),
    Case("curly-after-2", f"{L}Our exports will recover by the spring,{R} Trade Minister Ana Lopez said on "
         f"Tuesday. {L}The worst is behind us.{R}", [
        Q(f"{L}Our exports will recover by the spring,{R}", "direct", "Ana Lopez", "Ana Lopez"),
        Q(f"{L}The worst is behind us.{R}", "direct", "Ana Lopez", "Ana Lopez")]),
    Case("curly-after-3", f"Rescue teams worked through the night. {L}We found two more survivors under the "
         f"rubble at dawn,{R} said fire chief Tomasz Nowak.", [
        Q(f"{L}We found two more survivors under the rubble at dawn,{R}", "direct", "Tomasz Nowak", "Tomasz Nowak")]),
    Case("guillemets", "\u00abWe will not sign this agreement,\u00bb Foreign Minister Jean Dupont said.", [
        Q("\u00abWe will not sign this agreement,\u00bb", "direct", "Jean Dupont", "Jean Dupont")]),

    # -- mismatched and odd marks -----------------------------------------------------------------
    Case("mismatched-marks", f'Defence Minister Andrei Belousov arrived late. {L}We will respond to any threat," '
         'Belousov said.', [
        Q(f'{L}We will respond to any threat,"', "direct", "Belousov", "Andrei Belousov", speaker_at="Belousov said")]),
    Case("mismatched-marks-2", f'"The vote was free and fair,{R} election commission chief Ella Pamfilova said.', [
        Q(f'"The vote was free and fair,{R}', "direct", "Ella Pamfilova", "Ella Pamfilova")]),
    Case("mismatched-marks-3", f'Union leader Mick Lynch said the offer was {L}an insult to our members" and '
         'promised more strikes.', [
        Q(f'{L}an insult to our members"', "partial", "Mick Lynch", "Mick Lynch")]),
    Case("odd-marks", 'The minister said "we are ready and waiting. Later that day the talks began in Hanoi.', [
        Q('"we are ready and waiting.', "partial", "The minister", None)]),
    Case("odd-marks-2", f'Prices rose again in March. {L}Nobody expected this,{R} said economist Rita Gomes. '
         f'The central bank had forecast a fall.\n\nShoppers were cautious. {L}We buy less now," one pensioner '
         'said. "Everything costs more.', [
        Q(f"{L}Nobody expected this,{R}", "direct", "Rita Gomes", "Rita Gomes"),
        Q(f'{L}We buy less now,"', "direct", "one pensioner", None),
        Q('"Everything costs more.', "direct", "one pensioner", None)]),
    Case("odd-marks-3", 'The report, published on Monday, is 300 pages long. Its authors call the findings '
         '"alarming and the trend is accelerating.\n\nThe government has promised to respond within a month.', [
        Q('"alarming and the trend is accelerating.', "partial", "Its authors", None)]),

    # -- a quote continued in the next paragraph --------------------------------------------------
    Case("continued-paragraph", f"Dmitry Peskov spoke at length.\n{L}The first part of the statement covers trade "
         f"and energy.\n{L}The second part covers security,{R} Peskov said.", [
        Q(f"{L}The first part of the statement covers trade and energy.", "direct", "Peskov", "Dmitry Peskov",
          speaker_at="Peskov said"),
        Q(f"{L}The second part covers security,{R}", "direct", "Peskov", "Dmitry Peskov", speaker_at="Peskov said")]),
    Case("continued-paragraph-2", f'{L}We were told the water was safe,{R} said Maria Costa, who lives near the '
         f'plant. {L}My children drank it every day.\n\n{L}Now the doctors tell us it was poisoned.{R}', [
        Q(f"{L}We were told the water was safe,{R}", "direct", "Maria Costa", "Maria Costa"),
        Q(f"{L}My children drank it every day.", "direct", "Maria Costa", "Maria Costa"),
        Q(f"{L}Now the doctors tell us it was poisoned.{R}", "direct", "Maria Costa", "Maria Costa")]),
    Case("continued-paragraph-3", 'Coach Hansi Weber said after the match: "We lost the ball too easily in '
         'midfield.\n"In the second half we were better, but it was too late."\n\nThe team plays again on Saturday.', [
        Q('"We lost the ball too easily in midfield.', "direct", "Hansi Weber", "Hansi Weber"),
        Q('"In the second half we were better, but it was too late."', "direct", "Hansi Weber", "Hansi Weber")]),

    # -- speaker before, after, in the middle -------------------------------------------------------
    Case("speaker-before", 'Lim Eul-chul said, "The alliance is a marriage of convenience."', [
        Q('"The alliance is a marriage of convenience."', "direct", "Lim Eul-chul", "Lim Eul-chul")]),
    Case("speaker-before-2", f"Prime Minister Kaja Kallas said: {L}Estonia will not be intimidated.{R}", [
        Q(f"{L}Estonia will not be intimidated.{R}", "direct", "Kaja Kallas", "Kaja Kallas")]),
    Case("speaker-before-3", f"In a statement on Friday, Amnesty International said: {L}These executions must stop "
         f"immediately.{R}", [
        Q(f"{L}These executions must stop immediately.{R}", "direct", "Amnesty International",
          "Amnesty International")]),
    Case("speaker-before-4", "Ukrainian President Volodymyr Zelensky addressed parliament on Monday.\n"
         f"He told lawmakers:\n{L}We are fighting for every village and every family.{R}", [
        Q(f"{L}We are fighting for every village and every family.{R}", "direct", "He", "Volodymyr Zelensky",
          speaker_at="He told")]),
    Case("speaker-middle", f"Kim Yo Jong issued a statement. {L}We are ready,{R} she said, "
         f"{L}and we will not wait for Washington.{R}", [
        Q(f"{L}We are ready,{R}", "direct", "she", "Kim Yo Jong"),
        Q(f"{L}and we will not wait for Washington.{R}", "direct", "she", "Kim Yo Jong")]),
    Case("speaker-middle-2", '"The project is on schedule," Tesla chief executive Elon Musk said, "and the first '
         'cars will leave the factory in June."', [
        Q('"The project is on schedule,"', "direct", "Elon Musk", "Elon Musk"),
        Q('"and the first cars will leave the factory in June."', "direct", "Elon Musk", "Elon Musk")]),
    Case("speaker-middle-3", f"{L}I have always believed,{R} said Archbishop Desmond Tutu, {L}that forgiveness is "
         f"not weakness.{R}", [
        Q(f"{L}I have always believed,{R}", "direct", "Desmond Tutu", "Desmond Tutu"),
        Q(f"{L}that forgiveness is not weakness.{R}", "direct", "Desmond Tutu", "Desmond Tutu")]),

    # -- according to, as cited by, told ----------------------------------------------------------
    Case("according-to", "According to the Kremlin, the talks will continue next week in Moscow.", [
        Q("the talks will continue next week in Moscow", "indirect", "the Kremlin", "Kremlin")]),
    Case("according-to-2", "The factory will close by the end of the year, according to Volkswagen.", [
        Q("The factory will close by the end of the year", "indirect", "Volkswagen", "Volkswagen")]),
    Case("according-to-3", "Angela Merkel met the delegation in Berlin. According to her, the border "
         '"must stay open to trade."', [
        Q('"must stay open to trade."', "partial", "her", "Angela Merkel")]),
    Case("according-to-4", "At least 40 people were killed in the floods, according to local officials.", [
        Q("At least 40 people were killed in the floods", "indirect", "local officials", None)]),
    Case("as-cited-by", '"Relations between our countries are at a historic high," the ambassador said, '
         "as cited by Yonhap.", [
        Q('"Relations between our countries are at a historic high,"', "direct", "the ambassador", None)]),
    Case("as-cited-by-2", f"Sergei Lavrov accused the West of hypocrisy. {L}They talk about rules but break them "
         f"every day,{R} Lavrov said, as cited by the state news agency TASS.", [
        Q(f"{L}They talk about rules but break them every day,{R}", "direct", "Lavrov", "Sergei Lavrov",
          speaker_at="Lavrov said")]),
    Case("as-cited-by-3", f"The new rules take effect in May, finance minister Christian Lindner said, as cited by "
         "the newspaper Handelsblatt.", [
        Q("The new rules take effect in May", "indirect", "Christian Lindner", "Christian Lindner")]),
    Case("told-that", "Vladimir Putin told reporters that the visit had been a success.", [
        Q("that the visit had been a success", "indirect", "Vladimir Putin", "Vladimir Putin")]),
    Case("told-that-2", "Pope Francis told the crowd in St Peter's Square that war is always a defeat.", [
        Q("that war is always a defeat", "indirect", "Pope Francis", "Pope Francis")]),
    Case("told-2", f'{L}We have enough fuel for two weeks,{R} hospital director Ahmed Saleh told Al Jazeera.', [
        Q(f"{L}We have enough fuel for two weeks,{R}", "direct", "Ahmed Saleh", "Ahmed Saleh")]),
    Case("told-3", "Ursula von der Leyen told the European Parliament the bloc would double its support.", [
        Q("the bloc would double its support", "indirect", "Ursula von der Leyen", "Ursula von der Leyen")]),

    # -- indirect speech: with and without "that", fronted ---------------------------------------
    Case("indirect-no-that", "Olaf Scholz said Germany would send more air defence systems.", [
        Q("Germany would send more air defence systems", "indirect", "Olaf Scholz", "Olaf Scholz")]),
    Case("indirect-fronted", "The ceasefire will hold, Egyptian mediators said on Sunday.", [
        Q("The ceasefire will hold", "indirect", "Egyptian mediators", None)]),
    Case("indirect-fronted-2", "Interest rates will stay high for longer than markets expect, Jerome Powell "
         "told Congress on Wednesday.", [
        Q("Interest rates will stay high for longer than markets expect", "indirect", "Jerome Powell",
          "Jerome Powell")]),
    Case("indirect-fronted-3", "Emmanuel Macron arrived in Berlin on Monday. The two countries must rebuild Europe's "
         "defence industry together, he said.", [
        Q("The two countries must rebuild Europe's defence industry together", "indirect", "he",
          "Emmanuel Macron")]),
    Case("indirect-warned", "Antonio Guterres warned that the world was running out of time to stop "
         "catastrophic warming.", [
        Q("that the world was running out of time to stop catastrophic warming", "indirect", "Antonio Guterres",
          "Antonio Guterres")]),
    Case("indirect-announced", "Toyota announced on Thursday that it would build a battery plant in North Carolina.", [
        Q("that it would build a battery plant in North Carolina", "indirect", "Toyota", "Toyota")]),

    # -- passive cues ------------------------------------------------------------------------------
    Case("passive-cue", 'Sergei Shoigu visited the base. "The exercise was planned months ago," Shoigu was '
         "quoted as saying.", [
        Q('"The exercise was planned months ago,"', "direct", "Shoigu", "Sergei Shoigu", speaker_at="Shoigu was")]),
    Case("passive-cue-2", f"Xi Jinping was quoted by state media as saying that China {L}will never seek "
         f"hegemony.{R}", [
        Q(f"{L}will never seek hegemony.{R}", "partial", "Xi Jinping", "Xi Jinping")]),
    Case("passive-cue-3", "The decision was announced by the Interior Ministry late on Friday.\n\n"
         f"The measures were criticised by opposition leader Ali Demir as {L}a gift to the smugglers.{R}", [
        Q(f"{L}a gift to the smugglers.{R}", "partial", "Ali Demir", "Ali Demir")]),
    Case("passive-cue-4", f"{L}Nobody will be left behind,{R} the workers were told by chief executive Mary Barra.", [
        Q(f"{L}Nobody will be left behind,{R}", "direct", "Mary Barra", "Mary Barra")]),

    # -- pronouns and continuations ------------------------------------------------------------------
    Case("pronoun", 'Kim Jong Un welcomed the delegation at the airport. "This is a great day for our nation," '
         "he said.", [
        Q('"This is a great day for our nation,"', "direct", "he", "Kim Jong Un")]),
    Case("pronoun-2", f"Jacinda Ardern resigned on Thursday. {L}I know what this job takes,{R} she told reporters. "
         f"{L}I no longer have enough in the tank to do it justice.{R}", [
        Q(f"{L}I know what this job takes,{R}", "direct", "she", "Jacinda Ardern"),
        Q(f"{L}I no longer have enough in the tank to do it justice.{R}", "direct", "she", "Jacinda Ardern")]),
    Case("pronoun-3", "Rishi Sunak met President Joe Biden in Washington. After the meeting, the president praised the "
         f"alliance. {L}Britain has no closer friend,{R} he said.", [
        Q(f"{L}Britain has no closer friend,{R}", "direct", "he", "Joe Biden")]),
    Case("pronoun-org", f"Siemens cut its profit forecast on Thursday. It said demand for factory automation "
         "had weakened in China.", [
        Q("demand for factory automation had weakened in China", "indirect", "It", "Siemens")]),
    Case("pronoun-short-name", 'Finance Minister Nirmala Sitharaman presented the budget. Sitharaman said the '
         'deficit would fall to 5.1%. "We are on the path of fiscal consolidation," she added.', [
        Q("the deficit would fall to 5.1%", "indirect", "Sitharaman", "Nirmala Sitharaman",
          speaker_at="Sitharaman said"),
        Q('"We are on the path of fiscal consolidation,"', "direct", "she", "Nirmala Sitharaman")]),
    Case("continuation", '"We have no plans to attack anyone," Dmitry Peskov said. "Our doors remain open to '
         'dialogue."', [
        Q('"We have no plans to attack anyone,"', "direct", "Dmitry Peskov", "Dmitry Peskov"),
        Q('"Our doors remain open to dialogue."', "direct", "Dmitry Peskov", "Dmitry Peskov")]),
    Case("continuation-2", f"Climate envoy John Kerry spoke at the summit. {L}Time is running out.{R} "
         f"{L}Every country has to do more, and the richest have to do the most.{R}", [
        Q(f"{L}Time is running out.{R}", "direct", "John Kerry", "John Kerry"),
        Q(f"{L}Every country has to do more, and the richest have to do the most.{R}", "direct", "John Kerry",
          "John Kerry")]),
    Case("continuation-3", f"{L}The strike will go ahead,{R} said Sharon Graham, the head of the Unite union.\n\n"
         f"{L}Our members have been patient for too long.{R}", [
        Q(f"{L}The strike will go ahead,{R}", "direct", "Sharon Graham", "Sharon Graham"),
        Q(f"{L}Our members have been patient for too long.{R}", "direct", "Sharon Graham", "Sharon Graham")]),

    # -- appositions -------------------------------------------------------------------------------
    Case("apposition", "Lee Tae-lim, a professor at Seoul National University, told Reuters that the visit "
         "marked a turning point.", [
        Q("that the visit marked a turning point", "indirect", "Lee Tae-lim", "Lee Tae-lim")]),
    Case("apposition-2", f"{L}This is a dangerous escalation,{R} Fiona Hill, a former White House adviser on "
         "Russia, said in an interview.", [
        Q(f"{L}This is a dangerous escalation,{R}", "direct", "Fiona Hill", "Fiona Hill")]),
    Case("apposition-3", "The company's chief executive, Satya Nadella, said: \"Every app will be rebuilt around "
         'artificial intelligence."', [
        Q('"Every app will be rebuilt around artificial intelligence."', "direct", "Satya Nadella", "Satya Nadella")]),
    Case("apposition-4", 'Kenya\'s health minister, Susan Nakhumicha, said the outbreak was "under control".', [
        Q('"under control"', "partial", "Susan Nakhumicha", "Susan Nakhumicha")]),

    # -- organisations, agencies and media ---------------------------------------------------------
    Case("organisation", f"{L}The sanctions are illegal and will fail,{R} the Kremlin said on Tuesday.", [
        Q(f"{L}The sanctions are illegal and will fail,{R}", "direct", "the Kremlin", "Kremlin")]),
    Case("organisation-2", 'NATO said in a statement that the drills were "purely defensive".', [
        Q('"purely defensive"', "partial", "NATO", "NATO")]),
    Case("organisation-3", "The Foreign Ministry said the ambassador had been summoned to explain the remarks.", [
        Q("the ambassador had been summoned to explain the remarks", "indirect", "The Foreign Ministry", None)]),
    Case("media", "State media reported that the two leaders had signed a partnership treaty.", [
        Q("that the two leaders had signed a partnership treaty", "indirect", "State media", None)]),
    Case("media-2", "The Wall Street Journal reported on Sunday that the company was preparing to file for "
         "bankruptcy.", [
        Q("that the company was preparing to file for bankruptcy", "indirect", "The Wall Street Journal",
          "Wall Street Journal")]),
    Case("media-3", f"The launch was a {L}complete success{R}, the official KCNA news agency said.", [
        Q(f"{L}complete success{R}", "partial", "the official KCNA news agency", "KCNA")]),

    # -- unnamed speakers --------------------------------------------------------------------------
    Case("unnamed", '"We are watching the situation closely," a Pentagon spokesperson said.', [
        Q('"We are watching the situation closely,"', "direct", "a Pentagon spokesperson", None)]),
    Case("unnamed-2", f"{L}There is no deal yet,{R} a senior European diplomat said on condition of anonymity.", [
        Q(f"{L}There is no deal yet,{R}", "direct", "a senior European diplomat", None)]),
    Case("unnamed-3", f"One resident, who did not want to be named, said: {L}The water came up to the "
         f"windows in minutes.{R}", [
        Q(f"{L}The water came up to the windows in minutes.{R}", "direct", "One resident", None)]),

    # -- no speaker: scare quotes and titles -------------------------------------------------------
    Case("scare-quote", 'The so-called "peace plan" was rejected by both sides on Friday.', []),
    Case("scare-quote-2", f"Critics of the {L}gig economy{R} have long pointed to its low pay.", []),
    Case("scare-quote-3", f"The {L}Wagner{R} group's fighters left the town on Saturday.", []),
    Case("title", 'He wrote a memoir called "The Long Road Home" after leaving office.', []),
    Case("title-2", f"The film {L}Oppenheimer{R} won seven awards, including best picture.", []),
    Case("title-3", f"Her report, titled {L}A Lost Decade for Public Health{R}, was published in March.", []),

    # -- single quotes (British style and headlines) --------------------------------------------
    Case("single-quotes", "Ministers say the plan is 'fully funded'.\n\n'We have set aside the money,' Chancellor "
         "Rachel Reeves said. 'Nobody's taxes will rise to pay for it.'", [
        Q("'fully funded'", "partial", "Ministers", None),
        Q("'We have set aside the money,'", "direct", "Rachel Reeves", "Rachel Reeves"),
        Q("'Nobody's taxes will rise to pay for it.'", "direct", "Rachel Reeves", "Rachel Reeves")]),
    Case("single-quotes-2", "Police chief says riots were 'organised'\n\nThe country's most senior police officer, "
         "Mark Rowley, said the violence had been 'planned in advance by a small group'.", [
        Q("'organised'", "partial", "Police chief", "Mark Rowley"),
        Q("'planned in advance by a small group'", "partial", "Mark Rowley", "Mark Rowley")]),
    Case("single-quotes-3", "\u2018We\u2019re not going anywhere,\u2019 said the club\u2019s owner, Tony Bloom, "
         "after the vote.", [
        Q("\u2018We\u2019re not going anywhere,\u2019", "direct", "Tony Bloom", "Tony Bloom")]),
]

# -- longer constructed articles: how the constructions mix in real reporting -----------------
ARTICLES = [
    Case("article-transfer", """Striker completes record move to Milan

MILAN (AP) \u2014 AC Milan signed Brazilian forward Lucas Pereira on Tuesday for a club-record fee, ending months of talks with Benfica.

\u201cThis is the club I supported as a boy,\u201d the 22-year-old said at his presentation. \u201cI want to win everything here.\u201d

Milan chief executive Giorgio Furlani called the deal \u201can investment in the future\u201d and said the club would not sell any of its young players this summer.

Benfica said in a statement that it had accepted the offer \u201cwith regret\u201d. The Portuguese club added that part of the fee would be reinvested in its academy.

Mr Furlani later told reporters the negotiations had been difficult. \u201cThere were moments when we thought it was over,\u201d he said.

Pereira scored 31 goals in all competitions last season.""", [
        Q("\u201cThis is the club I supported as a boy,\u201d", "direct", "the 22-year-old", "Lucas Pereira"),
        Q("\u201cI want to win everything here.\u201d", "direct", "the 22-year-old", "Lucas Pereira"),
        Q("\u201can investment in the future\u201d", "partial", "Giorgio Furlani", "Giorgio Furlani"),
        Q("the club would not sell any of its young players this summer", "indirect", "Giorgio Furlani",
          "Giorgio Furlani"),
        Q("\u201cwith regret\u201d", "partial", "Benfica", "Benfica", speaker_at="Benfica said"),
        Q("that part of the fee would be reinvested in its academy", "indirect", "The Portuguese club", "Benfica"),
        Q("the negotiations had been difficult", "indirect", "Mr Furlani", "Giorgio Furlani"),
        Q("\u201cThere were moments when we thought it was over,\u201d", "direct", "he", "Giorgio Furlani",
          speaker_at="he said"),
    ]),
    Case("article-recall", """Carmaker recalls 80,000 vehicles over brake fault

DETROIT \u2014 Ford Motor Co is recalling about 80,000 pickup trucks in the United States because the brakes can fail without warning, the company said on Friday.

The carmaker said it was aware of three crashes linked to the problem but no injuries. Owners will be notified by mail from next month, it added.

\u201cSafety is our top priority and we are moving quickly to fix this,\u201d said Emma Bergg, a Ford spokeswoman.

The National Highway Traffic Safety Administration said it had opened an investigation in March after receiving 14 complaints.

Consumer advocate Joan Claybrook said the recall came \u201cmuch too late\u201d. \u201cThey knew about this for a year,\u201d she said.""", [
        Q("Ford Motor Co is recalling about 80,000 pickup trucks in the United States because the brakes can fail "
          "without warning", "indirect", "the company", "Ford Motor Co", speaker_at="the company said"),
        Q("it was aware of three crashes linked to the problem but no injuries", "indirect", "The carmaker",
          "Ford Motor Co"),
        Q("Owners will be notified by mail from next month", "indirect", "it", "Ford Motor Co", speaker_at="it added"),
        Q("\u201cSafety is our top priority and we are moving quickly to fix this,\u201d", "direct", "Emma Bergg",
          "Emma Bergg"),
        Q("it had opened an investigation in March after receiving 14 complaints", "indirect",
          "The National Highway Traffic Safety Administration", "National Highway Traffic Safety Administration"),
        Q("\u201cmuch too late\u201d", "partial", "Joan Claybrook", "Joan Claybrook"),
        Q("\u201cThey knew about this for a year,\u201d", "direct", "she", "Joan Claybrook"),
    ]),
    Case("article-election", """Opposition claims victory in tight mayoral race

Opposition candidate Maria Santos claimed victory in Sunday's mayoral election, although official results were not expected until Tuesday.

Speaking to supporters in the city centre, Santos said: \u201cThe people have chosen change. We will not let anyone steal this result.\u201d

Her rival, incumbent mayor Jorge Ramos, refused to concede. \u201cEvery vote must be counted,\u201d Ramos wrote on social media. \u201cWe are confident.\u201d

The electoral commission urged both candidates to wait for the official count. Its chairman, Luis Herrera, said that turnout had reached 61%, the highest in two decades.

Asked about reports of irregularities, Herrera said: \u201cWe have received a small number of complaints and each one will be examined.\u201d

Observers from the European Union said the vote had been \u201clargely well run\u201d.""", [
        Q("\u201cThe people have chosen change. We will not let anyone steal this result.\u201d", "direct", "Santos",
          "Maria Santos", speaker_at="Santos said"),
        Q("\u201cEvery vote must be counted,\u201d", "direct", "Ramos", "Jorge Ramos", speaker_at="Ramos wrote"),
        Q("\u201cWe are confident.\u201d", "direct", "Ramos", "Jorge Ramos", speaker_at="Ramos wrote"),
        Q("that turnout had reached 61%, the highest in two decades", "indirect", "Luis Herrera", "Luis Herrera"),
        Q("\u201cWe have received a small number of complaints and each one will be examined.\u201d", "direct",
          "Herrera", "Luis Herrera", speaker_at="Herrera said:"),
        Q("\u201clargely well run\u201d", "partial", "Observers from the European Union", None),
    ]),
    Case("article-storm", """Storm leaves thousands without power

More than 200,000 homes in northern England and Scotland lost power on Saturday as Storm Isha brought winds of up to 99mph, energy companies said.

Northern Powergrid said engineers were working \u201caround the clock\u201d. The Met Office issued a rare red warning for parts of Scotland, saying there was a danger to life from flying debris.

\u201cWe strongly advise people not to travel unless absolutely necessary,\u201d the Met Office\u2019s chief meteorologist, Paul Gundersen, said.

One driver, stuck for six hours on the A66, told the BBC that the road had been closed without warning. \u201cNobody told us anything. We just sat there,\u201d she said.

The Scottish government said schools would reopen on Monday.""", [
        Q("More than 200,000 homes in northern England and Scotland lost power on Saturday as Storm Isha brought "
          "winds of up to 99mph", "indirect", "energy companies", None),
        Q("\u201caround the clock\u201d", "partial", "Northern Powergrid", "Northern Powergrid"),
        Q("there was a danger to life from flying debris", "indirect", "The Met Office", "Met Office",
          speaker_at="The Met Office issued"),
        Q("\u201cWe strongly advise people not to travel unless absolutely necessary,\u201d", "direct", "Paul Gundersen",
          "Paul Gundersen"),
        Q("that the road had been closed without warning", "indirect", "One driver", None),
        Q("\u201cNobody told us anything. We just sat there,\u201d", "direct", "she", None, speaker_at="she said"),
        Q("schools would reopen on Monday", "indirect", "The Scottish government", None),
    ]),
    Case("article-trial", """Former executive jailed for fraud

A former finance director of a Sydney property developer was jailed for seven years on Thursday for stealing A$12 million from investors.

Judge Helen Wilson told the court that Mark Delaney had shown \u201cno genuine remorse\u201d and had spent the money on luxury cars and holidays.

\u201cYou betrayed people who trusted you with their savings,\u201d the judge said.

Delaney\u2019s lawyer, Peter Kim, said his client would appeal against the sentence. Outside the court, one of the investors, retired teacher Ann Brooks, said she had lost her entire pension.

\u201cI will never get that money back,\u201d Brooks said. \u201cBut at least he is going to prison.\u201d""", [
        Q("\u201cno genuine remorse\u201d", "partial", "Helen Wilson", "Helen Wilson"),
        Q("\u201cYou betrayed people who trusted you with their savings,\u201d", "direct", "the judge", "Helen Wilson"),
        Q("his client would appeal against the sentence", "indirect", "Peter Kim", "Peter Kim"),
        Q("she had lost her entire pension", "indirect", "Ann Brooks", "Ann Brooks"),
        Q("\u201cI will never get that money back,\u201d", "direct", "Brooks", "Ann Brooks", speaker_at="Brooks said"),
        Q("\u201cBut at least he is going to prison.\u201d", "direct", "Brooks", "Ann Brooks", speaker_at="Brooks said"),
    ]),
    Case("article-summit", """Leaders pledge to triple renewable energy

DUBAI, Dec 2 (Reuters) - More than 100 countries pledged on Saturday to triple the world's renewable energy capacity by 2030, in what the summit's host called a "historic" step.

"This is the moment the world turns the page on fossil fuels," COP28 president Sultan al-Jaber told delegates. He said the pledge would be written into the final agreement.

U.S. climate envoy John Kerry welcomed the commitment but said it was "not enough on its own."

"We have to also cut emissions from coal, oil and gas," Kerry said. "There is no way around that."

China, the world's largest emitter, did not sign the pledge. A Chinese official, who declined to be named, said Beijing supported the goal but had "concerns about the wording."

Environmental groups were more critical. According to Greenpeace, the pledge "lacks any plan to pay for the transition.\"""", [
        Q('"historic"', "partial", "the summit's host", "Sultan al-Jaber"),
        Q('"This is the moment the world turns the page on fossil fuels,"', "direct", "Sultan al-Jaber",
          "Sultan al-Jaber"),
        Q("the pledge would be written into the final agreement", "indirect", "He", "Sultan al-Jaber",
          speaker_at="He said"),
        Q('"not enough on its own."', "partial", "John Kerry", "John Kerry"),
        Q('"We have to also cut emissions from coal, oil and gas,"', "direct", "Kerry", "John Kerry",
          speaker_at="Kerry said"),
        Q('"There is no way around that."', "direct", "Kerry", "John Kerry", speaker_at="Kerry said"),
        Q('"concerns about the wording."', "partial", "A Chinese official", None),
        Q('"lacks any plan to pay for the transition."', "partial", "Greenpeace", "Greenpeace"),
    ]),
]

CASES += ARTICLES

# -- harder attribution: descriptions, surnames with titles, questions, long introductions ------
HARDER = [
    Case("article-ceasefire", """Talks on Gaza ceasefire resume in Cairo

CAIRO \u2014 Negotiators from Israel and Hamas returned to Cairo on Sunday for a new round of indirect talks, Egyptian officials said.

In an interview with CNN on Sunday, U.S. Secretary of State Antony Blinken, who has visited the region seven times since October, said: \u201cThere is a deal on the table. Hamas needs to take it.\u201d

The former diplomat Aaron David Miller was more cautious. \u201cI have seen this movie before,\u201d Miller said. \u201cEvery time we get close, something happens.\u201d

A Hamas official told Reuters the group had not yet received a written proposal. \u201cWhy would we agree to something we have not seen?\u201d asked the official, who was not authorised to speak to the media.

Mr Blinken later met Egypt\u2019s foreign minister, Sameh Shoukry. The minister said after the meeting that Egypt would keep the Rafah crossing open for aid.""", [
        Q("Negotiators from Israel and Hamas returned to Cairo on Sunday for a new round of indirect talks", "indirect",
          "Egyptian officials", None),
        Q("\u201cThere is a deal on the table. Hamas needs to take it.\u201d", "direct", "Antony Blinken", "Antony Blinken"),
        Q("\u201cI have seen this movie before,\u201d", "direct", "Miller", "Aaron David Miller", speaker_at="Miller said"),
        Q("\u201cEvery time we get close, something happens.\u201d", "direct", "Miller", "Aaron David Miller",
          speaker_at="Miller said"),
        Q("the group had not yet received a written proposal", "indirect", "A Hamas official", None),
        Q("\u201cWhy would we agree to something we have not seen?\u201d", "direct", "the official", None,
          speaker_at="asked the official"),
        Q("that Egypt would keep the Rafah crossing open for aid", "indirect", "The minister", "Sameh Shoukry"),
    ]),
    Case("article-budget", """Government defends spending cuts

The finance ministry defended its planned spending cuts on Wednesday, saying they were needed to bring the deficit under 3% of GDP.

Finance Minister Christian Berger told parliament that the cuts were \u201cpainful but unavoidable\u201d.

Opposition leader Sara Lindqvist said the government was \u201cbalancing the books on the backs of the poor\u201d. She added: \u201cThis budget will make the housing crisis worse.\u201d

Dr Berger, a former central banker, rejected the criticism. \u201cWe are protecting pensions and health spending,\u201d the minister said.

Economists were divided. Karl Nilsson of the Institute for Economic Research said the targets were realistic, while Anna Berg of Nordea said growth could suffer.

The ministry said in a separate statement that public sector wages would be frozen for one year.""", [
        Q("they were needed to bring the deficit under 3% of GDP", "indirect", "The finance ministry", None),
        Q("\u201cpainful but unavoidable\u201d", "partial", "Christian Berger", "Christian Berger"),
        Q("\u201cbalancing the books on the backs of the poor\u201d", "partial", "Sara Lindqvist", "Sara Lindqvist"),
        Q("\u201cThis budget will make the housing crisis worse.\u201d", "direct", "She", "Sara Lindqvist",
          speaker_at="She added"),
        Q("\u201cWe are protecting pensions and health spending,\u201d", "direct", "the minister", "Christian Berger"),
        Q("the targets were realistic", "indirect", "Karl Nilsson", "Karl Nilsson"),
        Q("growth could suffer", "indirect", "Anna Berg", "Anna Berg"),
        Q("that public sector wages would be frozen for one year", "indirect", "The ministry", None,
          speaker_at="The ministry said in a separate"),
    ]),
    Case("article-vaccine", """Drugmaker says new vaccine cuts infections by half

Moderna said on Monday that its updated vaccine reduced infections by about 50% in a trial of 30,000 adults, sending its shares up 8%.

\u201cThese are very encouraging results,\u201d chief medical officer Paul Burton said in an interview. The company plans to seek approval in the autumn, he said.

The European Medicines Agency said it would review the data \u201cas a priority\u201d.

Not everyone was convinced. \u201cA 50% reduction in infections is good, but we need to know how long it lasts,\u201d said Dr Eric Topol, a professor at Scripps Research. Topol added that the trial had been too short to answer that question.

The company did not say how much the vaccine would cost.""", [
        Q("new vaccine cuts infections by half", "indirect", "Drugmaker", "Moderna"),
        Q("that its updated vaccine reduced infections by about 50% in a trial of 30,000 adults", "indirect",
          "Moderna", "Moderna", speaker_at="Moderna said"),
        Q("\u201cThese are very encouraging results,\u201d", "direct", "Paul Burton", "Paul Burton"),
        Q("The company plans to seek approval in the autumn", "indirect", "he", "Paul Burton", speaker_at="he said"),
        Q("\u201cas a priority\u201d", "partial", "The European Medicines Agency", "European Medicines Agency"),
        Q("\u201cA 50% reduction in infections is good, but we need to know how long it lasts,\u201d", "direct",
          "Eric Topol", "Eric Topol"),
        Q("that the trial had been too short to answer that question", "indirect", "Topol", "Eric Topol",
          speaker_at="Topol added"),
    ]),
    Case("article-protest", """Farmers block roads in protest over fuel tax

Thousands of farmers drove tractors into the capital on Thursday, blocking main roads for several hours in protest against a planned rise in diesel tax.

\u201cWe cannot survive if this goes through,\u201d said Hans Vogel, 58, who farms 200 hectares near Hanover. \u201cMy father farmed this land, and his father. I may be the last.\u201d

Police said the protest had been largely peaceful, although five people were arrested.

The farmers\u2019 association and the agriculture minister said in a joint statement that talks would continue next week. Association president Joachim Rukwied told reporters: \u201cWe expect a real offer, not more promises.\u201d

Government spokesman Steffen Hebestreit said the tax rise would go ahead as planned.""", [
        Q("\u201cWe cannot survive if this goes through,\u201d", "direct", "Hans Vogel", "Hans Vogel"),
        Q("\u201cMy father farmed this land, and his father. I may be the last.\u201d", "direct", "Hans Vogel",
          "Hans Vogel"),
        Q("the protest had been largely peaceful, although five people were arrested", "indirect", "Police", None),
        Q("that talks would continue next week", "indirect", "The farmers\u2019 association and the agriculture minister",
          None),
        Q("\u201cWe expect a real offer, not more promises.\u201d", "direct", "Joachim Rukwied", "Joachim Rukwied"),
        Q("the tax rise would go ahead as planned", "indirect", "Steffen Hebestreit", "Steffen Hebestreit"),
    ]),
]

CASES += HARDER

# -- more reporting styles: organisations by description, pronouns among several people -----
STYLES = [
    Case("article-airline", """Airline cancels flights as pilots strike

Lufthansa cancelled more than 800 flights on Wednesday as pilots walked out in a dispute over pensions, leaving about 100,000 passengers stranded.

The carrier said it regretted the disruption and urged the Vereinigung Cockpit union to return to talks. \u201cThis strike is completely unnecessary,\u201d its head of human resources, Michael Niggemann, said in a statement.

The union\u2019s president, Stefan Herth, rejected that. \u201cWe have offered compromise after compromise,\u201d he told the broadcaster ZDF. \u201cManagement has not moved an inch.\u201d

Passenger Claudia Roth, waiting at Frankfurt airport with her two children, said she had learned of the cancellation only at the gate. \u201cNobody sent us a message,\u201d the 41-year-old said.

Lufthansa said most long-haul flights would operate normally on Thursday.""", [
        Q("it regretted the disruption", "indirect", "The carrier", "Lufthansa"),
        Q("\u201cThis strike is completely unnecessary,\u201d", "direct", "Michael Niggemann", "Michael Niggemann"),
        Q("\u201cWe have offered compromise after compromise,\u201d", "direct", "he", "Stefan Herth",
          speaker_at="he told"),
        Q("\u201cManagement has not moved an inch.\u201d", "direct", "he", "Stefan Herth", speaker_at="he told"),
        Q("she had learned of the cancellation only at the gate", "indirect", "Claudia Roth", "Claudia Roth"),
        Q("\u201cNobody sent us a message,\u201d", "direct", "the 41-year-old", "Claudia Roth"),
        Q("most long-haul flights would operate normally on Thursday", "indirect", "Lufthansa", "Lufthansa",
          speaker_at="Lufthansa said"),
    ]),
    Case("article-match", """Djokovic fights back to reach quarter-finals

Novak Djokovic came from two sets down to beat Lorenzo Musetti on Monday and reach the quarter-finals of the French Open for the 18th time.

\u201cI was close to going home,\u201d the Serbian said afterwards. \u201cBut I have been in these situations many times, and I know how to find a way.\u201d

Musetti, 22, called the defeat \u201cthe hardest of my career\u201d. The Italian said he had cramp in the fourth set.

Djokovic\u2019s coach, Goran Ivanisevic, said the 37-year-old would need a day of rest. Asked whether his player was injured, Ivanisevic said: \u201cHe is tired, not injured.\u201d

Djokovic will play Casper Ruud on Wednesday.""", [
        Q("\u201cI was close to going home,\u201d", "direct", "the Serbian", "Novak Djokovic"),
        Q("\u201cBut I have been in these situations many times, and I know how to find a way.\u201d", "direct",
          "the Serbian", "Novak Djokovic"),
        Q("\u201cthe hardest of my career\u201d", "partial", "Musetti", "Lorenzo Musetti", speaker_at="Musetti, 22"),
        Q("he had cramp in the fourth set", "indirect", "The Italian", "Lorenzo Musetti"),
        Q("the 37-year-old would need a day of rest", "indirect", "Goran Ivanisevic", "Goran Ivanisevic"),
        Q("\u201cHe is tired, not injured.\u201d", "direct", "Ivanisevic", "Goran Ivanisevic",
          speaker_at="Ivanisevic said:"),
    ]),
    Case("article-merger", """Regulator blocks supermarket merger

The Competition and Markets Authority on Tuesday blocked the proposed merger of Sainsbury's and Asda, saying it would lead to higher prices for shoppers.

The watchdog said the deal would have created the country's largest grocer, with almost a third of the market. \u201cWe are not satisfied that the merger would be good for customers,\u201d its chair, Sarah Cardell, said.

Sainsbury\u2019s said it was \u201cdisappointed\u201d and would consider its options. The company\u2019s chief executive, Simon Roberts, told analysts that the firm remained confident in its own strategy.

Asda declined to comment.""", [
        Q("it would lead to higher prices for shoppers", "indirect", "The Competition and Markets Authority",
          "Competition and Markets Authority"),
        Q("the deal would have created the country's largest grocer, with almost a third of the market", "indirect",
          "The watchdog", "Competition and Markets Authority"),
        Q("\u201cWe are not satisfied that the merger would be good for customers,\u201d", "direct", "Sarah Cardell",
          "Sarah Cardell"),
        Q("\u201cdisappointed\u201d", "partial", "Sainsbury\u2019s", "Sainsbury's", speaker_at="Sainsbury\u2019s said"),
        Q("that the firm remained confident in its own strategy", "indirect", "Simon Roberts", "Simon Roberts"),
    ]),
    Case("article-science", """Telescope spots water on distant planet

Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a rocky planet 70 light years from Earth, NASA said on Thursday.

The planet, known as GJ 9827d, is about twice the size of Earth. \u201cThis is the first time we have seen water on a planet this small,\u201d said Bj\u00f6rn Benneke, an astronomer at the University of Montreal who led the study.

Benneke cautioned that the planet was far too hot to support life as we know it. His colleague Laura Kreidberg said the finding showed that the telescope could study \u201ceven very small worlds\u201d.

The results were published in the Astrophysical Journal Letters.""", [
        Q("Astronomers using the James Webb Space Telescope have detected water vapour in the atmosphere of a rocky "
          "planet 70 light years from Earth", "indirect", "NASA", "NASA"),
        Q("\u201cThis is the first time we have seen water on a planet this small,\u201d", "direct",
          "Bj\u00f6rn Benneke", "Bj\u00f6rn Benneke"),
        Q("that the planet was far too hot to support life as we know it", "indirect", "Benneke", "Bj\u00f6rn Benneke",
          speaker_at="Benneke cautioned"),
        Q("\u201ceven very small worlds\u201d", "partial", "Laura Kreidberg", "Laura Kreidberg"),
    ]),
    Case("article-council", """Council approves new cycle lanes despite objections

City councillors voted 31 to 12 on Monday night to build 20 kilometres of protected cycle lanes, after a debate that lasted almost four hours.

Councillor Priya Shah, who chairs the transport committee, said the lanes would make the city\u2019s roads safer for everyone. \u201cThree cyclists died on these streets last year,\u201d she said. \u201cWe cannot wait for a fourth.\u201d

Shop owners on Market Street say the plan will cost them customers. \u201cWhere will people park?\u201d asked Tom Reilly, who runs a bakery there. He said sales had already fallen by a fifth since roadworks began.

The council said construction would start in September.""", [
        Q("the lanes would make the city\u2019s roads safer for everyone", "indirect", "Priya Shah", "Priya Shah"),
        Q("\u201cThree cyclists died on these streets last year,\u201d", "direct", "she", "Priya Shah"),
        Q("\u201cWe cannot wait for a fourth.\u201d", "direct", "she", "Priya Shah"),
        Q("the plan will cost them customers", "indirect", "Shop owners on Market Street", None),
        Q("\u201cWhere will people park?\u201d", "direct", "Tom Reilly", "Tom Reilly"),
        Q("sales had already fallen by a fifth since roadworks began", "indirect", "He", "Tom Reilly",
          speaker_at="He said"),
        Q("construction would start in September", "indirect", "The council", None),
    ]),
]

CASES += STYLES

# -- paragraphs opened after an introduction, clauses next to a quoted phrase -----------------
MORE = [
    Case("continued-after-introduction", f"""{L}The defence was a shambles,{R} said club captain Tom Ellis.

Coach Maria Ruiz spoke to reporters for twenty minutes after the game. {L}We were poor in every part of the pitch.

{L}We have to be much better on Saturday, and I told the players that.{R}""", [
        Q(f"{L}The defence was a shambles,{R}", "direct", "Tom Ellis", "Tom Ellis"),
        Q(f"{L}We were poor in every part of the pitch.", "direct", "Maria Ruiz", "Maria Ruiz"),
        Q(f"{L}We have to be much better on Saturday, and I told the players that.{R}", "direct", "Maria Ruiz",
          "Maria Ruiz"),
    ]),
    Case("clause-beside-partial", 'Iran said on Monday it had seized an oil tanker in the Gulf of Oman, calling the '
         'vessel a "smuggler" that had broken maritime law.', [
        Q("it had seized an oil tanker in the Gulf of Oman", "indirect", "Iran", None),
        Q('"smuggler"', "partial", "Iran", None),
    ]),
    Case("clause-beside-partial-2", "The health ministry said 14 people had died in the outbreak, describing the "
         f"situation as {L}serious but under control{R}.", [
        Q("14 people had died in the outbreak", "indirect", "The health ministry", None),
        Q(f"{L}serious but under control{R}", "partial", "The health ministry", None),
    ]),
]

CASES += MORE

# -- organisation names the NER misses or mislabels, titles before names, a second speech verb --
ORGANISATIONS = [
    Case("org-police-force", "Two men were arrested after a stabbing in Salford on Friday night.\n\n"
         "Greater Manchester Police said both suspects remained in custody. According to Merseyside Police, "
         "a third man was detained in Liverpool the next morning.", [
        Q("both suspects remained in custody", "indirect", "Greater Manchester Police", "Greater Manchester Police"),
        Q("a third man was detained in Liverpool the next morning", "indirect", "Merseyside Police",
          "Merseyside Police"),
    ]),
    Case("org-untagged-company", "Lender cuts jobs as profits slide\n\n"
         "Profits at Northgate Holdings dropped by a third last year after the Leeds-based lender said that "
         "bad loans had doubled.\n\n"
         f"{L}We expect a better second half,{R} the company said in a statement.", [
        Q("that bad loans had doubled", "indirect", "the Leeds-based lender", "Northgate Holdings"),
        Q(f"{L}We expect a better second half,{R}", "direct", "the company", "Northgate Holdings"),
    ]),
    Case("org-headline-noun", "Carmaker recalls 40,000 vehicles\n\n"
         "Velora Motors is recalling 40,000 cars because of a faulty brake sensor, the carmaker said on Monday. "
         f"{L}No injuries have been reported,{R} it said.", [
        Q("Velora Motors is recalling 40,000 cars because of a faulty brake sensor", "indirect", "the carmaker",
          "Velora Motors"),
        Q(f"{L}No injuries have been reported,{R}", "direct", "it", "Velora Motors"),
    ]),
    Case("title-speaker", f"Parliament Speaker Anna Kowalczyk called the session to order. {L}This chamber will "
         f"not be rushed,{R} Kowalczyk said. Senate Majority Whip Dan Ortiz said later that a vote could come "
         "on Friday.", [
        Q(f"{L}This chamber will not be rushed,{R}", "direct", "Kowalczyk", "Anna Kowalczyk",
          speaker_at="Kowalczyk said"),
        Q("that a vote could come on Friday", "indirect", "Dan Ortiz", "Dan Ortiz"),
    ]),
    Case("second-speech-verb", "The club's chairman, Owen Price, said the stadium had been sold and insisted the "
         "team would stay in the city. The fans' group said they were relieved.", [
        Q("the stadium had been sold", "indirect", "Owen Price", "Owen Price"),
        Q("the team would stay in the city", "indirect", "Owen Price", "Owen Price"),
        Q("they were relieved", "indirect", "The fans' group", None),
    ]),
    Case("age-after-quote", "Marta Silva won her third title in Lisbon on Sunday. Asked about retiring, Silva "
         'laughed. "Not yet. I still love this too much," the 31-year-old told reporters.', [
        Q('"Not yet. I still love this too much,"', "direct", "the 31-year-old", "Marta Silva"),
    ]),
    Case("second-speech-verb-2", "Health Minister Lucia Berti said hospitals had run out of beds and warned that "
         "more patients would arrive this week.", [
        Q("hospitals had run out of beds", "indirect", "Lucia Berti", "Lucia Berti"),
        Q("that more patients would arrive this week", "indirect", "Lucia Berti", "Lucia Berti"),
    ]),
]

CASES += ORGANISATIONS

# -- names in marks: titles in Title Case, and a name that modifies the noun after it ----------
NAMES_IN_MARKS = [
    Case("title-case-name", f"Novelist Ruth Ames wrote {L}The Glass Orchard{R} in a caravan. Her publisher said "
         "the book had sold 80,000 copies.", [
        Q("the book had sold 80,000 copies", "indirect", "Her publisher", None),
    ]),
    Case("name-before-noun", f"Residents launched a {L}Save Our Pier{R} petition last month. {L}We will not "
         f"give up,{R} organiser Jo Blake said.", [
        Q(f"{L}We will not give up,{R}", "direct", "Jo Blake", "Jo Blake"),
    ]),
    Case("term-before-noun", f"The ministry confirmed plans for a {L}joint security{R} pact but gave no date, "
         f"while critics called it a {L}Cold War{R} move.", [
        Q(f"{L}joint security{R}", "partial", "The ministry", None),
        Q(f"{L}Cold War{R}", "partial", "critics", None),
    ]),
]

CASES += NAMES_IN_MARKS

# -- conditions inside a statement, organisations called by their kind ------------------------
REFERENCES = [
    Case("condition-in-statement", "Union leader Aoife Byrne said members would strike in June if the offer was "
         "not improved. The employer did not say whether it would return to talks.", [
        Q("members would strike in June if the offer was not improved", "indirect", "Aoife Byrne", "Aoife Byrne"),
    ]),
    Case("org-by-its-kind", "Plans for a bypass were approved by Thornbury Borough Council on Monday.\n\n"
         "The council said that work would begin in May. Shares in Halden Bank rose after the country's "
         "third-largest lender said that sales had recovered.", [
        Q("that work would begin in May", "indirect", "The council", "Thornbury Borough Council"),
        Q("that sales had recovered", "indirect", "the country's third-largest lender", "Halden Bank"),
    ]),
    Case("org-acronym", "The National Transport Safety Office (NTSO) opened an inquiry on Friday. The NTSO said "
         "the pilot had reported no problems before take-off.", [
        Q("the pilot had reported no problems before take-off", "indirect", "The NTSO",
          "National Transport Safety Office"),
    ]),
    Case("family-description", "Lorna Pike, 38, was rescued from the cliff by coastguards. "
         f"{L}I thought I was done for,{R} the mother-of-three said.", [
        Q(f"{L}I thought I was done for,{R}", "direct", "the mother-of-three", "Lorna Pike"),
    ]),
]

CASES += REFERENCES

# -- people called by what they do, outlets that were told, credits in a dateline ----------------
EPITHETS = [
    Case("epithet-singer", "The concert was called off after singer-songwriter Maya Holt fell ill. "
         f"{L}I am heartbroken,{R} the singer said in a video.", [
        Q(f"{L}I am heartbroken,{R}", "direct", "the singer", "Maya Holt"),
    ]),
    Case("outlet-told", "LIMA (AFP) - A landslide buried a road in the Andes on Monday.\n\n"
         "Cordillera Mining runs the quarry above the road. A driver told AFP he had seen rocks falling "
         "for an hour. The company said its site was not to blame.", [
        Q("he had seen rocks falling for an hour", "indirect", "A driver", None),
        Q("its site was not to blame", "indirect", "The company", "Cordillera Mining"),
    ]),
    Case("post-nominal-in-name", "Prosecutor Jane Okoro KC told the jury the brackets were too small. "
         f"{L}He knew the risk,{R} she said.", [
        Q("the brackets were too small", "indirect", "Jane Okoro KC", "Jane Okoro"),
        Q(f"{L}He knew the risk,{R}", "direct", "she", "Jane Okoro"),
    ]),
]

CASES += EPITHETS

# -- which person a pronoun means: the one who spoke, and the one the article calls he or she --------
PRONOUN_AGREEMENT = [
    Case("pronoun-reporter-not-reported", "Counsel Ruth Adeyemi told the tribunal that Gareth Moss had ignored "
         f"three warnings. {L}The rules were clear,{R} she said.", [
        Q("that Gareth Moss had ignored three warnings", "indirect", "Ruth Adeyemi", "Ruth Adeyemi"),
        Q(f"{L}The rules were clear,{R}", "direct", "she", "Ruth Adeyemi"),
    ]),
    Case("pronoun-gender-from-title", "Mrs Carla Dunne chaired the meeting. Council leader Tom Reid spoke "
         f"after Mrs Dunne opened the session. {L}We have waited long enough,{R} she said.", [
        Q(f"{L}We have waited long enough,{R}", "direct", "she", "Carla Dunne"),
    ]),
]

CASES += PRONOUN_AGREEMENT

# -- organisations by acronym, by a later name, by the end of their name; people by their town ---------
SHORT_NAMES = [
    Case("acronym-in-brackets", "The Irish Nurses Federation (INF) said its members would ballot on strike "
         "action. The INF added that talks had broken down.", [
        Q("its members would ballot on strike action", "indirect", "The Irish Nurses Federation",
          "Irish Nurses Federation"),
        Q("that talks had broken down", "indirect", "The INF", "Irish Nurses Federation"),
    ]),
    Case("acronym-as-word", "The Food Standards Authority of Malta ordered the recall on Monday. Fsam said "
         "the batches had been sold in 40 shops.", [
        Q("the batches had been sold in 40 shops", "indirect", "Fsam", "Food Standards Authority of Malta"),
    ]),
    Case("name-later-in-article", "Chile's central bank said on Tuesday that inflation had peaked.\n\n"
         "The Austral Reserve Bank raised rates ten times last year.", [
        Q("that inflation had peaked", "indirect", "Chile's central bank", "Austral Reserve Bank"),
    ]),
    Case("tail-of-name", "The Indonesian Search and Rescue Agency sent two ships. The Rescue Agency said "
         "divers had found the wreck.", [
        Q("divers had found the wreck", "indirect", "The Rescue Agency", "Indonesian Search and Rescue Agency"),
    ]),
    Case("demonym", "Tama Ruru, a nurse from Wellington, joined the march. "
         f"{L}We are exhausted,{R} the Wellingtonian said.", [
        Q(f"{L}We are exhausted,{R}", "direct", "the Wellingtonian", "Tama Ruru"),
    ]),
    Case("quoted-him-as-saying", "Interior Minister Farid Saleh visited the site. State television quoted "
         "him as saying that those responsible would be punished.", [
        Q("that those responsible would be punished", "indirect", "him", "Farid Saleh"),
    ]),
]

CASES += SHORT_NAMES

NAMES_KNOWN_AS = [
    Case("known-as", 'The scheme, known as "Homestart," was launched in 2019. Minister Joan Ferris said '
         "it had housed 4,000 families.", [
        Q("it had housed 4,000 families", "indirect", "Joan Ferris", "Joan Ferris"),
    ]),
    Case("one-name-in-marks", 'Investigators said a gang calling itself "NightOwl" was behind the attack on '
         "the hospital.", [
        Q("a gang calling itself \"NightOwl\" was behind the attack on the hospital", "indirect", "Investigators",
          None),
    ]),
]

CASES += NAMES_KNOWN_AS

# -- titles before names the model tags as places, judges named as Justice, hyphenated family names ----
TITLED = [
    Case("titled-name-any-label", "Cllr Bethan Lloyd-Rees chaired the vote. Cllr Bethan Lloyd-Rees said the "
         "pool would close in May.", [
        Q("the pool would close in May", "indirect", "Cllr Bethan Lloyd-Rees", "Bethan Lloyd-Rees",
          speaker_at="Cllr Bethan Lloyd-Rees said"),
    ]),
    Case("judge-named-justice", "Justice Amina Farooq heard the petition on Monday. "
         f"{L}The city cannot wait for another winter,{R} the judge said.", [
        Q(f"{L}The city cannot wait for another winter,{R}", "direct", "the judge", "Amina Farooq"),
    ]),
    Case("hyphenated-family-name", "Tamika Brown-Ellis, a sprinter from Kingston, won the 100m in 10.91 seconds. "
         f"{L}I felt strong all the way,{R} Brown-Ellis said.", [
        Q(f"{L}I felt strong all the way,{R}", "direct", "Brown-Ellis", "Tamika Brown-Ellis",
          speaker_at="Brown-Ellis said"),
    ]),
]

CASES += TITLED

# A job word opening a sentence before a name reads as a given name (kept as a known miss).
JOB_OPENER = [
    Case("job-word-opens-sentence", "Sprinter Tamika Brown-Ellis won the 100m in 10.91 seconds. "
         f"{L}I felt strong all the way,{R} she said.", [
        Q(f"{L}I felt strong all the way,{R}", "direct", "she", "Tamika Brown-Ellis"),
    ]),
]

CASES += JOB_OPENER

# -- family names used alone: several words, any case, a nickname in marks, letters after the name -------
FAMILY_NAMES = [
    Case("title-run-before-name", "Supervisor Dana Van Houten moved to delay the vote, saying she wanted more "
         "time to read the plan.", [
        Q("she wanted more time to read the plan", "indirect", "Dana Van Houten", "Dana Van Houten"),
    ]),
    Case("family-name-opens-sentence", "Prof Marike van der Walt, an economist at the university, said the rise "
         'in prices was temporary.\n\n"Food prices will settle by the winter, but rents will not," '
         "Van der Walt said.", [
        Q("the rise in prices was temporary", "indirect", "Prof Marike van der Walt", "Marike van der Walt"),
        Q('"Food prices will settle by the winter, but rents will not,"', "direct", "Van der Walt",
          "Marike van der Walt"),
    ]),
    Case("nickname-in-marks", f"Her opponent, retired fisherman Donald {L}Donnie{R} MacAskill, took the result "
         f"calmly.\n\n{L}I knocked on every door twice,{R} MacAskill said.", [
        Q(f"{L}I knocked on every door twice,{R}", "direct", "MacAskill", "Donald MacAskill",
          speaker_at="MacAskill said"),
    ]),
    Case("hyphenated-name-with-title-and-letters", "Tenants' lawyer Chief Obinna Eze-Nwosu SAN said the "
         f"ban was overdue. {L}These lenders act as if they are above the law,{R} he said.", [
        Q("the ban was overdue", "indirect", "Chief Obinna Eze-Nwosu SAN", "Obinna Eze-Nwosu"),
        Q(f"{L}These lenders act as if they are above the law,{R}", "direct", "he", "Obinna Eze-Nwosu"),
    ]),
]

CASES += FAMILY_NAMES

# -- titles with a portfolio, a title inside the span, a hyphenated given name cut by the model ---------
TITLES_AND_PORTFOLIOS = [
    Case("title-with-portfolio", "Flagging off the first bus from the new depot, State Minister for Transport and "
         "Urban Affairs Anil Kumar Mishra thanked the workers. \"People said this would never be finished,\" "
         "the minister said.", [
        Q('"People said this would never be finished,"', "direct", "the minister", "Anil Kumar Mishra"),
    ]),
    Case("the-speaker-of-a-house", "Members walked out after Speaker K R Venkataramaiah refused a debate. "
         "The Speaker said the matter could wait until Friday.", [
        Q("the matter could wait until Friday", "indirect", "The Speaker", "K R Venkataramaiah"),
    ]),
    Case("hyphenated-given-name-cut", "Councillor Leung Kwok-wing warned that rents would rise.", [
        Q("rents would rise", "indirect", "Councillor Leung Kwok-wing", "Leung Kwok-wing"),
    ]),
]

CASES += TITLES_AND_PORTFOLIOS

# -- a person called by nationality, a country's possessive before a name ------------------------------
NATIONALITIES = [
    Case("called-by-nationality", "Nigeria's Emeka Obiora-Danjuma won the 100m in 9.93 seconds on Saturday.\n\n"
         "Kevan Whitely-Brown, the world champion, was second in 9.97.\n\n"
         "\"The crowd was not cheering for me, and that's fine,\" the Nigerian told reporters.", [
        Q("\"The crowd was not cheering for me, and that's fine,\"", "direct", "the Nigerian", "Emeka Obiora-Danjuma"),
    ]),
    Case("country-possessive-before-name", "Jamaica's Kevan Whitely-Brown, who finished second, said the start "
         "had cost him.", [
        Q("the start had cost him", "indirect", "Jamaica's Kevan Whitely-Brown", "Kevan Whitely-Brown"),
    ]),
]

CASES += NATIONALITIES

# -- "the company" far down a story is the organisation of its headline and lead -----------------------
LEAD_ORGANISATION = [
    Case("the-company-far-down", "Harbourline Ferries cuts winter sailings\n\n"
         "Harbourline Ferries will run fewer sailings to the islands this winter after fuel costs rose by a "
         "third.\n\nPassengers on the early crossing were unhappy. Mary Tulloch, who commutes to the mainland, "
         "said she would have to leave home an hour earlier. Her neighbour, Ian Flett, said the timetable was "
         "a disgrace. Both said they had written to their councillor. The councillor, Ruth Omand, said she had "
         "raised the matter. Flett said he would wait for her answer. Tulloch said she was not hopeful. "
         "Omand said the islands deserved better.\n\nThe company said the timetable would be reviewed in March.", [
        Q("she would have to leave home an hour earlier", "indirect", "Mary Tulloch", "Mary Tulloch"),
        Q("the timetable was a disgrace", "indirect", "Ian Flett", "Ian Flett"),
        Q("they had written to their councillor", "indirect", "Both", None),
        Q("she had raised the matter", "indirect", "Ruth Omand", "Ruth Omand"),
        Q("he would wait for her answer", "indirect", "Flett", "Ian Flett", speaker_at="Flett said he"),
        Q("she was not hopeful", "indirect", "Tulloch", "Mary Tulloch", speaker_at="Tulloch said she"),
        Q("the islands deserved better", "indirect", "Omand", "Ruth Omand", speaker_at="Omand said the"),
        Q("the timetable would be reviewed in March", "indirect", "The company", "Harbourline Ferries"),
    ]),
]

CASES += LEAD_ORGANISATION

# -- titles written short, a trainer who is the coach, a nickname before a family name of two words ---
SHORT_TITLES = [
    Case("abbreviated-title", "Gov. Teresa Villamor-Santos toured the flooded towns on Monday. \"We will rebuild "
         "every bridge,\" the governor said.", [
        Q("\"We will rebuild every bridge,\"", "direct", "the governor", "Teresa Villamor-Santos"),
    ]),
    Case("nickname-before-two-word-family-name", "Sen. Ramon \"Bong\" Dela Cruz opened the hearing. "
         "\"Somebody signed those papers,\" Dela Cruz said.", [
        Q("\"Somebody signed those papers,\"", "direct", "Dela Cruz", "Ramon Dela Cruz", speaker_at="Dela Cruz said"),
    ]),
    Case("trainer-is-the-coach", "Olympic Stars coach Kwesi Appiah-Mensah was pleased. \"We had a plan and the "
         "boys executed it,\" the Stars trainer said.", [
        Q("\"We had a plan and the boys executed it,\"", "direct", "the Stars trainer", "Kwesi Appiah-Mensah"),
    ]),
]

CASES += SHORT_TITLES

# -- a dateline the parser makes the subject, a title before the name, a name on a title's PP ------------
TITLE_BEFORE_NAME = [
    Case("dateline-parsed-as-subject", "Carrier sold\n\nCOPENHAGEN, May 3 (Reuters) - Danish logistics group "
         "Holm Sorensen said on Tuesday it had agreed to a 2 billion euro takeover by a Swiss rival.", [
        Q("it had agreed to a 2 billion euro takeover by a Swiss rival", "indirect", "Holm Sorensen", "Holm Sorensen"),
    ]),
    Case("title-then-name-two-subjects", "KMT caucus whip Chen Yu-ling (\u9673\u7389\u73b2) said the party would "
         "\"study the bill line by line\".", [
        Q("\"study the bill line by line\"", "partial", "Chen Yu-ling", "Chen Yu-ling"),
    ]),
    Case("name-in-apposition-to-a-role", "Counsel to the defendant, Chief Obinna Eze-Nwosu, a Senior Advocate of "
         "Nigeria (SAN), described the charges as \"a witch-hunt\".", [
        Q("\"a witch-hunt\"", "partial", "Chief Obinna Eze-Nwosu", "Obinna Eze-Nwosu"),
    ]),
    Case("family-name-with-particle-opens-sentence", "Chief executive Pieter du Toit said the mine would close. "
         "\"We have no choice,\" Du Toit said.", [
        Q("the mine would close", "indirect", "Pieter du Toit", "Pieter du Toit"),
        Q("\"We have no choice,\"", "direct", "Du Toit", "Pieter du Toit", speaker_at="Du Toit said."),
    ]),
]

CASES += TITLE_BEFORE_NAME

# -- a statement of its own before "and" and a quoted part -------------------------------------------------
STATEMENT_AND_PARTIAL = [
    Case("statement-then-and-partial", "The transport minister said the driver had been fined four times for "
         "speeding and \"should never have been behind the wheel.\"", [
        Q("the driver had been fined four times for speeding", "indirect", "The transport minister", None),
        Q("\"should never have been behind the wheel.\"", "partial", "The transport minister", None),
    ]),
    Case("short-clause-then-partial-stays-one", "The minister said the plan was \"dead on arrival\".", [
        Q("\"dead on arrival\"", "partial", "The minister", None),
    ]),
]

CASES += STATEMENT_AND_PARTIAL

# -- whose title is whose, a person called by nationality in "-ard", a hyphenated title ------------------
WHOSE_TITLE = [
    Case("title-of-the-speaker-not-the-named", "Sentencing him on Friday, Mrs Justice Alison Pryor said Gareth "
         "Mills had made a deliberate choice. 'Nothing this court does can give them back what they have lost,' "
         "the judge said.", [
        Q("Gareth Mills had made a deliberate choice", "indirect", "Mrs Justice Alison Pryor", "Alison Pryor"),
        Q("'Nothing this court does can give them back what they have lost,'", "direct", "the judge",
          "Alison Pryor"),
    ]),
    Case("the-spaniard", "Mateo de la Fuente lost two minutes on the final climb. The Spaniard said he took full "
         "responsibility.", [
        Q("he took full responsibility", "indirect", "The Spaniard", "Mateo de la Fuente"),
    ]),
    Case("hyphenated-title", "NTSA Director-General Fatuma Abdi Hassan said the authority would deploy more "
         "officers.", [
        Q("the authority would deploy more officers", "indirect", "NTSA Director-General Fatuma Abdi Hassan",
          "Fatuma Abdi Hassan"),
    ]),
]

CASES += WHOSE_TITLE

# -- a given name opening a sentence before a particle ------------------------------------------------------
PARTICLE_NAME_OPENS = [
    Case("given-name-before-particle-opens-sentence", "Hens across Wales must be kept indoors from Monday.\n\n"
         "Si\u00e2n ap Gwynedd, who keeps 3,000 hens near Llandeilo, said her birds had been moved into sheds on "
         "Sunday. 'They are not happy about it,' she said.", [
        Q("her birds had been moved into sheds on Sunday", "indirect", "Si\u00e2n ap Gwynedd", "Si\u00e2n ap Gwynedd"),
        Q("'They are not happy about it,'", "direct", "she", "Si\u00e2n ap Gwynedd"),
    ]),
]

CASES += PARTICLE_NAME_OPENS

# -- a title with its own appositive name is not a one-word name ----------------------------------------
TITLE_WITH_APPOSITION = [
    Case("title-then-apposed-name", "Managing Director/Chief Executive Officer, Dr Ngozi Adebayo-Eze, said: "
         "\"The results reflect the strength of our franchise.\"", [
        Q("\"The results reflect the strength of our franchise.\"", "direct", "Dr Ngozi Adebayo-Eze",
          "Ngozi Adebayo-Eze"),
    ]),
]

CASES += TITLE_WITH_APPOSITION

# -- a nationality of two words ------------------------------------------------------------------------------
TWO_WORD_NATIONALITY = [
    Case("two-word-nationality", "South Africa's Pieter Kruger shot a 66 to lead by two. 'You can't always count "
         "on the weather here,' the South African said.", [
        Q("'You can't always count on the weather here,'", "direct", "the South African", "Pieter Kruger"),
    ]),
]

CASES += TWO_WORD_NATIONALITY

# -- "its director", "the barrister" after a name with KC -------------------------------------------------
OWNED_ROLES = [
    Case("its-director", "The museum opened on Friday. Its director, Imogen Fairweather-Osei, has run it since "
         "2019. She called it \"the best project in the city's history\", and its director said more was coming.", [
        Q("\"the best project in the city's history\"", "partial", "She", "Imogen Fairweather-Osei"),
        Q("more was coming", "indirect", "its director", "Imogen Fairweather-Osei", speaker_at="its director said"),
    ]),
    Case("the-barrister-after-kc", "Mark Gilliland KC, for the defendant, spoke first. His client was "
         "\"utterly ashamed\", the barrister said.", [
        Q("\"utterly ashamed\"", "partial", "the barrister", "Mark Gilliland"),
    ]),
]

CASES += OWNED_ROLES

# -- hyphenated titles, a portfolio between title and name, a nationality noun before a name ------------
TITLES_AROUND_NAMES = [
    Case("hyphenated-military-title", "Police spokesperson Lieutenant-Colonel Mpho Sithole-Dube said the two "
         "trucks had collided in thick fog.", [
        Q("the two trucks had collided in thick fog", "indirect", "Mpho Sithole-Dube", "Mpho Sithole-Dube"),
    ]),
    Case("title-for-portfolio-then-name", "\u201cThe wards are full,\u201d Director-General for Health Dr Otieno "
         "Wafula-Kamau told reporters in Nakuru.", [
        Q("\u201cThe wards are full,\u201d", "direct", "Dr Otieno Wafula-Kamau", "Otieno Wafula-Kamau"),
    ]),
    Case("spokesman-for-titled-name", "A spokesman for Mayor Denise Holloway said the budget would be "
         "published on Monday.", [
        Q("the budget would be published on Monday", "indirect", "A spokesman for Mayor Denise Holloway", None),
    ]),
    Case("nationality-noun-before-name", "Scotsman Callum Fairbairn-Reid won the stage by four seconds. "
         "\"My legs were empty,\" Fairbairn-Reid said. \"I just kept pushing,\" the Scotsman added.", [
        Q("\"My legs were empty,\"", "direct", "Fairbairn-Reid", "Callum Fairbairn-Reid",
          speaker_at="Fairbairn-Reid said"),
        Q("\"I just kept pushing,\"", "direct", "the Scotsman", "Callum Fairbairn-Reid"),
    ]),
]

CASES += TITLES_AROUND_NAMES

# -- a team the model takes for a person is not who "the 29-year-old" is ------------------------------------
PLURAL_TEAM_SUBJECT = [
    Case("plural-team-not-a-person", "Al Wahda captain Saeed al-Kaabi scored twice. Al-Kaabi said the side "
         "would rest players on Friday, when Al Jazira are away in Ajman. \"We need fresh legs,\" the "
         "29-year-old said.", [
        Q("the side would rest players on Friday, when Al Jazira are away in Ajman", "indirect", "Al-Kaabi",
          "Saeed al-Kaabi"),
        Q("\"We need fresh legs,\"", "direct", "the 29-year-old", "Saeed al-Kaabi"),
    ]),
]

CASES += PLURAL_TEAM_SUBJECT

# -- French names: acronyms of lower-case nouns, names the model cut at the hyphen ---------------------------
FRENCH_NAMES = [
    Case("acronym-of-lowercase-nouns", "Workers at the Société de transport de Laval walked out on Monday. "
         "The STL called the union's demands \"impossible to fund\".", [
        Q("\"impossible to fund\"", "partial", "The STL", "Société de transport de Laval"),
    ]),
]

CASES += FRENCH_NAMES

# -- "he" and "she" after a person cited with "according to", or after a name the model took for a body -----
PRONOUNS_AFTER_SOURCES = [
    Case("she-after-according-to", "Analysts were divided. According to Rukhsana Qadir-Malik, an equity analyst "
         "at Meridian Securities, the bank has cut costs faster than its rivals. \"The cuts are real,\" she told "
         "Dawn.", [
        Q("the bank has cut costs faster than its rivals", "indirect", "Rukhsana Qadir-Malik",
          "Rukhsana Qadir-Malik"),
        Q("\"The cuts are real,\"", "direct", "she", "Rukhsana Qadir-Malik"),
    ]),
    Case("she-added-after-a-name-tagged-as-a-body", "Unite Wales organiser Carys Llewellyn-Hughes said: 'Our "
         "members have carried this service for years.'\n\n'They deserve better than this,' she added.", [
        Q("'Our members have carried this service for years.'", "direct", "Carys Llewellyn-Hughes",
          "Carys Llewellyn-Hughes"),
        Q("'They deserve better than this,'", "direct", "she", "Carys Llewellyn-Hughes"),
    ]),
]

CASES += PRONOUNS_AFTER_SOURCES

# -- whose "his" a sentence holds: a child reporting a parent's death ---------------------------------------
GENDER_FROM_GIVEN_NAMES = [
    Case("daughter-reports-fathers-death", "Joaquim Barros Semedo, who ran the harbour ferry for forty years, "
         "died on Monday at his home in Mindelo. His daughter, Lucia Barros-Fonseca, said he died after a long "
         "illness.\n\n\"He never missed a crossing,\" she said.", [
        Q("he died after a long illness", "indirect", "Lucia Barros-Fonseca", "Lucia Barros-Fonseca"),
        Q("\"He never missed a crossing,\"", "direct", "she", "Lucia Barros-Fonseca"),
    ]),
]

CASES += GENDER_FROM_GIVEN_NAMES

# -- honorifics and job words before a name, a captain the model took for a body -----------------------------
MORE_TITLES = [
    Case("hausa-honorifics", "Survivors described the crossing. Malam Sani Dan-Borno said the canoe had been "
         "overloaded. Hajiya Zainab Musa-Gwandu, the local government chair, called the deaths \"avoidable\".", [
        Q("the canoe had been overloaded", "indirect", "Malam Sani Dan-Borno", "Sani Dan-Borno"),
        Q("\"avoidable\"", "partial", "Hajiya Zainab Musa-Gwandu", "Zainab Musa-Gwandu"),
    ]),
    Case("regent-and-county-clerk", "Bantul Regent Agus Widodo said schools would reopen on Monday. County Clerk "
         "Deborah Kline-Ashford said turnout was 31%.", [
        Q("schools would reopen on Monday", "indirect", "Bantul Regent Agus Widodo", "Agus Widodo"),
        Q("turnout was 31%", "indirect", "County Clerk Deborah Kline-Ashford", "Deborah Kline-Ashford"),
    ]),
]

CASES += MORE_TITLES

# -- acronyms: a house style writing them as words, a name ending "and Prevention" ---------------------------
MORE_ACRONYMS = [
    Case("acronym-as-a-word-untagged", "Talks with the Food and Allied Workers Union broke down. Fawu, which "
         "represents the staff, said it would \"fight every job cut\".", [
        Q("\"fight every job cut\"", "partial", "Fawu", "Food and Allied Workers Union"),
    ]),
    Case("acronym-without-and-prevention", "The Ghana Centre for Disease Control and Prevention confirmed 12 "
         "cases. The GCDC said the outbreak was under control.", [
        Q("the outbreak was under control", "indirect", "The GCDC", "Ghana Centre for Disease Control and Prevention"),
    ]),
]

CASES += MORE_ACRONYMS

# -- a short form defined in brackets after the name ---------------------------------------------------------
DEFINED_SHORT_FORMS = [
    Case("acronym-defined-in-brackets", "The Superior Labour Court (TST) ruled on Tuesday. The TST said the strike "
         "was lawful.", [
        Q("the strike was lawful", "indirect", "The TST", "Superior Labour Court"),
    ]),
]

CASES += DEFINED_SHORT_FORMS

# -- initials before a name, and a sentence's full stop that is not one ---------------------------------------
INITIALS = [
    Case("initial-before-a-name", "Karnataka opener T Sandeep Gowda made 118 on Friday. 'The pitch was slow,' Gowda said.", [
        Q("'The pitch was slow,'", "direct", "Gowda", "T Sandeep Gowda", speaker_at="Gowda said"),
    ]),
    Case("filipino-ma-before-a-name", "Councillor Ma. Luisa Fernando said the ferry left late. \"We warned them,\" "
         "Fernando said.", [
        Q("the ferry left late", "indirect", "Councillor Ma. Luisa Fernando", "Ma. Luisa Fernando"),
        Q("\"We warned them,\"", "direct", "Fernando", "Ma. Luisa Fernando", speaker_at="Fernando said."),
    ]),
]

CASES += INITIALS

# -- a job word before a name ------------------------------------------------------------------------------
JOBS_BEFORE_NAMES = [
    Case("occupation-before-a-name", "The scaffold fell on a Tuesday. Foreman Tevita Lolohea-Finau told the court "
         "the rails were missing. \"I said it was not safe,\" Lolohea-Finau said.", [
        Q("the rails were missing", "indirect", "Foreman Tevita Lolohea-Finau", "Tevita Lolohea-Finau"),
        Q("\"I said it was not safe,\"", "direct", "Lolohea-Finau", "Tevita Lolohea-Finau",
          speaker_at="Lolohea-Finau said"),
    ]),
]

CASES += JOBS_BEFORE_NAMES

# -- a name after a country's possessive, and that person's given name tagged as a nationality ----------------
NAMES_AFTER_COUNTRIES = [
    Case("name-after-a-countrys-possessive", "RIYADH: South Korea\u2019s Kim Min-jun held off a late charge from "
         "Thailand\u2019s Nattawut Boonchai to win the title on Sunday. Nattawut, who was chasing a second win this "
         "season, said he had \u201cnothing left\u201d. \u201cIt was a good week,\u201d the Thai said.", [
        Q("\u201cnothing left\u201d", "partial", "Nattawut", "Nattawut Boonchai", speaker_at="Nattawut, who"),
        Q("\u201cIt was a good week,\u201d", "direct", "the Thai", "Nattawut Boonchai"),
    ]),
]

CASES += NAMES_AFTER_COUNTRIES

# -- "the company", "the union": a description means a body of its kind --------------------------------------
BODIES_BY_KIND = [
    Case("the-company-is-not-the-union", "Members of the Unison union employed by Greyline Coaches will strike "
         "next week. Unison says cleaners were offered a 3 per cent rise, while the company insists its offer is "
         "\"fair\". The union said the offer was a pay cut in real terms.", [
        Q("cleaners were offered a 3 per cent rise", "indirect", "Unison", "Unison", speaker_at="Unison says"),
        Q("\"fair\"", "partial", "the company", "Greyline Coaches"),
        Q("the offer was a pay cut in real terms", "indirect", "The union", "Unison"),
    ]),
    Case("a-malaysian-company-suffix", "KUALA LUMPUR (Reuters) - Malaysian mobile operator Seri Wangsa Bhd reported "
         "a 12% rise in quarterly profit on Thursday. Net profit rose to 212 million ringgit, the company said in a "
         "filing with Bursa Malaysia.", [
        Q("Net profit rose to 212 million ringgit", "indirect", "the company", "Seri Wangsa Bhd"),
    ]),
    Case("the-main-clause-subject-goes-on", "Harlow Homeware Group said hackers stole customer data. The Data Protection "
         "Office said it was \"making enquiries\" after the retailer reported the breach on Friday. The regulator said "
         "it had received 37 complaints.", [
        Q("hackers stole customer data", "indirect", "Harlow Homeware Group", "Harlow Homeware Group"),
        Q("\"making enquiries\"", "partial", "The Data Protection Office", "Data Protection Office"),
        Q("it had received 37 complaints", "indirect", "The regulator", "Data Protection Office"),
    ]),
]

CASES += BODIES_BY_KIND

# -- a title heading the subject, and the name that ends it right before the verb ------------------------------
NAMES_AFTER_TITLES = [
    Case("name-set-off-after-a-title", "Barristers marked the death of a former judge on Monday. The chair of the "
         "Law Society of Malta, Rosanne Galea-Borg SC, said the profession had lost \u201ca great teacher\u201d.", [
        Q("\u201ca great teacher\u201d", "partial", "Rosanne Galea-Borg", "Rosanne Galea-Borg"),
    ]),
    Case("name-after-a-company-title", "\"We are disappointed that the union has chosen to strike,\" Skyline Air "
         "president and CEO Jean-Marc Tremblay said in a video statement.", [
        Q("\"We are disappointed that the union has chosen to strike,\"", "direct", "Jean-Marc Tremblay",
          "Jean-Marc Tremblay"),
    ]),
    Case("spokesman-for-a-named-mayor", "\"The mayor will not resign,\" a spokesman for Mayor Daniel Okafor said "
         "on Tuesday.", [
        Q("\"The mayor will not resign,\"", "direct", "a spokesman for Mayor Daniel Okafor", None),
    ]),
]

CASES += NAMES_AFTER_TITLES

# -- a family name with its particle, capitalised when it opens a sentence --------------------------------------
PARTICLE_FAMILY_NAMES = [
    Case("particle-family-name-opening-a-sentence", "Residents in Mitchells Plain say their water bills are wrong.\n\n"
         "Ward councillor Rochelle le Roux said she had sent 27 complaints to the city.\n\n"
         "\u201cSome of these bills are clearly wrong,\u201d Le Roux said.", [
        Q("their water bills are wrong", "indirect", "Residents in Mitchells Plain", None),
        Q("she had sent 27 complaints to the city", "indirect", "Ward councillor Rochelle le Roux",
          "Rochelle le Roux"),
        Q("\u201cSome of these bills are clearly wrong,\u201d", "direct", "Le Roux", "Rochelle le Roux"),
    ]),
]

CASES += PARTICLE_FAMILY_NAMES

# -- an untagged capitalised name standing alone as who speaks ---------------------------------------------------
BARE_NAMES = [
    Case("untagged-name-speaks", "Ships are queueing outside the port.\n\nPortnet said on Monday that 38 vessels "
         "were waiting at anchorage.", [
        Q("38 vessels were waiting at anchorage", "indirect", "Portnet", "Portnet"),
    ]),
    Case("team-name-speaks", "The Hawks lost again on Saturday.\n\nThe Chiefs said they will appeal the suspension "
         "handed to their prop.", [
        Q("they will appeal the suspension handed to their prop", "indirect", "The Chiefs", "Chiefs"),
    ]),
]

CASES += BARE_NAMES

# -- a name set off after a title that the model took for an organisation, an honorific before it ------------------
NAMES_AFTER_TITLED_BODIES = [
    Case("name-after-a-title-tagged-as-a-body", "Reacting to the results, the National Coordinator of the Small "
         "Shareholders Association of Ghana (SSAG), Alhaji Ibrahim Mahama Sulemana, described the numbers as "
         "\"impressive\".", [
        Q("\"impressive\"", "partial", "Ibrahim Mahama Sulemana", "Ibrahim Mahama Sulemana"),
    ]),
    Case("body-speaks-before-a-name", "The Ghana Shareholders Association said the dividend was too low, and its "
         "chairman Kojo Mensah-Bonsu agreed.", [
        Q("the dividend was too low", "indirect", "The Ghana Shareholders Association", "Ghana Shareholders Association"),
    ]),
]

CASES += NAMES_AFTER_TITLED_BODIES

# -- "according to" a title, then the name set off after it -------------------------------------------------------
CITED_TITLES_NAMED = [
    Case("according-to-a-title-then-its-name", "Four inmates have drug-resistant TB, according to the district "
         "health officer, Dr Okello Mugisha-Ayebare. The prison has 900 inmates.", [
        Q("Four inmates have drug-resistant TB", "indirect", "Okello Mugisha-Ayebare", "Okello Mugisha-Ayebare"),
    ]),
]

CASES += CITED_TITLES_NAMED

# -- a capitalised word before a name that the article writes in lower case elsewhere -----------------------------
COMMON_NOUNS_BEFORE_NAMES = [
    Case("common-noun-capitalised-before-a-name", "Tributes were paid on Sunday to a fiddler who taught half the "
         "valley to play.\n\nFiddler Siobhan Doherty-Quigley called him \"the heartbeat of the glen\". \"He never "
         "once told me I was wrong,\" Doherty-Quigley said.", [
        Q("\"the heartbeat of the glen\"", "partial", "Fiddler Siobhan Doherty-Quigley", "Siobhan Doherty-Quigley"),
        Q("\"He never once told me I was wrong,\"", "direct", "Doherty-Quigley", "Siobhan Doherty-Quigley",
          speaker_at="Doherty-Quigley said"),
    ]),
]

CASES += COMMON_NOUNS_BEFORE_NAMES

# -- an object pronoun in a person's own clause is someone else ----------------------------------------------------
OBJECT_PRONOUNS_ARE_OTHERS = [
    Case("object-pronoun-is-someone-else", "Tributes were paid on Monday to the piper Angus MacRae, who died on "
         "Sunday aged 88.\n\nKerensa Trevithick-Boyd, who trained with him as a teenager, called him a patient "
         "teacher.\n\n\"He never once raised his voice,\" she said.", [
        Q("\"He never once raised his voice,\"", "direct", "she", "Kerensa Trevithick-Boyd"),
    ]),
]

CASES += OBJECT_PRONOUNS_ARE_OTHERS

OBJECT_PRONOUNS_ARE_OTHERS_IN_THE_CLAUSE = [
    Case("object-pronoun-in-the-subjects-clause", "Talks on the pay deal broke down on Monday.\n\nRhodri Kellaway-Price "
         "told her the offer was final and left the room.\n\n\"There is nothing more to give,\" he said.", [
        Q("the offer was final", "indirect", "Rhodri Kellaway-Price", "Rhodri Kellaway-Price"),
        Q("\"There is nothing more to give,\"", "direct", "he", "Rhodri Kellaway-Price"),
    ]),
]

CASES += OBJECT_PRONOUNS_ARE_OTHERS_IN_THE_CLAUSE

# -- "the City" for the municipality named "City of ...", "the statement" for whoever issued it -------------------
BODIES_AND_DOCUMENTS = [
    Case("the-city-is-the-municipality", "Residents in Khayelitsha say they queued for hours at the City of "
         "Tshwane's offices.\n\nThe City said high bills were usually caused by leaks.", [
        Q("they queued for hours at the City of Tshwane's offices", "indirect", "Residents in Khayelitsha", None),
        Q("high bills were usually caused by leaks", "indirect", "The City", "City of Tshwane"),
    ]),
    Case("the-statement-is-its-issuer", "In a victim impact statement read to the court by his sister, Ruairí "
         "Mac Cárthaigh said he still woke at night.\n\n\u201cI don\u2019t go into town any more,\u201d the "
         "statement said.", [
        Q("he still woke at night", "indirect", "Ruairí Mac Cárthaigh", "Ruairí Mac Cárthaigh"),
        Q("\u201cI don\u2019t go into town any more,\u201d", "direct", "the statement", "Ruairí Mac Cárthaigh"),
    ]),
]

CASES += BODIES_AND_DOCUMENTS

# -- "the Hearts trainer": the name before the job is the employer; the job says which person ---------------------
TEAM_BEFORE_A_JOB = [
    Case("team-name-before-a-job-word", "Accra Hearts of Oak beat Asante Kotoko 1-0 on Sunday.\n\nHearts coach "
         "Alhaji Ibrahim Tanko-Mensah praised his players. \u201cWe came to Kumasi with a plan,\u201d the Hearts trainer said.", [
        Q("\u201cWe came to Kumasi with a plan,\u201d", "direct", "the Hearts trainer", "Ibrahim Tanko-Mensah"),
    ]),
]

CASES += TEAM_BEFORE_A_JOB

# -- a family name and a hyphenated given name, tagged as an organisation -----------------------------------------
HYPHENATED_GIVEN_NAMES = [
    Case("family-name-and-hyphenated-given-name", "Kang Min-seok took 53.8% of the vote against 44.1% for the "
         "ruling People Power Party's Choi Young-hee, according to the National Election Commission.\n\n"
         "Choi conceded on Thursday morning. \"I accept the result,\" she said.", [
        Q("Kang Min-seok took 53.8% of the vote against 44.1% for the ruling People Power Party's Choi Young-hee",
          "indirect", "the National Election Commission", "National Election Commission"),
        Q("\"I accept the result,\"", "direct", "she", "Choi Young-hee"),
    ]),
]

CASES += HYPHENATED_GIVEN_NAMES

# -- a name the model cut short: a particle's family name tagged as something else, a double-barrelled end --------
NAMES_CUT_SHORT = [
    Case("particle-family-name-tagged-apart", "The judge died on Sunday at 91.\n\nHis daughter, Dr Anneke van der "
         "Voort-Tipene, paid tribute to him on Monday. \"He believed in it to the end,\" Dr van der Voort-Tipene "
         "said.", [
        Q("\"He believed in it to the end,\"", "direct", "Dr van der Voort-Tipene", "Anneke van der Voort-Tipene"),
    ]),
    Case("family-name-after-a-full-name-and-particle", "Metalworkers' union leader Luciana Ferreira dos Santos of the "
         "Workers' Party came second with 31.5%. \"The city is split down the middle,\" Ferreira dos Santos said.", [
        Q("\"The city is split down the middle,\"", "direct", "Ferreira dos Santos", "Luciana Ferreira dos Santos",
          speaker_at="Ferreira dos Santos said"),
    ]),
]

CASES += NAMES_CUT_SHORT

# -- a title before the name: the parse splits them, or hangs the name on the title's portfolio --------------------
TITLE_THEN_NAME = [
    Case("title-and-name-split-into-two-subjects", "Shares in Kerala Spices rose 4% on Friday.\n\nChief financial "
         "officer (CFO) Dr Meera Pillai said revenue had grown by a fifth in the year to March.", [
        Q("revenue had grown by a fifth in the year to March", "indirect", "Meera Pillai", "Meera Pillai"),
    ]),
    Case("title-with-a-portfolio-before-the-name", "State minister for fisheries Mohammad Rezaul Karim said the "
         "trawlers would be inspected before the season opened.\n\nA spokesman for Mayor Eric Adams said the city "
         "would appeal the ruling.", [
        Q("the trawlers would be inspected before the season opened", "indirect", "Mohammad Rezaul Karim",
          "Mohammad Rezaul Karim"),
        Q("the city would appeal the ruling", "indirect", "A spokesman", None),
    ]),
]

CASES += TITLE_THEN_NAME

# -- a title abbreviated with a full stop the tokenizer does not know ---------------------------------------------
ABBREVIATED_TITLES = [
    Case("abbreviated-title-is-not-a-sentence-end", "Nobody was seriously hurt in the pile-up, according to Cpl. "
         "Gurpreet Sandhu.\n\nThe road will reopen on Monday, according to Insp. Maria Okafor-Lind.", [
        Q("Nobody was seriously hurt in the pile-up", "indirect", "Gurpreet Sandhu", "Gurpreet Sandhu"),
        Q("The road will reopen on Monday", "indirect", "Maria Okafor-Lind", "Maria Okafor-Lind"),
    ]),
]

CASES += ABBREVIATED_TITLES

# -- a document a body issued speaks for it --------------------------------------------------------------------------
ISSUED_DOCUMENTS = [
    Case("a-bodys-statement-speaks-for-it", "Racing NSW opened an inquiry on Friday. A Racing NSW statement said the "
         "trainer would face the stewards on Monday.", [
        Q("the trainer would face the stewards on Monday", "indirect", "A Racing NSW statement", "Racing NSW"),
    ]),
]

CASES += ISSUED_DOCUMENTS

# -- the parse gives the cue a second subject from inside the quote ---------------------------------------------------
SUBJECT_INSIDE_THE_QUOTE = [
    Case("cue-with-a-subject-inside-the-quote", "\"We expect that momentum to carry into the next financial year,\" "
         "managing director K. Srinivasa Raghavan said in a statement.", [
        Q("\"We expect that momentum to carry into the next financial year,\"", "direct", "K. Srinivasa Raghavan",
          "K. Srinivasa Raghavan"),
    ]),
]

CASES += SUBJECT_INSIDE_THE_QUOTE

# -- after the quote, the speaker after the verb made the subject of what follows ------------------------------------
SPEAKER_AFTER_THE_VERB = [
    Case("speaker-after-the-verb-parsed-into-the-next-clause", "'They are driving trains after being on duty for 14 "
         "hours. This is not only inhuman, it is dangerous,' said AILRSA divisional secretary Sukhwinder Singh Gill, "
         "addressing protesting employees outside the Ambala Cantt station.", [
        Q("'They are driving trains after being on duty for 14 hours. This is not only inhuman, it is dangerous,'",
          "direct", "AILRSA divisional secretary Sukhwinder Singh Gill", "Sukhwinder Singh Gill"),
    ]),
]

CASES += SPEAKER_AFTER_THE_VERB
