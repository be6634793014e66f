"""Blind gold set 95: short news articles from many outlets, written once.

Sixteen fresh articles in the house styles of Indian national wire copy, Cook Islands and Niue
news, Maine and Vermont local papers and Gambian dailies. They were written without looking at
the pretagger, its output or the other gold sets, so the figures on them say how the quote
finder and speaker attributor do on news they have never seen. See gold_format.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind95-groundnut-rajkot", """Groundnut farmers block highway in Saurashtra, demand procurement at MSP

Rajkot, Nov 14 (PTI) Hundreds of groundnut farmers blocked the Rajkot-Jamnagar highway for nearly three hours on Thursday, demanding procurement at the minimum support price (MSP) as rates at agricultural produce market committees (APMCs) fell well below the level fixed by the Centre.

Police said traffic was diverted through Padadhari and Dhrol till the protesters were persuaded to clear the road in the afternoon.

The farmers alleged that traders at the Gondal and Rajkot APMCs were paying between Rs 1,050 and Rs 1,150 per 20 kg, against the MSP of Rs 1,356.

"We spent more on seed, fertiliser and labour this year than ever before. If we sell at this price, we will not even recover our costs," said Bhaveshbhai Sorathiya, a farmer from Kotda Sangani taluka.

Sorathiya said the online registration portal for MSP procurement had crashed repeatedly and many small farmers had been unable to book slots.

Bharatiya Kisan Sangh (BKS) state general secretary R K Patel told PTI the organisation would launch an indefinite agitation from next week if procurement centres were not opened in every taluka.

"The government announces MSP with great fanfare, but the farmer never gets it," he said.

According to state Agriculture Minister Hasmukh Bhalodiya, the government has sought the Centre's nod to procure 3.2 lakh tonnes of groundnut through NAFED and the Gujarat State Civil Supplies Corporation.

"Procurement will begin on November 21 at 160 centres. No farmer who has registered will be turned away," Bhalodiya said in a statement issued in Gandhinagar.

He added that the deadline for online registration had been extended by a week.

Traders, however, said the slump was caused by weak export demand and a bumper crop. Saurashtra Oil Millers Association president Kishor Virani said that Chinese buyers had cut orders sharply and that mills were sitting on large stocks of groundnut oil.

"The market is not in our hands. When exports fall, prices fall," Virani said.

The opposition Congress termed the procurement plan "too little, too late".

Congress legislator Hemant Khunt, who joined the protesters on the highway, said the BJP government had "betrayed" the farmers of Saurashtra.

The state is expected to produce a record 52 lakh tonnes of groundnut in the current kharif season, officials said.

PTI COR KA NSK""", [
        Q("traffic was diverted through Padadhari and Dhrol till the protesters were persuaded to clear the road in "
          "the afternoon", "indirect", "Police", None),
        Q("that traders at the Gondal and Rajkot APMCs were paying between Rs 1,050 and Rs 1,150 per 20 kg, against "
          "the MSP of Rs 1,356", "indirect", "The farmers", None),
        Q('"We spent more on seed, fertiliser and labour this year than ever before. If we sell at this price, we '
          'will not even recover our costs,"', "direct", "Bhaveshbhai Sorathiya", "Bhaveshbhai Sorathiya"),
        Q("the online registration portal for MSP procurement had crashed repeatedly and many small farmers had been "
          "unable to book slots", "indirect", "Sorathiya", "Bhaveshbhai Sorathiya", speaker_at="Sorathiya said"),
        Q("the organisation would launch an indefinite agitation from next week if procurement centres were not "
          "opened in every taluka", "indirect", "R K Patel", "R K Patel"),
        Q('"The government announces MSP with great fanfare, but the farmer never gets it,"', "direct", "he",
          "R K Patel", speaker_at="he said"),
        Q("the government has sought the Centre's nod to procure 3.2 lakh tonnes of groundnut through NAFED and the "
          "Gujarat State Civil Supplies Corporation", "indirect", "Hasmukh Bhalodiya", "Hasmukh Bhalodiya"),
        Q('"Procurement will begin on November 21 at 160 centres. No farmer who has registered will be turned '
          'away,"', "direct", "Bhalodiya", "Hasmukh Bhalodiya", speaker_at="Bhalodiya said"),
        Q("that the deadline for online registration had been extended by a week", "indirect", "He",
          "Hasmukh Bhalodiya", speaker_at="He added"),
        Q("the slump was caused by weak export demand and a bumper crop", "indirect", "Traders", None),
        Q("that Chinese buyers had cut orders sharply and that mills were sitting on large stocks of groundnut oil",
          "indirect", "Kishor Virani", "Kishor Virani"),
        Q('"The market is not in our hands. When exports fall, prices fall,"', "direct", "Virani", "Kishor Virani",
          speaker_at="Virani said."),
        Q('"too little, too late"', "partial", "Congress", "Congress", speaker_at="opposition Congress termed"),
        Q('"betrayed"', "partial", "Hemant Khunt", "Hemant Khunt"),
        Q("The state is expected to produce a record 52 lakh tonnes of groundnut in the current kharif season",
          "indirect", "officials", None),
    ], source="blind"),
    Case("blind95-walkout-punjab", """Cong MLAs stage walkout from Punjab Assembly over drug deaths

Chandigarh, Mar 6 (PTI) Opposition Congress MLAs on Wednesday staged a walkout from the Punjab Assembly after Speaker Amarjit Singh Dhillon disallowed their adjournment motion seeking a discussion on the recent deaths allegedly due to drug overdose in Bathinda and Ferozepur districts.

As soon as the House assembled, Leader of Opposition Gurpreet Singh Kang rose to press for the suspension of Question Hour. Kang said at least 14 young men had died in the two districts in the past month and the government was "sitting in denial".

"This is not a political issue. Mothers in Punjab are burying their sons every week, and the government wants to talk about Question Hour," Kang said.

The Speaker said the motion was not in order as the matter had already been discussed during the debate on the Governor's address.

"The House has rules and I am bound by them. You can raise the matter during Zero Hour," Dhillon told the Congress members.

Unhappy with the ruling, the Congress MLAs trooped into the Well of the House and raised slogans against the AAP government before walking out.

Parliamentary Affairs Minister Baljinder Kaur Sidhu accused the Congress of "running away from debate".

"They come to the House only to make headlines. When the government wants to give answers, they walk out," she said.

Sidhu said the police had registered 412 FIRs under the NDPS Act since January and seized more than 60 kg of heroin. The AAP government launched its "Nasha Mukt Punjab" drive in 2022.

Speaking to reporters outside the House, Kang said, "We will not be silenced. If the Speaker will not let us speak inside, we will take this issue to every village."

Shiromani Akali Dal legislator Sukhwinder Singh Brar said his party supported the demand for a discussion but would not join the Congress protest.

"Drugs are destroying a whole generation," Brar said, "and both the Congress and the AAP have failed to stop it."

According to officials, the House later passed the Punjab Apartment and Property Regulation (Amendment) Bill by voice vote.

The session will conclude on March 12.

PTI CHS VSD RT""", [
        Q("at least 14 young men had died in the two districts in the past month", "indirect", "Kang",
          "Gurpreet Singh Kang", speaker_at="Kang said at least"),
        Q('"sitting in denial"', "partial", "Kang", "Gurpreet Singh Kang", speaker_at="Kang said at least"),
        Q('"This is not a political issue. Mothers in Punjab are burying their sons every week, and the government '
          'wants to talk about Question Hour,"', "direct", "Kang", "Gurpreet Singh Kang", speaker_at="Kang said."),
        Q("the motion was not in order as the matter had already been discussed during the debate on the "
          "Governor's address", "indirect", "The Speaker", "Amarjit Singh Dhillon"),
        Q('"The House has rules and I am bound by them. You can raise the matter during Zero Hour,"', "direct",
          "Dhillon", "Amarjit Singh Dhillon", speaker_at="Dhillon told"),
        Q('"running away from debate"', "partial", "Baljinder Kaur Sidhu", "Baljinder Kaur Sidhu"),
        Q('"They come to the House only to make headlines. When the government wants to give answers, they walk '
          'out,"', "direct", "she", "Baljinder Kaur Sidhu", speaker_at="she said"),
        Q("the police had registered 412 FIRs under the NDPS Act since January and seized more than 60 kg of heroin",
          "indirect", "Sidhu", "Baljinder Kaur Sidhu", speaker_at="Sidhu said"),
        Q('"We will not be silenced. If the Speaker will not let us speak inside, we will take this issue to every '
          'village."', "direct", "Kang", "Gurpreet Singh Kang", speaker_at="Kang said,"),
        Q("his party supported the demand for a discussion but would not join the Congress protest", "indirect",
          "Sukhwinder Singh Brar", "Sukhwinder Singh Brar"),
        Q('"Drugs are destroying a whole generation,"', "direct", "Brar", "Sukhwinder Singh Brar",
          speaker_at="Brar said,"),
        Q('"and both the Congress and the AAP have failed to stop it."', "direct", "Brar", "Sukhwinder Singh Brar",
          speaker_at="Brar said,"),
        Q("the House later passed the Punjab Apartment and Property Regulation (Amendment) Bill by voice vote",
          "indirect", "officials", None),
    ], source="blind"),
    Case("blind95-smoke-almora", """Forest fire smoke: Schools shut in Almora, Bageshwar for two days

Dehradun, May 2 (PTI) All schools in Uttarakhand's Almora and Bageshwar districts will remain closed on Friday and Saturday as thick smoke from raging forest fires has blanketed large parts of the Kumaon hills, officials said.

Almora District Magistrate Vandana Pant said the order would apply to all government and private schools up to Class 12, as well as anganwadi centres.

"Visibility in some areas has dropped below 200 metres and the air is simply not safe for children. We cannot take that risk," Pant told PTI over the phone.

According to the Uttarakhand Forest Department, 86 fresh incidents of forest fire were reported across the state in the past 24 hours, affecting more than 110 hectares of forest land.

Additional Principal Chief Conservator of Forests Rakesh Joshi said that most of the fires had been started by people clearing land or burning pine needles, and that two persons had been arrested in Bageshwar.

"We have deployed more than 4,000 personnel and fire watchers, but strong winds are making our job very difficult," Joshi said.

He described the situation in the Someshwar and Kapkot ranges as "extremely challenging".

Doctors in the region said the number of patients with breathing problems had risen sharply. Dr Harish Bisht, a pulmonologist at the Government Medical College in Haldwani, said the hospital's outpatient department had seen nearly twice its usual number of respiratory cases this week.

"Children, the elderly and those with asthma should stay indoors as far as possible and use masks if they must go out," he said.

Residents of Almora town said ash had been falling on rooftops since Tuesday night.

"My eyes have been burning for two days. You cannot even see the mountains across the valley," said Kamla Devi, who runs a tea stall near the Lala Bazaar.

The India Meteorological Department (IMD) said light rain was likely in parts of Kumaon from Sunday, which could bring some relief.

In a statement, the Chief Minister's Office said that an Indian Air Force helicopter would be pressed into service to douse the fires using the "Bambi bucket" method, drawing water from the Bhimtal lake.

PTI DPT RDK""", [
        Q("All schools in Uttarakhand's Almora and Bageshwar districts will remain closed on Friday and Saturday as "
          "thick smoke from raging forest fires has blanketed large parts of the Kumaon hills", "indirect",
          "officials", None),
        Q("the order would apply to all government and private schools up to Class 12, as well as anganwadi centres",
          "indirect", "Vandana Pant", "Vandana Pant"),
        Q('"Visibility in some areas has dropped below 200 metres and the air is simply not safe for children. We '
          'cannot take that risk,"', "direct", "Pant", "Vandana Pant", speaker_at="Pant told"),
        Q("86 fresh incidents of forest fire were reported across the state in the past 24 hours, affecting more "
          "than 110 hectares of forest land", "indirect", "the Uttarakhand Forest Department",
          "Uttarakhand Forest Department"),
        Q("that most of the fires had been started by people clearing land or burning pine needles, and that two "
          "persons had been arrested in Bageshwar", "indirect", "Rakesh Joshi", "Rakesh Joshi"),
        Q('"We have deployed more than 4,000 personnel and fire watchers, but strong winds are making our job very '
          'difficult,"', "direct", "Joshi", "Rakesh Joshi", speaker_at="Joshi said."),
        Q('"extremely challenging"', "partial", "He", "Rakesh Joshi", speaker_at="He described"),
        Q("the number of patients with breathing problems had risen sharply", "indirect", "Doctors in the region",
          None),
        Q("the hospital's outpatient department had seen nearly twice its usual number of respiratory cases this "
          "week", "indirect", "Harish Bisht", "Harish Bisht"),
        Q('"Children, the elderly and those with asthma should stay indoors as far as possible and use masks if they '
          'must go out,"', "direct", "he", "Harish Bisht", speaker_at="he said."),
        Q("ash had been falling on rooftops since Tuesday night", "indirect", "Residents of Almora town", None),
        Q('"My eyes have been burning for two days. You cannot even see the mountains across the valley,"', "direct",
          "Kamla Devi", "Kamla Devi"),
        Q("light rain was likely in parts of Kumaon from Sunday, which could bring some relief", "indirect",
          "The India Meteorological Department", "India Meteorological Department"),
        Q('that an Indian Air Force helicopter would be pressed into service to douse the fires using the "Bambi '
          'bucket" method, drawing water from the Bhimtal lake', "indirect", "the Chief Minister's Office",
          "Chief Minister's Office"),
    ], source="blind"),
    Case("blind95-tariff-bhopal", """MPERC approves 3.86 pc hike in power tariff; Cong slams decision

Bhopal, Mar 29 (PTI) The Madhya Pradesh Electricity Regulatory Commission (MPERC) on Friday approved a 3.86 per cent increase in electricity tariffs for 2024-25, less than half of what the state's power distribution companies had asked for.

In its order, the commission said the revised rates would come into effect from April 1 and would apply to all categories of consumers except farmers.

The three state-run distribution companies (discoms) had sought a hike of 7.52 per cent, citing a revenue gap of Rs 4,107 crore, according to officials.

"Domestic consumers using up to 50 units a month will see an increase of less than Rs 10 in their monthly bills," an MPERC official said, requesting anonymity.

State Energy Minister Narendra Singh Bhadoria said that the government would continue to bear the cost of subsidised power for poor households.

"Nobody in the state will pay more for the first 100 units," Bhadoria said, "because the subsidy under the Indira Griha Jyoti Yojana will continue."

The opposition Congress, however, slammed the decision. Party spokesperson Sangeeta Sharma said the hike was "a gift to the discoms and a punishment for the people".

"The BJP promised cheap electricity before the elections. Three months later, the bills are going up," she told reporters here.

Rajendra Agrawal, convenor of the Madhya Pradesh Vidyut Upbhokta Sangh, said the consumer body would challenge the order before the Appellate Tribunal for Electricity (APTEL).

"The discoms' losses are because of theft and inefficiency. Honest consumers should not have to pay for them," Agrawal said.

The Federation of Madhya Pradesh Chambers of Commerce and Industry said the increase in fixed charges for industrial connections would hurt small manufacturers.

Its president, Vinod Jain, said, "Small units are already struggling with high input costs. This hike will make them less competitive against neighbouring states."

The discoms had last year also offered a one-time settlement of old dues under a scheme called "Samadhan Yojana".

Officials said the commission had directed the discoms to bring down transmission and distribution losses to 15 per cent by March 2025.

PTI ADU NSK""", [
        Q("the revised rates would come into effect from April 1 and would apply to all categories of consumers "
          "except farmers", "indirect", "the commission", "Madhya Pradesh Electricity Regulatory Commission",
          speaker_at="the commission said"),
        Q("The three state-run distribution companies (discoms) had sought a hike of 7.52 per cent, citing a revenue "
          "gap of Rs 4,107 crore", "indirect", "officials", None),
        Q('"Domestic consumers using up to 50 units a month will see an increase of less than Rs 10 in their monthly '
          'bills,"', "direct", "an MPERC official", None),
        Q("that the government would continue to bear the cost of subsidised power for poor households", "indirect",
          "Narendra Singh Bhadoria", "Narendra Singh Bhadoria"),
        Q('"Nobody in the state will pay more for the first 100 units,"', "direct", "Bhadoria",
          "Narendra Singh Bhadoria", speaker_at="Bhadoria said,"),
        Q('"because the subsidy under the Indira Griha Jyoti Yojana will continue."', "direct", "Bhadoria",
          "Narendra Singh Bhadoria", speaker_at="Bhadoria said,"),
        Q('"a gift to the discoms and a punishment for the people"', "partial", "Sangeeta Sharma", "Sangeeta Sharma"),
        Q('"The BJP promised cheap electricity before the elections. Three months later, the bills are going up,"',
          "direct", "she", "Sangeeta Sharma", speaker_at="she told"),
        Q("the consumer body would challenge the order before the Appellate Tribunal for Electricity (APTEL)",
          "indirect", "Rajendra Agrawal", "Rajendra Agrawal"),
        Q('"The discoms\' losses are because of theft and inefficiency. Honest consumers should not have to pay for '
          'them,"', "direct", "Agrawal", "Rajendra Agrawal", speaker_at="Agrawal said"),
        Q("the increase in fixed charges for industrial connections would hurt small manufacturers", "indirect",
          "The Federation of Madhya Pradesh Chambers of Commerce and Industry",
          "Federation of Madhya Pradesh Chambers of Commerce and Industry"),
        Q('"Small units are already struggling with high input costs. This hike will make them less competitive '
          'against neighbouring states."', "direct", "Vinod Jain", "Vinod Jain"),
        Q("the commission had directed the discoms to bring down transmission and distribution losses to 15 per cent "
          "by March 2025", "indirect", "Officials", None),
    ], source="blind"),
    Case("blind95-observer-penrhyn", """Family seeks answers after fisheries observer dies at sea

The family of a Cook Islands fisheries observer who died aboard a foreign longliner in the country’s northern waters say they want a full and independent investigation into his death.

Teariki Ngatamaine, 34, of Nikao, was reported missing from the Chinese-flagged vessel Hai Feng 662 late on Sunday, about 140 nautical miles north-east of Penrhyn. His body was recovered by the crew the next morning, according to the Ministry of Marine Resources.

Marine Resources secretary Vaitoti Tupa said the ministry was “deeply saddened” by the loss.

“Teariki was one of our most experienced observers. He had done more than 30 trips and he was respected by everyone who worked with him,” Tupa said.

She said the vessel had been ordered back to Avarua, where it was expected to arrive on Thursday, and that its fishing licence had been suspended while the matter was investigated.

Police spokesperson Ana Tuara told Cook Islands News that officers would board the vessel when it docked and interview all 22 crew members.

“At this stage we are treating the death as unexplained,” Tuara said. “We are not ruling anything out.”

Ngatamaine’s sister, Mii Ngatamaine, said the family had last spoken to him by satellite phone two days before he went missing.

“He told us the trip was going well and that he would be home for his daughter’s birthday.

“He was a strong swimmer and he knew the sea. We just want to know what happened on that boat,” she said.

The Pacific Islands Forum Fisheries Agency (FFA), which runs observer training for its member countries, said in a statement that observer safety was “a top priority for the region”.

At least 10 fisheries observers have died or disappeared at sea in the Pacific since 2010, according to the Association for Professional Observers, a US-based group.

Democratic Party MP Sonny Williams said the Government had promised new safety rules after an observer was injured in 2019 but had “done nothing”.

“How many more families have to go through this before we put proper protections in place?” Williams asked.

The vessel’s owner, Zhoushan Haifeng Ocean Fishing Co, could not be reached for comment.""", [
        Q("they want a full and independent investigation into his death", "indirect", "The family", None),
        Q("His body was recovered by the crew the next morning", "indirect", "the Ministry of Marine Resources",
          "Ministry of Marine Resources"),
        Q("“deeply saddened”", "partial", "Vaitoti Tupa", "Vaitoti Tupa"),
        Q("“Teariki was one of our most experienced observers. He had done more than 30 trips and he was respected "
          "by everyone who worked with him,”", "direct", "Tupa", "Vaitoti Tupa", speaker_at="Tupa said."),
        Q("the vessel had been ordered back to Avarua, where it was expected to arrive on Thursday, and that its "
          "fishing licence had been suspended while the matter was investigated", "indirect", "She", "Vaitoti Tupa",
          speaker_at="She said"),
        Q("that officers would board the vessel when it docked and interview all 22 crew members", "indirect",
          "Ana Tuara", "Ana Tuara"),
        Q("“At this stage we are treating the death as unexplained,”", "direct", "Tuara", "Ana Tuara",
          speaker_at="Tuara said."),
        Q("“We are not ruling anything out.”", "direct", "Tuara", "Ana Tuara", speaker_at="Tuara said."),
        Q("the family had last spoken to him by satellite phone two days before he went missing", "indirect",
          "Mii Ngatamaine", "Mii Ngatamaine"),
        Q("“He told us the trip was going well and that he would be home for his daughter’s birthday.", "direct",
          "she", "Mii Ngatamaine", speaker_at="she said."),
        Q("“He was a strong swimmer and he knew the sea. We just want to know what happened on that boat,”",
          "direct", "she", "Mii Ngatamaine", speaker_at="she said."),
        Q("“a top priority for the region”", "partial", "The Pacific Islands Forum Fisheries Agency",
          "Pacific Islands Forum Fisheries Agency"),
        Q("At least 10 fisheries observers have died or disappeared at sea in the Pacific since 2010", "indirect",
          "the Association for Professional Observers", "Association for Professional Observers"),
        Q("the Government had promised new safety rules after an observer was injured in 2019", "indirect",
          "Sonny Williams", "Sonny Williams"),
        Q("“done nothing”", "partial", "Sonny Williams", "Sonny Williams"),
        Q("“How many more families have to go through this before we put proper protections in place?”", "direct",
          "Williams", "Sonny Williams", speaker_at="Williams asked"),
    ], source="blind"),
    Case("blind95-outage-niue", """Niue cut off as network outage hits phones, internet and EFTPOS

Niue was left almost completely cut off from the outside world for more than 20 hours this week after a fault knocked out mobile, landline and internet services across the island.

Telecom Niue said the outage began shortly after 9.40am on Tuesday, when a power surge damaged equipment at its main exchange in Alofi.

General manager Salome Pihigia said technicians had worked through the night to replace a failed router and restore the link to the Manatua submarine cable.

“I want to apologise to every customer. We know how much people rely on our services, especially to keep in touch with family overseas,” Pihigia said.

She said services were fully restored at about 6am on Wednesday, and that customers would receive a credit on their next bill.

Infrastructure Minister Sione Talagi called the outage “unacceptable” and said Cabinet would ask for a full report on what went wrong.

“We cannot have a situation where the whole country goes dark because of one piece of equipment,” he said. “There has to be a back-up.”

Businesses in Alofi said they had lost a day’s trade after EFTPOS machines stopped working.

Lisa Makaia, who owns the Hio Café, said she turned away more than a dozen tourists who had no cash.

“People were lovely about it, but you can’t run a café on IOUs,” she said, laughing.

The Niue Development Bank said its branch had stayed open late on Tuesday so customers could withdraw cash over the counter.

According to Sergeant Moka Tukuitonga of the Niue Police, emergency calls were redirected to a satellite phone at the Alofi station during the outage.

“We put the number out on the radio and we had officers driving around the villages in case anyone needed help,” Tukuitonga said.

The Broadcasting Corporation of Niue reported that some families in Hakupu and Liku had gone to the police station to send messages to relatives in Auckland.

Telecom Niue’s “Connect Niue” upgrade, which will add a second link to the cable landing station, is due to be finished next year.""", [
        Q("the outage began shortly after 9.40am on Tuesday, when a power surge damaged equipment at its main "
          "exchange in Alofi", "indirect", "Telecom Niue", "Telecom Niue", speaker_at="Telecom Niue said"),
        Q("technicians had worked through the night to replace a failed router and restore the link to the Manatua "
          "submarine cable", "indirect", "Salome Pihigia", "Salome Pihigia"),
        Q("“I want to apologise to every customer. We know how much people rely on our services, especially to keep "
          "in touch with family overseas,”", "direct", "Pihigia", "Salome Pihigia", speaker_at="Pihigia said."),
        Q("services were fully restored at about 6am on Wednesday, and that customers would receive a credit on "
          "their next bill", "indirect", "She", "Salome Pihigia", speaker_at="She said"),
        Q("“unacceptable”", "partial", "Sione Talagi", "Sione Talagi"),
        Q("Cabinet would ask for a full report on what went wrong", "indirect", "Sione Talagi", "Sione Talagi"),
        Q("“We cannot have a situation where the whole country goes dark because of one piece of equipment,”",
          "direct", "he", "Sione Talagi", speaker_at="he said."),
        Q("“There has to be a back-up.”", "direct", "he", "Sione Talagi", speaker_at="he said."),
        Q("they had lost a day’s trade after EFTPOS machines stopped working", "indirect", "Businesses in Alofi", None),
        Q("she turned away more than a dozen tourists who had no cash", "indirect", "Lisa Makaia", "Lisa Makaia"),
        Q("“People were lovely about it, but you can’t run a café on IOUs,”", "direct", "she", "Lisa Makaia",
          speaker_at="she said,"),
        Q("its branch had stayed open late on Tuesday so customers could withdraw cash over the counter", "indirect",
          "The Niue Development Bank", "Niue Development Bank"),
        Q("emergency calls were redirected to a satellite phone at the Alofi station during the outage", "indirect",
          "Moka Tukuitonga", "Moka Tukuitonga"),
        Q("“We put the number out on the radio and we had officers driving around the villages in case anyone needed "
          "help,”", "direct", "Tukuitonga", "Moka Tukuitonga", speaker_at="Tukuitonga said"),
        Q("that some families in Hakupu and Liku had gone to the police station to send messages to relatives in "
          "Auckland", "indirect", "The Broadcasting Corporation of Niue", "Broadcasting Corporation of Niue"),
    ], source="blind"),
    Case("blind95-tariff-rarotonga", """Power bills to rise 9 per cent from July, TAU confirms

Rarotonga households will pay about 9 per cent more for electricity from July 1 after Te Aponga Uira (TAU) confirmed its first tariff increase in three years.

The state-owned power utility said on Monday that the price per unit for residential customers would go from 79 cents to 86 cents, and that commercial rates would rise by a similar amount.

TAU chief executive Nga Tangaroa said the increase was needed to cover the rising cost of diesel and the replacement of ageing batteries at the Te Ava Ora solar and storage site.

“We have held prices for as long as we could. Our fuel bill alone has gone up by more than $2 million in the past year,” Tangaroa said.

He said the utility had absorbed most of the cost of last year’s fuel price spike, but could no longer do so without cutting maintenance.

The increase was approved by Cabinet last week, according to the Office of the Prime Minister.

Energy Minister Tuaine Marsters said the Government would extend the power subsidy for pensioners and low-income households until the end of the financial year.

“No one on a pension should have to choose between keeping the lights on and putting food on the table,” she said.

But Chamber of Commerce president Dorothy Short said businesses, many of which were still recovering from the Covid-19 border closure, would have little choice but to pass the cost on to customers.

“Everything on this island runs on electricity, from the fridges in the shops to the pumps at the resorts,” Short said. “When power goes up, everything goes up.”

Opposition MP Vaine Tuakeu described the announcement as “a slap in the face” for families already struggling with the cost of living, and said the Government should have moved faster on renewable energy.

Several pensioners spoken to by Cook Islands News at Punanga Nui market said they were worried about the winter months.

“I already switch off everything at night. I don’t know what else I can cut,” said one Titikaveka resident, who did not want to be named.

According to TAU, about 50 per cent of Rarotonga’s electricity now comes from solar, up from 20 per cent in 2015.

Tangaroa said the utility hoped to reach 80 per cent by 2030, once a new battery system was installed in the north of the island.""", [
        Q("that the price per unit for residential customers would go from 79 cents to 86 cents, and that commercial "
          "rates would rise by a similar amount", "indirect", "The state-owned power utility", "Te Aponga Uira"),
        Q("the increase was needed to cover the rising cost of diesel and the replacement of ageing batteries at the "
          "Te Ava Ora solar and storage site", "indirect", "Nga Tangaroa", "Nga Tangaroa"),
        Q("“We have held prices for as long as we could. Our fuel bill alone has gone up by more than $2 million in "
          "the past year,”", "direct", "Tangaroa", "Nga Tangaroa", speaker_at="Tangaroa said."),
        Q("the utility had absorbed most of the cost of last year’s fuel price spike, but could no longer do so "
          "without cutting maintenance", "indirect", "He", "Nga Tangaroa", speaker_at="He said"),
        Q("The increase was approved by Cabinet last week", "indirect", "the Office of the Prime Minister",
          "Office of the Prime Minister"),
        Q("the Government would extend the power subsidy for pensioners and low-income households until the end of "
          "the financial year", "indirect", "Tuaine Marsters", "Tuaine Marsters"),
        Q("“No one on a pension should have to choose between keeping the lights on and putting food on the table,”",
          "direct", "she", "Tuaine Marsters", speaker_at="she said"),
        Q("businesses, many of which were still recovering from the Covid-19 border closure, would have little "
          "choice but to pass the cost on to customers", "indirect", "Dorothy Short", "Dorothy Short"),
        Q("“Everything on this island runs on electricity, from the fridges in the shops to the pumps at the "
          "resorts,”", "direct", "Short", "Dorothy Short", speaker_at="Short said."),
        Q("“When power goes up, everything goes up.”", "direct", "Short", "Dorothy Short", speaker_at="Short said."),
        Q("“a slap in the face”", "partial", "Vaine Tuakeu", "Vaine Tuakeu"),
        Q("the Government should have moved faster on renewable energy", "indirect", "Vaine Tuakeu", "Vaine Tuakeu"),
        Q("they were worried about the winter months", "indirect", "Several pensioners", None),
        Q("“I already switch off everything at night. I don’t know what else I can cut,”", "direct",
          "one Titikaveka resident", None),
        Q("about 50 per cent of Rarotonga’s electricity now comes from solar, up from 20 per cent in 2015", "indirect",
          "TAU", "Te Aponga Uira", speaker_at="According to TAU"),
        Q("the utility hoped to reach 80 per cent by 2030, once a new battery system was installed in the north of the "
          "island", "indirect", "Tangaroa", "Nga Tangaroa", speaker_at="Tangaroa said the utility hoped"),
    ], source="blind"),
    Case("blind95-lobster-aitutaki", """Aitutaki lifts ra’ui as crayfish season opens

Fishers on Aitutaki were out on the reef before dawn on Saturday as the island’s crayfish season opened after a two-year ra’ui.

The traditional ban on taking crayfish, or spiny lobster, from the lagoon and outer reef was put in place in 2022 by the Aitutaki Island Government and the island’s traditional leaders after catches fell sharply.

Mayor Tekura Vaile said the ra’ui had “done exactly what it was meant to do”.

“Our grandparents managed the reef this way for hundreds of years. We have shown that it still works,” Vaile said.

Ministry of Marine Resources (MMR) fisheries officer Tamatoa Ioane said surveys carried out in March had found that crayfish numbers on the reef had roughly tripled since the closure.

He said the season would run until the end of November, with a limit of five crayfish per person per day and a minimum size of 8cm across the carapace.

“We are asking people to put back any females carrying eggs. That is the most important thing,” Ioane said.

In a statement, MMR said volunteer “reef wardens” would patrol the lagoon at weekends to check catches.

Ngatamariki Rere, a member of the Koutu Nui, the council of traditional leaders, warned that the ra’ui could be put back in place if people did not follow the rules.

“The ra’ui is lifted, not forgotten,” she said. “The reef belongs to our grandchildren too.”

Arama Tou, who has fished the reef off Tautu since he was a boy, said he had caught his limit within an hour.

“I haven’t seen crayfish like this in 20 years. Some of them were as big as my forearm,” Tou said, holding up one of his catch.

The Aitutaki Tourism Association said restaurants and resorts were keen to put local crayfish back on their menus.

Crayfish sells for up to $40 a kilo at Rarotonga’s Punanga Nui market, according to vendors.""", [
        Q("“done exactly what it was meant to do”", "partial", "Tekura Vaile", "Tekura Vaile"),
        Q("“Our grandparents managed the reef this way for hundreds of years. We have shown that it still works,”",
          "direct", "Vaile", "Tekura Vaile", speaker_at="Vaile said."),
        Q("surveys carried out in March had found that crayfish numbers on the reef had roughly tripled since the "
          "closure", "indirect", "Tamatoa Ioane", "Tamatoa Ioane"),
        Q("the season would run until the end of November, with a limit of five crayfish per person per day and a "
          "minimum size of 8cm across the carapace", "indirect", "He", "Tamatoa Ioane", speaker_at="He said"),
        Q("“We are asking people to put back any females carrying eggs. That is the most important thing,”", "direct",
          "Ioane", "Tamatoa Ioane", speaker_at="Ioane said."),
        Q("volunteer “reef wardens” would patrol the lagoon at weekends to check catches", "indirect", "MMR",
          "Ministry of Marine Resources", speaker_at="MMR said"),
        Q("that the ra’ui could be put back in place if people did not follow the rules", "indirect",
          "Ngatamariki Rere", "Ngatamariki Rere"),
        Q("“The ra’ui is lifted, not forgotten,”", "direct", "she", "Ngatamariki Rere", speaker_at="she said"),
        Q("“The reef belongs to our grandchildren too.”", "direct", "she", "Ngatamariki Rere", speaker_at="she said"),
        Q("he had caught his limit within an hour", "indirect", "Arama Tou", "Arama Tou"),
        Q("“I haven’t seen crayfish like this in 20 years. Some of them were as big as my forearm,”", "direct", "Tou",
          "Arama Tou", speaker_at="Tou said"),
        Q("restaurants and resorts were keen to put local crayfish back on their menus", "indirect",
          "The Aitutaki Tourism Association", "Aitutaki Tourism Association"),
        Q("Crayfish sells for up to $40 a kilo at Rarotonga’s Punanga Nui market", "indirect", "vendors", None),
    ], source="blind"),
    Case("blind95-lobster-monhegan", """Monhegan lobstermen set traps as island’s season opens

MONHEGAN, Maine — Under a gray October sky, a dozen boats left Monhegan harbor before sunrise Tuesday, their decks stacked high with traps, as the island’s lobster season opened.

By state law, only licensed Monhegan fishermen may set traps within two miles of the island, and only between Oct. 1 and June 25. Islanders call the opening “Trap Day,” and many of the island’s roughly 60 year-round residents turned out on the wharf to watch.

“It’s like Christmas morning, except you’re up at 3 a.m. and it’s 40 degrees,” said Nate Boynton, 41, who has fished out of Monhegan for 19 years.

Boynton said he planned to set his full allotment of 300 traps by Thursday if the weather held.

Prices were a concern, though. Dealers on the mainland were paying about $5.25 a pound at the dock last week, according to the Maine Department of Marine Resources, down from more than $6 a year ago.

“You can’t control the price. You just go out and do the work and hope it evens out,” Boynton said. “Some years it does.”

DMR spokesperson Carla Dube said the department expected landings in the Monhegan area to be similar to last year, when the island’s 14 license holders brought in roughly 190,000 pounds.

Marine Patrol Sgt. Wes Lunt said officers would be “out there every day” this week checking that traps were properly tagged.

Dana Pettegrow, executive director of the Maine Lobstermen’s Association, said the industry was “still waiting on the feds” to decide on new gear rules meant to protect North Atlantic right whales.

“Every season there’s another question mark hanging over these guys,” Pettegrow said.

Sherman Stanley, 78, who no longer fishes but came down to the wharf to see the boats off, said the season was as much about the island as the lobsters.

“When I was a boy there were maybe eight boats, and everybody helped everybody. That hasn’t changed.

“Without the fishing, this is just a summer place. The lobsters are what keep people here all winter,” he said.

The National Weather Service in Gray said winds would pick up Thursday afternoon, with gusts of up to 30 mph possible offshore.""", [
        Q("“It’s like Christmas morning, except you’re up at 3 a.m. and it’s 40 degrees,”", "direct", "Nate Boynton",
          "Nate Boynton"),
        Q("he planned to set his full allotment of 300 traps by Thursday if the weather held", "indirect", "Boynton",
          "Nate Boynton", speaker_at="Boynton said he planned"),
        Q("Dealers on the mainland were paying about $5.25 a pound at the dock last week", "indirect",
          "the Maine Department of Marine Resources", "Maine Department of Marine Resources"),
        Q("“You can’t control the price. You just go out and do the work and hope it evens out,”", "direct", "Boynton",
          "Nate Boynton", speaker_at="Boynton said."),
        Q("“Some years it does.”", "direct", "Boynton", "Nate Boynton", speaker_at="Boynton said."),
        Q("the department expected landings in the Monhegan area to be similar to last year, when the island’s 14 "
          "license holders brought in roughly 190,000 pounds", "indirect", "Carla Dube", "Carla Dube"),
        Q("“out there every day”", "partial", "Wes Lunt", "Wes Lunt"),
        Q("“still waiting on the feds”", "partial", "Dana Pettegrow", "Dana Pettegrow"),
        Q("“Every season there’s another question mark hanging over these guys,”", "direct", "Pettegrow",
          "Dana Pettegrow", speaker_at="Pettegrow said"),
        Q("the season was as much about the island as the lobsters", "indirect", "Sherman Stanley", "Sherman Stanley"),
        Q("“When I was a boy there were maybe eight boats, and everybody helped everybody. That hasn’t changed.",
          "direct", "he", "Sherman Stanley", speaker_at="he said."),
        Q("“Without the fishing, this is just a summer place. The lobsters are what keep people here all winter,”",
          "direct", "he", "Sherman Stanley", speaker_at="he said."),
        Q("winds would pick up Thursday afternoon, with gusts of up to 30 mph possible offshore", "indirect",
          "The National Weather Service", "National Weather Service"),
    ], source="blind"),
    Case("blind95-smoke-kingdom", """Northern Vermont schools close as Quebec wildfire smoke blankets region

At least nine school districts across northern Vermont canceled classes Wednesday as smoke from wildfires burning in Quebec pushed air quality to levels state officials described as “hazardous” for the first time on record.

The Vermont Department of Environmental Conservation said fine particle readings in Newport and St. Johnsbury peaked above 300 on the Air Quality Index early Wednesday morning.

“We have never seen numbers like this in Vermont,” said Jamie Cloutier, an air quality meteorologist with the department. “The smoke is sitting right down at ground level, and there isn’t enough wind to move it out.”

Cloutier said conditions were expected to improve by Thursday evening as a cold front moved through.

The Vermont Department of Health said residents, especially children, older adults and people with heart or lung conditions, should stay indoors and keep windows closed. The department’s “Smoke Ready Vermont” webpage lists cooling and clean-air centers in each county.

North Country Supervisory Union Superintendent Renee Gagnon said the decision to close was made at 5:30 a.m., after she consulted with the health department.

“Many of our buildings don’t have modern ventilation,” Gagnon said. “Keeping kids home was the safest choice we had.”

Not every parent found it easy.

“I got the robocall at six and scrambled to find someone to watch my two,” said Kayla Bessette of Derby, a nurse who works the day shift at North Country Hospital. “I understand why they did it, but it’s hard for working families.”

Lindsey Hale, a spokesperson for the Agency of Education, said in an email that districts would not be required to make up the lost day.

Burlington schools remained open but kept students inside for recess, according to a district spokesperson.

Across the border, the Société de protection des forêts contre le feu, Quebec’s wildfire agency, reported that 112 fires were active in the province Tuesday night, 38 of them out of control.

Forecasters said more smoke could drift into New England over the weekend if winds shift back to the north.""", [
        Q("“hazardous”", "partial", "state officials", None),
        Q("fine particle readings in Newport and St. Johnsbury peaked above 300 on the Air Quality Index early "
          "Wednesday morning", "indirect", "The Vermont Department of Environmental Conservation",
          "Vermont Department of Environmental Conservation"),
        Q("“We have never seen numbers like this in Vermont,”", "direct", "Jamie Cloutier", "Jamie Cloutier"),
        Q("“The smoke is sitting right down at ground level, and there isn’t enough wind to move it out.”", "direct",
          "Jamie Cloutier", "Jamie Cloutier"),
        Q("conditions were expected to improve by Thursday evening as a cold front moved through", "indirect",
          "Cloutier", "Jamie Cloutier", speaker_at="Cloutier said"),
        Q("residents, especially children, older adults and people with heart or lung conditions, should stay "
          "indoors and keep windows closed", "indirect", "The Vermont Department of Health",
          "Vermont Department of Health"),
        Q("the decision to close was made at 5:30 a.m., after she consulted with the health department", "indirect",
          "Renee Gagnon", "Renee Gagnon"),
        Q("“Many of our buildings don’t have modern ventilation,”", "direct", "Gagnon", "Renee Gagnon",
          speaker_at="Gagnon said."),
        Q("“Keeping kids home was the safest choice we had.”", "direct", "Gagnon", "Renee Gagnon",
          speaker_at="Gagnon said."),
        Q("“I got the robocall at six and scrambled to find someone to watch my two,”", "direct", "Kayla Bessette",
          "Kayla Bessette"),
        Q("“I understand why they did it, but it’s hard for working families.”", "direct", "Kayla Bessette",
          "Kayla Bessette"),
        Q("that districts would not be required to make up the lost day", "indirect", "Lindsey Hale", "Lindsey Hale"),
        Q("Burlington schools remained open but kept students inside for recess", "indirect",
          "a district spokesperson", None),
        Q("that 112 fires were active in the province Tuesday night, 38 of them out of control", "indirect",
          "the Société de protection des forêts contre le feu", "Société de protection des forêts contre le feu"),
        Q("more smoke could drift into New England over the weekend if winds shift back to the north", "indirect",
          "Forecasters", None),
    ], source="blind"),
    Case("blind95-bond-biddeford", """Biddeford voters narrowly approve $38 million bond for public works garage

BIDDEFORD — Voters on Tuesday narrowly approved borrowing $38 million to replace the city's crumbling public works garage, ending a two-year fight over the project's size and cost.

The bond passed 2,914 to 2,701, City Clerk Carmen Morin announced shortly after 10 p.m.

Mayor Liam LaChance called the result "a vote for the people who plow our streets."

"This building has been falling down around our crews for 20 years. Tonight the voters said enough is enough," LaChance said at City Hall, where about two dozen supporters had gathered to watch the results come in.

He said construction could begin as early as next spring, and that the city would seek bids this winter.

The existing garage on Precourt Street was built in 1958 and has a leaking roof, a failing heating system and floors that can no longer safely hold modern plow trucks, according to a 2022 engineering study commissioned by the city. The city's "Garage Task Force" spent a year reviewing sites before settling on the current location.

Opponents argued that the price tag was too high for a city already facing a sharp increase in school spending.

City Councilor Norman Belanger, who voted against sending the bond to voters, said he was disappointed but would respect the outcome.

"I don't think anyone disputes that we need a new garage," Belanger said. "The question was always whether we needed a $38 million garage, and I still think the answer is no."

Finance Director Amy Sirois said that the bond would add about $96 a year to the tax bill on a home assessed at $300,000 once the full amount is borrowed.

Public Works Director Tom Milliken told the Press Herald last month that his crews had been working out of tents while parts of the building were repaired.

"We had a truck go through the floor last February," Milliken said. "Thank God nobody was under it."

A residents' group, Biddeford Taxpayers for Accountability, said in a statement that it would "keep a close eye" on the project's cost.

"I almost voted no," said Denise Poulin, 67, as she left the polls at the Biddeford High School gym. "But I've seen that building. Something had to be done."

Morin said turnout was about 31 percent, higher than in most off-year elections.""", [
        Q("The bond passed 2,914 to 2,701", "indirect", "Carmen Morin", "Carmen Morin"),
        Q('"a vote for the people who plow our streets."', "partial", "Liam LaChance", "Liam LaChance"),
        Q('"This building has been falling down around our crews for 20 years. Tonight the voters said enough is '
          'enough,"', "direct", "LaChance", "Liam LaChance", speaker_at="LaChance said"),
        Q("construction could begin as early as next spring, and that the city would seek bids this winter",
          "indirect", "He", "Liam LaChance", speaker_at="He said"),
        Q("The existing garage on Precourt Street was built in 1958 and has a leaking roof, a failing heating system "
          "and floors that can no longer safely hold modern plow trucks", "indirect",
          "a 2022 engineering study commissioned by the city", None),
        Q("that the price tag was too high for a city already facing a sharp increase in school spending", "indirect",
          "Opponents", None),
        Q("he was disappointed but would respect the outcome", "indirect", "Norman Belanger", "Norman Belanger"),
        Q('"I don\'t think anyone disputes that we need a new garage,"', "direct", "Belanger", "Norman Belanger",
          speaker_at="Belanger said."),
        Q('"The question was always whether we needed a $38 million garage, and I still think the answer is no."',
          "direct", "Belanger", "Norman Belanger", speaker_at="Belanger said."),
        Q("that the bond would add about $96 a year to the tax bill on a home assessed at $300,000 once the full "
          "amount is borrowed", "indirect", "Amy Sirois", "Amy Sirois"),
        Q("that his crews had been working out of tents while parts of the building were repaired", "indirect",
          "Tom Milliken", "Tom Milliken"),
        Q('"We had a truck go through the floor last February,"', "direct", "Milliken", "Tom Milliken",
          speaker_at="Milliken said"),
        Q('"Thank God nobody was under it."', "direct", "Milliken", "Tom Milliken", speaker_at="Milliken said"),
        Q('"keep a close eye"', "partial", "Biddeford Taxpayers for Accountability",
          "Biddeford Taxpayers for Accountability"),
        Q('"I almost voted no,"', "direct", "Denise Poulin", "Denise Poulin"),
        Q('"But I\'ve seen that building. Something had to be done."', "direct", "Denise Poulin", "Denise Poulin"),
        Q("turnout was about 31 percent, higher than in most off-year elections", "indirect", "Morin", "Carmen Morin",
          speaker_at="Morin said"),
    ], source="blind"),
    Case("blind95-walkout-montpelier", """House Republicans walk out over property tax bill

MONTPELIER — Republicans in the Vermont House walked out of the chamber Thursday afternoon after Democratic leaders refused to delay a vote on a bill that would raise the statewide education property tax by an average of 12%.

All 38 members of the GOP caucus left shortly after 2 p.m., moments after House Speaker Carolyn Whitcomb ruled out of order a motion to send the measure back to committee. The bill, known in the Statehouse as the "yield bill," sets the tax rates that fund Vermont's public schools.

"We were elected to represent Vermonters who cannot afford another tax increase, and we were not even allowed to debate it," House Minority Leader Rob Tetreault, R-Swanton, told reporters in the Statehouse cafeteria.

Tetreault said his caucus would return to the floor Friday but would vote as a bloc against the bill.

Whitcomb, D-Burlington, called the motion "a stalling tactic, plain and simple," and said the House had spent three weeks on the bill in committee.

"Our schools have bills to pay, and those bills do not wait for politics," Whitcomb said. "We will take this vote, and we will take it tonight."

House Ways and Means Committee Chair Peter Gauthier, D-Brattleboro, said the increase was driven largely by rising health care costs for school employees and the end of federal pandemic aid.

Several Republicans said it was the first time they had taken part in a walkout.

"I have never done anything like this in six terms," said Rep. Martha Boardman, R-Rutland Town. "But my constituents are seniors on fixed incomes, and they are scared."

A spokesperson for the governor said he had not decided whether to veto the bill. In his budget address in January, the governor called rising property taxes "a crisis for working Vermonters."

The Vermont School Boards Association said in a statement that many districts had already cut staff and programs to keep their budgets down.

The Vermont-NEA, the state's largest teachers union, dismissed the walkout as "political theater."

The House gave the bill final approval shortly before 11 p.m. by a vote of 84-51. It now goes to the Senate.""", [
        Q('"We were elected to represent Vermonters who cannot afford another tax increase, and we were not even '
          'allowed to debate it,"', "direct", "Rob Tetreault", "Rob Tetreault"),
        Q("his caucus would return to the floor Friday but would vote as a bloc against the bill", "indirect",
          "Tetreault", "Rob Tetreault", speaker_at="Tetreault said"),
        Q('"a stalling tactic, plain and simple,"', "partial", "Whitcomb", "Carolyn Whitcomb",
          speaker_at="Whitcomb, D-Burlington"),
        Q("the House had spent three weeks on the bill in committee", "indirect", "Whitcomb", "Carolyn Whitcomb",
          speaker_at="Whitcomb, D-Burlington"),
        Q('"Our schools have bills to pay, and those bills do not wait for politics,"', "direct", "Whitcomb",
          "Carolyn Whitcomb", speaker_at="Whitcomb said"),
        Q('"We will take this vote, and we will take it tonight."', "direct", "Whitcomb", "Carolyn Whitcomb",
          speaker_at="Whitcomb said"),
        Q("the increase was driven largely by rising health care costs for school employees and the end of federal "
          "pandemic aid", "indirect", "Peter Gauthier", "Peter Gauthier"),
        Q("it was the first time they had taken part in a walkout", "indirect", "Several Republicans", None),
        Q('"I have never done anything like this in six terms,"', "direct", "Martha Boardman", "Martha Boardman"),
        Q('"But my constituents are seniors on fixed incomes, and they are scared."', "direct", "Martha Boardman",
          "Martha Boardman"),
        Q("he had not decided whether to veto the bill", "indirect", "A spokesperson for the governor", None),
        Q('"a crisis for working Vermonters."', "partial", "the governor", None, speaker_at="the governor called"),
        Q("that many districts had already cut staff and programs to keep their budgets down", "indirect",
          "The Vermont School Boards Association", "Vermont School Boards Association"),
        Q('"political theater."', "partial", "The Vermont-NEA", "Vermont-NEA"),
    ], source="blind"),
    Case("blind95-groundnut-crr", """Farmers decry low groundnut prices as NFSPMC, private buyers trade blame

Groundnut farmers in the Central River Region (CRR) have expressed frustration over the slow pace of buying at seccos, accusing both the National Food Security Processing and Marketing Corporation (NFSPMC) and private buyers of "taking advantage" of them.

The government this year set the farm-gate price at D32,000 per tonne, but farmers in Janjanbureh, Bansang and Kuntaur told The Point that some licensed buyers were offering as little as D25,000 per tonne.

Ebrima Sowe, a farmer from Sare Alpha village, said: "We worked hard the whole rainy season. The government announced a price and we were happy, but when we bring our nuts to the secco, they tell us another price. This is not fair to us."

Sowe further lamented that he had been waiting at the Bansang secco for four days with 60 bags of groundnuts.

"If we go home with the nuts, we have no money to pay school fees or buy rice," he added.

Many farmers returned to groundnut cultivation this year under the government's "Grow What You Eat" campaign.

Contacted for comment, the managing director of NFSPMC, Mr Bakary Jobe, said the corporation was buying at the official price at all its seccos and had so far purchased more than 12,000 tonnes.

"NFSPMC does not buy below the government price. Any farmer who is offered less at our seccos should report it to our regional office," he told The Point.

According to Mr Jobe, the delays were caused by a shortage of empty bags and trucks, which had now been resolved.

The chairperson of the Gambia Groundnut Private Buyers Association, Mr Modou Lamin Ceesay, said his members were ready to pay the official price but that the banks had been slow in releasing credit.

"Our members are not cheating anybody. We cannot pay D32,000 for nuts that are mixed with sand and stones," Ceesay said, adding that the association had written to the Ministry of Agriculture over the matter.

For her part, the president of the National Coordinating Organization for Farmer Associations The Gambia (NACOFAG), Mrs Sainabou Jallow, called on the government to "step in and protect the farmers" before the end of the trade season.

"Government must ensure that the farmer is paid what was promised. Otherwise, next year many will not plant," Mrs Jallow stated.

The Ministry of Agriculture, Livestock and Food Security, in a press release issued on Monday, said that a task force would be dispatched to monitor buying at seccos across the country.""", [
        Q('"taking advantage"', "partial", "Groundnut farmers", None),
        Q("that some licensed buyers were offering as little as D25,000 per tonne", "indirect",
          "farmers in Janjanbureh, Bansang and Kuntaur", None),
        Q('"We worked hard the whole rainy season. The government announced a price and we were happy, but when we '
          'bring our nuts to the secco, they tell us another price. This is not fair to us."', "direct",
          "Ebrima Sowe", "Ebrima Sowe"),
        Q("that he had been waiting at the Bansang secco for four days with 60 bags of groundnuts", "indirect",
          "Sowe", "Ebrima Sowe", speaker_at="Sowe further lamented"),
        Q('"If we go home with the nuts, we have no money to pay school fees or buy rice,"', "direct", "he",
          "Ebrima Sowe", speaker_at="he added"),
        Q("the corporation was buying at the official price at all its seccos and had so far purchased more than "
          "12,000 tonnes", "indirect", "Bakary Jobe", "Bakary Jobe"),
        Q('"NFSPMC does not buy below the government price. Any farmer who is offered less at our seccos should '
          'report it to our regional office,"', "direct", "he", "Bakary Jobe", speaker_at="he told The Point"),
        Q("the delays were caused by a shortage of empty bags and trucks, which had now been resolved", "indirect",
          "Jobe", "Bakary Jobe", speaker_at="According to Mr Jobe"),
        Q("his members were ready to pay the official price but that the banks had been slow in releasing credit",
          "indirect", "Modou Lamin Ceesay", "Modou Lamin Ceesay"),
        Q('"Our members are not cheating anybody. We cannot pay D32,000 for nuts that are mixed with sand and '
          'stones,"', "direct", "Ceesay", "Modou Lamin Ceesay", speaker_at="Ceesay said,"),
        Q("that the association had written to the Ministry of Agriculture over the matter", "indirect", "Ceesay",
          "Modou Lamin Ceesay", speaker_at="Ceesay said,"),
        Q('"step in and protect the farmers"', "partial", "Sainabou Jallow", "Sainabou Jallow"),
        Q('"Government must ensure that the farmer is paid what was promised. Otherwise, next year many will not '
          'plant,"', "direct", "Jallow", "Sainabou Jallow", speaker_at="Mrs Jallow stated"),
        Q("that a task force would be dispatched to monitor buying at seccos across the country", "indirect",
          "The Ministry of Agriculture, Livestock and Food Security",
          "Ministry of Agriculture, Livestock and Food Security"),
    ], source="blind"),
    Case("blind95-observer-gunjur", """Fisheries Observer Dies Onboard Foreign Trawler, Family Demands Probe

A fisheries observer attached to the Fisheries Department has died onboard a foreign-owned industrial trawler operating in Gambian waters, Foroyaa has learnt.

The deceased, Musa Bojang, 29, a native of Gunjur, was found unresponsive in his cabin on the morning of Saturday 14th September, according to the Ministry of Fisheries and Water Resources.

The ministry stated that the vessel, the Chinese-owned Lian Run 27, was immediately ordered to return to the Banjul port and that the body had been deposited at the Edward Francis Small Teaching Hospital (EFSTH) mortuary for a post-mortem examination.

Speaking to Foroyaa, the Director of Fisheries, Mr Bubacarr Kanteh, described the death as “a great loss to the department and the country”.

“Musa was a dedicated young man who joined us in 2019. He has done many trips at sea without any problem,” Mr Kanteh said.

He disclosed that a team comprising the Fisheries Department, the Gambia Navy and the Police had boarded the vessel on its arrival in Banjul.

The Police Public Relations Officer, ASP Fatou Sanneh, said the captain and crew members had been questioned and that investigations were ongoing.

“We will not speculate on the cause of death until the autopsy report is out,” PRO Sanneh told this reporter.

The deceased’s elder brother, Lamin Bojang, said the family was yet to receive any explanation from the owners of the vessel.

“Musa called our mother on Thursday and he was fine. He told her he would be back in two weeks. How can a healthy young man just die like that?” he asked.

He went on: “We are calling on the government to ensure justice is done. We are not accusing anybody, but we want the truth.”

The trawler supplies fish to one of the so-called “fishmeal factories” at Gunjur, which residents have long opposed.

The Gunjur Youth Association, in a statement, said observers were being “left at the mercy of foreign crews”.

The president of the National Association of Artisanal Fisheries Operators (NAAFO), Mr Abdoulie Sarr, said observers often worked without life jackets or proper communication equipment.

“Observers are the eyes of the country at sea. If they are not protected, who will protect our resources?” Sarr asked.""", [
        Q("The deceased, Musa Bojang, 29, a native of Gunjur, was found unresponsive in his cabin on the morning of "
          "Saturday 14th September", "indirect", "the Ministry of Fisheries and Water Resources",
          "Ministry of Fisheries and Water Resources"),
        Q("that the vessel, the Chinese-owned Lian Run 27, was immediately ordered to return to the Banjul port and "
          "that the body had been deposited at the Edward Francis Small Teaching Hospital (EFSTH) mortuary for a "
          "post-mortem examination", "indirect", "The ministry", "Ministry of Fisheries and Water Resources"),
        Q("“a great loss to the department and the country”", "partial", "Bubacarr Kanteh", "Bubacarr Kanteh"),
        Q("“Musa was a dedicated young man who joined us in 2019. He has done many trips at sea without any problem,”",
          "direct", "Kanteh", "Bubacarr Kanteh", speaker_at="Kanteh said"),
        Q("that a team comprising the Fisheries Department, the Gambia Navy and the Police had boarded the vessel on "
          "its arrival in Banjul", "indirect", "He", "Bubacarr Kanteh", speaker_at="He disclosed"),
        Q("the captain and crew members had been questioned and that investigations were ongoing", "indirect",
          "Fatou Sanneh", "Fatou Sanneh"),
        Q("“We will not speculate on the cause of death until the autopsy report is out,”", "direct", "Sanneh",
          "Fatou Sanneh", speaker_at="PRO Sanneh told"),
        Q("the family was yet to receive any explanation from the owners of the vessel", "indirect", "Lamin Bojang",
          "Lamin Bojang"),
        Q("“Musa called our mother on Thursday and he was fine. He told her he would be back in two weeks. How can a "
          "healthy young man just die like that?”", "direct", "he", "Lamin Bojang", speaker_at="he asked"),
        Q("“We are calling on the government to ensure justice is done. We are not accusing anybody, but we want the "
          "truth.”", "direct", "He", "Lamin Bojang", speaker_at="He went on"),
        Q("“left at the mercy of foreign crews”", "partial", "The Gunjur Youth Association",
          "Gunjur Youth Association"),
        Q("observers often worked without life jackets or proper communication equipment", "indirect",
          "Abdoulie Sarr", "Abdoulie Sarr"),
        Q("“Observers are the eyes of the country at sea. If they are not protected, who will protect our resources?”",
          "direct", "Sarr", "Abdoulie Sarr", speaker_at="Sarr asked"),
    ], source="blind"),
    Case("blind95-outage-gambia", """Nationwide internet blackout cripples businesses, banks

Businesses, banks and mobile money services across the country were brought to a standstill on Tuesday after a fault on the Africa Coast to Europe (ACE) submarine cable left The Gambia without internet for more than ten hours.

The Gambia Telecommunications Company (Gamtel), which manages the landing station at Brufut, said in a statement that the disruption was caused by a break in the cable off the coast of Senegal and that engineers were working with the ACE consortium to reroute traffic.

‘We understand the frustration of our customers. This was an incident outside our control, but we have learnt lessons and we will invest in a second route,’ Gamtel’s managing director, Yusupha Manneh, said at a press briefing in Banjul.

The Public Utilities Regulatory Authority (PURA) said it had summoned all four mobile operators to a meeting on Wednesday to explain why their back-up systems had failed.

PURA’s director general, Ya Awa Cham, described the outage as ‘a national embarrassment’.

At Serrekunda market, traders counted their losses. Fatoumata Jallow, who runs a mobile money kiosk near the car park, said: ‘Since morning I have not done a single transaction. People are coming to withdraw money for their children’s lunch and I have to send them away.’

A senior official at one of the commercial banks, who spoke on condition of anonymity, said ATMs and card payments were down at all 14 of the bank’s branches.

QCell said in a text message to customers that its services had been fully restored by 9pm.

According to the Ministry of Communications and Digital Economy, the government has already secured funding for a second cable connection, which is expected to be completed in 2026 under the ‘Digital Gambia’ strategy.

Dr Momodou Lamin Bah, a lecturer in economics at the University of The Gambia, said the outage could have cost the economy more than D50 million in lost transactions.

‘Our whole economy now depends on one cable. That is a risk no country should take,’ Dr Bah told The Standard.

‘We have been talking about a second cable for ten years,’ he added. ‘It is time to act.’

Social media users, who regained access late in the evening, described the day as ‘the great blackout’.""", [
        Q("that the disruption was caused by a break in the cable off the coast of Senegal and that engineers were "
          "working with the ACE consortium to reroute traffic", "indirect",
          "The Gambia Telecommunications Company", "Gambia Telecommunications Company"),
        Q("‘We understand the frustration of our customers. This was an incident outside our control, but we have "
          "learnt lessons and we will invest in a second route,’", "direct", "Yusupha Manneh", "Yusupha Manneh"),
        Q("it had summoned all four mobile operators to a meeting on Wednesday to explain why their back-up systems "
          "had failed", "indirect", "The Public Utilities Regulatory Authority",
          "Public Utilities Regulatory Authority"),
        Q("‘a national embarrassment’", "partial", "Ya Awa Cham", "Ya Awa Cham"),
        Q("‘Since morning I have not done a single transaction. People are coming to withdraw money for their "
          "children’s lunch and I have to send them away.’", "direct", "Fatoumata Jallow", "Fatoumata Jallow"),
        Q("ATMs and card payments were down at all 14 of the bank’s branches", "indirect",
          "A senior official at one of the commercial banks", None),
        Q("that its services had been fully restored by 9pm", "indirect", "QCell", "QCell"),
        Q("the government has already secured funding for a second cable connection, which is expected to be "
          "completed in 2026 under the ‘Digital Gambia’ strategy", "indirect",
          "the Ministry of Communications and Digital Economy", "Ministry of Communications and Digital Economy"),
        Q("the outage could have cost the economy more than D50 million in lost transactions", "indirect",
          "Momodou Lamin Bah", "Momodou Lamin Bah"),
        Q("‘Our whole economy now depends on one cable. That is a risk no country should take,’", "direct", "Bah",
          "Momodou Lamin Bah", speaker_at="Dr Bah told"),
        Q("‘We have been talking about a second cable for ten years,’", "direct", "he", "Momodou Lamin Bah",
          speaker_at="he added"),
        Q("‘It is time to act.’", "direct", "he", "Momodou Lamin Bah", speaker_at="he added"),
        Q("‘the great blackout’", "partial", "Social media users", None),
    ], source="blind"),
    Case("blind95-bond-kanifing", """KMC councillors approve D500m municipal bond for Serrekunda Market

Councillors of the Kanifing Municipal Council (KMC) on Thursday voted to approve the issuance of a D500 million municipal bond to finance the reconstruction of the Serrekunda Market, the first of its kind by a local government authority in the country.

The motion, tabled during the council's ordinary general meeting at the KMC headquarters in Kanifing, was passed by 14 votes to 6, with one abstention.

Presenting the motion, the chairperson of the council's Finance Committee, Councillor Awa Touray of Bakau New Town ward, said the bond would be issued in tranches over three years and repaid from the rents collected on market stalls.

"Serrekunda Market is the biggest market in this country, but the conditions there are a shame to all of us. Vendors sit in the mud during the rainy season. This bond will change that," she said.

KMC Mayor Alieu Sowe described the vote as "historic", saying the council could no longer wait for central government funding to develop the municipality.

"For years we have been going to the government cap in hand. Today KMC has shown that local councils can raise their own money and deliver for their people," Mayor Sowe said.

The council's Chief Executive Officer, Mr Sulayman Jammeh, assured councillors that the process would be "fully transparent", adding that an independent trustee would be appointed to manage the funds.

However, Councillor Ebrima Darboe of Latrikunda Sabiji ward, who voted against the motion, said the council had not done enough consultation with the vendors.

"We are not against development. But you cannot put the burden of this debt on the backs of poor women selling vegetables," Councillor Darboe argued.

Isatou Cham, president of the Serrekunda Market Vendors Association, said vendors feared that rents would double once the new market was built.

"We were not told anything about a bond. We only heard it on the radio," Cham told The Point.

The bond must still be approved by the Ministry of Lands, Regional Government and Religious Affairs. An official at the ministry, who asked not to be named, said the council's request had been received and was being studied.

According to the Central Bank of The Gambia, any bond issued by a council must also be cleared by the Minister of Finance before it can be offered to investors.

The project forms part of the council's "Build KMC" development agenda.""", [
        Q("the bond would be issued in tranches over three years and repaid from the rents collected on market stalls",
          "indirect", "Awa Touray", "Awa Touray"),
        Q('"Serrekunda Market is the biggest market in this country, but the conditions there are a shame to all of '
          'us. Vendors sit in the mud during the rainy season. This bond will change that,"', "direct", "she",
          "Awa Touray", speaker_at="she said"),
        Q('"historic"', "partial", "Alieu Sowe", "Alieu Sowe"),
        Q("the council could no longer wait for central government funding to develop the municipality", "indirect",
          "Alieu Sowe", "Alieu Sowe"),
        Q('"For years we have been going to the government cap in hand. Today KMC has shown that local councils can '
          'raise their own money and deliver for their people,"', "direct", "Sowe", "Alieu Sowe",
          speaker_at="Mayor Sowe said"),
        Q('"fully transparent"', "partial", "Sulayman Jammeh", "Sulayman Jammeh"),
        Q("that an independent trustee would be appointed to manage the funds", "indirect", "Sulayman Jammeh",
          "Sulayman Jammeh"),
        Q("the council had not done enough consultation with the vendors", "indirect", "Ebrima Darboe",
          "Ebrima Darboe"),
        Q('"We are not against development. But you cannot put the burden of this debt on the backs of poor women '
          'selling vegetables,"', "direct", "Darboe", "Ebrima Darboe", speaker_at="Councillor Darboe argued"),
        Q("vendors feared that rents would double once the new market was built", "indirect", "Isatou Cham",
          "Isatou Cham"),
        Q('"We were not told anything about a bond. We only heard it on the radio,"', "direct", "Cham", "Isatou Cham",
          speaker_at="Cham told"),
        Q("the council's request had been received and was being studied", "indirect", "An official at the ministry",
          None),
        Q("any bond issued by a council must also be cleared by the Minister of Finance before it can be offered to "
          "investors", "indirect", "the Central Bank of The Gambia", "Central Bank of The Gambia"),
    ], source="blind"),
]
