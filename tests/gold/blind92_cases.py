"""Blind gold set 92: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: sixteen fresh articles in the house styles of
Israeli and Turkish English-language papers, Tasmanian and Northern Territory news, Ugandan and Rwandan business
outlets and Philippine provincial radio sites, with every quote annotated. Long paragraphs are wrapped with a
backslash at the end of the line, which leaves the article text unchanged. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind92-toi-desalination", """Finance Ministry names three finalists in tender for Western Galilee \
desalination plant

The Finance Ministry on Sunday named three consortia as finalists in the tender to build and operate a new \
desalination plant near Nahariya. Officials said the project was key to securing water supplies for northern Israel \
through the 2040s.

The plant, which is to produce up to 100 million cubic meters of water a year, will be built under a 25-year \
build-operate-transfer arrangement, according to the ministry.

“This is the largest water infrastructure tender the state has issued in a decade, and we saw real competition for \
it,” Accountant General Michal Ben-Ari said in a statement.

The three finalists are a consortium led by IDE Technologies and Shapir Engineering, a group headed by Spain’s Acciona \
with local partner Electra, and the Galilee Waters partnership, which includes the kibbutz-owned firm Ein Yam \
Industries.

Ben-Ari said the winning bid would be chosen mainly on the price per cubic meter of water, with a smaller weight given \
to the plant’s energy efficiency.

The Israel Water Authority has warned that the country’s five large plants are running close to capacity. Its \
director, Yehezkel Amar, told The Times of Israel last month that the north could face water restrictions without new \
supply, calling the situation “a race against the calendar.”

“We are not in a crisis today, but a desalination plant takes six years from tender to tap,” Amar said on Sunday. “If \
we wait for a dry winter to start building, we have waited too long.”

Environmental groups have raised concerns about the plant’s planned location on the coast north of Akko. The Society \
for the Protection of Nature in Israel said the brine outflow could damage the marine reserve off Achziv, and called \
on the ministry to publish its full environmental survey.

“Nobody is against desalination. We are against doing it blind,” said Dr. Noa Shachar, a marine ecologist at the \
University of Haifa who has advised the society.

A spokesperson for the Water Authority said the tender required the winning bidder to meet “the strictest brine \
standards in the Mediterranean” and that monitoring would be carried out by an independent body.

The ministry said it expected to announce the winner in the first quarter of next year, with construction to begin in \
2026.

The government’s 2022 master plan, titled “Water for Israel 2050,” identified the Western Galilee as the main gap in \
the national grid. Israel’s existing plants at Sorek, Palmachim, Hadera, Ashkelon and Ashdod supply around 85 percent \
of the country’s household drinking water.""", [
        Q("the project was key to securing water supplies for northern Israel through the 2040s", "indirect",
          "Officials", None),
        Q("The plant, which is to produce up to 100 million cubic meters of water a year, will be built under a "
          "25-year build-operate-transfer arrangement", "indirect", "the ministry", "Finance Ministry",
          speaker_at="according to the ministry"),
        Q("“This is the largest water infrastructure tender the state has issued in a decade, and we saw real "
          "competition for it,”", "direct", "Michal Ben-Ari", "Michal Ben-Ari"),
        Q("the winning bid would be chosen mainly on the price per cubic meter of water, with a smaller weight given "
          "to the plant’s energy efficiency", "indirect", "Ben-Ari", "Michal Ben-Ari",
          speaker_at="Ben-Ari said the winning"),
        Q("that the country’s five large plants are running close to capacity", "indirect",
          "The Israel Water Authority", "Israel Water Authority"),
        Q("that the north could face water restrictions without new supply", "indirect", "Yehezkel Amar",
          "Yehezkel Amar"),
        Q("“a race against the calendar.”", "partial", "Yehezkel Amar", "Yehezkel Amar"),
        Q("“We are not in a crisis today, but a desalination plant takes six years from tender to tap,”", "direct",
          "Amar", "Yehezkel Amar", speaker_at="Amar said"),
        Q("“If we wait for a dry winter to start building, we have waited too long.”", "direct", "Amar",
          "Yehezkel Amar", speaker_at="Amar said"),
        Q("the brine outflow could damage the marine reserve off Achziv", "indirect",
          "The Society for the Protection of Nature in Israel", "Society for the Protection of Nature in Israel"),
        Q("“Nobody is against desalination. We are against doing it blind,”", "direct", "Noa Shachar", "Noa Shachar"),
        Q("“the strictest brine standards in the Mediterranean”", "partial", "A spokesperson for the Water Authority",
          None),
        Q("that monitoring would be carried out by an independent body", "indirect",
          "A spokesperson for the Water Authority", None),
        Q("it expected to announce the winner in the first quarter of next year, with construction to begin in 2026",
          "indirect", "The ministry", "Finance Ministry"),
    ], source="blind"),
    Case("blind92-jpost-blackout", """Committee to probe southern blackout that left 400,000 homes in the dark

The Energy and Infrastructure Ministry on Monday appointed a three-member committee to investigate last Wednesday's \
power outage, which cut electricity to some 400,000 homes across the Negev and the southern coastal plain for up to \
nine hours.

The committee will be headed by retired Beersheba District Court judge Ruth Avishai and is due to submit its findings \
within 90 days, the ministry said.

"The public deserves to know exactly what failed, who knew about it and when," Energy Minister Avi Dahan told \
reporters in Jerusalem. "Nobody will be protected by this inquiry, not the Israel Electric Corporation and not my own \
ministry."

The outage began shortly after 7 p.m. when a transformer at a switching station near Kiryat Gat tripped during a heat \
wave, according to Noga, the independent system operator, which published preliminary findings on Sunday.

The grid is supposed to meet the so-called "N-1" standard, under which the loss of any single component should not \
cause a blackout.

The Israel Electric Corporation said in a statement that its crews had restored power "as quickly as was safely \
possible" and that the fault lay in equipment it did not operate.

Noga rejected that account. "The grid did exactly what it was designed to do. The question is why a single transformer \
was allowed to carry that load," CEO Dalia Gabay said.

Channel 12 news reported on Monday night that the transformer had been flagged for replacement in an internal audit \
two years ago.

In Sderot and Netivot, where many elderly residents depend on air conditioning in the summer, the outage hit hard. \
Residents told The Jerusalem Post that traffic lights went dark and that elevators stalled in high-rise buildings.

"My mother is 84 and on oxygen. We carried her down six floors in the dark," said Yossi Peretz, a resident of Netivot.

Magen David Adom said its teams had treated 37 people for heat-related conditions during the outage, most of them \
elderly.

Sderot Mayor Moshe Ben-Shimol called the blackout "a disgrace for a country that exports energy technology to the \
world." He said local businesses had lost millions of shekels in spoiled stock and should be compensated.

MK Merav Ohana (Yesh Atid) accused the government of appointing "a friendly committee" to delay the findings until \
after the elections.

Dahan said on Monday that he had instructed the Electricity Authority to prepare a compensation mechanism for \
households that lost food and medicine.""", [
        Q("The committee will be headed by retired Beersheba District Court judge Ruth Avishai and is due to submit "
          "its findings within 90 days", "indirect", "the ministry", "Energy and Infrastructure Ministry",
          speaker_at="the ministry said"),
        Q('"The public deserves to know exactly what failed, who knew about it and when,"', "direct", "Avi Dahan",
          "Avi Dahan"),
        Q('"Nobody will be protected by this inquiry, not the Israel Electric Corporation and not my own ministry."',
          "direct", "Avi Dahan", "Avi Dahan"),
        Q("The outage began shortly after 7 p.m. when a transformer at a switching station near Kiryat Gat tripped "
          "during a heat wave", "indirect", "Noga", "Noga", speaker_at="according to Noga"),
        Q('"as quickly as was safely possible"', "partial", "The Israel Electric Corporation",
          "Israel Electric Corporation"),
        Q("that the fault lay in equipment it did not operate", "indirect", "The Israel Electric Corporation",
          "Israel Electric Corporation"),
        Q('"The grid did exactly what it was designed to do. The question is why a single transformer was allowed to '
          'carry that load,"', "direct", "Dalia Gabay", "Dalia Gabay"),
        Q("that the transformer had been flagged for replacement in an internal audit two years ago", "indirect",
          "Channel 12 news", "Channel 12"),
        Q("that traffic lights went dark and that elevators stalled in high-rise buildings", "indirect", "Residents",
          None),
        Q('"My mother is 84 and on oxygen. We carried her down six floors in the dark,"', "direct", "Yossi Peretz",
          "Yossi Peretz"),
        Q("its teams had treated 37 people for heat-related conditions during the outage, most of them elderly",
          "indirect", "Magen David Adom", "Magen David Adom"),
        Q('"a disgrace for a country that exports energy technology to the world."', "partial", "Moshe Ben-Shimol",
          "Moshe Ben-Shimol"),
        Q("local businesses had lost millions of shekels in spoiled stock and should be compensated", "indirect", "He",
          "Moshe Ben-Shimol", speaker_at="He said local"),
        Q('"a friendly committee"', "partial", "Merav Ohana", "Merav Ohana"),
        Q("that he had instructed the Electricity Authority to prepare a compensation mechanism for households that "
          "lost food and medicine", "indirect", "Dahan", "Avi Dahan", speaker_at="Dahan said on Monday"),
    ], source="blind"),
    Case("blind92-sabah-hatay", """TOKİ signs deal for 12,000 quake-resistant homes in Hatay

The Housing Development Administration of Türkiye (TOKİ) on Tuesday signed a contract for the construction of 12,000 \
earthquake-resistant homes in Hatay's Antakya and Defne districts, the latest step in rebuilding the province \
devastated by the February 2023 earthquakes.

The contract, worth TL 38 billion ($1.1 billion), was awarded to a joint venture of Anadolu Yapı, Toros İnşaat and \
Kuzey Grup after a tender run by the Environment, Urbanization and Climate Change Ministry.

Speaking at the signing ceremony in Antakya, Environment, Urbanization and Climate Change Minister Mehmet Ali Korkmaz \
said the homes would be handed over to their owners within 18 months.

"We promised the people of Hatay that no one would be left in a container city. Today, we are keeping that promise," \
Korkmaz said.

Korkmaz noted that the new buildings would be no taller than four stories and would stand on ground surveyed by the \
Disaster and Emergency Management Presidency (AFAD).

"Every plot has been studied meter by meter. We will not build on the same mistakes again," he added.

TOKİ President Ömer Bulut said 4,200 of the homes would be allocated through a lottery among rights holders whose \
buildings were destroyed, with the draw to be broadcast live.

The administration said in a written statement that the project would also include 14 schools, three health centers \
and a new covered bazaar modeled on Antakya's historic Long Bazaar.

Hatay Governor Mustafa Yıldırım told reporters that local workers and subcontractors would be given priority on the \
construction sites.

Many of the families still live in "container cities," the prefabricated camps set up across the province after the \
disaster.

Republican People's Party (CHP) Hatay lawmaker Nermin Aksoy, however, claimed the tender had been decided "behind \
closed doors" and said her party would ask the Court of Accounts to examine it.

The ministry dismissed the criticism, saying that the tender had been carried out in full compliance with public \
procurement law.

Ayşe Demirtaş, 52, who has lived in a container in Defne since the disaster, said she hoped to move into a new home \
before next winter.

"We have spent two winters in a metal box. I just want a window that looks onto a garden," she told Daily Sabah.""", [
        Q("the homes would be handed over to their owners within 18 months", "indirect", "Mehmet Ali Korkmaz",
          "Mehmet Ali Korkmaz"),
        Q('"We promised the people of Hatay that no one would be left in a container city. Today, we are keeping that '
          'promise,"', "direct", "Korkmaz", "Mehmet Ali Korkmaz", speaker_at='," Korkmaz said.'),
        Q("that the new buildings would be no taller than four stories and would stand on ground surveyed by the "
          "Disaster and Emergency Management Presidency (AFAD)", "indirect", "Korkmaz", "Mehmet Ali Korkmaz",
          speaker_at="Korkmaz noted"),
        Q('"Every plot has been studied meter by meter. We will not build on the same mistakes again,"', "direct", "he",
          "Mehmet Ali Korkmaz", speaker_at="he added"),
        Q("4,200 of the homes would be allocated through a lottery among rights holders whose buildings were "
          "destroyed, with the draw to be broadcast live", "indirect", "Ömer Bulut", "Ömer Bulut"),
        Q("that the project would also include 14 schools, three health centers and a new covered bazaar modeled on "
          "Antakya's historic Long Bazaar", "indirect", "The administration",
          "Housing Development Administration of Türkiye"),
        Q("that local workers and subcontractors would be given priority on the construction sites", "indirect",
          "Mustafa Yıldırım", "Mustafa Yıldırım"),
        Q('"behind closed doors"', "partial", "Nermin Aksoy", "Nermin Aksoy"),
        Q("her party would ask the Court of Accounts to examine it", "indirect", "Nermin Aksoy", "Nermin Aksoy"),
        Q("that the tender had been carried out in full compliance with public procurement law", "indirect",
          "The ministry", "Environment, Urbanization and Climate Change Ministry"),
        Q("she hoped to move into a new home before next winter", "indirect", "Ayşe Demirtaş", "Ayşe Demirtaş"),
        Q('"We have spent two winters in a metal box. I just want a window that looks onto a garden,"', "direct", "she",
          "Ayşe Demirtaş", speaker_at="she told"),
    ], source="blind"),
    Case("blind92-hdn-ferry", """Overloading in focus as Gökçeada ferry inquiry deepens

ÇANAKKALE

Prosecutors investigating the sinking of a passenger ferry off Gökçeada last month have found that the vessel was \
carrying nearly twice its licensed number of vehicles, the Çanakkale Chief Public Prosecutor's Office said on Nov. 12.

The ferry, Deniz Yıldızı, went down in rough seas on Oct. 19 while crossing from Kabatepe to the island, killing four \
people. Sixty-one passengers and crew members were rescued by the Coast Guard Command and local fishing boats.

In a written statement, the prosecutor's office said an expert report had concluded that 23 vehicles were on board, \
while the ferry's license allowed for 12.

The captain and two managers of the operating company, Ege Deniz Taşımacılık, have been arrested pending trial, the \
statement said.

Divers recovered the ferry's logbook from the seabed on Nov. 5, state broadcaster TRT Haber reported.

According to testimony cited by daily Hürriyet, the captain told investigators he had been instructed by the company \
to load every vehicle waiting at the quay.

A lawyer for Ege Deniz Taşımacılık, Murat Erdem, denied the claim, saying the decision to sail had been the captain's \
alone.

"The company has always put safety first and will cooperate fully with the judiciary," Erdem said.

Transport and Infrastructure Minister Kemal Uysal said the ministry had suspended the company's operating license and \
would inspect all ferries on the Çanakkale routes before the winter schedule begins.

"Whoever is responsible, whether on the bridge or in an office, will answer for this," Uysal told reporters in Ankara.

The ferry was one of five vessels operating under the "Island Connection" subsidy scheme run by the governor's office.

Families of the victims have criticized the pace of the inquiry. Selin Arıkan, whose father died in the sinking, said \
the families had learned about the expert report from the news rather than from prosecutors.

"We asked for a meeting three times. Nobody called us back," she said. "Now they tell us the ship was overloaded. We \
knew that on the first night."

The Chamber of Marine Engineers said many of the ferries serving the northern Aegean islands were more than 40 years \
old. It described the fleet as "an accident waiting to happen.\"""", [
        Q("Prosecutors investigating the sinking of a passenger ferry off Gökçeada last month have found that the "
          "vessel was carrying nearly twice its licensed number of vehicles", "indirect",
          "the Çanakkale Chief Public Prosecutor's Office", "Çanakkale Chief Public Prosecutor's Office"),
        Q("an expert report had concluded that 23 vehicles were on board, while the ferry's license allowed for 12",
          "indirect", "the prosecutor's office", "Çanakkale Chief Public Prosecutor's Office"),
        Q("The captain and two managers of the operating company, Ege Deniz Taşımacılık, have been arrested pending "
          "trial", "indirect", "the statement", "Çanakkale Chief Public Prosecutor's Office"),
        Q("Divers recovered the ferry's logbook from the seabed on Nov. 5", "indirect", "TRT Haber", "TRT Haber"),
        Q("he had been instructed by the company to load every vehicle waiting at the quay", "indirect", "the captain",
          None, speaker_at="the captain told"),
        Q("the decision to sail had been the captain's alone", "indirect", "Murat Erdem", "Murat Erdem"),
        Q('"The company has always put safety first and will cooperate fully with the judiciary,"', "direct", "Erdem",
          "Murat Erdem", speaker_at="Erdem said"),
        Q("the ministry had suspended the company's operating license and would inspect all ferries on the Çanakkale "
          "routes before the winter schedule begins", "indirect", "Kemal Uysal", "Kemal Uysal"),
        Q('"Whoever is responsible, whether on the bridge or in an office, will answer for this,"', "direct", "Uysal",
          "Kemal Uysal", speaker_at="Uysal told"),
        Q("the families had learned about the expert report from the news rather than from prosecutors", "indirect",
          "Selin Arıkan", "Selin Arıkan"),
        Q('"We asked for a meeting three times. Nobody called us back,"', "direct", "she", "Selin Arıkan",
          speaker_at="she said"),
        Q('"Now they tell us the ship was overloaded. We knew that on the first night."', "direct", "she",
          "Selin Arıkan", speaker_at="she said"),
        Q("many of the ferries serving the northern Aegean islands were more than 40 years old", "indirect",
          "The Chamber of Marine Engineers", "Chamber of Marine Engineers"),
        Q('"an accident waiting to happen."', "partial", "It", "Chamber of Marine Engineers",
          speaker_at="It described"),
    ], source="blind"),
    Case("blind92-mercury-salmon", """Storm Bay salmon expansion gets green light despite community backlash

Plans to almost double the size of a salmon farm lease in Storm Bay have been approved by the state's environment \
watchdog, clearing the way for an extra 4000 tonnes of fish a year to be grown off the Tasman Peninsula.

The Environment Protection Authority said on Thursday the expanded lease at Wedge Island would be subject to strict \
nitrogen limits and real-time water quality monitoring.

"We have set a hard cap on total nitrogen output, and if the monitoring shows the bay can't cope, the company will \
have to reduce its stock," EPA director Catherine Hanlon said.

Tasman Ocean Salmon, which employs about 600 people across the South, said the expansion would create 45 full-time \
jobs in Dunalley and Nubeena.

Chief executive Brendan Cully said the company had spent three years on the application and had commissioned its own \
seabed surveys.

"This is a huge vote of confidence in the industry and in the people of the Tasman Peninsula," Mr Cully said. "We've \
listened to the community and we've built those concerns into the way we'll farm."

The lease conditions include a requirement for a "seal management plan" to be lodged within six months.

But opponents have vowed to fight on. Storm Bay Residents Alliance spokeswoman Jenny Boyd said the decision was "a \
kick in the guts" for people who had campaigned against the expansion for years.

"They've made this decision before a single independent study of Storm Bay has been finished," Ms Boyd said.

She said the alliance was considering an appeal to the Tasmanian Civil and Administrative Tribunal.

Greens MP Tabatha Reeve said the government had "handed Storm Bay to a multinational" and called for a moratorium on \
new leases.

Primary Industries Minister Guy Bellamy said in a statement that the salmon industry was worth more than $1.3 billion \
a year to the state and that the approval showed the regulatory system was working.

At the Nubeena boat ramp, a recreational fisher who did not want to be named said flathead catches had dropped since \
the first pens went in.

"The water used to be gin clear out there," he told the Mercury.""", [
        Q("the expanded lease at Wedge Island would be subject to strict nitrogen limits and real-time water quality "
          "monitoring", "indirect", "The Environment Protection Authority", "Environment Protection Authority"),
        Q("\"We have set a hard cap on total nitrogen output, and if the monitoring shows the bay can't cope, the "
          'company will have to reduce its stock,"', "direct", "Catherine Hanlon", "Catherine Hanlon"),
        Q("the expansion would create 45 full-time jobs in Dunalley and Nubeena", "indirect", "Tasman Ocean Salmon",
          "Tasman Ocean Salmon", speaker_at="Tasman Ocean Salmon, which"),
        Q("the company had spent three years on the application and had commissioned its own seabed surveys",
          "indirect", "Brendan Cully", "Brendan Cully"),
        Q('"This is a huge vote of confidence in the industry and in the people of the Tasman Peninsula,"', "direct",
          "Cully", "Brendan Cully", speaker_at="Mr Cully said"),
        Q("\"We've listened to the community and we've built those concerns into the way we'll farm.\"", "direct",
          "Cully", "Brendan Cully", speaker_at="Mr Cully said"),
        Q('"a kick in the guts"', "partial", "Jenny Boyd", "Jenny Boyd"),
        Q("\"They've made this decision before a single independent study of Storm Bay has been finished,\"", "direct",
          "Boyd", "Jenny Boyd", speaker_at="Ms Boyd said"),
        Q("the alliance was considering an appeal to the Tasmanian Civil and Administrative Tribunal", "indirect",
          "She", "Jenny Boyd", speaker_at="She said the alliance"),
        Q('"handed Storm Bay to a multinational"', "partial", "Tabatha Reeve", "Tabatha Reeve"),
        Q("that the salmon industry was worth more than $1.3 billion a year to the state and that the approval showed "
          "the regulatory system was working", "indirect", "Guy Bellamy", "Guy Bellamy"),
        Q("flathead catches had dropped since the first pens went in", "indirect", "a recreational fisher", None),
        Q('"The water used to be gin clear out there,"', "direct", "he", None, speaker_at="he told"),
    ], source="blind"),
    Case("blind92-examiner-outage", """Review ordered into week-long outages that left North-East homes without power

An independent review will examine TasNetworks’ response to last month’s storms, after some households in the \
North-East went without electricity for up to eight days.

Energy Minister Rachel Hosking announced the review on Tuesday, describing the length of some outages as “simply \
unacceptable”.

The review will be led by former Tasmanian Economic Regulator Peter Lawson and is expected to report by the end of \
March, Ms Hosking said.

“People in Scottsdale, Derby and Winnaleah were sitting in the dark for over a week, throwing out food and running \
generators,” she said. “They deserve to know why, and what will be done differently next time.”

More than 38,000 customers lost power when winds of up to 130km/h hit the state on September 3, according to \
TasNetworks.

TasNetworks chief executive Sean Whitfield said crews had worked around the clock in dangerous conditions. He said the \
company welcomed the review and would co-operate fully.

“We had crews cutting their way through hundreds of fallen trees just to reach the lines,” Mr Whitfield said.

The company has since launched “Project Clearway”, a program to trim vegetation along 2000km of rural powerlines.

Dorset Mayor Greg Howard said many residents had also been left without phone coverage, because mobile towers in the \
area rely on mains power.

Derby business owner Tess McKenzie, who runs a cafe popular with mountain bikers, said she had lost about $6000 in \
stock and takings.

“The generator we borrowed kept the fridge going for two days, then the fuel ran out,” Ms McKenzie said. “Nobody from \
TasNetworks could tell us when we’d be back on.”

Labor energy spokesman Josh Harrington said the review’s terms of reference were too narrow and should include years \
of cuts to vegetation management.

Under the Tasmanian Electricity Code, customers can claim a guaranteed service level payment of up to $160 for \
prolonged outages, the Office of the Tasmanian Economic Regulator said.""", [
        Q("“simply unacceptable”", "partial", "Rachel Hosking", "Rachel Hosking"),
        Q("The review will be led by former Tasmanian Economic Regulator Peter Lawson and is expected to report by "
          "the end of March", "indirect", "Hosking", "Rachel Hosking", speaker_at="Ms Hosking said"),
        Q("“People in Scottsdale, Derby and Winnaleah were sitting in the dark for over a week, throwing out food and "
          "running generators,”", "direct", "she", "Rachel Hosking", speaker_at="she said"),
        Q("“They deserve to know why, and what will be done differently next time.”", "direct", "she", "Rachel Hosking",
          speaker_at="she said"),
        Q("More than 38,000 customers lost power when winds of up to 130km/h hit the state on September 3", "indirect",
          "TasNetworks", "TasNetworks", speaker_at="according to TasNetworks"),
        Q("crews had worked around the clock in dangerous conditions", "indirect", "Sean Whitfield", "Sean Whitfield"),
        Q("the company welcomed the review and would co-operate fully", "indirect", "He", "Sean Whitfield",
          speaker_at="He said the company"),
        Q("“We had crews cutting their way through hundreds of fallen trees just to reach the lines,”", "direct",
          "Whitfield", "Sean Whitfield", speaker_at="Mr Whitfield said"),
        Q("many residents had also been left without phone coverage, because mobile towers in the area rely on mains "
          "power", "indirect", "Greg Howard", "Greg Howard"),
        Q("she had lost about $6000 in stock and takings", "indirect", "Tess McKenzie", "Tess McKenzie"),
        Q("“The generator we borrowed kept the fridge going for two days, then the fuel ran out,”", "direct",
          "McKenzie", "Tess McKenzie", speaker_at="Ms McKenzie said"),
        Q("“Nobody from TasNetworks could tell us when we’d be back on.”", "direct", "McKenzie", "Tess McKenzie",
          speaker_at="Ms McKenzie said"),
        Q("the review’s terms of reference were too narrow and should include years of cuts to vegetation management",
          "indirect", "Josh Harrington", "Josh Harrington"),
        Q("Under the Tasmanian Electricity Code, customers can claim a guaranteed service level payment of up to $160 "
          "for prolonged outages", "indirect", "the Office of the Tasmanian Economic Regulator",
          "Office of the Tasmanian Economic Regulator"),
    ], source="blind"),
    Case("blind92-ntnews-royalty", """Miner takes Territory to court over $42m royalty bill

A Top End manganese miner has launched legal action against the Territory Government, claiming it was wrongly hit with \
a $42 million royalty bill for ore shipped from its mine south of Katherine.

Roper Valley Manganese filed the claim in the NT Supreme Court last week, arguing that the Territory Revenue Office \
had miscalculated the value of its ore by using international benchmark prices rather than the prices it actually \
received.

Managing director Craig Dunstan said the assessment was "fundamentally flawed".

"We pay every cent we owe. What we won't do is pay royalties on money we never received," Mr Dunstan told the NT News.

He said the dispute had put a planned expansion of the mine, which employs 230 people, on hold.

Treasurer Kate Prentice said the government would "vigorously defend" the assessment.

Ms Prentice said Territorians expected miners to pay a fair return for resources that belonged to everyone.

"These are Territory resources. When they're dug up and sold, Territorians get their share, full stop," she said.

The Northern Land Council said traditional owners of the land around the mine had not been consulted about the \
dispute, even though their own royalty payments were tied to the outcome.

"Our people have watched trucks full of ore roll past their communities for 15 years. If there's a fight about money, \
they should be at the table," NLC chief executive Leanne Wurramarrba said.

The Territory moved to a "hybrid" royalty model in 2019, under which miners pay the greater of a profit-based royalty \
or a minimum charge on the value of their output.

Minerals Council of Australia NT executive director Paul Hensley said the case highlighted the uncertainty in the \
Territory's royalty regime.

"Investors need to know what the rules are before they put money in the ground," Mr Hensley said.

Opposition mining spokesman Ray Tambling said the government had "botched" the assessment and left taxpayers exposed \
to a costly legal bill.""", [
        Q("it was wrongly hit with a $42 million royalty bill for ore shipped from its mine south of Katherine",
          "indirect", "A Top End manganese miner", "Roper Valley Manganese"),
        Q("that the Territory Revenue Office had miscalculated the value of its ore by using international benchmark "
          "prices rather than the prices it actually received", "indirect", "Roper Valley Manganese",
          "Roper Valley Manganese"),
        Q('"fundamentally flawed"', "partial", "Craig Dunstan", "Craig Dunstan"),
        Q("\"We pay every cent we owe. What we won't do is pay royalties on money we never received,\"", "direct",
          "Dunstan", "Craig Dunstan", speaker_at="Mr Dunstan told"),
        Q("the dispute had put a planned expansion of the mine, which employs 230 people, on hold", "indirect", "He",
          "Craig Dunstan", speaker_at="He said the dispute"),
        Q('"vigorously defend"', "partial", "Kate Prentice", "Kate Prentice"),
        Q("Territorians expected miners to pay a fair return for resources that belonged to everyone", "indirect",
          "Prentice", "Kate Prentice", speaker_at="Ms Prentice said"),
        Q("\"These are Territory resources. When they're dug up and sold, Territorians get their share, full stop,\"",
          "direct", "she", "Kate Prentice", speaker_at="she said"),
        Q("traditional owners of the land around the mine had not been consulted about the dispute, even though their "
          "own royalty payments were tied to the outcome", "indirect", "The Northern Land Council",
          "Northern Land Council"),
        Q("\"Our people have watched trucks full of ore roll past their communities for 15 years. If there's a fight "
          'about money, they should be at the table,"', "direct", "Leanne Wurramarrba", "Leanne Wurramarrba"),
        Q("the case highlighted the uncertainty in the Territory's royalty regime", "indirect", "Paul Hensley",
          "Paul Hensley"),
        Q('"Investors need to know what the rules are before they put money in the ground,"', "direct", "Hensley",
          "Paul Hensley", speaker_at="Mr Hensley said"),
        Q('"botched"', "partial", "Ray Tambling", "Ray Tambling"),
    ], source="blind"),
    Case("blind92-abc-darwinport", """Territory government to sell remaining stake in Darwin Port

The Northern Territory government will sell its remaining 20 per cent stake in Darwin Port, with the Treasurer saying \
the money would be used to pay down debt.

Treasurer Mark Ellery told ABC Radio Darwin the sale process would begin in February and that only bidders cleared by \
the Foreign Investment Review Board would be considered.

“We have been very clear that this is a strategic asset, and whoever buys it will be held to the highest standards,” \
Ellery said.

He would not be drawn on how much the stake was worth, but said it was “a very attractive asset for the right buyer”.

The port was leased to Chinese-owned company Landbridge for 99 years in 2015 for $506 million, a deal that drew \
criticism in Washington and Canberra. The federal government has said it wants the port returned to Australian hands.

The lease was signed before the Commonwealth tightened its foreign investment rules for “critical infrastructure”.

Darwin Port chief executive Peter Dwyer said in a statement that the company had not been consulted about the timing \
of the sale.

Opposition Leader Marion Kerr said the government was “selling the family silver to cover a bad budget”.

“Once it’s gone, it’s gone. Territorians will never get it back,” Kerr said. “The Treasurer should be upfront about \
what this is really about.”

Charles Darwin University economist Anita Raghunathan said the timing made sense given rising interest costs on the \
Territory’s debt.

“From a pure balance sheet point of view, selling a minority stake that pays a modest dividend to cut debt that costs \
you 5 per cent is not crazy,” she said.

But she warned that minority stakes in infrastructure often sold at a discount, because buyers had little say over how \
the asset was run.

The Darwin Port Users Group, which represents importers and exporters, said it hoped a new part-owner would push for \
the expansion of East Arm Wharf.""", [
        Q("the money would be used to pay down debt", "indirect", "the Treasurer", "Mark Ellery",
          speaker_at="the Treasurer saying"),
        Q("the sale process would begin in February and that only bidders cleared by the Foreign Investment Review "
          "Board would be considered", "indirect", "Mark Ellery", "Mark Ellery"),
        Q("“We have been very clear that this is a strategic asset, and whoever buys it will be held to the highest "
          "standards,”", "direct", "Ellery", "Mark Ellery", speaker_at="Ellery said"),
        Q("“a very attractive asset for the right buyer”", "partial", "He", "Mark Ellery", speaker_at="He would not"),
        Q("it wants the port returned to Australian hands", "indirect", "The federal government", None),
        Q("that the company had not been consulted about the timing of the sale", "indirect", "Peter Dwyer",
          "Peter Dwyer"),
        Q("“selling the family silver to cover a bad budget”", "partial", "Marion Kerr", "Marion Kerr"),
        Q("“Once it’s gone, it’s gone. Territorians will never get it back,”", "direct", "Kerr", "Marion Kerr",
          speaker_at="” Kerr said"),
        Q("“The Treasurer should be upfront about what this is really about.”", "direct", "Kerr", "Marion Kerr",
          speaker_at="” Kerr said"),
        Q("the timing made sense given rising interest costs on the Territory’s debt", "indirect", "Anita Raghunathan",
          "Anita Raghunathan"),
        Q("“From a pure balance sheet point of view, selling a minority stake that pays a modest dividend to cut debt "
          "that costs you 5 per cent is not crazy,”", "direct", "she", "Anita Raghunathan", speaker_at="she said"),
        Q("that minority stakes in infrastructure often sold at a discount, because buyers had little say over how "
          "the asset was run", "indirect", "she", "Anita Raghunathan", speaker_at="she warned"),
        Q("it hoped a new part-owner would push for the expansion of East Arm Wharf", "indirect",
          "The Darwin Port Users Group", "Darwin Port Users Group"),
    ], source="blind"),
    Case("blind92-monitor-coffee", """Elgon coffee farmers smile as union pays out Shs6.8b bonus

MBALE. More than 14,000 arabica coffee farmers in the Elgon sub-region have started receiving a second payment \
totalling Shs6.8 billion from their cooperative union, following a rise in global coffee prices.

The Elgon Highlands Cooperative Union general manager, Mr Fred Wamimbi, said each farmer would receive Shs450 for \
every kilogramme of parchment delivered during the 2023/24 season.

“This is money that belongs to the farmers. When the market pays us well, we pay them well,” Mr Wamimbi said during \
the launch of the payout at the union’s headquarters in Mbale City on Tuesday.

He added that the payments would be made through mobile money and the farmers’ savings groups to reduce the risk of \
theft.

“In the past, farmers would walk long distances to collect cash and some were robbed on their way home.

“Others would spend the money in bars before reaching home. Mobile money puts the money directly in the hands of the \
family,” he said.

The union sells its premium beans abroad under the “Elgon Gold” label.

Ms Betty Nambozo, a farmer from Bududa District, said the payout would help her clear school fees for the new term.

“I delivered 600 kilogrammes last season. With this bonus, I can pay fees for two children,” she said.

The Ministry of Agriculture, Animal Industry and Fisheries, which took over the functions of the Uganda Coffee \
Development Authority last year, says Uganda’s coffee exports earned $1.4 billion in the 12 months to September, the \
highest on record.

However, some farmers in Sironko District claimed that their names had been left off the payment lists.

Responding to the complaints, Mr Wamimbi said the lists were based on delivery records kept by the primary societies, \
and asked affected farmers to contact their society chairpersons.

The Mbale Resident City Commissioner, Mr Yusuf Khaukha, warned that anyone found diverting farmers’ money would be \
arrested and prosecuted.

Dr Julius Mugabe, an agricultural economist at Makerere University, described the second payment model as “the best \
protection farmers have against middlemen”.""", [
        Q("each farmer would receive Shs450 for every kilogramme of parchment delivered during the 2023/24 season",
          "indirect", "Fred Wamimbi", "Fred Wamimbi"),
        Q("“This is money that belongs to the farmers. When the market pays us well, we pay them well,”", "direct",
          "Wamimbi", "Fred Wamimbi", speaker_at="Mr Wamimbi said during"),
        Q("that the payments would be made through mobile money and the farmers’ savings groups to reduce the risk of "
          "theft", "indirect", "He", "Fred Wamimbi", speaker_at="He added"),
        Q("“In the past, farmers would walk long distances to collect cash and some were robbed on their way home.",
          "direct", "he", "Fred Wamimbi", speaker_at="he said"),
        Q("“Others would spend the money in bars before reaching home. Mobile money puts the money directly in the "
          "hands of the family,”", "direct", "he", "Fred Wamimbi", speaker_at="he said"),
        Q("the payout would help her clear school fees for the new term", "indirect", "Betty Nambozo", "Betty Nambozo"),
        Q("“I delivered 600 kilogrammes last season. With this bonus, I can pay fees for two children,”", "direct",
          "she", "Betty Nambozo", speaker_at="she said"),
        Q("Uganda’s coffee exports earned $1.4 billion in the 12 months to September, the highest on record",
          "indirect", "The Ministry of Agriculture, Animal Industry and Fisheries",
          "Ministry of Agriculture, Animal Industry and Fisheries"),
        Q("that their names had been left off the payment lists", "indirect", "some farmers in Sironko District", None),
        Q("the lists were based on delivery records kept by the primary societies", "indirect", "Wamimbi",
          "Fred Wamimbi", speaker_at="Mr Wamimbi said the lists"),
        Q("that anyone found diverting farmers’ money would be arrested and prosecuted", "indirect", "Yusuf Khaukha",
          "Yusuf Khaukha"),
        Q("“the best protection farmers have against middlemen”", "partial", "Julius Mugabe", "Julius Mugabe"),
    ], source="blind"),
    Case("blind92-newvision-royalty", """Moroto leaders demand sh2.1b in unpaid mining royalties

Moroto district leaders have petitioned Parliament, saying the Government has failed to remit sh2.1b in mineral \
royalties owed to the district and to landowners since 2021.

Appearing before Parliament's Committee on Environment and Natural Resources on Tuesday, Moroto LC5 chairperson Simon \
Lomongin said communities living next to the limestone and marble quarries had seen "nothing" from the wealth taken \
from their land.

"Trucks leave Moroto every day carrying our stone. Our children study under trees and our health centres have no \
drugs," Lomongin told MPs.

Under the Mining and Minerals Act, 2022, the central government retains 80% of royalties, while 17% goes to local \
governments and 3% to owners of the land.

He said the district had written to the Ministry of Energy and Mineral Development four times without getting a \
response.

The commissioner for mines, Eng. Grace Atuhaire, told the committee that the delays had been caused by disputes over \
who the rightful landowners were.

"We cannot pay money to people whose claims have not been verified. Once the verification is complete, the money will \
be released," Atuhaire said.

She added that sh740m meant for the district local government had already been sent to the Treasury for release in the \
current financial year.

However, committee chairperson Patrick Opolot described the ministry's explanation as "an excuse that has lasted three \
years" and directed the ministry to present a payment schedule within two weeks.

Karamoja Limestone Ltd, the main quarry operator in the area, said in a statement that it had paid all royalties due \
to the Uganda Revenue Authority and had receipts to prove it.

Lokiru Lomuria, a landowner in Tapac sub-county, said his family had been promised royalties when the quarry opened in \
2018 but had received nothing.

"They came with papers and told us we would be rich. We are still waiting," he said.

According to the Karamoja Development Forum, a local advocacy group, at least 11 districts in the sub-region are owed \
royalties by the Government.""", [
        Q("the Government has failed to remit sh2.1b in mineral royalties owed to the district and to landowners "
          "since 2021", "indirect", "Moroto district leaders", None),
        Q('"nothing"', "partial", "Simon Lomongin", "Simon Lomongin"),
        Q('"Trucks leave Moroto every day carrying our stone. Our children study under trees and our health centres '
          'have no drugs,"', "direct", "Lomongin", "Simon Lomongin", speaker_at="Lomongin told"),
        Q("the district had written to the Ministry of Energy and Mineral Development four times without getting a "
          "response", "indirect", "He", "Simon Lomongin", speaker_at="He said the district"),
        Q("that the delays had been caused by disputes over who the rightful landowners were", "indirect",
          "Grace Atuhaire", "Grace Atuhaire"),
        Q('"We cannot pay money to people whose claims have not been verified. Once the verification is complete, the '
          'money will be released,"', "direct", "Atuhaire", "Grace Atuhaire", speaker_at="Atuhaire said"),
        Q("that sh740m meant for the district local government had already been sent to the Treasury for release in "
          "the current financial year", "indirect", "She", "Grace Atuhaire", speaker_at="She added"),
        Q('"an excuse that has lasted three years"', "partial", "Patrick Opolot", "Patrick Opolot"),
        Q("that it had paid all royalties due to the Uganda Revenue Authority and had receipts to prove it", "indirect",
          "Karamoja Limestone Ltd", "Karamoja Limestone Ltd"),
        Q("his family had been promised royalties when the quarry opened in 2018 but had received nothing", "indirect",
          "Lokiru Lomuria", "Lokiru Lomuria"),
        Q('"They came with papers and told us we would be rich. We are still waiting,"', "direct", "he",
          "Lokiru Lomuria", speaker_at="he said"),
        Q("at least 11 districts in the sub-region are owed royalties by the Government", "indirect",
          "the Karamoja Development Forum", "Karamoja Development Forum"),
    ], source="blind"),
    Case("blind92-newtimes-rubavu", """Rubavu picks contractor to rebuild quake-damaged homes, schools

Rubavu District has awarded a Rwf18 billion contract to a local construction firm to rebuild more than 1,200 houses \
and six schools damaged by the earthquakes that struck the area after the 2021 eruption of Mount Nyiragongo.

The contract was signed on Monday between the district and Ubumwe Builders Ltd, which will carry out the works over 24 \
months under the supervision of the Rwanda Housing Authority (RHA).

Speaking at the signing, Rubavu District Mayor Aline Uwamahoro said that families still living in temporary shelters \
would be the first to be resettled.

"Some of these families have been living under tarpaulins for three years. This contract is about restoring their \
dignity," Uwamahoro said.

She noted that the new houses would be built in grouped settlements in Nyamyumba and Rugerero sectors, away from the \
fault lines identified by geologists.

The settlements will follow the government's "integrated model village" design, with shared water points, a health \
post and a market.

According to RHA, the houses will be built to the revised national building code, which requires reinforced concrete \
frames in high seismic zones.

"We will not accept shortcuts. Every column will be inspected before the next floor goes up," said Olivier Mugabo, the \
Director General of RHA.

Emmanuel Gakwaya, the Managing Director of Ubumwe Builders, said the company would hire at least 600 workers from the \
district, most of them young people.

"We are from this region. Many of our engineers saw relatives' homes destroyed in the quakes, so for us this is \
personal," he said.

Vestine Mukamana, a 46-year-old mother of four in Nyamyumba, said she had been waiting "for too long" but welcomed the \
news.

"Every rainy season we move our children to the neighbours because our walls have cracks. Now I can sleep," she said.

The Ministry in Charge of Emergency Management (MINEMA) said in a statement that more than 3,400 houses in Rubavu and \
Rutsiro districts were damaged by the tremors.

The Rwanda Mines, Petroleum and Gas Board has warned that the area remains seismically active and that residents \
should avoid building on unstable slopes.""", [
        Q("that families still living in temporary shelters would be the first to be resettled", "indirect",
          "Aline Uwamahoro", "Aline Uwamahoro"),
        Q('"Some of these families have been living under tarpaulins for three years. This contract is about '
          'restoring their dignity,"', "direct", "Uwamahoro", "Aline Uwamahoro", speaker_at='," Uwamahoro said'),
        Q("that the new houses would be built in grouped settlements in Nyamyumba and Rugerero sectors, away from the "
          "fault lines identified by geologists", "indirect", "She", "Aline Uwamahoro", speaker_at="She noted"),
        Q("the houses will be built to the revised national building code, which requires reinforced concrete frames "
          "in high seismic zones", "indirect", "RHA", "Rwanda Housing Authority", speaker_at="According to RHA"),
        Q('"We will not accept shortcuts. Every column will be inspected before the next floor goes up,"', "direct",
          "Olivier Mugabo", "Olivier Mugabo"),
        Q("the company would hire at least 600 workers from the district, most of them young people", "indirect",
          "Emmanuel Gakwaya", "Emmanuel Gakwaya"),
        Q("\"We are from this region. Many of our engineers saw relatives' homes destroyed in the quakes, so for us "
          'this is personal,"', "direct", "he", "Emmanuel Gakwaya", speaker_at="he said"),
        Q('"for too long"', "partial", "Vestine Mukamana", "Vestine Mukamana"),
        Q('"Every rainy season we move our children to the neighbours because our walls have cracks. Now I can '
          'sleep,"', "direct", "she", "Vestine Mukamana", speaker_at="she said"),
        Q("that more than 3,400 houses in Rubavu and Rutsiro districts were damaged by the tremors", "indirect",
          "The Ministry in Charge of Emergency Management", "Ministry in Charge of Emergency Management"),
        Q("that the area remains seismically active and that residents should avoid building on unstable slopes",
          "indirect", "The Rwanda Mines, Petroleum and Gas Board", "Rwanda Mines, Petroleum and Gas Board"),
    ], source="blind"),
    Case("blind92-ktpress-kivuports", """Government Seeks Private Operator for Lake Kivu Ports

The Government of Rwanda is looking for a private company to run its newly built ports on Lake Kivu. Officials say the \
move will cut transport costs for traders and farmers in the Western Province.

The Rwanda Development Board (RDB) on Wednesday published a call for expressions of interest for a 30-year concession \
to operate the ports of Rubavu, Karongi, Rutsiro and Rusizi, which were built at a cost of about Rwf 27 billion.

Speaking to KT Press, RDB Chief Investment Officer Diane Mutesi said the concession would be awarded through open \
international bidding.

"We built the infrastructure. Now we want someone with the expertise to make it efficient and profitable," Mutesi said.

She said bidders would be expected to invest in cargo handling equipment, passenger terminals and modern boats.

The ports are part of the "Kivu Belt" development programme, which also covers roads, tourism and methane gas projects \
along the lakeshore.

Eng. Theoneste Habimana, the Permanent Secretary in the Ministry of Infrastructure, said the ports currently handle \
about 60,000 tonnes of cargo a year, far below their combined capacity of 500,000 tonnes.

According to the Rwanda Transport Development Agency, the ports are used mainly by fishermen and small traders \
ferrying cement, beer and farm produce between Rusizi and Rubavu.

Jean Bosco Ntirenganya, who transports Irish potatoes from Rutsiro to Rusizi, said boat owners currently charge him \
Rwf 25 per kilo.

"If a serious company comes in with bigger boats, the price will go down. Right now, we are at the mercy of a few boat \
owners," he said.

The Private Sector Federation (PSF) welcomed the plan but said local investors should be given a stake in the \
concession.

"We don't want a situation where a foreign company takes everything and our people are only porters," said Claudine \
Nyirarukundo, the PSF chairperson in Western Province.

Mutesi said the tender documents include a requirement for "meaningful local participation" in the winning \
consortium.""", [
        Q("the move will cut transport costs for traders and farmers in the Western Province", "indirect", "Officials",
          None),
        Q("the concession would be awarded through open international bidding", "indirect", "Diane Mutesi",
          "Diane Mutesi"),
        Q('"We built the infrastructure. Now we want someone with the expertise to make it efficient and profitable,"',
          "direct", "Mutesi", "Diane Mutesi", speaker_at='," Mutesi said'),
        Q("bidders would be expected to invest in cargo handling equipment, passenger terminals and modern boats",
          "indirect", "She", "Diane Mutesi", speaker_at="She said bidders"),
        Q("the ports currently handle about 60,000 tonnes of cargo a year, far below their combined capacity of "
          "500,000 tonnes", "indirect", "Theoneste Habimana", "Theoneste Habimana"),
        Q("the ports are used mainly by fishermen and small traders ferrying cement, beer and farm produce between "
          "Rusizi and Rubavu", "indirect", "the Rwanda Transport Development Agency",
          "Rwanda Transport Development Agency"),
        Q("boat owners currently charge him Rwf 25 per kilo", "indirect", "Jean Bosco Ntirenganya",
          "Jean Bosco Ntirenganya"),
        Q('"If a serious company comes in with bigger boats, the price will go down. Right now, we are at the mercy '
          'of a few boat owners,"', "direct", "he", "Jean Bosco Ntirenganya", speaker_at="he said"),
        Q("local investors should be given a stake in the concession", "indirect", "The Private Sector Federation",
          "Private Sector Federation"),
        Q("\"We don't want a situation where a foreign company takes everything and our people are only porters,\"",
          "direct", "Claudine Nyirarukundo", "Claudine Nyirarukundo"),
        Q('"meaningful local participation"', "partial", "Mutesi", "Diane Mutesi", speaker_at="Mutesi said the tender"),
    ], source="blind"),
    Case("blind92-bombo-ferry", """BMI opens probe into sinking of MV Santa Ines off Guimaras

BACOLOD CITY – The Philippine Coast Guard's Board of Marine Inquiry (BMI) on Monday opened its investigation into the \
sinking of the passenger ferry MV Santa Ines in the Guimaras Strait, which left five passengers dead and two others \
still missing.

The wooden-hulled vessel was carrying 64 passengers and nine crew members from Pulupandan, Negros Occidental to Iloilo \
City when it capsized about four nautical miles off Guimaras early Thursday, according to the Coast Guard District \
Western Visayas.

In an interview with Bombo Radyo Bacolod, BMI chairperson Commodore Arnel Dimaano said the board would look into the \
vessel's stability, the weather bulletin at the time of departure and the actions of the crew.

"We are not here to find someone to blame on the first day. We will follow the evidence wherever it leads," Dimaano \
said.

Dimaano also confirmed that a gale warning had been raised over the western seaboard of Negros at 5 a.m. that day, \
more than an hour before the vessel left port.

Survivors earlier told Bombo Radyo that the vessel began listing to the right shortly after leaving port and that \
cargo on the upper deck was not tied down.

One survivor, 38-year-old vendor Marites Gallego, said passengers were only handed life jackets after the vessel \
started tilting.

"Some of the life jackets were torn. My son and I had to share one," Gallego said.

Atty. Ramon Villaflor, legal counsel of vessel owner Pulupandan Sea Transport, said the ferry had passed its annual \
inspection in March and that the captain had followed all protocols.

Maritime Industry Authority (MARINA) Region 6 director Engr. Liza Sotelo said the agency had suspended the company's \
certificate of public convenience pending the outcome of the investigation.

Pulupandan Mayor Ernesto Javellana called the incident "a tragedy that could have been avoided."

Coast guard personnel have also been ordered to intensify checks on so-called "colorum" boats plying the strait.

Meanwhile, the search for the two missing passengers continues, according to PCG Guimaras station commander Lt. Cmdr. \
Jose Bernal.""", [
        Q("The wooden-hulled vessel was carrying 64 passengers and nine crew members from Pulupandan, Negros "
          "Occidental to Iloilo City when it capsized about four nautical miles off Guimaras early Thursday",
          "indirect", "the Coast Guard District Western Visayas", "Coast Guard District Western Visayas"),
        Q("the board would look into the vessel's stability, the weather bulletin at the time of departure and the "
          "actions of the crew", "indirect", "Arnel Dimaano", "Arnel Dimaano"),
        Q('"We are not here to find someone to blame on the first day. We will follow the evidence wherever it '
          'leads,"', "direct", "Dimaano", "Arnel Dimaano", speaker_at='," Dimaano said'),
        Q("that a gale warning had been raised over the western seaboard of Negros at 5 a.m. that day, more than an "
          "hour before the vessel left port", "indirect", "Dimaano", "Arnel Dimaano",
          speaker_at="Dimaano also confirmed"),
        Q("that the vessel began listing to the right shortly after leaving port and that cargo on the upper deck was "
          "not tied down", "indirect", "Survivors", None),
        Q("passengers were only handed life jackets after the vessel started tilting", "indirect", "Marites Gallego",
          "Marites Gallego"),
        Q('"Some of the life jackets were torn. My son and I had to share one,"', "direct", "Gallego",
          "Marites Gallego", speaker_at="Gallego said"),
        Q("the ferry had passed its annual inspection in March and that the captain had followed all protocols",
          "indirect", "Ramon Villaflor", "Ramon Villaflor"),
        Q("the agency had suspended the company's certificate of public convenience pending the outcome of the "
          "investigation", "indirect", "Liza Sotelo", "Liza Sotelo"),
        Q('"a tragedy that could have been avoided."', "partial", "Ernesto Javellana", "Ernesto Javellana"),
        Q("the search for the two missing passengers continues", "indirect", "Jose Bernal", "Jose Bernal"),
    ], source="blind"),
    Case("blind92-brigada-cebudesal", """MCWD opens bidding for 50-million-liter desalination plant

CEBU CITY – The Metropolitan Cebu Water District (MCWD) has opened bidding for a desalination plant that will supply \
50 million liters of water a day to Cebu City, Lapu-Lapu City and Cordova, as the utility struggles to keep up with \
rising demand.

MCWD board chairperson Atty. Ricardo Abellana said at least six local and foreign firms had already bought bid \
documents.

"Our groundwater is being over-extracted and salt water is already seeping into wells in Mandaue and Lapu-Lapu. \
Desalination is no longer an option; it is a necessity," Abellana said.

According to MCWD, the winning bidder will build and operate the plant under a 25-year bulk water supply agreement, \
after which ownership will pass to the water district.

General manager Engr. Teresa Quijano said construction is targeted to start in the third quarter of next year.

MCWD has been rationing water in some barangays under a "scheduled service" arrangement since April.

Cebu Water Consumers Alliance convenor Nestor Alcoseba said the group feared that the higher cost of desalinated water \
would be passed on to households.

"Desalinated water is expensive to produce. If MCWD signs a bad contract, it is the ordinary consumer in Pasil and \
Duljo who will pay," Alcoseba told Brigada News.

Abellana, for his part, assured consumers that the contract would be awarded to the bidder offering the lowest price \
per cubic meter and would include a price ceiling.

The Department of Environment and Natural Resources (DENR) said the proponent would need to secure an environmental \
compliance certificate before any construction could begin.

Dr. Annabelle Lapid, a marine biologist at the University of San Carlos, said brine discharge could harm seagrass beds \
and marine sanctuaries around Olango Island if it is not properly diffused. She described the Olango area as "one of \
the most sensitive marine habitats in the Visayas."

Cordova Mayor Rene Mantalaba said the town welcomed the project.

"We only ask that our fishermen are consulted before anything is built in the water," he said.""", [
        Q("at least six local and foreign firms had already bought bid documents", "indirect", "Ricardo Abellana",
          "Ricardo Abellana"),
        Q('"Our groundwater is being over-extracted and salt water is already seeping into wells in Mandaue and '
          'Lapu-Lapu. Desalination is no longer an option; it is a necessity,"', "direct", "Abellana",
          "Ricardo Abellana", speaker_at='," Abellana said'),
        Q("the winning bidder will build and operate the plant under a 25-year bulk water supply agreement, after "
          "which ownership will pass to the water district", "indirect", "MCWD", "Metropolitan Cebu Water District",
          speaker_at="According to MCWD"),
        Q("construction is targeted to start in the third quarter of next year", "indirect", "Teresa Quijano",
          "Teresa Quijano"),
        Q("the group feared that the higher cost of desalinated water would be passed on to households", "indirect",
          "Nestor Alcoseba", "Nestor Alcoseba"),
        Q('"Desalinated water is expensive to produce. If MCWD signs a bad contract, it is the ordinary consumer in '
          'Pasil and Duljo who will pay,"', "direct", "Alcoseba", "Nestor Alcoseba", speaker_at="Alcoseba told"),
        Q("that the contract would be awarded to the bidder offering the lowest price per cubic meter and would "
          "include a price ceiling", "indirect", "Abellana", "Ricardo Abellana", speaker_at="Abellana, for his part"),
        Q("the proponent would need to secure an environmental compliance certificate before any construction could "
          "begin", "indirect", "The Department of Environment and Natural Resources",
          "Department of Environment and Natural Resources"),
        Q("brine discharge could harm seagrass beds and marine sanctuaries around Olango Island if it is not properly "
          "diffused", "indirect", "Annabelle Lapid", "Annabelle Lapid"),
        Q('"one of the most sensitive marine habitats in the Visayas."', "partial", "She", "Annabelle Lapid",
          speaker_at="She described"),
        Q("the town welcomed the project", "indirect", "Rene Mantalaba", "Rene Mantalaba"),
        Q('"We only ask that our fishermen are consulted before anything is built in the water,"', "direct", "he",
          "Rene Mantalaba", speaker_at="he said"),
    ], source="blind"),
    Case("blind92-brigada-tupicoffee", """Tupi coffee co-op distributes P3.2M in patronage refunds

KORONADAL CITY – Some 480 farmer-members of a coffee cooperative in Tupi, South Cotabato received a total of P3.2 \
million in patronage refunds and dividends over the weekend, the biggest payout in the cooperative's 15-year history.

Matutum Highlands Coffee Growers Cooperative chairperson Lorna Tamayo said the payout was made possible by the sharp \
rise in the buying price of robusta and arabica beans this year.

"Before, our farmers would sell green coffee to traders for P90 a kilo. This year, the cooperative was able to buy \
from members at P230 and still make a profit," Tamayo said in an interview with Brigada News.

She said the cooperative had also invested in a solar dryer and a roasting facility with help from the Department of \
Agriculture.

The cooperative sells its roasted beans under the brand "Matutum Brew" in stores in General Santos City and Koronadal.

Edwin Lumbay, a T'boli farmer from Barangay Acmonan, said he received P14,500, which he would use to buy fertilizer \
and seedlings.

"Dako gid ini nga bulig sa amon," (This is a big help to us) he said.

The Cooperative Development Authority (CDA) said the cooperative was among the top-performing agricultural \
cooperatives in Soccsksargen.

Dr. Arnulfo Sarmiento, executive director of the Department of Agriculture Region 12, said the agency would provide an \
additional 20,000 coffee seedlings to the cooperative next year.

Some members, however, told Brigada News that deductions for unpaid production loans had not been explained to them.

Tamayo explained that the deductions were approved during the cooperative's general assembly in March.

"Everything is in the minutes. Any member can come to the office and check," she said.

The Philippine Coffee Board noted that local production still meets less than a third of the country's demand for \
coffee.""", [
        Q("the payout was made possible by the sharp rise in the buying price of robusta and arabica beans this year",
          "indirect", "Lorna Tamayo", "Lorna Tamayo"),
        Q('"Before, our farmers would sell green coffee to traders for P90 a kilo. This year, the cooperative was '
          'able to buy from members at P230 and still make a profit,"', "direct", "Tamayo", "Lorna Tamayo",
          speaker_at="Tamayo said in"),
        Q("the cooperative had also invested in a solar dryer and a roasting facility with help from the Department "
          "of Agriculture", "indirect", "She", "Lorna Tamayo", speaker_at="She said the cooperative"),
        Q("he received P14,500, which he would use to buy fertilizer and seedlings", "indirect", "Edwin Lumbay",
          "Edwin Lumbay"),
        Q('"Dako gid ini nga bulig sa amon,"', "direct", "he", "Edwin Lumbay", speaker_at="he said"),
        Q("the cooperative was among the top-performing agricultural cooperatives in Soccsksargen", "indirect",
          "The Cooperative Development Authority", "Cooperative Development Authority"),
        Q("the agency would provide an additional 20,000 coffee seedlings to the cooperative next year", "indirect",
          "Arnulfo Sarmiento", "Arnulfo Sarmiento"),
        Q("that deductions for unpaid production loans had not been explained to them", "indirect", "Some members",
          None),
        Q("that the deductions were approved during the cooperative's general assembly in March", "indirect", "Tamayo",
          "Lorna Tamayo", speaker_at="Tamayo explained"),
        Q('"Everything is in the minutes. Any member can come to the office and check,"', "direct", "she",
          "Lorna Tamayo", speaker_at="she said"),
        Q("that local production still meets less than a third of the country's demand for coffee", "indirect",
          "The Philippine Coffee Board", "Philippine Coffee Board"),
    ], source="blind"),
    Case("blind92-rmn-roxasport", """PPA to bid out Culasi port operations; stevedores fear job losses

ROXAS CITY – The Philippine Ports Authority (PPA) will bid out the cargo handling and terminal operations of Culasi \
Port here to a private operator under a 25-year contract, a move that has worried stevedores and small shipping firms.

Engr. Roberto Sumagaysay, manager of the PPA Port Management Office of Panay-Guimaras, said the terms of reference \
would be published before the end of the month.

"The government does not have the money to buy new cranes and expand the yard. A private partner can bring that \
investment in a few years instead of a few decades," Sumagaysay told RMN Roxas.

He added that the winning bidder would be required to absorb the existing workforce.

The port was upgraded in 2018 under the "Build, Build, Build" infrastructure program.

The Capiz Port Workers Union, which represents around 300 stevedores, said it had not been consulted about the plan.

"They promise to absorb us," union president Jonathan Dela Cruz said, "but the contract says nothing about how long."

A stevedore who asked not to be named said he earns about P600 a day and has worked at the port for 22 years.

Roxas-based shipping operator Capiz Maritime Lines said in a statement that privatization in other ports had led to \
higher cargo handling fees.

Capiz Governor Marissa Alba said the provincial government supported the modernization of the port but wanted public \
consultations held in Roxas City first. She called the port "the lifeline of Capiz's seafood trade."

In a statement, the PPA said the privatization of port operations in Davao, Batangas and Iloilo had cut vessel waiting \
times by as much as 40 percent.""", [
        Q("the terms of reference would be published before the end of the month", "indirect", "Roberto Sumagaysay",
          "Roberto Sumagaysay"),
        Q('"The government does not have the money to buy new cranes and expand the yard. A private partner can bring '
          'that investment in a few years instead of a few decades,"', "direct", "Sumagaysay", "Roberto Sumagaysay",
          speaker_at="Sumagaysay told"),
        Q("that the winning bidder would be required to absorb the existing workforce", "indirect", "He",
          "Roberto Sumagaysay", speaker_at="He added"),
        Q("it had not been consulted about the plan", "indirect", "The Capiz Port Workers Union",
          "Capiz Port Workers Union"),
        Q('"They promise to absorb us,"', "direct", "Jonathan Dela Cruz", "Jonathan Dela Cruz"),
        Q('"but the contract says nothing about how long."', "direct", "Jonathan Dela Cruz", "Jonathan Dela Cruz"),
        Q("he earns about P600 a day and has worked at the port for 22 years", "indirect", "A stevedore", None),
        Q("that privatization in other ports had led to higher cargo handling fees", "indirect", "Capiz Maritime Lines",
          "Capiz Maritime Lines"),
        Q("the provincial government supported the modernization of the port but wanted public consultations held in "
          "Roxas City first", "indirect", "Marissa Alba", "Marissa Alba"),
        Q("\"the lifeline of Capiz's seafood trade.\"", "partial", "She", "Marissa Alba", speaker_at="She called"),
        Q("the privatization of port operations in Davao, Batangas and Iloilo had cut vessel waiting times by as much "
          "as 40 percent", "indirect", "the PPA", "Philippine Ports Authority", speaker_at="the PPA said"),
    ], source="blind"),
]
