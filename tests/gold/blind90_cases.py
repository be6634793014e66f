"""Blind gold set 90: short news articles from many outlets, written once.

Sixteen short articles in the house styles of Polish and Czech English-language
outlets, Zambian business papers, New Zealand Maori and regional broadcasters
and US college-town newspapers. They were written without looking at the
pretagger, its output or the other gold sets, so the figures on them say how
the quote finder and speaker attributor carry over to unseen news. See
gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind90-silesia-mines", """Government plans to close five Silesian coal mines by 2030

Poland’s industry ministry has presented a plan to close five hard coal mines in Upper Silesia by the end of the decade, prompting warnings from unions that thousands of jobs are at risk in the region.

The plan, which still needs approval from the European Commission, would see the Ruda, Bielszowice and Halemba sites shut first, followed by two mines in Rybnik, according to the state news agency PAP.

“We cannot keep pouring billions of zloty into mines that lose money on every tonne,” deputy industry minister Marek Wójcik told reporters in Katowice on Tuesday. “But no miner will be left without support.”

Wójcik said that miners within four years of retirement would be offered so-called “mining leave” on 75% of their pay, while younger workers would get one-off severance payments of up to 170,000 zloty.

The Solidarity miners’ union reacted angrily. Its leader, Dominik Kolorz, said the government had broken an agreement signed in 2021 that guaranteed coal mining would continue until 2049.

“This is a betrayal of Silesia,” he said. “They promised us one thing in Warsaw and now they are doing another in Brussels.”

Kolorz warned that the union would organise protests outside the ministry if the plan was not withdrawn.

Polska Grupa Górnicza (PGG), the state-owned company that runs the mines, said in a statement that it was “analysing the proposals” and would present its own timetable in the coming weeks.

Local officials are worried about what comes next. Michał Pierończyk, the mayor of Ruda Śląska, said the city had already lost 12,000 mining jobs since the 1990s.

“Every closed shaft means shops closing and schools emptying,” he told Notes from Poland. “We need real investment, not just promises.”

Climate groups welcomed the plan but said it was too slow. According to Izabela Zygmunt of the think tank Forum Energii, coal still generated around 57% of Poland’s electricity last year, and an earlier exit would cut both emissions and costs.

“The question is no longer whether these mines close, but whether the closure is managed or chaotic,” she said.

Greenpeace Poland’s campaign, titled “Silesia After Coal”, has collected 40,000 signatures since March.""", [
        Q("that thousands of jobs are at risk in the region", "indirect", "unions", None),
        Q("The plan, which still needs approval from the European Commission, would see the Ruda, Bielszowice and "
          "Halemba sites shut first, followed by two mines in Rybnik", "indirect", "PAP", "PAP"),
        Q("“We cannot keep pouring billions of zloty into mines that lose money on every tonne,”", "direct",
          "Marek Wójcik", "Marek Wójcik"),
        Q("“But no miner will be left without support.”", "direct", "Marek Wójcik", "Marek Wójcik"),
        Q("that miners within four years of retirement would be offered so-called “mining leave” on 75% of their "
          "pay, while younger workers would get one-off severance payments of up to 170,000 zloty", "indirect",
          "Wójcik", "Marek Wójcik", speaker_at="Wójcik said"),
        Q("the government had broken an agreement signed in 2021 that guaranteed coal mining would continue until "
          "2049", "indirect", "Dominik Kolorz", "Dominik Kolorz"),
        Q("“This is a betrayal of Silesia,”", "direct", "he", "Dominik Kolorz", speaker_at="Silesia,” he said"),
        Q("“They promised us one thing in Warsaw and now they are doing another in Brussels.”", "direct", "he",
          "Dominik Kolorz", speaker_at="Silesia,” he said"),
        Q("that the union would organise protests outside the ministry if the plan was not withdrawn", "indirect",
          "Kolorz", "Dominik Kolorz", speaker_at="Kolorz warned"),
        Q("“analysing the proposals”", "partial", "Polska Grupa Górnicza", "Polska Grupa Górnicza"),
        Q("would present its own timetable in the coming weeks", "indirect", "Polska Grupa Górnicza",
          "Polska Grupa Górnicza"),
        Q("the city had already lost 12,000 mining jobs since the 1990s", "indirect", "Michał Pierończyk",
          "Michał Pierończyk"),
        Q("“Every closed shaft means shops closing and schools emptying,”", "direct", "he", "Michał Pierończyk",
          speaker_at="he told Notes"),
        Q("“We need real investment, not just promises.”", "direct", "he", "Michał Pierończyk",
          speaker_at="he told Notes"),
        Q("it was too slow", "indirect", "Climate groups", None),
        Q("coal still generated around 57% of Poland’s electricity last year, and an earlier exit would cut both "
          "emissions and costs", "indirect", "Izabela Zygmunt", "Izabela Zygmunt"),
        Q("“The question is no longer whether these mines close, but whether the closure is managed or chaotic,”",
          "direct", "she", "Izabela Zygmunt"),
    ], source="blind"),
    Case("blind90-okd-stonava", """OKD sets out plan to close last hard coal mine in Karviná region

The state-owned mining company OKD has presented a detailed plan to close the ČSM mine in Stonava, the last working hard coal mine in the Czech Republic, by the end of 2026. The company's board approved the timetable on Monday, Czech Radio reported.

Under the plan, extraction at the northern shaft will end in June next year, with the southern part following six months later. OKD chief executive Roman Sikora said the company had no choice given falling demand and rising costs.

"Every tonne we mine today costs us more than we can sell it for," he told Czech Radio. "We have kept the mine open longer than anyone expected."

Around 2,100 people still work at ČSM. Sikora said that roughly a third of them would be offered jobs in the rehabilitation of the site, which is expected to take at least a decade.

The trade union at OKD said it had not been consulted. "We found out about the date from the newspapers," union chairman Jaromír Pytlík said. "That is not how you treat people who have spent thirty years underground."

Pytlík added that the union would demand higher severance payments. He did not rule out a strike.

The Ministry of Industry and Trade, which oversees OKD, said in a statement that the closure was "a necessary step" and that the state would cover the social costs.

Industry Minister Lukáš Vlček told reporters the government was preparing a programme to bring new investors to the Karviná region, which has one of the highest unemployment rates in the country.

"We are not closing a region, we are closing a mine," Vlček said. "The region has people, land and a railway. That is what investors look for."

Karviná mayor Jan Wolf was more cautious. According to Wolf, the town has been hearing promises about new industry "for twenty years".

"I will believe it when I see the first factory," he said.

Economist Petr Pavelek of the University of Ostrava told Radio Prague International that the region's problem was not only jobs but also people leaving. "Young people are going to Ostrava, to Brno, to Prague, and they are not coming back," he said.

OKD has said it will keep the mine's landmark headframe, known locally as "the Tower", as a technical monument.""", [
        Q("The company's board approved the timetable on Monday", "indirect", "Czech Radio", "Czech Radio",
          speaker_at="Czech Radio reported"),
        Q("the company had no choice given falling demand and rising costs", "indirect", "Roman Sikora",
          "Roman Sikora"),
        Q('"Every tonne we mine today costs us more than we can sell it for,"', "direct", "he", "Roman Sikora",
          speaker_at="he told Czech Radio"),
        Q('"We have kept the mine open longer than anyone expected."', "direct", "he", "Roman Sikora",
          speaker_at="he told Czech Radio"),
        Q("that roughly a third of them would be offered jobs in the rehabilitation of the site, which is expected "
          "to take at least a decade", "indirect", "Sikora", "Roman Sikora", speaker_at="Sikora said that"),
        Q("it had not been consulted", "indirect", "The trade union at OKD", None),
        Q('"We found out about the date from the newspapers,"', "direct", "Jaromír Pytlík", "Jaromír Pytlík"),
        Q('"That is not how you treat people who have spent thirty years underground."', "direct",
          "Jaromír Pytlík", "Jaromír Pytlík"),
        Q("that the union would demand higher severance payments", "indirect", "Pytlík", "Jaromír Pytlík",
          speaker_at="Pytlík added"),
        Q('"a necessary step"', "partial", "The Ministry of Industry and Trade", "Ministry of Industry and Trade"),
        Q("that the state would cover the social costs", "indirect", "The Ministry of Industry and Trade",
          "Ministry of Industry and Trade"),
        Q("the government was preparing a programme to bring new investors to the Karviná region", "indirect",
          "Lukáš Vlček", "Lukáš Vlček"),
        Q('"We are not closing a region, we are closing a mine,"', "direct", "Vlček", "Lukáš Vlček",
          speaker_at="Vlček said"),
        Q('"The region has people, land and a railway. That is what investors look for."', "direct", "Vlček",
          "Lukáš Vlček", speaker_at="Vlček said"),
        Q('"for twenty years"', "partial", "Wolf", "Jan Wolf", speaker_at="According to Wolf"),
        Q('"I will believe it when I see the first factory,"', "direct", "he", "Jan Wolf",
          speaker_at='factory," he said'),
        Q("that the region's problem was not only jobs but also people leaving", "indirect", "Petr Pavelek",
          "Petr Pavelek"),
        Q('"Young people are going to Ostrava, to Brno, to Prague, and they are not coming back,"', "direct", "he",
          "Petr Pavelek", speaker_at='back," he said'),
        Q('it will keep the mine\'s landmark headframe, known locally as "the Tower", as a technical monument',
          "indirect", "OKD", "OKD", speaker_at="OKD has said"),
    ], source="blind"),
    Case("blind90-mopani-fine", """ZEMA fines Mopani K12 million over sulphur dioxide emissions

By MWILA CHANDA

THE Zambia Environmental Management Agency (ZEMA) has fined Mopani Copper Mines K12 million for exceeding sulphur dioxide limits at its Mufulira smelter on 14 occasions between January and April this year.

ZEMA director general Ronald Chipofya said the agency acted after monitoring stations in Kankoyo township recorded emission levels more than three times the legal limit.

“We have given Mopani enough warnings. The law is clear, and the health of the people of Kankoyo is not negotiable,” Mr Chipofya said in an interview yesterday.

He said the mining firm had 30 days to pay the fine and 90 days to submit a corrective action plan to the agency.

Mopani, which was bought by International Resources Holding (IRH) of the United Arab Emirates last year, said it had received the notice and would “engage the regulator constructively”.

In a statement, Mopani corporate affairs manager Nathan Mwale said a fault in the acid plant had caused the spikes.

“The fault has since been rectified and emissions are back within permitted levels,” Mr Mwale said.

But residents of Kankoyo, who have lived with fumes from the smelter for decades, said the fine was too small.

“When the fumes come, we close the windows, but the children still cough the whole night,” said Agness Mulenga, a mother of four who sells vegetables at Kankoyo market.

Another resident, Boyd Kabwe, said the crops in his garden had been “burnt like someone poured acid on them”.

Mufulira Member of Parliament Golden Sakala said he would raise the matter in Parliament. “This fine should go to a fund for the people who are suffering, not just to the treasury,” he said.

Economist Chibwe Lungu said the fine was unlikely to affect Mopani’s finances, but that it sent a signal to investors that environmental rules would be enforced.

“Investors want certainty. If the regulator is consistent, that is good for the industry in the long run,” Mr Lungu said.

According to the Chamber of Mines of Zambia, copper production rose by 8 per cent in the first quarter, with Mopani contributing about 12 per cent of national output.""", [
        Q("the agency acted after monitoring stations in Kankoyo township recorded emission levels more than three "
          "times the legal limit", "indirect", "Ronald Chipofya", "Ronald Chipofya"),
        Q("“We have given Mopani enough warnings. The law is clear, and the health of the people of Kankoyo is not "
          "negotiable,”", "direct", "Chipofya", "Ronald Chipofya", speaker_at="Mr Chipofya said"),
        Q("the mining firm had 30 days to pay the fine and 90 days to submit a corrective action plan to the agency",
          "indirect", "He", "Ronald Chipofya", speaker_at="He said the mining firm"),
        Q("it had received the notice", "indirect", "Mopani", "Mopani Copper Mines",
          speaker_at="Mopani, which was bought"),
        Q("“engage the regulator constructively”", "partial", "Mopani", "Mopani Copper Mines",
          speaker_at="Mopani, which was bought"),
        Q("a fault in the acid plant had caused the spikes", "indirect", "Nathan Mwale", "Nathan Mwale"),
        Q("“The fault has since been rectified and emissions are back within permitted levels,”", "direct",
          "Mwale", "Nathan Mwale", speaker_at="Mr Mwale said"),
        Q("the fine was too small", "indirect", "residents of Kankoyo", None),
        Q("“When the fumes come, we close the windows, but the children still cough the whole night,”", "direct",
          "Agness Mulenga", "Agness Mulenga"),
        Q("“burnt like someone poured acid on them”", "partial", "Boyd Kabwe", "Boyd Kabwe"),
        Q("he would raise the matter in Parliament", "indirect", "Golden Sakala", "Golden Sakala"),
        Q("“This fine should go to a fund for the people who are suffering, not just to the treasury,”", "direct",
          "he", "Golden Sakala", speaker_at="treasury,” he said"),
        Q("the fine was unlikely to affect Mopani’s finances, but that it sent a signal to investors that "
          "environmental rules would be enforced", "indirect", "Chibwe Lungu", "Chibwe Lungu"),
        Q("“Investors want certainty. If the regulator is consistent, that is good for the industry in the long "
          "run,”", "direct", "Lungu", "Chibwe Lungu", speaker_at="Mr Lungu said"),
        Q("copper production rose by 8 per cent in the first quarter, with Mopani contributing about 12 per cent of "
          "national output", "indirect", "the Chamber of Mines of Zambia", "Chamber of Mines of Zambia"),
    ], source="blind"),
    Case("blind90-kghm-arsenic", """KGHM fined PLN 4.6 million over arsenic emissions at Głogów smelter

Poland's environmental watchdog has fined copper and silver producer KGHM Polska Miedź 4.6 million zloty for exceeding arsenic emission limits at its Głogów smelter, the regulator announced on Wednesday.

The Chief Inspectorate of Environmental Protection (GIOŚ) said measurements taken in the village of Żukowice, about three kilometres from the plant, showed arsenic concentrations in the air up to four times above the permitted annual level in 2023.

"This is not a one-off incident. We have been recording excessive values for several years," GIOŚ head Krzysztof Gołębiowski told TVP World. "The company has the technology to solve this problem, and we expect it to use it."

KGHM, which is controlled by the State Treasury, said it would appeal. In a statement, the company argued that the measurements had been influenced by "historical pollution of the soil" and did not reflect current emissions.

Company spokesperson Tomasz Hudak said KGHM had invested more than 1.5 billion zloty in environmental protection at Głogów over the past decade. "We are one of the most modern smelters in Europe," he said.

Residents, however, said they had heard such assurances before.

"My grandchildren can't play in the garden in summer, because we don't know what is in the soil," said Halina Rogalska, who has lived in Żukowice for 40 years. "Nobody from the company ever comes to talk to us."

The head of Żukowice commune, Zbigniew Szymański, said the municipality had asked the government for years to buy out homes in the former "protection zone" around the smelter, which was dissolved in the 1990s.

According to Dr Anna Kaczmarek, a toxicologist at Wrocław Medical University, long-term exposure to arsenic increases the risk of lung and skin cancer. She said the levels measured near Głogów were "a serious cause for concern", although not an immediate danger.

Deputy Climate Minister Agnieszka Borowiec wrote on X that the ministry would "closely follow" the case. "Big companies must follow the same rules as everyone else," she wrote.

KGHM shares fell 1.2% on the Warsaw Stock Exchange following the announcement.""", [
        Q("Poland's environmental watchdog has fined copper and silver producer KGHM Polska Miedź 4.6 million zloty "
          "for exceeding arsenic emission limits at its Głogów smelter", "indirect", "the regulator",
          "Chief Inspectorate of Environmental Protection"),
        Q("measurements taken in the village of Żukowice, about three kilometres from the plant, showed arsenic "
          "concentrations in the air up to four times above the permitted annual level in 2023", "indirect",
          "The Chief Inspectorate of Environmental Protection", "Chief Inspectorate of Environmental Protection"),
        Q('"This is not a one-off incident. We have been recording excessive values for several years,"', "direct",
          "Krzysztof Gołębiowski", "Krzysztof Gołębiowski"),
        Q('"The company has the technology to solve this problem, and we expect it to use it."', "direct",
          "Krzysztof Gołębiowski", "Krzysztof Gołębiowski"),
        Q("it would appeal", "indirect", "KGHM", "KGHM Polska Miedź", speaker_at="KGHM, which is controlled"),
        Q('"historical pollution of the soil"', "partial", "the company", "KGHM Polska Miedź",
          speaker_at="the company argued"),
        Q("did not reflect current emissions", "indirect", "the company", "KGHM Polska Miedź",
          speaker_at="the company argued"),
        Q("KGHM had invested more than 1.5 billion zloty in environmental protection at Głogów over the past decade",
          "indirect", "Tomasz Hudak", "Tomasz Hudak"),
        Q('"We are one of the most modern smelters in Europe,"', "direct", "he", "Tomasz Hudak",
          speaker_at='Europe," he said'),
        Q("they had heard such assurances before", "indirect", "Residents", None),
        Q('"My grandchildren can\'t play in the garden in summer, because we don\'t know what is in the soil,"',
          "direct", "Halina Rogalska", "Halina Rogalska"),
        Q('"Nobody from the company ever comes to talk to us."', "direct", "Halina Rogalska", "Halina Rogalska"),
        Q('the municipality had asked the government for years to buy out homes in the former "protection zone" '
          'around the smelter', "indirect", "Zbigniew Szymański", "Zbigniew Szymański"),
        Q("long-term exposure to arsenic increases the risk of lung and skin cancer", "indirect", "Anna Kaczmarek",
          "Anna Kaczmarek"),
        Q('"a serious cause for concern"', "partial", "She", "Anna Kaczmarek", speaker_at="She said the levels"),
        Q('"closely follow"', "partial", "Agnieszka Borowiec", "Agnieszka Borowiec"),
        Q('"Big companies must follow the same rules as everyone else,"', "direct", "she", "Agnieszka Borowiec",
          speaker_at="she wrote"),
    ], source="blind"),
    Case("blind90-parewhenua-deed", """Ngāti Parewhenua signs Deed of Settlement after 30-year wait

Hundreds of whānau gathered at Rangiāniwaniwa Marae near Ōpōtiki on Saturday to witness Ngāti Parewhenua sign a Deed of Settlement with the Crown, ending a claim first lodged with the Waitangi Tribunal in 1994.

The settlement includes a Crown apology, $68 million in financial redress and the return of 14 culturally significant sites, including the summit of Maungatapu.

Lead negotiator Hōhepa Tūhoro said the day belonged to the tūpuna who had carried the claim. “Many of the people who started this kaupapa are no longer with us. Today we signed for them,” he said.

“We did not get everything we asked for,” Tūhoro added, “but we got our maunga back, and that was always the heart of it.”

Minister for Treaty of Waitangi Negotiations Andrew Tait delivered the Crown apology in te reo Māori and English. He told the gathering that the Crown had “failed in its duty” to the iwi when it confiscated more than 40,000 acres of land in 1866.

“The Crown cannot undo the harm it caused, but it can acknowledge it honestly and begin to put things right,” Tait said.

Kaumātua Wiremu Rāwiri, 87, said he had waited his whole life for the apology. Speaking to Te Ao Māori News after the ceremony, he said the minister’s words had been “heavy, but true”.

Not everyone at the marae was celebrating. A group of uri from the neighbouring hapū Ngāti Tamahaki said they had been left out of the negotiations and would take their concerns back to the Waitangi Tribunal.

“Our voice was not heard in this process,” said spokesperson Mere Hāpuku. “We are not against the settlement, but we are against the way it was done.”

Te Arawhiti, the Office for Māori Crown Relations, said in a statement that it had met with Ngāti Tamahaki several times and that “the door remains open”.

The settlement legislation is expected to be introduced to Parliament next year. Tūhoro said the iwi trust, Te Rūnanga o Ngāti Parewhenua, would invest the funds in housing and education for rangatahi.

“This is not the end of the journey,” he said. “It is the start of the next one.”""", [
        Q("the day belonged to the tūpuna who had carried the claim", "indirect", "Hōhepa Tūhoro", "Hōhepa Tūhoro"),
        Q("“Many of the people who started this kaupapa are no longer with us. Today we signed for them,”",
          "direct", "he", "Hōhepa Tūhoro", speaker_at="them,” he said"),
        Q("“We did not get everything we asked for,”", "direct", "Tūhoro", "Hōhepa Tūhoro",
          speaker_at="Tūhoro added"),
        Q("“but we got our maunga back, and that was always the heart of it.”", "direct", "Tūhoro", "Hōhepa Tūhoro",
          speaker_at="Tūhoro added"),
        Q("“failed in its duty”", "partial", "He", "Andrew Tait", speaker_at="He told the gathering"),
        Q("“The Crown cannot undo the harm it caused, but it can acknowledge it honestly and begin to put things "
          "right,”", "direct", "Tait", "Andrew Tait", speaker_at="Tait said"),
        Q("he had waited his whole life for the apology", "indirect", "Wiremu Rāwiri", "Wiremu Rāwiri"),
        Q("“heavy, but true”", "partial", "he", "Wiremu Rāwiri", speaker_at="he said the minister’s"),
        Q("they had been left out of the negotiations and would take their concerns back to the Waitangi Tribunal",
          "indirect", "A group of uri from the neighbouring hapū Ngāti Tamahaki", None),
        Q("“Our voice was not heard in this process,”", "direct", "Mere Hāpuku", "Mere Hāpuku"),
        Q("“We are not against the settlement, but we are against the way it was done.”", "direct", "Mere Hāpuku",
          "Mere Hāpuku"),
        Q("that it had met with Ngāti Tamahaki several times", "indirect", "Te Arawhiti", "Te Arawhiti"),
        Q("“the door remains open”", "partial", "Te Arawhiti", "Te Arawhiti"),
        Q("the iwi trust, Te Rūnanga o Ngāti Parewhenua, would invest the funds in housing and education for "
          "rangatahi", "indirect", "Tūhoro", "Hōhepa Tūhoro", speaker_at="Tūhoro said the iwi"),
        Q("“This is not the end of the journey,”", "direct", "he", "Hōhepa Tūhoro", speaker_at="journey,” he said"),
        Q("“It is the start of the next one.”", "direct", "he", "Hōhepa Tūhoro", speaker_at="journey,” he said"),
    ], source="blind"),
    Case("blind90-whakaki-signing", """Wairoa hapū sign settlement at Parliament after overnight bus trip

More than 300 people travelled overnight from Wairoa to Parliament on Thursday to see Ngā Hapū o Whakakī sign their Treaty of Waitangi settlement with the Crown.

The deed, signed in the Grand Hall, includes $41.5 million in financial and commercial redress, a formal Crown apology and the transfer of the former Wairoa Hospital site.

Trust chair Lorraine Te Huki said the signing was bittersweet. "My father should have been standing here. He drove to Wellington 40 times for this and never saw it finished," she told RNZ.

The Treaty Negotiations Minister, Andrew Tait, told the hall the Crown had "fallen far short" of its obligations in the 1860s, when troops burned kāinga and crops around Lake Whakakī.

"No settlement can fully compensate for those losses," Tait said. "What we can do is tell the truth about them."

Wairoa District Mayor Tania Hapimana welcomed the deal. She said the council was looking forward to working with the post-settlement entity as a partner.

"This money stays in Wairoa. It gets spent in Wairoa, and it builds Wairoa," Hapimana said.

Kevin Ruatapu, who runs a fencing business in Frasertown, said the settlement could be "a game changer" for young people in the district. He said he hoped it would mean fewer of them had to move to Hastings or Australia for work.

Not everyone was convinced. Kaumātua Heemi Tomoana, 79, said he supported the settlement but worried the money would be "eaten up by lawyers and consultants".

"I've seen it happen in other places," Tomoana said. "The people at the top do well, and the whānau at the bottom are still waiting."

Te Huki said the trust would publish its spending plans every year and hold hui at every marae before any major decision.

The Office for Māori Crown Relations – Te Arawhiti said the settlement bill would be introduced to Parliament within 12 months.

Police said a bus carrying 52 people had broken down near Dannevirke on the way home, but all passengers were collected by a second coach and no one was hurt.

On the bus home, the group sang "E Pari Rā" as it crossed the Remutaka Hill, one passenger said.""", [
        Q("the signing was bittersweet", "indirect", "Lorraine Te Huki", "Lorraine Te Huki"),
        Q('"My father should have been standing here. He drove to Wellington 40 times for this and never saw it '
          'finished,"', "direct", "she", "Lorraine Te Huki", speaker_at="she told RNZ"),
        Q('"fallen far short"', "partial", "Andrew Tait", "Andrew Tait"),
        Q('"No settlement can fully compensate for those losses,"', "direct", "Tait", "Andrew Tait",
          speaker_at="Tait said"),
        Q('"What we can do is tell the truth about them."', "direct", "Tait", "Andrew Tait", speaker_at="Tait said"),
        Q("the council was looking forward to working with the post-settlement entity as a partner", "indirect",
          "She", "Tania Hapimana", speaker_at="She said the council"),
        Q('"This money stays in Wairoa. It gets spent in Wairoa, and it builds Wairoa,"', "direct", "Hapimana",
          "Tania Hapimana", speaker_at="Hapimana said"),
        Q('"a game changer"', "partial", "Kevin Ruatapu", "Kevin Ruatapu"),
        Q("he hoped it would mean fewer of them had to move to Hastings or Australia for work", "indirect", "He",
          "Kevin Ruatapu", speaker_at="He said he hoped"),
        Q("he supported the settlement", "indirect", "Heemi Tomoana", "Heemi Tomoana"),
        Q('"eaten up by lawyers and consultants"', "partial", "Heemi Tomoana", "Heemi Tomoana"),
        Q('"I\'ve seen it happen in other places,"', "direct", "Tomoana", "Heemi Tomoana",
          speaker_at="Tomoana said"),
        Q('"The people at the top do well, and the whānau at the bottom are still waiting."', "direct", "Tomoana",
          "Heemi Tomoana", speaker_at="Tomoana said"),
        Q("the trust would publish its spending plans every year and hold hui at every marae before any major "
          "decision", "indirect", "Te Huki", "Lorraine Te Huki", speaker_at="Te Huki said the trust"),
        Q("the settlement bill would be introduced to Parliament within 12 months", "indirect",
          "The Office for Māori Crown Relations – Te Arawhiti", "Office for Māori Crown Relations – Te Arawhiti"),
        Q("a bus carrying 52 people had broken down near Dannevirke on the way home, but all passengers were "
          "collected by a second coach and no one was hurt", "indirect", "Police", None),
        Q('the group sang "E Pari Rā" as it crossed the Remutaka Hill', "indirect", "one passenger", None),
    ], source="blind"),
    Case("blind90-regents-tuition", """Regents approve 3.5% tuition increase for in-state undergraduates

AMES — The Iowa Board of Regents voted 7-2 on Wednesday to raise tuition for in-state undergraduates at the University of Iowa, Iowa State University and the University of Northern Iowa by 3.5% next fall.

The increase will add about $330 a year to the bill for a resident undergraduate at the UI, bringing base tuition to roughly $9,780.

Board President Sherry Vandermeulen said the vote came after the Legislature again held state appropriations flat.

"We are asking students and families to pay more because the state has asked them to," she said. "I don't like it, but I don't see another way to keep the quality of these universities where it is."

Regent Marcus Oyelaran, one of the two no votes, said the board was "balancing the budget on the backs of 19-year-olds."

"Every time we do this, we tell a kid from Ottumwa or Cedar Rapids that maybe college isn't for them," Oyelaran said.

University of Iowa President Carla Whitfield told the board that the additional revenue, about $11 million for the UI alone, would go mainly toward faculty salaries and student mental health services.

According to UI Student Government President Devin Alvarez, more than 1,400 students signed a petition opposing the increase in the week before the meeting.

"A lot of us are already working two jobs," Alvarez said in an interview Wednesday evening. "Three and a half percent sounds small until you're the one paying it."

Alvarez said student government would now lobby lawmakers directly at the Capitol in Des Moines when the session opens in January.

State Sen. Linda Haugland, R-Spencer, said the universities needed to control their costs before asking for more money. "The taxpayers of Iowa have been generous," Haugland said in a statement. "The universities should look at their own administrative spending first."

Vandermeulen said after the meeting that the board would ask the Legislature for a 5% increase in appropriations next year.

The board also approved a 4% increase for nonresident students and a new $150 "technology fee" that the board says will fund classroom upgrades.""", [
        Q("the vote came after the Legislature again held state appropriations flat", "indirect",
          "Sherry Vandermeulen", "Sherry Vandermeulen"),
        Q('"We are asking students and families to pay more because the state has asked them to,"', "direct", "she",
          "Sherry Vandermeulen", speaker_at='them to," she said'),
        Q('"I don\'t like it, but I don\'t see another way to keep the quality of these universities where it is."',
          "direct", "she", "Sherry Vandermeulen", speaker_at='them to," she said'),
        Q('"balancing the budget on the backs of 19-year-olds."', "partial", "Marcus Oyelaran", "Marcus Oyelaran"),
        Q('"Every time we do this, we tell a kid from Ottumwa or Cedar Rapids that maybe college isn\'t for them,"',
          "direct", "Oyelaran", "Marcus Oyelaran", speaker_at="Oyelaran said"),
        Q("that the additional revenue, about $11 million for the UI alone, would go mainly toward faculty salaries "
          "and student mental health services", "indirect", "Carla Whitfield", "Carla Whitfield"),
        Q("more than 1,400 students signed a petition opposing the increase in the week before the meeting",
          "indirect", "Devin Alvarez", "Devin Alvarez"),
        Q('"A lot of us are already working two jobs,"', "direct", "Alvarez", "Devin Alvarez",
          speaker_at="Alvarez said in"),
        Q('"Three and a half percent sounds small until you\'re the one paying it."', "direct", "Alvarez",
          "Devin Alvarez", speaker_at="Alvarez said in"),
        Q("student government would now lobby lawmakers directly at the Capitol in Des Moines when the session opens "
          "in January", "indirect", "Alvarez", "Devin Alvarez", speaker_at="Alvarez said student"),
        Q("the universities needed to control their costs before asking for more money", "indirect",
          "Linda Haugland", "Linda Haugland"),
        Q('"The taxpayers of Iowa have been generous,"', "direct", "Haugland", "Linda Haugland",
          speaker_at="Haugland said"),
        Q('"The universities should look at their own administrative spending first."', "direct", "Haugland",
          "Linda Haugland", speaker_at="Haugland said"),
        Q("that the board would ask the Legislature for a 5% increase in appropriations next year", "indirect",
          "Vandermeulen", "Sherry Vandermeulen", speaker_at="Vandermeulen said after"),
        Q("will fund classroom upgrades", "indirect", "the board", "Iowa Board of Regents",
          speaker_at="the board says"),
    ], source="blind"),
    Case("blind90-ku-tuition", """Regents table KU tuition increase after hours of student testimony

TOPEKA — The Kansas Board of Regents on Thursday postponed a vote on a proposed 4.2% tuition increase at the University of Kansas, after more than two hours of testimony from students who packed the board’s meeting room.

Regents Chair Brenda Hasselbach said the board would take up the proposal again at its June meeting.

“We heard you today,” Hasselbach told the students. “That doesn’t mean the answer will be no, but it means we owe you a closer look.”

KU Provost Amit Raghunathan said the university had cut $14 million from its budget over the past two years and could not absorb rising costs without new revenue.

“We have been very careful,” Raghunathan said, “and we have asked our departments to do more with less for a long time.”

Students saw it differently. Maya Brightwater, a junior from Olathe studying social work, told the regents she already works 30 hours a week at a coffee shop on Massachusetts Street.

“I love this school,” she said. “But every year it feels a little more like it wasn’t built for people like me.”

Student Body President Isaac Mendoza-Park said the Student Senate had voted 41-3 last week to oppose the increase. He called the proposal “the wrong answer at the wrong time” and said the board should freeze tuition for a year.

Regent Carl Iverson said afterward that he was sympathetic but that the numbers “have to add up somewhere.” According to Iverson, state funding per student in Kansas remains below where it was in 2008 once inflation is taken into account.

A spokesperson for the governor’s office said the governor supports keeping college affordable but would not comment on a specific proposal before the board.

The university’s “Jayhawk Promise” scholarship covers tuition for Kansas students from families earning less than $60,000 a year.

The Journal-World reported in March that KU’s out-of-state tuition is already among the highest in the Big 12.""", [
        Q("the board would take up the proposal again at its June meeting", "indirect", "Brenda Hasselbach",
          "Brenda Hasselbach"),
        Q("“We heard you today,”", "direct", "Hasselbach", "Brenda Hasselbach", speaker_at="Hasselbach told"),
        Q("“That doesn’t mean the answer will be no, but it means we owe you a closer look.”", "direct",
          "Hasselbach", "Brenda Hasselbach", speaker_at="Hasselbach told"),
        Q("the university had cut $14 million from its budget over the past two years and could not absorb rising "
          "costs without new revenue", "indirect", "Amit Raghunathan", "Amit Raghunathan"),
        Q("“We have been very careful,”", "direct", "Raghunathan", "Amit Raghunathan",
          speaker_at="Raghunathan said,"),
        Q("“and we have asked our departments to do more with less for a long time.”", "direct", "Raghunathan",
          "Amit Raghunathan", speaker_at="Raghunathan said,"),
        Q("she already works 30 hours a week at a coffee shop on Massachusetts Street", "indirect",
          "Maya Brightwater", "Maya Brightwater"),
        Q("“I love this school,”", "direct", "she", "Maya Brightwater", speaker_at="school,” she said"),
        Q("“But every year it feels a little more like it wasn’t built for people like me.”", "direct", "she",
          "Maya Brightwater", speaker_at="school,” she said"),
        Q("the Student Senate had voted 41-3 last week to oppose the increase", "indirect", "Isaac Mendoza-Park",
          "Isaac Mendoza-Park"),
        Q("“the wrong answer at the wrong time”", "partial", "He", "Isaac Mendoza-Park", speaker_at="He called"),
        Q("the board should freeze tuition for a year", "indirect", "He", "Isaac Mendoza-Park",
          speaker_at="He called"),
        Q("that he was sympathetic", "indirect", "Carl Iverson", "Carl Iverson"),
        Q("“have to add up somewhere.”", "partial", "Carl Iverson", "Carl Iverson"),
        Q("state funding per student in Kansas remains below where it was in 2008 once inflation is taken into "
          "account", "indirect", "Iverson", "Carl Iverson", speaker_at="According to Iverson"),
        Q("the governor supports keeping college affordable but would not comment on a specific proposal before the "
          "board", "indirect", "A spokesperson for the governor’s office", None),
        Q("that KU’s out-of-state tuition is already among the highest in the Big 12", "indirect", "The Journal-World",
          "Journal-World"),
    ], source="blind"),
    Case("blind90-suchdol-tram", """Suchdol tram line delayed by two years as costs climb

PRAGUE – The long-awaited tram line from Podbaba to Suchdol will not open before 2029, two years later than planned, the Prague Public Transit Company (DPP) confirmed on Tuesday.

DPP spokesperson Filip Drápal said archaeological finds along the route and a dispute over land near the Czech University of Life Sciences had pushed back the start of construction.

“We found the remains of a medieval settlement exactly where one of the stops is planned,” Drápal said. “We cannot simply pour concrete over that.”

The estimated cost of the 3.3-kilometre line has risen from CZK 1.9 billion to almost CZK 3 billion, according to figures presented to the city council’s transport committee.

Deputy Mayor for Transport Ondřej Kalousek told the committee that the city remained committed to the project. “Suchdol has waited for a tram for thirty years. A few more months is painful, but the line will be built,” he said.

Students and residents of Suchdol, where thousands commute daily to the university campus, reacted with frustration. “Every morning the 107 bus is so full that people are left standing at the stop,” said Tereza Pokorná, a second-year student who lives in the district.

Suchdol mayor Jana Vlasáková said the district had been “lied to” about the timetable. She said she would ask the city to add extra buses on route 107 until the tram opens.

Opposition councillor Radek Šťastný called the delay “a symbol of how Prague builds everything – slowly and expensively”.

The Czech University of Life Sciences said in a statement that it was negotiating with the city over the land and expected an agreement “within weeks”.

The line is part of the city’s “Tram Strategy 2030”, which foresees 40 kilometres of new track by the end of the decade.

According to transport analyst Michal Vaněk, delays of this kind are common in Prague. “Every project here has archaeology, utilities and lawsuits. The planning law makes it very hard to go faster,” he told Prague Morning.""", [
        Q("The long-awaited tram line from Podbaba to Suchdol will not open before 2029, two years later than "
          "planned", "indirect", "the Prague Public Transit Company", "Prague Public Transit Company"),
        Q("archaeological finds along the route and a dispute over land near the Czech University of Life Sciences "
          "had pushed back the start of construction", "indirect", "Filip Drápal", "Filip Drápal"),
        Q("“We found the remains of a medieval settlement exactly where one of the stops is planned,”", "direct",
          "Drápal", "Filip Drápal", speaker_at="Drápal said."),
        Q("“We cannot simply pour concrete over that.”", "direct", "Drápal", "Filip Drápal",
          speaker_at="Drápal said."),
        Q("The estimated cost of the 3.3-kilometre line has risen from CZK 1.9 billion to almost CZK 3 billion",
          "indirect", "figures presented to the city council’s transport committee", None),
        Q("that the city remained committed to the project", "indirect", "Ondřej Kalousek", "Ondřej Kalousek"),
        Q("“Suchdol has waited for a tram for thirty years. A few more months is painful, but the line will be "
          "built,”", "direct", "he", "Ondřej Kalousek", speaker_at="built,” he said"),
        Q("“Every morning the 107 bus is so full that people are left standing at the stop,”", "direct",
          "Tereza Pokorná", "Tereza Pokorná"),
        Q("“lied to”", "partial", "Jana Vlasáková", "Jana Vlasáková"),
        Q("she would ask the city to add extra buses on route 107 until the tram opens", "indirect", "She",
          "Jana Vlasáková", speaker_at="She said she would"),
        Q("“a symbol of how Prague builds everything – slowly and expensively”", "partial", "Radek Šťastný",
          "Radek Šťastný"),
        Q("that it was negotiating with the city over the land", "indirect", "The Czech University of Life Sciences",
          "Czech University of Life Sciences"),
        Q("“within weeks”", "partial", "The Czech University of Life Sciences", "Czech University of Life Sciences"),
        Q("delays of this kind are common in Prague", "indirect", "Michal Vaněk", "Michal Vaněk"),
        Q("“Every project here has archaeology, utilities and lawsuits. The planning law makes it very hard to go "
          "faster,”", "direct", "he", "Michal Vaněk", speaker_at="he told Prague Morning"),
    ], source="blind"),
    Case("blind90-azory-tram", """Azory tram line slips to 2027 as contractor and city trade blame

Kraków’s new tram line to the Azory estate will open at least a year late, the city’s roads authority admitted this week.

The 2.6-kilometre route, which was due to carry its first passengers in autumn 2026, is now expected to open in the second half of 2027, according to the Kraków City Roads Authority (ZDMK).

‘We are not happy with the pace of work, and we have made that very clear to the contractor,’ said ZDMK spokesperson Katarzyna Zalewska. ‘Penalties for the delay are being calculated.’

The Spanish-Polish consortium building the line, led by Torres Infraestructuras, rejected the criticism. In a letter to city councillors, seen by Kraków Post, the company said that design changes ordered by the city had added more than 200 days to the schedule.

‘We have received more than 30 change requests since the contract was signed,’ the letter says. ‘No contractor could keep to the original timetable under those conditions.’

Deputy Mayor Tomasz Pietrzyk told Kraków Post the city would ‘not accept excuses’ and described the tram as ‘the most important transport investment in the north of Kraków’.

Residents of Azory, a 1960s estate home to some 12,000 people, have lived with road closures on Kaczorówka Street for almost two years.

‘My shop has lost half of its customers,’ said Jolanta Bryła, who runs a florist’s on Kaczorówka Street. ‘I was told it would be eighteen months. Now they say three years.’

Michał Sęk, who chairs the Bronowice district council, said the district had asked for more frequent buses during the works but had received ‘no answer at all’.

According to Dr Ewa Grzybowska, a transport expert at the Kraków University of Technology, delays were common on tram projects in Poland because contracts were awarded on price alone.

‘The lowest bid wins, and then everyone is surprised,’ she said.

The ‘Tram to Azory’ Facebook group, which campaigned for the line for a decade, now has more than 8,000 members.""", [
        Q("Kraków’s new tram line to the Azory estate will open at least a year late", "indirect",
          "the city’s roads authority", "Kraków City Roads Authority"),
        Q("The 2.6-kilometre route, which was due to carry its first passengers in autumn 2026, is now expected to "
          "open in the second half of 2027", "indirect", "the Kraków City Roads Authority",
          "Kraków City Roads Authority"),
        Q("‘We are not happy with the pace of work, and we have made that very clear to the contractor,’", "direct",
          "Katarzyna Zalewska", "Katarzyna Zalewska"),
        Q("‘Penalties for the delay are being calculated.’", "direct", "Katarzyna Zalewska", "Katarzyna Zalewska"),
        Q("that design changes ordered by the city had added more than 200 days to the schedule", "indirect",
          "the company", "Torres Infraestructuras", speaker_at="the company said"),
        Q("‘We have received more than 30 change requests since the contract was signed,’", "direct", "the letter",
          "Torres Infraestructuras", speaker_at="the letter says"),
        Q("‘No contractor could keep to the original timetable under those conditions.’", "direct", "the letter",
          "Torres Infraestructuras", speaker_at="the letter says"),
        Q("‘not accept excuses’", "partial", "Tomasz Pietrzyk", "Tomasz Pietrzyk"),
        Q("‘the most important transport investment in the north of Kraków’", "partial", "Tomasz Pietrzyk",
          "Tomasz Pietrzyk"),
        Q("‘My shop has lost half of its customers,’", "direct", "Jolanta Bryła", "Jolanta Bryła"),
        Q("‘I was told it would be eighteen months. Now they say three years.’", "direct", "Jolanta Bryła",
          "Jolanta Bryła"),
        Q("the district had asked for more frequent buses during the works", "indirect", "Michał Sęk", "Michał Sęk"),
        Q("‘no answer at all’", "partial", "Michał Sęk", "Michał Sęk"),
        Q("delays were common on tram projects in Poland because contracts were awarded on price alone", "indirect",
          "Ewa Grzybowska", "Ewa Grzybowska"),
        Q("‘The lowest bid wins, and then everyone is surprised,’", "direct", "she", "Ewa Grzybowska"),
    ], source="blind"),
    Case("blind90-uawa-slash", """Slash again chokes Tolaga Bay after overnight deluge

Tolaga Bay residents woke yesterday to find logs and forestry debris piled against bridges and spread across farmland, after more than 200mm of rain fell in the Uawa catchment overnight.

Tairāwhiti Civil Defence said about 40 homes had been evacuated as a precaution and State Highway 35 was closed between Tolaga Bay and Tokomaru Bay because of debris on the road.

"It's like a bomb has gone off," said Hera Pōtae, whose family's farm on Paroa Road was covered in wood. "We spent two years cleaning up after Gabrielle, and now we're back at the start."

Gisborne District Council chief executive Mark Henare said staff were assessing the damage and that the council would investigate which forests the slash had come from.

"If any forestry company has breached its consent conditions, we will take enforcement action," Henare said.

Uawa Pine Holdings said in a statement that it had removed "significant volumes" of slash from its skid sites since 2023, and that the rain had fallen on land harvested by other operators.

Tairāwhiti Wood Council chair Julian Marsh told The Herald that the industry had spent more than $20 million on slash recovery in the past two years.

"Nobody in this industry wants to see this," he said. "But we are dealing with a landscape that is among the most erodible in the world."

Uawa kaumātua Rongo Kaa said the people of Uawa had warned for decades that clear-fell harvesting on the steep hills would end in disaster. "We told them, and they didn't listen," he said.

The 2023 ministerial inquiry into land use in the region, titled "Outrage to Optimism", recommended an end to large-scale clear-felling on the most erodible land.

MetService said more heavy rain was expected tonight, with a further 80mm possible in the ranges.

Police said people should stay away from the beach, where logs were still washing up. They said a man had been treated for minor injuries after his car hit debris near Mangatuna.""", [
        Q("about 40 homes had been evacuated as a precaution and State Highway 35 was closed between Tolaga Bay and "
          "Tokomaru Bay because of debris on the road", "indirect", "Tairāwhiti Civil Defence",
          "Tairāwhiti Civil Defence"),
        Q('"It\'s like a bomb has gone off,"', "direct", "Hera Pōtae", "Hera Pōtae"),
        Q('"We spent two years cleaning up after Gabrielle, and now we\'re back at the start."', "direct",
          "Hera Pōtae", "Hera Pōtae"),
        Q("staff were assessing the damage and that the council would investigate which forests the slash had come "
          "from", "indirect", "Mark Henare", "Mark Henare"),
        Q('"If any forestry company has breached its consent conditions, we will take enforcement action,"',
          "direct", "Henare", "Mark Henare", speaker_at='action," Henare said'),
        Q('"significant volumes"', "partial", "Uawa Pine Holdings", "Uawa Pine Holdings"),
        Q("that the rain had fallen on land harvested by other operators", "indirect", "Uawa Pine Holdings",
          "Uawa Pine Holdings"),
        Q("that the industry had spent more than $20 million on slash recovery in the past two years", "indirect",
          "Julian Marsh", "Julian Marsh"),
        Q('"Nobody in this industry wants to see this,"', "direct", "he", "Julian Marsh",
          speaker_at='this," he said'),
        Q('"But we are dealing with a landscape that is among the most erodible in the world."', "direct", "he",
          "Julian Marsh", speaker_at='this," he said'),
        Q("the people of Uawa had warned for decades that clear-fell harvesting on the steep hills would end in "
          "disaster", "indirect", "Rongo Kaa", "Rongo Kaa"),
        Q('"We told them, and they didn\'t listen,"', "direct", "he", "Rongo Kaa", speaker_at='listen," he said'),
        Q("more heavy rain was expected tonight, with a further 80mm possible in the ranges", "indirect",
          "MetService", "MetService"),
        Q("people should stay away from the beach, where logs were still washing up", "indirect", "Police", None),
        Q("a man had been treated for minor injuries after his car hit debris near Mangatuna", "indirect", "They",
          None, speaker_at="They said"),
    ], source="blind"),
    Case("blind90-ruatoria-marae", """Marae cut off as forestry slash blocks road near Ruatoria

Whānau at Te Poho-o-Hineao Marae near Ruatoria were cut off for a second day on Wednesday after forestry slash and silt washed across the only access road during heavy rain in Te Tairāwhiti.

Marae chair Tīpene Kereama said about 60 people, many of them kaumātua, had been sheltering at the marae since Monday night, when the Mangaoporo Stream burst its banks.

“The water came up so fast. Within an hour the whole flat was full of logs, and the road was gone,” Kereama told Te Ao Māori News.

“We have kai, we have water, we have each other. But we have kaumātua who need their medication, and we cannot get them out.

“This is the third time in two years. How many times do we have to say this before someone listens?”

Tairāwhiti Emergency Management said a helicopter would fly medical supplies to the marae on Thursday morning if the weather allowed.

Te Rūnanganui o Ngāti Porou chief executive Aroha Tangohau said the iwi had asked the Government in 2023 for a moratorium on clear-felling on the steepest land and had “heard nothing back that matters”.

“Our whenua is being washed out to sea, and our people are paying the price for someone else’s profit,” Tangohau said.

The Ministry for Primary Industries (MPI) said it was aware of the situation and that compliance officers would visit forestry blocks in the area once it was safe to do so.

A forestry industry source, who did not want to be named, said most of the wood in the stream appeared to be older slash left behind before the rules were tightened in 2023.

The Forestry Minister’s office said the Government had invested “more than any previous government” in slash clean-up in the region.

Locals have started calling the crossing below the marae “the graveyard” because of the logs piled there.

Ruatoria father Hone Kaiwai said his children had missed four days of kura. “The bus can’t get through, and even if it could, I wouldn’t put them on it,” he said.

According to MetService, a further 60mm could fall on the ranges before the rain eases on Thursday afternoon.""", [
        Q("about 60 people, many of them kaumātua, had been sheltering at the marae since Monday night, when the "
          "Mangaoporo Stream burst its banks", "indirect", "Tīpene Kereama", "Tīpene Kereama"),
        Q("“The water came up so fast. Within an hour the whole flat was full of logs, and the road was gone,”",
          "direct", "Kereama", "Tīpene Kereama", speaker_at="Kereama told"),
        Q("“We have kai, we have water, we have each other. But we have kaumātua who need their medication, and we "
          "cannot get them out.", "direct", "Kereama", "Tīpene Kereama", speaker_at="Kereama told"),
        Q("“This is the third time in two years. How many times do we have to say this before someone listens?”",
          "direct", "Kereama", "Tīpene Kereama", speaker_at="Kereama told"),
        Q("a helicopter would fly medical supplies to the marae on Thursday morning if the weather allowed",
          "indirect", "Tairāwhiti Emergency Management", "Tairāwhiti Emergency Management"),
        Q("the iwi had asked the Government in 2023 for a moratorium on clear-felling on the steepest land",
          "indirect", "Aroha Tangohau", "Aroha Tangohau"),
        Q("“heard nothing back that matters”", "partial", "Aroha Tangohau", "Aroha Tangohau"),
        Q("“Our whenua is being washed out to sea, and our people are paying the price for someone else’s profit,”",
          "direct", "Tangohau", "Aroha Tangohau", speaker_at="profit,” Tangohau said"),
        Q("it was aware of the situation and that compliance officers would visit forestry blocks in the area once "
          "it was safe to do so", "indirect", "The Ministry for Primary Industries", "Ministry for Primary Industries"),
        Q("most of the wood in the stream appeared to be older slash left behind before the rules were tightened in "
          "2023", "indirect", "A forestry industry source", None),
        Q("“more than any previous government”", "partial", "The Forestry Minister’s office", None),
        Q("his children had missed four days of kura", "indirect", "Hone Kaiwai", "Hone Kaiwai"),
        Q("“The bus can’t get through, and even if it could, I wouldn’t put them on it,”", "direct", "he",
          "Hone Kaiwai", speaker_at="it,” he said"),
        Q("a further 60mm could fall on the ranges before the rain eases on Thursday afternoon", "indirect",
          "MetService", "MetService"),
    ], source="blind"),
    Case("blind90-msu-housing", """MSU students scramble for housing as fall enrollment hits record

Montana State University expects a record 17,400 students this fall, and many of them still don't know where they will sleep.

As of last week, 380 students were on a waitlist for on-campus housing, according to MSU's Office of Residence Life. University officials said they would convert some study lounges in North Hedges and South Hedges halls into temporary triple rooms.

"It's not ideal, and we know that," said Kelsey Dunbar, MSU's director of residence life. "But we are not going to turn away a student who has committed to coming here."

Off campus, the picture is worse. The median rent for a two-bedroom apartment in Bozeman reached $2,150 this spring, according to the Human Resource Development Council. Local property managers call the late-summer jump in listings the "student bump."

Jayden Running Crane, a sophomore engineering student from Browning, said he spent most of July messaging landlords and only found a room in Belgrade, a 20-minute drive from campus.

"I've got a car, so I'm lucky," he said. "A lot of my friends from the reservation don't, and they're thinking about just not coming back."

Bozeman Mayor Ellen Haskins said the city had approved more than 1,200 new housing units in the past two years, but that construction could not keep up with demand. She called student housing "a shared problem" for the city and the university.

Michael Ochoa, MSU's vice president for student success, said the university is in talks with a private developer to build a 600-bed residence hall on land west of campus. Ochoa declined to name the developer but said construction could begin as soon as next spring.

"There's no magic wand here," Ochoa said. "But we are moving as fast as we responsibly can."

ASMSU President Sara Holloway said students were paying "Bozeman prices on student budgets" and that the university should cap the number of incoming freshmen until new beds were built.

Some landlords told the Chronicle they were reluctant to rent to students because of damage and noise complaints.""", [
        Q("380 students were on a waitlist for on-campus housing", "indirect", "MSU's Office of Residence Life",
          "Office of Residence Life"),
        Q("they would convert some study lounges in North Hedges and South Hedges halls into temporary triple rooms",
          "indirect", "University officials", None),
        Q('"It\'s not ideal, and we know that,"', "direct", "Kelsey Dunbar", "Kelsey Dunbar"),
        Q('"But we are not going to turn away a student who has committed to coming here."', "direct",
          "Kelsey Dunbar", "Kelsey Dunbar"),
        Q("The median rent for a two-bedroom apartment in Bozeman reached $2,150 this spring", "indirect",
          "the Human Resource Development Council", "Human Resource Development Council"),
        Q("he spent most of July messaging landlords and only found a room in Belgrade, a 20-minute drive from "
          "campus", "indirect", "Jayden Running Crane", "Jayden Running Crane"),
        Q('"I\'ve got a car, so I\'m lucky,"', "direct", "he", "Jayden Running Crane", speaker_at='lucky," he said'),
        Q('"A lot of my friends from the reservation don\'t, and they\'re thinking about just not coming back."',
          "direct", "he", "Jayden Running Crane", speaker_at='lucky," he said'),
        Q("the city had approved more than 1,200 new housing units in the past two years, but that construction "
          "could not keep up with demand", "indirect", "Ellen Haskins", "Ellen Haskins"),
        Q('"a shared problem"', "partial", "She", "Ellen Haskins", speaker_at="She called"),
        Q("the university is in talks with a private developer to build a 600-bed residence hall on land west of "
          "campus", "indirect", "Michael Ochoa", "Michael Ochoa"),
        Q("construction could begin as soon as next spring", "indirect", "Ochoa", "Michael Ochoa",
          speaker_at="Ochoa declined"),
        Q('"There\'s no magic wand here,"', "direct", "Ochoa", "Michael Ochoa", speaker_at='here," Ochoa said'),
        Q('"But we are moving as fast as we responsibly can."', "direct", "Ochoa", "Michael Ochoa",
          speaker_at='here," Ochoa said'),
        Q('"Bozeman prices on student budgets"', "partial", "Sara Holloway", "Sara Holloway"),
        Q("that the university should cap the number of incoming freshmen until new beds were built", "indirect",
          "Sara Holloway", "Sara Holloway"),
        Q("they were reluctant to rent to students because of damage and noise complaints", "indirect",
          "Some landlords", None),
    ], source="blind"),
    Case("blind90-brno-dorms", """Brno students face dormitory shortage as rents hit record

BRNO – Thousands of students in Brno are starting the academic year without a place to live, as demand for dormitory beds far outstrips supply and private rents in the city climb to record levels.

The Masaryk University Accommodation and Catering Services (SKM) said it received 14,200 applications for 6,900 beds this year, nearly 2,000 more than last year.

"We have never seen numbers like this," SKM director Lenka Hrubá told Brno Daily. "We are placing first-year and international students first, but many others will have to look on the private market."

On the private market, the average asking rent for a one-bedroom flat in Brno reached CZK 17,800 a month in August, according to the real estate portal Sreality.cz.

Martina Dvořáková, a second-year law student from Zlín, said she had viewed eleven flats in two weeks. "At one viewing there were thirty people. The landlord asked for three months' deposit in cash," she said.

The Brno University of Technology (VUT) said it had converted part of a former hotel in Královo Pole into 240 temporary beds and was considering renting rooms in private hostels.

Deputy Mayor for Housing Petr Kratochvíl said the city was preparing a plan with both universities to build a new student residence on a former railway site near the main station. He said the first building could be ready "in four or five years, if everything goes well".

Student representatives were unimpressed. "Four or five years is a whole degree. It does nothing for anyone studying now," said Jakub Novotný, who chairs the student chamber of the Masaryk University Academic Senate.

The Ministry of Education said in a statement that it had set aside CZK 1.2 billion for the modernisation of dormitories nationwide, but that decisions on new capacity were a matter for the universities themselves.

Sociologist Barbora Šimečková of Masaryk University said the shortage was changing who could afford to study in Brno. According to her, students from poorer families increasingly choose universities closer to home, "even when Brno offers the programme they really want".

Some students have turned to so-called "micro-apartments", single rooms of 12 square metres with a kitchenette, which can cost more than CZK 12,000 a month.""", [
        Q("it received 14,200 applications for 6,900 beds this year, nearly 2,000 more than last year", "indirect",
          "The Masaryk University Accommodation and Catering Services",
          "Masaryk University Accommodation and Catering Services"),
        Q('"We have never seen numbers like this,"', "direct", "Lenka Hrubá", "Lenka Hrubá"),
        Q('"We are placing first-year and international students first, but many others will have to look on the '
          'private market."', "direct", "Lenka Hrubá", "Lenka Hrubá"),
        Q("the average asking rent for a one-bedroom flat in Brno reached CZK 17,800 a month in August", "indirect",
          "Sreality.cz", "Sreality.cz"),
        Q("she had viewed eleven flats in two weeks", "indirect", "Martina Dvořáková", "Martina Dvořáková"),
        Q('"At one viewing there were thirty people. The landlord asked for three months\' deposit in cash,"',
          "direct", "she", "Martina Dvořáková", speaker_at='cash," she said'),
        Q("it had converted part of a former hotel in Královo Pole into 240 temporary beds and was considering "
          "renting rooms in private hostels", "indirect", "The Brno University of Technology",
          "Brno University of Technology"),
        Q("the city was preparing a plan with both universities to build a new student residence on a former "
          "railway site near the main station", "indirect", "Petr Kratochvíl", "Petr Kratochvíl"),
        Q('"in four or five years, if everything goes well"', "partial", "He", "Petr Kratochvíl",
          speaker_at="He said the first"),
        Q('"Four or five years is a whole degree. It does nothing for anyone studying now,"', "direct",
          "Jakub Novotný", "Jakub Novotný"),
        Q("that it had set aside CZK 1.2 billion for the modernisation of dormitories nationwide, but that "
          "decisions on new capacity were a matter for the universities themselves", "indirect",
          "The Ministry of Education", "Ministry of Education"),
        Q("the shortage was changing who could afford to study in Brno", "indirect", "Barbora Šimečková",
          "Barbora Šimečková"),
        Q("students from poorer families increasingly choose universities closer to home", "indirect", "her",
          "Barbora Šimečková", speaker_at="According to her"),
        Q('"even when Brno offers the programme they really want"', "partial", "her", "Barbora Šimečková",
          speaker_at="According to her"),
    ], source="blind"),
    Case("blind90-lusaka-mealie", """Mealie meal hits K350 as millers cite maize shortage

LUSAKA – THE price of a 25-kilogramme bag of breakfast mealie meal has risen to as much as K350 in some Lusaka shops, up from K290 a month ago, as millers struggle to source maize after last season’s drought.

Millers Association of Zambia (MAZ) president Bright Musonda said his members were paying up to K9,500 per tonne of maize on the open market, compared with K6,800 at the same time last year.

“Millers are not the enemy here. We are simply passing on the cost of the grain,” Mr Musonda said in an interview in Lusaka yesterday.

He said the association had asked the Food Reserve Agency (FRA) to release more of its strategic stocks to millers at a subsidised price.

FRA public relations manager Namukolo Sitali said the agency had already sold 150,000 tonnes to millers since June and would release a further 80,000 tonnes “in a phased manner”.

“We have to balance the needs of the market with the need to keep enough grain for the country’s food security,” Ms Sitali said.

Agriculture Minister Mutale Kapembwa warned millers against “profiteering”, saying the Government was monitoring prices closely.

Consumers in Lusaka’s Chawama township said they had cut back to one meal a day.

“Nshima is what we eat. When mealie meal goes up, everything goes up,” said Precious Banda, a mother of three, at Chawama market.

The Jesuit Centre for Theological Reflection (JCTR) said in its latest “Basic Needs and Nutrition Basket” that a family of five in Lusaka now needed K10,650 a month to meet basic needs.

Economist Kelvin Mwanza of the Copperbelt University said the rise in maize meal prices would push inflation higher in the coming months.

“Mealie meal carries a heavy weight in the consumer price index, so any increase shows up quickly in the inflation figures,” Dr Mwanza said.

According to the Zambia Statistics Agency (ZamStats), annual inflation stood at 15.2 per cent in August.""", [
        Q("his members were paying up to K9,500 per tonne of maize on the open market, compared with K6,800 at the "
          "same time last year", "indirect", "Bright Musonda", "Bright Musonda"),
        Q("“Millers are not the enemy here. We are simply passing on the cost of the grain,”", "direct", "Musonda",
          "Bright Musonda", speaker_at="Mr Musonda said"),
        Q("the association had asked the Food Reserve Agency (FRA) to release more of its strategic stocks to "
          "millers at a subsidised price", "indirect", "He", "Bright Musonda", speaker_at="He said the association"),
        Q("the agency had already sold 150,000 tonnes to millers since June and would release a further 80,000 "
          "tonnes", "indirect", "Namukolo Sitali", "Namukolo Sitali"),
        Q("“in a phased manner”", "partial", "Namukolo Sitali", "Namukolo Sitali"),
        Q("“We have to balance the needs of the market with the need to keep enough grain for the country’s food "
          "security,”", "direct", "Sitali", "Namukolo Sitali", speaker_at="Ms Sitali said"),
        Q("“profiteering”", "partial", "Mutale Kapembwa", "Mutale Kapembwa"),
        Q("the Government was monitoring prices closely", "indirect", "Mutale Kapembwa", "Mutale Kapembwa"),
        Q("they had cut back to one meal a day", "indirect", "Consumers in Lusaka’s Chawama township", None),
        Q("“Nshima is what we eat. When mealie meal goes up, everything goes up,”", "direct", "Precious Banda",
          "Precious Banda"),
        Q("that a family of five in Lusaka now needed K10,650 a month to meet basic needs", "indirect",
          "The Jesuit Centre for Theological Reflection", "Jesuit Centre for Theological Reflection"),
        Q("the rise in maize meal prices would push inflation higher in the coming months", "indirect",
          "Kelvin Mwanza", "Kelvin Mwanza"),
        Q("“Mealie meal carries a heavy weight in the consumer price index, so any increase shows up quickly in the "
          "inflation figures,”", "direct", "Mwanza", "Kelvin Mwanza", speaker_at="Dr Mwanza said"),
        Q("annual inflation stood at 15.2 per cent in August", "indirect", "the Zambia Statistics Agency",
          "Zambia Statistics Agency"),
    ], source="blind"),
    Case("blind90-kitwe-roller-meal", """Kafue Grain Mills raises roller meal price by 18 per cent

KITWE - Kafue Grain Mills, one of the country's largest maize millers, has raised the wholesale price of its 25kg bag of roller meal by 18 per cent to K265, the company announced on Monday.

In a notice to distributors, the company attributed the increase to "unprecedented" maize grain costs and the depreciation of the kwacha against the US dollar, which it said had pushed up the price of fuel and packaging.

Managing director Hastings Chama said the firm had held its prices for as long as it could. "We absorbed the cost for three months. We cannot do it anymore without putting jobs at risk," Mr Chama said.

Traders at Kitwe's Chisokone Market said the new prices had already reached their shelves by Tuesday morning.

"Customers are buying 10kg bags now instead of 25kg. Some are buying by the plate from the hammer mill," said Jennifer Mwansa, who sells mealie meal at the market.

State broadcaster ZNBC reported that the Competition and Consumer Protection Commission (CCPC) had summoned several millers to explain the increases.

CCPC executive director Mwamba Kasonde said the commission would not hesitate to act if it found evidence of price fixing. "Competition law does not stop a company from raising prices. It stops companies from agreeing prices among themselves," he said.

The Ministry of Commerce, Trade and Industry said the Government was "engaging all players in the value chain" to stabilise prices.

Copperbelt University lecturer Dr Mary Ng'andu told the Zambia Business Times that the increase would hit the workers of mine contractors hardest.

"A general worker on a contract earns maybe K3,000. If K800 of that goes on mealie meal, what is left for transport, school fees, rent?

"People will survive by cutting meals. That is the reality on the Copperbelt," she said.

Nkana Member of Parliament Oliver Kabaso said the Government should remove the duty on imported maize to ease pressure on prices.

Kafue Grain Mills said the price would be reviewed "once the new harvest comes in".""", [
        Q("Kafue Grain Mills, one of the country's largest maize millers, has raised the wholesale price of its 25kg "
          "bag of roller meal by 18 per cent to K265", "indirect", "the company", "Kafue Grain Mills",
          speaker_at="the company announced"),
        Q('"unprecedented"', "partial", "the company", "Kafue Grain Mills", speaker_at="the company attributed"),
        Q("had pushed up the price of fuel and packaging", "indirect", "it", "Kafue Grain Mills",
          speaker_at="which it said"),
        Q("the firm had held its prices for as long as it could", "indirect", "Hastings Chama", "Hastings Chama"),
        Q('"We absorbed the cost for three months. We cannot do it anymore without putting jobs at risk,"', "direct",
          "Chama", "Hastings Chama", speaker_at="Mr Chama said"),
        Q("the new prices had already reached their shelves by Tuesday morning", "indirect",
          "Traders at Kitwe's Chisokone Market", None),
        Q('"Customers are buying 10kg bags now instead of 25kg. Some are buying by the plate from the hammer mill,"',
          "direct", "Jennifer Mwansa", "Jennifer Mwansa"),
        Q("that the Competition and Consumer Protection Commission (CCPC) had summoned several millers to explain the "
          "increases", "indirect", "ZNBC", "ZNBC"),
        Q("the commission would not hesitate to act if it found evidence of price fixing", "indirect",
          "Mwamba Kasonde", "Mwamba Kasonde"),
        Q('"Competition law does not stop a company from raising prices. It stops companies from agreeing prices '
          'among themselves,"', "direct", "he", "Mwamba Kasonde", speaker_at='themselves," he said'),
        Q('"engaging all players in the value chain"', "partial", "The Ministry of Commerce, Trade and Industry",
          "Ministry of Commerce, Trade and Industry"),
        Q("that the increase would hit the workers of mine contractors hardest", "indirect", "Mary Ng'andu",
          "Mary Ng'andu"),
        Q('"A general worker on a contract earns maybe K3,000. If K800 of that goes on mealie meal, what is left '
          'for transport, school fees, rent?', "direct", "she", "Mary Ng'andu", speaker_at='Copperbelt," she said'),
        Q('"People will survive by cutting meals. That is the reality on the Copperbelt,"', "direct", "she",
          "Mary Ng'andu", speaker_at='Copperbelt," she said'),
        Q("the Government should remove the duty on imported maize to ease pressure on prices", "indirect",
          "Oliver Kabaso", "Oliver Kabaso"),
        Q('"once the new harvest comes in"', "partial", "Kafue Grain Mills", "Kafue Grain Mills",
          speaker_at="Kafue Grain Mills said"),
    ], source="blind"),
]
