"""Blind gold, round 13: news articles written without sight of the pretagger.

Sixteen short articles in the house styles of wire services and papers from
Northern Ireland, England, the Gulf, Nigeria, Korea, Argentina, Uganda,
Thailand, Kenya, South Africa, the Philippines, Pakistan, Australia, India,
New Zealand and a US county, with curly double, straight double, curly single
and straight single quotation marks. Topics: sentencing, a museum opening,
airline and bank results, mayoral and provincial elections, measles and
dengue, doctors' and dockworkers' strikes, ferry and mine accidents, drought
and heat, cricket, an obituary of a judge and rower, and a council row over a
music festival. Titles, nicknames and scare quotes in marks are not quotes.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # Belfast Telegraph: sentencing hearing, curly double quotes, quote continued across paragraphs.
    Case("blind13-belfast-sentencing", """Drug-driver who killed cyclist on Antrim Road jailed for six years

A Glengormley man who killed a cyclist while driving at more than twice the speed limit after taking cocaine has been jailed for six years.

Ciarán Mac Giolla Bhríde (29), of Ballyclare Road, had pleaded guilty at Belfast Crown Court to causing the death of 54-year-old Desmond Rea-Patterson by dangerous driving on the Antrim Road in north Belfast on March 14 last year.

Passing sentence on Friday, Judge Siobhán McNally-Fee said the defendant had shown “a callous disregard for everyone else on the road that night”.

“You were travelling at 68mph in a 30mph zone, on a wet road, having taken cocaine a few hours earlier,” the judge told him. “Mr Rea-Patterson never had a chance.”

She said she had reduced the sentence from nine years to reflect his early guilty plea and what she accepted was “genuine remorse”. He will serve half of the term in custody and the remainder on licence, and was banned from driving for 10 years.

Mr Rea-Patterson, a father of three and a long-standing member of the Belfast Wheelers cycling club, was thrown more than 30 metres by the impact and died in the Royal Victoria Hospital two days later.

Prosecuting barrister Aoife Ní Chonaill KC told the court that the defendant had driven off without stopping and was arrested at a friend’s house in Newtownabbey some four hours after the collision.

Defence counsel Mark Gilliland KC said his client had written a letter of apology to the family. He was “utterly ashamed”, the barrister added.

“He knows that nothing he says can bring Mr Rea-Patterson back,” Mr Gilliland said. “He does not ask for forgiveness.”

In a victim impact statement read to the court, the cyclist’s widow, Heather Rea-Patterson, said her life had been “torn in two”.

“Des went out for a spin on a Tuesday evening, the way he had done a thousand times,” she wrote. “I still set the table for five.

“Our youngest asks every week when Daddy is coming home. I have run out of ways to answer her.”

Speaking outside the court, Detective Sergeant Colin Mawhinney of the PSNI’s Road Policing Unit urged motorists to think about the consequences of drug-driving. “This was an entirely avoidable tragedy, and a family has been destroyed by one man’s selfishness,” he said.

Road safety charity Brake described the sentence as “a step in the right direction”, but said the maximum penalty for causing death by dangerous driving in Northern Ireland should be raised to life imprisonment, as it has been in England and Wales.""", [
        Q("“a callous disregard for everyone else on the road that night”", "partial", "Siobhán McNally-Fee",
          "Siobhán McNally-Fee"),
        Q("“You were travelling at 68mph in a 30mph zone, on a wet road, having taken cocaine a few hours earlier,”",
          "direct", "the judge", "Siobhán McNally-Fee"),
        Q("“Mr Rea-Patterson never had a chance.”", "direct", "the judge", "Siobhán McNally-Fee"),
        Q("she had reduced the sentence from nine years to reflect his early guilty plea", "indirect", "She",
          "Siobhán McNally-Fee", speaker_at="She said she had reduced"),
        Q("“genuine remorse”", "partial", "She", "Siobhán McNally-Fee", speaker_at="She said she had reduced"),
        Q("that the defendant had driven off without stopping and was arrested at a friend’s house in Newtownabbey "
          "some four hours after the collision", "indirect", "Aoife Ní Chonaill", "Aoife Ní Chonaill"),
        Q("his client had written a letter of apology to the family", "indirect", "Mark Gilliland", "Mark Gilliland"),
        Q("“utterly ashamed”", "partial", "the barrister", "Mark Gilliland"),
        Q("“He knows that nothing he says can bring Mr Rea-Patterson back,”", "direct", "Gilliland",
          "Mark Gilliland", speaker_at="Mr Gilliland said"),
        Q("“He does not ask for forgiveness.”", "direct", "Gilliland", "Mark Gilliland",
          speaker_at="Mr Gilliland said"),
        Q("“torn in two”", "partial", "Heather Rea-Patterson", "Heather Rea-Patterson"),
        Q("“Des went out for a spin on a Tuesday evening, the way he had done a thousand times,”", "direct", "she",
          "Heather Rea-Patterson", speaker_at="she wrote"),
        Q("“I still set the table for five.", "direct", "she", "Heather Rea-Patterson", speaker_at="she wrote"),
        Q("“Our youngest asks every week when Daddy is coming home. I have run out of ways to answer her.”",
          "direct", "she", "Heather Rea-Patterson", speaker_at="she wrote"),
        Q("“This was an entirely avoidable tragedy, and a family has been destroyed by one man’s selfishness,”",
          "direct", "he", "Colin Mawhinney", speaker_at="he said"),
        Q("“a step in the right direction”", "partial", "Brake", "Brake"),
        Q("the maximum penalty for causing death by dangerous driving in Northern Ireland should be raised to life "
          "imprisonment, as it has been in England and Wales", "indirect", "Brake", "Brake"),
    ], source="blind"),

    # The Times (London): museum opening, curly single quotes, exhibition title in marks.
    Case("blind13-times-museum", """Hull’s maritime museum reopens after £48m overhaul

The first visitors queued along the quayside in the drizzle yesterday as Hull’s Maritime Museum reopened after a five-year, £48 million restoration that its director calls ‘the most ambitious cultural project in the city’s history’.

Housed in the Victorian former Dock Offices on Queen Victoria Square, the museum now has a glass-roofed courtyard gallery devoted to the port’s whaling and trawling past, and a new wing telling the story of the triple trawler tragedy of 1968, in which 58 men were lost.

‘We wanted to put people back at the centre of this story,’ said Dr Imogen Fairweather-Osei, who has run the museum since 2019. ‘For too long maritime history has been told through ships. This is a museum about the families who waited on the dock.’

The centrepiece of the new wing is an exhibition called ‘Headscarf Revolutionaries’, after the fishermen’s wives led by Lillian Bilocca who campaigned for safer conditions at sea after the disaster.

Among the guests at the opening was Maureen Dealtry, 86, one of the last surviving members of the campaign. She said she had been moved to tears by the display. ‘Lil would have loved this,’ she said. ‘Mind you, she’d have had something to say about the price of the tea.’

The project was paid for by the National Lottery Heritage Fund, Hull City Council and a public appeal that raised £3.2 million. Tariq Mahmood-Lowe, the leader of the city council, described the reopening as ‘a statement of confidence in Hull and in its future’.

Not everyone has been won over. The cost of the scheme rose by almost a third during construction, and opposition councillors have accused the council of ‘pouring money into the past while the present falls apart’.

Professor Sir Nikhil Chaudhuri, chairman of the museum’s trustees, rejected the criticism. He told The Times that every penny of the overrun had been covered by external grants rather than council tax. ‘Heritage is not a luxury for a city like Hull,’ he said. ‘It is the reason many people come here at all.’

Sir Nikhil said he expected 300,000 visitors in the first year, roughly double the figure before the museum closed for the works.

Arts Council England called the museum ‘a model for how regional museums can be reborn’. Admission is free.""", [
        Q("‘the most ambitious cultural project in the city’s history’", "partial", "its director",
          "Imogen Fairweather-Osei"),
        Q("‘We wanted to put people back at the centre of this story,’", "direct", "Imogen Fairweather-Osei",
          "Imogen Fairweather-Osei"),
        Q("‘For too long maritime history has been told through ships. This is a museum about the families who "
          "waited on the dock.’", "direct", "Imogen Fairweather-Osei", "Imogen Fairweather-Osei"),
        Q("she had been moved to tears by the display", "indirect", "She", "Maureen Dealtry",
          speaker_at="She said she had been"),
        Q("‘Lil would have loved this,’", "direct", "she", "Maureen Dealtry", speaker_at="she said"),
        Q("‘Mind you, she’d have had something to say about the price of the tea.’", "direct", "she",
          "Maureen Dealtry", speaker_at="she said"),
        Q("‘a statement of confidence in Hull and in its future’", "partial", "Tariq Mahmood-Lowe",
          "Tariq Mahmood-Lowe"),
        Q("‘pouring money into the past while the present falls apart’", "partial", "opposition councillors", None),
        Q("that every penny of the overrun had been covered by external grants rather than council tax", "indirect",
          "He", "Nikhil Chaudhuri", speaker_at="He told The Times"),
        Q("‘Heritage is not a luxury for a city like Hull,’", "direct", "he", "Nikhil Chaudhuri",
          speaker_at="he said"),
        Q("‘It is the reason many people come here at all.’", "direct", "he", "Nikhil Chaudhuri",
          speaker_at="he said"),
        Q("he expected 300,000 visitors in the first year, roughly double the figure before the museum closed for "
          "the works", "indirect", "Nikhil", "Nikhil Chaudhuri", speaker_at="Sir Nikhil said"),
        Q("‘a model for how regional museums can be reborn’", "partial", "Arts Council England",
          "Arts Council England"),
    ], source="blind"),

    # Khaleej Times: airline results, curly double quotes, Sheikh/bin/Al and Datuk names.
    Case("blind13-khaleej-airline", """Gulf Horizon Airways posts record Dh6.2 billion profit, staff get 20-week bonus

Dubai-based Gulf Horizon Airways on Monday reported a record net profit of Dh6.2 billion for the 2023-24 financial year, up 71 per cent on the previous year, as strong travel demand and lower fuel prices offset rising costs.

Revenue climbed 14 per cent to Dh58.9 billion and the carrier flew 31.4 million passengers, the airline said in its annual report.

Sheikh Mansour bin Rashid Al Nuaimi, chairman and chief executive of the airline and its parent group, said the results reflected “the hard work and loyalty of every one of our 41,000 employees”.

“We have exceeded every target we set ourselves at the start of the year,” Sheikh Mansour said. “But we are not complacent. The global environment remains uncertain, and we will keep investing in our fleet, our people and our products.”

Employees will receive a bonus equivalent to 20 weeks of basic salary, the chairman announced in an internal memo seen by Khaleej Times.

The airline’s president, Sir Tobias Lindqvist-Harrow, told reporters at a briefing in Dubai that the carrier expected to take delivery of its first Airbus A350-1000 by the end of next year. He said delays at aircraft manufacturers remained “our single biggest headache”.

“We could fly more people tomorrow if we had the aircraft,” Lindqvist-Harrow said. “Every week of delay is a week of revenue we will never get back.”

Analysts said the results were broadly in line with expectations. According to Huda Al-Ansari, an aviation analyst at Al Mazroui Capital, the airline continues to benefit from Dubai’s position as a hub linking Europe, Asia and Africa.

“The numbers speak for themselves. Passengers are choosing Dubai, and they are choosing to fly long-haul again,” she told Khaleej Times.

The airline also announced a codeshare agreement with Malaysia’s Nusantara Airlines. Its group managing director, Datuk Azlan bin Hamzah, said in a statement that the deal would open up more than 40 destinations across Southeast Asia to Gulf Horizon passengers. He described the partnership as “a natural fit for two airlines built on connecting people”.

The results come as Dubai prepares to shift all flights to the much larger Al Maktoum International Airport over the next decade, a project expected to cost Dh128 billion.""", [
        Q("Revenue climbed 14 per cent to Dh58.9 billion and the carrier flew 31.4 million passengers", "indirect",
          "the airline", "Gulf Horizon Airways", speaker_at="the airline said"),
        Q("“the hard work and loyalty of every one of our 41,000 employees”", "partial",
          "Mansour bin Rashid Al Nuaimi", "Mansour bin Rashid Al Nuaimi"),
        Q("“We have exceeded every target we set ourselves at the start of the year,”", "direct", "Mansour",
          "Mansour bin Rashid Al Nuaimi", speaker_at="Sheikh Mansour said"),
        Q("“But we are not complacent. The global environment remains uncertain, and we will keep investing in our "
          "fleet, our people and our products.”", "direct", "Mansour", "Mansour bin Rashid Al Nuaimi",
          speaker_at="Sheikh Mansour said"),
        Q("Employees will receive a bonus equivalent to 20 weeks of basic salary", "indirect", "the chairman",
          "Mansour bin Rashid Al Nuaimi"),
        Q("that the carrier expected to take delivery of its first Airbus A350-1000 by the end of next year",
          "indirect", "Tobias Lindqvist-Harrow", "Tobias Lindqvist-Harrow"),
        Q("“our single biggest headache”", "partial", "He", "Tobias Lindqvist-Harrow", speaker_at="He said delays"),
        Q("“We could fly more people tomorrow if we had the aircraft,”", "direct", "Lindqvist-Harrow",
          "Tobias Lindqvist-Harrow", speaker_at="Lindqvist-Harrow said"),
        Q("“Every week of delay is a week of revenue we will never get back.”", "direct", "Lindqvist-Harrow",
          "Tobias Lindqvist-Harrow", speaker_at="Lindqvist-Harrow said"),
        Q("the results were broadly in line with expectations", "indirect", "Analysts", None),
        Q("the airline continues to benefit from Dubai’s position as a hub linking Europe, Asia and Africa",
          "indirect", "Huda Al-Ansari", "Huda Al-Ansari"),
        Q("“The numbers speak for themselves. Passengers are choosing Dubai, and they are choosing to fly long-haul "
          "again,”", "direct", "she", "Huda Al-Ansari", speaker_at="she told"),
        Q("that the deal would open up more than 40 destinations across Southeast Asia to Gulf Horizon passengers",
          "indirect", "Azlan bin Hamzah", "Azlan bin Hamzah"),
        Q("“a natural fit for two airlines built on connecting people”", "partial", "He", "Azlan bin Hamzah",
          speaker_at="He described"),
    ], source="blind"),

    # ThisDay (Nigeria): bank results, straight double quotes, Chief/Alhaji/Dr./Mrs. titles.
    Case("blind13-thisday-bank", """Crestfield Bank Grows Pre-tax Profit by 87% to N412.6bn

Crestfield Bank Plc has reported a profit before tax of N412.6 billion for the year ended December 31, 2023, representing an increase of 87 per cent from the N220.4 billion it posted in 2022, driven largely by foreign exchange revaluation gains following the devaluation of the naira.

The lender's audited results, filed with the Nigerian Exchange Limited (NGX) on Thursday, put gross earnings at N1.28 trillion, up 96 per cent, while total assets crossed the N10 trillion mark for the first time in its history.

The board has proposed a final dividend of N3.50 per share, bringing the total payout for the year to N4.00 per share.

Commenting on the results, the Group Managing Director/Chief Executive Officer, Dr. Adaeze Okonkwo-Bello, said the bank had "delivered a resilient performance in one of the most challenging operating environments in recent memory."

"Our strategy of diversifying our revenue base and deepening our digital channels is paying off. We now serve over 14 million customers, up from nine million two years ago," she said.

Okonkwo-Bello, however, cautioned that a significant part of the year's profit came from revaluation gains which the Central Bank of Nigeria (CBN) has directed banks not to distribute as dividends.

"We have complied fully with the CBN's directive. The dividend we are proposing is paid entirely from our operating profit," she explained.

The bank's Chairman, Chief Emeka Nwachukwu-Daniels, told shareholders at a pre-AGM briefing in Lagos that the bank would raise fresh capital before the end of the year to meet the CBN's new minimum capital requirement of N500 billion for lenders with international licences.

"We will be going to the market with a rights issue and a public offer. Our shareholders have stood by us through difficult years, and we intend to reward that loyalty," Nwachukwu-Daniels said.

Reacting to the results, the National Coordinator of the Progressive Shareholders Association of Nigeria (PSAN), Alhaji Musa Danladi Gwarzo, described the numbers as "impressive" but urged the bank to "be transparent about how much of this profit is real cash and how much is paper gain."

Also, an analyst at Lagos-based Tidewater Capital Limited, Mrs. Folake Ibironke-Ashiru, told THISDAY that the bank's shares, which closed at N38.20 on Thursday, remained undervalued relative to its peers.

"At current prices, the market is not pricing in the recapitalisation. Once the rights issue is out of the way, we expect a re-rating," she said.

Crestfield Bank's shares have gained 41 per cent since the start of the year, outperforming the NGX Banking Index, which is up 23 per cent over the same period.""", [
        Q('"delivered a resilient performance in one of the most challenging operating environments in recent '
          'memory."', "partial", "Adaeze Okonkwo-Bello", "Adaeze Okonkwo-Bello"),
        Q('"Our strategy of diversifying our revenue base and deepening our digital channels is paying off. We now '
          'serve over 14 million customers, up from nine million two years ago,"', "direct", "she",
          "Adaeze Okonkwo-Bello", speaker_at='two years ago," she said'),
        Q("that a significant part of the year's profit came from revaluation gains which the Central Bank of "
          "Nigeria (CBN) has directed banks not to distribute as dividends", "indirect", "Okonkwo-Bello",
          "Adaeze Okonkwo-Bello", speaker_at="Okonkwo-Bello, however"),
        Q('"We have complied fully with the CBN\'s directive. The dividend we are proposing is paid entirely from '
          'our operating profit,"', "direct", "she", "Adaeze Okonkwo-Bello", speaker_at="she explained"),
        Q("that the bank would raise fresh capital before the end of the year to meet the CBN's new minimum capital "
          "requirement of N500 billion for lenders with international licences", "indirect",
          "Emeka Nwachukwu-Daniels", "Emeka Nwachukwu-Daniels"),
        Q('"We will be going to the market with a rights issue and a public offer. Our shareholders have stood by us '
          'through difficult years, and we intend to reward that loyalty,"', "direct", "Nwachukwu-Daniels",
          "Emeka Nwachukwu-Daniels", speaker_at="Nwachukwu-Daniels said"),
        Q('"impressive"', "partial", "Musa Danladi Gwarzo", "Musa Danladi Gwarzo"),
        Q('"be transparent about how much of this profit is real cash and how much is paper gain."', "partial",
          "Musa Danladi Gwarzo", "Musa Danladi Gwarzo"),
        Q("that the bank's shares, which closed at N38.20 on Thursday, remained undervalued relative to its peers",
          "indirect", "Folake Ibironke-Ashiru", "Folake Ibironke-Ashiru"),
        Q('"At current prices, the market is not pricing in the recapitalisation. Once the rights issue is out of the '
          'way, we expect a re-rating,"', "direct", "she", "Folake Ibironke-Ashiru",
          speaker_at='a re-rating," she said'),
    ], source="blind"),

    # Reuters (Seoul): mayoral by-election, straight double quotes, family-name-first Korean names.
    Case("blind13-reuters-busan", """South Korea's opposition wins Busan mayoral by-election in blow to ruling party

SEOUL, April 11 (Reuters) - South Korea's main opposition Democratic Party won a by-election for mayor of the southeastern port city of Busan on Wednesday, a setback for the ruling party in a city long regarded as a conservative stronghold.

Kang Min-seok, a 52-year-old former human rights lawyer, took 53.8% of the vote against 44.1% for the ruling People Power Party's Choi Young-hee, according to the National Election Commission. Turnout was 48.7%.

"The citizens of Busan have chosen change," Kang told cheering supporters at his campaign office near Seomyeon station. "I will not forget who sent me to City Hall, or why."

The vote was called after the previous mayor resigned in January amid a bribery investigation linked to a harbour redevelopment project.

Choi conceded defeat shortly before midnight. "I humbly accept the stern judgment of the voters," she said in a brief statement, adding that she would "reflect deeply" on the result.

Analysts said the result reflected frustration over rising living costs and a prolonged slump in the city's shipbuilding and shipping industries.

"Busan has been losing young people to Seoul for two decades, and voters wanted someone who would at least talk about it," said Lee Seo-yeon, a professor of political science at Pusan National University.

Hwang Jae-min, a spokesperson for the ruling party, called the loss "painful" and said the party would take the result as a warning ahead of next year's local elections.

Democratic Party floor leader Oh Tae-hyun told reporters in Seoul the outcome was a verdict on the government's economic record. "The people have spoken very clearly. The government must now listen," Oh said.

Kang, who will serve the remaining two years of the term, said his first priority would be to revive stalled plans for a new international airport on Gadeokdo island, which he said would bring thousands of jobs to the city.

The presidential office said in a statement that it "humbly accepts the will of the people", but declined to comment further.

(Reporting by Kim Da-eun; Editing by Peter Gaffney)""", [
        Q("Kang Min-seok, a 52-year-old former human rights lawyer, took 53.8% of the vote against 44.1% for the "
          "ruling People Power Party's Choi Young-hee", "indirect", "the National Election Commission",
          "National Election Commission"),
        Q('"The citizens of Busan have chosen change,"', "direct", "Kang", "Kang Min-seok",
          speaker_at="Kang told cheering"),
        Q('"I will not forget who sent me to City Hall, or why."', "direct", "Kang", "Kang Min-seok",
          speaker_at="Kang told cheering"),
        Q('"I humbly accept the stern judgment of the voters,"', "direct", "she", "Choi Young-hee",
          speaker_at="she said in a brief"),
        Q('"reflect deeply"', "partial", "she", "Choi Young-hee", speaker_at="she said in a brief"),
        Q("the result reflected frustration over rising living costs and a prolonged slump in the city's "
          "shipbuilding and shipping industries", "indirect", "Analysts", None),
        Q('"Busan has been losing young people to Seoul for two decades, and voters wanted someone who would at '
          'least talk about it,"', "direct", "Lee Seo-yeon", "Lee Seo-yeon"),
        Q('"painful"', "partial", "Hwang Jae-min", "Hwang Jae-min"),
        Q("the party would take the result as a warning ahead of next year's local elections", "indirect",
          "Hwang Jae-min", "Hwang Jae-min"),
        Q("the outcome was a verdict on the government's economic record", "indirect", "Oh Tae-hyun", "Oh Tae-hyun"),
        Q('"The people have spoken very clearly. The government must now listen,"', "direct", "Oh", "Oh Tae-hyun",
          speaker_at="Oh said"),
        Q("his first priority would be to revive stalled plans for a new international airport on Gadeokdo island",
          "indirect", "Kang", "Kang Min-seok", speaker_at="Kang, who will serve"),
        Q("would bring thousands of jobs to the city", "indirect", "he", "Kang Min-seok", speaker_at="which he said"),
        Q('"humbly accepts the will of the people"', "partial", "The presidential office", None),
    ], source="blind"),

    # MercoPress: provincial election in Argentina, straight double quotes, Spanish double surnames.
    Case("blind13-mercopress-santacruz", """Santa Cruz elects first woman governor as Peronists regain Patagonian province

Santa Cruz, the southern Patagonian province that faces the Falkland Islands across the South Atlantic, has elected its first woman governor. Provincial deputy María Fernanda Echeverría Soler, of the Peronist front Fuerza Santacruceña, won Sunday's election with 46.2% of the vote, ending eight years in office for governor Ricardo Anselmi Basualdo.

According to provisional figures released by the provincial electoral court, Anselmi Basualdo finished with 38.9%, while a libertarian candidate backed by the national government came a distant third with 11.4%.

"Today Santa Cruz said enough," Echeverría Soler told a packed rally in Río Gallegos, the provincial capital. "Enough of oil money that never reaches our towns. Enough of teachers waiting three months to be paid."

Anselmi Basualdo conceded on Sunday night and said he had called the governor-elect to congratulate her. "Democracy is bigger than any of us," he wrote on social media. "I wish her every success, because if she does well, Santa Cruz does well."

The new governor, a 47-year-old lawyer and former mayor of Caleta Olivia, takes office on December 10. During the campaign she promised to renegotiate royalties with the oil companies operating in the Golfo San Jorge basin, which she called "a debt the country owes to Patagonia".

Political analyst Rosario de la Fuente Iturbe, of the National University of Southern Patagonia, said the result was a warning for the national parties. "Voters in the south feel ignored by Buenos Aires, whoever is governing in Buenos Aires," she said.

In Buenos Aires, a national government source quoted by the daily Clarín described the outcome as "a provincial result with provincial causes" and played down its significance ahead of next year's mid-term elections.

Santa Cruz, home to some 340,000 people, is one of Argentina's main oil and gold-producing provinces and the political birthplace of former president Néstor Kirchner, who governed it from 1991 to 2003.""", [
        Q("Anselmi Basualdo finished with 38.9%, while a libertarian candidate backed by the national government "
          "came a distant third with 11.4%", "indirect", "the provincial electoral court", None),
        Q('"Today Santa Cruz said enough,"', "direct", "Echeverría Soler", "María Fernanda Echeverría Soler",
          speaker_at="Echeverría Soler told"),
        Q('"Enough of oil money that never reaches our towns. Enough of teachers waiting three months to be paid."',
          "direct", "Echeverría Soler", "María Fernanda Echeverría Soler", speaker_at="Echeverría Soler told"),
        Q("he had called the governor-elect to congratulate her", "indirect", "Anselmi Basualdo",
          "Ricardo Anselmi Basualdo", speaker_at="Anselmi Basualdo conceded"),
        Q('"Democracy is bigger than any of us,"', "direct", "he", "Ricardo Anselmi Basualdo", speaker_at="he wrote"),
        Q('"I wish her every success, because if she does well, Santa Cruz does well."', "direct", "he",
          "Ricardo Anselmi Basualdo", speaker_at="he wrote"),
        Q('"a debt the country owes to Patagonia"', "partial", "she", "María Fernanda Echeverría Soler",
          speaker_at="which she called"),
        Q("the result was a warning for the national parties", "indirect", "Rosario de la Fuente Iturbe",
          "Rosario de la Fuente Iturbe"),
        Q('"Voters in the south feel ignored by Buenos Aires, whoever is governing in Buenos Aires,"', "direct",
          "she", "Rosario de la Fuente Iturbe", speaker_at="she said"),
        Q('"a provincial result with provincial causes"', "partial", "a national government source", None),
    ], source="blind"),

    # Daily Monitor (Uganda): measles outbreak, curly double quotes, officials and residents as sources.
    Case("blind13-monitor-measles", """Measles outbreak kills seven children in Kasese

At least seven children have died and more than 260 others have been admitted with measles in Kasese District, health officials have said, as the Ministry of Health rushes vaccines to the area.

The District Health Officer, Dr Yofesi Kiiza-Baluku, said the first cases were reported in Bwera Town Council, near the border with the Democratic Republic of Congo, in late August before spreading to at least nine sub-counties.

“Most of the children we are seeing are under five and have never received a single dose of measles vaccine. Some came from across the border, but others are from families who simply did not take their children for immunisation,” Dr Kiiza-Baluku told Daily Monitor on Tuesday.

He said the district had run out of vitamin A supplements, which are given to children with measles to reduce complications, and appealed to partners for help.

The Ministry of Health spokesperson, Mr Ronald Ssekandi-Mukasa, said a team of epidemiologists had been dispatched to Kasese and that a mass vaccination campaign targeting 180,000 children aged between nine months and 15 years would start on Monday.

“Measles is one of the most contagious diseases we know. When one child has it, up to nine out of ten unvaccinated people around them will catch it,” he said. “The only protection is vaccination, and the vaccine is free at every government health facility.”

At Bwera General Hospital, the children’s ward was overflowing on Tuesday, with some mothers sharing a bed with two or three sick children.

Ms Masika Jovia, 24, whose three-year-old son was admitted on Sunday, said she had not known that the vaccine was free. “The health centre is far, and when you reach there you find it closed,” she said.

Residents of Mpondwe and Karambi said health workers had not visited their villages since the end of last year’s polio campaign.

The Kasese District chairperson, Mr Elly Muhindo Bwambale, described the outbreak as “a crisis that could have been avoided” and said cuts to outreach programmes were to blame.

According to the World Health Organisation, Uganda’s coverage for the second dose of measles vaccine stands at 54 per cent, far below the 95 per cent needed to prevent outbreaks.""", [
        Q("At least seven children have died and more than 260 others have been admitted with measles in Kasese "
          "District", "indirect", "health officials", None),
        Q("the first cases were reported in Bwera Town Council, near the border with the Democratic Republic of "
          "Congo, in late August before spreading to at least nine sub-counties", "indirect",
          "Yofesi Kiiza-Baluku", "Yofesi Kiiza-Baluku"),
        Q("“Most of the children we are seeing are under five and have never received a single dose of measles "
          "vaccine. Some came from across the border, but others are from families who simply did not take their "
          "children for immunisation,”", "direct", "Kiiza-Baluku", "Yofesi Kiiza-Baluku",
          speaker_at="Dr Kiiza-Baluku told"),
        Q("the district had run out of vitamin A supplements, which are given to children with measles to reduce "
          "complications", "indirect", "He", "Yofesi Kiiza-Baluku", speaker_at="He said the district"),
        Q("a team of epidemiologists had been dispatched to Kasese and that a mass vaccination campaign targeting "
          "180,000 children aged between nine months and 15 years would start on Monday", "indirect",
          "Ronald Ssekandi-Mukasa", "Ronald Ssekandi-Mukasa"),
        Q("“Measles is one of the most contagious diseases we know. When one child has it, up to nine out of ten "
          "unvaccinated people around them will catch it,”", "direct", "he", "Ronald Ssekandi-Mukasa",
          speaker_at="he said"),
        Q("“The only protection is vaccination, and the vaccine is free at every government health facility.”",
          "direct", "he", "Ronald Ssekandi-Mukasa", speaker_at="he said"),
        Q("she had not known that the vaccine was free", "indirect", "Masika Jovia", "Masika Jovia"),
        Q("“The health centre is far, and when you reach there you find it closed,”", "direct", "she",
          "Masika Jovia", speaker_at="she said"),
        Q("health workers had not visited their villages since the end of last year’s polio campaign", "indirect",
          "Residents of Mpondwe and Karambi", None),
        Q("“a crisis that could have been avoided”", "partial", "Elly Muhindo Bwambale", "Elly Muhindo Bwambale"),
        Q("cuts to outreach programmes were to blame", "indirect", "Elly Muhindo Bwambale", "Elly Muhindo Bwambale"),
        Q("Uganda’s coverage for the second dose of measles vaccine stands at 54 per cent, far below the 95 per cent "
          "needed to prevent outbreaks", "indirect", "the World Health Organisation", "World Health Organisation"),
    ], source="blind"),

    # AFP (Bangkok): dengue outbreak, straight double quotes, Thai given-name references, single name.
    Case("blind13-afp-dengue", """Thailand dengue cases triple as rainy season peaks

Bangkok (AFP) - Dengue infections in Thailand have more than tripled compared with last year, health officials said Tuesday, warning that hospitals in several eastern provinces were running out of beds.

According to the Department of Disease Control, more than 98,000 cases and 112 deaths have been recorded since January, against around 31,000 cases in the same period of 2023.

"We are seeing more severe cases in adults than before, not only in children," Thanawat Siriwongsakul, the department's director-general, told AFP. "Many people do not realise that a second infection can be far more dangerous than the first."

Thanawat said the outbreak had been worsened by an unusually hot dry season followed by heavy early rains, which created ideal breeding conditions for the Aedes mosquito that carries the virus.

Hospitals in Chanthaburi, Rayong and Trat provinces, near the Cambodian border, have been among the worst hit.

At Prapokklao Hospital in Chanthaburi, nurse Wipawee Khunpol, 41, said both the children's and adult wards had been full for two weeks. "Some nights we put patients on stretchers in the corridor," she said. "Everyone is exhausted."

Public Health Minister Prasert Chaiyaporn, who visited the province on Monday, called the situation "worrying but under control" and ordered local authorities to step up mosquito fogging and the removal of standing water.

In Bangkok's Khlong Toei district, residents said stagnant water at abandoned construction sites had gone untreated for weeks. "The mosquitoes come in clouds at dusk," said Somchai, a 63-year-old motorcycle taxi driver who gave only his first name.

The World Health Organization has warned that dengue is spreading to new regions as the climate warms. In a report published last month, it said global cases had reached a record of more than six million in 2024.

Thailand began offering a dengue vaccine at some state hospitals last year. But at around 3,000 baht ($85) for two doses, it remains out of reach for many families, Wipawee said.""", [
        Q("Dengue infections in Thailand have more than tripled compared with last year", "indirect",
          "health officials", None),
        Q("that hospitals in several eastern provinces were running out of beds", "indirect", "health officials",
          None),
        Q("more than 98,000 cases and 112 deaths have been recorded since January, against around 31,000 cases in "
          "the same period of 2023", "indirect", "the Department of Disease Control", "Department of Disease Control"),
        Q('"We are seeing more severe cases in adults than before, not only in children,"', "direct",
          "Thanawat Siriwongsakul", "Thanawat Siriwongsakul"),
        Q('"Many people do not realise that a second infection can be far more dangerous than the first."', "direct",
          "Thanawat Siriwongsakul", "Thanawat Siriwongsakul"),
        Q("the outbreak had been worsened by an unusually hot dry season followed by heavy early rains, which created "
          "ideal breeding conditions for the Aedes mosquito that carries the virus", "indirect", "Thanawat",
          "Thanawat Siriwongsakul", speaker_at="Thanawat said"),
        Q("both the children's and adult wards had been full for two weeks", "indirect", "Wipawee Khunpol",
          "Wipawee Khunpol"),
        Q('"Some nights we put patients on stretchers in the corridor,"', "direct", "she", "Wipawee Khunpol",
          speaker_at="she said"),
        Q('"Everyone is exhausted."', "direct", "she", "Wipawee Khunpol", speaker_at="she said"),
        Q('"worrying but under control"', "partial", "Prasert Chaiyaporn", "Prasert Chaiyaporn"),
        Q("stagnant water at abandoned construction sites had gone untreated for weeks", "indirect", "residents",
          None),
        Q('"The mosquitoes come in clouds at dusk,"', "direct", "Somchai", "Somchai"),
        Q("that dengue is spreading to new regions as the climate warms", "indirect",
          "The World Health Organization", "World Health Organization"),
        Q("global cases had reached a record of more than six million in 2024", "indirect", "it",
          "World Health Organization", speaker_at="it said"),
        Q("at around 3,000 baht ($85) for two doses, it remains out of reach for many families", "indirect",
          "Wipawee", "Wipawee Khunpol", speaker_at="Wipawee said"),
    ], source="blind"),

    # The Standard (Kenya): doctors' strike, curly double quotes, "arap" particle, Mama honorific, acronyms.
    Case("blind13-standard-doctors", """Doctors’ strike enters third week as talks with ministry collapse

Doctors in public hospitals will continue with their strike after talks between their union and the Ministry of Health collapsed on Monday night, deepening a crisis that has left thousands of patients stranded across the country.

The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the government had failed to table a written commitment on the posting of 3,000 medical interns and the payment of salary arrears dating back to 2017.

“We went into that room in good faith. We came out with nothing but the same verbal promises we have been hearing for seven years,” KMPDU Secretary-General Dr Kiprono arap Chelule said at a press briefing in Nairobi yesterday.

“The strike is on, and it will stay on until we see signatures on paper,” he added.

Health Cabinet Secretary Dr Wanjiru Mwangi-Otieno accused the union of “moving the goalposts” and said the government had already set aside Sh2.4 billion to post the interns.

“We cannot sign a document that commits money Parliament has not appropriated. That would be illegal,” the CS told journalists at Afya House.

She said the ministry would seek the intervention of the Employment and Labour Relations Court if the doctors did not resume work by Friday.

At Kenyatta National Hospital, long queues formed outside the outpatient clinics, with only a handful of consultants attending to patients.

Mama Rehema Atieno, who had travelled from Homa Bay with her diabetic husband, said they had been turned away twice. “They tell us to come back next week. Next week, next week. Who will pay our fare?” she asked.

Counties have also been hit hard. According to the Council of Governors (CoG), at least 12 counties have hired locum doctors to keep emergency services running.

Garissa Governor Abdullahi Haji Mohamud, who chairs the CoG health committee, said counties had been left “to carry the blame for a national problem”.

“Doctors are employed by counties, but the money and the promises come from Nairobi. We are caught in the middle,” he said.

Meanwhile, the Kenya Union of Clinical Officers (KUCO) said its members would not allow themselves to be used to “break the doctors’ strike”, and called on the two sides to return to the negotiating table.""", [
        Q("the government had failed to table a written commitment on the posting of 3,000 medical interns and the "
          "payment of salary arrears dating back to 2017", "indirect",
          "The Kenya Medical Practitioners, Pharmacists and Dentists Union",
          "Kenya Medical Practitioners, Pharmacists and Dentists Union"),
        Q("“We went into that room in good faith. We came out with nothing but the same verbal promises we have been "
          "hearing for seven years,”", "direct", "Kiprono arap Chelule", "Kiprono arap Chelule"),
        Q("“The strike is on, and it will stay on until we see signatures on paper,”", "direct", "he",
          "Kiprono arap Chelule", speaker_at="he added"),
        Q("“moving the goalposts”", "partial", "Wanjiru Mwangi-Otieno", "Wanjiru Mwangi-Otieno"),
        Q("the government had already set aside Sh2.4 billion to post the interns", "indirect",
          "Wanjiru Mwangi-Otieno", "Wanjiru Mwangi-Otieno"),
        Q("“We cannot sign a document that commits money Parliament has not appropriated. That would be illegal,”",
          "direct", "the CS", "Wanjiru Mwangi-Otieno"),
        Q("the ministry would seek the intervention of the Employment and Labour Relations Court if the doctors did "
          "not resume work by Friday", "indirect", "She", "Wanjiru Mwangi-Otieno", speaker_at="She said the ministry"),
        Q("they had been turned away twice", "indirect", "Rehema Atieno", "Rehema Atieno"),
        Q("“They tell us to come back next week. Next week, next week. Who will pay our fare?”", "direct", "she",
          "Rehema Atieno", speaker_at="she asked"),
        Q("at least 12 counties have hired locum doctors to keep emergency services running", "indirect",
          "the Council of Governors", "Council of Governors"),
        Q("“to carry the blame for a national problem”", "partial", "Abdullahi Haji Mohamud",
          "Abdullahi Haji Mohamud"),
        Q("“Doctors are employed by counties, but the money and the promises come from Nairobi. We are caught in the "
          "middle,”", "direct", "he", "Abdullahi Haji Mohamud", speaker_at="he said"),
        Q("“break the doctors’ strike”", "partial", "the Kenya Union of Clinical Officers",
          "Kenya Union of Clinical Officers"),
    ], source="blind"),

    # Sowetan: dockworkers' strike, straight double quotes, nickname in marks, single name, "van" particle.
    Case("blind13-sowetan-port", """Ships stranded as Durban dockworkers down tools

More than 40 ships were stuck at anchor outside the Port of Durban yesterday after hundreds of dockworkers went on strike over wages and what their union calls "slave shifts".

Workers affiliated to the South African Maritime and Allied Workers Union (Samawu) want a 12% increase and an end to 16-hour shifts, which they say have led to a spike in injuries at the container terminal.

Samawu general secretary Sipho "Bra Sips" Mthembu-Zulu told Sowetan the strike would continue "until Transnet stops treating our members like machines".

"Our members are falling asleep in cranes that lift 40 tons. Somebody is going to die, and then Transnet will say it is sorry," Mthembu-Zulu said.

"We have been patient for two years. Our patience is finished."

Transnet Port Terminals (TPT) spokesperson Lindiwe van Wyk-Ngcobo said the company's offer of 6.5% was "fair and affordable" given its finances. She said contingency plans were in place and that some vessels were being diverted to Richards Bay.

"We urge Samawu to return to the table. Every day the port is not working costs the economy an estimated R250 million," she said.

A crane operator who gave his name only as Bongani said he had worked 16-hour shifts for six days in a row last month.

"When you finish, you can't even see straight. You drive home like a drunk person," he said.

The Durban Chamber of Commerce and Industry warned that the strike could cost exporters billions if it dragged on. Citrus farmers, whose export season is at its peak, are among the worst affected.

"Fruit that sits in a container for a week is fruit that gets thrown away," said Nomvula Sithebe-Pillay, the chamber's trade manager.

Deputy Transport Minister Mosa Mokoena said he would meet both parties tomorrow. "Government cannot sit back while the country's busiest port stands still," he said.

The Port of Durban handles about 60% of South Africa's container traffic.""", [
        Q('"slave shifts"', "partial", "their union", "South African Maritime and Allied Workers Union"),
        Q("have led to a spike in injuries at the container terminal", "indirect", "they", None,
          speaker_at="which they say"),
        Q("the strike would continue", "indirect", "Mthembu-Zulu", "Sipho Mthembu-Zulu",
          speaker_at="Mthembu-Zulu told Sowetan"),
        Q('"until Transnet stops treating our members like machines"', "partial", "Mthembu-Zulu",
          "Sipho Mthembu-Zulu", speaker_at="Mthembu-Zulu told Sowetan"),
        Q('"Our members are falling asleep in cranes that lift 40 tons. Somebody is going to die, and then Transnet '
          'will say it is sorry,"', "direct", "Mthembu-Zulu", "Sipho Mthembu-Zulu",
          speaker_at="Mthembu-Zulu said"),
        Q('"We have been patient for two years. Our patience is finished."', "direct", "Mthembu-Zulu",
          "Sipho Mthembu-Zulu", speaker_at="Mthembu-Zulu said"),
        Q('"fair and affordable"', "partial", "Lindiwe van Wyk-Ngcobo", "Lindiwe van Wyk-Ngcobo"),
        Q("contingency plans were in place and that some vessels were being diverted to Richards Bay", "indirect",
          "She", "Lindiwe van Wyk-Ngcobo", speaker_at="She said contingency"),
        Q('"We urge Samawu to return to the table. Every day the port is not working costs the economy an estimated '
          'R250 million,"', "direct", "she", "Lindiwe van Wyk-Ngcobo", speaker_at="she said"),
        Q("he had worked 16-hour shifts for six days in a row last month", "indirect", "Bongani", "Bongani"),
        Q('"When you finish, you can\'t even see straight. You drive home like a drunk person,"', "direct", "he",
          "Bongani", speaker_at='drunk person," he said'),
        Q("that the strike could cost exporters billions if it dragged on", "indirect",
          "The Durban Chamber of Commerce and Industry", "Durban Chamber of Commerce and Industry"),
        Q('"Fruit that sits in a container for a week is fruit that gets thrown away,"', "direct",
          "Nomvula Sithebe-Pillay", "Nomvula Sithebe-Pillay"),
        Q("he would meet both parties tomorrow", "indirect", "Mosa Mokoena", "Mosa Mokoena"),
        Q('"Government cannot sit back while the country\'s busiest port stands still,"', "direct", "he",
          "Mosa Mokoena", speaker_at='stands still," he said'),
    ], source="blind"),

    # Rappler: ferry accident, curly double quotes, "Ma." given name, "de la" particle, agency acronyms.
    Case("blind13-rappler-ferry", """5 dead, 11 missing after boat capsizes off Romblon

MANILA, Philippines – At least five people died and 11 remain missing after a passenger boat capsized off Romblon early Sunday morning, July 7, the Philippine Coast Guard (PCG) said.

The wooden-hulled MB Princess Hanna, carrying 68 passengers and six crew, was bound for Odiongan town from Batangas City when it was hit by big waves near Banton Island, PCG spokesperson Commodore Jerome Ybañez said in a press briefing.

“Based on the accounts of survivors, the boat listed to starboard after two big waves, and it overturned within minutes,” Ybañez said.

He said 52 people had been rescued by coast guard personnel and local fishermen, who were the first to respond.

“Our fishermen are the real heroes here. They went out in very rough seas in their small bancas before anyone else could get there,” said Romblon Governor Trina Alcantara-Reyes, who flew to Banton on Sunday afternoon.

Why was the boat allowed to sail? According to state weather bureau PAGASA, a gale warning had been in effect for the seaboards of Romblon since Saturday afternoon.

Ybañez said an investigation would determine whether the boat’s captain, who survived, had ignored a suspension of trips.

The Maritime Industry Authority (MARINA) said it had suspended the operator’s franchise pending the investigation.

Survivor Ma. Elena Bautista, 34, told Rappler by phone that she held on to a plastic container with her two children for nearly three hours before a fishing boat found them.

“I kept praying. I told my kids, do not let go, do not let go,” she said in Filipino. Her husband, Rommel, is among the missing.

Senator Ramon de la Paz filed a resolution on Monday seeking a Senate inquiry into what he described as “a pattern of negligence” in the inter-island shipping industry.

“How many more Filipinos have to drown before we fix this?” the senator asked in a statement.

At least 14 people died in a similar accident off Mindoro in 2023, when an overloaded boat overturned in bad weather. – Rappler.com""", [
        Q("At least five people died and 11 remain missing after a passenger boat capsized off Romblon early Sunday "
          "morning, July 7", "indirect", "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("The wooden-hulled MB Princess Hanna, carrying 68 passengers and six crew, was bound for Odiongan town from "
          "Batangas City when it was hit by big waves near Banton Island", "indirect", "Jerome Ybañez",
          "Jerome Ybañez"),
        Q("“Based on the accounts of survivors, the boat listed to starboard after two big waves, and it overturned "
          "within minutes,”", "direct", "Ybañez", "Jerome Ybañez", speaker_at="minutes,” Ybañez said"),
        Q("52 people had been rescued by coast guard personnel and local fishermen, who were the first to respond",
          "indirect", "He", "Jerome Ybañez", speaker_at="He said 52"),
        Q("“Our fishermen are the real heroes here. They went out in very rough seas in their small bancas before "
          "anyone else could get there,”", "direct", "Trina Alcantara-Reyes", "Trina Alcantara-Reyes"),
        Q("a gale warning had been in effect for the seaboards of Romblon since Saturday afternoon", "indirect",
          "state weather bureau PAGASA", "PAGASA"),
        Q("an investigation would determine whether the boat’s captain, who survived, had ignored a suspension of "
          "trips", "indirect", "Ybañez", "Jerome Ybañez", speaker_at="Ybañez said an investigation"),
        Q("it had suspended the operator’s franchise pending the investigation", "indirect",
          "The Maritime Industry Authority", "Maritime Industry Authority"),
        Q("that she held on to a plastic container with her two children for nearly three hours before a fishing "
          "boat found them", "indirect", "Ma. Elena Bautista", "Ma. Elena Bautista"),
        Q("“I kept praying. I told my kids, do not let go, do not let go,”", "direct", "she", "Ma. Elena Bautista",
          speaker_at="she said in Filipino"),
        Q("“a pattern of negligence”", "partial", "he", "Ramon de la Paz", speaker_at="he described"),
        Q("“How many more Filipinos have to drown before we fix this?”", "direct", "the senator", "Ramon de la Paz"),
    ], source="blind"),

    # AP (Quetta): coal mine accident, straight double quotes, officials/relatives, "according to the federation".
    Case("blind13-ap-mine", """Methane explosion at Pakistan coal mine kills 12 workers

QUETTA, Pakistan (AP) — A methane gas explosion tore through a coal mine in southwestern Pakistan on Wednesday, killing 12 miners and trapping three others underground, officials said.

The blast happened about 700 feet (210 meters) below ground in a privately run mine in the Sanjdi area, some 40 kilometers (25 miles) east of Quetta, the capital of Baluchistan province, said Abdul Ghani Mengal, the province's chief inspector of mines.

He said rescuers had recovered 12 bodies and pulled out four injured miners, who were taken to a hospital in Quetta.

"The rescue work is very difficult because there is still gas in the shaft," Mengal told The Associated Press by phone. "We are hoping the remaining three are alive, but I cannot say more at this stage."

A provincial government spokeswoman, Nasreen Bibi Achakzai, said in a statement that the chief minister had ordered an inquiry and announced compensation of 1.5 million rupees ($5,400) for the family of each dead miner.

Mohammad Yaqoob Kakar, president of the Baluchistan Mine Workers Federation, said mine owners routinely ignored basic safety rules.

"Owners save money on ventilation and gas detectors, and workers pay with their lives," he said. "Every year we bury our brothers and every year there is an inquiry. Nothing changes."

Most of the dead were migrant workers from the Shangla district in northwestern Khyber Pakhtunkhwa province, Kakar said.

Relatives gathered outside the mine as the bodies were brought to the surface, some of them wrapped in blankets and carried on the shoulders of fellow miners. Some said the mine had been ordered shut last year after a smaller blast but had reopened within weeks.

Mine accidents are common in Pakistan, where safety rules are poorly enforced and many mines lack proper ventilation. According to the federation, more than 80 miners were killed in Baluchistan last year alone.

In March 2023, a gas explosion in a coal mine in the same area killed 12 people, and rescue teams took two days to reach some of the trapped workers.""", [
        Q("A methane gas explosion tore through a coal mine in southwestern Pakistan on Wednesday, killing 12 miners "
          "and trapping three others underground", "indirect", "officials", None),
        Q("The blast happened about 700 feet (210 meters) below ground in a privately run mine in the Sanjdi area, "
          "some 40 kilometers (25 miles) east of Quetta, the capital of Baluchistan province", "indirect",
          "Abdul Ghani Mengal", "Abdul Ghani Mengal"),
        Q("rescuers had recovered 12 bodies and pulled out four injured miners, who were taken to a hospital in "
          "Quetta", "indirect", "He", "Abdul Ghani Mengal", speaker_at="He said rescuers"),
        Q('"The rescue work is very difficult because there is still gas in the shaft,"', "direct", "Mengal",
          "Abdul Ghani Mengal", speaker_at="Mengal told"),
        Q('"We are hoping the remaining three are alive, but I cannot say more at this stage."', "direct", "Mengal",
          "Abdul Ghani Mengal", speaker_at="Mengal told"),
        Q("that the chief minister had ordered an inquiry and announced compensation of 1.5 million rupees ($5,400) "
          "for the family of each dead miner", "indirect", "Nasreen Bibi Achakzai", "Nasreen Bibi Achakzai"),
        Q("mine owners routinely ignored basic safety rules", "indirect", "Mohammad Yaqoob Kakar",
          "Mohammad Yaqoob Kakar"),
        Q('"Owners save money on ventilation and gas detectors, and workers pay with their lives,"', "direct", "he",
          "Mohammad Yaqoob Kakar", speaker_at="he said"),
        Q('"Every year we bury our brothers and every year there is an inquiry. Nothing changes."', "direct", "he",
          "Mohammad Yaqoob Kakar", speaker_at="he said"),
        Q("Most of the dead were migrant workers from the Shangla district in northwestern Khyber Pakhtunkhwa "
          "province", "indirect", "Kakar", "Mohammad Yaqoob Kakar", speaker_at="Kakar said"),
        Q("the mine had been ordered shut last year after a smaller blast but had reopened within weeks", "indirect",
          "Some", None, speaker_at="Some said"),
        Q("more than 80 miners were killed in Baluchistan last year alone", "indirect", "the federation",
          "Baluchistan Mine Workers Federation"),
    ], source="blind"),

    # The Australian: drought and heatwave, curly double quotes, "Van der" and O' names, unnamed spokeswoman.
    Case("blind13-australian-drought", """Farmers sell off flocks as drought and heatwave grip SA and western Victoria

Farmers across South Australia and western Victoria are selling breeding ewes and hand-feeding cattle as the region endures its driest 12 months on record, with a heatwave forecast to push temperatures past 44C this week.

The Bureau of Meteorology said on Monday that parts of the Eyre Peninsula, the Mallee and the Wimmera had received less than 40 per cent of their average rainfall since last autumn.

Bureau senior meteorologist Miriam Van der Linde said the heat would build from Wednesday. “We’re looking at three or four consecutive days above 40 degrees for Adelaide, with overnight temperatures not dropping below the high 20s,” she said. “That is dangerous heat, particularly for the elderly and people living alone.”

At Kimba on the Eyre Peninsula, grain grower Darren O’Loughlin said he had sown his crop into dry ground in May and watched it die.

“I’ve been farming here for 31 years and I’ve never seen the paddocks like this in spring,” Mr O’Loughlin said. “There’s nothing there. Not a blade.”

His neighbour, Jenny Kowalczyk-Hart, has sold 800 of her 1400 ewes since August. “You make the decision with your head, but it breaks your heart,” she said.

Agents at the Naracoorte saleyards reported record yardings last week, with lamb prices falling by a third in a month.

Federal Agriculture Minister Paul Karamanlis said the Farm Household Allowance was available to eligible farmers and that he would visit the region next week.

Nationals senator Bridget Moloney-Cope said the response was “too little, too late”. “These families don’t need another ministerial photo opportunity in a dry paddock. They need freight subsidies, and they need them now,” she said.

A spokeswoman for the South Australian Premier said the state government would double its drought support package to $146m.

SA Health’s chief public health officer, Professor Kiran Bhattacharjee, urged people to check on elderly neighbours during the heatwave, describing extreme heat as “the silent killer of the Australian summer”.""", [
        Q("that parts of the Eyre Peninsula, the Mallee and the Wimmera had received less than 40 per cent of their "
          "average rainfall since last autumn", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("the heat would build from Wednesday", "indirect", "Miriam Van der Linde", "Miriam Van der Linde"),
        Q("“We’re looking at three or four consecutive days above 40 degrees for Adelaide, with overnight "
          "temperatures not dropping below the high 20s,”", "direct", "she", "Miriam Van der Linde",
          speaker_at="high 20s,” she said"),
        Q("“That is dangerous heat, particularly for the elderly and people living alone.”", "direct", "she",
          "Miriam Van der Linde", speaker_at="high 20s,” she said"),
        Q("he had sown his crop into dry ground in May and watched it die", "indirect", "Darren O’Loughlin",
          "Darren O’Loughlin"),
        Q("“I’ve been farming here for 31 years and I’ve never seen the paddocks like this in spring,”", "direct",
          "O’Loughlin", "Darren O’Loughlin", speaker_at="Mr O’Loughlin said"),
        Q("“There’s nothing there. Not a blade.”", "direct", "O’Loughlin", "Darren O’Loughlin",
          speaker_at="Mr O’Loughlin said"),
        Q("“You make the decision with your head, but it breaks your heart,”", "direct", "she",
          "Jenny Kowalczyk-Hart", speaker_at="heart,” she said"),
        Q("the Farm Household Allowance was available to eligible farmers and that he would visit the region next "
          "week", "indirect", "Paul Karamanlis", "Paul Karamanlis"),
        Q("“too little, too late”", "partial", "Bridget Moloney-Cope", "Bridget Moloney-Cope"),
        Q("“These families don’t need another ministerial photo opportunity in a dry paddock. They need freight "
          "subsidies, and they need them now,”", "direct", "she", "Bridget Moloney-Cope",
          speaker_at="need them now,” she said"),
        Q("the state government would double its drought support package to $146m", "indirect",
          "A spokeswoman for the South Australian Premier", None),
        Q("“the silent killer of the Australian summer”", "partial", "Kiran Bhattacharjee", "Kiran Bhattacharjee"),
    ], source="blind"),

    # Deccan Herald: cricket, straight single quotes with apostrophes, initials in names, scare quote.
    Case("blind13-deccan-cricket", """Vasudev ton puts Karnataka on top against Vidarbha

Bengaluru: R Nikhil Vasudev struck a patient 142 as Karnataka reached 386 for seven at stumps on the opening day of their Ranji Trophy quarterfinal against Vidarbha at the M Chinnaswamy Stadium on Friday.

Put in to bat on what the locals were calling a 'greentop', the hosts were wobbling at 61 for three before Vasudev and skipper Shreyas Gopalakrishna (78) added 164 for the fourth wicket to wrest back control.

'There was a bit in the wicket in the first session, so the plan was to see off the new ball and cash in later,' Vasudev said after the day's play. 'I've been getting starts all season without converting, so this one feels special.'

The 24-year-old, who now has 714 runs this season, said he had worked with batting coach K Raghavendra Bhat on playing the ball later and closer to his body.

'He told me I was reaching for the ball outside off stump. We spent two weeks in the nets just leaving balls,' he said.

Bhat, a former Karnataka opener, described the innings as 'textbook Test-match batting'.

Vidarbha's bowlers toiled without much luck after lunch. Left-arm spinner Aniket Wankhede-Patil picked up three wickets but conceded 112 runs in 31 overs.

Vidarbha bowling coach Manish Kulkarni-Deshpande admitted his side had been sloppy in the field. 'We dropped Vasudev on 38 and that cost us a lot. On a wicket like this, you can't give a good player a second chance,' he said.

He said the visitors still believed they could force a result if they bowled Karnataka out early on Saturday.

Meanwhile, the Karnataka State Cricket Association (KSCA) said entry to the stands would remain free for the rest of the match after a turnout of nearly 9,000 on the opening day. KSCA secretary Dr A Shankar said the association wanted to 'bring the crowds back to domestic cricket'.

The winner of the match will meet either Mumbai or Tamil Nadu in the semifinal.""", [
        Q("'There was a bit in the wicket in the first session, so the plan was to see off the new ball and cash in "
          "later,'", "direct", "Vasudev", "R Nikhil Vasudev", speaker_at="Vasudev said after"),
        Q("'I've been getting starts all season without converting, so this one feels special.'", "direct",
          "Vasudev", "R Nikhil Vasudev", speaker_at="Vasudev said after"),
        Q("he had worked with batting coach K Raghavendra Bhat on playing the ball later and closer to his body",
          "indirect", "The 24-year-old", "R Nikhil Vasudev"),
        Q("'He told me I was reaching for the ball outside off stump. We spent two weeks in the nets just leaving "
          "balls,'", "direct", "he", "R Nikhil Vasudev", speaker_at="leaving balls,' he said"),
        Q("'textbook Test-match batting'", "partial", "Bhat", "K Raghavendra Bhat", speaker_at="Bhat, a former"),
        Q("his side had been sloppy in the field", "indirect", "Manish Kulkarni-Deshpande",
          "Manish Kulkarni-Deshpande"),
        Q("'We dropped Vasudev on 38 and that cost us a lot. On a wicket like this, you can't give a good player a "
          "second chance,'", "direct", "he", "Manish Kulkarni-Deshpande", speaker_at="second chance,' he said"),
        Q("the visitors still believed they could force a result if they bowled Karnataka out early on Saturday",
          "indirect", "He", "Manish Kulkarni-Deshpande", speaker_at="He said the visitors"),
        Q("entry to the stands would remain free for the rest of the match after a turnout of nearly 9,000 on the "
          "opening day", "indirect", "the Karnataka State Cricket Association",
          "Karnataka State Cricket Association"),
        Q("'bring the crowds back to domestic cricket'", "partial", "A Shankar", "A Shankar"),
    ], source="blind"),

    # Otago Daily Times: obituary of a judge and Olympic rower, straight double quotes, nickname in marks.
    Case("blind13-odt-obituary", """Judge who rowed for New Zealand dies, aged 84

Former High Court judge and Olympic rower Sir Hendrik van der Voort has died in Dunedin, aged 84.

Born in Rotterdam in 1940, Sir Hendrik - known to everyone as "Henk" - arrived in Dunedin with his parents as a 12-year-old and took up rowing at Otago Boys' High School. He rowed in the New Zealand eight at the 1964 Tokyo Olympics before completing a law degree at the University of Otago.

He was appointed to the High Court in 1989 and sat on the bench for 17 years, becoming known for his careful, plainly written judgments and for cycling to court in all weather.

His daughter, Dr Anneke van der Voort-Tipene, said her father died peacefully at home on Sunday, surrounded by family.

"Dad used to say that the law and rowing had taught him the same lesson - that nobody gets anywhere on their own," she said. "He believed that right to the end."

Former chief justice Dame Miriama Te Rangi-Walsh described him as "a judge of great courage and even greater kindness".

"He was never afraid to be the lone voice in a courtroom," Dame Miriama said. "Some of his dissents are still taught at every law school in the country."

Former Olympic teammate Ted Warahi-Dunn (86), of Oamaru, remembered him as "the hardest worker in the boat".

"Henk never missed a session. If the harbour had frozen over, he'd have been out there breaking the ice with his oar," Mr Warahi-Dunn said, laughing.

Rowing New Zealand said in a statement that Sir Hendrik had coached at the Otago University Rowing Club for more than two decades after retiring from competition.

A Dunedin City Council spokeswoman said flags in the Octagon would fly at half-mast on Friday, when a funeral service will be held at First Church of Otago.

The Rev Malcolm Tuiasosopo-Reid, who will lead the service, said the church was expecting "a very full house".

Sir Hendrik is survived by his wife Margaret, three children and seven grandchildren.""", [
        Q("her father died peacefully at home on Sunday, surrounded by family", "indirect",
          "Anneke van der Voort-Tipene", "Anneke van der Voort-Tipene"),
        Q('"Dad used to say that the law and rowing had taught him the same lesson - that nobody gets anywhere on '
          'their own,"', "direct", "she", "Anneke van der Voort-Tipene", speaker_at="she said"),
        Q('"He believed that right to the end."', "direct", "she", "Anneke van der Voort-Tipene",
          speaker_at="she said"),
        Q('"a judge of great courage and even greater kindness"', "partial", "Miriama Te Rangi-Walsh",
          "Miriama Te Rangi-Walsh"),
        Q('"He was never afraid to be the lone voice in a courtroom,"', "direct", "Miriama", "Miriama Te Rangi-Walsh",
          speaker_at="Dame Miriama said"),
        Q('"Some of his dissents are still taught at every law school in the country."', "direct", "Miriama",
          "Miriama Te Rangi-Walsh", speaker_at="Dame Miriama said"),
        Q('"the hardest worker in the boat"', "partial", "Ted Warahi-Dunn", "Ted Warahi-Dunn"),
        Q('"Henk never missed a session. If the harbour had frozen over, he\'d have been out there breaking the ice '
          'with his oar,"', "direct", "Warahi-Dunn", "Ted Warahi-Dunn", speaker_at="Mr Warahi-Dunn said"),
        Q("that Sir Hendrik had coached at the Otago University Rowing Club for more than two decades after retiring "
          "from competition", "indirect", "Rowing New Zealand", "Rowing New Zealand"),
        Q("flags in the Octagon would fly at half-mast on Friday, when a funeral service will be held at First Church "
          "of Otago", "indirect", "A Dunedin City Council spokeswoman", None),
        Q('"a very full house"', "partial", "Malcolm Tuiasosopo-Reid", "Malcolm Tuiasosopo-Reid"),
    ], source="blind"),

    # US county newspaper: commission spending row over a music festival, straight double quotes, Sen./Jr.
    Case("blind13-county-riverfest", """Commissioners split 3-2 on $410,000 for Riverfest

By Dana Whitcomb
Ledger Staff Writer

Tallis County commissioners voted 3-2 Tuesday night to spend $410,000 in tourist development tax money on next spring's Silver River Music Festival, after a heated two-hour debate in which Commissioner Darlene Fitzhugh-Boyd called the event "a three-day party the taxpayers can't afford."

Fitzhugh-Boyd, who represents the rural District 4, said residents on her end of the county had been asking for a traffic light at the Route 9 and Miller Road intersection for six years.

"Six years. And we can find $410,000 for a music festival in one evening?" she said. "I'm sorry, but that's not a priority my constituents share."

According to a study commissioned by the county's tourism bureau, the 2024 festival brought an estimated $3.1 million to local hotels, restaurants and shops.

"This isn't spending, it's an investment," Commission Chairman Roy Delacroix Jr. said. "Every dollar we put in comes back to us several times over."

County Administrator Priya Raman-Kessler told commissioners that the money would come from the tourist development fund, which under state law can only be spent on promoting tourism and cannot be used for roads.

"That's the part people don't always understand," she said after the meeting. "This money can't fix a pothole even if we wanted it to."

About 30 residents signed up for public comment. Mill Street resident Gloria Esposito-Vance said festivalgoers left "trash in every yard on our block" for a week after last year's event, while Lakeview Heights businessman Tom Brandvold called the festival "the only thing that puts this county on the map."

Commissioners Ed Kowalski and Maria Santos-Whitfield joined Delacroix in voting yes. Commissioner Leonard Pettaway voted no, saying he supported the festival but wanted organizers to find more private sponsors.

State Sen. Marcus DeWitt, R-Greenville, said in a statement Wednesday that he would file a bill in the coming session to give small counties more flexibility in how they spend tourist tax revenue.

"Counties like Tallis should be able to decide for themselves whether a stoplight is a better use of money than a billboard," DeWitt said.

Festival director Kwame Asante-Mills said the 2026 lineup would be announced in January.""", [
        Q('"a three-day party the taxpayers can\'t afford."', "partial", "Darlene Fitzhugh-Boyd",
          "Darlene Fitzhugh-Boyd"),
        Q("residents on her end of the county had been asking for a traffic light at the Route 9 and Miller Road "
          "intersection for six years", "indirect", "Fitzhugh-Boyd", "Darlene Fitzhugh-Boyd",
          speaker_at="Fitzhugh-Boyd, who represents"),
        Q('"Six years. And we can find $410,000 for a music festival in one evening?"', "direct", "she",
          "Darlene Fitzhugh-Boyd", speaker_at='one evening?" she said'),
        Q('"I\'m sorry, but that\'s not a priority my constituents share."', "direct", "she",
          "Darlene Fitzhugh-Boyd", speaker_at='one evening?" she said'),
        Q("the 2024 festival brought an estimated $3.1 million to local hotels, restaurants and shops", "indirect",
          "a study commissioned by the county's tourism bureau", None),
        Q('"This isn\'t spending, it\'s an investment,"', "direct", "Roy Delacroix Jr.", "Roy Delacroix Jr."),
        Q('"Every dollar we put in comes back to us several times over."', "direct", "Roy Delacroix Jr.",
          "Roy Delacroix Jr."),
        Q("that the money would come from the tourist development fund, which under state law can only be spent on "
          "promoting tourism and cannot be used for roads", "indirect", "Priya Raman-Kessler",
          "Priya Raman-Kessler"),
        Q('"That\'s the part people don\'t always understand,"', "direct", "she", "Priya Raman-Kessler",
          speaker_at="she said after the meeting"),
        Q('"This money can\'t fix a pothole even if we wanted it to."', "direct", "she", "Priya Raman-Kessler",
          speaker_at="she said after the meeting"),
        Q('"trash in every yard on our block"', "partial", "Gloria Esposito-Vance", "Gloria Esposito-Vance"),
        Q('"the only thing that puts this county on the map."', "partial", "Tom Brandvold", "Tom Brandvold"),
        Q("he supported the festival but wanted organizers to find more private sponsors", "indirect",
          "Leonard Pettaway", "Leonard Pettaway"),
        Q("that he would file a bill in the coming session to give small counties more flexibility in how they "
          "spend tourist tax revenue", "indirect", "Marcus DeWitt", "Marcus DeWitt"),
        Q('"Counties like Tallis should be able to decide for themselves whether a stoplight is a better use of '
          'money than a billboard,"', "direct", "DeWitt", "Marcus DeWitt", speaker_at="DeWitt said"),
        Q("the 2026 lineup would be announced in January", "indirect", "Kwame Asante-Mills", "Kwame Asante-Mills"),
    ], source="blind"),
]
