"""Blind gold, set 9: sixteen short news articles written blind to the pretagger.

House styles from many places (Bloomberg markets copy, Al Jazeera, Irish Times,
Hindustan Times, Straits Times, Dawn, The Hindu, Mexican and Argentine
English-language copy, VnExpress, Jakarta Post, Arab News, Inquirer, a South
African obituary, a Canadian local paper and a BBC-style explainer), with
curly double quotes, straight quotes and British single quotes. Scare quotes,
nicknames and titles in marks are deliberately left unannotated. Indirect
quotes are annotated without a leading "that". See build_gold.py for the
case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # 1. Bloomberg-style markets copy, straight quotes.
    Case("blind9-bok", """Bank of Korea Holds Rate, Signals Cut as Early as Next Quarter

(Bloomberg) -- The Bank of Korea kept its benchmark interest rate unchanged for a third straight meeting and signaled that a cut could come as soon as next quarter, as a steadier won and cooling inflation gave policymakers room to shift toward supporting growth.

The central bank held the seven-day repurchase rate at 3% on Thursday, a decision predicted by 17 of 19 economists surveyed by Bloomberg. The other two had forecast a quarter-point reduction.

"The board judged that it is appropriate to keep the rate where it is for now while we confirm that household debt is stabilizing," Governor Ahn Jae-hoon told reporters in Seoul after the decision. "But the conditions for a cut are clearly coming together."

Ahn said four of the six other board members saw room to lower borrowing costs within three months, up from two at the previous meeting. He described the won's recent gains as "welcome, but not yet something we can rely on."

The won rose as much as 0.4% against the dollar after the announcement, while the yield on three-year government bonds fell 5 basis points to 2.71%. The benchmark Kospi index closed 0.8% higher.

Consumer prices rose 1.9% in the year through January, below the bank's 2% target for a second month, according to Statistics Korea. Growth has been sluggish, with the economy expanding just 0.1% in the fourth quarter as construction investment slumped.

"This was a hawkish hold in tone but a dovish one in substance," said Park Seo-yeon, an economist at Mirae Asset Securities Co. in Seoul. "The forward guidance tells you they want to move in the spring, and the only question is whether Seoul housing lets them."

Officials have repeatedly said apartment prices in the capital, which rose for a 14th straight week, are the main obstacle to easing. The Financial Services Commission said Tuesday it will tighten limits on mortgage lending for buyers of second homes from March.

Jeroen van den Broek, an Asia strategist at ING Groep NV in Singapore, said the bank risked "waiting one meeting too long" given the drag from weaker exports to China, the country's biggest trading partner.

What Bloomberg Economics Says...

"We continue to expect a cut in the second quarter, with a follow-up later in the year. Exports remain the swing factor."

-- Kim Min-ji, economist

The government has also been pressing for support. Finance Minister Choi Dong-wook said last week that monetary policy should "do its part" alongside a 12 trillion won supplementary budget now before parliament.

--With assistance from Yoon Soo-jin.""", [
        Q("a cut could come as soon as next quarter", "indirect", "The Bank of Korea", "Bank of Korea"),
        Q('"The board judged that it is appropriate to keep the rate where it is for now while we confirm that '
          'household debt is stabilizing,"', "direct", "Ahn Jae-hoon", "Ahn Jae-hoon"),
        Q('"But the conditions for a cut are clearly coming together."', "direct", "Ahn Jae-hoon", "Ahn Jae-hoon"),
        Q("four of the six other board members saw room to lower borrowing costs within three months, up from two "
          "at the previous meeting", "indirect", "Ahn", "Ahn Jae-hoon", speaker_at="Ahn said"),
        Q('"welcome, but not yet something we can rely on."', "partial", "He", "Ahn Jae-hoon",
          speaker_at="He described"),
        Q("Consumer prices rose 1.9% in the year through January, below the bank's 2% target for a second month",
          "indirect", "Statistics Korea", "Statistics Korea"),
        Q('"This was a hawkish hold in tone but a dovish one in substance,"', "direct", "Park Seo-yeon",
          "Park Seo-yeon"),
        Q('"The forward guidance tells you they want to move in the spring, and the only question is whether Seoul '
          'housing lets them."', "direct", "Park Seo-yeon", "Park Seo-yeon"),
        Q("apartment prices in the capital, which rose for a 14th straight week, are the main obstacle to easing",
          "indirect", "Officials", None),
        Q("it will tighten limits on mortgage lending for buyers of second homes from March", "indirect",
          "The Financial Services Commission", "Financial Services Commission"),
        Q('"waiting one meeting too long"', "partial", "Jeroen van den Broek", "Jeroen van den Broek"),
        Q('"We continue to expect a cut in the second quarter, with a follow-up later in the year. Exports remain '
          'the swing factor."', "direct", "Kim Min-ji", "Kim Min-ji"),
        Q('"do its part"', "partial", "Choi Dong-wook", "Choi Dong-wook"),
    ]),

    # 2. Al Jazeera, curly double quotes.
    Case("blind9-nairobi", """Kenya police fire tear gas as protesters rally against new fuel levy

Nairobi, Kenya – Police in Kenya’s capital have fired tear gas and water cannon at thousands of demonstrators protesting against a new fuel levy, as anger over the rising cost of living spilled onto the streets for a second week.

Protesters, many of them in their teens and twenties, marched through Nairobi’s central business district on Tuesday waving Kenyan flags and blowing whistles, before police moved in to disperse crowds near Parliament.

“We are not criminals. We are students who cannot afford bus fare any more,” said Wanjiru Kamau-Otieno, a 23-year-old university student, her eyes streaming from the gas. “They tax everything and give us nothing back.”

Al Jazeera’s Fatuma Abdikadir, reporting from Nairobi, said the crowds appeared larger than last week’s.

“Police have blocked most of the roads leading to Parliament, and there is a heavy security presence across the city,” she said. “Many shops in the city centre have stayed shut today.”

The Kenya National Commission on Human Rights (KNCHR) said at least 37 people had been arrested and 12 injured, two of them by live bullets. The commission called on police to “exercise maximum restraint” and to release those held without charge.

Interior Cabinet Secretary Abdullahi Hassan Noor defended the police response, telling a news conference that officers had acted “within the law” against “criminal elements” who had looted shops on Moi Avenue.

“Peaceful protest is a right guaranteed by our constitution. Looting and burning are not,” Noor said.

“We will not allow a few people to hold the capital hostage.”

The levy, which adds eight shillings ($0.06) to every litre of petrol and diesel, was approved by parliament last month to help plug a budget gap. The Treasury says it will raise about 40 billion shillings ($310m) a year for road maintenance and debt repayments.

Opposition senator Agnes Akinyi Odhiambo said the government had “declared war on the poor”.

“The president must withdraw this levy before it destroys what is left of the middle class,” she told Al Jazeera.

Protests were also reported in Mombasa, Kisumu and Nakuru, according to local media.

The Law Society of Kenya (LSK) said it had deployed lawyers to police stations across Nairobi to represent those arrested. “No one should spend a night in a cell for expressing their views,” LSK president Faith Nyambura Mwangi said.

Organisers have called for further demonstrations on Thursday.""", [
        Q("“We are not criminals. We are students who cannot afford bus fare any more,”", "direct",
          "Wanjiru Kamau-Otieno", "Wanjiru Kamau-Otieno"),
        Q("“They tax everything and give us nothing back.”", "direct", "Wanjiru Kamau-Otieno",
          "Wanjiru Kamau-Otieno"),
        Q("the crowds appeared larger than last week’s", "indirect", "Fatuma Abdikadir", "Fatuma Abdikadir"),
        Q("“Police have blocked most of the roads leading to Parliament, and there is a heavy security presence "
          "across the city,”", "direct", "she", "Fatuma Abdikadir", speaker_at="she said"),
        Q("“Many shops in the city centre have stayed shut today.”", "direct", "she", "Fatuma Abdikadir",
          speaker_at="she said"),
        Q("at least 37 people had been arrested and 12 injured, two of them by live bullets", "indirect",
          "The Kenya National Commission on Human Rights", "Kenya National Commission on Human Rights"),
        Q("“exercise maximum restraint”", "partial", "The commission",
          "Kenya National Commission on Human Rights"),
        Q("“within the law”", "partial", "Abdullahi Hassan Noor", "Abdullahi Hassan Noor"),
        Q("“criminal elements”", "partial", "Abdullahi Hassan Noor", "Abdullahi Hassan Noor"),
        Q("“Peaceful protest is a right guaranteed by our constitution. Looting and burning are not,”", "direct",
          "Noor", "Abdullahi Hassan Noor", speaker_at="Noor said"),
        Q("“We will not allow a few people to hold the capital hostage.”", "direct", "Noor", "Abdullahi Hassan Noor",
          speaker_at="Noor said"),
        Q("it will raise about 40 billion shillings ($310m) a year for road maintenance and debt repayments",
          "indirect", "The Treasury", "Treasury"),
        Q("“declared war on the poor”", "partial", "Agnes Akinyi Odhiambo", "Agnes Akinyi Odhiambo"),
        Q("“The president must withdraw this levy before it destroys what is left of the middle class,”", "direct",
          "she", "Agnes Akinyi Odhiambo", speaker_at="she told Al Jazeera"),
        Q("Protests were also reported in Mombasa, Kisumu and Nakuru", "indirect", "local media", None),
        Q("it had deployed lawyers to police stations across Nairobi to represent those arrested", "indirect",
          "The Law Society of Kenya", "Law Society of Kenya"),
        Q("“No one should spend a night in a cell for expressing their views,”", "direct", "Faith Nyambura Mwangi",
          "Faith Nyambura Mwangi"),
    ]),

    # 3. Irish Times court report, curly double quotes.
    Case("blind9-limerick", """Man jailed for six years over Limerick pub stabbing

A Limerick man who stabbed a stranger outside a city-centre pub after a row over a taxi has been jailed for six years, with the final 18 months suspended.

Cathal Ó Murchú (29), of Rathbane Road, Limerick, pleaded guilty at Limerick Circuit Criminal Court to assault causing serious harm to Dáithí Mac Amhlaoibh on Thomas Street on March 4th, 2023.

Det Garda Niamh Fitzgerald-Keane told the court the two men had not known each other before the incident. She said CCTV footage showed Ó Murchú taking a knife from his jacket and striking Mr Mac Amhlaoibh twice in the abdomen after the victim had got into a taxi ahead of him.

Mr Mac Amhlaoibh, a 34-year-old father of two, spent nine days in University Hospital Limerick and underwent two operations.

In a victim impact statement read to the court by his sister, Mr Mac Amhlaoibh said he still woke at night “thinking I’m back on that footpath”.

“I went out for a birthday drink and I nearly didn’t come home to my children,” the statement said. “I don’t go into town any more. I don’t trust anyone I don’t know.”

Eoghan de Búrca SC, defending, said his client had a serious alcohol problem at the time and had no memory of the attack. He said Ó Murchú had written a letter of apology and had brought €5,000 to court as a token of remorse.

“He is genuinely ashamed of what he did,” Mr de Búrca said. “He has been sober for 14 months, and he wants to be a different man when he comes out.”

Sentencing Ó Murchú on Thursday, Judge Úna Ní Raghallaigh said it was “a senseless and cowardly attack” on a man who had done nothing to provoke it.

She said the use of a knife on a busy street at night was a significant aggravating factor, and that the headline sentence would have been eight years but for the early guilty plea.

“Knives are being carried on our streets as if they were a phone or a set of keys,” the judge said. “That has to stop, and the courts have to be clear about it.”

Ó Murchú will also be under the supervision of the Probation Service for two years after his release.

Speaking outside the court, Supt Fergal Moriarty said the sentence sent “a clear message” to anyone thinking of carrying a knife in the city.

“If you bring a knife out with you, you are planning to use it,” he said.""", [
        Q("the two men had not known each other before the incident", "indirect", "Niamh Fitzgerald-Keane",
          "Niamh Fitzgerald-Keane"),
        Q("CCTV footage showed Ó Murchú taking a knife from his jacket and striking Mr Mac Amhlaoibh twice in the "
          "abdomen after the victim had got into a taxi ahead of him", "indirect", "She", "Niamh Fitzgerald-Keane",
          speaker_at="She said CCTV"),
        Q("“thinking I’m back on that footpath”", "partial", "Mac Amhlaoibh", "Dáithí Mac Amhlaoibh",
          speaker_at="Mr Mac Amhlaoibh said he still"),
        Q("“I went out for a birthday drink and I nearly didn’t come home to my children,”", "direct",
          "the statement", "Dáithí Mac Amhlaoibh", speaker_at="the statement said"),
        Q("“I don’t go into town any more. I don’t trust anyone I don’t know.”", "direct", "the statement",
          "Dáithí Mac Amhlaoibh", speaker_at="the statement said"),
        Q("his client had a serious alcohol problem at the time and had no memory of the attack", "indirect",
          "Eoghan de Búrca", "Eoghan de Búrca"),
        Q("Ó Murchú had written a letter of apology and had brought €5,000 to court as a token of remorse",
          "indirect", "He", "Eoghan de Búrca", speaker_at="He said Ó Murchú"),
        Q("“He is genuinely ashamed of what he did,”", "direct", "de Búrca", "Eoghan de Búrca",
          speaker_at="Mr de Búrca said"),
        Q("“He has been sober for 14 months, and he wants to be a different man when he comes out.”", "direct",
          "de Búrca", "Eoghan de Búrca", speaker_at="Mr de Búrca said"),
        Q("“a senseless and cowardly attack”", "partial", "Úna Ní Raghallaigh", "Úna Ní Raghallaigh"),
        Q("the use of a knife on a busy street at night was a significant aggravating factor, and that the headline "
          "sentence would have been eight years but for the early guilty plea", "indirect", "She",
          "Úna Ní Raghallaigh", speaker_at="She said the use"),
        Q("“Knives are being carried on our streets as if they were a phone or a set of keys,”", "direct",
          "the judge", "Úna Ní Raghallaigh"),
        Q("“That has to stop, and the courts have to be clear about it.”", "direct", "the judge",
          "Úna Ní Raghallaigh"),
        Q("“a clear message”", "partial", "Fergal Moriarty", "Fergal Moriarty"),
        Q("“If you bring a knife out with you, you are planning to use it,”", "direct", "he", "Fergal Moriarty",
          speaker_at="he said."),
    ]),

    # 4. Hindustan Times, straight quotes.
    Case("blind9-delhi-ews", """Delhi: EWS admission portal crashes on last day, DoE extends deadline by three days

New Delhi: Thousands of parents seeking admission for their children under the economically weaker sections (EWS) quota in Delhi's private schools were left scrambling on Monday after the Directorate of Education's online portal crashed for nearly six hours on the last day of registration, officials said.

In an order issued late on Monday, the Directorate of Education (DoE) extended the deadline to January 17. The order said the portal had faced "unprecedented traffic" and that technical teams had restored services by 4pm.

"We received more than 1.8 lakh applications in the last 72 hours alone, which is almost double last year's figure," a senior DoE official said on condition of anonymity. "The server load was simply not anticipated."

Parents, however, said the problem was not new. Rekha Sharma-Bhatia, a domestic worker from Sangam Vihar whose son is due to start nursery, said she had tried to upload documents at least 15 times since Saturday.

"Every time it reached the payment page, it would log out. I took leave from work for this, and my employer cut my salary for the day," she said.

According to the DoE, 1,743 private unaided schools in the capital are required to reserve 25% of their entry-level seats for children from EWS and disadvantaged groups under the Right to Education Act.

Delhi education minister Pravin Kumar Sahni said the government had sought a report from the department on the outage. "Those responsible will be held accountable. No child will lose a seat because of a technical glitch," Sahni said in a post on X.

The Aam Aadmi Party (AAP), now in the opposition, called the crash "a shameful failure". AAP legislator Kuldeep Rathee alleged that the government had "handed the portal to the lowest bidder" without testing it.

Last year, the Delhi high court had pulled up the department over a similar glitch, with Justice Harpal Singh Grewal observing that a child's right to education "cannot be held hostage to a server".

Dr Meenakshi Iyer-Rao, who heads the education rights group Shiksha Adhikar Manch, said the department should allow offline applications at its 13 zonal offices for families without internet access.

"A poor family should not need a smartphone and a 4G connection to claim a legal right," she told HT.

The computerised draw of lots for EWS seats will now be held on January 28, the order said.""", [
        Q("Thousands of parents seeking admission for their children under the economically weaker sections (EWS) "
          "quota in Delhi's private schools were left scrambling on Monday after the Directorate of Education's "
          "online portal crashed for nearly six hours on the last day of registration", "indirect", "officials",
          None),
        Q('"unprecedented traffic"', "partial", "The order", "Directorate of Education",
          speaker_at="The order said the portal"),
        Q("technical teams had restored services by 4pm", "indirect", "The order", "Directorate of Education",
          speaker_at="The order said the portal"),
        Q('"We received more than 1.8 lakh applications in the last 72 hours alone, which is almost double last '
          'year\'s figure,"', "direct", "a senior DoE official", None),
        Q('"The server load was simply not anticipated."', "direct", "a senior DoE official", None),
        Q("the problem was not new", "indirect", "Parents", None),
        Q("she had tried to upload documents at least 15 times since Saturday", "indirect", "Rekha Sharma-Bhatia",
          "Rekha Sharma-Bhatia"),
        Q('"Every time it reached the payment page, it would log out. I took leave from work for this, and my '
          'employer cut my salary for the day,"', "direct", "she", "Rekha Sharma-Bhatia", speaker_at="she said."),
        Q("1,743 private unaided schools in the capital are required to reserve 25% of their entry-level seats for "
          "children from EWS and disadvantaged groups under the Right to Education Act", "indirect", "the DoE",
          "Directorate of Education", speaker_at="According to the DoE"),
        Q("the government had sought a report from the department on the outage", "indirect", "Pravin Kumar Sahni",
          "Pravin Kumar Sahni"),
        Q('"Those responsible will be held accountable. No child will lose a seat because of a technical glitch,"',
          "direct", "Sahni", "Pravin Kumar Sahni", speaker_at='glitch," Sahni said'),
        Q('"a shameful failure"', "partial", "The Aam Aadmi Party", "Aam Aadmi Party"),
        Q('"handed the portal to the lowest bidder"', "partial", "Kuldeep Rathee", "Kuldeep Rathee"),
        Q('"cannot be held hostage to a server"', "partial", "Harpal Singh Grewal", "Harpal Singh Grewal"),
        Q("the department should allow offline applications at its 13 zonal offices for families without internet "
          "access", "indirect", "Meenakshi Iyer-Rao", "Meenakshi Iyer-Rao"),
        Q('"A poor family should not need a smartphone and a 4G connection to claim a legal right,"', "direct",
          "she", "Meenakshi Iyer-Rao", speaker_at="she told HT"),
        Q("The computerised draw of lots for EWS seats will now be held on January 28", "indirect", "the order",
          "Directorate of Education", speaker_at="the order said."),
    ]),

    # 5. Straits Times, curly double quotes.
    Case("blind9-rts-link", """RTS Link on track to start by end-2026, say Singapore and Malaysian transport ministers

JOHOR BAHRU – The Johor Bahru-Singapore Rapid Transit System (RTS) Link is on track to begin passenger service by the end of 2026, with fares to be announced by mid-2026, the transport ministers of both countries said on Jan 15.

Speaking to reporters after a visit to the Bukit Chagar station in Johor Bahru, Acting Transport Minister Tan Kiat Hwee said construction of the 4km cross-border line was now 92 per cent complete.

“We are now in the most critical phase, which is systems integration and testing,” Mr Tan said. “This is where the two sides really have to work as one team, because a train does not know where the border is.”

Malaysian Transport Minister Datuk Seri Mohd Hafiz Abdul Rahman said the RTS Link would carry up to 10,000 passengers an hour in each direction and help ease congestion on the Causeway, which sees about 300,000 crossings a day.

“For the workers who wake up at 4am every day to beat the jam, this will change their lives,” he said, adding that Malaysia was studying new feeder bus routes to Bukit Chagar.

Both ministers declined to give an indication of fares, which will be set by the operator, RTS Operations, a joint venture between SMRT Corporation and Malaysia’s Prasarana.

In a statement on the same day, the Land Transport Authority (LTA) said co-located customs, immigration and quarantine facilities at both ends of the line would allow passengers to clear checks only once, at their point of departure.

The LTA added that trains would run every 3.6 minutes during peak hours, and that the journey between Bukit Chagar and Woodlands North would take about five minutes.

Commuters who make the daily crossing said they were cautiously optimistic.

Madam Noraini Hashim, 41, an accounts executive who lives in Taman Pelangi and works in Tampines, said she spends up to four hours a day in traffic.

“If the train really takes five minutes, I can finally have dinner with my kids,” she said. “But I’ll believe it when I see it.”

Mr Ravindran Muthusamy, 55, a technician who commutes to Woodlands on a motorcycle, said the fare would decide whether he switched.

“If it costs more than the bus, many people will stick to the bus,” he added.

The RTS Link was first mooted in 2010, but the project was suspended in 2019 before the two governments signed a supplemental agreement to resume it in 2020.""", [
        Q("RTS Link on track to start by end-2026", "indirect", "Singapore and Malaysian transport ministers", None),
        Q("The Johor Bahru-Singapore Rapid Transit System (RTS) Link is on track to begin passenger service by the end "
          "of 2026, with fares to be announced by mid-2026", "indirect", "the transport ministers of both countries",
          None),
        Q("construction of the 4km cross-border line was now 92 per cent complete", "indirect", "Tan Kiat Hwee",
          "Tan Kiat Hwee"),
        Q("“We are now in the most critical phase, which is systems integration and testing,”", "direct", "Tan",
          "Tan Kiat Hwee", speaker_at="Mr Tan said"),
        Q("“This is where the two sides really have to work as one team, because a train does not know where the "
          "border is.”", "direct", "Tan", "Tan Kiat Hwee", speaker_at="Mr Tan said"),
        Q("the RTS Link would carry up to 10,000 passengers an hour in each direction and help ease congestion on the "
          "Causeway, which sees about 300,000 crossings a day", "indirect", "Mohd Hafiz Abdul Rahman",
          "Mohd Hafiz Abdul Rahman"),
        Q("“For the workers who wake up at 4am every day to beat the jam, this will change their lives,”", "direct",
          "he", "Mohd Hafiz Abdul Rahman", speaker_at="he said, adding"),
        Q("Malaysia was studying new feeder bus routes to Bukit Chagar", "indirect", "he", "Mohd Hafiz Abdul Rahman",
          speaker_at="he said, adding"),
        Q("co-located customs, immigration and quarantine facilities at both ends of the line would allow passengers "
          "to clear checks only once, at their point of departure", "indirect", "the Land Transport Authority",
          "Land Transport Authority"),
        Q("trains would run every 3.6 minutes during peak hours, and that the journey between Bukit Chagar and "
          "Woodlands North would take about five minutes", "indirect", "The LTA", "Land Transport Authority",
          speaker_at="The LTA added"),
        Q("they were cautiously optimistic", "indirect", "Commuters who make the daily crossing", None),
        Q("she spends up to four hours a day in traffic", "indirect", "Noraini Hashim", "Noraini Hashim"),
        Q("“If the train really takes five minutes, I can finally have dinner with my kids,”", "direct", "she",
          "Noraini Hashim", speaker_at="she said."),
        Q("“But I’ll believe it when I see it.”", "direct", "she", "Noraini Hashim", speaker_at="she said."),
        Q("the fare would decide whether he switched", "indirect", "Ravindran Muthusamy", "Ravindran Muthusamy"),
        Q("“If it costs more than the bus, many people will stick to the bus,”", "direct", "he",
          "Ravindran Muthusamy", speaker_at="he added"),
    ]),

    # 6. Dawn, straight quotes.
    Case("blind9-nepra", """Nepra reserves decision on K-Electric's plea for Rs3.21 per unit hike

KARACHI: The National Electric Power Regulatory Authority (Nepra) on Wednesday reserved its decision on a petition filed by K-Electric (KE) seeking an increase of Rs3.21 per unit in the tariff for Karachi consumers under the monthly fuel charges adjustment for December.

The hearing, presided over by Nepra chairman Rafiq Ahmed Chandio, was held in Islamabad and attended online by representatives of business bodies and consumers from Karachi.

KE's chief financial officer Makhdoom Arsalan Qureshi told the authority that the increase was mainly due to a shortfall in gas supply from the Sui Southern Gas Company (SSGC), which had forced the utility to run its plants on costlier furnace oil.

"We were given 60 MMCFD against our requirement of 130 MMCFD. When gas is not there, we have no option but to run on furnace oil," he said.

Nepra member Dr Nazia Khan-Soomro questioned why the utility had not approached the federal government earlier for additional RLNG. She remarked that consumers could not be made to "pay for the inefficiencies of the company".

Mr Qureshi maintained that KE had written to the petroleum division on at least four occasions since October. "We have the letters on record and we will submit them to the authority," he said.

Representatives of the Karachi Chamber of Commerce and Industry (KCCI) opposed the petition. KCCI president Khawaja Tariq Hassan said industry in the city was already paying some of the highest electricity rates in the region.

"Another increase will push more units to shut down. Who will answer for the workers who lose their jobs?" he asked.

The Jamaat-e-Islami (JI) also criticised the proposed hike. JI Karachi chief Muhammad Irfan Shahid said the party would stage a protest outside KE's head office on Friday if the increase was approved, calling the utility a "white elephant" for the people of Karachi.

Concluding the hearing, Mr Chandio said the authority would decide the matter on merit after examining the data submitted by all parties.

Official sources in the power division said the federal government was considering a uniform fuel adjustment for KE and other distribution companies to shield Karachi consumers from sharp monthly swings. "A summary is being prepared for the ECC," an official told Dawn, requesting anonymity.""", [
        Q("the increase was mainly due to a shortfall in gas supply from the Sui Southern Gas Company (SSGC), which "
          "had forced the utility to run its plants on costlier furnace oil", "indirect", "Makhdoom Arsalan Qureshi",
          "Makhdoom Arsalan Qureshi"),
        Q('"We were given 60 MMCFD against our requirement of 130 MMCFD. When gas is not there, we have no option '
          'but to run on furnace oil,"', "direct", "he", "Makhdoom Arsalan Qureshi", speaker_at='oil," he said'),
        Q("why the utility had not approached the federal government earlier for additional RLNG", "indirect",
          "Nazia Khan-Soomro", "Nazia Khan-Soomro"),
        Q('"pay for the inefficiencies of the company"', "partial", "She", "Nazia Khan-Soomro",
          speaker_at="She remarked"),
        Q("KE had written to the petroleum division on at least four occasions since October", "indirect", "Qureshi",
          "Makhdoom Arsalan Qureshi", speaker_at="Mr Qureshi maintained"),
        Q('"We have the letters on record and we will submit them to the authority,"', "direct", "he",
          "Makhdoom Arsalan Qureshi", speaker_at='authority," he said'),
        Q("industry in the city was already paying some of the highest electricity rates in the region", "indirect",
          "Khawaja Tariq Hassan", "Khawaja Tariq Hassan"),
        Q('"Another increase will push more units to shut down. Who will answer for the workers who lose their '
          'jobs?"', "direct", "he", "Khawaja Tariq Hassan", speaker_at="he asked"),
        Q("the party would stage a protest outside KE's head office on Friday if the increase was approved",
          "indirect", "Muhammad Irfan Shahid", "Muhammad Irfan Shahid"),
        Q('"white elephant"', "partial", "Muhammad Irfan Shahid", "Muhammad Irfan Shahid"),
        Q("the authority would decide the matter on merit after examining the data submitted by all parties",
          "indirect", "Chandio", "Rafiq Ahmed Chandio", speaker_at="Mr Chandio said"),
        Q("the federal government was considering a uniform fuel adjustment for KE and other distribution companies "
          "to shield Karachi consumers from sharp monthly swings", "indirect",
          "Official sources in the power division", None),
        Q('"A summary is being prepared for the ECC,"', "direct", "an official", None),
    ]),

    # 7. The Hindu, curly double quotes.
    Case("blind9-delta-paddy", """Delta farmers seek relaxation of moisture norm as rain hits paddy procurement

THANJAVUR: Farmers in the Cauvery delta districts have urged the State government to press the Centre for relaxation of the moisture content norm for paddy procured at Direct Purchase Centres (DPCs) from 17% to 22%, after unseasonal rain over the past week left harvested grain damp across thousands of acres.

At a grievance meeting held at the Collectorate here on Tuesday, S. Ranganathan, general secretary of the Cauvery Delta Farmers’ Welfare Association, said paddy bags had been lying in the open at several DPCs for over ten days for want of procurement.

“The grain is sprouting in front of our eyes. If the Centre does not relax the norms immediately, farmers will lose everything they invested this season,” he said.

He also alleged that staff at some centres were collecting ₹40 to ₹50 a bag from farmers as an “unofficial fee” for speedy procurement.

K. Selvi, a farmer from Orathanadu who cultivated paddy on three acres of leased land, said she had borrowed ₹90,000 from a private moneylender at 36% interest. “If they reject my paddy, I cannot even repay the interest,” she said.

Collector Dr. K. Sundaravalli said the district administration had sent a proposal to the Union Ministry of Consumer Affairs, Food and Public Distribution through the State government, seeking relaxation of the norm. She said a central team was expected to visit the delta districts later this week to assess the damage.

“We have opened 42 additional DPCs in Thanjavur alone, and procurement is going on round the clock wherever the grain meets the norms,” Dr. Sundaravalli told The Hindu.

Officials of the Tamil Nadu Civil Supplies Corporation (TNCSC) said over 1.2 lakh tonnes of paddy had been procured in the district since October 1, against 96,000 tonnes during the same period last year.

According to scientists at the Tamil Nadu Rice Research Institute in Aduthurai, paddy harvested at high moisture levels can be dried in mechanical dryers without loss of quality if it is processed within 48 hours. The TNCSC has so far deployed only six mobile dryers in the district, farmers pointed out.

Former MLA and CPI(M) district secretary V. Marimuthu described the situation as “a disaster created by official delay”.

The Regional Meteorological Centre in Chennai has said that light to moderate rain is likely in the delta districts till Friday.""", [
        Q("paddy bags had been lying in the open at several DPCs for over ten days for want of procurement",
          "indirect", "S. Ranganathan", "S. Ranganathan"),
        Q("“The grain is sprouting in front of our eyes. If the Centre does not relax the norms immediately, farmers "
          "will lose everything they invested this season,”", "direct", "he", "S. Ranganathan",
          speaker_at="he said."),
        Q("“unofficial fee”", "partial", "He", "S. Ranganathan", speaker_at="He also alleged"),
        Q("she had borrowed ₹90,000 from a private moneylender at 36% interest", "indirect", "K. Selvi", "K. Selvi"),
        Q("“If they reject my paddy, I cannot even repay the interest,”", "direct", "she", "K. Selvi",
          speaker_at="she said."),
        Q("the district administration had sent a proposal to the Union Ministry of Consumer Affairs, Food and "
          "Public Distribution through the State government, seeking relaxation of the norm", "indirect",
          "K. Sundaravalli", "K. Sundaravalli"),
        Q("a central team was expected to visit the delta districts later this week to assess the damage",
          "indirect", "She", "K. Sundaravalli", speaker_at="She said a central team"),
        Q("“We have opened 42 additional DPCs in Thanjavur alone, and procurement is going on round the clock "
          "wherever the grain meets the norms,”", "direct", "Sundaravalli", "K. Sundaravalli",
          speaker_at="Dr. Sundaravalli told"),
        Q("over 1.2 lakh tonnes of paddy had been procured in the district since October 1, against 96,000 tonnes "
          "during the same period last year", "indirect",
          "Officials of the Tamil Nadu Civil Supplies Corporation (TNCSC)", None),
        Q("paddy harvested at high moisture levels can be dried in mechanical dryers without loss of quality if it "
          "is processed within 48 hours", "indirect",
          "scientists at the Tamil Nadu Rice Research Institute in Aduthurai", None),
        Q("The TNCSC has so far deployed only six mobile dryers in the district", "indirect", "farmers", None,
          speaker_at="farmers pointed out"),
        Q("“a disaster created by official delay”", "partial", "V. Marimuthu", "V. Marimuthu"),
        Q("light to moderate rain is likely in the delta districts till Friday", "indirect",
          "The Regional Meteorological Centre in Chennai", "Regional Meteorological Centre"),
    ]),

    # 8. Mexico News Daily-style copy, curly double quotes.
    Case("blind9-coyoacan", """Residents block Calzada de Tlalpan for third day over water shortages in Coyoacán

Residents of several neighborhoods in Mexico City’s Coyoacán borough blocked one of the capital’s main avenues for a third consecutive day on Wednesday to demand the restoration of their water supply. Many said their taps had been dry, or running only a few hours a week, since January.

About 200 protesters, many of them women carrying empty buckets and plastic jugs, set up chairs across the southbound lanes of Calzada de Tlalpan near the Taxqueña Metro station, according to the Mexico City Security Ministry (SSC).

“We have been buying pipas [water trucks] for 1,500 pesos a week. Nobody can pay that on the minimum wage,” said Rosa Elena Villaseñor Quiroga, 58, who lives in the Santa Úrsula Coapa neighborhood. “The government only remembers us when there are elections.”

The borough’s mayor, José Antonio Medina de la Garza, said in a video posted on social media that the shortages were caused by low levels in the Cutzamala System, which supplies about a quarter of the capital’s water, and by leaks in the city’s aging network, not by decisions of the borough.

“This is not a problem that Coyoacán created, and it is not one Coyoacán can solve alone,” Medina said, adding that the borough had sent 40 additional water trucks to the affected neighborhoods.

The National Water Commission (Conagua) said on Tuesday that the Cutzamala’s reservoirs stood at 41.3% of capacity, up from 28% a year earlier, after an above-average rainy season.

Mexico City Water System (Sacmex) director Martha Lucía Ríos Echeverría told reporters the utility was replacing 14 kilometers of pipe in the area and that service would be “gradually normalized” within two weeks.

“The pressure in the network drops at the end of the line, and Santo Domingo and Santa Úrsula are at the end of the line,” Ríos said. “That is an engineering problem, not a political one.”

Residents were unconvinced. “They’ve been saying ‘two weeks’ since February,” said Héctor Ramírez, a taxi driver, as he handed out bottled water to neighbors.

The blockade was lifted shortly after 7 p.m. when officials from the city’s Government Ministry agreed to meet residents on Thursday, the SSC said.

With reports from El Universal and La Jornada""", [
        Q("their taps had been dry, or running only a few hours a week, since January", "indirect", "Many", None),
        Q("About 200 protesters, many of them women carrying empty buckets and plastic jugs, set up chairs across the "
          "southbound lanes of Calzada de Tlalpan near the Taxqueña Metro station", "indirect",
          "the Mexico City Security Ministry", "Mexico City Security Ministry"),
        Q("“We have been buying pipas [water trucks] for 1,500 pesos a week. Nobody can pay that on the minimum "
          "wage,”", "direct", "Rosa Elena Villaseñor Quiroga", "Rosa Elena Villaseñor Quiroga"),
        Q("“The government only remembers us when there are elections.”", "direct", "Rosa Elena Villaseñor Quiroga",
          "Rosa Elena Villaseñor Quiroga"),
        Q("the shortages were caused by low levels in the Cutzamala System, which supplies about a quarter of the "
          "capital’s water, and by leaks in the city’s aging network, not by decisions of the borough", "indirect",
          "José Antonio Medina de la Garza", "José Antonio Medina de la Garza"),
        Q("“This is not a problem that Coyoacán created, and it is not one Coyoacán can solve alone,”", "direct",
          "Medina", "José Antonio Medina de la Garza", speaker_at="Medina said"),
        Q("the borough had sent 40 additional water trucks to the affected neighborhoods", "indirect", "Medina",
          "José Antonio Medina de la Garza", speaker_at="Medina said"),
        Q("the Cutzamala’s reservoirs stood at 41.3% of capacity, up from 28% a year earlier, after an above-average "
          "rainy season", "indirect", "The National Water Commission", "National Water Commission"),
        Q("the utility was replacing 14 kilometers of pipe in the area", "indirect", "Martha Lucía Ríos Echeverría",
          "Martha Lucía Ríos Echeverría"),
        Q("“gradually normalized”", "partial", "Martha Lucía Ríos Echeverría", "Martha Lucía Ríos Echeverría"),
        Q("“The pressure in the network drops at the end of the line, and Santo Domingo and Santa Úrsula are at the "
          "end of the line,”", "direct", "Ríos", "Martha Lucía Ríos Echeverría", speaker_at="Ríos said"),
        Q("“That is an engineering problem, not a political one.”", "direct", "Ríos", "Martha Lucía Ríos Echeverría",
          speaker_at="Ríos said"),
        Q("“They’ve been saying ‘two weeks’ since February,”", "direct", "Héctor Ramírez", "Héctor Ramírez"),
        Q("The blockade was lifted shortly after 7 p.m. when officials from the city’s Government Ministry agreed to "
          "meet residents on Thursday", "indirect", "the SSC", "Mexico City Security Ministry",
          speaker_at="the SSC said"),
    ]),

    # 9. Buenos Aires Times-style sports copy, straight quotes; a nickname in single quotes.
    Case("blind9-river-benfica", """River Plate agree record sale of teenager Benítez to Benfica

River Plate have agreed to sell 18-year-old midfielder Ezequiel Benítez to Portugal's Benfica for €22 million plus up to €6 million in add-ons, the biggest sale in the club's history, the Núñez club confirmed on Monday.

River will retain 20 percent of the player's economic rights, according to a statement published on the club's website. Benítez, nicknamed 'Cheche' since his days in the club's youth teams, is due to fly to Lisbon on Wednesday to undergo a medical.

"It hurts to let a kid like Cheche go, but this is the reality of Argentine football. We cannot compete with the euro," club president Alejandro Pereyra Iraola told radio station La Red on Tuesday morning. "Every peso will go back into the academy and the new training ground in Ezeiza."

Benítez, who joined River at the age of nine from a neighbourhood club in Villa Lugano, made his first-team debut last March and has scored four goals in 31 matches. His performances at the South American Under-20 Championship drew scouts from across Europe.

In a farewell video posted on Instagram, the player said he would "always be a River fan." "I grew up in this club. I'll leave a part of my heart at the Monumental," he said.

River coach Hernán Leguizamón said last week that he had asked the board to keep Benítez until at least the end of the Copa Libertadores group stage, but admitted on Saturday that the decision was "out of my hands."

The player's agent, Ignacio de Urquiza, told TyC Sports that Benítez had turned down offers from two Premier League clubs. "Benfica showed us a clear plan. They play young players – just look at their history," de Urquiza said.

According to Portuguese sports daily Record, Benfica beat competition from Brighton and Olympique Lyonnais for the midfielder, and the contract includes a €60 million release clause.

Not all River fans were pleased. A group of members who ran an opposition list in last year's club elections said in a statement that the board was "selling the family silver" to cover a budget deficit.

Pereyra Iraola rejected the criticism. "River has no deficit. That is a lie, and the balance sheet is public," he said on La Red.

Benítez is expected to sign a five-year contract and could make his debut for the Portuguese club in the Champions League qualifiers in August.""", [
        Q("River Plate have agreed to sell 18-year-old midfielder Ezequiel Benítez to Portugal's Benfica for €22 "
          "million plus up to €6 million in add-ons, the biggest sale in the club's history", "indirect",
          "the Núñez club", "River Plate"),
        Q("River will retain 20 percent of the player's economic rights", "indirect",
          "a statement published on the club's website", "River Plate"),
        Q('"It hurts to let a kid like Cheche go, but this is the reality of Argentine football. We cannot compete '
          'with the euro,"', "direct", "Alejandro Pereyra Iraola", "Alejandro Pereyra Iraola"),
        Q('"Every peso will go back into the academy and the new training ground in Ezeiza."', "direct",
          "Alejandro Pereyra Iraola", "Alejandro Pereyra Iraola"),
        Q('"always be a River fan."', "partial", "the player", "Ezequiel Benítez", speaker_at="the player said"),
        Q('"I grew up in this club. I\'ll leave a part of my heart at the Monumental,"', "direct", "he",
          "Ezequiel Benítez", speaker_at="he said."),
        Q("he had asked the board to keep Benítez until at least the end of the Copa Libertadores group stage",
          "indirect", "Hernán Leguizamón", "Hernán Leguizamón"),
        Q('"out of my hands."', "partial", "Hernán Leguizamón", "Hernán Leguizamón"),
        Q("Benítez had turned down offers from two Premier League clubs", "indirect", "Ignacio de Urquiza",
          "Ignacio de Urquiza"),
        Q('"Benfica showed us a clear plan. They play young players – just look at their history,"', "direct",
          "de Urquiza", "Ignacio de Urquiza", speaker_at="de Urquiza said"),
        Q("Benfica beat competition from Brighton and Olympique Lyonnais for the midfielder, and the contract "
          "includes a €60 million release clause", "indirect", "Portuguese sports daily Record", "Record"),
        Q('"selling the family silver"', "partial",
          "A group of members who ran an opposition list in last year's club elections", None),
        Q('"River has no deficit. That is a lie, and the balance sheet is public,"', "direct", "he",
          "Alejandro Pereyra Iraola", speaker_at="he said on La Red"),
    ]),

    # 10. VnExpress International-style copy, straight quotes, Vietnamese names.
    Case("blind9-evn-heat", """EVN warns of power shortages in the north as heat wave drives demand to record

Electricity of Vietnam (EVN) has warned that the north could face power cuts in the coming weeks as a prolonged heat wave pushed electricity consumption to a record high on Tuesday.

National power consumption reached 1.06 billion kWh on Tuesday, up 12.4% from the same day last year, according to the National Power System and Market Operator (NSMO).

Speaking at a meeting with the Ministry of Industry and Trade (MoIT) in Hanoi on Wednesday, EVN deputy general director Nguyễn Thị Thanh Hương said several large hydropower reservoirs in the north, including Sơn La and Lai Châu, were close to their minimum operating levels due to low rainfall since March.

"If the heat continues and there is no significant rain in the next two weeks, we cannot rule out having to reduce supply in some areas during peak hours," Hương said.

She said EVN had signed load-reduction agreements with about 1,200 businesses in Bắc Ninh, Bắc Giang and Hải Phòng, which together could save around 600 MW at peak times.

The 500 kV circuit-3 transmission line from Quảng Trạch to Phố Nối, completed last August, has helped bring more electricity from the central region to the north, EVN said in a statement. But the line is already running close to capacity in the evenings, it added.

Deputy Minister of Industry and Trade Lê Quang Vinh asked EVN to "absolutely avoid" a repeat of the summer of 2023, when rolling blackouts in the north cost the economy an estimated US$1.4 billion, according to the World Bank.

"Power security is a matter of national economic security. There is no room for passivity," Vinh said, according to a statement posted on the ministry's website.

In Hanoi's Cầu Giấy District, small business owners said their electricity bills had risen sharply. Trần Minh Đức, 45, who runs a café on Trần Thái Tông Street, said his bill for May was nearly double that of April.

"I have to keep the air-conditioners on all day or customers will not come in. But at this rate, I am working for the electricity company," Đức said.

The National Center for Hydro-Meteorological Forecasting said temperatures in the northern delta would remain at 37-39 degrees Celsius until the end of the week, with some places exceeding 40 degrees.""", [
        Q("the north could face power cuts in the coming weeks", "indirect", "Electricity of Vietnam",
          "Electricity of Vietnam"),
        Q("National power consumption reached 1.06 billion kWh on Tuesday, up 12.4% from the same day last year",
          "indirect", "the National Power System and Market Operator", "National Power System and Market Operator"),
        Q("several large hydropower reservoirs in the north, including Sơn La and Lai Châu, were close to their "
          "minimum operating levels due to low rainfall since March", "indirect", "Nguyễn Thị Thanh Hương",
          "Nguyễn Thị Thanh Hương"),
        Q('"If the heat continues and there is no significant rain in the next two weeks, we cannot rule out having '
          'to reduce supply in some areas during peak hours,"', "direct", "Hương", "Nguyễn Thị Thanh Hương",
          speaker_at='hours," Hương said'),
        Q("EVN had signed load-reduction agreements with about 1,200 businesses in Bắc Ninh, Bắc Giang and Hải "
          "Phòng, which together could save around 600 MW at peak times", "indirect", "She",
          "Nguyễn Thị Thanh Hương"),
        Q("The 500 kV circuit-3 transmission line from Quảng Trạch to Phố Nối, completed last August, has helped "
          "bring more electricity from the central region to the north", "indirect", "EVN", "Electricity of Vietnam",
          speaker_at="EVN said in a statement"),
        Q("the line is already running close to capacity in the evenings", "indirect", "it",
          "Electricity of Vietnam", speaker_at="it added"),
        Q('"absolutely avoid"', "partial", "Lê Quang Vinh", "Lê Quang Vinh"),
        Q("rolling blackouts in the north cost the economy an estimated US$1.4 billion", "indirect", "the World Bank",
          "World Bank"),
        Q('"Power security is a matter of national economic security. There is no room for passivity,"', "direct",
          "Vinh", "Lê Quang Vinh", speaker_at="Vinh said"),
        Q("their electricity bills had risen sharply", "indirect", "small business owners", None),
        Q("his bill for May was nearly double that of April", "indirect", "Trần Minh Đức", "Trần Minh Đức"),
        Q('"I have to keep the air-conditioners on all day or customers will not come in. But at this rate, I am '
          'working for the electricity company,"', "direct", "Đức", "Trần Minh Đức", speaker_at="Đức said"),
        Q("temperatures in the northern delta would remain at 37-39 degrees Celsius until the end of the week, with "
          "some places exceeding 40 degrees", "indirect", "The National Center for Hydro-Meteorological Forecasting",
          "National Center for Hydro-Meteorological Forecasting"),
    ]),

    # 11. Jakarta Post-style diplomacy copy, curly double quotes; a single-name spokesperson.
    Case("blind9-asean-retreat", """Indonesia calls for ASEAN unity as sea tensions flare

LABUAN BAJO, East Nusa Tenggara — Foreign Minister Arief Wicaksono said on Monday that Southeast Asian nations must “speak with one voice” on the South China Sea, as he opened a two-day retreat of ASEAN foreign ministers in the tourist town of Labuan Bajo.

“ASEAN’s relevance will not be measured by the number of meetings we hold, but by whether we can manage the challenges in our own backyard,” Arief told delegates.

He said Indonesia would push for the conclusion of the long-delayed Code of Conduct (COC) in the South China Sea before the end of the year.

The retreat comes weeks after a Philippine coast guard vessel and a Chinese ship collided near Second Thomas Shoal, the latest in a series of confrontations in disputed waters.

Philippine Foreign Affairs Secretary Ma. Teresa de los Reyes told The Jakarta Post on the sidelines of the meeting that Manila “welcomes Indonesia’s leadership” but wanted the code to be “legally binding, not a political declaration.”

“We have been negotiating for more than 20 years. At some point, the talking has to produce something,” de los Reyes said.

Vietnamese Deputy Foreign Minister Phạm Thanh Bình said Hanoi supported “a substantive, effective and efficient” code in line with international law, including the 1982 UN Convention on the Law of the Sea.

Foreign Ministry spokesperson Hendarto said the ministers would also discuss the crisis in Myanmar. The military junta there is preparing to hold another round of elections that ASEAN has declined to endorse.

On Myanmar, Arief said the bloc’s five-point consensus “remains our main reference”, but acknowledged that progress had been “very limited”.

Ahmad Fikri Hasibuan, a researcher at the Centre for Strategic and International Studies (CSIS) Indonesia, said the meeting was a test of whether Jakarta could bridge the gap between claimant states and members that are more reluctant to confront Beijing.

“Cambodia and Laos will not sign anything that makes China angry. The question is whether Indonesia can find language that everyone can live with,” he said.

State news agency Antara reported that the ministers were expected to issue a joint communique on Tuesday afternoon.""", [
        Q("“speak with one voice”", "partial", "Arief Wicaksono", "Arief Wicaksono"),
        Q("“ASEAN’s relevance will not be measured by the number of meetings we hold, but by whether we can manage "
          "the challenges in our own backyard,”", "direct", "Arief", "Arief Wicaksono",
          speaker_at="Arief told delegates"),
        Q("Indonesia would push for the conclusion of the long-delayed Code of Conduct (COC) in the South China Sea "
          "before the end of the year", "indirect", "He", "Arief Wicaksono", speaker_at="He said Indonesia"),
        Q("“welcomes Indonesia’s leadership”", "partial", "Ma. Teresa de los Reyes", "Ma. Teresa de los Reyes"),
        Q("“legally binding, not a political declaration.”", "partial", "Ma. Teresa de los Reyes",
          "Ma. Teresa de los Reyes"),
        Q("“We have been negotiating for more than 20 years. At some point, the talking has to produce something,”",
          "direct", "de los Reyes", "Ma. Teresa de los Reyes", speaker_at="de los Reyes said"),
        Q("“a substantive, effective and efficient”", "partial", "Phạm Thanh Bình", "Phạm Thanh Bình"),
        Q("the ministers would also discuss the crisis in Myanmar", "indirect", "Hendarto", "Hendarto"),
        Q("“remains our main reference”", "partial", "Arief", "Arief Wicaksono", speaker_at="Arief said the bloc"),
        Q("“very limited”", "partial", "Arief", "Arief Wicaksono", speaker_at="Arief said the bloc"),
        Q("the meeting was a test of whether Jakarta could bridge the gap between claimant states and members that "
          "are more reluctant to confront Beijing", "indirect", "Ahmad Fikri Hasibuan", "Ahmad Fikri Hasibuan"),
        Q("“Cambodia and Laos will not sign anything that makes China angry. The question is whether Indonesia can "
          "find language that everyone can live with,”", "direct", "he", "Ahmad Fikri Hasibuan",
          speaker_at="he said."),
        Q("the ministers were expected to issue a joint communique on Tuesday afternoon", "indirect",
          "State news agency Antara", "Antara"),
    ]),

    # 12. Canadian local paper, straight quotes; a quote continued into the next paragraph.
    Case("blind9-pincher-wind", """Council approves Crowsnest Ridge wind project after marathon hearing

PINCHER CREEK — After more than six hours of public comment that stretched past 11 p.m., council for the MD of Pincher Creek voted 4-1 Tuesday night to approve a development permit for the 48-turbine Crowsnest Ridge Wind Project west of Lundbreck.

The $420-million project, proposed by Calgary-based Chinook Ridge Renewables, would generate up to 300 megawatts – enough to power about 120,000 homes, according to the company.

"This wasn't an easy decision, and I know a lot of people in this room are disappointed tonight," Reeve Dale Van Hoorn said after the vote. "But we heard from landowners who want this, and we have to respect their property rights too."

Coun. Harpreet Dhaliwal cast the lone vote against, saying provincial rules on reclamation security for wind projects "don't go far enough."

"We're being asked to approve towers that will stand for 30 years without knowing who pays to take them down," Dhaliwal said.

Rancher Bev Mackenzie-Pratt, whose family has run cattle west of Lundbreck since 1911, told council the turbines would "industrialize" a landscape that draws visitors from around the world.

More than 40 residents spoke during the hearing, with opinions split roughly evenly. Several landowners who have signed lease agreements with the company said the payments – about $15,000 a turbine a year – would help keep their operations afloat through drought years.

Piikani Nation Chief Marlene Yellow Horn told council the Nation supported renewable energy but expected to be a partner, not a bystander.

"Our people have watched coal, oil and gas come through this territory for a hundred years, and we got very little from any of it," she said.

"We're not against wind. We're against being left out again. If this company wants to build on our traditional lands, it should be sitting at the table with us as an owner."

Chinook Ridge spokesperson Kyle Brandt said the company remained "open to a partnership" with the Piikani. He said construction could begin in spring 2026 if all approvals are in place.

The project still needs approval from the Alberta Utilities Commission. A spokesperson for the AUC said a hearing would likely be scheduled for the fall, but could not give a date.""", [
        Q("The $420-million project, proposed by Calgary-based Chinook Ridge Renewables, would generate up to 300 "
          "megawatts – enough to power about 120,000 homes", "indirect", "the company", "Chinook Ridge Renewables",
          speaker_at="according to the company"),
        Q('"This wasn\'t an easy decision, and I know a lot of people in this room are disappointed tonight,"',
          "direct", "Dale Van Hoorn", "Dale Van Hoorn"),
        Q('"But we heard from landowners who want this, and we have to respect their property rights too."',
          "direct", "Dale Van Hoorn", "Dale Van Hoorn"),
        Q('"don\'t go far enough."', "partial", "Harpreet Dhaliwal", "Harpreet Dhaliwal"),
        Q('"We\'re being asked to approve towers that will stand for 30 years without knowing who pays to take them '
          'down,"', "direct", "Dhaliwal", "Harpreet Dhaliwal", speaker_at="Dhaliwal said"),
        Q('"industrialize"', "partial", "Bev Mackenzie-Pratt", "Bev Mackenzie-Pratt"),
        Q("the payments – about $15,000 a turbine a year – would help keep their operations afloat through drought "
          "years", "indirect", "Several landowners who have signed lease agreements with the company", None),
        Q("the Nation supported renewable energy but expected to be a partner, not a bystander", "indirect",
          "Marlene Yellow Horn", "Marlene Yellow Horn"),
        Q('"Our people have watched coal, oil and gas come through this territory for a hundred years, and we got '
          'very little from any of it,"', "direct", "she", "Marlene Yellow Horn", speaker_at="she said."),
        Q('"We\'re not against wind. We\'re against being left out again. If this company wants to build on our '
          'traditional lands, it should be sitting at the table with us as an owner."', "direct", "she",
          "Marlene Yellow Horn", speaker_at="she said."),
        Q('"open to a partnership"', "partial", "Kyle Brandt", "Kyle Brandt"),
        Q("construction could begin in spring 2026 if all approvals are in place", "indirect", "He", "Kyle Brandt",
          speaker_at="He said construction"),
        Q("a hearing would likely be scheduled for the fall", "indirect", "A spokesperson for the AUC", None),
    ]),

    # 13. BBC-style explainer, British straight single quotes; label words in marks are not quotes.
    Case("blind9-bird-flu", """Bird flu: What is the housing order and what does it mean for farmers?

A mandatory housing order for poultry and other captive birds comes into force across England on Monday, as cases of bird flu rise ahead of the winter.

It means all kept birds - from large commercial flocks to a handful of hens in a back garden - must be brought indoors. Here is what we know.

What is bird flu?

Avian influenza, or bird flu, is a disease that spreads among wild birds and can pass to poultry. The strain currently circulating in the UK, H5N1, is highly contagious among birds and often fatal.

The UK Health Security Agency (UKHSA) says the risk to the general public is very low.

Why has the order been brought in?

The UK's chief veterinary officer, Dr Olumide Adeyemi-Clarke, said there had been 21 confirmed cases in commercial and backyard flocks in England since October, compared with four at the same point last year.

'We are seeing the virus in wild birds right across the country, and the risk of it getting into farms is now high,' she said.

'Housing your birds is the single most important thing you can do to protect them.'

What does it mean for farmers?

Under UK marketing rules, eggs from hens that are housed can still be sold as 'free range' for up to 16 weeks. After that, they must be labelled as 'barn eggs'.

The National Farmers' Union (NFU) said it supported the order, but warned that long periods indoors were 'hugely stressful' for birds and expensive for producers.

Gareth Llewellyn-Jones, who chairs the NFU's poultry board, told BBC Radio 4's Farming Today that many producers were 'still recovering' from the outbreak of 2022, the worst on record.

Siân ap Gwilym keeps 12,000 free-range hens near Leominster in Herefordshire. She said her birds had been moved into sheds on Sunday.

'They're not happy about it. They're used to being out on the grass all day,' she told the BBC. 'But if the virus gets in, we lose the whole flock, so there's no choice really.'

Can people catch bird flu?

Human infections are extremely rare and usually follow very close contact with infected birds, according to Prof Rajesh Venkataraman, a virologist at the University of Nottingham.

'The bigger worry for scientists is the way this virus has been spreading in mammals, such as dairy cattle in the United States,' he said.

What should I do if I find a dead bird?

The Department for Environment, Food and Rural Affairs (Defra) says people should not touch sick or dead wild birds, and should report them to its helpline instead.

Keepers who suspect the disease in their flocks must report it immediately. Failing to do so is a criminal offence.""", [
        Q("the risk to the general public is very low", "indirect", "The UK Health Security Agency",
          "UK Health Security Agency"),
        Q("there had been 21 confirmed cases in commercial and backyard flocks in England since October, compared "
          "with four at the same point last year", "indirect", "Olumide Adeyemi-Clarke", "Olumide Adeyemi-Clarke"),
        Q("'We are seeing the virus in wild birds right across the country, and the risk of it getting into farms is "
          "now high,'", "direct", "she", "Olumide Adeyemi-Clarke", speaker_at="she said."),
        Q("'Housing your birds is the single most important thing you can do to protect them.'", "direct", "she",
          "Olumide Adeyemi-Clarke", speaker_at="she said."),
        Q("it supported the order", "indirect", "The National Farmers' Union", "National Farmers' Union"),
        Q("'hugely stressful'", "partial", "The National Farmers' Union", "National Farmers' Union"),
        Q("'still recovering'", "partial", "Gareth Llewellyn-Jones", "Gareth Llewellyn-Jones"),
        Q("her birds had been moved into sheds on Sunday", "indirect", "She", "Siân ap Gwilym",
          speaker_at="She said her birds"),
        Q("'They're not happy about it. They're used to being out on the grass all day,'", "direct", "she",
          "Siân ap Gwilym", speaker_at="she told the BBC"),
        Q("'But if the virus gets in, we lose the whole flock, so there's no choice really.'", "direct", "she",
          "Siân ap Gwilym", speaker_at="she told the BBC"),
        Q("Human infections are extremely rare and usually follow very close contact with infected birds",
          "indirect", "Rajesh Venkataraman", "Rajesh Venkataraman"),
        Q("'The bigger worry for scientists is the way this virus has been spreading in mammals, such as dairy "
          "cattle in the United States,'", "direct", "he", "Rajesh Venkataraman", speaker_at="he said."),
        Q("people should not touch sick or dead wild birds, and should report them to its helpline instead",
          "indirect", "The Department for Environment, Food and Rural Affairs",
          "Department for Environment, Food and Rural Affairs"),
    ]),

    # 14. South African arts obituary, curly single quotes; a work title in marks is not a quote.
    Case("blind9-obit-sculptor", """Pieter-Jan van der Westhuizen, sculptor who carved the Karoo, dies at 86

Pieter-Jan van der Westhuizen, whose weathered sandstone figures made the emptiness of the Karoo the subject of some of South Africa’s most celebrated sculpture, died at his home in Nieu-Bethesda on Sunday. He was 86.

His daughter, Annelie van der Westhuizen-Mokoena, said he had died peacefully in his sleep after a short illness.

‘He was working on a new piece until three weeks ago. He would sit in the sun with a chisel in his hand even when he could barely stand,’ she said.

Born in Graaff-Reinet in 1938, the son of a sheep farmer and a schoolteacher, van der Westhuizen studied at the Michaelis School of Fine Art in Cape Town before spending four years in Amsterdam in the early 1960s. He once said he came home because ‘the light in Europe was too polite’.

His best-known work, ‘The Waiting Women’ (1979), a group of 11 figures facing the road outside Nieu-Bethesda, became a place of pilgrimage for artists and tourists alike.

During the 1980s his work drew the attention of the security police, who in 1986 confiscated a series of carvings that officials described as ‘subversive’. They were returned to him only in 1991.

The artist Thandiwe Nkosi-Bester, who shared a studio with him in Cape Town in the 1970s, called him ‘a stubborn Afrikaner who refused to be what his people expected of him’.

Dr Farouk Abrahams, chief curator at the Iziko South African National Gallery, which holds 14 of his works, said van der Westhuizen had taught a generation of artists to look hard at the land.

‘Pieter-Jan showed us you could love a landscape and still be honest about what happened on it,’ Abrahams said. ‘His work doesn’t flatter anyone, least of all himself.’

The Department of Sport, Arts and Culture said in a statement that the country had lost ‘one of its great truth-tellers in stone’.

In a 2009 interview with the Mail & Guardian, he said: ‘The Karoo doesn’t care who owns it. I tried to make sculptures with the same attitude.’

A memorial service will be held at the Dutch Reformed church in Nieu-Bethesda on Saturday. The Rev Jacobus du Toit, who will lead the service, said the family had asked mourners to bring a stone from their own gardens instead of flowers.

Van der Westhuizen’s wife, the weaver Mathilde Roux, died in 2011. He is survived by his daughter, a son, Hendrik, and five grandchildren.""", [
        Q("he had died peacefully in his sleep after a short illness", "indirect", "Annelie van der Westhuizen-Mokoena",
          "Annelie van der Westhuizen-Mokoena"),
        Q("‘He was working on a new piece until three weeks ago. He would sit in the sun with a chisel in his hand "
          "even when he could barely stand,’", "direct", "she", "Annelie van der Westhuizen-Mokoena",
          speaker_at="she said."),
        Q("‘the light in Europe was too polite’", "partial", "He", "Pieter-Jan van der Westhuizen",
          speaker_at="He once said"),
        Q("‘subversive’", "partial", "officials", None),
        Q("‘a stubborn Afrikaner who refused to be what his people expected of him’", "partial",
          "Thandiwe Nkosi-Bester", "Thandiwe Nkosi-Bester"),
        Q("van der Westhuizen had taught a generation of artists to look hard at the land", "indirect",
          "Farouk Abrahams", "Farouk Abrahams"),
        Q("‘Pieter-Jan showed us you could love a landscape and still be honest about what happened on it,’",
          "direct", "Abrahams", "Farouk Abrahams", speaker_at="Abrahams said"),
        Q("‘His work doesn’t flatter anyone, least of all himself.’", "direct", "Abrahams", "Farouk Abrahams",
          speaker_at="Abrahams said"),
        Q("‘one of its great truth-tellers in stone’", "partial", "The Department of Sport, Arts and Culture",
          "Department of Sport, Arts and Culture"),
        Q("‘The Karoo doesn’t care who owns it. I tried to make sculptures with the same attitude.’", "direct", "he",
          "Pieter-Jan van der Westhuizen", speaker_at="he said:"),
        Q("the family had asked mourners to bring a stone from their own gardens instead of flowers", "indirect",
          "Jacobus du Toit", "Jacobus du Toit"),
    ]),

    # 15. Arab News-style diplomacy copy, curly double quotes; Arabic name particles.
    Case("blind9-jeddah-truce", """Sudan’s warring sides agree to 10-day humanitarian truce at Jeddah talks

JEDDAH: Sudan’s army and the paramilitary Rapid Support Forces have agreed to a 10-day humanitarian truce to allow aid into the besieged city of El Fasher, Saudi and US mediators said in a joint statement on Sunday.

The truce will take effect at 6 a.m. local time on Tuesday and will be monitored by a committee including representatives of both sides and the mediators, the statement said.

“This agreement is a first step, not a final destination,” Saudi Vice Minister of Foreign Affairs Dr. Abdulrahman bin Nasser Al-Shehri told reporters after the signing ceremony. “The people of Sudan have suffered enough, and the Kingdom will spare no effort to build on what was achieved today.”

US Special Envoy for Sudan Margaret O’Donnell-Hayes said both parties had committed to allowing UN agencies and their partners “unhindered access” to El Fasher and other areas of North Darfur. She said Washington would hold both sides “accountable for every violation.”

The UAE’s Minister of State for International Cooperation, Sheikh Mansour bin Saqr Al Nuaimi, who attended as an observer, said his country would contribute $50 million to the humanitarian response.

The head of the army delegation, Lt. Gen. Osman Abdelrahim Hamid, said the army had accepted the truce “out of respect for our Saudi brothers,” adding that it would respond to any attack on its positions.

RSF adviser Bashir Idris Al-Tom wrote on X that the group was “fully committed” to the truce and called on the army to “match words with deeds.”

Residents of El Fasher reached by phone said shelling had continued into Sunday evening.

“We heard the news on the radio, but we also heard the shells. We will believe in the truce when the shelling stops,” said Amna Yousif, a teacher sheltering with her four children at the Abu Shouk camp.

The UN’s World Food Programme said more than 25 million people across Sudan were facing acute hunger, and that parts of North Darfur were already in famine.

According to a diplomat familiar with the talks, the two sides remain far apart on a permanent ceasefire, with the army insisting that the RSF withdraw from cities it has captured since April 2023.""", [
        Q("Sudan’s army and the paramilitary Rapid Support Forces have agreed to a 10-day humanitarian truce to allow "
          "aid into the besieged city of El Fasher", "indirect", "Saudi and US mediators", None),
        Q("The truce will take effect at 6 a.m. local time on Tuesday and will be monitored by a committee including "
          "representatives of both sides and the mediators", "indirect", "the statement", None),
        Q("“This agreement is a first step, not a final destination,”", "direct",
          "Abdulrahman bin Nasser Al-Shehri", "Abdulrahman bin Nasser Al-Shehri"),
        Q("“The people of Sudan have suffered enough, and the Kingdom will spare no effort to build on what was "
          "achieved today.”", "direct", "Abdulrahman bin Nasser Al-Shehri", "Abdulrahman bin Nasser Al-Shehri"),
        Q("“unhindered access”", "partial", "Margaret O’Donnell-Hayes", "Margaret O’Donnell-Hayes"),
        Q("“accountable for every violation.”", "partial", "She", "Margaret O’Donnell-Hayes",
          speaker_at="She said Washington"),
        Q("his country would contribute $50 million to the humanitarian response", "indirect",
          "Mansour bin Saqr Al Nuaimi", "Mansour bin Saqr Al Nuaimi"),
        Q("“out of respect for our Saudi brothers,”", "partial", "Osman Abdelrahim Hamid", "Osman Abdelrahim Hamid"),
        Q("it would respond to any attack on its positions", "indirect", "Osman Abdelrahim Hamid",
          "Osman Abdelrahim Hamid"),
        Q("“fully committed”", "partial", "Bashir Idris Al-Tom", "Bashir Idris Al-Tom"),
        Q("“match words with deeds.”", "partial", "Bashir Idris Al-Tom", "Bashir Idris Al-Tom"),
        Q("shelling had continued into Sunday evening", "indirect", "Residents of El Fasher reached by phone", None),
        Q("“We heard the news on the radio, but we also heard the shells. We will believe in the truce when the "
          "shelling stops,”", "direct", "Amna Yousif", "Amna Yousif"),
        Q("more than 25 million people across Sudan were facing acute hunger, and that parts of North Darfur were "
          "already in famine", "indirect", "The UN’s World Food Programme", "World Food Programme"),
        Q("the two sides remain far apart on a permanent ceasefire, with the army insisting that the RSF withdraw "
          "from cities it has captured since April 2023", "indirect", "a diplomat familiar with the talks", None),
    ]),

    # 16. Inquirer-style Senate hearing copy, straight quotes; scare quotes and a nickname in marks.
    Case("blind9-rice-hearing", """Senators grill BOC, NFA execs over 'missing' rice shipments

MANILA, Philippines — Senators on Tuesday pressed officials of the Bureau of Customs (BOC) and the National Food Authority (NFA) to explain how nearly 300 container vans of imported rice "vanished" from the Manila International Container Port last year.

Sen. Ramon "Bong" Dela Cruz, chairman of the Senate committee on agriculture and food, said the shipments, worth an estimated P450 million, were released between August and November without the required import clearances from the Bureau of Plant Industry.

"Three hundred containers do not just disappear. Somebody signed those papers, and we will find out who," Dela Cruz said at the start of the hearing.

Customs Deputy Commissioner Atty. Jose Maria Villanueva told the panel that the shipments had been flagged by the bureau's intelligence group but were released after the consignees secured a temporary restraining order from a regional trial court in Manila.

"We have already filed smuggling charges against 14 consignees and two customs brokers before the Department of Justice," he said.

Sen. Maria Luisa Abad-Sarmiento called the explanation "unacceptable" and "an insult to farmers who sell their palay at P16 a kilo."

"Our farmers cannot even recover their production costs, and yet the smugglers have lawyers, judges and customs people working for them," she said.

Nueva Ecija Gov. Teresita Macaraeg-Santos, who was invited as a resource person, said farmgate prices of palay in the province had dropped by as much as 30 percent since the harvest began in September.

"Our farmers are selling at a loss while the smugglers laugh all the way to the bank," the governor told senators.

NFA Administrator Renato Bautista Jr. said the agency had no role in the release of the shipments, as the NFA has no authority over private imports.

According to the Department of Agriculture, the Philippines imported 4.7 million metric tons of rice last year, making it the world's biggest rice importer.

The committee will resume the hearing next week, Dela Cruz said, adding that he would ask the Senate to issue subpoenas to the 14 consignees.""", [
        Q("the shipments, worth an estimated P450 million, were released between August and November without the "
          "required import clearances from the Bureau of Plant Industry", "indirect", 'Ramon "Bong" Dela Cruz',
          "Ramon Dela Cruz"),
        Q('"Three hundred containers do not just disappear. Somebody signed those papers, and we will find out '
          'who,"', "direct", "Dela Cruz", "Ramon Dela Cruz", speaker_at="Dela Cruz said at the start"),
        Q("the shipments had been flagged by the bureau's intelligence group but were released after the consignees "
          "secured a temporary restraining order from a regional trial court in Manila", "indirect",
          "Jose Maria Villanueva", "Jose Maria Villanueva"),
        Q('"We have already filed smuggling charges against 14 consignees and two customs brokers before the '
          'Department of Justice,"', "direct", "he", "Jose Maria Villanueva", speaker_at="he said."),
        Q('"unacceptable"', "partial", "Maria Luisa Abad-Sarmiento", "Maria Luisa Abad-Sarmiento"),
        Q('"an insult to farmers who sell their palay at P16 a kilo."', "partial", "Maria Luisa Abad-Sarmiento",
          "Maria Luisa Abad-Sarmiento"),
        Q('"Our farmers cannot even recover their production costs, and yet the smugglers have lawyers, judges and '
          'customs people working for them,"', "direct", "she", "Maria Luisa Abad-Sarmiento", speaker_at="she said."),
        Q("farmgate prices of palay in the province had dropped by as much as 30 percent since the harvest began in "
          "September", "indirect", "Teresita Macaraeg-Santos", "Teresita Macaraeg-Santos"),
        Q('"Our farmers are selling at a loss while the smugglers laugh all the way to the bank,"', "direct",
          "the governor", "Teresita Macaraeg-Santos"),
        Q("the agency had no role in the release of the shipments, as the NFA has no authority over private imports",
          "indirect", "Renato Bautista Jr.", "Renato Bautista Jr."),
        Q("the Philippines imported 4.7 million metric tons of rice last year, making it the world's biggest rice "
          "importer", "indirect", "the Department of Agriculture", "Department of Agriculture"),
        Q("The committee will resume the hearing next week", "indirect", "Dela Cruz", "Ramon Dela Cruz",
          speaker_at="week, Dela Cruz said"),
        Q("he would ask the Senate to issue subpoenas to the 14 consignees", "indirect", "Dela Cruz",
          "Ramon Dela Cruz", speaker_at="week, Dela Cruz said"),
    ]),
]
