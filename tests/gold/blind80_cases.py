"""Blind gold set 80: short news articles from many outlets, written once.

Written without looking at the pretagger, its output or the other gold sets; only the case format and the
held-out examples were read. Australian metropolitan and regional papers, Irish broadsheets, Nigerian and
Kenyan business dailies and Gulf business news, each in its own house style and quotation marks.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind80-dam-inquiry-nsw", """Dam operator ignored spillway crack warnings for years, inquiry told

WaterNSW was warned in 2018 that cracks in the spillway of Brennans Gap Dam could fail in a major flood but did not begin repairs until last year, a former engineer has told a parliamentary inquiry.

Rachel Whitford, who spent nine years as a dam safety engineer at the state-owned corporation, said she had raised the problem in three separate reports. “I was told it was a budget matter and would be dealt with in the next cycle,” she said. “The next cycle never came.”

Ms Whitford, who left WaterNSW in 2021, told the committee the cracking was “not cosmetic” and could have allowed floodwater to scour out the foundations beneath the spillway floor.

Brennans Gap Dam holds about 38 gigalitres and sits 14 kilometres upstream of Dungog, a town of about 2000 people.

WaterNSW chief executive Graham Lockyer told the hearing the corporation had “always acted on the advice of its engineers”. He said an independent review commissioned in 2019 had rated the risk as tolerable.

“I reject any suggestion that we gambled with the safety of the community,” Mr Lockyer said. “Every decision was made in good faith and on the best information we had at the time.”

The regulator, Dams Safety NSW, said in a written submission that it had not been shown the 2018 reports until 2022.

Committee chair Helen Marsden, a Greens MLC, said the evidence raised “deeply troubling questions” about how warnings travelled through the organisation. “If an engineer puts something in writing three times, someone at the top should be reading it,” she said.

Dungog Shire mayor Tracy Halloran said residents had been “kept in the dark”. According to Cr Halloran, many people living downstream had never been told the dam had an emergency plan.

The plan, titled “Brennans Gap Dam Safety Emergency Plan”, was last updated in 2016.

A spokeswoman for the Water Minister said the government would “await the committee’s findings” before deciding on any further action.

The inquiry will hold its next hearing in Newcastle on March 14.""", [
        Q("WaterNSW was warned in 2018 that cracks in the spillway of Brennans Gap Dam could fail in a major flood "
          "but did not begin repairs until last year", "indirect", "a former engineer", "Rachel Whitford"),
        Q("she had raised the problem in three separate reports", "indirect", "Rachel Whitford", "Rachel Whitford"),
        Q("“I was told it was a budget matter and would be dealt with in the next cycle,”", "direct", "she",
          "Rachel Whitford", speaker_at="cycle,” she said"),
        Q("“The next cycle never came.”", "direct", "she", "Rachel Whitford", speaker_at="cycle,” she said"),
        Q("“not cosmetic”", "partial", "Whitford", "Rachel Whitford", speaker_at="Ms Whitford, who left"),
        Q("“always acted on the advice of its engineers”", "partial", "Graham Lockyer", "Graham Lockyer"),
        Q("an independent review commissioned in 2019 had rated the risk as tolerable", "indirect", "He",
          "Graham Lockyer", speaker_at="He said an independent"),
        Q("“I reject any suggestion that we gambled with the safety of the community,”", "direct", "Lockyer",
          "Graham Lockyer", speaker_at="Mr Lockyer said"),
        Q("“Every decision was made in good faith and on the best information we had at the time.”", "direct",
          "Lockyer", "Graham Lockyer", speaker_at="Mr Lockyer said"),
        Q("that it had not been shown the 2018 reports until 2022", "indirect", "Dams Safety NSW", "Dams Safety NSW"),
        Q("“deeply troubling questions”", "partial", "Helen Marsden", "Helen Marsden"),
        Q("“If an engineer puts something in writing three times, someone at the top should be reading it,”",
          "direct", "she", "Helen Marsden", speaker_at="reading it,” she said"),
        Q("“kept in the dark”", "partial", "Tracy Halloran", "Tracy Halloran"),
        Q("many people living downstream had never been told the dam had an emergency plan", "indirect",
          "Halloran", "Tracy Halloran", speaker_at="According to Cr Halloran"),
        Q("“await the committee’s findings”", "partial", "A spokeswoman for the Water Minister", None),
    ], source="blind"),
    Case("blind80-dam-inquiry-nakuru", """Dam safety gaps exposed as senators probe deadly Nakuru collapse

More than 200 dams across the country have never been inspected by the State, the Water Resources Authority (WRA) has told a Senate committee investigating last month's collapse of a farm dam in Nakuru County.

WRA chief executive Hassan Abdille told senators on Tuesday that the authority had only 14 qualified dam inspectors for the whole country.

"We are being asked to police more than 4,000 dams with a team you could fit in one matatu," Mr Abdille said. "That is not a safety regime. It is a lottery."

The Kabarak Farm dam, an earth embankment built to irrigate flowers grown for export, gave way on the night of April 12, sweeping away 23 homes in Ngata village. Nine people died.

Nakuru Senator Daniel Kiprotich, who chairs the committee, said the authority's explanation was "not acceptable to the families who buried their loved ones".

According to Mr Kiprotich, the committee will summon the farm's directors next week after they failed to appear on Tuesday.

In a statement, lawyers for Kabarak Flowers Ltd said their clients were cooperating fully with investigators. They insisted that the dam had been "duly approved" when it was built in 2009.

Water Cabinet Secretary Joyce Wanjala told the Business Daily that the ministry was drafting regulations requiring all dams higher than 15 metres to be inspected every two years.

"The law has been there since 2016 but the rules to enforce it were never finished. We will finish them this year," she said.

Residents of Ngata said the dam had leaked for months before it burst. "Every rainy season we would see water coming out at the bottom. We reported it to the chief," said Peter Kimani, whose house was destroyed.

The Kenya Flower Council said it would require its members to submit dam safety certificates by the end of the year.

Nicholas Musyoka, a civil engineering lecturer at the University of Nairobi, warned that many smaller farm dams were "built by eye, with no design at all".

The committee is expected to table its report in the Senate in July.""", [
        Q("More than 200 dams across the country have never been inspected by the State", "indirect",
          "the Water Resources Authority", "Water Resources Authority"),
        Q("that the authority had only 14 qualified dam inspectors for the whole country", "indirect",
          "Hassan Abdille", "Hassan Abdille"),
        Q('"We are being asked to police more than 4,000 dams with a team you could fit in one matatu,"', "direct",
          "Abdille", "Hassan Abdille", speaker_at="Mr Abdille said"),
        Q('"That is not a safety regime. It is a lottery."', "direct", "Abdille", "Hassan Abdille",
          speaker_at="Mr Abdille said"),
        Q('"not acceptable to the families who buried their loved ones"', "partial", "Daniel Kiprotich",
          "Daniel Kiprotich"),
        Q("the committee will summon the farm's directors next week after they failed to appear on Tuesday",
          "indirect", "Kiprotich", "Daniel Kiprotich", speaker_at="According to Mr Kiprotich"),
        Q("their clients were cooperating fully with investigators", "indirect", "lawyers for Kabarak Flowers Ltd",
          None),
        Q('"duly approved"', "partial", "They", None, speaker_at="They insisted"),
        Q("that the ministry was drafting regulations requiring all dams higher than 15 metres to be inspected "
          "every two years", "indirect", "Joyce Wanjala", "Joyce Wanjala"),
        Q('"The law has been there since 2016 but the rules to enforce it were never finished. We will finish them '
          'this year,"', "direct", "she", "Joyce Wanjala", speaker_at='this year," she said'),
        Q("the dam had leaked for months before it burst", "indirect", "Residents of Ngata", None),
        Q('"Every rainy season we would see water coming out at the bottom. We reported it to the chief,"',
          "direct", "Peter Kimani", "Peter Kimani"),
        Q("it would require its members to submit dam safety certificates by the end of the year", "indirect",
          "The Kenya Flower Council", "Kenya Flower Council"),
        Q('"built by eye, with no design at all"', "partial", "Nicholas Musyoka", "Nicholas Musyoka"),
    ], source="blind"),
    Case("blind80-gaa-mayo-final", """Knockmore end 27-year wait as Westport pay for slow start to second half

Knockmore are Mayo senior football champions for the first time since 1997 after a 1-14 to 0-15 win over Westport at MacHale Park on Sunday, with Darragh Kilbane’s goal in the 36th minute proving decisive.

“It’s hard to put into words,” said Knockmore manager Pat Heneghan. “There are lads in that dressing room whose fathers were on the team in ’97, and they’ve carried that around with them.”

Heneghan said the goal had come from a move they had worked on “all week in training”, and praised Kilbane for “keeping the head” when the chance fell to him.

Westport led by three points at the break, and their manager, Tom Gibbons, admitted his side had “switched off” for the goal. “We gave them a sniff and they took it. That’s county finals,” Gibbons said.

“I’m proud of the effort, though,” he added. “We’ll be back.”

Kilbane, a 22-year-old student at ATU Castlebar, told reporters he had “no idea” where the ball was going when he shot. “I just hit it and hoped. When the net moved I didn’t know what to do with myself,” he said.

The club’s centenary history, “A Parish and its Pitch”, published last year, devotes a full chapter to the 1997 team.

Mayo GAA county board chairman Seán Feeney said that the attendance of 9,400 was the biggest for a county final in more than a decade.

Knockmore will face the Galway champions in the Connacht club championship quarter-final on November 3rd, Connacht GAA confirmed.

Heneghan said his players would celebrate “for a night or two” before returning to training. “This one belongs to the parish,” he said.""", [
        Q("“It’s hard to put into words,”", "direct", "Pat Heneghan", "Pat Heneghan"),
        Q("“There are lads in that dressing room whose fathers were on the team in ’97, and they’ve carried that "
          "around with them.”", "direct", "Pat Heneghan", "Pat Heneghan"),
        Q("“all week in training”", "partial", "Heneghan", "Pat Heneghan", speaker_at="Heneghan said the goal"),
        Q("“keeping the head”", "partial", "Heneghan", "Pat Heneghan", speaker_at="Heneghan said the goal"),
        Q("“switched off”", "partial", "Tom Gibbons", "Tom Gibbons"),
        Q("“We gave them a sniff and they took it. That’s county finals,”", "direct", "Gibbons", "Tom Gibbons",
          speaker_at="Gibbons said"),
        Q("“I’m proud of the effort, though,”", "direct", "he", "Tom Gibbons", speaker_at="he added"),
        Q("“We’ll be back.”", "direct", "he", "Tom Gibbons", speaker_at="he added"),
        Q("“no idea”", "partial", "Kilbane", "Darragh Kilbane", speaker_at="Kilbane, a 22-year-old"),
        Q("“I just hit it and hoped. When the net moved I didn’t know what to do with myself,”", "direct", "he",
          "Darragh Kilbane", speaker_at="myself,” he said"),
        Q("that the attendance of 9,400 was the biggest for a county final in more than a decade", "indirect",
          "Seán Feeney", "Seán Feeney"),
        Q("Knockmore will face the Galway champions in the Connacht club championship quarter-final on "
          "November 3rd", "indirect", "Connacht GAA", "Connacht GAA"),
        Q("“for a night or two”", "partial", "Heneghan", "Pat Heneghan", speaker_at="Heneghan said his players"),
        Q("“This one belongs to the parish,”", "direct", "he", "Pat Heneghan", speaker_at="parish,” he said"),
    ], source="blind"),
    Case("blind80-gaa-cork-final", """Blackrock hold their nerve as Midleton rue 17 wides

Blackrock are Cork Premier Senior hurling champions for the third time in five years after edging out Midleton by 0-24 to 1-19 in a tense final at Páirc Uí Chaoimh on Sunday.

Ciarán Deasy struck 0-11, seven of them frees, and his late point from out near the sideline settled a contest that was level on eight occasions.

‘We knew it would come down to the last ten minutes,’ said Blackrock manager Fergal McCarthy. ‘Midleton never go away and they didn’t go away today either.’

McCarthy singled out Deasy, who he said had been ‘carrying a knock all week’.

‘He wasn’t sure he’d start until Friday night. To do what he did out there is some going,’ McCarthy added.

Midleton hit 17 wides, and their manager, Pádraig Cotter, said the wides told their own story.

‘You can’t leave that many behind you in a county final and expect to win it,’ he said. ‘I thought we were the better team for long spells, but that’s no good to anyone now.’

Cotter also questioned a free awarded against full-back Luke Ahern in the 58th minute, calling it ‘soft’, but said he would not be ‘hanging the referee’.

Blackrock’s famous ‘Rockies’ chant rang around the stadium at the final whistle.

The attendance of 18,211 was a record for a county final, according to Cork GAA.

Deasy, a secondary school teacher in Douglas, said the win was ‘for the supporters who stood with us in the bad days’. ‘There were years when we’d barely get a crowd for a league game,’ he said, ‘and now look at this.’

Blackrock will meet the Tipperary champions in the Munster club semi-final, Munster GAA said on Monday.""", [
        Q("‘We knew it would come down to the last ten minutes,’", "direct", "Fergal McCarthy", "Fergal McCarthy"),
        Q("‘Midleton never go away and they didn’t go away today either.’", "direct", "Fergal McCarthy",
          "Fergal McCarthy"),
        Q("‘carrying a knock all week’", "partial", "he", "Fergal McCarthy", speaker_at="who he said"),
        Q("‘He wasn’t sure he’d start until Friday night. To do what he did out there is some going,’", "direct",
          "McCarthy", "Fergal McCarthy", speaker_at="McCarthy added"),
        Q("the wides told their own story", "indirect", "Pádraig Cotter", "Pádraig Cotter"),
        Q("‘You can’t leave that many behind you in a county final and expect to win it,’", "direct", "he",
          "Pádraig Cotter", speaker_at="win it,’ he said"),
        Q("‘I thought we were the better team for long spells, but that’s no good to anyone now.’", "direct", "he",
          "Pádraig Cotter", speaker_at="win it,’ he said"),
        Q("‘soft’", "partial", "Cotter", "Pádraig Cotter", speaker_at="Cotter also questioned"),
        Q("‘hanging the referee’", "partial", "Cotter", "Pádraig Cotter", speaker_at="Cotter also questioned"),
        Q("The attendance of 18,211 was a record for a county final", "indirect", "Cork GAA", "Cork GAA"),
        Q("‘for the supporters who stood with us in the bad days’", "partial", "Deasy", "Ciarán Deasy",
          speaker_at="Deasy, a secondary school teacher"),
        Q("‘There were years when we’d barely get a crowd for a league game,’", "direct", "he", "Ciarán Deasy",
          speaker_at="game,’ he said"),
        Q("‘and now look at this.’", "direct", "he", "Ciarán Deasy", speaker_at="game,’ he said"),
        Q("Blackrock will meet the Tipperary champions in the Munster club semi-final", "indirect", "Munster GAA",
          "Munster GAA"),
    ], source="blind"),
    Case("blind80-bank-results-lagos", """Atlantic Union Bank's half-year profit jumps 142% on FX gains, loan growth

Atlantic Union Bank Plc has reported a 142 percent rise in profit before tax to N387.6 billion for the half year ended June 30, 2024, driven by foreign exchange revaluation gains and strong growth in interest income.

Gross earnings rose 96 percent to N1.21 trillion while total assets closed the period at N14.8 trillion, the bank said in its unaudited financial statements filed with the Nigerian Exchange Limited (NGX) on Monday.

Speaking at the bank's Facts Behind the Figures presentation in Lagos, the Group Managing Director, Olusegun Adebayo-Williams, said the results showed the resilience of the bank's business model. He described the operating environment as "very challenging".

"Our strategy of diversifying our revenue base is paying off. We grew non-interest income by 71 percent and we did that while keeping a tight lid on costs," he said.

He said that the bank had already raised N150 billion through a rights issue as part of efforts to meet the Central Bank of Nigeria's new minimum capital requirement of N500 billion for lenders with international licences.

"We are confident that we will meet the deadline well ahead of March 2026. Shareholders have shown strong support for the offer.

"We will be returning to the market before the end of the year for the balance, and we expect the same level of appetite," Adebayo-Williams said.

The bank's Chief Financial Officer, Chiamaka Eze, noted that impairment charges rose to N112 billion, largely because the depreciation of the naira inflated the value of foreign currency loans.

"The underlying asset quality remains sound. Our non-performing loan ratio is 3.9 percent, which is within the regulatory threshold," Eze said.

The board proposed an interim dividend of N1 per share, the lender said.

Analysts at Cordros Securities said the results were "above expectations" but cautioned that the FX gains were unlikely to be repeated in the second half.

Ifeoluwa Ogunleye, an equity analyst at Vetiva Capital, told BusinessDay that the stock was "still trading at a discount to its peers" despite a 38 percent gain this year.

The bank's shares closed at N48.50 on Monday, up 4.3 percent.""", [
        Q("Gross earnings rose 96 percent to N1.21 trillion while total assets closed the period at N14.8 trillion",
          "indirect", "the bank", "Atlantic Union Bank Plc", speaker_at="the bank said in its"),
        Q("the results showed the resilience of the bank's business model", "indirect", "Olusegun Adebayo-Williams",
          "Olusegun Adebayo-Williams"),
        Q('"very challenging"', "partial", "He", "Olusegun Adebayo-Williams", speaker_at="He described"),
        Q('"Our strategy of diversifying our revenue base is paying off. We grew non-interest income by 71 percent '
          'and we did that while keeping a tight lid on costs,"', "direct", "he", "Olusegun Adebayo-Williams",
          speaker_at='costs," he said'),
        Q("that the bank had already raised N150 billion through a rights issue as part of efforts to meet the "
          "Central Bank of Nigeria's new minimum capital requirement of N500 billion for lenders with "
          "international licences", "indirect", "He", "Olusegun Adebayo-Williams", speaker_at="He said that the bank"),
        Q('"We are confident that we will meet the deadline well ahead of March 2026. Shareholders have shown '
          'strong support for the offer.', "direct", "Adebayo-Williams", "Olusegun Adebayo-Williams",
          speaker_at='appetite," Adebayo-Williams said'),
        Q('"We will be returning to the market before the end of the year for the balance, and we expect the same '
          'level of appetite,"', "direct", "Adebayo-Williams", "Olusegun Adebayo-Williams",
          speaker_at='appetite," Adebayo-Williams said'),
        Q("that impairment charges rose to N112 billion, largely because the depreciation of the naira inflated "
          "the value of foreign currency loans", "indirect", "Chiamaka Eze", "Chiamaka Eze"),
        Q('"The underlying asset quality remains sound. Our non-performing loan ratio is 3.9 percent, which is '
          'within the regulatory threshold,"', "direct", "Eze", "Chiamaka Eze", speaker_at='threshold," Eze said'),
        Q("The board proposed an interim dividend of N1 per share", "indirect", "the lender",
          "Atlantic Union Bank Plc", speaker_at="the lender said"),
        Q('"above expectations"', "partial", "Analysts at Cordros Securities", None),
        Q("that the FX gains were unlikely to be repeated in the second half", "indirect",
          "Analysts at Cordros Securities", None),
        Q('"still trading at a discount to its peers"', "partial", "Ifeoluwa Ogunleye", "Ifeoluwa Ogunleye"),
    ], source="blind"),
    Case("blind80-port-congestion-apapa", """Cargo backlog at Lagos ports hits 9,000 containers as gridlock returns

More than 9,000 containers are stuck at the Apapa and Tin Can Island ports in Lagos as a fresh wave of congestion grips the country's busiest gateway, importers and freight agents have said.

Trucks have formed queues stretching more than 10 kilometres along the Oshodi-Apapa Expressway, with many drivers spending days on the Ijora bridge waiting for access to the terminals.

Chief Uche Okafor, national president of the Association of Nigerian Licensed Customs Agents (ANLCA), said the backlog had been caused by a breakdown of the electronic call-up system used to schedule truck entry into the ports.

"Since the system went down three weeks ago, it is survival of the fittest. Truck drivers are paying touts as much as N250,000 just to get a slot," Okafor said.

"Importers are now paying demurrage for delays that are not their fault. Some of them have simply abandoned their cargo because the charges are higher than the value of the goods."

The call-up system, known as "Eto", was introduced in 2021 to end years of gridlock on the port access roads.

The Nigerian Ports Authority (NPA), in a statement signed by its General Manager, Corporate Communications, Adaku Nwachukwu, said the authority had restored the platform on Sunday and was working with terminal operators to clear the backlog.

The authority described the situation as "temporary" and urged port users to "exercise patience".

But the Managing Director of the NPA, Mohammed Sani Yakasai, told journalists in Abuja on Tuesday that the congestion was also the result of a surge in imports ahead of an expected review of tariffs.

"Many importers rushed to bring in their goods before the new tariff regime, and that has stretched capacity at the terminals," Yakasai said. "We are not going to allow this to continue. By the end of the month, the ports will be fluid again."

A truck driver, who gave his name only as Musa, said he had spent nine days on the bridge waiting to pick up a container. "I sleep under my truck. There is no toilet, no water. This is not a life," he said.

According to the Nigerian Shippers' Council, the country loses about N2.5 billion daily to port congestion.""", [
        Q("More than 9,000 containers are stuck at the Apapa and Tin Can Island ports in Lagos as a fresh wave of "
          "congestion grips the country's busiest gateway", "indirect", "importers and freight agents", None),
        Q("the backlog had been caused by a breakdown of the electronic call-up system used to schedule truck entry "
          "into the ports", "indirect", "Uche Okafor", "Uche Okafor"),
        Q('"Since the system went down three weeks ago, it is survival of the fittest. Truck drivers are paying '
          'touts as much as N250,000 just to get a slot,"', "direct", "Okafor", "Uche Okafor",
          speaker_at='slot," Okafor said'),
        Q('"Importers are now paying demurrage for delays that are not their fault. Some of them have simply '
          'abandoned their cargo because the charges are higher than the value of the goods."', "direct", "Okafor",
          "Uche Okafor", speaker_at='slot," Okafor said'),
        Q("the authority had restored the platform on Sunday and was working with terminal operators to clear the "
          "backlog", "indirect", "The Nigerian Ports Authority", "Nigerian Ports Authority"),
        Q('"temporary"', "partial", "The authority", "Nigerian Ports Authority", speaker_at="The authority described"),
        Q('"exercise patience"', "partial", "The authority", "Nigerian Ports Authority",
          speaker_at="The authority described"),
        Q("that the congestion was also the result of a surge in imports ahead of an expected review of tariffs",
          "indirect", "Mohammed Sani Yakasai", "Mohammed Sani Yakasai"),
        Q('"Many importers rushed to bring in their goods before the new tariff regime, and that has stretched '
          'capacity at the terminals,"', "direct", "Yakasai", "Mohammed Sani Yakasai", speaker_at="Yakasai said"),
        Q('"We are not going to allow this to continue. By the end of the month, the ports will be fluid again."',
          "direct", "Yakasai", "Mohammed Sani Yakasai", speaker_at="Yakasai said"),
        Q("he had spent nine days on the bridge waiting to pick up a container", "indirect", "A truck driver",
          "Musa"),
        Q('"I sleep under my truck. There is no toilet, no water. This is not a life,"', "direct", "he", "Musa",
          speaker_at='life," he said'),
        Q("the country loses about N2.5 billion daily to port congestion", "indirect",
          "the Nigerian Shippers' Council", "Nigerian Shippers' Council"),
    ], source="blind"),
    Case("blind80-fintech-suspension-cbn", """CBN suspends PayVerge's switching licence over KYC breaches

The Central Bank of Nigeria (CBN) has suspended the payment switching and processing licence of PayVerge Technologies Limited, citing "serious and repeated" breaches of know-your-customer (KYC) rules.

In a circular dated August 14, the apex bank said the suspension would take effect immediately and remain in force pending the outcome of a special examination of the company.

"All deposit money banks and other financial institutions are hereby directed to cease all transactions with the affected entity until further notice," wrote Halima Abdulkadir, the CBN's Director of Payments System Supervision, who signed the circular.

PayVerge, which processes payments for more than 40,000 merchants, said in a statement on Thursday that it was "surprised and disappointed" by the decision. It insisted that it had fully complied with all regulatory requests.

The company's "Verge Lite" point-of-sale terminals are widely used by small traders in Lagos, Abuja and Port Harcourt.

The company's chief executive, Tobi Adeyemi, said in a post on LinkedIn that customers' funds were "safe and fully accounted for". "We are engaging with the CBN and we are confident this matter will be resolved in the coming days," he wrote.

Merchants who spoke to BusinessDay said they had been unable to receive payments since Wednesday evening.

"I have over N3 million stuck in the system and nobody is picking my calls," said Blessing Okoro, who runs a pharmacy in Surulere, Lagos.

A senior official of the apex bank, who asked not to be named because he was not authorised to speak on the matter, told BusinessDay that the regulator had written to PayVerge three times since January. "They were given every opportunity to fix the issues," the official said.

In April, the CBN fined four payment operators a combined N1.2 billion for similar lapses.

Kemisola Adebanjo, a fintech lawyer at Lagos-based Banwo & Ighodalo, said the regulator was within its rights but should give the market more clarity. "When a licence is suspended without details, every other operator is left guessing," she said.

The Fintech Association of Nigeria said it was "monitoring the situation closely".""", [
        Q('"serious and repeated"', "partial", "The Central Bank of Nigeria", "Central Bank of Nigeria"),
        Q("the suspension would take effect immediately and remain in force pending the outcome of a special "
          "examination of the company", "indirect", "the apex bank", "Central Bank of Nigeria",
          speaker_at="the apex bank said"),
        Q('"All deposit money banks and other financial institutions are hereby directed to cease all transactions '
          'with the affected entity until further notice,"', "direct", "Halima Abdulkadir", "Halima Abdulkadir"),
        Q('"surprised and disappointed"', "partial", "PayVerge", "PayVerge Technologies Limited",
          speaker_at="PayVerge, which processes"),
        Q("that it had fully complied with all regulatory requests", "indirect", "It", "PayVerge Technologies Limited",
          speaker_at="It insisted"),
        Q('"safe and fully accounted for"', "partial", "Tobi Adeyemi", "Tobi Adeyemi"),
        Q('"We are engaging with the CBN and we are confident this matter will be resolved in the coming days,"',
          "direct", "he", "Tobi Adeyemi", speaker_at="he wrote"),
        Q("they had been unable to receive payments since Wednesday evening", "indirect",
          "Merchants who spoke to BusinessDay", None),
        Q('"I have over N3 million stuck in the system and nobody is picking my calls,"', "direct", "Blessing Okoro",
          "Blessing Okoro"),
        Q("that the regulator had written to PayVerge three times since January", "indirect",
          "A senior official of the apex bank", None),
        Q('"They were given every opportunity to fix the issues,"', "direct", "the official", None,
          speaker_at="the official said"),
        Q("the regulator was within its rights but should give the market more clarity", "indirect",
          "Kemisola Adebanjo", "Kemisola Adebanjo"),
        Q('"When a licence is suspended without details, every other operator is left guessing,"', "direct", "she",
          "Kemisola Adebanjo", speaker_at='guessing," she said'),
        Q('"monitoring the situation closely"', "partial", "The Fintech Association of Nigeria",
          "Fintech Association of Nigeria"),
    ], source="blind"),
    Case("blind80-port-congestion-mombasa", """Mombasa port congestion pushes ship waiting time to 11 days

Ships calling at the port of Mombasa are now waiting an average of 11 days for a berth, up from three days in January, as a surge in cargo and a shortage of handling equipment slow operations at East Africa's largest port.

According to the Kenya Ports Authority (KPA), 28 vessels were at anchorage outside the harbour on Monday, most of them carrying containers and bulk fertiliser.

KPA managing director Captain Abdallah Mwinyi said the authority had introduced extra shifts and hired 40 additional trucks to move containers to inland depots.

"We have not seen volumes like this since the pandemic. The port is handling 20 percent more boxes than it was designed for," Capt Mwinyi said.

He blamed the delays partly on importers who leave containers at the port for weeks to avoid storage charges at private yards, a practice he described as "using the port as a warehouse".

Shipping lines have started imposing congestion surcharges of up to $350 per container, the Kenya Shippers Council said in a statement on Tuesday, warning that the costs would be passed on to consumers.

The council's chief executive, Juliet Atieno, told the Business Daily that manufacturers were already running short of raw materials. "Some of our members have shut production lines for a week because their inputs are sitting on a ship outside Likoni," Ms Atieno said.

"This is a crisis for the whole region, not just Kenya," she said, "because Uganda, Rwanda and South Sudan all depend on this port."

Transporters say the situation has been worsened by slow clearance at the Kenya Revenue Authority's scanners. Kenya Transporters Association chairman Kassim Mwadime said some truckers were spending up to four days inside the port to pick up a single container.

The KRA said its scanning equipment was "fully operational".

A clearing agent at the port, who asked not to be named for fear of victimisation, said some officials were "asking for something small" to move containers up the queue.

Perishable goods such as flowers and avocados continue to move through a dedicated "green channel".

The Ministry of Roads and Transport said on Wednesday that it would convene a meeting of all port users next week.""", [
        Q("28 vessels were at anchorage outside the harbour on Monday, most of them carrying containers and bulk "
          "fertiliser", "indirect", "the Kenya Ports Authority", "Kenya Ports Authority"),
        Q("the authority had introduced extra shifts and hired 40 additional trucks to move containers to inland "
          "depots", "indirect", "Abdallah Mwinyi", "Abdallah Mwinyi"),
        Q('"We have not seen volumes like this since the pandemic. The port is handling 20 percent more boxes than '
          'it was designed for,"', "direct", "Mwinyi", "Abdallah Mwinyi", speaker_at="Capt Mwinyi said"),
        Q('"using the port as a warehouse"', "partial", "he", "Abdallah Mwinyi", speaker_at="he described"),
        Q("Shipping lines have started imposing congestion surcharges of up to $350 per container", "indirect",
          "the Kenya Shippers Council", "Kenya Shippers Council"),
        Q("that the costs would be passed on to consumers", "indirect", "the Kenya Shippers Council",
          "Kenya Shippers Council"),
        Q("that manufacturers were already running short of raw materials", "indirect", "Juliet Atieno",
          "Juliet Atieno"),
        Q('"Some of our members have shut production lines for a week because their inputs are sitting on a ship '
          'outside Likoni,"', "direct", "Atieno", "Juliet Atieno", speaker_at="Ms Atieno said"),
        Q('"This is a crisis for the whole region, not just Kenya,"', "direct", "she", "Juliet Atieno",
          speaker_at='Kenya," she said'),
        Q('"because Uganda, Rwanda and South Sudan all depend on this port."', "direct", "she", "Juliet Atieno",
          speaker_at='Kenya," she said'),
        Q("the situation has been worsened by slow clearance at the Kenya Revenue Authority's scanners", "indirect",
          "Transporters", None, speaker_at="Transporters say"),
        Q("some truckers were spending up to four days inside the port to pick up a single container", "indirect",
          "Kassim Mwadime", "Kassim Mwadime"),
        Q('"fully operational"', "partial", "The KRA", "Kenya Revenue Authority"),
        Q('"asking for something small"', "partial", "A clearing agent at the port", None),
        Q("that it would convene a meeting of all port users next week", "indirect",
          "The Ministry of Roads and Transport", "Ministry of Roads and Transport"),
    ], source="blind"),
    Case("blind80-fintech-suspension-cbk", """CBK suspends Haraka Credit licence over debt-shaming complaints

The Central Bank of Kenya (CBK) has suspended the licence of digital lender Haraka Credit Limited for six months following a string of complaints from borrowers about harassment and the misuse of their personal data.

In a notice published on Wednesday, the regulator said the lender had breached the Central Bank of Kenya (Digital Credit Providers) Regulations, 2022, and would not be allowed to issue new loans while the suspension is in force.

“Existing borrowers are required to continue servicing their loans as per the terms of their contracts,” the CBK said.

Haraka Credit, which says it has more than 1.2 million customers, is among 51 digital lenders licensed by the CBK since March 2022. Its flagship “Haraka Boost” product offers loans of up to Sh50,000 repayable within 30 days.

The firm’s chief executive, Brian Mutua, said the company would appeal. “We have cooperated fully with the regulator, and we believe the sanction is disproportionate,” Mr Mutua told the Business Daily. “The complaints relate to a third-party collection agency whose contract we terminated in January.”

Last year the Office of the Data Protection Commissioner (ODPC) fined the lender Sh4.5 million for using borrowers’ phone contacts to shame defaulters.

Deputy Data Commissioner Rose Wambui said the office had received 312 complaints against digital lenders in the first quarter of the year alone.

Jared Ochieng, chairman of the Digital Lenders Association of Kenya (DLAK), said the suspension sent “a strong signal” to the industry. “A few bad actors are giving everyone a bad name,” he said, adding that the association had expelled three members this year for similar conduct.

Collins Otieno, a boda boda rider in Kisumu, said debt collectors had called his mother and his church pastor over a Sh3,000 loan.

“I was only five days late. They made me look like a criminal in front of everybody,” Mr Otieno said.

Analysts say the sector is ripe for consolidation. According to Wanjiru Gikonyo, a financial sector analyst at Nairobi-based Sterling Capital, the number of licensed digital lenders could halve within two years as compliance costs rise.""", [
        Q("the lender had breached the Central Bank of Kenya (Digital Credit Providers) Regulations, 2022, and would "
          "not be allowed to issue new loans while the suspension is in force", "indirect", "the regulator",
          "Central Bank of Kenya", speaker_at="the regulator said"),
        Q("“Existing borrowers are required to continue servicing their loans as per the terms of their contracts,”",
          "direct", "the CBK", "Central Bank of Kenya", speaker_at="the CBK said"),
        Q("it has more than 1.2 million customers", "indirect", "Haraka Credit", "Haraka Credit Limited",
          speaker_at="Haraka Credit, which says"),
        Q("the company would appeal", "indirect", "Brian Mutua", "Brian Mutua"),
        Q("“We have cooperated fully with the regulator, and we believe the sanction is disproportionate,”",
          "direct", "Mutua", "Brian Mutua", speaker_at="Mr Mutua told"),
        Q("“The complaints relate to a third-party collection agency whose contract we terminated in January.”",
          "direct", "Mutua", "Brian Mutua", speaker_at="Mr Mutua told"),
        Q("the office had received 312 complaints against digital lenders in the first quarter of the year alone",
          "indirect", "Rose Wambui", "Rose Wambui"),
        Q("“a strong signal”", "partial", "Jared Ochieng", "Jared Ochieng"),
        Q("“A few bad actors are giving everyone a bad name,”", "direct", "he", "Jared Ochieng",
          speaker_at="name,” he said"),
        Q("that the association had expelled three members this year for similar conduct", "indirect", "he",
          "Jared Ochieng", speaker_at="name,” he said"),
        Q("debt collectors had called his mother and his church pastor over a Sh3,000 loan", "indirect",
          "Collins Otieno", "Collins Otieno"),
        Q("“I was only five days late. They made me look like a criminal in front of everybody,”", "direct",
          "Otieno", "Collins Otieno", speaker_at="Mr Otieno said"),
        Q("the sector is ripe for consolidation", "indirect", "Analysts", None),
        Q("the number of licensed digital lenders could halve within two years as compliance costs rise",
          "indirect", "Wanjiru Gikonyo", "Wanjiru Gikonyo"),
    ], source="blind"),
    Case("blind80-bank-results-dubai", """Dubai Mercantile Bank nine-month profit rises 23% to Dh6.1 billion

Dubai: Dubai Mercantile Bank (DMB) reported a 23 per cent rise in net profit for the first nine months of 2024 to Dh6.1 billion, as strong loan growth and higher fee income offset a slight narrowing of margins.

Total income rose 15 per cent to Dh11.4 billion while impairment charges fell by a third, the lender said in a filing to the Dubai Financial Market on Tuesday.

“This has been an exceptional nine months for the bank,” said Abdulaziz Al Mansoori, the group chief executive. “We have added more than 90,000 new retail customers and our corporate loan book has grown across every sector we serve.”

Al Mansoori said the UAE economy was “firing on all cylinders”, helped by population growth, strong tourism numbers and a buoyant real estate market.

He added that the bank now expected loan growth of between 9 and 11 per cent for the full year, above earlier guidance of 7 per cent.

Chief financial officer Ramesh Iyer told analysts on a conference call that net interest margin had narrowed by 12 basis points to 3.41 per cent because of the US Federal Reserve’s rate cut in September.

“We expect further modest pressure on margins as rates come down, but the strength of our deposit franchise gives us a cushion,” Iyer said, adding that the bank’s capital adequacy ratio stood at 17.2 per cent.

The bank’s digital-only brand, “Mercantile One”, now has more than 450,000 users.

Analysts broadly welcomed the results. Omar Haddad, head of research at Abu Dhabi-based Al Ramz Capital, described them as “a clean beat” and said the stock remained attractive on a dividend yield basis.

According to Haddad, investors will be watching whether the bank can keep its cost-to-income ratio below 30 per cent as it expands in Egypt and Saudi Arabia.

Fitch Ratings affirmed the bank’s A+ rating last month, saying its capital buffers were “comfortably above” regulatory minimums.

Shares in DMB rose 2.8 per cent to Dh19.40 by midday on the Dubai Financial Market.""", [
        Q("Total income rose 15 per cent to Dh11.4 billion while impairment charges fell by a third", "indirect",
          "the lender", "Dubai Mercantile Bank"),
        Q("“This has been an exceptional nine months for the bank,”", "direct", "Abdulaziz Al Mansoori",
          "Abdulaziz Al Mansoori"),
        Q("“We have added more than 90,000 new retail customers and our corporate loan book has grown across every "
          "sector we serve.”", "direct", "Abdulaziz Al Mansoori", "Abdulaziz Al Mansoori"),
        Q("“firing on all cylinders”", "partial", "Al Mansoori", "Abdulaziz Al Mansoori",
          speaker_at="Al Mansoori said"),
        Q("that the bank now expected loan growth of between 9 and 11 per cent for the full year, above earlier "
          "guidance of 7 per cent", "indirect", "He", "Abdulaziz Al Mansoori", speaker_at="He added"),
        Q("that net interest margin had narrowed by 12 basis points to 3.41 per cent because of the US Federal "
          "Reserve’s rate cut in September", "indirect", "Ramesh Iyer", "Ramesh Iyer"),
        Q("“We expect further modest pressure on margins as rates come down, but the strength of our deposit "
          "franchise gives us a cushion,”", "direct", "Iyer", "Ramesh Iyer", speaker_at="Iyer said"),
        Q("that the bank’s capital adequacy ratio stood at 17.2 per cent", "indirect", "Iyer", "Ramesh Iyer",
          speaker_at="Iyer said"),
        Q("“a clean beat”", "partial", "Omar Haddad", "Omar Haddad"),
        Q("the stock remained attractive on a dividend yield basis", "indirect", "Omar Haddad", "Omar Haddad"),
        Q("investors will be watching whether the bank can keep its cost-to-income ratio below 30 per cent as it "
          "expands in Egypt and Saudi Arabia", "indirect", "Haddad", "Omar Haddad", speaker_at="According to Haddad"),
        Q("“comfortably above”", "partial", "Fitch Ratings", "Fitch Ratings"),
    ], source="blind"),
    Case("blind80-heatwave-kuwait", """Power cuts hit 20 areas as demand soars with mercury near 52C

KUWAIT CITY, June 17: The Ministry of Electricity, Water and Renewable Energy said on Monday it had carried out scheduled power cuts in 20 residential and industrial areas after electricity demand hit a record 17,610 megawatts amid soaring temperatures.

The cuts, lasting up to two hours in each area, were needed to "protect the stability of the national grid", the ministry said in a statement carried by the state news agency KUNA.

Temperatures reached 51.8 degrees Celsius in Jahra on Sunday afternoon, according to the Meteorological Department.

Ministry spokesman Eng. Adel Al-Zamel said that two generating units at the Az-Zour South power station had tripped on Sunday evening, reducing available capacity at the worst possible time.

"We apologize to citizens and residents for the inconvenience. Our teams are working around the clock to return the units to service," Al-Zamel said. He urged consumers to reduce their use of washing machines and other heavy appliances between 11am and 5pm.

Minister of Electricity Dr Fahad Al-Otaibi told reporters after an emergency Cabinet meeting that the ministry would import up to 500 megawatts through the GCC interconnection grid during peak hours.

"This is a temporary situation. The summer of 2025 will be different because new capacity is coming online," the minister said.

In Sabah Al-Salem, residents described sweltering homes and spoiled food. "The power went at 1pm and came back at 3:30. My mother is 80 and she could not breathe," said Abdullah Al-Harbi, a government employee.

An Indian expatriate who works at a bakery in Farwaniya said the shop had thrown away "a whole day's dough" because the ovens and refrigerators were off.

The ministry has revived its "Switch Off for Kuwait" conservation campaign, first launched in 2014.

Economists have long warned that Kuwait's heavily subsidised electricity tariffs, among the lowest in the world, encourage waste.

Forecaster Khaled Al-Shammari told Al-Rai daily that temperatures would remain above 50 degrees until at least Thursday, with humidity rising along the coast.

Separately, KUNA reported that the Kuwait Fire Force had responded to 47 fires caused by overloaded electrical wiring since Saturday.""", [
        Q("it had carried out scheduled power cuts in 20 residential and industrial areas after electricity demand "
          "hit a record 17,610 megawatts amid soaring temperatures", "indirect",
          "The Ministry of Electricity, Water and Renewable Energy",
          "Ministry of Electricity, Water and Renewable Energy"),
        Q('"protect the stability of the national grid"', "partial", "the ministry",
          "Ministry of Electricity, Water and Renewable Energy", speaker_at="the ministry said in a statement"),
        Q("Temperatures reached 51.8 degrees Celsius in Jahra on Sunday afternoon", "indirect",
          "the Meteorological Department", "Meteorological Department"),
        Q("that two generating units at the Az-Zour South power station had tripped on Sunday evening, reducing "
          "available capacity at the worst possible time", "indirect", "Adel Al-Zamel", "Adel Al-Zamel"),
        Q('"We apologize to citizens and residents for the inconvenience. Our teams are working around the clock '
          'to return the units to service,"', "direct", "Al-Zamel", "Adel Al-Zamel",
          speaker_at='service," Al-Zamel said'),
        Q("that the ministry would import up to 500 megawatts through the GCC interconnection grid during peak "
          "hours", "indirect", "Fahad Al-Otaibi", "Fahad Al-Otaibi"),
        Q('"This is a temporary situation. The summer of 2025 will be different because new capacity is coming '
          'online,"', "direct", "the minister", "Fahad Al-Otaibi", speaker_at="the minister said"),
        Q('"The power went at 1pm and came back at 3:30. My mother is 80 and she could not breathe,"', "direct",
          "Abdullah Al-Harbi", "Abdullah Al-Harbi"),
        Q("\"a whole day's dough\"", "partial", "An Indian expatriate who works at a bakery in Farwaniya", None),
        Q("that Kuwait's heavily subsidised electricity tariffs, among the lowest in the world, encourage waste",
          "indirect", "Economists", None),
        Q("that temperatures would remain above 50 degrees until at least Thursday, with humidity rising along the "
          "coast", "indirect", "Khaled Al-Shammari", "Khaled Al-Shammari"),
        Q("that the Kuwait Fire Force had responded to 47 fires caused by overloaded electrical wiring since "
          "Saturday", "indirect", "KUNA", "KUNA", speaker_at="KUNA reported"),
    ], source="blind"),
    Case("blind80-heatwave-melbourne", """Half a million without power as Melbourne swelters through 43-degree day

More than 500,000 Victorian homes and businesses lost power on Tuesday afternoon when a transmission fault coincided with record demand, forcing rolling blackouts across Melbourne’s northern and western suburbs.

The Australian Energy Market Operator (AEMO) said two transmission lines near Moorabool had tripped at 3.47pm “due to a fault that is still being investigated”. The trip removed about 1800 megawatts from the grid within seconds.

“We had no choice but to shed load to protect the system,” AEMO’s executive general manager of operations, Kane Whitbread, told ABC Radio Melbourne. “If we hadn’t, the outage would have been far bigger and lasted far longer.”

Mr Whitbread said power had been restored to all but 18,000 customers by 9pm.

Energy Minister Natalie Kerr said the government would demand “a full explanation” from transmission company AusNet, which owns the lines.

“Victorians did the right thing today. They turned off appliances, they looked after their neighbours,” Ms Kerr said. “They deserve to know why this happened on the hottest day of the year.”

An AusNet spokeswoman said the company was “working closely with AEMO” to determine the cause.

Opposition energy spokesman Brad Rowe described the outage as a “humiliation” for a government which he said had failed to keep enough reliable generation in the system.

The mercury reached 43.1 degrees at Olympic Park, Melbourne’s hottest day since January 2019, the Bureau of Meteorology said.

Senior meteorologist Sarah Fielding said a cool change would reach the city around midnight, dropping temperatures by 15 degrees within an hour.

At Northland Shopping Centre in Preston, where traffic lights were out on surrounding streets, shoppers described chaos. “The escalators stopped, the lights went off and everyone just stood there,” said one woman, who did not want to be named.

The outage came three weeks after the government launched its “Keep Cool, Stay Connected” campaign encouraging households to cut their usage during heatwaves.

Ambulance Victoria said it had treated 64 people for heat-related illness by early evening.""", [
        Q("two transmission lines near Moorabool had tripped at 3.47pm", "indirect",
          "The Australian Energy Market Operator", "Australian Energy Market Operator"),
        Q("“due to a fault that is still being investigated”", "partial", "The Australian Energy Market Operator",
          "Australian Energy Market Operator"),
        Q("“We had no choice but to shed load to protect the system,”", "direct", "Kane Whitbread",
          "Kane Whitbread"),
        Q("“If we hadn’t, the outage would have been far bigger and lasted far longer.”", "direct",
          "Kane Whitbread", "Kane Whitbread"),
        Q("power had been restored to all but 18,000 customers by 9pm", "indirect", "Whitbread", "Kane Whitbread",
          speaker_at="Mr Whitbread said"),
        Q("“a full explanation”", "partial", "Natalie Kerr", "Natalie Kerr"),
        Q("“Victorians did the right thing today. They turned off appliances, they looked after their neighbours,”",
          "direct", "Kerr", "Natalie Kerr", speaker_at="Ms Kerr said"),
        Q("“They deserve to know why this happened on the hottest day of the year.”", "direct", "Kerr",
          "Natalie Kerr", speaker_at="Ms Kerr said"),
        Q("“working closely with AEMO”", "partial", "An AusNet spokeswoman", None),
        Q("“humiliation”", "partial", "Brad Rowe", "Brad Rowe"),
        Q("had failed to keep enough reliable generation in the system", "indirect", "he", "Brad Rowe",
          speaker_at="which he said"),
        Q("The mercury reached 43.1 degrees at Olympic Park, Melbourne’s hottest day since January 2019",
          "indirect", "the Bureau of Meteorology", "Bureau of Meteorology"),
        Q("a cool change would reach the city around midnight, dropping temperatures by 15 degrees within an hour",
          "indirect", "Sarah Fielding", "Sarah Fielding"),
        Q("“The escalators stopped, the lights went off and everyone just stood there,”", "direct", "one woman",
          None),
        Q("it had treated 64 people for heat-related illness by early evening", "indirect", "Ambulance Victoria",
          "Ambulance Victoria"),
    ], source="blind"),
    Case("blind80-inquest-mackay", """Inquest into death of Mackay mother sent home from emergency department

A Mackay mother of three who died of a heart attack in 2022 had been sent home from the city's hospital about six hours earlier with a diagnosis of reflux.

Tanya Mulholland, 41, presented to the Mackay Base Hospital emergency department at 2.10am on August 9, 2022, complaining of chest pain and nausea, counsel assisting the coroner Rebecca Tait told the inquest on Monday.

Ms Tait said an electrocardiogram taken on arrival showed "subtle but significant" changes that were not acted on, and that a blood test for heart damage was ordered but never repeated.

Under the hospital's "Chest Pain Pathway" protocol, patients with an abnormal ECG must be reviewed by a senior doctor within 30 minutes.

The doctor who discharged her, Dr Arvind Menon, was a second-year resident working his fourth night shift in a row.

Giving evidence, Dr Menon said he had been responsible for 14 patients at the time and had sought advice from the senior doctor on duty by phone.

"I thought I had done enough checks. I was wrong, and I think about Mrs Mulholland every day," he said.

"With hindsight, the ECG should have been looked at by someone more senior."

Emergency physician Dr Lachlan Ferris, who reviewed the case for the coroner, said the department had been "chronically understaffed" on night shifts. According to Dr Ferris, a junior doctor in Dr Menon's position "should never have been left to make that call alone".

Mrs Mulholland's husband, Craig Mulholland, told reporters outside the Mackay courthouse that the family wanted "answers, not apologies".

"She did everything right. She went to hospital, she told them what was wrong, and they sent her home," he said.

Mackay Hospital and Health Service chief executive Susan Gardiner said in a statement that the service had since introduced a mandatory senior review of all chest pain presentations overnight.

"We extend our deepest sympathies to Mrs Mulholland's family," Ms Gardiner said.

Coroner Nerida Wallace said she expected to deliver her findings "early next year".

The inquest continues.""", [
        Q("Tanya Mulholland, 41, presented to the Mackay Base Hospital emergency department at 2.10am on August 9, "
          "2022, complaining of chest pain and nausea", "indirect", "Rebecca Tait", "Rebecca Tait"),
        Q('"subtle but significant"', "partial", "Tait", "Rebecca Tait", speaker_at="Ms Tait said"),
        Q("that a blood test for heart damage was ordered but never repeated", "indirect", "Tait", "Rebecca Tait",
          speaker_at="Ms Tait said"),
        Q("he had been responsible for 14 patients at the time and had sought advice from the senior doctor on duty "
          "by phone", "indirect", "Menon", "Arvind Menon", speaker_at="Dr Menon said"),
        Q('"I thought I had done enough checks. I was wrong, and I think about Mrs Mulholland every day,"', "direct",
          "he", "Arvind Menon", speaker_at='every day," he said'),
        Q('"With hindsight, the ECG should have been looked at by someone more senior."', "direct", "he",
          "Arvind Menon", speaker_at='every day," he said'),
        Q('"chronically understaffed"', "partial", "Lachlan Ferris", "Lachlan Ferris"),
        Q('"should never have been left to make that call alone"', "partial", "Ferris", "Lachlan Ferris",
          speaker_at="According to Dr Ferris"),
        Q('"answers, not apologies"', "partial", "Craig Mulholland", "Craig Mulholland"),
        Q('"She did everything right. She went to hospital, she told them what was wrong, and they sent her home,"',
          "direct", "he", "Craig Mulholland", speaker_at='home," he said'),
        Q("that the service had since introduced a mandatory senior review of all chest pain presentations "
          "overnight", "indirect", "Susan Gardiner", "Susan Gardiner"),
        Q("\"We extend our deepest sympathies to Mrs Mulholland's family,\"", "direct", "Gardiner", "Susan Gardiner",
          speaker_at="Ms Gardiner said"),
        Q('"early next year"', "partial", "Nerida Wallace", "Nerida Wallace"),
    ], source="blind"),
    Case("blind80-inquest-drogheda", """Verdict of medical misadventure after Louth father’s sepsis was missed

A coroner has returned a verdict of medical misadventure in the death of a 38-year-old Co Louth man who died of sepsis two days after he was discharged from Our Lady of Lourdes Hospital in Drogheda.

Declan Mooney, a father of two from Dunleer, died at his home on March 3rd, 2023, having attended the hospital’s emergency department with a high temperature and severe pain in his left leg.

His wife, Siobhán Mooney, told the inquest that he was “grey and shaking” when she brought him to the hospital. “I kept saying to them, this isn’t Declan, he’s never sick. I felt nobody was listening,” she said.

A registrar in emergency medicine, Dr Rahul Nair, said he had diagnosed cellulitis and prescribed oral antibiotics after blood tests showed a raised white cell count. He accepted that a lactate test, which might have pointed to sepsis, had not been done.

“In hindsight, I would have kept him in for observation,” Dr Nair said. “The department was extremely busy that night, but that is not an excuse.”

Consultant microbiologist Prof Eimear Kavanagh, who prepared an independent report for the coroner, said Mr Mooney had met at least two of the criteria for sepsis when he was discharged. In her view, the chance to start intravenous antibiotics had been “missed”.

The hospital’s clinical director, Dr Fergal Quinn, told the court that the Health Service Executive (HSE) had carried out a serious incident review and that its recommendations, including mandatory lactate testing for patients with suspected infection, had been implemented.

The HSE’s national sepsis programme is built around a bundle of six treatments known as the “Sepsis Six”.

The coroner, Dr Clare Keane, said the case was “a tragedy for the Mooney family” and that she was satisfied the hospital had learned from it.

Speaking outside the court, the family’s solicitor, Róisín Hanratty, said they would now consider their legal options. “Siobhán came here for the truth, and today she got some of it,” Ms Hanratty said.

In a statement, the HSE said it “deeply regrets” Mr Mooney’s death and “apologises unreservedly” to his family.""", [
        Q("“grey and shaking”", "partial", "Siobhán Mooney", "Siobhán Mooney"),
        Q("“I kept saying to them, this isn’t Declan, he’s never sick. I felt nobody was listening,”", "direct", "she",
          "Siobhán Mooney", speaker_at="listening,” she said"),
        Q("he had diagnosed cellulitis and prescribed oral antibiotics after blood tests showed a raised white cell "
          "count", "indirect", "Rahul Nair", "Rahul Nair"),
        Q("that a lactate test, which might have pointed to sepsis, had not been done", "indirect", "He",
          "Rahul Nair", speaker_at="He accepted"),
        Q("“In hindsight, I would have kept him in for observation,”", "direct", "Nair", "Rahul Nair",
          speaker_at="Dr Nair said"),
        Q("“The department was extremely busy that night, but that is not an excuse.”", "direct", "Nair",
          "Rahul Nair", speaker_at="Dr Nair said"),
        Q("Mr Mooney had met at least two of the criteria for sepsis when he was discharged", "indirect",
          "Eimear Kavanagh", "Eimear Kavanagh"),
        Q("“missed”", "partial", "her", "Eimear Kavanagh", speaker_at="In her view"),
        Q("that the Health Service Executive (HSE) had carried out a serious incident review and that its "
          "recommendations, including mandatory lactate testing for patients with suspected infection, had been "
          "implemented", "indirect", "Fergal Quinn", "Fergal Quinn"),
        Q("“a tragedy for the Mooney family”", "partial", "Clare Keane", "Clare Keane"),
        Q("that she was satisfied the hospital had learned from it", "indirect", "Clare Keane", "Clare Keane"),
        Q("they would now consider their legal options", "indirect", "Róisín Hanratty", "Róisín Hanratty"),
        Q("“Siobhán came here for the truth, and today she got some of it,”", "direct", "Hanratty",
          "Róisín Hanratty", speaker_at="Ms Hanratty said"),
        Q("“deeply regrets”", "partial", "the HSE", "Health Service Executive", speaker_at="the HSE said"),
        Q("“apologises unreservedly”", "partial", "the HSE", "Health Service Executive", speaker_at="the HSE said"),
    ], source="blind"),
    Case("blind80-camel-doping-alice", """Camel Cup winner disqualified after positive swab

The winner of this year's Camel Cup has been disqualified after a post-race swab returned a positive result for the anti-inflammatory drug phenylbutazone, the Camel Cup Racing Committee confirmed yesterday.

Red Dune Rosie, trained by Alice Springs local Ricky Yeoman, crossed the line a length clear in the feature race at Blatherskite Park on July 13.

Committee president Leanne Hoskins said the result of the B sample, tested at a Sydney laboratory, had confirmed the initial finding.

"It's a sad day for the event, but we've always said if you cheat, you'll be caught," Ms Hoskins said. "Our testing program is there to protect the animals first and foremost."

She said the $10,000 first prize would be awarded to the runner-up, Desert Prince, owned by the Stuart family of Ti Tree.

The committee introduced its "Clean Cup" drug testing program in 2022.

Yeoman, who has trained racing camels for more than 20 years, told the Advocate he had never given the drug to any of his animals.

"Somebody's got at her, or the feed was contaminated. I don't know which, but I'll be finding out," he said. "I've got nothing to hide."

He said he planned to appeal.

Alice Springs veterinarian Dr Ben Hatfield said phenylbutazone, commonly known as "bute", was widely used to treat lameness in horses and camels.

According to Dr Hatfield, the drug can mask pain in an injured animal. "A camel on bute will run through an injury it should be resting," he said.

RSPCA Northern Territory said in a statement the case showed why drug testing should be mandatory at every camel race meeting in the Territory.

At the Todd Tavern, punters were divided. "It's camel racing, not the Melbourne Cup," one regular said. "But rules are rules."

The committee will hear the appeal next month.""", [
        Q("The winner of this year's Camel Cup has been disqualified after a post-race swab returned a positive "
          "result for the anti-inflammatory drug phenylbutazone", "indirect", "the Camel Cup Racing Committee",
          "Camel Cup Racing Committee"),
        Q("the result of the B sample, tested at a Sydney laboratory, had confirmed the initial finding", "indirect",
          "Leanne Hoskins", "Leanne Hoskins"),
        Q("\"It's a sad day for the event, but we've always said if you cheat, you'll be caught,\"", "direct",
          "Hoskins", "Leanne Hoskins", speaker_at="Ms Hoskins said"),
        Q('"Our testing program is there to protect the animals first and foremost."', "direct", "Hoskins",
          "Leanne Hoskins", speaker_at="Ms Hoskins said"),
        Q("the $10,000 first prize would be awarded to the runner-up, Desert Prince, owned by the Stuart family of "
          "Ti Tree", "indirect", "She", "Leanne Hoskins", speaker_at="She said the"),
        Q("he had never given the drug to any of his animals", "indirect", "Yeoman", "Ricky Yeoman",
          speaker_at="Yeoman, who has trained"),
        Q("\"Somebody's got at her, or the feed was contaminated. I don't know which, but I'll be finding out,\"",
          "direct", "he", "Ricky Yeoman", speaker_at='finding out," he said'),
        Q("\"I've got nothing to hide.\"", "direct", "he", "Ricky Yeoman", speaker_at='finding out," he said'),
        Q("he planned to appeal", "indirect", "He", "Ricky Yeoman", speaker_at="He said he planned"),
        Q('phenylbutazone, commonly known as "bute", was widely used to treat lameness in horses and camels',
          "indirect", "Ben Hatfield", "Ben Hatfield"),
        Q("the drug can mask pain in an injured animal", "indirect", "Hatfield", "Ben Hatfield",
          speaker_at="According to Dr Hatfield"),
        Q('"A camel on bute will run through an injury it should be resting,"', "direct", "he", "Ben Hatfield",
          speaker_at='resting," he said'),
        Q("the case showed why drug testing should be mandatory at every camel race meeting in the Territory",
          "indirect", "RSPCA Northern Territory", "RSPCA Northern Territory"),
        Q("\"It's camel racing, not the Melbourne Cup,\"", "direct", "one regular", None),
        Q('"But rules are rules."', "direct", "one regular", None),
    ], source="blind"),
    Case("blind80-camel-doping-taif", """Saudi Camel Federation bans 19 owners after doping tests at Taif festival

RIYADH: The Saudi Camel Federation has banned 19 camel owners from competition for up to three years and fined them a total of SR2.4 million after banned substances were found in their animals during the Crown Prince Camel Festival in Taif.

The federation said in a statement on Wednesday that laboratory tests had detected stimulants and hormones in samples taken from 31 camels, most of them in the younger age categories.

Most of the positive samples came from the “Haqayq” and “Laqaya” categories, for camels aged one and two years.

“The federation will not tolerate any practice that harms the welfare of camels or the integrity of competition,” federation spokesman Fahad Al-Dosari said.

Al-Dosari said the results had been reviewed by an independent disciplinary committee and that the owners had the right to appeal within 15 days.

Prize money won by the disqualified camels, estimated at SR5.7 million, would be redistributed to the next-placed finishers, he added.

The Saudi Press Agency reported that the federation had tested more than 1,300 camels during the festival, which offered prizes worth more than SR70 million.

Dr Ahmed Al-Mutairi, a veterinary professor at King Faisal University in Al-Ahsa, said hormone doping could cause lasting damage to a young camel’s heart and joints. “Owners see a quick result on the track, but the animal pays the price for years,” he told Arab News.

According to Al-Mutairi, the use of sophisticated drugs has grown as prize money has soared, with some champion camels now selling for more than SR10 million.

The federation made headlines in 2018 when more than a dozen camels were thrown out of a beauty contest after their handlers injected them with Botox. The federation described the latest violations as “a betrayal of a heritage sport”.

One owner from Qassim, whose camel was among those disqualified, said he would appeal. “I have raised camels for 30 years and never given them anything but milk, dates and grass,” he said, declining to give his name. “I will prove it in front of the committee.”

In a post on X, the federation said it would introduce random out-of-competition testing at camel farms from next season.""", [
        Q("that laboratory tests had detected stimulants and hormones in samples taken from 31 camels, most of them "
          "in the younger age categories", "indirect", "The federation", "Saudi Camel Federation",
          speaker_at="The federation said in a statement"),
        Q("“The federation will not tolerate any practice that harms the welfare of camels or the integrity of "
          "competition,”", "direct", "Fahad Al-Dosari", "Fahad Al-Dosari"),
        Q("the results had been reviewed by an independent disciplinary committee and that the owners had the right "
          "to appeal within 15 days", "indirect", "Al-Dosari", "Fahad Al-Dosari",
          speaker_at="Al-Dosari said the results"),
        Q("Prize money won by the disqualified camels, estimated at SR5.7 million, would be redistributed to the "
          "next-placed finishers", "indirect", "he", "Fahad Al-Dosari", speaker_at="he added"),
        Q("that the federation had tested more than 1,300 camels during the festival, which offered prizes worth "
          "more than SR70 million", "indirect", "The Saudi Press Agency", "Saudi Press Agency"),
        Q("hormone doping could cause lasting damage to a young camel’s heart and joints", "indirect",
          "Ahmed Al-Mutairi", "Ahmed Al-Mutairi"),
        Q("“Owners see a quick result on the track, but the animal pays the price for years,”", "direct", "he",
          "Ahmed Al-Mutairi", speaker_at="he told Arab News"),
        Q("the use of sophisticated drugs has grown as prize money has soared, with some champion camels now "
          "selling for more than SR10 million", "indirect", "Al-Mutairi", "Ahmed Al-Mutairi",
          speaker_at="According to Al-Mutairi"),
        Q("“a betrayal of a heritage sport”", "partial", "The federation", "Saudi Camel Federation",
          speaker_at="The federation described"),
        Q("he would appeal", "indirect", "One owner from Qassim", None),
        Q("“I have raised camels for 30 years and never given them anything but milk, dates and grass,”", "direct",
          "he", None, speaker_at="grass,” he said"),
        Q("“I will prove it in front of the committee.”", "direct", "he", None, speaker_at="grass,” he said"),
        Q("it would introduce random out-of-competition testing at camel farms from next season", "indirect",
          "the federation", "Saudi Camel Federation", speaker_at="the federation said it would"),
    ], source="blind"),
]
