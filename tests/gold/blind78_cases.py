"""Blind gold set 78: short news articles from many outlets, written once.

Sixteen articles in the house styles of Zambian and Zimbabwean dailies, Northern Irish papers, Singaporean and
Indonesian English-language press and Caribbean island weeklies. The set was written without looking at the
pretagger, its output or the other gold sets, so the figures on it say how the rules carry over to news they
have never seen. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind78-chingola-rockfall", """Four miners die in Chingola rockfall

FOUR miners have died and seven others have been injured after a rockfall at an underground section of Kakosa Copper Mine in Chingola.

Copperbelt Province Police Commissioner Sandford Mulenga said the accident happened around 02:30 hours on Tuesday when a section of the hanging wall collapsed at the 720-metre level.

"The victims were trapped under loose rocks while drilling. Rescue teams managed to retrieve the bodies around 09:00 hours," Mr Mulenga said.

He said the injured miners had been taken to Nchanga North General Hospital, where two were in a critical condition.

Mines and Minerals Development Minister Chileshe Banda, who visited the scene yesterday, described the accident as "painful and avoidable".

"We cannot continue losing lives in our mines. I have directed the Mines Safety Department to immediately carry out an audit of all underground operations at this mine," Mr Banda said.

He said Government would not hesitate to suspend the licence of any mining company found wanting on safety.

According to the minister, the Mines Safety Department had inspected the section two weeks ago and raised concerns about ground support.

Kakosa Copper Mines chief executive officer Gabriel Phiri said in a statement that the company had suspended operations at the affected shaft and was "deeply saddened" by the loss of life.

"Our thoughts are with the families of our colleagues. We are cooperating fully with the authorities," Mr Phiri said.

But Mineworkers Union of Zambia (MUZ) Chingola branch secretary Joseph Kalaba said workers had complained about the condition of the tunnels for months.

"We raised this matter with management in January and nothing was done. These deaths could have been prevented," Mr Kalaba said.

Relatives who gathered at the mine gate yesterday demanded answers. "My brother left home at night and we were told in the morning that he is no more," said Agness Mwale, whose brother was among the dead.

Chingola District Commissioner Mutale Chisanga said Government would assist the bereaved families with funeral arrangements.

The section, known to miners as "Shaft 7 Deeps", has been closed pending investigations.""", [
        Q("the accident happened around 02:30 hours on Tuesday when a section of the hanging wall collapsed at the "
          "720-metre level", "indirect", "Sandford Mulenga", "Sandford Mulenga"),
        Q('"The victims were trapped under loose rocks while drilling. Rescue teams managed to retrieve the bodies '
          'around 09:00 hours,"', "direct", "Mulenga", "Sandford Mulenga", speaker_at="Mr Mulenga said"),
        Q("the injured miners had been taken to Nchanga North General Hospital, where two were in a critical "
          "condition", "indirect", "He", "Sandford Mulenga", speaker_at="He said the injured"),
        Q('"painful and avoidable"', "partial", "Chileshe Banda", "Chileshe Banda"),
        Q('"We cannot continue losing lives in our mines. I have directed the Mines Safety Department to immediately '
          'carry out an audit of all underground operations at this mine,"', "direct", "Banda", "Chileshe Banda",
          speaker_at="Mr Banda said"),
        Q("Government would not hesitate to suspend the licence of any mining company found wanting on safety",
          "indirect", "He", "Chileshe Banda", speaker_at="He said Government would not"),
        Q("the Mines Safety Department had inspected the section two weeks ago and raised concerns about ground "
          "support", "indirect", "the minister", "Chileshe Banda"),
        Q("that the company had suspended operations at the affected shaft", "indirect", "Gabriel Phiri",
          "Gabriel Phiri"),
        Q('"deeply saddened"', "partial", "Gabriel Phiri", "Gabriel Phiri"),
        Q('"Our thoughts are with the families of our colleagues. We are cooperating fully with the authorities,"',
          "direct", "Phiri", "Gabriel Phiri", speaker_at="Mr Phiri said"),
        Q("workers had complained about the condition of the tunnels for months", "indirect", "Joseph Kalaba",
          "Joseph Kalaba"),
        Q('"We raised this matter with management in January and nothing was done. These deaths could have been '
          'prevented,"', "direct", "Kalaba", "Joseph Kalaba", speaker_at="Mr Kalaba said"),
        Q('"My brother left home at night and we were told in the morning that he is no more,"', "direct",
          "Agness Mwale", "Agness Mwale"),
        Q("Government would assist the bereaved families with funeral arrangements", "indirect", "Mutale Chisanga",
          "Mutale Chisanga"),
    ], source="blind"),
    Case("blind78-mimika-mine", """Five Workers Killed in Underground Mud Rush at Papua Copper Mine

Timika. At least five workers were killed and two remain missing after a wet muck spill flooded an underground tunnel at a copper and gold mine in Mimika, Central Papua, on Monday night, officials said.

The incident occurred at the Kucing Hitam block operated by PT Amole Tembaga Nusantara (ATN), about 90 kilometers north of Timika, according to the Mimika Police.

"Our search and rescue team has been working since midnight. Access is very difficult because the tunnel is still partly filled with mud," Mimika Police Chief Adj. Sr. Comr. Yosias Wanimbo told reporters on Tuesday.

Yosias said the two missing workers were contract employees from South Sulawesi.

The company confirmed the deaths in a brief statement, saying it had halted all underground activity at the block "as a precaution."

"Our priority right now is to find our missing colleagues and support the families," ATN spokesperson Ratna Kusumawardhani said. She added that the company had flown the bodies to Timika and would cover all funeral costs.

The director general of minerals and coal at the Energy and Mineral Resources Ministry, Hendra Simanjuntak, said an inspection team had been dispatched from Jakarta.

"We will look at whether the early warning system was working properly. If there was negligence, there will be sanctions," Hendra said.

The Kucing Hitam block was hit by a smaller spill in 2022, which injured three people.

Labor activists have questioned the pace of underground expansion. Yohanes Kogoya, who chairs a local chapter of the Indonesian Metal Workers Federation, said workers often felt pressured to keep drilling during the rainy season.

"Management talks about zero harm, but on the ground the targets come first," he said.

Central Papua Governor Meki Tabuni called on the company to be "transparent and humane" toward the victims' families, most of whom live outside the province.

Residents of Banti village, which lies downstream from the mine, said they had heard sirens throughout the night.

ATN, a joint venture between a state mining holding company and a Singapore-based investor, produced about 180,000 tons of copper concentrate last year.""", [
        Q("At least five workers were killed and two remain missing after a wet muck spill flooded an underground "
          "tunnel at a copper and gold mine in Mimika, Central Papua, on Monday night", "indirect", "officials",
          None),
        Q("The incident occurred at the Kucing Hitam block operated by PT Amole Tembaga Nusantara (ATN), about 90 "
          "kilometers north of Timika", "indirect", "the Mimika Police", "Mimika Police"),
        Q('"Our search and rescue team has been working since midnight. Access is very difficult because the tunnel '
          'is still partly filled with mud,"', "direct", "Yosias Wanimbo", "Yosias Wanimbo"),
        Q("the two missing workers were contract employees from South Sulawesi", "indirect", "Yosias",
          "Yosias Wanimbo", speaker_at="Yosias said"),
        Q("it had halted all underground activity at the block", "indirect", "The company",
          "PT Amole Tembaga Nusantara"),
        Q('"as a precaution."', "partial", "The company", "PT Amole Tembaga Nusantara"),
        Q('"Our priority right now is to find our missing colleagues and support the families,"', "direct",
          "Ratna Kusumawardhani", "Ratna Kusumawardhani"),
        Q("that the company had flown the bodies to Timika and would cover all funeral costs", "indirect", "She",
          "Ratna Kusumawardhani", speaker_at="She added"),
        Q("an inspection team had been dispatched from Jakarta", "indirect", "Hendra Simanjuntak",
          "Hendra Simanjuntak"),
        Q('"We will look at whether the early warning system was working properly. If there was negligence, there '
          'will be sanctions,"', "direct", "Hendra", "Hendra Simanjuntak", speaker_at="Hendra said"),
        Q("workers often felt pressured to keep drilling during the rainy season", "indirect", "Yohanes Kogoya",
          "Yohanes Kogoya"),
        Q('"Management talks about zero harm, but on the ground the targets come first,"', "direct", "he",
          "Yohanes Kogoya", speaker_at="he said"),
        Q('"transparent and humane"', "partial", "Meki Tabuni", "Meki Tabuni"),
        Q("they had heard sirens throughout the night", "indirect", "Residents of Banti village", None),
    ], source="blind"),
    Case("blind78-zambia-maize-ban", """Govt bans maize exports as drought bites

GOVERNMENT has suspended the export of maize and maize products with immediate effect following a drought that has hit most parts of the country.

Agriculture Minister Mwila Sichone says the ban will remain in force until the Food Reserve Agency (FRA) has secured enough stocks to last until the next harvest.

Speaking at a media briefing in Lusaka, yesterday, Sichone said the crop forecast survey had shown that production would fall by nearly 50 per cent.

"As Government, our first responsibility is to make sure that no Zambian goes to bed hungry. We cannot allow our maize to be exported when our own people may not have enough," he said.

He warned that anyone caught smuggling maize across the borders would have the grain forfeited to the State and would face prosecution.

The FRA says it has about 450,000 metric tonnes in its sheds, and has been instructed to buy more from farmers at K7,500 per tonne.

But the Zambia National Farmers Union (ZNFU) has described the decision as "a blow to farmers who planted for the regional market".

ZNFU president Mutinta Hamoonga says farmers who harvested early had already entered into contracts with buyers in the Democratic Republic of Congo and Malawi.

"Every time we have a bad season, the first thing government does is to close the borders. This discourages investment in agriculture," Hamoonga said in an interview.

She says the union would rather see government issue export permits for a limited quantity.

And University of Zambia economist Dr Kelvin Mutale says the ban may bring short-term relief on mealie meal prices but could hurt the country's reputation as a reliable supplier.

"The ban on its own will not bring down the price of mealie meal," Dr Mutale said. "Millers need a steady and predictable supply, and so do our neighbours."

At Soweto Market in Lusaka, traders said the price of a 25 kilogramme bag of breakfast mealie meal had risen to K290 this month.

"We are just waiting to see if it will come down. Customers are complaining every day," said Precious Banda, a trader.

State broadcaster ZNBC reported yesterday that immigration and police officers had been deployed to the Kasumbalesa and Mwami border posts to enforce the directive.""", [
        Q("the ban will remain in force until the Food Reserve Agency (FRA) has secured enough stocks to last until "
          "the next harvest", "indirect", "Mwila Sichone", "Mwila Sichone"),
        Q("the crop forecast survey had shown that production would fall by nearly 50 per cent", "indirect",
          "Sichone", "Mwila Sichone", speaker_at="Sichone said"),
        Q('"As Government, our first responsibility is to make sure that no Zambian goes to bed hungry. We cannot '
          'allow our maize to be exported when our own people may not have enough,"', "direct", "he",
          "Mwila Sichone", speaker_at="he said"),
        Q("that anyone caught smuggling maize across the borders would have the grain forfeited to the State and "
          "would face prosecution", "indirect", "He", "Mwila Sichone", speaker_at="He warned"),
        Q("it has about 450,000 metric tonnes in its sheds, and has been instructed to buy more from farmers at "
          "K7,500 per tonne", "indirect", "The FRA", "Food Reserve Agency"),
        Q('"a blow to farmers who planted for the regional market"', "partial",
          "the Zambia National Farmers Union", "Zambia National Farmers Union"),
        Q("farmers who harvested early had already entered into contracts with buyers in the Democratic Republic of "
          "Congo and Malawi", "indirect", "Mutinta Hamoonga", "Mutinta Hamoonga"),
        Q('"Every time we have a bad season, the first thing government does is to close the borders. This '
          'discourages investment in agriculture,"', "direct", "Hamoonga", "Mutinta Hamoonga",
          speaker_at="Hamoonga said"),
        Q("the union would rather see government issue export permits for a limited quantity", "indirect", "She",
          "Mutinta Hamoonga", speaker_at="She says"),
        Q("the ban may bring short-term relief on mealie meal prices but could hurt the country's reputation as a "
          "reliable supplier", "indirect", "Kelvin Mutale", "Kelvin Mutale"),
        Q('"The ban on its own will not bring down the price of mealie meal,"', "direct", "Mutale", "Kelvin Mutale",
          speaker_at="Dr Mutale said"),
        Q('"Millers need a steady and predictable supply, and so do our neighbours."', "direct", "Mutale",
          "Kelvin Mutale", speaker_at="Dr Mutale said"),
        Q("the price of a 25 kilogramme bag of breakfast mealie meal had risen to K290 this month", "indirect",
          "traders", None),
        Q('"We are just waiting to see if it will come down. Customers are complaining every day,"', "direct",
          "Precious Banda", "Precious Banda"),
        Q("that immigration and police officers had been deployed to the Kasumbalesa and Mwami border posts to "
          "enforce the directive", "indirect", "ZNBC", "ZNBC"),
    ], source="blind"),
    Case("blind78-zimbabwe-maize-ban", """Govt extends maize export ban

Herald Reporter

GOVERNMENT has extended the ban on the export of maize and maize-meal by a further six months to safeguard national food security.

Lands, Agriculture, Fisheries, Water and Rural Development Permanent Secretary Dr Tendai Mavhunga said the decision was taken after a review of the national grain balance sheet.

“The country is food secure, but we want to make sure that the strategic grain reserve is not depleted by unscrupulous traders who buy locally and sell across our borders,” he said in an interview yesterday.

Dr Mavhunga said traders with genuine export orders could still apply for permits, which would be considered “on a case-by-case basis”.

The Grain Marketing Board (GMB) said it had received more than 600 000 tonnes of maize from farmers since the start of the marketing season.

GMB chief executive Cde Rumbidzai Nyamadzawo said payments to farmers were now being made within 72 hours of delivery.

“We have improved our systems. Farmers no longer have to wait for weeks to be paid,” she said.

However, the Grain Millers Association of Zimbabwe (GMAZ) warned that the ban could push up the price of mealie-meal if local supply tightened.

GMAZ chairperson Mr Tafadzwa Chikomba said millers were already importing some maize from Zambia and Malawi to meet demand.

“The ban is understandable, but Government must also allow millers to import without delays,” said Mr Chikomba. “Otherwise, the consumer will pay the price.”

Economist Professor Tawanda Hove said the policy sent mixed signals to the market.

“On the one hand we are told that we have a bumper harvest; on the other hand we are banning exports,” he said. “Investors read that as uncertainty.”

Farmers in Mashonaland Central told The Herald that they would rather sell to the GMB than risk having their grain seized at the border.

“The GMB is paying in US dollars now. For us, that is better than the risk of smuggling,” said Mr Simbarashe Chirwa, a farmer from Bindura.

Police have intensified patrols at Chirundu, Nyamapanda and Forbes border posts, according to national police spokesperson Assistant Commissioner Tinashe Moyo.

The ban was first introduced in April last year.""", [
        Q("the decision was taken after a review of the national grain balance sheet", "indirect", "Tendai Mavhunga",
          "Tendai Mavhunga"),
        Q("“The country is food secure, but we want to make sure that the strategic grain reserve is not depleted by "
          "unscrupulous traders who buy locally and sell across our borders,”", "direct", "he", "Tendai Mavhunga",
          speaker_at="he said in an interview"),
        Q("traders with genuine export orders could still apply for permits", "indirect", "Mavhunga",
          "Tendai Mavhunga", speaker_at="Dr Mavhunga said"),
        Q("“on a case-by-case basis”", "partial", "Mavhunga", "Tendai Mavhunga", speaker_at="Dr Mavhunga said"),
        Q("it had received more than 600 000 tonnes of maize from farmers since the start of the marketing season",
          "indirect", "The Grain Marketing Board", "Grain Marketing Board"),
        Q("payments to farmers were now being made within 72 hours of delivery", "indirect", "Rumbidzai Nyamadzawo",
          "Rumbidzai Nyamadzawo"),
        Q("“We have improved our systems. Farmers no longer have to wait for weeks to be paid,”", "direct", "she",
          "Rumbidzai Nyamadzawo", speaker_at="she said"),
        Q("that the ban could push up the price of mealie-meal if local supply tightened", "indirect",
          "the Grain Millers Association of Zimbabwe", "Grain Millers Association of Zimbabwe"),
        Q("millers were already importing some maize from Zambia and Malawi to meet demand", "indirect",
          "Tafadzwa Chikomba", "Tafadzwa Chikomba"),
        Q("“The ban is understandable, but Government must also allow millers to import without delays,”", "direct",
          "Chikomba", "Tafadzwa Chikomba", speaker_at="said Mr Chikomba"),
        Q("“Otherwise, the consumer will pay the price.”", "direct", "Chikomba", "Tafadzwa Chikomba",
          speaker_at="said Mr Chikomba"),
        Q("the policy sent mixed signals to the market", "indirect", "Tawanda Hove", "Tawanda Hove"),
        Q("“On the one hand we are told that we have a bumper harvest; on the other hand we are banning exports,”",
          "direct", "he", "Tawanda Hove", speaker_at="he said. “Investors"),
        Q("“Investors read that as uncertainty.”", "direct", "he", "Tawanda Hove", speaker_at="he said. “Investors"),
        Q("that they would rather sell to the GMB than risk having their grain seized at the border", "indirect",
          "Farmers in Mashonaland Central", None),
        Q("“The GMB is paying in US dollars now. For us, that is better than the risk of smuggling,”", "direct",
          "Simbarashe Chirwa", "Simbarashe Chirwa"),
        Q("Police have intensified patrols at Chirundu, Nyamapanda and Forbes border posts", "indirect",
          "Tinashe Moyo", "Tinashe Moyo"),
    ], source="blind"),
    Case("blind78-antrim-trolleys", """Patients wait up to 40 hours on trolleys as Antrim A&E hits breaking point

More than 100 patients were waiting on trolleys in emergency departments across Northern Ireland on Monday morning, with some at Antrim Area Hospital having spent almost two days there.

According to the Northern Health and Social Care Trust, 38 patients in the Antrim department were waiting for a bed at 8am, and the longest wait was 40 hours.

Royal College of Nursing (RCN) Northern Ireland director Siobhan McAleer described the scenes as “frankly Dickensian”.

“This is not winter pressure any more. This is what happens every single day in our emergency departments,” she said.

“Our members are exhausted and they are frightened that something will go badly wrong on their watch.

“We have written to the Health Minister three times since October and we are still waiting for a meaningful response.”

The Trust said it had opened additional escalation beds and apologised to patients who had experienced long waits.

In a statement, a spokesperson said: “We fully acknowledge that the waits some patients have experienced in our emergency department are unacceptable, and we are sorry.”

The spokesperson added that the Trust was working with GPs and care homes to speed up discharges, as around 90 medically fit patients were waiting for a care package.

Health Minister Declan Houston said the system was “running far beyond capacity” and blamed years of underfunding.

“I will not pretend there is a quick fix. We need to recruit more staff and we need to fix social care, and both of those need money the Executive does not have,” Mr Houston told BBC Radio Ulster’s Good Morning Ulster.

South Antrim MLA Gemma Rainey said a constituent, an 87-year-old woman with a broken hip, had waited 31 hours for a bed.

“Her family were told to bring in food and a blanket. That is the reality in 2024,” Ms Rainey said.

Dr Paul Kerr, deputy chair of the British Medical Association’s Northern Ireland council, warned that trolley waits were linked to avoidable deaths.

“The evidence is clear: the longer a patient waits, the worse the outcome,” he said.

The Department of Health said figures for the last quarter would be published on Thursday.""", [
        Q("38 patients in the Antrim department were waiting for a bed at 8am, and the longest wait was 40 hours",
          "indirect", "the Northern Health and Social Care Trust", "Northern Health and Social Care Trust"),
        Q("“frankly Dickensian”", "partial", "Siobhan McAleer", "Siobhan McAleer"),
        Q("“This is not winter pressure any more. This is what happens every single day in our emergency "
          "departments,”", "direct", "she", "Siobhan McAleer", speaker_at="she said"),
        Q("“Our members are exhausted and they are frightened that something will go badly wrong on their watch.",
          "direct", "she", "Siobhan McAleer", speaker_at="she said"),
        Q("“We have written to the Health Minister three times since October and we are still waiting for a "
          "meaningful response.”", "direct", "she", "Siobhan McAleer", speaker_at="she said"),
        Q("it had opened additional escalation beds and apologised to patients who had experienced long waits",
          "indirect", "The Trust", "Northern Health and Social Care Trust", speaker_at="The Trust said"),
        Q("“We fully acknowledge that the waits some patients have experienced in our emergency department are "
          "unacceptable, and we are sorry.”", "direct", "a spokesperson", None),
        Q("that the Trust was working with GPs and care homes to speed up discharges, as around 90 medically fit "
          "patients were waiting for a care package", "indirect", "The spokesperson", None),
        Q("“running far beyond capacity”", "partial", "Declan Houston", "Declan Houston"),
        Q("“I will not pretend there is a quick fix. We need to recruit more staff and we need to fix social care, "
          "and both of those need money the Executive does not have,”", "direct", "Houston", "Declan Houston",
          speaker_at="Mr Houston told"),
        Q("a constituent, an 87-year-old woman with a broken hip, had waited 31 hours for a bed", "indirect",
          "Gemma Rainey", "Gemma Rainey"),
        Q("“Her family were told to bring in food and a blanket. That is the reality in 2024,”", "direct", "Rainey",
          "Gemma Rainey", speaker_at="Ms Rainey said"),
        Q("that trolley waits were linked to avoidable deaths", "indirect", "Paul Kerr", "Paul Kerr"),
        Q("“The evidence is clear: the longer a patient waits, the worse the outcome,”", "direct", "he", "Paul Kerr",
          speaker_at="he said"),
        Q("figures for the last quarter would be published on Thursday", "indirect", "The Department of Health",
          "Department of Health"),
    ], source="blind"),
    Case("blind78-altnagelvin-trolleys", """Trolley waits at Altnagelvin reach record high

A record 61 patients were waiting on trolleys at Altnagelvin Area Hospital’s emergency department on Tuesday, the Journal has learned.

Twenty-three of those patients had waited more than 24 hours for a bed on a ward.

A nurse who has worked in the department for more than a decade, and who asked not to be named, told the Journal that staff were ‘running on empty’.

‘You go home after a twelve-hour shift and you lie awake thinking about the people you couldn’t get to,’ she said. ‘That’s not nursing. That’s firefighting.’

The Western Health and Social Care Trust said it was under ‘extreme pressure’ across its hospitals and urged the public to attend the emergency department only in a genuine emergency.

Director of Unscheduled Care Dr Aoife McCloskey said the Trust had 74 patients who were medically fit to leave but who could not be discharged because no home care was available.

‘Every one of those beds is a bed we cannot give to someone on a trolley downstairs,’ Dr McCloskey said.

‘We are doing everything we can, and I want to pay tribute to our staff, who are going above and beyond.

‘But this is a whole-system problem and it needs a whole-system answer.’

Foyle MLA Padraig Doherty described the situation as ‘a scandal’ and said he had raised it directly with the Health Minister.

‘People in this city have been patient for long enough,’ he said. ‘We were promised a new emergency department and a fully staffed hospital, and what we have is corridors full of trolleys.’

Local pensioner Bernadette Gallagher, 79, said she had spent 29 hours on a trolley last month after a fall at her home in the Waterside.

‘The nurses were angels, but there was nowhere to put me,’ she said.

Derry City and Strabane District Council is to debate a motion on the ‘hospital crisis’ at its monthly meeting next week.

A Department of Health spokesperson said the Minister would meet Trust officials in the coming weeks, adding that he was ‘acutely aware’ of the pressures facing Altnagelvin.""", [
        Q("‘running on empty’", "partial", "A nurse", None),
        Q("‘You go home after a twelve-hour shift and you lie awake thinking about the people you couldn’t get to,’",
          "direct", "she", None, speaker_at="get to,’ she said"),
        Q("‘That’s not nursing. That’s firefighting.’", "direct", "she", None, speaker_at="get to,’ she said"),
        Q("‘extreme pressure’", "partial", "The Western Health and Social Care Trust",
          "Western Health and Social Care Trust"),
        Q("the Trust had 74 patients who were medically fit to leave but who could not be discharged because no "
          "home care was available", "indirect", "Aoife McCloskey", "Aoife McCloskey"),
        Q("‘Every one of those beds is a bed we cannot give to someone on a trolley downstairs,’", "direct",
          "McCloskey", "Aoife McCloskey", speaker_at="Dr McCloskey said"),
        Q("‘We are doing everything we can, and I want to pay tribute to our staff, who are going above and beyond.",
          "direct", "McCloskey", "Aoife McCloskey", speaker_at="Dr McCloskey said"),
        Q("‘But this is a whole-system problem and it needs a whole-system answer.’", "direct", "McCloskey",
          "Aoife McCloskey", speaker_at="Dr McCloskey said"),
        Q("‘a scandal’", "partial", "Padraig Doherty", "Padraig Doherty"),
        Q("he had raised it directly with the Health Minister", "indirect", "Padraig Doherty", "Padraig Doherty"),
        Q("‘People in this city have been patient for long enough,’", "direct", "he", "Padraig Doherty",
          speaker_at="he said. ‘We were"),
        Q("‘We were promised a new emergency department and a fully staffed hospital, and what we have is corridors "
          "full of trolleys.’", "direct", "he", "Padraig Doherty", speaker_at="he said. ‘We were"),
        Q("she had spent 29 hours on a trolley last month after a fall at her home in the Waterside", "indirect",
          "Bernadette Gallagher", "Bernadette Gallagher"),
        Q("‘The nurses were angels, but there was nowhere to put me,’", "direct", "she", "Bernadette Gallagher",
          speaker_at="me,’ she said"),
        Q("the Minister would meet Trust officials in the coming weeks", "indirect",
          "A Department of Health spokesperson", None),
        Q("‘acutely aware’", "partial", "A Department of Health spokesperson", None),
    ], source="blind"),
    Case("blind78-singapore-haze", """Haze returns as 24-hour PSI enters unhealthy range in the west

SINGAPORE – The haze returned to Singapore on Sunday, with the 24-hour Pollutant Standards Index (PSI) entering the unhealthy range in the west of the island for the first time in five years.

The PSI reading in the west stood at 112 at 6pm, said the National Environment Agency (NEA). It said the deterioration was due to a shift in wind direction that carried smoke from fires in southern Sumatra.

A PSI reading between 101 and 200 is considered unhealthy.

“Given the prevailing winds and the hotspot situation, hazy conditions may persist over the next few days,” the agency said in an advisory at 7pm. “The public is advised to reduce prolonged or strenuous outdoor physical exertion.”

NEA added that 161 hotspots had been detected in Sumatra on Saturday, up from 29 a day earlier.

Speaking to reporters on the sidelines of a community event in Jurong, Senior Minister of State for Sustainability and the Environment Amy Koh said the Government had activated the inter-agency Haze Task Force.

“We have stocks of N95 masks ready, and schools and childcare centres have been told to be prepared to limit outdoor activities,” said Ms Koh.

She said Singapore had also offered assistance to Indonesia to fight the fires, as it had in previous years.

The Ministry of Education said in a Facebook post that outdoor activities in schools would be reduced if the 24-hour PSI reached the unhealthy range the next morning.

Respiratory physician Benjamin Ong of Mount Elizabeth Hospital said those with asthma, chronic lung disease or heart disease should stay indoors as much as possible.

“For most healthy people, short exposure is not dangerous,” said Dr Ong, “but the elderly, young children and pregnant women should take extra care.”

Associate Professor Chew Wei Ling, an atmospheric scientist at the National University of Singapore, said the haze could worsen if the dry season dragged on.

“El Nino conditions mean drier weather in the region, and that makes peatland fires both easier to start and harder to put out,” Prof Chew said.

At a pharmacy in Jurong West, staff said that boxes of N95 masks had sold out by mid-afternoon.

Retiree Tan Siew Hoon, 68, who was out walking at Jurong Lake Gardens, said she had noticed a burning smell in the morning. “I thought my neighbour was burning something. Then I checked the app and saw the haze is back,” she said.

The NEA’s haze microsite and its “myENV” app carry hourly updates.""", [
        Q("The PSI reading in the west stood at 112 at 6pm", "indirect", "the National Environment Agency",
          "National Environment Agency"),
        Q("the deterioration was due to a shift in wind direction that carried smoke from fires in southern Sumatra",
          "indirect", "It", "National Environment Agency", speaker_at="It said the deterioration"),
        Q("“Given the prevailing winds and the hotspot situation, hazy conditions may persist over the next few "
          "days,”", "direct", "the agency", "National Environment Agency", speaker_at="the agency said"),
        Q("“The public is advised to reduce prolonged or strenuous outdoor physical exertion.”", "direct",
          "the agency", "National Environment Agency", speaker_at="the agency said"),
        Q("that 161 hotspots had been detected in Sumatra on Saturday, up from 29 a day earlier", "indirect", "NEA",
          "National Environment Agency", speaker_at="NEA added"),
        Q("the Government had activated the inter-agency Haze Task Force", "indirect", "Amy Koh", "Amy Koh"),
        Q("“We have stocks of N95 masks ready, and schools and childcare centres have been told to be prepared to "
          "limit outdoor activities,”", "direct", "Koh", "Amy Koh", speaker_at="said Ms Koh"),
        Q("Singapore had also offered assistance to Indonesia to fight the fires, as it had in previous years",
          "indirect", "She", "Amy Koh", speaker_at="She said Singapore"),
        Q("that outdoor activities in schools would be reduced if the 24-hour PSI reached the unhealthy range the "
          "next morning", "indirect", "The Ministry of Education", "Ministry of Education"),
        Q("those with asthma, chronic lung disease or heart disease should stay indoors as much as possible",
          "indirect", "Benjamin Ong", "Benjamin Ong"),
        Q("“For most healthy people, short exposure is not dangerous,”", "direct", "Ong", "Benjamin Ong",
          speaker_at="said Dr Ong"),
        Q("“but the elderly, young children and pregnant women should take extra care.”", "direct", "Ong",
          "Benjamin Ong", speaker_at="said Dr Ong"),
        Q("the haze could worsen if the dry season dragged on", "indirect", "Chew Wei Ling", "Chew Wei Ling"),
        Q("“El Nino conditions mean drier weather in the region, and that makes peatland fires both easier to start "
          "and harder to put out,”", "direct", "Chew", "Chew Wei Ling", speaker_at="Prof Chew said"),
        Q("that boxes of N95 masks had sold out by mid-afternoon", "indirect", "staff", None),
        Q("she had noticed a burning smell in the morning", "indirect", "Tan Siew Hoon", "Tan Siew Hoon"),
        Q("“I thought my neighbour was burning something. Then I checked the app and saw the haze is back,”",
          "direct", "she", "Tan Siew Hoon", speaker_at="back,” she said"),
    ], source="blind"),
    Case("blind78-riau-haze", """Haze blankets Pekanbaru as Riau declares emergency alert

Thick haze from forest and peatland fires blanketed Pekanbaru, the capital of Riau, on Tuesday, prompting the provincial administration to close schools and declare an emergency alert status for the next 14 days.

The Meteorology, Climatology and Geophysics Agency (BMKG) said its satellites had detected 214 hotspots across Riau on Monday evening, most of them in Pelalawan, Indragiri Hilir and Siak regencies.

Visibility at Sultan Syarif Kasim II International Airport dropped to 800 meters in the morning, delaying six flights, according to the airport operator.

"We have declared an emergency alert because the air quality has reached a level that is dangerous for children and the elderly," Riau acting governor Rahmat Hidayat said at the governor's office.

Rahmat said kindergartens and elementary schools in Pekanbaru would switch to online learning, while junior and senior high schools would shorten their hours.

The air pollution standard index (ISPU) in Pekanbaru reached 287 on Tuesday morning, a level categorized as "very unhealthy", the Riau Environment and Forestry Agency reported.

The agency's head, Yulia Eka Putri, said the fires were largely on concession land and on peat that had been drained for plantations.

"Once the peat is dry, a small fire can burn underground for weeks. That is why we are asking the companies to flood their canals," Yulia said.

The Environment and Forestry Ministry said in a statement it had sealed the land of four companies suspected of being linked to the fires and would pursue criminal and civil charges.

Riau Police spokesperson Adj. Sr. Comr. Hery Susanto said 17 people had been named suspects for clearing land by burning.

"We will not hesitate. Whoever burns land, individuals or corporations, will face the law," Hery said, as quoted by Antara.

At the Pekanbaru city health office, officials said they had recorded 2,340 cases of acute respiratory infection in the past week.

Residents said the smoke had become unbearable at night. "My son has been coughing for three days. We keep the windows shut but the smell still comes in," said Siti Aminah, a mother of two in Tampan district.

Greenpeace Indonesia forest campaigner Dimas Prasetyo said the government had "failed to learn" from the fires of 2015 and 2019, when millions of hectares burned.

Malaysia's Department of Environment reported on Tuesday that air quality in several areas of Johor and Malacca had also deteriorated.""", [
        Q("its satellites had detected 214 hotspots across Riau on Monday evening, most of them in Pelalawan, "
          "Indragiri Hilir and Siak regencies", "indirect", "The Meteorology, Climatology and Geophysics Agency",
          "Meteorology, Climatology and Geophysics Agency"),
        Q("Visibility at Sultan Syarif Kasim II International Airport dropped to 800 meters in the morning, delaying "
          "six flights", "indirect", "the airport operator", None),
        Q('"We have declared an emergency alert because the air quality has reached a level that is dangerous for '
          'children and the elderly,"', "direct", "Rahmat Hidayat", "Rahmat Hidayat"),
        Q("kindergartens and elementary schools in Pekanbaru would switch to online learning, while junior and "
          "senior high schools would shorten their hours", "indirect", "Rahmat", "Rahmat Hidayat",
          speaker_at="Rahmat said"),
        Q('The air pollution standard index (ISPU) in Pekanbaru reached 287 on Tuesday morning, a level categorized '
          'as "very unhealthy"', "indirect", "the Riau Environment and Forestry Agency",
          "Riau Environment and Forestry Agency"),
        Q("the fires were largely on concession land and on peat that had been drained for plantations", "indirect",
          "Yulia Eka Putri", "Yulia Eka Putri"),
        Q('"Once the peat is dry, a small fire can burn underground for weeks. That is why we are asking the '
          'companies to flood their canals,"', "direct", "Yulia", "Yulia Eka Putri", speaker_at="Yulia said"),
        Q("it had sealed the land of four companies suspected of being linked to the fires and would pursue criminal "
          "and civil charges", "indirect", "The Environment and Forestry Ministry",
          "Environment and Forestry Ministry"),
        Q("17 people had been named suspects for clearing land by burning", "indirect", "Hery Susanto",
          "Hery Susanto"),
        Q('"We will not hesitate. Whoever burns land, individuals or corporations, will face the law,"', "direct",
          "Hery", "Hery Susanto", speaker_at="Hery said"),
        Q("they had recorded 2,340 cases of acute respiratory infection in the past week", "indirect", "officials",
          None),
        Q("the smoke had become unbearable at night", "indirect", "Residents", None),
        Q('"My son has been coughing for three days. We keep the windows shut but the smell still comes in,"',
          "direct", "Siti Aminah", "Siti Aminah"),
        Q('"failed to learn"', "partial", "Dimas Prasetyo", "Dimas Prasetyo"),
        Q("that air quality in several areas of Johor and Malacca had also deteriorated", "indirect",
          "Malaysia's Department of Environment", "Department of Environment"),
    ], source="blind"),
    Case("blind78-ruwa-title-fraud", """Developer in court over fake Ruwa title deeds

A HARARE property developer yesterday appeared in court accused of selling 42 residential stands in Ruwa using forged title deeds, prejudicing home-seekers of more than US$380 000.

Nyasha Mutasa (47), the director of Greenfield Homes (Pvt) Ltd, who is popularly known as "Mr Ruwa" among home-seekers, is facing fraud charges. He pleaded not guilty before Harare regional magistrate Mrs Chiedza Marimo.

Prosecutor Mr Tonderai Chiweshe told the court that between March 2019 and June 2021, Mutasa advertised the stands on social media and in newspapers, claiming they were part of a registered subdivision of Lot 3 of Springvale Farm.

"The accused person knew very well that the land belonged to the State and that no subdivision permit had ever been issued," Chiweshe said.

The court heard that the complainants paid deposits of between US$5 000 and US$12 000 each and were issued with documents bearing the stamp of the Deeds Registry.

Testifying yesterday, one of the complainants, Mrs Loveness Dube, said she had used her late husband's pension to pay for a stand.

"He showed us the title deed and took us to the site. There were pegs and a signboard. We had no reason to doubt him," she told the court.

Dube said she only realised she had been duped when officials from the Ministry of Local Government demolished a foundation she had started building in 2022.

Deeds Registry examiner Mr Blessing Gumbo testified that the title deed numbers on the documents did not exist in the registry's records.

"These are not our documents. The paper, the stamp and the signature are all forgeries," he said.

Under cross-examination, Gumbo conceded that the registry had in the past issued duplicate deeds in error, but insisted that this was not one of those cases.

Defence lawyer Mr Arthur Makoni said his client had bought the land in good faith from a third party and was himself "a victim of a sophisticated syndicate".

Outside the court, dozens of members of the Ruwa Home-seekers Association gathered with placards.

"We have been waiting three years for justice. Some of us are now renting again," said the association's chairperson, Mr Farai Nhamo.

The trial continues today.""", [
        Q("that between March 2019 and June 2021, Mutasa advertised the stands on social media and in newspapers, "
          "claiming they were part of a registered subdivision of Lot 3 of Springvale Farm", "indirect",
          "Tonderai Chiweshe", "Tonderai Chiweshe"),
        Q('"The accused person knew very well that the land belonged to the State and that no subdivision permit had '
          'ever been issued,"', "direct", "Chiweshe", "Tonderai Chiweshe", speaker_at="Chiweshe said"),
        Q("that the complainants paid deposits of between US$5 000 and US$12 000 each and were issued with "
          "documents bearing the stamp of the Deeds Registry", "indirect", None, None),
        Q("she had used her late husband's pension to pay for a stand", "indirect", "Loveness Dube",
          "Loveness Dube"),
        Q('"He showed us the title deed and took us to the site. There were pegs and a signboard. We had no reason '
          'to doubt him,"', "direct", "she", "Loveness Dube", speaker_at="she told the court"),
        Q("she only realised she had been duped when officials from the Ministry of Local Government demolished a "
          "foundation she had started building in 2022", "indirect", "Dube", "Loveness Dube",
          speaker_at="Dube said"),
        Q("that the title deed numbers on the documents did not exist in the registry's records", "indirect",
          "Blessing Gumbo", "Blessing Gumbo"),
        Q('"These are not our documents. The paper, the stamp and the signature are all forgeries,"', "direct",
          "he", "Blessing Gumbo", speaker_at="he said"),
        Q("that the registry had in the past issued duplicate deeds in error", "indirect", "Gumbo", "Blessing Gumbo",
          speaker_at="Gumbo conceded"),
        Q("that this was not one of those cases", "indirect", "Gumbo", "Blessing Gumbo", speaker_at="Gumbo conceded"),
        Q("his client had bought the land in good faith from a third party", "indirect", "Arthur Makoni",
          "Arthur Makoni"),
        Q('"a victim of a sophisticated syndicate"', "partial", "Arthur Makoni", "Arthur Makoni"),
        Q('"We have been waiting three years for justice. Some of us are now renting again,"', "direct",
          "Farai Nhamo", "Farai Nhamo"),
    ], source="blind"),
    Case("blind78-westerhall-deeds-trial", """Lawyer, surveyor on trial over Westerhall land deeds

ST GEORGE'S, Grenada — The trial of a St George's attorney-at-law and a licensed land surveyor accused of forging a deed to sell family land in St David opened at the No. 2 High Court on Monday before Justice Carla Noel and a jury of nine.

Attorney-at-law Kendall Fortune, 56, and surveyor Desmond "Bull" Charles, 61, are jointly charged with conspiracy to defraud, forgery and uttering a false document in connection with the sale of 4.2 acres at Westerhall. Both have pleaded not guilty.

Opening the case for the Crown, Director of Public Prosecutions Tamara Alexis told jurors they would hear how a deed of gift, supposedly signed by the late Iris Bain in 2016, was drawn up eight months after her death.

"A dead woman cannot sign a deed," Ms Alexis said. "The Crown will show you that her signature was copied, her land was carved up and the lots were sold to people who trusted these two men."

According to Ms Alexis, the lots were sold to five buyers, three of them Grenadians living in New York and Toronto, for a combined EC$690,000.

The first witness, Mrs Bain's grandson Curtis Bain, testified that the family learned of the sale only when a neighbour saw a bulldozer on the property.

"We had been paying the taxes on that land for years," Bain told the court. "Then one day strangers were clearing it and telling us they owned it."

Under cross-examination by Senior Counsel Anselm Redhead, who represents Fortune, Bain agreed that his grandmother had spoken about giving part of the land to a church.

"But not to them, and not like that," he said.

Grace Pierre of the Grenada Diaspora Network, who is assisting the buyers, told The Informer outside the court that several of them had taken out loans to purchase the lots.

"Some of them have lost their life savings. They just want to see justice done," she said.

The Ministry of Legal Affairs said last year that the Deeds and Land Registry would be fully digitised by 2025. At the time, it described land fraud as "an epidemic" across the tri-island state.

A registry official, who asked not to be named, said the case had exposed "serious gaps" in the way documents were checked before registration.

The trial continues on Wednesday, when the surveyor's former assistant is expected to testify.""", [
        Q("they would hear how a deed of gift, supposedly signed by the late Iris Bain in 2016, was drawn up eight "
          "months after her death", "indirect", "Tamara Alexis", "Tamara Alexis"),
        Q('"A dead woman cannot sign a deed,"', "direct", "Alexis", "Tamara Alexis", speaker_at="Ms Alexis said"),
        Q('"The Crown will show you that her signature was copied, her land was carved up and the lots were sold to '
          'people who trusted these two men."', "direct", "Alexis", "Tamara Alexis", speaker_at="Ms Alexis said"),
        Q("the lots were sold to five buyers, three of them Grenadians living in New York and Toronto, for a "
          "combined EC$690,000", "indirect", "Alexis", "Tamara Alexis", speaker_at="According to Ms Alexis"),
        Q("that the family learned of the sale only when a neighbour saw a bulldozer on the property", "indirect",
          "Curtis Bain", "Curtis Bain"),
        Q('"We had been paying the taxes on that land for years,"', "direct", "Bain", "Curtis Bain",
          speaker_at="Bain told the court"),
        Q('"Then one day strangers were clearing it and telling us they owned it."', "direct", "Bain", "Curtis Bain",
          speaker_at="Bain told the court"),
        Q("that his grandmother had spoken about giving part of the land to a church", "indirect", "Bain",
          "Curtis Bain", speaker_at="Bain agreed"),
        Q('"But not to them, and not like that,"', "direct", "he", "Curtis Bain", speaker_at="he said"),
        Q("that several of them had taken out loans to purchase the lots", "indirect", "Grace Pierre",
          "Grace Pierre"),
        Q('"Some of them have lost their life savings. They just want to see justice done,"', "direct", "she",
          "Grace Pierre", speaker_at="she said"),
        Q("that the Deeds and Land Registry would be fully digitised by 2025", "indirect",
          "The Ministry of Legal Affairs", "Ministry of Legal Affairs"),
        Q('"an epidemic"', "partial", "it", "Ministry of Legal Affairs", speaker_at="it described"),
        Q('"serious gaps"', "partial", "A registry official", None),
    ], source="blind"),
    Case("blind78-leewards-selector-quits", """Leeward Islands chairman of selectors resigns

BASSETERRE, St Kitts — Former West Indies fast bowler Winston Liburd has resigned as chairman of selectors of the Leeward Islands Cricket Board (LICB), just three weeks before the start of the regional four-day championship.

In a letter to LICB president Conrad Hodge, dated Friday and seen by The Observer, Liburd said he could "no longer put my name to selections that I did not make".

Liburd, 58, who played nine Tests in the late 1980s, told The Observer on Tuesday that board members had twice overturned the panel's choices for the 14-man squad.

"When I took this job, I was promised that the selectors would select. That has not happened," he said. "I am not going to be a rubber stamp for anybody."

He declined to name the board members involved, but said the players affected were "young men from the smaller islands who deserve a chance".

Hodge, speaking from Antigua, rejected the claims. "No decision of the selection panel has been overturned. The board ratifies squads, as it always has, and that is all that happened," he said.

The LICB president said he was disappointed by the manner of the resignation, and thanked Liburd for his service.

The board said in a statement on Monday that an interim panel, headed by former Antigua captain Ashton Lake, would be named before the end of the week.

The St Kitts Cricket Association expressed "deep concern" at the development. Its president, Carl Tyson, said the association would request an urgent meeting with the LICB.

"We need clarity. Our players need to know that they are being judged on performance and nothing else," Tyson said.

One senior player, who spoke on condition of anonymity, said the dressing room was "unsettled" by the news.

"Winston was straight with everybody. You always knew where you stood with him," the player said.

A spokesman for Cricket West Indies (CWI) said the regional body would not comment on "an internal matter for the Leeward Islands".

Liburd said he would now concentrate on coaching at his academy in Sandy Point. "Cricket has given me everything," he said. "I just want it to be fair."

The four-day championship bowls off on February 7.""", [
        Q('"no longer put my name to selections that I did not make"', "partial", "Liburd", "Winston Liburd",
          speaker_at="Liburd said he could"),
        Q("that board members had twice overturned the panel's choices for the 14-man squad", "indirect", "Liburd",
          "Winston Liburd", speaker_at="Liburd, 58"),
        Q('"When I took this job, I was promised that the selectors would select. That has not happened,"', "direct",
          "he", "Winston Liburd", speaker_at='he said. "I am not'),
        Q('"I am not going to be a rubber stamp for anybody."', "direct", "he", "Winston Liburd",
          speaker_at='he said. "I am not'),
        Q('"young men from the smaller islands who deserve a chance"', "partial", "He", "Winston Liburd",
          speaker_at="He declined"),
        Q('"No decision of the selection panel has been overturned. The board ratifies squads, as it always has, '
          'and that is all that happened,"', "direct", "he", "Conrad Hodge",
          speaker_at='all that happened," he said'),
        Q("he was disappointed by the manner of the resignation", "indirect", "The LICB president", "Conrad Hodge"),
        Q("that an interim panel, headed by former Antigua captain Ashton Lake, would be named before the end of "
          "the week", "indirect", "The board", "Leeward Islands Cricket Board", speaker_at="The board said"),
        Q('"deep concern"', "partial", "The St Kitts Cricket Association", "St Kitts Cricket Association"),
        Q("the association would request an urgent meeting with the LICB", "indirect", "Carl Tyson", "Carl Tyson"),
        Q('"We need clarity. Our players need to know that they are being judged on performance and nothing '
          'else,"', "direct", "Tyson", "Carl Tyson", speaker_at="Tyson said"),
        Q('"unsettled"', "partial", "One senior player", None),
        Q('"Winston was straight with everybody. You always knew where you stood with him,"', "direct",
          "the player", None),
        Q('"an internal matter for the Leeward Islands"', "partial", "A spokesman for Cricket West Indies", None),
        Q("he would now concentrate on coaching at his academy in Sandy Point", "indirect", "Liburd",
          "Winston Liburd", speaker_at="Liburd said he would"),
        Q('"Cricket has given me everything,"', "direct", "he", "Winston Liburd",
          speaker_at='everything," he said'),
        Q('"I just want it to be fair."', "direct", "he", "Winston Liburd", speaker_at='everything," he said'),
    ], source="blind"),
    Case("blind78-zc-convenor-resigns", """ZC convenor of selectors steps down

Sports Reporter

ZIMBABWE Cricket’s convenor of selectors Tatenda Mashonganyika has resigned with immediate effect, less than a month before the national team’s Test tour of Bangladesh.

In a statement yesterday, Zimbabwe Cricket (ZC) said Mashonganyika had tendered his resignation on Monday and the board had accepted it “with regret”.

“Tatenda has served Zimbabwe cricket with distinction, both as a player and as an administrator, and we wish him well in his future endeavours,” ZC managing director Mr Lovemore Sibanda said in the statement.

Sibanda said the remaining members of the panel, former wicketkeeper Brighton Ndlovu and ex-all-rounder Simba Chari, would pick the touring squad with input from the head coach.

Mashonganyika, a former opening batsman who played 12 Tests, could not be reached for comment yesterday.

However, a source close to the selection panel told Chronicle Sport that the resignation followed a disagreement over the recall of two senior players who had skipped the recent domestic season.

“He felt strongly that you cannot pick players who have not played first-class cricket for a year. He was outvoted,” said the source.

Head coach Kudzai Murape played down talk of a rift, saying the selectors and the technical team had “a very good working relationship”.

“Selection meetings are robust. People disagree, that is normal, and at the end of the day we come out with one voice,” Murape told journalists at Queens Sports Club, where the team was training yesterday.

He added that the squad would be announced by Friday.

Former national team captain Tafara Mupariwa said the timing of the resignation was unfortunate.

“You don’t want this kind of distraction before a Test tour. The players will be reading about it,” he said.

Mupariwa said ZC needed to make the selection process more transparent, suggesting that the minutes of selection meetings be shared with players.

The Sports and Recreation Commission said it would not interfere, describing the resignation as “an internal ZC matter”.

Mashonganyika was appointed convenor in 2021, ending a period still remembered in local cricket circles as the “Harare era” of selection.

Zimbabwe leave for Dhaka on March 2.""", [
        Q("Mashonganyika had tendered his resignation on Monday and the board had accepted it", "indirect",
          "Zimbabwe Cricket", "Zimbabwe Cricket"),
        Q("“with regret”", "partial", "Zimbabwe Cricket", "Zimbabwe Cricket"),
        Q("“Tatenda has served Zimbabwe cricket with distinction, both as a player and as an administrator, and we "
          "wish him well in his future endeavours,”", "direct", "Lovemore Sibanda", "Lovemore Sibanda"),
        Q("the remaining members of the panel, former wicketkeeper Brighton Ndlovu and ex-all-rounder Simba Chari, "
          "would pick the touring squad with input from the head coach", "indirect", "Sibanda", "Lovemore Sibanda",
          speaker_at="Sibanda said the remaining"),
        Q("that the resignation followed a disagreement over the recall of two senior players who had skipped the "
          "recent domestic season", "indirect", "a source close to the selection panel", None),
        Q("“He felt strongly that you cannot pick players who have not played first-class cricket for a year. He "
          "was outvoted,”", "direct", "the source", None),
        Q("“a very good working relationship”", "partial", "Kudzai Murape", "Kudzai Murape"),
        Q("“Selection meetings are robust. People disagree, that is normal, and at the end of the day we come out "
          "with one voice,”", "direct", "Murape", "Kudzai Murape", speaker_at="Murape told"),
        Q("that the squad would be announced by Friday", "indirect", "He", "Kudzai Murape", speaker_at="He added"),
        Q("the timing of the resignation was unfortunate", "indirect", "Tafara Mupariwa", "Tafara Mupariwa"),
        Q("“You don’t want this kind of distraction before a Test tour. The players will be reading about it,”",
          "direct", "he", "Tafara Mupariwa", speaker_at="he said"),
        Q("ZC needed to make the selection process more transparent", "indirect", "Mupariwa", "Tafara Mupariwa",
          speaker_at="Mupariwa said ZC"),
        Q("that the minutes of selection meetings be shared with players", "indirect", "Mupariwa", "Tafara Mupariwa",
          speaker_at="Mupariwa said ZC"),
        Q("it would not interfere", "indirect", "The Sports and Recreation Commission",
          "Sports and Recreation Commission"),
        Q("“an internal ZC matter”", "partial", "The Sports and Recreation Commission",
          "Sports and Recreation Commission"),
    ], source="blind"),
    Case("blind78-singapore-fare-rise", """Bus and train fares to rise by up to 11 cents from December

SINGAPORE – Commuters will pay more for bus and train rides from Dec 28, after the Public Transport Council (PTC) approved a 6 per cent increase in fares on Tuesday.

Adult card fares will go up by 10 or 11 cents a journey, while concession fares for students, seniors and lower-wage workers will rise by four cents, the PTC said.

PTC chairman Chia Boon Keng said the council had tried to strike a balance between keeping fares affordable and ensuring the public transport system remained financially sustainable.

“We know that any fare increase is unwelcome, especially when households are already facing higher costs,” said Mr Chia at a press conference. “But the costs of running the system, particularly energy and manpower, have gone up significantly.”

He said the council had deferred part of the increase to the next fare review exercise to soften the impact on commuters.

The Government will also give out $60 million in public transport vouchers to lower-income households, the Ministry of Transport (MOT) said in a separate statement.

Transport Minister Desmond Seah said in a Facebook post that the Government would continue to subsidise about $2 billion a year in operating costs.

“Fares would have to go up by much more if not for these subsidies,” he wrote.

National Transport Workers’ Union executive secretary Melvin Ho said the increase would help pay for better wages for bus captains, who had been “the backbone of our public transport system during the pandemic and after”.

But some commuters were unhappy. Ms Nurul Huda Rahmat, 34, an administrative assistant who travels from Pasir Ris to Tuas every day, said her transport bill would go up by about $5 a month.

“Five dollars doesn’t sound like a lot, but everything else is going up too,” she said.

Dr Raymond Goh, a transport economist at the Singapore University of Social Sciences, said fare increases were necessary to prevent a larger bill for taxpayers in future.

“If fares do not keep up with costs, the gap has to be filled by the Government, which ultimately means taxpayers,” said Dr Goh. “There is no free lunch.”

He noted, however, that the PTC’s fare formula, which factors in wages and energy prices, made it “difficult for the public to understand why fares go up in some years and not others”.

The last fare increase, in 2023, raised adult card fares by 10 to 11 cents.""", [
        Q("Adult card fares will go up by 10 or 11 cents a journey, while concession fares for students, seniors and "
          "lower-wage workers will rise by four cents", "indirect", "the PTC", "Public Transport Council",
          speaker_at="the PTC said"),
        Q("the council had tried to strike a balance between keeping fares affordable and ensuring the public "
          "transport system remained financially sustainable", "indirect", "Chia Boon Keng", "Chia Boon Keng"),
        Q("“We know that any fare increase is unwelcome, especially when households are already facing higher "
          "costs,”", "direct", "Chia", "Chia Boon Keng", speaker_at="said Mr Chia"),
        Q("“But the costs of running the system, particularly energy and manpower, have gone up significantly.”",
          "direct", "Chia", "Chia Boon Keng", speaker_at="said Mr Chia"),
        Q("the council had deferred part of the increase to the next fare review exercise to soften the impact on "
          "commuters", "indirect", "He", "Chia Boon Keng", speaker_at="He said the council"),
        Q("The Government will also give out $60 million in public transport vouchers to lower-income households",
          "indirect", "the Ministry of Transport", "Ministry of Transport"),
        Q("that the Government would continue to subsidise about $2 billion a year in operating costs", "indirect",
          "Desmond Seah", "Desmond Seah"),
        Q("“Fares would have to go up by much more if not for these subsidies,”", "direct", "he", "Desmond Seah",
          speaker_at="he wrote"),
        Q("the increase would help pay for better wages for bus captains", "indirect", "Melvin Ho", "Melvin Ho"),
        Q("“the backbone of our public transport system during the pandemic and after”", "partial", "Melvin Ho",
          "Melvin Ho"),
        Q("her transport bill would go up by about $5 a month", "indirect", "Nurul Huda Rahmat",
          "Nurul Huda Rahmat"),
        Q("“Five dollars doesn’t sound like a lot, but everything else is going up too,”", "direct", "she",
          "Nurul Huda Rahmat", speaker_at="she said"),
        Q("fare increases were necessary to prevent a larger bill for taxpayers in future", "indirect",
          "Raymond Goh", "Raymond Goh"),
        Q("“If fares do not keep up with costs, the gap has to be filled by the Government, which ultimately means "
          "taxpayers,”", "direct", "Goh", "Raymond Goh", speaker_at="said Dr Goh"),
        Q("“There is no free lunch.”", "direct", "Goh", "Raymond Goh", speaker_at="said Dr Goh"),
        Q("“difficult for the public to understand why fares go up in some years and not others”", "partial", "He",
          "Raymond Goh", speaker_at="He noted"),
    ], source="blind"),
    Case("blind78-translink-fare-rise", """Translink fares to rise by 5% from April

Bus and rail fares across Northern Ireland are to rise by an average of 5% from April 1, Translink has announced.

The public transport operator said the increase was needed to help close a funding gap of around £30 million in the coming financial year.

A single Metro journey in Belfast will rise from £2.10 to £2.20, while an Ulsterbus day ticket will go up by 50p.

Translink chief executive Gareth Lennon said: "We have held fares for as long as we could, but with rising fuel, energy and wage costs, this is a difficult but necessary decision.

"Even with this increase, our fares remain among the lowest in the UK and Ireland, and we will continue to offer discounts for regular travellers."

Mr Lennon added that free travel for those aged 65 and over, and half fares for children, would not be affected.

Infrastructure Minister Niamh Connolly said she had agreed to the rise after her department's budget was cut.

"I want a public transport system that people can rely on and afford. But I cannot conjure money out of thin air," she said.

The Consumer Council described the increase as "another blow" to households struggling with the cost of living.

Its head of transport, Roisin Hegarty, said passengers on lower incomes were more likely to rely on the bus.

"For many people, the bus is not a choice. It is how they get to work, to college and to hospital appointments," Ms Hegarty said.

East Belfast MLA Andy Gillespie said the rise sent "completely the wrong message" at a time when the Executive was trying to get people out of their cars.

Passengers waiting at the Europa Buscentre on Tuesday were unimpressed.

"It's going up every year and the buses are still late," said Lisburn student Ciara Magee, 19. "I don't see what we're getting for the extra money."

Another passenger, who gave his name only as Tom, said he would consider going back to driving.

Translink said it expected passenger numbers, which reached 85 million last year, to keep growing despite the increase.

The operator will also extend its "Tap and Go" contactless fare capping to all Ulsterbus routes this summer.""", [
        Q("Bus and rail fares across Northern Ireland are to rise by an average of 5% from April 1", "indirect",
          "Translink", "Translink", speaker_at="Translink has announced"),
        Q("the increase was needed to help close a funding gap of around £30 million in the coming financial year",
          "indirect", "The public transport operator", "Translink"),
        Q('"We have held fares for as long as we could, but with rising fuel, energy and wage costs, this is a '
          'difficult but necessary decision.', "direct", "Gareth Lennon", "Gareth Lennon"),
        Q('"Even with this increase, our fares remain among the lowest in the UK and Ireland, and we will continue '
          'to offer discounts for regular travellers."', "direct", "Gareth Lennon", "Gareth Lennon"),
        Q("that free travel for those aged 65 and over, and half fares for children, would not be affected",
          "indirect", "Lennon", "Gareth Lennon", speaker_at="Mr Lennon added"),
        Q("she had agreed to the rise after her department's budget was cut", "indirect", "Niamh Connolly",
          "Niamh Connolly"),
        Q('"I want a public transport system that people can rely on and afford. But I cannot conjure money out of '
          'thin air,"', "direct", "she", "Niamh Connolly", speaker_at="she said"),
        Q('"another blow"', "partial", "The Consumer Council", "Consumer Council"),
        Q("passengers on lower incomes were more likely to rely on the bus", "indirect", "Roisin Hegarty",
          "Roisin Hegarty"),
        Q('"For many people, the bus is not a choice. It is how they get to work, to college and to hospital '
          'appointments,"', "direct", "Hegarty", "Roisin Hegarty", speaker_at="Ms Hegarty said"),
        Q('"completely the wrong message"', "partial", "Andy Gillespie", "Andy Gillespie"),
        Q('"It\'s going up every year and the buses are still late,"', "direct", "Ciara Magee", "Ciara Magee"),
        Q('"I don\'t see what we\'re getting for the extra money."', "direct", "Ciara Magee", "Ciara Magee"),
        Q("he would consider going back to driving", "indirect", "Another passenger", "Tom"),
        Q("it expected passenger numbers, which reached 85 million last year, to keep growing despite the increase",
          "indirect", "Translink", "Translink", speaker_at="Translink said it expected"),
    ], source="blind"),
    Case("blind78-soufriere-cruise-fine", """Cruise line fined $1.2 million for dumping waste in marine reserve

ROSEAU, Dominica – A cruise ship operator has been fined EC$1.2 million after one of its vessels discharged untreated grey water and food waste into the Soufriere Scotts Head Marine Reserve in January.

The fine was imposed at the Roseau Magistrate's Court on Tuesday after the ship's master, Captain Henrik Solberg, pleaded guilty on behalf of Azure Horizon Cruises to two counts under the Marine Pollution Act.

Prosecutor Inspector Alick Laville told the court that divers from the Fisheries Division had spotted a slick and floating debris near the reef on the morning of January 14, hours after the MV Azure Dawn anchored in Soufriere Bay.

Laboratory tests later confirmed the presence of high levels of faecal coliform bacteria, he said.

Solberg, speaking through the company's local attorney, Mr. Dwight Lawrence, said a valve had been left open by mistake during a routine transfer and that the crew had acted quickly once the problem was discovered.

"This was human error, not policy. The company deeply regrets what happened and has retrained the crew involved," Mr. Lawrence told the court.

In handing down the fine, Magistrate Asha Williams described the discharge as "a serious breach of trust" by a company that "profits from the beauty of our waters".

"Dominica markets itself as the Nature Isle. We cannot allow that name to be polluted, literally, by the people who come to enjoy it," the magistrate said.

The company was given 30 days to pay.

Minister for Environment Dr. Marcella Jno Baptiste said the fine should send a message to all cruise lines visiting the island.

"We welcome cruise visitors and we want the cruise business to grow. But it must grow on our terms," she said at a press briefing on Wednesday.

Speaking to The Sun, Soufriere fisherman Elvin Joseph said he had seen the "brown water" himself.

"For two weeks after, we could not sell fish from that side. People were afraid," he said.

According to the Discover Dominica Authority, the island received 370,000 cruise passengers last season.

The Dominica Air and Sea Ports Authority (DASPA) said it was reviewing procedures for monitoring ships at anchor, including the use of drones.""", [
        Q("that divers from the Fisheries Division had spotted a slick and floating debris near the reef on the "
          "morning of January 14, hours after the MV Azure Dawn anchored in Soufriere Bay", "indirect",
          "Alick Laville", "Alick Laville"),
        Q("Laboratory tests later confirmed the presence of high levels of faecal coliform bacteria", "indirect",
          "he", "Alick Laville", speaker_at="bacteria, he said"),
        Q("a valve had been left open by mistake during a routine transfer and that the crew had acted quickly once "
          "the problem was discovered", "indirect", "Solberg", "Henrik Solberg", speaker_at="Solberg, speaking"),
        Q('"This was human error, not policy. The company deeply regrets what happened and has retrained the crew '
          'involved,"', "direct", "Lawrence", "Dwight Lawrence", speaker_at="Mr. Lawrence told"),
        Q('"a serious breach of trust"', "partial", "Asha Williams", "Asha Williams"),
        Q('"profits from the beauty of our waters"', "partial", "Asha Williams", "Asha Williams"),
        Q('"Dominica markets itself as the Nature Isle. We cannot allow that name to be polluted, literally, by the '
          'people who come to enjoy it,"', "direct", "the magistrate", "Asha Williams"),
        Q("the fine should send a message to all cruise lines visiting the island", "indirect",
          "Marcella Jno Baptiste", "Marcella Jno Baptiste"),
        Q('"We welcome cruise visitors and we want the cruise business to grow. But it must grow on our terms,"',
          "direct", "she", "Marcella Jno Baptiste", speaker_at="she said"),
        Q('"brown water"', "partial", "Elvin Joseph", "Elvin Joseph"),
        Q('"For two weeks after, we could not sell fish from that side. People were afraid,"', "direct", "he",
          "Elvin Joseph", speaker_at='afraid," he said'),
        Q("the island received 370,000 cruise passengers last season", "indirect",
          "the Discover Dominica Authority", "Discover Dominica Authority"),
        Q("it was reviewing procedures for monitoring ships at anchor, including the use of drones", "indirect",
          "The Dominica Air and Sea Ports Authority", "Dominica Air and Sea Ports Authority"),
    ], source="blind"),
    Case("blind78-marina-south-oil-fine", """Cruise ship operator fined S$180,000 for discharging oily water off Marina South

SINGAPORE — The operator of a cruise ship that discharged oily water into the sea off Marina South was fined S$180,000 in a district court on Thursday (May 16).

Coral Meridian Shipping, which manages the Panama-registered vessel Oceanic Splendour, pleaded guilty to one charge under the Prevention of Pollution of the Sea Act.

The ship’s chief engineer, Filipino national Ramon Dizon, 52, was fined S$30,000 on a related charge.

The Maritime and Port Authority of Singapore (MPA) said in a statement that its patrol craft had spotted an oil sheen trailing the vessel on the night of Oct 3 last year, as it was leaving the Marina Bay Cruise Centre.

About 2.4 tonnes of oily bilge water had been pumped overboard, according to court documents.

MPA prosecuting officer Siti Rahayu Osman told the court that the discharge had been deliberate, because the ship’s oily water separator had been bypassed with a length of flexible hose.

“This was not an accident or an equipment failure. It was a conscious decision to save time and money at the expense of our marine environment,” she said.

She asked for a fine of at least S$200,000, noting that the offence took place close to coastal areas used for recreation.

Defence counsel Jeremy Loh said in mitigation that the company had since installed tamper-proof seals on its pipework and dismissed the crew involved.

“My client accepts full responsibility,” Mr Loh said. “It has cooperated with the MPA from day one and it has paid for the clean-up in full.”

In sentencing, District Judge Lynette Wee said deterrence was the “primary consideration” in marine pollution cases.

“Singapore is one of the busiest ports in the world. If every ship treated our waters this way, the consequences would be disastrous,” she said.

The MPA said clean-up contractors had recovered most of the oil within 48 hours and that no harm to marine life had been found.

But marine biologist Dr Lim Jia Hui of the Tropical Marine Science Institute said oil could still harm corals at the nearby Sisters’ Islands Marine Park, even in small amounts.

“Corals don’t die overnight, so the absence of dead fish doesn’t mean there was no damage,” Dr Lim told TODAY.

In a statement to TODAY, Coral Meridian Shipping said it had “zero tolerance” for environmental breaches.

Under the Act, offenders can be fined up to S$1 million, jailed for up to two years, or both. The case comes as the MPA expands its “Maritime Singapore Green Initiative”, which offers incentives to shipowners that adopt cleaner technology.""", [
        Q("that its patrol craft had spotted an oil sheen trailing the vessel on the night of Oct 3 last year, as it "
          "was leaving the Marina Bay Cruise Centre", "indirect", "The Maritime and Port Authority of Singapore",
          "Maritime and Port Authority of Singapore"),
        Q("About 2.4 tonnes of oily bilge water had been pumped overboard", "indirect", "court documents", None),
        Q("that the discharge had been deliberate, because the ship’s oily water separator had been bypassed with a "
          "length of flexible hose", "indirect", "Siti Rahayu Osman", "Siti Rahayu Osman"),
        Q("“This was not an accident or an equipment failure. It was a conscious decision to save time and money at "
          "the expense of our marine environment,”", "direct", "she", "Siti Rahayu Osman",
          speaker_at="environment,” she said"),
        Q("that the offence took place close to coastal areas used for recreation", "indirect", "She",
          "Siti Rahayu Osman", speaker_at="She asked"),
        Q("that the company had since installed tamper-proof seals on its pipework and dismissed the crew involved",
          "indirect", "Jeremy Loh", "Jeremy Loh"),
        Q("“My client accepts full responsibility,”", "direct", "Loh", "Jeremy Loh", speaker_at="Mr Loh said"),
        Q("“It has cooperated with the MPA from day one and it has paid for the clean-up in full.”", "direct", "Loh",
          "Jeremy Loh", speaker_at="Mr Loh said"),
        Q("“primary consideration”", "partial", "Lynette Wee", "Lynette Wee"),
        Q("“Singapore is one of the busiest ports in the world. If every ship treated our waters this way, the "
          "consequences would be disastrous,”", "direct", "she", "Lynette Wee", speaker_at="disastrous,” she said"),
        Q("clean-up contractors had recovered most of the oil within 48 hours and that no harm to marine life had "
          "been found", "indirect", "The MPA", "Maritime and Port Authority of Singapore",
          speaker_at="The MPA said clean-up"),
        Q("oil could still harm corals at the nearby Sisters’ Islands Marine Park, even in small amounts",
          "indirect", "Lim Jia Hui", "Lim Jia Hui"),
        Q("“Corals don’t die overnight, so the absence of dead fish doesn’t mean there was no damage,”", "direct",
          "Lim", "Lim Jia Hui", speaker_at="Dr Lim told"),
        Q("“zero tolerance”", "partial", "Coral Meridian Shipping", "Coral Meridian Shipping",
          speaker_at="Coral Meridian Shipping said"),
    ], source="blind"),
]
