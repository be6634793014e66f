"""Blind gold set 96: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: only the case format
(gold_format.py) and the worked examples in heldout_cases.py were read. The articles imitate
Trinidad and Bahamas dailies, Estonian and Latvian English-language outlets, Queensland regional
papers and South Sudanese English-language outlets. Every quote is annotated, in order.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind96-tt-carnival", """Pan Trinbago slams NCC over late carnival payments

Pan Trinbago president Marcia Ramdeen-Charles says steelbands are being “treated like beggars” after the National Carnival Commission (NCC) told bands that the first tranche of their appearance fees would not be paid until after Ash Wednesday.

Speaking at a media conference at the Queen’s Park Savannah on Tuesday, Ramdeen-Charles said more than 40 conventional bands had already borrowed money to pay arrangers and tuners.

“We cannot keep going cap in hand every year,” she said. “Our players are in the panyards every night, and the State wants the show, but it does not want to pay for the show.”

In a statement on Tuesday evening, the NCC said it had received its allocation from the Ministry of Finance only last week. Payments to all stakeholders would be made “in the shortest possible time”, the statement said.

NCC chairman Winston Gopaul told Newsday the commission was “not sitting on any money”.

“Every cent that comes to us goes out to the stakeholders. But we cannot pay what we have not received,” he said.

Culture Minister Keron Baptiste-Mohammed, responding to questions in the Senate, said the Government had allocated $148 million to Carnival 2025, about $12 million less than last year.

According to Baptiste-Mohammed, the cut reflected “the fiscal realities every ministry is facing”. She said the major competitions would go ahead as planned.

The Trinbago Unified Calypsonians’ Organisation (TUCO) has also raised concerns. Its president, Kelvin Alleyne, said some calypsonians had not been paid for last year’s “Kaiso in the Park” series.

“Some of our members still waiting on money from 2024. Now you telling them wait again?” Alleyne asked.

Opposition senator Rhonda Lezama-Cuffie said the row showed the Government had “no plan” for the festival.

Ramdeen-Charles said Pan Trinbago would meet its membership on Thursday to decide whether bands would take part in the Panorama semifinals.

“Nobody wants to boycott Panorama,” she said, “but we have to protect our bands.”""", [
        Q("“treated like beggars”", "partial", "Marcia Ramdeen-Charles", "Marcia Ramdeen-Charles"),
        Q("that the first tranche of their appearance fees would not be paid until after Ash Wednesday", "indirect",
          "the National Carnival Commission", "National Carnival Commission"),
        Q("more than 40 conventional bands had already borrowed money to pay arrangers and tuners", "indirect",
          "Ramdeen-Charles", "Marcia Ramdeen-Charles", speaker_at="Ramdeen-Charles said more"),
        Q("“We cannot keep going cap in hand every year,”", "direct", "she", "Marcia Ramdeen-Charles",
          speaker_at="year,” she said"),
        Q("“Our players are in the panyards every night, and the State wants the show, but it does not want to pay "
          "for the show.”", "direct", "she", "Marcia Ramdeen-Charles", speaker_at="year,” she said"),
        Q("it had received its allocation from the Ministry of Finance only last week", "indirect", "the NCC",
          "National Carnival Commission", speaker_at="the NCC said"),
        Q("“in the shortest possible time”", "partial", "the statement", "National Carnival Commission"),
        Q("“not sitting on any money”", "partial", "Winston Gopaul", "Winston Gopaul"),
        Q("“Every cent that comes to us goes out to the stakeholders. But we cannot pay what we have not received,”",
          "direct", "he", "Winston Gopaul", speaker_at="received,” he said"),
        Q("the Government had allocated $148 million to Carnival 2025, about $12 million less than last year",
          "indirect", "Keron Baptiste-Mohammed", "Keron Baptiste-Mohammed"),
        Q("“the fiscal realities every ministry is facing”", "partial", "Baptiste-Mohammed", "Keron Baptiste-Mohammed",
          speaker_at="According to Baptiste-Mohammed"),
        Q("the major competitions would go ahead as planned", "indirect", "She", "Keron Baptiste-Mohammed",
          speaker_at="She said the major"),
        Q("some calypsonians had not been paid for last year’s “Kaiso in the Park” series", "indirect",
          "Kelvin Alleyne", "Kelvin Alleyne"),
        Q("“Some of our members still waiting on money from 2024. Now you telling them wait again?”", "direct",
          "Alleyne", "Kelvin Alleyne", speaker_at="Alleyne asked"),
        Q("“no plan”", "partial", "Rhonda Lezama-Cuffie", "Rhonda Lezama-Cuffie"),
        Q("Pan Trinbago would meet its membership on Thursday to decide whether bands would take part in the Panorama "
          "semifinals", "indirect", "Ramdeen-Charles", "Marcia Ramdeen-Charles",
          speaker_at="Ramdeen-Charles said Pan"),
        Q("“Nobody wants to boycott Panorama,”", "direct", "she", "Marcia Ramdeen-Charles",
          speaker_at="Panorama,” she said"),
        Q("“but we have to protect our bands.”", "direct", "she", "Marcia Ramdeen-Charles",
          speaker_at="Panorama,” she said"),
    ], source="blind"),
    Case("blind96-tt-oilblocks", """Six deepwater blocks awarded in bid round

The Ministry of Energy and Energy Industries has awarded six of the 13 deepwater blocks offered in its latest competitive bid round, with two international majors and a local independent among the winning bidders.

Energy Minister Roger Maharaj-Joseph announced the results at the ministry’s offices in Port of Spain yesterday. He said the winning bids carried work programmes worth more than US$1.2 billion over the first exploration phase.

“This is a strong vote of confidence in Trinidad and Tobago as an energy province,” Maharaj-Joseph said. “The majors do not come here for sentiment. They come because the geology is good and the terms are fair.”

The minister said production sharing contracts for the blocks, which lie in the Atlantic east of Trinidad, would be signed by the end of March.

According to the ministry, the seven blocks that drew no bids will be reoffered in a new round before the end of the year.

Not everyone was impressed. Dr Anthony Lakhan-Greene, an energy economist at the University of the West Indies, St Augustine, described the response as “modest at best”.

“Six out of 13 is not a failure, but it is not the triumph that is being presented,” Lakhan-Greene told the Guardian. He said the ministry should publish how much of the signature bonuses would go into the Heritage and Stabilisation Fund.

Opposition energy spokesman Rishi Boodram said his party would ask for the full terms of each contract to be laid in Parliament.

“The population has a right to know what we are giving away,” Boodram said, “and for how long.”

The Oilfields Workers’ Trade Union (OWTU) welcomed the awards but warned that new operators must respect the right of workers to organise.

State-owned Heritage Petroleum Company Ltd said in a statement that it would hold a 20 per cent carried interest in one of the blocks, TTDAA 31, alongside the winning bidder.

An industry source, who asked not to be named, told the Guardian that at least one major had withdrawn from the round late last year because of low gas prices.

Despite years of talk about the “Atlantic frontier”, no commercial discovery has yet been made in the deepwater acreage.""", [
        Q("the winning bids carried work programmes worth more than US$1.2 billion over the first exploration phase",
          "indirect", "He", "Roger Maharaj-Joseph", speaker_at="He said the winning"),
        Q("“This is a strong vote of confidence in Trinidad and Tobago as an energy province,”", "direct",
          "Maharaj-Joseph", "Roger Maharaj-Joseph", speaker_at="Maharaj-Joseph said"),
        Q("“The majors do not come here for sentiment. They come because the geology is good and the terms are "
          "fair.”", "direct", "Maharaj-Joseph", "Roger Maharaj-Joseph", speaker_at="Maharaj-Joseph said"),
        Q("production sharing contracts for the blocks, which lie in the Atlantic east of Trinidad, would be signed by "
          "the end of March", "indirect", "The minister", "Roger Maharaj-Joseph"),
        Q("the seven blocks that drew no bids will be reoffered in a new round before the end of the year",
          "indirect", "the ministry", "Ministry of Energy and Energy Industries",
          speaker_at="According to the ministry"),
        Q("“modest at best”", "partial", "Anthony Lakhan-Greene", "Anthony Lakhan-Greene"),
        Q("“Six out of 13 is not a failure, but it is not the triumph that is being presented,”", "direct",
          "Lakhan-Greene", "Anthony Lakhan-Greene", speaker_at="Lakhan-Greene told"),
        Q("the ministry should publish how much of the signature bonuses would go into the Heritage and "
          "Stabilisation Fund", "indirect", "He", "Anthony Lakhan-Greene", speaker_at="He said the ministry"),
        Q("his party would ask for the full terms of each contract to be laid in Parliament", "indirect",
          "Rishi Boodram", "Rishi Boodram"),
        Q("“The population has a right to know what we are giving away,”", "direct", "Boodram", "Rishi Boodram",
          speaker_at="away,” Boodram said"),
        Q("“and for how long.”", "direct", "Boodram", "Rishi Boodram", speaker_at="away,” Boodram said"),
        Q("that new operators must respect the right of workers to organise", "indirect",
          "The Oilfields Workers’ Trade Union", "Oilfields Workers’ Trade Union"),
        Q("that it would hold a 20 per cent carried interest in one of the blocks, TTDAA 31, alongside the winning "
          "bidder", "indirect", "Heritage Petroleum Company Ltd", "Heritage Petroleum Company Ltd"),
        Q("that at least one major had withdrawn from the round late last year because of low gas prices", "indirect",
          "An industry source", None),
    ], source="blind"),
    Case("blind96-bs-bankmerger", """Two local banks agree to merge

Commonwealth Island Bank and Lucayan Savings & Trust have agreed to merge in a deal that would create the largest Bahamian-owned commercial bank, the two institutions announced yesterday.

In a joint statement, the banks said the combined entity would have total assets of about $2.1 billion and more than 60,000 customers across New Providence, Grand Bahama and the Family Islands.

The deal still requires the approval of the Central Bank of The Bahamas and of shareholders in both institutions.

Lucayan Savings & Trust chief executive Kendra Pinder-Rolle told The Nassau Guardian that no branches would close in the first year.

“Our customers in Eleuthera and Exuma should not worry. We are not going anywhere,” she said.

Pinder-Rolle, who is expected to become deputy CEO of the merged bank, said the two banks had been in talks since last summer.

Commonwealth Island Bank president Dwight Ferguson said scale had become essential as compliance costs rose.

“The regulatory burden on a bank our size is the same as on a bank ten times bigger,” Ferguson said. “Combining gives us the strength to invest in technology and still keep the personal touch Bahamians expect.”

The Bahamas Financial Services Union (BFSU) said it was seeking an urgent meeting with both banks. Union president Theodore Sands said his members had learned of the merger “on the radio like everybody else”.

“We are not against progress, but we want guarantees in writing,” Sands said. “Nobody should lose their job because two boards decided to shake hands.”

A Central Bank spokesperson said the regulator would review the application “in the normal course” and declined to comment further.

Economist Dr Carla Woodside, a lecturer at the University of The Bahamas, said the merger could increase competition with the Canadian-owned banks that dominate the market. However, she warned that smaller borrowers could face stricter lending criteria.

“When banks merge, the first thing that goes is the flexibility,” Woodside said.

Shares of Commonwealth Island Bank rose four percent on the Bahamas International Securities Exchange following the announcement.""", [
        Q("Commonwealth Island Bank and Lucayan Savings & Trust have agreed to merge in a deal that would create the "
          "largest Bahamian-owned commercial bank", "indirect", "the two institutions", None),
        Q("the combined entity would have total assets of about $2.1 billion and more than 60,000 customers across "
          "New Providence, Grand Bahama and the Family Islands", "indirect", "the banks", None,
          speaker_at="the banks said"),
        Q("that no branches would close in the first year", "indirect", "Kendra Pinder-Rolle", "Kendra Pinder-Rolle"),
        Q("“Our customers in Eleuthera and Exuma should not worry. We are not going anywhere,”", "direct", "she",
          "Kendra Pinder-Rolle", speaker_at="anywhere,” she said"),
        Q("the two banks had been in talks since last summer", "indirect", "Pinder-Rolle", "Kendra Pinder-Rolle",
          speaker_at="Pinder-Rolle, who"),
        Q("scale had become essential as compliance costs rose", "indirect", "Dwight Ferguson", "Dwight Ferguson"),
        Q("“The regulatory burden on a bank our size is the same as on a bank ten times bigger,”", "direct",
          "Ferguson", "Dwight Ferguson", speaker_at="bigger,” Ferguson said"),
        Q("“Combining gives us the strength to invest in technology and still keep the personal touch Bahamians "
          "expect.”", "direct", "Ferguson", "Dwight Ferguson", speaker_at="bigger,” Ferguson said"),
        Q("it was seeking an urgent meeting with both banks", "indirect", "The Bahamas Financial Services Union",
          "Bahamas Financial Services Union"),
        Q("“on the radio like everybody else”", "partial", "Theodore Sands", "Theodore Sands"),
        Q("“We are not against progress, but we want guarantees in writing,”", "direct", "Sands", "Theodore Sands",
          speaker_at="writing,” Sands said"),
        Q("“Nobody should lose their job because two boards decided to shake hands.”", "direct", "Sands",
          "Theodore Sands", speaker_at="writing,” Sands said"),
        Q("“in the normal course”", "partial", "A Central Bank spokesperson", None),
        Q("the merger could increase competition with the Canadian-owned banks that dominate the market", "indirect",
          "Carla Woodside", "Carla Woodside"),
        Q("that smaller borrowers could face stricter lending criteria", "indirect", "she", "Carla Woodside",
          speaker_at="she warned"),
        Q("“When banks merge, the first thing that goes is the flexibility,”", "direct", "Woodside", "Carla Woodside",
          speaker_at="Woodside said"),
    ], source="blind"),
    Case("blind96-bs-fuel", """Fuel shortage hits Family Islands as tanker delayed

SEVERAL Family Islands ran out of gasoline yesterday after a delayed tanker left importers unable to restock, with motorists in Abaco and Eleuthera reporting waits of more than an hour at the few stations still pumping.

Atlantic Petroleum Bahamas, one of the country's main fuel importers, said the vessel carrying its February cargo had been held up in the Gulf of Mexico by bad weather and was not expected in Nassau before Friday.

"We regret the inconvenience to our customers and are doing everything possible to get product to the islands," the company said in a statement.

Marsh Harbour service station owner Jerome Cartwright told The Tribune his pumps had been dry since Monday afternoon.

"People are coming from Cooper's Town, from Treasure Cay, and I have to send them back," he said. "The fishermen can't go out. The taxis can't work. Everything stops when the gas stops."

In North Eleuthera, a resident said some drivers had started buying gasoline in containers "at whatever price people ask".

Minister of Energy and Transport Alvin Munroe-Bethel said the government was monitoring the situation closely and had asked importers to give priority to the Family Islands.

He insisted there was "no national shortage", noting that stations in New Providence had enough stock for at least a week.

"This is a logistics problem, not a supply crisis," Mr Munroe-Bethel said. "We expect normal deliveries to resume by the weekend."

Opposition spokesman for energy Craig Knowles-Saunders said the shortage exposed the country's dependence on a handful of importers.

"Every hurricane season, every cold front, we hear the same story," he said. "When will this government put proper storage on the islands?"

Bahamas Petroleum Retailers Association president Lorraine Stubbs said some dealers had been rationed to half their usual allocation since January.

According to Mrs Stubbs, government price controls leave retailers with little room to absorb rising costs. She described dealers' margins as "next to nothing".

The Royal Bahamas Police Force said officers had been sent to stations in Abaco after reports of arguments in the lines.""", [
        Q("the vessel carrying its February cargo had been held up in the Gulf of Mexico by bad weather and was not "
          "expected in Nassau before Friday", "indirect", "Atlantic Petroleum Bahamas", "Atlantic Petroleum Bahamas"),
        Q('"We regret the inconvenience to our customers and are doing everything possible to get product to the '
          'islands,"', "direct", "the company", "Atlantic Petroleum Bahamas"),
        Q("his pumps had been dry since Monday afternoon", "indirect", "Jerome Cartwright", "Jerome Cartwright"),
        Q('"People are coming from Cooper\'s Town, from Treasure Cay, and I have to send them back,"', "direct", "he",
          "Jerome Cartwright", speaker_at='back," he said'),
        Q('"The fishermen can\'t go out. The taxis can\'t work. Everything stops when the gas stops."', "direct", "he",
          "Jerome Cartwright", speaker_at='back," he said'),
        Q('"at whatever price people ask"', "partial", "a resident", None),
        Q("the government was monitoring the situation closely and had asked importers to give priority to the Family "
          "Islands", "indirect", "Alvin Munroe-Bethel", "Alvin Munroe-Bethel"),
        Q('"no national shortage"', "partial", "He", "Alvin Munroe-Bethel", speaker_at="He insisted"),
        Q('"This is a logistics problem, not a supply crisis,"', "direct", "Munroe-Bethel", "Alvin Munroe-Bethel",
          speaker_at="Mr Munroe-Bethel said"),
        Q('"We expect normal deliveries to resume by the weekend."', "direct", "Munroe-Bethel", "Alvin Munroe-Bethel",
          speaker_at="Mr Munroe-Bethel said"),
        Q("the shortage exposed the country's dependence on a handful of importers", "indirect",
          "Craig Knowles-Saunders", "Craig Knowles-Saunders"),
        Q('"Every hurricane season, every cold front, we hear the same story,"', "direct", "he",
          "Craig Knowles-Saunders", speaker_at='story," he said'),
        Q('"When will this government put proper storage on the islands?"', "direct", "he", "Craig Knowles-Saunders",
          speaker_at='story," he said'),
        Q("some dealers had been rationed to half their usual allocation since January", "indirect", "Lorraine Stubbs",
          "Lorraine Stubbs"),
        Q("government price controls leave retailers with little room to absorb rising costs", "indirect", "Stubbs",
          "Lorraine Stubbs", speaker_at="According to Mrs Stubbs"),
        Q('"next to nothing"', "partial", "She", "Lorraine Stubbs", speaker_at="She described"),
        Q("officers had been sent to stations in Abaco after reports of arguments in the lines", "indirect",
          "The Royal Bahamas Police Force", "Royal Bahamas Police Force"),
    ], source="blind"),
    Case("blind96-ee-borderfence", """Border fence contract signed after four-month appeal

The Police and Border Guard Board (PPA) has signed a €48 million contract for the next 40-kilometer section of the eastern border fence, ending a four-month dispute with a losing bidder.

The section runs through Setomaa in Võru County and is due to be finished by the end of 2026, the PPA said on Wednesday.

The contract went to Lõunavärav Ehitus AS, a Tartu-based company whose bid was around €6 million lower than that of the runner-up, the consortium Baltic Perimeter.

Baltic Perimeter had challenged the result at the Public Procurement Review Committee, arguing that the winner lacked experience with projects of this size. The committee rejected the complaint in January.

"We have lost a lot of time, and time is exactly what we do not have on the eastern border," PPA deputy director general Margus Kuusik told ERR's "Aktuaalne kaamera" (AK). He said construction crews would start clearing the route as soon as the ground thawed.

Interior Minister Lauri Tammiste said the ministry expected the whole land border to be fenced by 2027.

"The fence is not a wall, and nobody thinks it will stop a determined person on its own," Tammiste said. "But it buys our border guards minutes, and minutes matter."

The chief executive of Lõunavärav Ehitus, Kristjan Pärn, said the company had hired around 60 additional workers for the project, many of them from Võru County.

"People here know the terrain better than anyone," he told daily Postimees.

Baltic Perimeter spokesperson Anneli Kivi said the consortium was "disappointed but not surprised." She said the consortium was considering whether to take the case to the administrative court.

Riigikogu member Helle-Mai Saar (Isamaa) criticized the delays, saying the state had known about the threat since 2021. "Every month of this procurement circus is a month of open border," she wrote on social media.

According to the National Audit Office, the cost of the first sections of the fence rose by nearly a third compared to initial estimates.

Local landowners in Setomaa have said they still have not received compensation for land taken for the project. "We were promised answers in autumn," one farmer told AK. "It is now February.\"""", [
        Q("The section runs through Setomaa in Võru County and is due to be finished by the end of 2026", "indirect",
          "the PPA", "Police and Border Guard Board", speaker_at="the PPA said"),
        Q("that the winner lacked experience with projects of this size", "indirect", "Baltic Perimeter",
          "Baltic Perimeter", speaker_at="Baltic Perimeter had challenged"),
        Q('"We have lost a lot of time, and time is exactly what we do not have on the eastern border,"', "direct",
          "Margus Kuusik", "Margus Kuusik"),
        Q("construction crews would start clearing the route as soon as the ground thawed", "indirect", "He",
          "Margus Kuusik", speaker_at="He said construction"),
        Q("the ministry expected the whole land border to be fenced by 2027", "indirect", "Lauri Tammiste",
          "Lauri Tammiste"),
        Q('"The fence is not a wall, and nobody thinks it will stop a determined person on its own,"', "direct",
          "Tammiste", "Lauri Tammiste", speaker_at='own," Tammiste said'),
        Q('"But it buys our border guards minutes, and minutes matter."', "direct", "Tammiste", "Lauri Tammiste",
          speaker_at='own," Tammiste said'),
        Q("the company had hired around 60 additional workers for the project, many of them from Võru County",
          "indirect", "Kristjan Pärn", "Kristjan Pärn"),
        Q('"People here know the terrain better than anyone,"', "direct", "he", "Kristjan Pärn",
          speaker_at="he told daily Postimees"),
        Q('"disappointed but not surprised."', "partial", "Anneli Kivi", "Anneli Kivi"),
        Q("the consortium was considering whether to take the case to the administrative court", "indirect", "She",
          "Anneli Kivi", speaker_at="She said the consortium"),
        Q("the state had known about the threat since 2021", "indirect", "Helle-Mai Saar", "Helle-Mai Saar"),
        Q('"Every month of this procurement circus is a month of open border,"', "direct", "she", "Helle-Mai Saar",
          speaker_at="she wrote"),
        Q("the cost of the first sections of the fence rose by nearly a third compared to initial estimates",
          "indirect", "the National Audit Office", "National Audit Office"),
        Q("they still have not received compensation for land taken for the project", "indirect",
          "Local landowners in Setomaa", None),
        Q('"We were promised answers in autumn,"', "direct", "one farmer", None),
        Q('"It is now February."', "direct", "one farmer", None),
    ], source="blind"),
    Case("blind96-ee-rector", """TalTech council elects materials scientist as new rector

The council of Tallinn University of Technology (TalTech) on Tuesday elected materials scientist Professor Kaja Leppik as the university's next rector, giving her a five-year term starting in August.

Leppik won 14 of the 21 votes cast, defeating economist Professor Rein Ojaste in a second round of voting, the university said in a press release.

"TalTech has to be the place where Estonia's next industries are invented, not just where engineers are trained for the existing ones," Leppik said after the result was announced.

She told ERR News that her first priority would be to stabilize funding for doctoral students, whose stipends she described as "embarrassingly low" compared to those in Finland.

Leppik also said she would push for more teaching in English at master's level, a subject that has divided the academic community in recent years.

Ojaste congratulated his rival and said he would continue as head of the School of Business and Governance. "The council made its choice, and I respect it," he said. "The university needs unity now more than anything."

The election comes at a difficult time for Estonian universities. Minister of Education and Research Mart Lainela said last week that the state could not promise a significant increase in higher education funding next year.

Jaak Tamm, chairman of the TalTech Student Union, said students had followed the campaign closely. "Both candidates took our questions seriously, which has not always been the case," he said.

According to Tamm, students are mainly concerned about dormitory prices and the availability of courses in Estonian.

Liina Raudsepp, a higher education researcher at Tallinn University, said the vote reflected a wider shift toward leaders with strong ties to industry.

"Universities are under pressure to show they create value for the economy, and a rector from the applied sciences sends exactly that signal," she said.

Outgoing rector Hendrik Voll, who did not run for a second term, called the election "a good example of academic democracy."

Leppik, 52, has led the university's Department of Materials and Environmental Technology since 2017.""", [
        Q("Leppik won 14 of the 21 votes cast, defeating economist Professor Rein Ojaste in a second round of voting",
          "indirect", "the university", "Tallinn University of Technology", speaker_at="the university said"),
        Q('"TalTech has to be the place where Estonia\'s next industries are invented, not just where engineers are '
          'trained for the existing ones,"', "direct", "Leppik", "Kaja Leppik", speaker_at="Leppik said after"),
        Q("that her first priority would be to stabilize funding for doctoral students", "indirect", "She",
          "Kaja Leppik", speaker_at="She told ERR News"),
        Q('"embarrassingly low"', "partial", "she", "Kaja Leppik", speaker_at="she described"),
        Q("she would push for more teaching in English at master's level", "indirect", "Leppik", "Kaja Leppik",
          speaker_at="Leppik also said"),
        Q("he would continue as head of the School of Business and Governance", "indirect", "Ojaste", "Rein Ojaste",
          speaker_at="Ojaste congratulated"),
        Q('"The council made its choice, and I respect it,"', "direct", "he", "Rein Ojaste",
          speaker_at='respect it," he said'),
        Q('"The university needs unity now more than anything."', "direct", "he", "Rein Ojaste",
          speaker_at='respect it," he said'),
        Q("that the state could not promise a significant increase in higher education funding next year",
          "indirect", "Mart Lainela", "Mart Lainela"),
        Q("students had followed the campaign closely", "indirect", "Jaak Tamm", "Jaak Tamm"),
        Q('"Both candidates took our questions seriously, which has not always been the case,"', "direct", "he",
          "Jaak Tamm", speaker_at='the case," he said'),
        Q("students are mainly concerned about dormitory prices and the availability of courses in Estonian",
          "indirect", "Tamm", "Jaak Tamm", speaker_at="According to Tamm"),
        Q("the vote reflected a wider shift toward leaders with strong ties to industry", "indirect",
          "Liina Raudsepp", "Liina Raudsepp"),
        Q('"Universities are under pressure to show they create value for the economy, and a rector from the applied '
          'sciences sends exactly that signal,"', "direct", "she", "Liina Raudsepp", speaker_at='signal," she said'),
        Q('"a good example of academic democracy."', "partial", "Hendrik Voll", "Hendrik Voll"),
    ], source="blind"),
    Case("blind96-lv-borderfence", """Auditors question cost of Belarus border fence deal

The State Audit Office says state-owned company State Real Estate (VNĪ) failed to properly justify the price of a €37 million contract for the final stretch of the fence on the Latvian-Belarusian border, Latvian Radio reported on April 10.

In an audit report published Wednesday, the auditors said VNĪ had accepted the only bid received without comparing it to market prices or to the cost of earlier sections.

"We do not claim that the fence is unnecessary. We claim that nobody can tell us whether the price was fair," Auditor General Inese Bērziņa-Kalniņa said at a press conference.

According to the report, the price per kilometer of the last section was almost 40% higher than that of the section built in 2022.

VNĪ board chairman Raivis Ozoliņš rejected the criticism, saying the price reflected difficult terrain, including swamps in Krāslava municipality, and higher steel prices after Russia's invasion of Ukraine.

"The auditors compare a road on dry land with a road through a bog," Ozoliņš told Latvian Television's "De Facto" program. "These are not the same job."

He said the company would nevertheless review the recommendations and respond within the deadline set by the auditors.

The contractor, SIA Robežbūve, said in a statement that it had fulfilled all obligations on time and that the work had been accepted by the State Border Guard.

Interior Minister Jānis Krūmiņš said the fence had proved its worth, pointing to a sharp drop in attempted illegal crossings since last summer.

The State Border Guard said 1,204 attempts to cross the border illegally were prevented in March, compared to more than 4,000 a year earlier.

Opposition deputy Kaspars Vītols (National Alliance) said the Saeima's Public Expenditure and Audit Committee would summon VNĪ officials next week.

"If there is nothing to hide, they will have no problem explaining every euro," he said.

The fence now covers about 90% of the 173-kilometer border with Belarus.""", [
        Q("state-owned company State Real Estate (VNĪ) failed to properly justify the price of a €37 million contract "
          "for the final stretch of the fence on the Latvian-Belarusian border", "indirect", "The State Audit Office",
          "State Audit Office"),
        Q("VNĪ had accepted the only bid received without comparing it to market prices or to the cost of earlier "
          "sections", "indirect", "the auditors", "State Audit Office", speaker_at="the auditors said"),
        Q('"We do not claim that the fence is unnecessary. We claim that nobody can tell us whether the price was '
          'fair,"', "direct", "Inese Bērziņa-Kalniņa", "Inese Bērziņa-Kalniņa"),
        Q("the price per kilometer of the last section was almost 40% higher than that of the section built in 2022",
          "indirect", "the report", "State Audit Office", speaker_at="According to the report"),
        Q("the price reflected difficult terrain, including swamps in Krāslava municipality, and higher steel prices "
          "after Russia's invasion of Ukraine", "indirect", "Raivis Ozoliņš", "Raivis Ozoliņš"),
        Q('"The auditors compare a road on dry land with a road through a bog,"', "direct", "Ozoliņš",
          "Raivis Ozoliņš", speaker_at="Ozoliņš told"),
        Q('"These are not the same job."', "direct", "Ozoliņš", "Raivis Ozoliņš", speaker_at="Ozoliņš told"),
        Q("the company would nevertheless review the recommendations and respond within the deadline set by the "
          "auditors", "indirect", "He", "Raivis Ozoliņš", speaker_at="He said the company"),
        Q("that it had fulfilled all obligations on time and that the work had been accepted by the State Border "
          "Guard", "indirect", "SIA Robežbūve", "SIA Robežbūve"),
        Q("the fence had proved its worth", "indirect", "Jānis Krūmiņš", "Jānis Krūmiņš"),
        Q("1,204 attempts to cross the border illegally were prevented in March, compared to more than 4,000 a year "
          "earlier", "indirect", "The State Border Guard", "State Border Guard"),
        Q("the Saeima's Public Expenditure and Audit Committee would summon VNĪ officials next week", "indirect",
          "Kaspars Vītols", "Kaspars Vītols"),
        Q('"If there is nothing to hide, they will have no problem explaining every euro,"', "direct", "he",
          "Kaspars Vītols"),
    ], source="blind"),
    Case("blind96-lv-bankmerger", """Daugava Bank and Kurzemes Banka to merge

Latvian lenders Daugava Bank and Kurzemes Banka have signed an agreement to merge, the banks announced on Monday, 3 March. The combined bank will operate under the Daugava Bank name and will have around 180,000 customers.

According to the banks, the deal is expected to be completed by the end of the year, subject to approval by Latvijas Banka and the Competition Council.

Daugava Bank chairman of the board Mārtiņš Liepiņš said the merger would allow the bank to offer lower loan rates to small and medium-sized companies.

"Latvian businesses have been telling us for years that it is too hard and too expensive to borrow here. A bigger local bank is part of the answer," Liepiņš said.

Kurzemes Banka CEO Dace Grīnberga told LETA that the bank's 14 branches in Kurzeme would remain open. "Our clients in Liepāja and Ventspils will see the same faces in the same offices," she said.

Shareholders of Kurzemes Banka will receive new Daugava Bank shares worth a total of EUR 62 million, BNN was informed by Kurzemes Banka.

The Competition Council said it had not yet received a notification about the deal and would assess it "in accordance with standard procedure."

Economist Ilze Rozenvalde of the Stockholm School of Economics in Riga said the merger would give the banks the scale needed to compete with the large Scandinavian-owned banks, which hold around 80% of the market.

"Latvia is over-dependent on three or four big foreign banks. Anything that adds real competition is good news," she said, adding that she expected further consolidation among smaller banks.

Finance Minister Valdis Kalniņš welcomed the deal, calling it "a sign of confidence in the Latvian economy."

Not everyone is convinced. Consumer rights activist Gatis Eglītis wrote on X that customers had heard promises of lower rates before.

"I will believe in cheaper loans when I see them," he wrote.

Daugava Bank was founded in 1992 and has 31 branches across Latvia.""", [
        Q("Latvian lenders Daugava Bank and Kurzemes Banka have signed an agreement to merge", "indirect", "the banks",
          None, speaker_at="the banks announced"),
        Q("the deal is expected to be completed by the end of the year, subject to approval by Latvijas Banka and the "
          "Competition Council", "indirect", "the banks", None, speaker_at="According to the banks"),
        Q("the merger would allow the bank to offer lower loan rates to small and medium-sized companies", "indirect",
          "Mārtiņš Liepiņš", "Mārtiņš Liepiņš"),
        Q('"Latvian businesses have been telling us for years that it is too hard and too expensive to borrow here. '
          'A bigger local bank is part of the answer,"', "direct", "Liepiņš", "Mārtiņš Liepiņš",
          speaker_at='answer," Liepiņš said'),
        Q("that the bank's 14 branches in Kurzeme would remain open", "indirect", "Dace Grīnberga", "Dace Grīnberga"),
        Q('"Our clients in Liepāja and Ventspils will see the same faces in the same offices,"', "direct", "she",
          "Dace Grīnberga", speaker_at='offices," she said'),
        Q("Shareholders of Kurzemes Banka will receive new Daugava Bank shares worth a total of EUR 62 million",
          "indirect", "Kurzemes Banka", "Kurzemes Banka", speaker_at="informed by Kurzemes Banka"),
        Q("it had not yet received a notification about the deal", "indirect", "The Competition Council",
          "Competition Council"),
        Q('"in accordance with standard procedure."', "partial", "The Competition Council", "Competition Council"),
        Q("the merger would give the banks the scale needed to compete with the large Scandinavian-owned banks, which "
          "hold around 80% of the market", "indirect", "Ilze Rozenvalde", "Ilze Rozenvalde"),
        Q('"Latvia is over-dependent on three or four big foreign banks. Anything that adds real competition is good '
          'news,"', "direct", "she", "Ilze Rozenvalde", speaker_at='news," she said'),
        Q("that she expected further consolidation among smaller banks", "indirect", "she", "Ilze Rozenvalde",
          speaker_at='news," she said'),
        Q('"a sign of confidence in the Latvian economy."', "partial", "Valdis Kalniņš", "Valdis Kalniņš"),
        Q("that customers had heard promises of lower rates before", "indirect", "Gatis Eglītis", "Gatis Eglītis"),
        Q('"I will believe in cheaper loans when I see them,"', "direct", "he", "Gatis Eglītis"),
    ], source="blind"),
    Case("blind96-lv-rector", """University of Latvia fails to elect rector in first round

The University of Latvia (LU) Constitutional Assembly failed to elect a new rector on May 14, as none of the three candidates received the required majority, Latvian Radio reported.

Physicist Arnis Zariņš received 142 votes, historian Sandra Veide 131 and lawyer Kristaps Balodis 67. A second round between Zariņš and Veide will take place on May 21, the university said.

"It is a close race, and that is healthy for the university," Zariņš told journalists after the vote. "It shows that people care about where LU is going."

Veide said she was "encouraged" by the result. She said her campaign would now focus on the faculties of natural sciences.

Balodis, who came third, said he would not endorse either candidate. "My voters are intelligent people and can make their own decision," he said.

The election has been overshadowed by the university's financial troubles. According to LU's annual report, the university ended last year with a deficit of €4.3 million.

Education and Science Minister Ieva Liepiņa said the ministry would respect the assembly's choice. The new rector will be expected to present "a realistic plan" for the university's finances within six months, she told LSM.

The new rector must also be confirmed by the Cabinet of Ministers.

The LU Student Council said in a statement that students expected the next rector to make dormitory renovation a priority.

Student Council chairwoman Elza Kronberga said the students' representatives in the assembly had not agreed on a common candidate.

"We are not a bloc. Everyone votes according to their conscience," Kronberga said.

The winner of the second round will take office on August 1 for a five-year term.""", [
        Q("The University of Latvia (LU) Constitutional Assembly failed to elect a new rector on May 14, as none of "
          "the three candidates received the required majority", "indirect", "Latvian Radio", "Latvian Radio"),
        Q("A second round between Zariņš and Veide will take place on May 21", "indirect", "the university",
          "University of Latvia", speaker_at="the university said"),
        Q('"It is a close race, and that is healthy for the university,"', "direct", "Zariņš", "Arnis Zariņš",
          speaker_at="Zariņš told"),
        Q('"It shows that people care about where LU is going."', "direct", "Zariņš", "Arnis Zariņš",
          speaker_at="Zariņš told"),
        Q('"encouraged"', "partial", "Veide", "Sandra Veide", speaker_at="Veide said"),
        Q("her campaign would now focus on the faculties of natural sciences", "indirect", "She", "Sandra Veide",
          speaker_at="She said her"),
        Q("he would not endorse either candidate", "indirect", "Balodis", "Kristaps Balodis",
          speaker_at="Balodis, who came third"),
        Q('"My voters are intelligent people and can make their own decision,"', "direct", "he", "Kristaps Balodis",
          speaker_at='decision," he said'),
        Q("the university ended last year with a deficit of €4.3 million", "indirect", "LU's annual report",
          "University of Latvia"),
        Q("the ministry would respect the assembly's choice", "indirect", "Ieva Liepiņa", "Ieva Liepiņa"),
        Q('"a realistic plan"', "partial", "she", "Ieva Liepiņa", speaker_at="she told LSM"),
        Q("that students expected the next rector to make dormitory renovation a priority", "indirect",
          "The LU Student Council", "LU Student Council"),
        Q("the students' representatives in the assembly had not agreed on a common candidate", "indirect",
          "Elza Kronberga", "Elza Kronberga"),
        Q('"We are not a bloc. Everyone votes according to their conscience,"', "direct", "Kronberga",
          "Elza Kronberga", speaker_at='conscience," Kronberga said'),
    ], source="blind"),
    Case("blind96-qld-crocinquest", """Croc warning sign missing at fatal swimming hole, inquest told

The Cairns Coroners Court has begun examining why a crocodile warning sign at the Daintree swimming hole where a Cairns man was killed was never replaced after it washed away.

The inquest into the death of Jarrod Pezzutti, 34, who was taken by a 4.2m saltwater crocodile at Cooper Creek in March 2024, opened on Monday before Coroner Jane Bentley.

Counsel assisting the coroner, Michael Hennessy, told the court that the sign had been knocked down during flooding from Cyclone Jasper in December 2023.

“There was, on the evidence, nothing at that location on the day to tell a visitor that they were entering crocodile habitat,” Mr Hennessy said.

Mr Pezzutti’s partner, Shanae Mooney, gave evidence that the couple had swum at the creek “dozens of times” without seeing a crocodile.

“We thought it was a freshwater spot. Everyone local swims there,” she told the court. “Jarrod went in first, like he always did.

“I looked down at my phone for a second and when I looked up he was gone.”

A senior wildlife officer with the Department of Environment, Tourism, Science and Innovation, Craig Ashby, said the department had a program to replace damaged signs after the cyclone but conceded Cooper Creek had been missed.

“It should have been picked up. I accept that,” Mr Ashby said under cross-examination.

He said the department had received no reports of a large crocodile in the creek in the two years before the attack.

The department said in a written submission that it now audits signage at 240 high-risk sites every six months, and that its “Be Crocwise” campaign would be expanded to holiday rentals in the Daintree.

A Queensland Parks and Wildlife Service ranger, who cannot be named for legal reasons, told the court crocodiles were moving further into freshwater creeks as their numbers recovered.

Outside court, Douglas Shire Council Mayor Robyn Castellani told the Cairns Post that the council had asked the state for years to take responsibility for signs along the creek.

“We are not the crocodile managers. The state is,” she said.

The inquest continues on Wednesday.""", [
        Q("that the sign had been knocked down during flooding from Cyclone Jasper in December 2023", "indirect",
          "Michael Hennessy", "Michael Hennessy"),
        Q("“There was, on the evidence, nothing at that location on the day to tell a visitor that they were entering "
          "crocodile habitat,”", "direct", "Hennessy", "Michael Hennessy", speaker_at="Mr Hennessy said"),
        Q("“dozens of times”", "partial", "Shanae Mooney", "Shanae Mooney"),
        Q("“We thought it was a freshwater spot. Everyone local swims there,”", "direct", "she", "Shanae Mooney",
          speaker_at="she told the court"),
        Q("“Jarrod went in first, like he always did.", "direct", "she", "Shanae Mooney",
          speaker_at="she told the court"),
        Q("“I looked down at my phone for a second and when I looked up he was gone.”", "direct", "she",
          "Shanae Mooney", speaker_at="she told the court"),
        Q("the department had a program to replace damaged signs after the cyclone", "indirect", "Craig Ashby",
          "Craig Ashby"),
        Q("Cooper Creek had been missed", "indirect", "Craig Ashby", "Craig Ashby"),
        Q("“It should have been picked up. I accept that,”", "direct", "Ashby", "Craig Ashby",
          speaker_at="Mr Ashby said"),
        Q("the department had received no reports of a large crocodile in the creek in the two years before the "
          "attack", "indirect", "He", "Craig Ashby", speaker_at="He said the department"),
        Q("that it now audits signage at 240 high-risk sites every six months, and that its “Be Crocwise” campaign "
          "would be expanded to holiday rentals in the Daintree", "indirect", "The department",
          "Department of Environment, Tourism, Science and Innovation", speaker_at="The department said"),
        Q("crocodiles were moving further into freshwater creeks as their numbers recovered", "indirect",
          "A Queensland Parks and Wildlife Service ranger", None),
        Q("that the council had asked the state for years to take responsibility for signs along the creek",
          "indirect", "Robyn Castellani", "Robyn Castellani"),
        Q("“We are not the crocodile managers. The state is,”", "direct", "she", "Robyn Castellani",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind96-qld-cattletick", """Cattle ticks found on Springsure property inside tick-free zone

Biosecurity Queensland has placed movement restrictions on a cattle property near Springsure after cattle ticks were detected inside the tick-free zone for the first time in more than a decade.

A department spokesperson said the ticks were found during a routine inspection of cattle being prepared for sale on February 12.

"The property is now under a biosecurity emergency order and no cattle can leave without inspection and treatment," the spokesperson said.

Queensland chief biosecurity officer Dr Helen Vardanega said tracing was under way to find out how the ticks had arrived, and neighbouring properties would be inspected over the coming week.

"We are taking this very seriously. Cattle ticks and the tick fever they carry can cost producers dearly," she said.

Property owner Darren Kirkegard told The Morning Bulletin he was "gutted" by the detection.

"We have done everything right for 30 years. We dip, we check, we keep records," Mr Kirkegard said. "Now I've got 900 head I can't sell and a sale booked for next month."

He said the ticks had most likely come in on cattle bought from a saleyard in the infested zone in December.

AgForce cattle board president Tom Everingham described the detection as "a wake-up call" for the whole industry.

"Every producer in the Central Highlands should be checking their cattle this week," he said.

According to AgForce, an outbreak of tick fever in the free zone could cost the industry millions of dollars in treatment and lost sales.

Central Highlands Regional Council Mayor Greg Jeffers said the council would support affected landholders.

Emerald Veterinary Clinic's Dr Sam Nguyen said owners should look for ticks around the tail, ears and udder.

"If in doubt, call us or call Biosecurity Queensland. Don't wait," Dr Nguyen said.

The tick line, which separates the infested and free zones, has been in place in various forms since the early 1900s. Producers can report suspected ticks by calling 13 25 23.""", [
        Q("the ticks were found during a routine inspection of cattle being prepared for sale on February 12",
          "indirect", "A department spokesperson", None),
        Q('"The property is now under a biosecurity emergency order and no cattle can leave without inspection and '
          'treatment,"', "direct", "the spokesperson", None),
        Q("tracing was under way to find out how the ticks had arrived, and neighbouring properties would be inspected "
          "over the coming week", "indirect", "Helen Vardanega", "Helen Vardanega"),
        Q('"We are taking this very seriously. Cattle ticks and the tick fever they carry can cost producers dearly,"',
          "direct", "she", "Helen Vardanega", speaker_at="she said"),
        Q('"gutted"', "partial", "Darren Kirkegard", "Darren Kirkegard"),
        Q('"We have done everything right for 30 years. We dip, we check, we keep records,"', "direct", "Kirkegard",
          "Darren Kirkegard", speaker_at="Mr Kirkegard said"),
        Q('"Now I\'ve got 900 head I can\'t sell and a sale booked for next month."', "direct", "Kirkegard",
          "Darren Kirkegard", speaker_at="Mr Kirkegard said"),
        Q("the ticks had most likely come in on cattle bought from a saleyard in the infested zone in December",
          "indirect", "He", "Darren Kirkegard", speaker_at="He said the ticks"),
        Q('"a wake-up call"', "partial", "Tom Everingham", "Tom Everingham"),
        Q('"Every producer in the Central Highlands should be checking their cattle this week,"', "direct", "he",
          "Tom Everingham", speaker_at='week," he said'),
        Q("an outbreak of tick fever in the free zone could cost the industry millions of dollars in treatment and "
          "lost sales", "indirect", "AgForce", "AgForce", speaker_at="According to AgForce"),
        Q("the council would support affected landholders", "indirect", "Greg Jeffers", "Greg Jeffers"),
        Q("owners should look for ticks around the tail, ears and udder", "indirect", "Sam Nguyen", "Sam Nguyen"),
        Q('"If in doubt, call us or call Biosecurity Queensland. Don\'t wait,"', "direct", "Nguyen", "Sam Nguyen",
          speaker_at="Dr Nguyen said"),
    ], source="blind"),
    Case("blind96-qld-carnival", """Carnival of Flowers funding row erupts at council

A bitter row over the funding of the Toowoomba Carnival of Flowers has split Toowoomba Regional Council, with the mayor and several councillors trading blows over the city’s signature event.

At Tuesday’s budget meeting, council voted 6-5 to cut the carnival’s annual grant by $350,000 to $1.1 million as part of a push to rein in spending.

Mayor Brendan Kruger said the cut was “painful but necessary” after the council’s costs for roads and water rose by more than 12 per cent.

“Ratepayers have told us loud and clear they want the basics done first,” Cr Kruger said. “The carnival will still be a great event. It just has to cut its cloth like everyone else.”

Cr Tania Kajewski, who voted against the cut, called it “short-sighted”.

According to Cr Kajewski, the carnival brings more than $40 million into the region’s economy each September and fills almost every motel room in the city.

“You don’t save money by starving the one event that puts Toowoomba on the national map,” she said.

Toowoomba Chamber of Commerce chief executive Lisa Freier told The Chronicle that businesses had not been consulted.

“Retailers and cafes were counting on that event,” Ms Freier said.

Carnival director Nick Bowden said organisers would look to sponsors to fill the gap, but warned that some free events could be scaled back.

He said organisers had already cut costs in each of the past two years.

“We’ve trimmed everything we can trim,” Mr Bowden said. “The next cuts will be ones the public notices.”

The carnival’s “Grand Central Floral Parade” drew about 100,000 people to the city last September.

A council spokesman said the budget would be finalised at a special meeting on June 27.

Residents at the meeting were divided. One retiree, who did not want to be named, said the council should “fix the potholes first”. Another, Highfields resident Margaret Dunn, said the carnival was “the heart of this town”.""", [
        Q("“painful but necessary”", "partial", "Brendan Kruger", "Brendan Kruger"),
        Q("“Ratepayers have told us loud and clear they want the basics done first,”", "direct", "Kruger",
          "Brendan Kruger", speaker_at="Cr Kruger said"),
        Q("“The carnival will still be a great event. It just has to cut its cloth like everyone else.”", "direct",
          "Kruger", "Brendan Kruger", speaker_at="Cr Kruger said"),
        Q("“short-sighted”", "partial", "Tania Kajewski", "Tania Kajewski"),
        Q("the carnival brings more than $40 million into the region’s economy each September and fills almost every "
          "motel room in the city", "indirect", "Kajewski", "Tania Kajewski", speaker_at="According to Cr Kajewski"),
        Q("“You don’t save money by starving the one event that puts Toowoomba on the national map,”", "direct", "she",
          "Tania Kajewski", speaker_at="she said"),
        Q("that businesses had not been consulted", "indirect", "Lisa Freier", "Lisa Freier"),
        Q("“Retailers and cafes were counting on that event,”", "direct", "Freier", "Lisa Freier",
          speaker_at="Ms Freier said"),
        Q("organisers would look to sponsors to fill the gap", "indirect", "Nick Bowden", "Nick Bowden"),
        Q("that some free events could be scaled back", "indirect", "Nick Bowden", "Nick Bowden"),
        Q("organisers had already cut costs in each of the past two years", "indirect", "He", "Nick Bowden",
          speaker_at="He said organisers"),
        Q("“We’ve trimmed everything we can trim,”", "direct", "Bowden", "Nick Bowden", speaker_at="Mr Bowden said"),
        Q("“The next cuts will be ones the public notices.”", "direct", "Bowden", "Nick Bowden",
          speaker_at="Mr Bowden said"),
        Q("the budget would be finalised at a special meeting on June 27", "indirect", "A council spokesman", None),
        Q("“fix the potholes first”", "partial", "One retiree", None),
        Q("“the heart of this town”", "partial", "Margaret Dunn", "Margaret Dunn"),
    ], source="blind"),
    Case("blind96-ss-oilblock", """Petroleum ministry signs Block B3 deal with little-known firm

JUBA - The Ministry of Petroleum has signed an exploration and production sharing agreement for Block B3 in Jonglei State with a little-known company, drawing criticism from civil society groups who say the process was not transparent.

Speaking to Radio Tamazuj on Tuesday, the Undersecretary in the Ministry of Petroleum, Daniel Ajak Deng, said the agreement with Equatoria Horizon Energy Ltd was signed last week. He described the talks with the company as "lengthy but fruitful."

"The company has shown us that it has the money and the technical partners to begin seismic work within twelve months," Ajak said. "We cannot leave our blocks idle forever while our people are suffering."

He said the state-owned Nile Petroleum Corporation (Nilepet) would hold a 20 percent stake in the block.

According to the official, the signing bonus paid by the company will be deposited in the account of the Ministry of Finance and Planning.

However, the executive director of the South Sudan Extractives Transparency Initiative, Gatluak Ruach Nyuon, said the public had not been told who owns the company.

"South Sudanese deserve to know who they are giving their oil to. Where is the tender? Where was the advertisement?" he asked.

Nyuon said the Petroleum Act of 2012 requires blocks to be awarded through competitive bidding, except in exceptional circumstances.

He said his organization would write to the Transitional National Legislative Assembly to request that the agreement be tabled.

A member of parliament from Jonglei State, Hon. Mary Nyandeng Kuol, told Radio Tamazuj that communities in the block area had not been consulted.

"Our people in Pigi and Fangak have seen what oil did in Unity State. The pollution, the sickness. They want to be involved from the start," she said.

Efforts to reach Equatoria Horizon Energy for comment were unsuccessful. A company website lists an office in Nairobi but gives no names of directors.

Block B3 was once part of the larger Block B, which was split into three blocks in 2012.

The ministry said last month that oil production had fallen to about 90,000 barrels per day after damage to the export pipeline in Sudan.""", [
        Q("the process was not transparent", "indirect", "civil society groups", None),
        Q("the agreement with Equatoria Horizon Energy Ltd was signed last week", "indirect", "Daniel Ajak Deng",
          "Daniel Ajak Deng"),
        Q('"lengthy but fruitful."', "partial", "He", "Daniel Ajak Deng", speaker_at="He described"),
        Q('"The company has shown us that it has the money and the technical partners to begin seismic work within '
          'twelve months,"', "direct", "Ajak", "Daniel Ajak Deng", speaker_at="Ajak said"),
        Q('"We cannot leave our blocks idle forever while our people are suffering."', "direct", "Ajak",
          "Daniel Ajak Deng", speaker_at="Ajak said"),
        Q("the state-owned Nile Petroleum Corporation (Nilepet) would hold a 20 percent stake in the block",
          "indirect", "He", "Daniel Ajak Deng", speaker_at="He said the state-owned"),
        Q("the signing bonus paid by the company will be deposited in the account of the Ministry of Finance and "
          "Planning", "indirect", "the official", "Daniel Ajak Deng", speaker_at="According to the official"),
        Q("the public had not been told who owns the company", "indirect", "Gatluak Ruach Nyuon",
          "Gatluak Ruach Nyuon"),
        Q('"South Sudanese deserve to know who they are giving their oil to. Where is the tender? Where was the '
          'advertisement?"', "direct", "he", "Gatluak Ruach Nyuon", speaker_at="he asked"),
        Q("the Petroleum Act of 2012 requires blocks to be awarded through competitive bidding, except in exceptional "
          "circumstances", "indirect", "Nyuon", "Gatluak Ruach Nyuon", speaker_at="Nyuon said"),
        Q("his organization would write to the Transitional National Legislative Assembly to request that the "
          "agreement be tabled", "indirect", "He", "Gatluak Ruach Nyuon", speaker_at="He said his organization"),
        Q("that communities in the block area had not been consulted", "indirect", "Mary Nyandeng Kuol",
          "Mary Nyandeng Kuol"),
        Q('"Our people in Pigi and Fangak have seen what oil did in Unity State. The pollution, the sickness. They '
          'want to be involved from the start,"', "direct", "she", "Mary Nyandeng Kuol", speaker_at="she said"),
        Q("oil production had fallen to about 90,000 barrels per day after damage to the export pipeline in Sudan",
          "indirect", "The ministry", "Ministry of Petroleum", speaker_at="The ministry said"),
    ], source="blind"),
    Case("blind96-ss-fuel", """Fuel crisis deepens in Juba as tankers stuck at Nimule

Long queues have returned to petrol stations in Juba as fuel tankers remain stuck at the Nimule border crossing, with motorists saying they have spent entire nights waiting.

A litre of petrol was selling for as much as 8,000 South Sudanese pounds on the black market on Wednesday, nearly double the official pump price.

The chairperson of the South Sudan Fuel Traders Union, James Lual Akech, told Eye Radio that more than 300 tankers had been waiting at Nimule for over a week.

“The trucks are there, the fuel is there, but the clearance is not moving,” Akech said. “Every day the drivers are paying for food and security while they wait.

“If this continues, the stations in Juba will be completely dry by the weekend.”

He said the delay was caused by new electronic clearance procedures introduced by the National Revenue Authority (NRA).

In a statement, the NRA said the new system was meant to stop fuel smuggling. It said teething problems at Nimule had been resolved. Clearance times, the authority said, would “normalise within 48 hours.”

Minister of Trade and Industry Abraham Makoi Bol said the government had agreed with Ugandan authorities to extend working hours at the border.

“I have been here since 4 a.m.,” said Peter Lado, a boda boda rider queuing at a station in Gudele. “If I don’t work, my children don’t eat.”

Another driver, who preferred to remain anonymous, said some station owners were hoarding fuel to sell on the black market.

Juba City Council spokesperson Rose Keji said inspectors would visit stations to check for hoarding.

Economist Dr. Nyok Garang Mabior of the University of Juba described the country’s dependence on imported fuel as “a national embarrassment.”

“We export crude and import petrol. Until the refinery in Bentiu works at full capacity, we will keep having these crises,” he said.

South Sudan imports most of its refined fuel by road through Uganda and Kenya.""", [
        Q("they have spent entire nights waiting", "indirect", "motorists", None),
        Q("that more than 300 tankers had been waiting at Nimule for over a week", "indirect", "James Lual Akech",
          "James Lual Akech"),
        Q("“The trucks are there, the fuel is there, but the clearance is not moving,”", "direct", "Akech",
          "James Lual Akech", speaker_at="Akech said"),
        Q("“Every day the drivers are paying for food and security while they wait.", "direct", "Akech",
          "James Lual Akech", speaker_at="Akech said"),
        Q("“If this continues, the stations in Juba will be completely dry by the weekend.”", "direct", "Akech",
          "James Lual Akech", speaker_at="Akech said"),
        Q("the delay was caused by new electronic clearance procedures introduced by the National Revenue Authority "
          "(NRA)", "indirect", "He", "James Lual Akech", speaker_at="He said the delay"),
        Q("the new system was meant to stop fuel smuggling", "indirect", "the NRA", "National Revenue Authority",
          speaker_at="the NRA said"),
        Q("teething problems at Nimule had been resolved", "indirect", "It", "National Revenue Authority",
          speaker_at="It said teething"),
        Q("“normalise within 48 hours.”", "partial", "the authority", "National Revenue Authority"),
        Q("the government had agreed with Ugandan authorities to extend working hours at the border", "indirect",
          "Abraham Makoi Bol", "Abraham Makoi Bol"),
        Q("“I have been here since 4 a.m.,”", "direct", "Peter Lado", "Peter Lado"),
        Q("“If I don’t work, my children don’t eat.”", "direct", "Peter Lado", "Peter Lado"),
        Q("some station owners were hoarding fuel to sell on the black market", "indirect", "Another driver", None),
        Q("inspectors would visit stations to check for hoarding", "indirect", "Rose Keji", "Rose Keji"),
        Q("“a national embarrassment.”", "partial", "Nyok Garang Mabior", "Nyok Garang Mabior"),
        Q("“We export crude and import petrol. Until the refinery in Bentiu works at full capacity, we will keep "
          "having these crises,”", "direct", "he", "Nyok Garang Mabior", speaker_at="he said"),
    ], source="blind"),
    Case("blind96-ss-cattletick", """Tick-borne diseases kill hundreds of cattle in Lakes State

RUMBEK – At least 600 head of cattle have died in the past month in Cueibet and Rumbek North counties of Lakes State following an outbreak of tick-borne diseases, local officials have said.

Most of the deaths were reported in cattle camps, known as “wut” in Dinka, along the toch grazing lands near the Nile swamps.

The Director General of the state Ministry of Animal Resources and Fisheries, Dr. Makur Mabor Chol, told Sudans Post on Monday that East Coast Fever and anaplasmosis had been confirmed in samples sent to the veterinary laboratory in Juba.

“The ticks are everywhere now because of the heavy rains and flooding. Cattle keepers are losing animals every day,” Dr. Makur said.

He said the ministry had received acaricides for only about 10,000 animals, far below what is needed.

According to Dr. Makur, the cattle population in the two counties is estimated at more than 400,000.

A cattle camp leader in Cueibet, Majok Anyuon, said families were selling animals cheaply before they died.

“A bull that was 300,000 pounds last year, now people sell it for 80,000 because they fear it will die tomorrow,” Anyuon said. “This is our bank. When the cattle die, our money dies.”

The Food and Agriculture Organization (FAO) said in a statement that it was working with the national Ministry of Livestock and Fisheries to deliver veterinary supplies to the affected areas.

An FAO official in Rumbek, who was not authorised to speak to the media, said supplies could take two weeks to arrive because roads had been cut by floods.

Cueibet County Commissioner Abraham Ater Makuei said cattle keepers must isolate sick animals and report deaths to veterinary officers.

“We are also asking our people not to move animals to other counties. That is how the disease spreads,” he said.

Community animal health worker Rebecca Aluel Deng said many cattle keepers were using traditional remedies because they could not afford drugs.

“The drugs in the market are sometimes fake. People buy, they spray, and nothing happens,” she said.

Cattle are the main source of wealth in Lakes State and are used to pay dowries and settle disputes.""", [
        Q("At least 600 head of cattle have died in the past month in Cueibet and Rumbek North counties of Lakes State "
          "following an outbreak of tick-borne diseases", "indirect", "local officials", None),
        Q("that East Coast Fever and anaplasmosis had been confirmed in samples sent to the veterinary laboratory in "
          "Juba", "indirect", "Makur Mabor Chol", "Makur Mabor Chol"),
        Q("“The ticks are everywhere now because of the heavy rains and flooding. Cattle keepers are losing animals "
          "every day,”", "direct", "Makur", "Makur Mabor Chol", speaker_at="Dr. Makur said"),
        Q("the ministry had received acaricides for only about 10,000 animals, far below what is needed", "indirect",
          "He", "Makur Mabor Chol", speaker_at="He said the ministry"),
        Q("the cattle population in the two counties is estimated at more than 400,000", "indirect", "Makur",
          "Makur Mabor Chol", speaker_at="According to Dr. Makur"),
        Q("families were selling animals cheaply before they died", "indirect", "Majok Anyuon", "Majok Anyuon"),
        Q("“A bull that was 300,000 pounds last year, now people sell it for 80,000 because they fear it will die "
          "tomorrow,”", "direct", "Anyuon", "Majok Anyuon", speaker_at="tomorrow,” Anyuon said"),
        Q("“This is our bank. When the cattle die, our money dies.”", "direct", "Anyuon", "Majok Anyuon",
          speaker_at="tomorrow,” Anyuon said"),
        Q("that it was working with the national Ministry of Livestock and Fisheries to deliver veterinary supplies "
          "to the affected areas", "indirect", "The Food and Agriculture Organization",
          "Food and Agriculture Organization"),
        Q("supplies could take two weeks to arrive because roads had been cut by floods", "indirect",
          "An FAO official in Rumbek", None),
        Q("cattle keepers must isolate sick animals and report deaths to veterinary officers", "indirect",
          "Abraham Ater Makuei", "Abraham Ater Makuei"),
        Q("“We are also asking our people not to move animals to other counties. That is how the disease spreads,”",
          "direct", "he", "Abraham Ater Makuei", speaker_at="spreads,” he said"),
        Q("many cattle keepers were using traditional remedies because they could not afford drugs", "indirect",
          "Rebecca Aluel Deng", "Rebecca Aluel Deng"),
        Q("“The drugs in the market are sometimes fake. People buy, they spray, and nothing happens,”", "direct",
          "she", "Rebecca Aluel Deng", speaker_at="happens,” she said"),
    ], source="blind"),
    Case("blind96-ee-bankmerger", """Saare Pank to buy fintech lender Nordwind in €85m deal

Saare Pank, Estonia’s fourth-largest domestic bank, has agreed to buy the consumer lender Nordwind Finance for €85 million in cash and shares, the two companies said on Thursday.

The deal will add about 140,000 customers in Estonia, Latvia and Finland to Saare Pank’s books, the bank said in a stock exchange announcement on Nasdaq Tallinn.

‘Nordwind has built the best mobile lending platform in the region, and we have the balance sheet to grow it,’ said Saare Pank chief executive Tarmo Vaher. ‘Together we can compete with the Nordic banks on service, not only on price.’

Vaher said the bank planned to keep the Nordwind brand for at least two years. He described the purchase as ‘the most important step in our 30-year history’.

Nordwind’s founder and chief executive, Kerli Sepp, who will join Saare Pank’s management board, said the company had been looking for a banking partner since interest rates began to rise in 2022.

‘A fintech without a banking licence pays too much for its funding. That is simply the maths,’ Sepp told Estonian World.

Nordwind’s ‘Pay in Three’ service, which lets shoppers split online purchases into instalments, has about 60,000 active users.

The transaction must be approved by the Financial Supervision and Resolution Authority (Finantsinspektsioon) and the Estonian Competition Authority.

A spokesperson for Finantsinspektsioon said the authority did not comment on individual applications but would assess the deal ‘within the statutory deadlines’.

Analysts gave the deal a mixed reception. Mihkel Kask, an analyst at the Tallinn brokerage Kuldne Kapital, said the price looked ‘reasonable but not cheap’.

According to Kask, investors will want to see evidence that Saare Pank can keep Nordwind’s loan losses under control as the economy slows.

On social media, some Nordwind customers asked whether the terms of their loans would change. A Nordwind spokesperson said existing contracts would remain unchanged.

Saare Pank shares rose 3.2 per cent in Tallinn on Thursday.""", [
        Q("Saare Pank, Estonia’s fourth-largest domestic bank, has agreed to buy the consumer lender Nordwind Finance "
          "for €85 million in cash and shares", "indirect", "the two companies", None),
        Q("The deal will add about 140,000 customers in Estonia, Latvia and Finland to Saare Pank’s books", "indirect",
          "the bank", "Saare Pank", speaker_at="the bank said"),
        Q("‘Nordwind has built the best mobile lending platform in the region, and we have the balance sheet to grow "
          "it,’", "direct", "Tarmo Vaher", "Tarmo Vaher"),
        Q("‘Together we can compete with the Nordic banks on service, not only on price.’", "direct", "Tarmo Vaher",
          "Tarmo Vaher"),
        Q("the bank planned to keep the Nordwind brand for at least two years", "indirect", "Vaher", "Tarmo Vaher",
          speaker_at="Vaher said"),
        Q("‘the most important step in our 30-year history’", "partial", "He", "Tarmo Vaher",
          speaker_at="He described"),
        Q("the company had been looking for a banking partner since interest rates began to rise in 2022", "indirect",
          "Kerli Sepp", "Kerli Sepp"),
        Q("‘A fintech without a banking licence pays too much for its funding. That is simply the maths,’", "direct",
          "Sepp", "Kerli Sepp", speaker_at="Sepp told"),
        Q("the authority did not comment on individual applications", "indirect",
          "A spokesperson for Finantsinspektsioon", None),
        Q("‘within the statutory deadlines’", "partial", "A spokesperson for Finantsinspektsioon", None),
        Q("‘reasonable but not cheap’", "partial", "Mihkel Kask", "Mihkel Kask"),
        Q("investors will want to see evidence that Saare Pank can keep Nordwind’s loan losses under control as the "
          "economy slows", "indirect", "Kask", "Mihkel Kask", speaker_at="According to Kask"),
        Q("whether the terms of their loans would change", "indirect", "some Nordwind customers", None),
        Q("existing contracts would remain unchanged", "indirect", "A Nordwind spokesperson", None),
    ], source="blind"),
]
