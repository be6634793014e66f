"""Blind gold set 91: short news articles from many outlets, written once.

Written without looking at the pretagger or at the other gold sets: fresh articles in the house styles of Sri Lankan
business papers, Welsh Valleys weeklies, Senegalese and Ivorian English-language wires and Alberta and Saskatchewan
local dailies, with every quote annotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind91-tea-levy", """Exporters slam proposed Rs. 10 per kilo tea export levy

The Tea Exporters Association (TEA) yesterday called on the Government to scrap a proposed Rs. 10 per kilo levy on bulk tea exports, warning that the charge would erode Sri Lanka’s competitiveness in key Middle Eastern and Russian markets.

The levy, announced in the Budget last month, is expected to raise about Rs. 3 billion a year for a replanting fund under the Government’s “Ceylon Tea 2030” revival plan, according to Treasury officials.

“At a time when Kenya is selling comparable grades at a discount, adding another cost on top of the existing cess is simply self-defeating,” TEA Chairman Shehan Wijesuriya told the Daily FT.

Wijesuriya said exporters had not been consulted before the proposal was announced. “We read about it in the Budget speech like everyone else,” he said. “Nobody picked up the phone.”

He added that bulk shipments, which account for nearly half of export volumes, operated on margins of less than 3%.

Plantation Industries Minister Mahinda Jayasekera defended the measure, insisting that the money would go directly back into the industry. “Every rupee collected will be spent on replanting and on improving yields for smallholders,” the Minister told Parliament on Tuesday.

Jayasekera also said the levy would not apply to value-added packeted and tea bag exports, which he described as “the future of Ceylon Tea”.

Sri Lanka Tea Board Chairman Niroshan Wickramaratne said the board was “open to dialogue”, and confirmed that officials would meet exporters next week.

Smallholders, who produce more than 70% of the country’s tea, gave the proposal a cautious welcome. Sunil Kumara Dissanayake, Secretary of the Sri Lanka Tea Smallholders’ Federation, said growers had waited years for a properly funded replanting programme.

“Our bushes are forty, fifty years old. Without replanting, there will be no tea to export in twenty years, levy or no levy,” Dissanayake said.

Analysts were less convinced. According to Dilshani Gunawardena, an economist at First Capital Research, similar levies in the past had been “quietly absorbed into the general budget” rather than ring-fenced for the sector.

“The question is not whether replanting is needed. It is whether the money will actually reach the estates,” she said, adding that tea export earnings had fallen 4% in the first nine months of the year.

The Colombo Tea Traders’ Association, in a statement issued yesterday, said it would submit a joint proposal with exporters to the Finance Ministry before the Appropriation Bill is taken up for its third reading.""", [
        Q("that the charge would erode Sri Lanka’s competitiveness in key Middle Eastern and Russian markets",
          "indirect", "The Tea Exporters Association", "Tea Exporters Association"),
        Q("The levy, announced in the Budget last month, is expected to raise about Rs. 3 billion a year "
          "for a replanting fund under the Government’s “Ceylon Tea 2030” revival plan", "indirect",
          "Treasury officials", None),
        Q("“At a time when Kenya is selling comparable grades at a discount, adding another cost on top "
          "of the existing cess is simply self-defeating,”", "direct", "Shehan Wijesuriya", "Shehan Wijesuriya"),
        Q("exporters had not been consulted before the proposal was announced", "indirect", "Wijesuriya",
          "Shehan Wijesuriya", speaker_at="Wijesuriya said"),
        Q("“We read about it in the Budget speech like everyone else,”", "direct", "he", "Shehan Wijesuriya",
          speaker_at="he said"),
        Q("“Nobody picked up the phone.”", "direct", "he", "Shehan Wijesuriya", speaker_at="he said"),
        Q("that bulk shipments, which account for nearly half of export volumes, operated on margins of less than 3%",
          "indirect", "He", "Shehan Wijesuriya", speaker_at="He added"),
        Q("that the money would go directly back into the industry", "indirect", "Mahinda Jayasekera",
          "Mahinda Jayasekera"),
        Q("“Every rupee collected will be spent on replanting and on improving yields for smallholders,”", "direct",
          "the Minister", "Mahinda Jayasekera"),
        Q("the levy would not apply to value-added packeted and tea bag exports", "indirect", "Jayasekera",
          "Mahinda Jayasekera", speaker_at="Jayasekera also said"),
        Q("“the future of Ceylon Tea”", "partial", "he", "Mahinda Jayasekera", speaker_at="which he described"),
        Q("“open to dialogue”", "partial", "Niroshan Wickramaratne", "Niroshan Wickramaratne"),
        Q("that officials would meet exporters next week", "indirect", "Niroshan Wickramaratne",
          "Niroshan Wickramaratne"),
        Q("growers had waited years for a properly funded replanting programme", "indirect", "Sunil Kumara Dissanayake",
          "Sunil Kumara Dissanayake"),
        Q("“Our bushes are forty, fifty years old. Without replanting, there will be no tea to export in twenty years, "
          "levy or no levy,”", "direct", "Dissanayake", "Sunil Kumara Dissanayake", speaker_at="Dissanayake said"),
        Q("“quietly absorbed into the general budget”", "partial", "Dilshani Gunawardena", "Dilshani Gunawardena"),
        Q("“The question is not whether replanting is needed. It is whether the money will actually reach the "
          "estates,”", "direct", "she", "Dilshani Gunawardena", speaker_at="she said"),
        Q("that tea export earnings had fallen 4% in the first nine months of the year", "indirect", "she",
          "Dilshani Gunawardena", speaker_at="she said"),
        Q("it would submit a joint proposal with exporters to the Finance Ministry before the Appropriation Bill is "
          "taken up for its third reading", "indirect", "The Colombo Tea Traders’ Association",
          "Colombo Tea Traders’ Association"),
    ], source="blind"),
    Case("blind91-fuel-kurunegala", """Fuel queues return to Kurunegala as sheds run dry

By Dilruk Senanayake

Long queues were seen at filling stations in Kurunegala, Kuliyapitiya and Puttalam yesterday as a number of sheds ran out of petrol and diesel, with dealers blaming delayed deliveries from the Ceylon Petroleum Corporation (CPC).

President of the Ceylon Petroleum Dealers' Association Kapila Nawaratne said that at least 40 stations in the North Western Province had received no stocks since Sunday.

"We placed our orders and paid in advance, but the bowsers simply did not come," Nawaratne told The Island. "Our members are being abused by customers for something that is not their fault."

He said dealers suspected that the CPC was holding back stocks ahead of an expected price revision at the end of the month.

The CPC, however, insisted that there was no deliberate shortage. A senior CPC official, who wished to remain anonymous, said the delays had been caused by a breakdown at the Kolonnawa terminal and that deliveries would be normal by Thursday.

"There is no shortage of fuel in the country. We have enough stocks for the next three weeks," CPC Chairman Rohitha Abeysinghe said at a media briefing in Colombo. "People should not panic and hoard fuel."

Abeysinghe said two cargoes of diesel and one of petrol had been unloaded this week.

The "National Fuel Pass" QR quota system, introduced during the 2022 crisis, was scrapped last year.

Three-wheeler drivers, who were among the worst affected, said they had lost a full day's earnings. "I came at six in the morning and I am still here at noon," said W. M. Jayantha, a driver from Wariyapola. "How am I to feed my children?"

Opposition MP Harshana Kulatunga charged in Parliament that the Government had failed to learn the lessons of 2022. He said the Energy Minister should come to the House and explain why the problem had recurred.

Energy Ministry Secretary Prabath Wimalasena told reporters that a committee had been appointed to look into the distribution delays and would report within two weeks.

Meanwhile, police said extra officers had been deployed to several stations in Kurunegala after scuffles broke out on Monday night. "We will not tolerate any violence at filling stations," a police spokesman said.

Lanka IOC, which operates around 200 stations islandwide, said in a statement that its outlets had not been affected.""", [
        Q("that at least 40 stations in the North Western Province had received no stocks since Sunday", "indirect",
          "Kapila Nawaratne", "Kapila Nawaratne"),
        Q('"We placed our orders and paid in advance, but the bowsers simply did not come,"', "direct", "Nawaratne",
          "Kapila Nawaratne", speaker_at="Nawaratne told"),
        Q('"Our members are being abused by customers for something that is not their fault."', "direct", "Nawaratne",
          "Kapila Nawaratne", speaker_at="Nawaratne told"),
        Q("dealers suspected that the CPC was holding back stocks ahead of an expected price revision at the end "
          "of the month", "indirect", "He", "Kapila Nawaratne", speaker_at="He said dealers"),
        Q("that there was no deliberate shortage", "indirect", "The CPC", "Ceylon Petroleum Corporation"),
        Q("the delays had been caused by a breakdown at the Kolonnawa terminal and that deliveries would be normal by "
          "Thursday", "indirect", "A senior CPC official", None),
        Q('"There is no shortage of fuel in the country. We have enough stocks for the next three weeks,"', "direct",
          "Rohitha Abeysinghe", "Rohitha Abeysinghe"),
        Q('"People should not panic and hoard fuel."', "direct", "Rohitha Abeysinghe", "Rohitha Abeysinghe"),
        Q("two cargoes of diesel and one of petrol had been unloaded this week", "indirect", "Abeysinghe",
          "Rohitha Abeysinghe", speaker_at="Abeysinghe said two"),
        Q("they had lost a full day's earnings", "indirect", "Three-wheeler drivers", None),
        Q('"I came at six in the morning and I am still here at noon,"', "direct", "W. M. Jayantha", "W. M. Jayantha"),
        Q('"How am I to feed my children?"', "direct", "W. M. Jayantha", "W. M. Jayantha"),
        Q("that the Government had failed to learn the lessons of 2022", "indirect", "Harshana Kulatunga",
          "Harshana Kulatunga"),
        Q("the Energy Minister should come to the House and explain why the problem had recurred", "indirect", "He",
          "Harshana Kulatunga", speaker_at="He said the Energy"),
        Q("that a committee had been appointed to look into the distribution delays and would report within two weeks",
          "indirect", "Prabath Wimalasena", "Prabath Wimalasena"),
        Q("extra officers had been deployed to several stations in Kurunegala after scuffles broke out on Monday night",
          "indirect", "police", None, speaker_at="police said"),
        Q('"We will not tolerate any violence at filling stations,"', "direct", "a police spokesman", None),
        Q("that its outlets had not been affected", "indirect", "Lanka IOC", "Lanka IOC"),
    ], source="blind"),
    Case("blind91-mirissa-harbour", """Sri Lanka to expand Mirissa fishery harbour with Japanese loan

ECONOMYNEXT – Sri Lanka will expand the Mirissa fishery harbour on the southern coast to take multi-day trawlers and build a cold storage complex with a 48 million US dollar loan from the Japan International Cooperation Agency (JICA), officials said.

The project would double the harbour's capacity to around 600 boats and cut post-harvest losses, which run as high as 30 percent for some catches, Nilanthi Samarakoon, Secretary to the Ministry of Fisheries, said.

"At the moment boats are anchored three and four deep and fish is being unloaded in the sun," Samarakoon said. "That is money going straight into the sea."

The Ceylon Fishery Harbours Corporation (CFHC), which runs 22 harbours around the island, said construction would begin in the first quarter of next year and take about three years.

CFHC Chairman Ajith Premaratne said the expansion would also include a fuel jetty and an ice plant.

"Multi-day boat owners from Mirissa now go to Galle or Dikowita to refuel," he said. "We want them to stay here."

JICA's chief representative in Colombo, Kenji Yamamoto, said in a statement that the loan carried an interest rate of 0.1 percent with a 40-year repayment period.

According to the Export Development Board, fisheries exports earned 320 million US dollars last year, mostly from tuna and swordfish shipped to Europe and Japan.

Not everyone is convinced. Wasantha Hettiarachchi, who heads the Southern Province Fisheries Cooperative Societies Union, said small boat owners feared they would be pushed out.

"Every time they build something big, the small man loses his anchoring place," he told EconomyNext. "We have asked for a separate section for one-day boats, but nobody has given us anything in writing."

Premaratne said a separate landing area for traditional craft was "part of the design."

Marine conservation group Oceanswell warned that dredging could damage reefs near the harbour mouth, which are popular with whale-watching operators.

The ministry said a JICA-funded environmental assessment had found the impact to be manageable.""", [
        Q("Sri Lanka will expand the Mirissa fishery harbour on the southern coast to take multi-day trawlers and "
          "build a cold storage complex with a 48 million US dollar loan from the Japan International "
          "Cooperation Agency (JICA)",
          "indirect", "officials", None, speaker_at="officials said"),
        Q("The project would double the harbour's capacity to around 600 boats and cut post-harvest losses, which run "
          "as high as 30 percent for some catches", "indirect", "Nilanthi Samarakoon", "Nilanthi Samarakoon"),
        Q('"At the moment boats are anchored three and four deep and fish is being unloaded in the sun,"', "direct",
          "Samarakoon", "Nilanthi Samarakoon", speaker_at='sun," Samarakoon said'),
        Q('"That is money going straight into the sea."', "direct", "Samarakoon", "Nilanthi Samarakoon",
          speaker_at='sun," Samarakoon said'),
        Q("construction would begin in the first quarter of next year and take about three years", "indirect",
          "The Ceylon Fishery Harbours Corporation", "Ceylon Fishery Harbours Corporation"),
        Q("the expansion would also include a fuel jetty and an ice plant", "indirect", "Ajith Premaratne",
          "Ajith Premaratne"),
        Q('"Multi-day boat owners from Mirissa now go to Galle or Dikowita to refuel,"', "direct", "he",
          "Ajith Premaratne", speaker_at="he said"),
        Q('"We want them to stay here."', "direct", "he", "Ajith Premaratne", speaker_at="he said"),
        Q("that the loan carried an interest rate of 0.1 percent with a 40-year repayment period", "indirect",
          "Kenji Yamamoto", "Kenji Yamamoto"),
        Q("fisheries exports earned 320 million US dollars last year, mostly from tuna and swordfish shipped to Europe "
          "and Japan", "indirect", "the Export Development Board", "Export Development Board"),
        Q("small boat owners feared they would be pushed out", "indirect", "Wasantha Hettiarachchi",
          "Wasantha Hettiarachchi"),
        Q('"Every time they build something big, the small man loses his anchoring place,"', "direct", "he",
          "Wasantha Hettiarachchi", speaker_at="he told EconomyNext"),
        Q('"We have asked for a separate section for one-day boats, but nobody has given us anything in writing."',
          "direct", "he", "Wasantha Hettiarachchi", speaker_at="he told EconomyNext"),
        Q('"part of the design."', "partial", "Premaratne", "Ajith Premaratne",
          speaker_at="Premaratne said a separate"),
        Q("that dredging could damage reefs near the harbour mouth, which are popular with whale-watching operators",
          "indirect", "Oceanswell", "Oceanswell"),
        Q("a JICA-funded environmental assessment had found the impact to be manageable", "indirect", "The ministry",
          "Ministry of Fisheries"),
    ], source="blind"),
    Case("blind91-sltb-depot", """SLTB to shut loss-making Embilipitiya depot; staff to be redeployed

The Sri Lanka Transport Board (SLTB) will close its Embilipitiya depot by the end of March as part of a restructuring plan aimed at cutting losses of nearly Rs. 1 billion a month, the Business Times learns.

SLTB Chairman Lalith de Alwis confirmed the decision, saying the depot’s fleet of 46 buses had run at a loss on all but three routes last year.

“We cannot keep subsidising routes where the bus runs half-empty while private operators take the profitable trips,” Mr. de Alwis told the Business Times. “The depot will close, but no employee will lose his job.”

He said the 212 staff would be redeployed to depots in Ratnapura, Hambantota and Tissamaharama.

The move is the first under a plan drawn up with consultants from the Asian Development Bank (ADB), which has been advising the Ministry of Transport on the “right-sizing” of the state bus network.

According to the SLTB, 63 of its 107 depots made operating losses in 2023.

Trade unions reacted angrily. Anura Bandara, General Secretary of the Sri Lanka Transport Board Workers’ Union, said workers had learnt of the closure from a circular pinned to a notice board.

“Nobody spoke to us,” he said, “and now they want a driver with a family in Embilipitiya to report for duty in Hambantota at five in the morning.”

Bandara warned that the union would launch a token strike if the decision was not reversed.

Commuters, too, are worried. “The private buses don’t come to our village after seven in the evening,” said R. P. Kumari, a garment worker from Kolonna. “If the CTB bus stops, how do we get home?”

Transport Ministry officials said routes from the depot would be taken over by the National Transport Commission (NTC) and offered to private operators.

NTC Chairman Sumith Rajakaruna said on Friday that the commission would ensure night services and school runs were maintained, adding that operators who failed to run them would lose their route permits.

Economist Dr. Harsha Weerasooriya, a senior lecturer at the University of Colombo, said closing loss-making depots was “a necessary but painful” step. But he cautioned that the savings would be modest unless the SLTB dealt with its ageing fleet.

“Half the buses are more than 15 years old. That is where the money is really going,” he said.""", [
        Q("the depot’s fleet of 46 buses had run at a loss on all but three routes last year", "indirect",
          "Lalith de Alwis", "Lalith de Alwis"),
        Q("“We cannot keep subsidising routes where the bus runs half-empty while private operators take "
          "the profitable trips,”", "direct", "de Alwis", "Lalith de Alwis", speaker_at="de Alwis told"),
        Q("“The depot will close, but no employee will lose his job.”", "direct", "de Alwis", "Lalith de Alwis",
          speaker_at="de Alwis told"),
        Q("the 212 staff would be redeployed to depots in Ratnapura, Hambantota and Tissamaharama", "indirect", "He",
          "Lalith de Alwis", speaker_at="He said the 212"),
        Q("63 of its 107 depots made operating losses in 2023", "indirect", "the SLTB", "Sri Lanka Transport Board",
          speaker_at="According to the SLTB"),
        Q("workers had learnt of the closure from a circular pinned to a notice board", "indirect", "Anura Bandara",
          "Anura Bandara"),
        Q("“Nobody spoke to us,”", "direct", "he", "Anura Bandara", speaker_at="he said, “and"),
        Q("“and now they want a driver with a family in Embilipitiya to report for duty in Hambantota at five in the "
          "morning.”", "direct", "he", "Anura Bandara", speaker_at="he said, “and"),
        Q("that the union would launch a token strike if the decision was not reversed", "indirect", "Bandara",
          "Anura Bandara", speaker_at="Bandara warned"),
        Q("“The private buses don’t come to our village after seven in the evening,”", "direct", "R. P. Kumari",
          "R. P. Kumari"),
        Q("“If the CTB bus stops, how do we get home?”", "direct", "R. P. Kumari", "R. P. Kumari"),
        Q("routes from the depot would be taken over by the National Transport Commission (NTC) and offered to private "
          "operators", "indirect", "Transport Ministry officials", None),
        Q("that the commission would ensure night services and school runs were maintained", "indirect",
          "Sumith Rajakaruna", "Sumith Rajakaruna"),
        Q("that operators who failed to run them would lose their route permits", "indirect", "Sumith Rajakaruna",
          "Sumith Rajakaruna"),
        Q("“a necessary but painful”", "partial", "Harsha Weerasooriya", "Harsha Weerasooriya"),
        Q("that the savings would be modest unless the SLTB dealt with its ageing fleet", "indirect", "he",
          "Harsha Weerasooriya", speaker_at="he cautioned"),
        Q("“Half the buses are more than 15 years old. That is where the money is really going,”", "direct", "he",
          "Harsha Weerasooriya", speaker_at="going,” he said"),
    ], source="blind"),
    Case("blind91-porth-depot", """Fears for Rhondda bus services as Porth depot set to close

Bus users in the Rhondda say they have been left "devastated" after Stagecoach confirmed it will close its depot in Porth this summer.

The company said services currently run from the Dinas Road site would move to its depots in Aberdare and Caerphilly from July 21.

About 60 drivers and engineers are based at the depot, which has operated for more than 90 years.

In a statement, Stagecoach South Wales managing director Rhys Morgan-Price said: "This has been a difficult decision and it is not one we have taken lightly.

"The building is no longer fit for a modern fleet, and the cost of bringing it up to standard simply does not stack up."

He said every member of staff would be offered a job at another depot and that no routes would be withdrawn.

But Unite Wales regional officer Carys Pugh said the union would fight the closure.

"Our members have been told to travel an extra 40 minutes each way for the same pay," she said. "That is not a job offer, that's a pay cut."

Rhondda Cynon Taf Council's cabinet member for transport, Councillor Meirion Lloyd, said he had written to the company asking it to reconsider.

"Porth depot is part of the fabric of this valley," he said. "People here remember when their grandfathers drove buses out of that yard."

Rhondda MS Elin Jenkins told the Leader she would raise the matter in the Senedd next week, adding that bus users in the upper Rhondda already had "a second-class service".

Passengers waiting at Porth interchange on Tuesday said they were worried about longer waits when buses broke down.

Pensioner Margaret Rees, 78, from Trebanog, said: "If a bus breaks down now, they send another one from round the corner. When it's coming from Aberdare, you'll be stood there an hour."

The Welsh Government said it was aware of the decision and that officials were in contact with the operator.

The depot, known locally as "the Porth shed", first opened in 1929 as a tram depot.""", [
        Q('"devastated"', "partial", "Bus users", None),
        Q("it will close its depot in Porth this summer", "indirect", "Stagecoach", "Stagecoach",
          speaker_at="after Stagecoach confirmed"),
        Q("services currently run from the Dinas Road site would move to its depots in Aberdare and Caerphilly from "
          "July 21", "indirect", "The company", "Stagecoach"),
        Q('"This has been a difficult decision and it is not one we have taken lightly.', "direct", "Rhys Morgan-Price",
          "Rhys Morgan-Price"),
        Q('"The building is no longer fit for a modern fleet, and the cost of bringing it up to standard simply does '
          'not stack up."', "direct", "Rhys Morgan-Price", "Rhys Morgan-Price"),
        Q("every member of staff would be offered a job at another depot and that no routes would be withdrawn",
          "indirect", "He", "Rhys Morgan-Price", speaker_at="He said every"),
        Q("the union would fight the closure", "indirect", "Carys Pugh", "Carys Pugh"),
        Q('"Our members have been told to travel an extra 40 minutes each way for the same pay,"', "direct", "she",
          "Carys Pugh", speaker_at="she said"),
        Q('"That is not a job offer, that\'s a pay cut."', "direct", "she", "Carys Pugh", speaker_at="she said"),
        Q("he had written to the company asking it to reconsider", "indirect", "Meirion Lloyd", "Meirion Lloyd"),
        Q('"Porth depot is part of the fabric of this valley,"', "direct", "he", "Meirion Lloyd", speaker_at="he said"),
        Q('"People here remember when their grandfathers drove buses out of that yard."', "direct", "he",
          "Meirion Lloyd", speaker_at="he said"),
        Q("she would raise the matter in the Senedd next week", "indirect", "Elin Jenkins", "Elin Jenkins"),
        Q('"a second-class service"', "partial", "Elin Jenkins", "Elin Jenkins"),
        Q("they were worried about longer waits when buses broke down", "indirect", "Passengers", None),
        Q('"If a bus breaks down now, they send another one from round the corner. When it\'s coming from Aberdare, '
          'you\'ll be stood there an hour."', "direct", "Margaret Rees", "Margaret Rees"),
        Q("it was aware of the decision and that officials were in contact with the operator", "indirect",
          "The Welsh Government", "Welsh Government"),
    ], source="blind"),
    Case("blind91-cwm-cynon-miu", """Anger as Ysbyty Cwm Cynon minor injuries unit to close overnight

Campaigners have accused health bosses of ‘downgrading by stealth’ after it emerged that the minor injuries unit at Ysbyty Cwm Cynon in Mountain Ash will no longer open overnight.

From April 1, the unit will open from 8am to 8pm only, rather than around the clock, Cwm Taf Morgannwg University Health Board confirmed this week.

The health board said the change was needed because of a shortage of emergency nurse practitioners, and that fewer than six patients a night on average had used the unit between midnight and 8am.

Dr Helen Prosser, the health board’s executive director of operations, said: ‘We know this will be unwelcome news for some people in the Cynon Valley, and we do not take it lightly.

‘But we cannot safely staff the unit overnight, and it would be wrong to pretend otherwise.’

She said patients needing urgent care at night should call NHS 111 Wales or go to the emergency department at Prince Charles Hospital in Merthyr Tydfil.

Gareth Williams, who chairs the Save Our Cynon Hospital group, said the decision had been taken ‘behind closed doors’. More than 3,000 people have signed the group’s ‘Hands Off Our Hospital’ petition.

‘They tell us it’s temporary. We’ve heard that before,’ he said. ‘Every time something closes temporarily in this valley, it never comes back.’

Cynon Valley MS Rhian Beynon said she had asked the health secretary for an urgent meeting.

‘People in Penrhiwceiber and Abercynon should not have to travel to Merthyr with a broken wrist at two in the morning,’ Ms Beynon said.

According to the Welsh Ambulance Service, average response times for amber calls in the Cynon Valley were more than two hours last winter.

Aberdare mum Sian Harries, whose son was treated at the unit after a rugby injury last year, said staff there had been ‘absolutely wonderful’.

‘It’s ten minutes from our house,’ she told the Leader. ‘Prince Charles is a 30-minute drive if the Heads of the Valleys road is clear, and it never is.’

A Welsh Government spokesperson said decisions about services were a matter for health boards, but that ministers expected Cwm Taf Morgannwg to ‘engage fully’ with the community.

The health board will hold a drop-in session at Mountain Ash Workmen’s Hall on March 12.""", [
        Q("‘downgrading by stealth’", "partial", "Campaigners", None),
        Q("From April 1, the unit will open from 8am to 8pm only, rather than around the clock", "indirect",
          "Cwm Taf Morgannwg University Health Board", "Cwm Taf Morgannwg University Health Board"),
        Q("the change was needed because of a shortage of emergency nurse practitioners, and that fewer than six "
          "patients a night on average had used the unit between midnight and 8am", "indirect", "The health board",
          "Cwm Taf Morgannwg University Health Board", speaker_at="The health board said"),
        Q("‘We know this will be unwelcome news for some people in the Cynon Valley, and we do not take it lightly.",
          "direct", "Helen Prosser", "Helen Prosser"),
        Q("‘But we cannot safely staff the unit overnight, and it would be wrong to pretend otherwise.’", "direct",
          "Helen Prosser", "Helen Prosser"),
        Q("patients needing urgent care at night should call NHS 111 Wales or go to the emergency department at Prince "
          "Charles Hospital in Merthyr Tydfil", "indirect", "She", "Helen Prosser", speaker_at="She said patients"),
        Q("‘behind closed doors’", "partial", "Gareth Williams", "Gareth Williams"),
        Q("‘They tell us it’s temporary. We’ve heard that before,’", "direct", "he", "Gareth Williams",
          speaker_at="he said"),
        Q("‘Every time something closes temporarily in this valley, it never comes back.’", "direct", "he",
          "Gareth Williams", speaker_at="he said"),
        Q("she had asked the health secretary for an urgent meeting", "indirect", "Rhian Beynon", "Rhian Beynon"),
        Q("‘People in Penrhiwceiber and Abercynon should not have to travel to Merthyr with a broken wrist at two in "
          "the morning,’", "direct", "Beynon", "Rhian Beynon", speaker_at="Ms Beynon said"),
        Q("average response times for amber calls in the Cynon Valley were more than two hours last winter", "indirect",
          "the Welsh Ambulance Service", "Welsh Ambulance Service"),
        Q("‘absolutely wonderful’", "partial", "Sian Harries", "Sian Harries"),
        Q("‘It’s ten minutes from our house,’", "direct", "she", "Sian Harries", speaker_at="she told the Leader"),
        Q("‘Prince Charles is a 30-minute drive if the Heads of the Valleys road is clear, and it never is.’", "direct",
          "she", "Sian Harries", speaker_at="she told the Leader"),
        Q("decisions about services were a matter for health boards", "indirect", "A Welsh Government spokesperson",
          None),
        Q("‘engage fully’", "partial", "A Welsh Government spokesperson", None),
    ], source="blind"),
    Case("blind91-merthyr-fuel", """Drivers left stranded as Merthyr forecourts run dry

Drivers in Merthyr Tydfil faced long queues and empty pumps this weekend after at least five petrol stations in the borough ran out of fuel.

Forecourts at Pentrebach, Dowlais and Pant put up 'no fuel' signs on Saturday morning, with some not expecting deliveries until Tuesday.

Retailers said a shortage of tanker drivers at a haulage firm which supplies independent sites across the Heads of the Valleys was to blame.

Kamran Shah, who runs the Pant Service Station, said he had been told on Friday afternoon that his delivery had been cancelled.

'I've had people coming in all morning asking when we'll have petrol, and I honestly can't tell them,' he said. 'We're losing trade to the supermarkets and there's nothing I can do.'

Sharon Wyatt, executive director of the Petrol Retailers Association (PRA), said the problem was 'a local distribution issue, not a national shortage'.

She said there was no need for motorists to panic buy. 'If people only fill up when they need to, supplies will be back to normal within days,' she added.

The haulier, Valleys Fuels Ltd, said in a statement that three drivers had been off sick and two had left the company in the past month. A spokesman said: 'We apologise to our customers and are bringing in agency drivers to clear the backlog.'

At the supermarket filling station on Cyfarthfa Retail Park, where pumps were still working, queues stretched back onto the A470 at one point on Saturday afternoon.

Taxi driver Paul Hughes, from the Gurnos, said he had spent more than an hour trying to find diesel. 'It's like 2021 all over again,' he said.

According to the RAC, the average price of unleaded in Wales rose by 2p a litre last week.

Merthyr Tydfil County Borough Council said it was monitoring the situation and that its own vehicles, including bin lorries, had not been affected.

South Wales Police said officers had been called to a minor disagreement at one forecourt, but no arrests were made.

Merthyr Tydfil and Aberdare MP Huw Protheroe said he had written to the UK energy minister about the problem.

'Valleys communities always seem to be at the back of the queue when it comes to supply,' Mr Protheroe said.""", [
        Q("a shortage of tanker drivers at a haulage firm which supplies independent sites across the Heads of the "
          "Valleys was to blame", "indirect", "Retailers", None, speaker_at="Retailers said"),
        Q("he had been told on Friday afternoon that his delivery had been cancelled", "indirect", "Kamran Shah",
          "Kamran Shah"),
        Q("'I've had people coming in all morning asking when we'll have petrol, and I honestly can't tell them,'",
          "direct", "he", "Kamran Shah", speaker_at="them,' he said"),
        Q("'We're losing trade to the supermarkets and there's nothing I can do.'", "direct", "he", "Kamran Shah",
          speaker_at="them,' he said"),
        Q("'a local distribution issue, not a national shortage'", "partial", "Sharon Wyatt", "Sharon Wyatt"),
        Q("there was no need for motorists to panic buy", "indirect", "She", "Sharon Wyatt",
          speaker_at="She said there"),
        Q("'If people only fill up when they need to, supplies will be back to normal within days,'", "direct", "she",
          "Sharon Wyatt", speaker_at="she added"),
        Q("that three drivers had been off sick and two had left the company in the past month", "indirect",
          "Valleys Fuels Ltd", "Valleys Fuels Ltd"),
        Q("'We apologise to our customers and are bringing in agency drivers to clear the backlog.'", "direct",
          "A spokesman", None),
        Q("he had spent more than an hour trying to find diesel", "indirect", "Paul Hughes", "Paul Hughes"),
        Q("'It's like 2021 all over again,'", "direct", "he", "Paul Hughes", speaker_at="again,' he said"),
        Q("the average price of unleaded in Wales rose by 2p a litre last week", "indirect", "the RAC", "RAC"),
        Q("it was monitoring the situation and that its own vehicles, including bin lorries, had not been affected",
          "indirect", "Merthyr Tydfil County Borough Council", "Merthyr Tydfil County Borough Council"),
        Q("officers had been called to a minor disagreement at one forecourt, but no arrests were made", "indirect",
          "South Wales Police", "South Wales Police"),
        Q("he had written to the UK energy minister about the problem", "indirect", "Huw Protheroe", "Huw Protheroe"),
        Q("'Valleys communities always seem to be at the back of the queue when it comes to supply,'", "direct",
          "Protheroe", "Huw Protheroe", speaker_at="Mr Protheroe said"),
    ], source="blind"),
    Case("blind91-yyf-miu", """Ysbyty Ystrad Fawr minor injuries unit to return to 24-hour opening

The minor injuries unit at Ysbyty Ystrad Fawr in Ystrad Mynach will return to 24-hour opening next month, more than two years after its overnight service was suspended.

Aneurin Bevan University Health Board said the unit would reopen around the clock from Monday, May 6, after it recruited eight additional emergency nurse practitioners.

The overnight service was stopped in January 2022 in what the health board described at the time as a “temporary measure” during the Covid-19 pandemic.

Dr Owain Griffiths, the health board’s medical director, said the recruitment drive had been “more successful than we dared hope”.

“For the first time in a long while we have a full rota, and that means we can give people in the Rhymney Valley the service they deserve,” he said.

Dr Griffiths said the reopening would also ease pressure on the Grange University Hospital in Cwmbran, where patients have at times waited more than 12 hours to be seen.

The campaign group Keep YYF Open, which collected more than 9,000 signatures on its “Open All Hours” petition, welcomed the news.

“We are over the moon,” said the group’s founder, Bethan Lewis, from Llanbradach. “This shows that if people stand together, they can be heard.”

But she said the group would be “watching closely” to make sure the service was not cut again.

Caerphilly MS Dafydd Rowlands said it was “a great day for the county borough”.

Chief Inspector Lowri Harding, of Gwent Police, said officers often had to drive people with minor injuries to Cwmbran overnight, taking them away from patrols.

“This will make a real difference to our night-time cover in Caerphilly,” Chief Inspector Harding said.

Ystrad Mynach RFC secretary Keith Morris said players hurt in evening matches would no longer face a long trip to the Grange.

“Half my squad have been through that door with one thing or another,” he joked.

Not everyone was convinced. One nurse at the hospital, who did not want to be named, told the Observer that staff had been asked to cover extra shifts for months and that morale was “at rock bottom”.

The health board said it did not recognise that description, and that staff wellbeing was “a priority”.""", [
        Q("the unit would reopen around the clock from Monday, May 6, after it recruited eight additional emergency "
          "nurse practitioners", "indirect", "Aneurin Bevan University Health Board",
          "Aneurin Bevan University Health Board"),
        Q("“temporary measure”", "partial", "the health board", "Aneurin Bevan University Health Board",
          speaker_at="what the health board described"),
        Q("“more successful than we dared hope”", "partial", "Owain Griffiths", "Owain Griffiths"),
        Q("“For the first time in a long while we have a full rota, and that means we can give people in the Rhymney "
          "Valley the service they deserve,”", "direct", "he", "Owain Griffiths", speaker_at="he said"),
        Q("the reopening would also ease pressure on the Grange University Hospital in Cwmbran, where patients have at "
          "times waited more than 12 hours to be seen", "indirect", "Griffiths", "Owain Griffiths",
          speaker_at="Dr Griffiths said"),
        Q("“We are over the moon,”", "direct", "Bethan Lewis", "Bethan Lewis"),
        Q("“This shows that if people stand together, they can be heard.”", "direct", "Bethan Lewis", "Bethan Lewis"),
        Q("“watching closely”", "partial", "she", "Bethan Lewis", speaker_at="she said the group"),
        Q("“a great day for the county borough”", "partial", "Dafydd Rowlands", "Dafydd Rowlands"),
        Q("officers often had to drive people with minor injuries to Cwmbran overnight, taking them away from patrols",
          "indirect", "Lowri Harding", "Lowri Harding"),
        Q("“This will make a real difference to our night-time cover in Caerphilly,”", "direct", "Harding",
          "Lowri Harding", speaker_at="Chief Inspector Harding said"),
        Q("players hurt in evening matches would no longer face a long trip to the Grange", "indirect", "Keith Morris",
          "Keith Morris"),
        Q("“Half my squad have been through that door with one thing or another,”", "direct", "he", "Keith Morris",
          speaker_at="he joked"),
        Q("that staff had been asked to cover extra shifts for months", "indirect", "One nurse at the hospital", None),
        Q("“at rock bottom”", "partial", "One nurse at the hospital", None),
        Q("it did not recognise that description", "indirect", "The health board",
          "Aneurin Bevan University Health Board"),
        Q("“a priority”", "partial", "The health board", "Aneurin Bevan University Health Board"),
    ], source="blind"),
    Case("blind91-cocoa-farmgate", """Côte d'Ivoire raises cocoa farmgate price to 1,800 CFA francs per kg

Abidjan, Oct 1, 2024 (AIP) - The Ivorian Government on Tuesday raised the farmgate price of cocoa for the 2024-2025 main crop to 1,800 CFA francs per kilogramme, up from 1,500 CFA francs last season.

The new price was announced in Abidjan by the Minister of Agriculture, Rural Development and Food Production, Souleymane Bamba, at the official launch of the marketing season.

"This increase is a recognition of the efforts of our producers, who are the backbone of the Ivorian economy," the minister said.

He explained that the Government had taken into account the sharp rise in world prices, which reached record levels earlier this year, while keeping a reserve to protect farmers if prices fall.

The Director General of the Coffee-Cocoa Council (CCC), Koffi Ahoussou Kouadio, said buyers who paid farmers less than the official price would face "severe sanctions", including the withdrawal of their licences.

"We will deploy inspection teams in all production zones," he warned. "No farmer should receive a franc less than 1,800."

According to the CCC, the main crop is expected to reach around 1.8 million tonnes despite erratic rainfall in the centre-west.

Mr Kouadio also said the Council would continue its "Quantity-Quality-Growth" programme, which distributes improved seedlings to farmers.

Producers welcomed the decision. Moussa Traoré, president of the Soubré Agricultural Cooperative, said the price was fair but that input costs had doubled.

"With what we spend on fertiliser and labour, 1,800 francs is only just enough," he told AIP.

Several farmers met by AIP in Daloa said they had not yet received the bonus promised last season. "They told us it would come in April. We are still waiting," one farmer said.

The International Cocoa Organization (ICCO) said in its latest quarterly bulletin that global supply would fall short of demand for a second consecutive season.

In neighbouring Ghana, the Ghana Cocoa Board (COCOBOD) announced last month that it would pay farmers 48,000 cedis per tonne.

Côte d'Ivoire is the world's leading cocoa producer, accounting for about 40 percent of global output.""", [
        Q('"This increase is a recognition of the efforts of our producers, who are the backbone of the Ivorian '
          'economy,"', "direct", "the minister", "Souleymane Bamba"),
        Q("that the Government had taken into account the sharp rise in world prices, which reached record levels "
          "earlier this year, while keeping a reserve to protect farmers if prices fall", "indirect", "He",
          "Souleymane Bamba", speaker_at="He explained"),
        Q('"severe sanctions"', "partial", "Koffi Ahoussou Kouadio", "Koffi Ahoussou Kouadio"),
        Q('"We will deploy inspection teams in all production zones,"', "direct", "he", "Koffi Ahoussou Kouadio",
          speaker_at="he warned"),
        Q('"No farmer should receive a franc less than 1,800."', "direct", "he", "Koffi Ahoussou Kouadio",
          speaker_at="he warned"),
        Q("the main crop is expected to reach around 1.8 million tonnes despite erratic rainfall in the centre-west",
          "indirect", "the CCC", "Coffee-Cocoa Council", speaker_at="According to the CCC"),
        Q('the Council would continue its "Quantity-Quality-Growth" programme, which distributes improved seedlings to '
          'farmers', "indirect", "Kouadio", "Koffi Ahoussou Kouadio", speaker_at="Mr Kouadio also said"),
        Q("the price was fair but that input costs had doubled", "indirect", "Moussa Traoré", "Moussa Traoré"),
        Q('"With what we spend on fertiliser and labour, 1,800 francs is only just enough,"', "direct", "he",
          "Moussa Traoré", speaker_at="he told AIP"),
        Q("they had not yet received the bonus promised last season", "indirect", "Several farmers", None),
        Q('"They told us it would come in April. We are still waiting,"', "direct", "one farmer", None),
        Q("that global supply would fall short of demand for a second consecutive season", "indirect",
          "The International Cocoa Organization", "International Cocoa Organization"),
        Q("that it would pay farmers 48,000 cedis per tonne", "indirect", "the Ghana Cocoa Board",
          "Ghana Cocoa Board"),
    ], source="blind"),
    Case("blind91-cocoa-underpayment", """Ivorian cocoa farmers decry underpayment despite record mid-crop price

APA-San Pedro (Côte d'Ivoire) - Cocoa farmers in south-western Côte d'Ivoire say middlemen are paying them well below the record farmgate price of 2,200 CFA francs per kilogramme set for the April-September mid-crop, APA learnt on Thursday.

In several villages around Méagui and Soubré, growers told APA that so-called "pisteurs", the buyers who travel from farm to farm, were offering between 1,700 and 1,900 francs.

"They say the bags are wet, the beans are small, there is always an excuse," said Adama Coulibaly, who farms six hectares near Méagui. "In the end we take what they give because we need the money for school fees."

The Coffee-Cocoa Council (CCC), which regulates the sector, said it had received complaints and had sent inspectors to the region.

CCC spokesperson Aminata Diabaté said in a telephone interview that 14 buyers had already been suspended since the start of the mid-crop.

"The law is clear. Anyone who pays below the official price will lose his approval," she said.

Diabaté added that farmers should report abuses through a toll-free number set up by the Council.

But Sylvain Yao Kouamé, secretary general of the National Union of Cocoa Producers of Côte d'Ivoire, said such measures had little effect in remote areas where phone coverage is poor.

"The inspectors come to San Pedro town, they stay in the hotel, and they go back to Abidjan," he said, "while the farmer in the bush is left alone."

According to exporters in San Pedro, bean quality has suffered from heavy rains, which have led to a higher share of mouldy and flat beans.

The Ministry of Agriculture announced in a communiqué on Wednesday that a joint task force with the gendarmerie would be deployed to check weighing scales at collection points.

Economist Jean-Baptiste N'Guessan, a lecturer at Félix Houphouët-Boigny University in Abidjan, told APA that underpayment was "structural". He said it would not end until farmers were paid directly through mobile money.

The CCC has said it plans to roll out a digital "producer card" next season, allowing payments to be traced.

Côte d'Ivoire, the world's top cocoa producer, accounts for around 40 percent of global supply.""", [
        Q("middlemen are paying them well below the record farmgate price of 2,200 CFA francs per kilogramme set "
          "for the April-September mid-crop", "indirect", "Cocoa farmers", None),
        Q('that so-called "pisteurs", the buyers who travel from farm to farm, were offering between 1,700 and 1,900 '
          'francs', "indirect", "growers", None),
        Q('"They say the bags are wet, the beans are small, there is always an excuse,"', "direct", "Adama Coulibaly",
          "Adama Coulibaly"),
        Q('"In the end we take what they give because we need the money for school fees."', "direct",
          "Adama Coulibaly", "Adama Coulibaly"),
        Q("it had received complaints and had sent inspectors to the region", "indirect", "The Coffee-Cocoa Council",
          "Coffee-Cocoa Council"),
        Q("that 14 buyers had already been suspended since the start of the mid-crop", "indirect", "Aminata Diabaté",
          "Aminata Diabaté"),
        Q('"The law is clear. Anyone who pays below the official price will lose his approval,"', "direct", "she",
          "Aminata Diabaté", speaker_at="she said"),
        Q("that farmers should report abuses through a toll-free number set up by the Council", "indirect", "Diabaté",
          "Aminata Diabaté", speaker_at="Diabaté added"),
        Q("such measures had little effect in remote areas where phone coverage is poor", "indirect",
          "Sylvain Yao Kouamé", "Sylvain Yao Kouamé"),
        Q('"The inspectors come to San Pedro town, they stay in the hotel, and they go back to Abidjan,"', "direct",
          "he", "Sylvain Yao Kouamé", speaker_at="he said"),
        Q('"while the farmer in the bush is left alone."', "direct", "he", "Sylvain Yao Kouamé", speaker_at="he said"),
        Q("bean quality has suffered from heavy rains, which have led to a higher share of mouldy and flat beans",
          "indirect", "exporters", None, speaker_at="According to exporters"),
        Q("that a joint task force with the gendarmerie would be deployed to check weighing scales at collection "
          "points", "indirect", "The Ministry of Agriculture", "Ministry of Agriculture"),
        Q('"structural"', "partial", "Jean-Baptiste N'Guessan", "Jean-Baptiste N'Guessan"),
        Q("it would not end until farmers were paid directly through mobile money", "indirect", "He",
          "Jean-Baptiste N'Guessan", speaker_at="He said it would"),
        Q('it plans to roll out a digital "producer card" next season, allowing payments to be traced', "indirect",
          "The CCC", "Coffee-Cocoa Council", speaker_at="The CCC has said"),
    ], source="blind"),
    Case("blind91-joal-port", """Joal-Fadiouth fishing port to be expanded, minister says

Joal-Fadiouth, 14 Feb (APS) – Work on the expansion of the fishing port of Joal-Fadiouth, the country's largest landing site for artisanal fishing, will begin in June, the Minister of Fisheries and Maritime Economy, Mamadou Lamine Sarr, announced on Wednesday.

The project, estimated at 27 billion CFA francs, includes a new 400-metre quay, a processing platform for women fish processors and a cold store with a capacity of 1,000 tonnes, the minister said during a visit to the site.

"Joal must have infrastructure worthy of its rank. This port feeds a large part of the country," Mr Sarr declared in front of fishermen, wholesalers and local officials.

He said the works, financed with support from the African Development Bank (AfDB), would take 30 months.

The mayor of Joal-Fadiouth, Ousmane Ndour, welcomed the project, which he described as "a historic opportunity" for the commune.

"Every morning, more than 1,500 pirogues come in here, and there is not enough space for everyone. Fish is sometimes lost because it cannot be unloaded quickly," Ndour told APS.

Women processors also have high hopes. Awa Faye, president of the Khelcom women processors' group, said the current drying site had no water, no electricity and no shade.

"We work in the sun all day with the children beside us. A real platform will change our lives," she said.

However, some fishermen are worried about dwindling stocks. According to Modou Diop, a pirogue captain, catches of sardinella have fallen by half in ten years.

"A big port is good, but if there is no fish in the sea, what will we unload?" he asked.

The minister acknowledged that resources were under pressure, and said the government would step up surveillance against illegal fishing by foreign trawlers.

The AfDB country manager, Oumar Baldé, said in a statement that the project was part of the bank's "Feed Africa" strategy.

Artisanal fishing accounts for more than 80 percent of landings in Senegal, according to the Directorate of Maritime Fisheries.""", [
        Q("Work on the expansion of the fishing port of Joal-Fadiouth, the country's largest landing site for "
          "artisanal fishing, will begin in June", "indirect", "Mamadou Lamine Sarr", "Mamadou Lamine Sarr"),
        Q("The project, estimated at 27 billion CFA francs, includes a new 400-metre quay, a processing platform for "
          "women fish processors and a cold store with a capacity of 1,000 tonnes", "indirect", "the minister",
          "Mamadou Lamine Sarr", speaker_at="the minister said during"),
        Q('"Joal must have infrastructure worthy of its rank. This port feeds a large part of the country,"', "direct",
          "Sarr", "Mamadou Lamine Sarr", speaker_at="Mr Sarr declared"),
        Q("the works, financed with support from the African Development Bank (AfDB), would take 30 months", "indirect",
          "He", "Mamadou Lamine Sarr", speaker_at="He said the works"),
        Q('"a historic opportunity"', "partial", "he", "Ousmane Ndour", speaker_at="which he described"),
        Q('"Every morning, more than 1,500 pirogues come in here, and there is not enough space for everyone. Fish is '
          'sometimes lost because it cannot be unloaded quickly,"', "direct", "Ndour", "Ousmane Ndour",
          speaker_at="Ndour told APS"),
        Q("the current drying site had no water, no electricity and no shade", "indirect", "Awa Faye", "Awa Faye"),
        Q('"We work in the sun all day with the children beside us. A real platform will change our lives,"', "direct",
          "she", "Awa Faye", speaker_at="she said"),
        Q("catches of sardinella have fallen by half in ten years", "indirect", "Modou Diop", "Modou Diop"),
        Q('"A big port is good, but if there is no fish in the sea, what will we unload?"', "direct", "he",
          "Modou Diop", speaker_at="he asked"),
        Q("that resources were under pressure", "indirect", "The minister", "Mamadou Lamine Sarr",
          speaker_at="The minister acknowledged"),
        Q("the government would step up surveillance against illegal fishing by foreign trawlers", "indirect",
          "The minister", "Mamadou Lamine Sarr", speaker_at="The minister acknowledged"),
        Q('that the project was part of the bank\'s "Feed Africa" strategy', "indirect", "Oumar Baldé", "Oumar Baldé"),
        Q("Artisanal fishing accounts for more than 80 percent of landings in Senegal", "indirect",
          "the Directorate of Maritime Fisheries", "Directorate of Maritime Fisheries"),
    ], source="blind"),
    Case("blind91-ziguinchor-fuel", """Fuel shortage hits Ziguinchor as tankers held up at border

Ziguinchor, 3 June (APS) – Several service stations in Ziguinchor ran dry on Monday, forcing motorists and motorcycle taxi drivers to queue for hours, APS noted.

At stations in the Boucotte and Néma neighbourhoods, attendants said they had received no delivery of petrol since Friday.

"People are angry, but there is nothing we can do. The tanker has not arrived," said Lamine Badji, manager of a station on the airport road.

According to the Governor of Ziguinchor region, Ibrahima Sakho, the shortage was caused by the blocking of around 30 tankers at the border with The Gambia following a dispute over transit documents.

"The situation is being resolved. The trucks should cross tonight and supply will return to normal by Wednesday," Sakho told journalists after a crisis meeting with oil distributors.

State broadcaster RTS reported that similar queues had been seen in Kolda and Sédhiou.

The Association of Oil Distributors of Senegal said in a statement that its members had stocks in Dakar but could not deliver them on time.

"Casamance cannot depend on a single road," its executive secretary, Cheikh Tidiane Mbaye, said, calling for fuel to be shipped by sea to the port of Ziguinchor.

Motorcycle taxis, known locally as "Jakarta", were the worst affected.

"Without petrol, I earn nothing today. I have been here since five o'clock," said Ansou Diatta, 27, standing beside his motorbike.

Some drivers said black-market sellers were offering petrol in plastic bottles at 1,500 CFA francs a litre, more than double the official price of 990 francs.

The regional head of trade, Fatou Bintou Sané, warned that anyone caught selling fuel above the regulated price would be prosecuted.

"We have teams on the ground and we will not hesitate," she said.

Energy Minister Abdou Karim Fall announced last week that a new fuel depot would be built in Ziguinchor. The project would be completed "within two years", he said, without giving further details.""", [
        Q("they had received no delivery of petrol since Friday", "indirect", "attendants", None),
        Q('"People are angry, but there is nothing we can do. The tanker has not arrived,"', "direct", "Lamine Badji",
          "Lamine Badji"),
        Q("the shortage was caused by the blocking of around 30 tankers at the border with The Gambia following a "
          "dispute over transit documents", "indirect", "Ibrahima Sakho", "Ibrahima Sakho"),
        Q('"The situation is being resolved. The trucks should cross tonight and supply will return to normal by '
          'Wednesday,"', "direct", "Sakho", "Ibrahima Sakho", speaker_at="Sakho told journalists"),
        Q("that similar queues had been seen in Kolda and Sédhiou", "indirect", "RTS", "RTS"),
        Q("that its members had stocks in Dakar but could not deliver them on time", "indirect",
          "The Association of Oil Distributors of Senegal", "Association of Oil Distributors of Senegal"),
        Q('"Casamance cannot depend on a single road,"', "direct", "Cheikh Tidiane Mbaye", "Cheikh Tidiane Mbaye"),
        Q('"Without petrol, I earn nothing today. I have been here since five o\'clock,"', "direct", "Ansou Diatta",
          "Ansou Diatta"),
        Q("black-market sellers were offering petrol in plastic bottles at 1,500 CFA francs a litre, more than double "
          "the official price of 990 francs", "indirect", "Some drivers", None),
        Q("that anyone caught selling fuel above the regulated price would be prosecuted", "indirect",
          "Fatou Bintou Sané", "Fatou Bintou Sané"),
        Q('"We have teams on the ground and we will not hesitate,"', "direct", "she", "Fatou Bintou Sané",
          speaker_at="she said"),
        Q("that a new fuel depot would be built in Ziguinchor", "indirect", "Abdou Karim Fall", "Abdou Karim Fall"),
        Q('"within two years"', "partial", "he", "Abdou Karim Fall", speaker_at="he said, without"),
    ], source="blind"),
    Case("blind91-oilsands-layoffs", """Birch Mountain Energy to cut 400 oil sands jobs

Birch Mountain Energy will lay off about 400 workers at its oil sands operations north of Fort McMurray by the end of the year, the company confirmed Tuesday.

In a statement, the Calgary-based producer said the cuts were part of a plan to "simplify operations" and reduce costs by $250 million a year.

"These decisions are never easy, and they affect people who have given a great deal to this company," chief executive Laura Whitford said in the statement. "We will treat every affected employee with respect and provide support through the transition."

Most of the positions are in maintenance and administration, and about a third are held by contractors, the company said.

Mike Sheppard, president of Unifor Local 707A, said union members found out about the layoffs on social media before management told them.

"That's not respect, that's an insult," Sheppard told Fort McMurray Today. "People have mortgages here, they have kids in school."

He said the union would seek meetings with the company this week to discuss severance and recall rights.

Wood Buffalo Mayor Dale Kirschner said the news was "a tough blow" for a region still recovering from the 2016 wildfire and the pandemic downturn.

"Every one of these jobs supports families and small businesses in our community," Kirschner said, "and we will do whatever we can to help them."

Tara Lindqvist, an energy analyst with ATB Capital Markets in Calgary, said the cuts reflected an industry-wide push for efficiency rather than weakness in oil prices.

"Producers are making plenty of money at $75 oil. What they're doing is squeezing out costs wherever they can, and automation is a big part of that," she said.

According to Statistics Canada, employment in oil and gas extraction in Alberta fell by about 3,000 jobs over the past year.

"You get used to the ups and downs up here, but every time it hurts," said Tyler Rideout, a heavy equipment operator who moved from Newfoundland 11 years ago.

A spokesperson for the provincial energy minister said the government was "monitoring the situation closely."

Birch Mountain's shares closed up 2.1 per cent on the Toronto Stock Exchange. The company's "Project Lean" restructuring is expected to be complete by spring.""", [
        Q("Birch Mountain Energy will lay off about 400 workers at its oil sands operations north of Fort McMurray by "
          "the end of the year", "indirect", "the company", "Birch Mountain Energy",
          speaker_at="the company confirmed"),
        Q('"simplify operations"', "partial", "the Calgary-based producer", "Birch Mountain Energy"),
        Q('"These decisions are never easy, and they affect people who have given a great deal to this company,"',
          "direct", "Laura Whitford", "Laura Whitford"),
        Q('"We will treat every affected employee with respect and provide support through the transition."', "direct",
          "Laura Whitford", "Laura Whitford"),
        Q("Most of the positions are in maintenance and administration, and about a third are held by contractors",
          "indirect", "the company", "Birch Mountain Energy", speaker_at="contractors, the company said"),
        Q("union members found out about the layoffs on social media before management told them", "indirect",
          "Mike Sheppard", "Mike Sheppard"),
        Q('"That\'s not respect, that\'s an insult,"', "direct", "Sheppard", "Mike Sheppard",
          speaker_at="Sheppard told"),
        Q('"People have mortgages here, they have kids in school."', "direct", "Sheppard", "Mike Sheppard",
          speaker_at="Sheppard told"),
        Q("the union would seek meetings with the company this week to discuss severance and recall rights",
          "indirect", "He", "Mike Sheppard", speaker_at="He said the union"),
        Q('"a tough blow"', "partial", "Dale Kirschner", "Dale Kirschner"),
        Q('"Every one of these jobs supports families and small businesses in our community,"', "direct", "Kirschner",
          "Dale Kirschner", speaker_at='Kirschner said, "and'),
        Q('"and we will do whatever we can to help them."', "direct", "Kirschner", "Dale Kirschner",
          speaker_at='Kirschner said, "and'),
        Q("the cuts reflected an industry-wide push for efficiency rather than weakness in oil prices", "indirect",
          "Tara Lindqvist", "Tara Lindqvist"),
        Q('"Producers are making plenty of money at $75 oil. What they\'re doing is squeezing out costs wherever they '
          'can, and automation is a big part of that,"', "direct", "she", "Tara Lindqvist", speaker_at="she said"),
        Q("employment in oil and gas extraction in Alberta fell by about 3,000 jobs over the past year", "indirect",
          "Statistics Canada", "Statistics Canada"),
        Q('"You get used to the ups and downs up here, but every time it hurts,"', "direct", "Tyler Rideout",
          "Tyler Rideout"),
        Q('"monitoring the situation closely."', "partial", "A spokesperson for the provincial energy minister", None),
    ], source="blind"),
    Case("blind91-potash-expansion", """Northern Plains Potash to spend $2.1B expanding Colonsay West mine

Northern Plains Potash Inc. says it will spend $2.1 billion to expand its Colonsay West mine east of Saskatoon. The company says the project will create about 600 construction jobs and 250 permanent positions.

The expansion, announced Wednesday at a news conference in Saskatoon, will raise the mine's annual capacity from 2.4 million tonnes to four million tonnes by 2029.

"The long-term fundamentals for potash have never been stronger," president and CEO Graham Thiessen said. "The world needs to feed more people on less land, and Saskatchewan has the best potash in the world."

Thiessen said the company had also looked at expanding its New Mexico operations. He credited Saskatchewan's "stable regulatory environment" and skilled workforce for the decision.

Energy and Resources Minister Colleen Brandt called the announcement "a vote of confidence in this province."

"This is exactly the kind of investment we've been working to attract," Brandt told reporters, adding that the province's potash royalty structure would not change.

According to the Saskatchewan Mining Association, the potash sector employs about 5,000 people directly in the province.

The mine sits on Treaty 6 territory. Chief Darren Okemaw of the Muskeg Lake Cree Nation said the First Nation had signed a benefits agreement with the company guaranteeing it a share of contracts and jobs.

"Our young people shouldn't have to leave home to find good work. With this agreement, they won't have to," Okemaw said.

Not everyone in the area was celebrating. Reeve Wendell Krawchuk of the RM of Colonsay said local roads were already "taking a beating" from heavy trucks.

"We're happy to see the jobs, but somebody has to pay to fix the grid roads, and it shouldn't be the ratepayers," he said.

University of Saskatchewan economist Priya Raman said the timing was notable given that potash prices had fallen sharply from their 2022 peak.

"Companies in this business plan on 30- and 40-year horizons. They aren't making this decision based on what the price is this quarter," Raman said.

Construction is expected to start next spring, pending provincial environmental approval.""", [
        Q("it will spend $2.1 billion to expand its Colonsay West mine east of Saskatoon", "indirect",
          "Northern Plains Potash Inc.", "Northern Plains Potash Inc."),
        Q("the project will create about 600 construction jobs and 250 permanent positions", "indirect",
          "The company", "Northern Plains Potash Inc.", speaker_at="The company says"),
        Q('"The long-term fundamentals for potash have never been stronger,"', "direct", "Graham Thiessen",
          "Graham Thiessen"),
        Q('"The world needs to feed more people on less land, and Saskatchewan has the best potash in the world."',
          "direct", "Graham Thiessen", "Graham Thiessen"),
        Q("the company had also looked at expanding its New Mexico operations", "indirect", "Thiessen",
          "Graham Thiessen", speaker_at="Thiessen said the company"),
        Q('"stable regulatory environment"', "partial", "He", "Graham Thiessen", speaker_at="He credited"),
        Q('"a vote of confidence in this province."', "partial", "Colleen Brandt", "Colleen Brandt"),
        Q('"This is exactly the kind of investment we\'ve been working to attract,"', "direct", "Brandt",
          "Colleen Brandt", speaker_at="Brandt told"),
        Q("that the province's potash royalty structure would not change", "indirect", "Brandt", "Colleen Brandt",
          speaker_at="Brandt told"),
        Q("the potash sector employs about 5,000 people directly in the province", "indirect",
          "the Saskatchewan Mining Association", "Saskatchewan Mining Association"),
        Q("the First Nation had signed a benefits agreement with the company guaranteeing it a share of contracts and "
          "jobs", "indirect", "Darren Okemaw", "Darren Okemaw"),
        Q('"Our young people shouldn\'t have to leave home to find good work. With this agreement, they won\'t '
          'have to,"',
          "direct", "Okemaw", "Darren Okemaw", speaker_at="Okemaw said"),
        Q('"taking a beating"', "partial", "Wendell Krawchuk", "Wendell Krawchuk"),
        Q('"We\'re happy to see the jobs, but somebody has to pay to fix the grid roads, and it shouldn\'t be the '
          'ratepayers,"', "direct", "he", "Wendell Krawchuk", speaker_at="he said"),
        Q("the timing was notable given that potash prices had fallen sharply from their 2022 peak", "indirect",
          "Priya Raman", "Priya Raman"),
        Q('"Companies in this business plan on 30- and 40-year horizons. They aren\'t making this decision based on '
          'what the price is this quarter,"', "direct", "Raman", "Priya Raman",
          speaker_at="quarter,\" Raman said"),
    ], source="blind"),
    Case("blind91-indian-head-er", """Indian Head ER to close overnight through summer, SHA says

The emergency department at Indian Head Union Hospital will close overnight from July 2 until at least the end of August because of a shortage of physicians, the Saskatchewan Health Authority says.

The ER will be open from 8 a.m. to 8 p.m. on weekdays and closed entirely on weekends, according to the SHA.

In a statement, the health authority said it had been “unable to secure adequate physician coverage” for the summer. It said patients needing emergency care after hours should call 911 or go to Regina General Hospital, about 70 kilometres west.

“We understand how difficult service disruptions are for patients and families,” said Lori Sauder, the SHA’s executive director of rural acute care. “We are actively recruiting and will restore full hours as soon as we safely can.”

Indian Head Mayor Shannon Hradecki said residents had been living with on-and-off closures for more than two years.

“Every time it closes, people start wondering whether it will ever fully reopen,” Hradecki said. “That kind of uncertainty makes it harder to recruit doctors, not easier.”

Dr. Amir Haddad, one of two physicians who currently staff the hospital, told the Leader-Post the remaining doctors were “exhausted” after covering extra shifts all spring.

He said the town needed at least four full-time physicians to keep the ER running around the clock.

NDP health critic Jordan Beaudry said the government had “let rural health care slide” and called for a provincewide recruitment strategy.

Health Minister Grant Sobchuk said in the legislature this spring that the province had hired more than 300 health-care workers under its rural recruitment plan.

Coach Brent Lasko, whose Indian Head Chiefs play at the rink next door, said the closure worried him.

“We’ve had kids go straight from the ice to that ER with cuts and concussions,” Lasko said. “Now it’s an hour’s drive.”

The hospital’s “temporary” overnight closures began in the fall of 2022.""", [
        Q("The emergency department at Indian Head Union Hospital will close overnight from July 2 until at least the "
          "end of August because of a shortage of physicians", "indirect", "the Saskatchewan Health Authority",
          "Saskatchewan Health Authority"),
        Q("The ER will be open from 8 a.m. to 8 p.m. on weekdays and closed entirely on weekends", "indirect",
          "the SHA", "Saskatchewan Health Authority", speaker_at="according to the SHA"),
        Q("“unable to secure adequate physician coverage”", "partial", "the health authority",
          "Saskatchewan Health Authority"),
        Q("patients needing emergency care after hours should call 911 or go to Regina General Hospital, about 70 "
          "kilometres west", "indirect", "It", "Saskatchewan Health Authority", speaker_at="It said patients"),
        Q("“We understand how difficult service disruptions are for patients and families,”", "direct", "Lori Sauder",
          "Lori Sauder"),
        Q("“We are actively recruiting and will restore full hours as soon as we safely can.”", "direct", "Lori Sauder",
          "Lori Sauder"),
        Q("residents had been living with on-and-off closures for more than two years", "indirect", "Shannon Hradecki",
          "Shannon Hradecki"),
        Q("“Every time it closes, people start wondering whether it will ever fully reopen,”", "direct", "Hradecki",
          "Shannon Hradecki", speaker_at="reopen,” Hradecki said"),
        Q("“That kind of uncertainty makes it harder to recruit doctors, not easier.”", "direct", "Hradecki",
          "Shannon Hradecki", speaker_at="reopen,” Hradecki said"),
        Q("“exhausted”", "partial", "Amir Haddad", "Amir Haddad"),
        Q("the town needed at least four full-time physicians to keep the ER running around the clock", "indirect",
          "He", "Amir Haddad", speaker_at="He said the town"),
        Q("“let rural health care slide”", "partial", "Jordan Beaudry", "Jordan Beaudry"),
        Q("that the province had hired more than 300 health-care workers under its rural recruitment plan", "indirect",
          "Grant Sobchuk", "Grant Sobchuk"),
        Q("the closure worried him", "indirect", "Brent Lasko", "Brent Lasko"),
        Q("“We’ve had kids go straight from the ice to that ER with cuts and concussions,”", "direct", "Lasko",
          "Brent Lasko", speaker_at="Lasko said"),
        Q("“Now it’s an hour’s drive.”", "direct", "Lasko", "Brent Lasko", speaker_at="Lasko said"),
    ], source="blind"),
    Case("blind91-heartland-layoffs", """Oil sands contractor lays off 700 after upgrader expansion shelved

About 700 workers employed by an Edmonton-area industrial contractor have lost their jobs after an oil sands producer shelved a planned upgrader expansion, the company confirmed Monday.

Nisku-based Tamarack Industrial Services said it had issued layoff notices to pipefitters, welders, scaffolders and labourers working on the Redwater Upgrader expansion in Alberta’s Industrial Heartland, northeast of Edmonton.

“We had crews ready to go for another two years on that job,” Tamarack president Darcy Lemieux said in an interview. “When the client pulled the plug, we had nowhere to put them.”

The project’s owner, Peace River Oil Sands Corp., said last week it was deferring the $3.4-billion expansion indefinitely, citing “market uncertainty” and rising construction costs.

Lisa Kowalchuk, executive director of the Building Trades of Alberta, said many of those laid off were apprentices who now risked losing their training hours.

“You can’t finish an apprenticeship if there’s no job to apprentice on,” she said, “and a lot of these young people will head to B.C. or Texas and they won’t come back.”

Energy Minister Ross Demchuk told reporters at the legislature that the government was disappointed by the decision but that investment decisions were up to companies.

“We don’t pick winners and losers,” Demchuk said. “What we can do is make Alberta the most competitive place to build, and we’re doing that.”

NDP energy critic Marisa Chorney said the layoffs were “the predictable result” of a government with “no plan for the next downturn.”

CBC News reported Monday that several other contractors in the Heartland were also trimming staff.

Kyle Brenner, an economist at the University of Calgary’s School of Public Policy, said deferrals of this kind were typical when companies were uncertain about long-term demand and pipeline capacity.

“Nobody wants to be the one who spends billions and finishes just as the market turns,” he said.

“I’ve got a truck payment and a baby due in April. I’ll go wherever the work is,” said Jesse Cardinal, 31, a welder from Fort Saskatchewan who got his notice on Friday.""", [
        Q("About 700 workers employed by an Edmonton-area industrial contractor have lost their jobs after an oil "
          "sands producer shelved a planned upgrader expansion", "indirect", "the company",
          "Tamarack Industrial Services",
          speaker_at="the company confirmed"),
        Q("it had issued layoff notices to pipefitters, welders, scaffolders and labourers working on the Redwater "
          "Upgrader expansion in Alberta’s Industrial Heartland, northeast of Edmonton", "indirect",
          "Tamarack Industrial Services", "Tamarack Industrial Services"),
        Q("“We had crews ready to go for another two years on that job,”", "direct", "Darcy Lemieux", "Darcy Lemieux"),
        Q("“When the client pulled the plug, we had nowhere to put them.”", "direct", "Darcy Lemieux", "Darcy Lemieux"),
        Q("it was deferring the $3.4-billion expansion indefinitely", "indirect", "Peace River Oil Sands Corp.",
          "Peace River Oil Sands Corp."),
        Q("“market uncertainty”", "partial", "Peace River Oil Sands Corp.", "Peace River Oil Sands Corp."),
        Q("many of those laid off were apprentices who now risked losing their training hours", "indirect",
          "Lisa Kowalchuk", "Lisa Kowalchuk"),
        Q("“You can’t finish an apprenticeship if there’s no job to apprentice on,”", "direct", "she",
          "Lisa Kowalchuk", speaker_at="she said"),
        Q("“and a lot of these young people will head to B.C. or Texas and they won’t come back.”", "direct", "she",
          "Lisa Kowalchuk", speaker_at="she said"),
        Q("that the government was disappointed by the decision but that investment decisions were up to companies",
          "indirect", "Ross Demchuk", "Ross Demchuk"),
        Q("“We don’t pick winners and losers,”", "direct", "Demchuk", "Ross Demchuk", speaker_at="Demchuk said"),
        Q("“What we can do is make Alberta the most competitive place to build, and we’re doing that.”", "direct",
          "Demchuk", "Ross Demchuk", speaker_at="Demchuk said"),
        Q("“the predictable result”", "partial", "Marisa Chorney", "Marisa Chorney"),
        Q("“no plan for the next downturn.”", "partial", "Marisa Chorney", "Marisa Chorney"),
        Q("that several other contractors in the Heartland were also trimming staff", "indirect", "CBC News",
          "CBC News"),
        Q("deferrals of this kind were typical when companies were uncertain about long-term demand and pipeline "
          "capacity", "indirect", "Kyle Brenner", "Kyle Brenner"),
        Q("“Nobody wants to be the one who spends billions and finishes just as the market turns,”", "direct", "he",
          "Kyle Brenner", speaker_at="he said"),
        Q("“I’ve got a truck payment and a baby due in April. I’ll go wherever the work is,”", "direct",
          "Jesse Cardinal", "Jesse Cardinal"),
    ], source="blind"),
]
