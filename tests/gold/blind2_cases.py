"""Blind held-out gold, second set: articles written without reading the rules.

Twelve short news articles in varied house styles and regions (AP, Reuters
and AFP wire copy, a British regional paper, an Irish broadsheet, Canadian,
Nigerian, Singaporean and American city papers, a trade wire, an
entertainment story), written by someone who never read the pretagger, the
evaluator or the other gold sets, and never run through them while being
written. Straight and curly double quotes, British single quotes (curly and
straight), a quote continued into the next paragraph, and one article with a
missing closing mark. Titles, slogans and scare quotes that nobody says get
no quote. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # AP wire, straight double quotes.
    Case("blind2-port", '''Dockworkers strike at Virginia ports, stranding dozens of cargo ships

NORFOLK, Va. (AP) — Thousands of dockworkers walked off the job at Virginia's container terminals early Monday, halting cargo at one of the busiest gateways on the East Coast after contract talks collapsed over automation and pay.

The Atlantic Longshore Workers Union said about 3,200 of its members had joined the strike. Picket lines will stay up "as long as it takes," the union said on its website. ALWU represents about 6,000 port workers in Virginia.

"We did not want this fight, but we are not going to watch machines take our jobs without a guarantee in writing," union president Marcus Delahunt told reporters. "Every family on this line knows what is at stake."

Delahunt said the employers' final offer included a 14% raise over six years but left the door open to fully automated cranes. He called that "a poison pill."

The Tidewater Maritime Employers Group, which bargains for shipping lines and terminal operators, said in a statement that its offer was "the richest in the history of this port" and accused the union of walking away from the table. It said it was ready to resume talks at any time.

At least 19 container ships were waiting at anchor off Cape Henry by midafternoon, according to the U.S. Coast Guard.

Retailers and farm exporters warned that a long stoppage could ripple through supply chains. "Every day of this costs our members money they will never get back," said Alicia Romero, a vice president at the National Freight Shippers Council.

State Transportation Secretary Dana Whitcomb said the governor's office was in contact with both sides and urged them "to get back in a room today, not next week."

One crane operator, who declined to give his name, said he had worked the docks for 22 years.

"My father did this job. I want my son to be able to do it too," he said.''', [
        Q("about 3,200 of its members had joined the strike", "indirect", "The Atlantic Longshore Workers Union",
          "Atlantic Longshore Workers Union"),
        Q('"as long as it takes,"', "partial", "the union", "Atlantic Longshore Workers Union",
          speaker_at="the union said"),
        Q('"We did not want this fight, but we are not going to watch machines take our jobs without a guarantee in '
          'writing,"', "direct", "Marcus Delahunt", "Marcus Delahunt"),
        Q('"Every family on this line knows what is at stake."', "direct", "Marcus Delahunt", "Marcus Delahunt"),
        Q("the employers' final offer included a 14% raise over six years but left the door open to fully automated "
          "cranes", "indirect", "Delahunt", "Marcus Delahunt", speaker_at="Delahunt said"),
        Q('"a poison pill."', "partial", "He", "Marcus Delahunt", speaker_at="He called"),
        Q('"the richest in the history of this port"', "partial", "The Tidewater Maritime Employers Group",
          "Tidewater Maritime Employers Group"),
        Q("it was ready to resume talks at any time", "indirect", "It", "Tidewater Maritime Employers Group",
          speaker_at="It said it was ready"),
        Q("At least 19 container ships were waiting at anchor off Cape Henry by midafternoon", "indirect",
          "the U.S. Coast Guard", "U.S. Coast Guard"),
        Q("that a long stoppage could ripple through supply chains", "indirect",
          "Retailers and farm exporters", None),
        Q('"Every day of this costs our members money they will never get back,"', "direct", "Alicia Romero",
          "Alicia Romero"),
        Q("the governor's office was in contact with both sides", "indirect", "Dana Whitcomb", "Dana Whitcomb"),
        Q('"to get back in a room today, not next week."', "partial", "Dana Whitcomb", "Dana Whitcomb"),
        Q("he had worked the docks for 22 years", "indirect", "One crane operator", None),
        Q('"My father did this job. I want my son to be able to do it too,"', "direct", "he", None,
          speaker_at="he said."),
    ], source="blind"),

    # Reuters wire, straight double quotes.
    Case("blind2-bank", '''Banca Ligure agrees 6.8 billion euro deal for rival Credito Adriatico

MILAN (Reuters) - Banca Ligure has agreed to buy smaller rival Credito Adriatico for 6.8 billion euros ($7.4 billion) in cash and shares, the two lenders said on Tuesday, in a deal that would create Italy's third-largest bank by assets.

The offer values Credito Adriatico at a 27% premium to Monday's closing price and would give the combined group about 9 million customers and 2,100 branches, according to a joint statement.

"This is a merger of two banks that know their regions and their clients extremely well," Banca Ligure Chief Executive Federica Sanvitale told analysts on a conference call. "Together we will be stronger, more efficient and better able to invest."

Sanvitale said the bank expected annual cost savings of around 600 million euros by 2028. She declined to say how many jobs would go, but said there would be "no forced redundancies."

Credito Adriatico's board unanimously backed the offer. Its chairman, Paolo Menegatti, said the price was "fair and full" for shareholders.

Economy Minister Ruggero Bellandi welcomed the deal, saying that consolidation would make the Italian banking system "more solid and more competitive."

The Federazione Bancari Uniti, the country's second-largest union of bank workers, said it would seek urgent meetings with both lenders. The FBU warned that it would oppose any plan to close branches in small towns. "Behind every branch there is a community," it said.

Shares in Credito Adriatico jumped 21% to 8.42 euros by 1030 GMT, while Banca Ligure fell 3.1%.

Analysts at Castello Securities wrote in a note that the price looked "rich" but the strategic logic was sound.

The deal requires approval from the European Central Bank and Italy's antitrust authority. Banca Ligure said it expected the transaction to close in the first quarter of next year. The bank said it would keep both brands for at least three years.

(Reporting by Giulia Ferrante; Editing by Tom Halvorsen)''', [
        Q("Banca Ligure has agreed to buy smaller rival Credito Adriatico for 6.8 billion euros ($7.4 billion) in cash "
          "and shares", "indirect", "the two lenders", None),
        Q("The offer values Credito Adriatico at a 27% premium to Monday's closing price and would give the combined "
          "group about 9 million customers and 2,100 branches", "indirect", "a joint statement", None),
        Q('"This is a merger of two banks that know their regions and their clients extremely well,"', "direct",
          "Federica Sanvitale", "Federica Sanvitale"),
        Q('"Together we will be stronger, more efficient and better able to invest."', "direct", "Federica Sanvitale",
          "Federica Sanvitale"),
        Q("the bank expected annual cost savings of around 600 million euros by 2028", "indirect", "Sanvitale", "Federica Sanvitale",
          speaker_at="Sanvitale said"),
        Q('"no forced redundancies."', "partial", "She", "Federica Sanvitale", speaker_at="She declined"),
        Q('"fair and full"', "partial", "Paolo Menegatti", "Paolo Menegatti"),
        Q('"more solid and more competitive."', "partial", "Ruggero Bellandi", "Ruggero Bellandi"),
        Q("it would seek urgent meetings with both lenders", "indirect", "The Federazione Bancari Uniti",
          "Federazione Bancari Uniti"),
        Q("that it would oppose any plan to close branches in small towns", "indirect", "The FBU",
          "Federazione Bancari Uniti"),
        Q('"Behind every branch there is a community,"', "direct", "it", "Federazione Bancari Uniti",
          speaker_at="it said."),
        Q('"rich"', "partial", "Analysts at Castello Securities", None),
        Q("it expected the transaction to close in the first quarter of next year", "indirect", "Banca Ligure",
          "Banca Ligure", speaker_at="Banca Ligure said it expected"),
        Q("it would keep both brands for at least three years", "indirect", "The bank", "Banca Ligure",
          speaker_at="The bank said"),
    ], source="blind"),

    # AFP wire, straight double quotes.
    Case("blind2-dam", '''Dozens missing after mine waste dam bursts in Peru's Andes

LIMA (AFP) - At least 14 people were killed and dozens more were missing after a mine waste dam burst in Peru's southern Andes, burying parts of two villages under mud, authorities said Thursday.

The dam, which held tailings from the Huaylla Norte copper mine in the Apurimac region, gave way shortly before dawn on Wednesday, according to the National Emergency Response Agency.

"The mud came down like a wall. We heard the noise and ran up the hill with the children, but my neighbours did not make it," Rosa Quispe, 52, told AFP by telephone from the village of Chaccarapi.

Rescuers with dogs and heavy machinery were digging through mud up to three metres deep. "We are still finding people, and we will not stop until every family has an answer," said Colonel Esteban Vilca, who is leading the operation for the national police.

The mine operator, Minera Andina del Sur, said in a statement that it "deeply regrets" the loss of life and was cooperating with investigators. The company said the dam had passed a safety inspection in March.

Lucia Ccori, director of the environmental group Observatorio Minero del Sur, said villagers had warned for years that the dam was leaking.

"They called us alarmists," she told AFP. "Now look at what has happened."

Prime Minister Gustavo Aranibar, who flew over the area by helicopter, declared a 60-day state of emergency in the province and promised that those responsible would "face the full weight of the law."

The public prosecutor's office said it had opened a criminal investigation for alleged manslaughter and environmental contamination.

Peru is one of the world's largest copper producers, and mining accounts for around 60 percent of its exports. Tailings dams have been behind some of the deadliest industrial disasters in South America, including the 2019 collapse at Brumadinho in Brazil, which killed 270 people.''', [
        Q("At least 14 people were killed and dozens more were missing after a mine waste dam burst in Peru's southern "
          "Andes, burying parts of two villages under mud", "indirect", "authorities", None),
        Q("The dam, which held tailings from the Huaylla Norte copper mine in the Apurimac region, gave way shortly "
          "before dawn on Wednesday", "indirect", "the National Emergency Response Agency",
          "National Emergency Response Agency"),
        Q('"The mud came down like a wall. We heard the noise and ran up the hill with the children, but my '
          'neighbours did not make it,"', "direct", "Rosa Quispe", "Rosa Quispe"),
        Q('"We are still finding people, and we will not stop until every family has an answer,"', "direct",
          "Esteban Vilca", "Esteban Vilca"),
        Q('"deeply regrets"', "partial", "Minera Andina del Sur", "Minera Andina del Sur"),
        Q("the dam had passed a safety inspection in March", "indirect", "The company", "Minera Andina del Sur"),
        Q("villagers had warned for years that the dam was leaking", "indirect", "Lucia Ccori", "Lucia Ccori"),
        Q('"They called us alarmists,"', "direct", "she", "Lucia Ccori"),
        Q('"Now look at what has happened."', "direct", "she", "Lucia Ccori"),
        Q('"face the full weight of the law."', "partial", "Gustavo Aranibar", "Gustavo Aranibar"),
        Q("it had opened a criminal investigation for alleged manslaughter and environmental contamination",
          "indirect", "The public prosecutor's office", None),
    ], source="blind"),

    # British regional paper, curly single quotes; a crime and court story.
    Case("blind2-coins", """Man jailed over theft of Roman coins from Penrith museum

A man who smashed a display case at a Penrith museum and walked out with more than 200 Roman coins has been jailed for four years.

Liam Fenwick, 34, of Scotland Road, Penrith, admitted burglary at an earlier hearing and was sentenced at Carlisle Crown Court on Friday. Only 41 of the coins, known locally as the ‘Brougham Hoard’, have been recovered.

Prosecuting, Helen Marsh KC told the court that Fenwick had visited the Eden Valley Museum three times in the week before the break-in in March.

‘He was not there to admire the craftsmanship,’ she said. ‘He was there to plan a crime.’

CCTV footage showed him forcing a fire door shortly after 1am and leaving eight minutes later with a rucksack. When he was arrested at his home two days later, the 34-year-old told officers: ‘I don’t know anything about any coins.’

Defending, Owen Pryce said his client had ‘fallen in with people who knew exactly what they were doing’ and was deeply ashamed.

Sentencing, Judge Catherine Ashworth told Fenwick: ‘These coins survived for nearly 2,000 years until you decided they were worth a few thousand pounds to you. Their value to the people of Cumbria cannot be measured in money.’

Detective Inspector Mark Threlkeld, of Cumbria Police, said outside court that inquiries to trace the remaining coins were continuing.

‘We believe some have already been sold abroad, but we have not given up,’ he said. ‘Someone out there knows where they are.’

The museum’s director, Anita Rowe, said staff had been ‘heartbroken’ by the theft.

‘People have been coming in just to look at the empty case,’ she said, ‘which tells you what the hoard means to this town.’

The museum has since installed new alarms and reinforced glass in the coin room, which reopened to visitors last month.""", [
        Q("that Fenwick had visited the Eden Valley Museum three times in the week before the break-in in March",
          "indirect", "Helen Marsh", "Helen Marsh"),
        Q("‘He was not there to admire the craftsmanship,’", "direct", "she", "Helen Marsh",
          speaker_at="she said. ‘He was there"),
        Q("‘He was there to plan a crime.’", "direct", "she", "Helen Marsh", speaker_at="she said. ‘He was there"),
        Q("‘I don’t know anything about any coins.’", "direct", "the 34-year-old", "Liam Fenwick"),
        Q("‘fallen in with people who knew exactly what they were doing’", "partial", "Owen Pryce", "Owen Pryce"),
        Q("‘These coins survived for nearly 2,000 years until you decided they were worth a few thousand pounds to "
          "you. Their value to the people of Cumbria cannot be measured in money.’", "direct", "Catherine Ashworth",
          "Catherine Ashworth"),
        Q("that inquiries to trace the remaining coins were continuing", "indirect", "Mark Threlkeld",
          "Mark Threlkeld"),
        Q("‘We believe some have already been sold abroad, but we have not given up,’", "direct", "he",
          "Mark Threlkeld", speaker_at="he said"),
        Q("‘Someone out there knows where they are.’", "direct", "he", "Mark Threlkeld", speaker_at="he said"),
        Q("‘heartbroken’", "partial", "Anita Rowe", "Anita Rowe"),
        Q("‘People have been coming in just to look at the empty case,’", "direct", "she", "Anita Rowe",
          speaker_at="she said, ‘which"),
        Q("‘which tells you what the hoard means to this town.’", "direct", "she", "Anita Rowe",
          speaker_at="she said, ‘which"),
    ], source="blind"),

    # Irish broadsheet, curly double quotes; an election recount.
    Case("blind2-recount", """Full recount ordered in Dublin Bay North after 11-vote margin

A full recount of all votes in Dublin Bay North will begin at the RDS this morning after the final seat in the five-seat constituency was decided by just 11 votes.

The returning officer, Siobhán Nic Aodha, granted the request shortly before midnight after Fianna Fáil’s Declan Mulvey lost out to Independent candidate Aoife Brannigan on the 14th count.

“With a margin this small, every single ballot paper deserves to be looked at again,” Mr Mulvey said. “This is not about me. It is about making sure the result is right.”

The Dubliner, who has contested four general elections and narrowly lost his seat in 2020, told this newspaper he would accept whatever the recount showed.

Ms Brannigan, a former primary school principal who ran on the slogan “Bay North Deserves Better”, said she was “disappointed but not surprised” by the decision.

“I respect the process,” she said. “The people of this constituency have spoken once, and I am confident they will say the same thing again.”

The returning officer said that the recount would be carried out by hand and was expected to take at least two days. Each of the 68,000 ballot papers will be re-examined, and tallymen from all parties will be allowed to observe.

Fianna Fáil’s director of elections in the constituency, Paudie Whelan TD, described the margin as “agonising”. He said the party had identified several rulings on spoiled votes that it wanted looked at again.

A spokeswoman for Ms Brannigan said her team was “entirely comfortable” with every ruling made so far.

According to party tallies, fewer than 400 ballots were deemed spoiled in the constituency.

Full recounts of this scale are rare. The last in a Dublin constituency, in 2016, took five days and changed the outcome by two votes. Political analysts said the result could decide whether the incoming coalition has a working majority in the Dáil.""", [
        Q("“With a margin this small, every single ballot paper deserves to be looked at again,”", "direct",
          "Mulvey", "Declan Mulvey", speaker_at="Mr Mulvey said"),
        Q("“This is not about me. It is about making sure the result is right.”", "direct", "Mulvey",
          "Declan Mulvey", speaker_at="Mr Mulvey said"),
        Q("he would accept whatever the recount showed", "indirect", "The Dubliner", "Declan Mulvey"),
        Q("“disappointed but not surprised”", "partial", "Brannigan", "Aoife Brannigan",
          speaker_at="Ms Brannigan, a former"),
        Q("“I respect the process,”", "direct", "she", "Aoife Brannigan", speaker_at="she said."),
        Q("“The people of this constituency have spoken once, and I am confident they will say the same thing "
          "again.”", "direct", "she", "Aoife Brannigan", speaker_at="she said."),
        Q("that the recount would be carried out by hand and was expected to take at least two days", "indirect",
          "The returning officer", "Siobhán Nic Aodha", speaker_at="The returning officer said"),
        Q("“agonising”", "partial", "Paudie Whelan", "Paudie Whelan"),
        Q("the party had identified several rulings on spoiled votes that it wanted looked at again", "indirect",
          "He", "Paudie Whelan", speaker_at="He said the party"),
        Q("“entirely comfortable”", "partial", "A spokeswoman", None),
        Q("fewer than 400 ballots were deemed spoiled in the constituency", "indirect",
          "party tallies", None),
        Q("the result could decide whether the incoming coalition has a working majority in the Dáil", "indirect",
          "Political analysts", None),
    ], source="blind"),

    # Canadian paper, curly double quotes; one closing mark is missing.
    Case("blind2-hospital", """Ransomware attack forces Halifax hospitals to postpone surgeries

HALIFAX — Hundreds of surgeries and appointments have been postponed at three Halifax hospitals after a ransomware attack knocked out computer systems over the weekend, the province’s largest health authority said Monday.

The Maritime Health Network said staff had switched to paper charts and that emergency departments remained open.

“Patient care is our first priority, and we are asking people to be patient with us as we work through this,” MHN president and CEO Dr. Karen Loewen said at a news conference.

Loewen said the network had not paid a ransom and would not. She would not say which group was behind the attack, but confirmed that the RCMP and the Canadian Centre for Cyber Security were investigating.

Health Minister Michelle Arsenault called the attack “a cowardly act against people who are sick and vulnerable.

The province has brought in outside specialists to help restore the systems, a process Arsenault said could take “several weeks.”

Gerald Moutinho, 67, said his hip replacement at the Halifax Infirmary, scheduled for Tuesday, had been cancelled for the second time this year.

“I got a phone call on Sunday night. They said they couldn’t tell me when it would be rebooked,” he said.

One nurse at the Infirmary, who asked not to be named because she was not authorized to speak publicly, said staff were “running on paper and adrenalin.”

According to the Canadian Centre for Cyber Security, hospitals are among the most frequent targets of ransomware in Canada because they cannot afford long outages.

The health authority said it would give another update on Tuesday. It said patients who had not been contacted should assume their appointments were going ahead.""", [
        Q("Hundreds of surgeries and appointments have been postponed at three Halifax hospitals after a ransomware "
          "attack knocked out computer systems over the weekend", "indirect",
          "the province’s largest health authority", "Maritime Health Network"),
        Q("staff had switched to paper charts and that emergency departments remained open", "indirect",
          "The Maritime Health Network", "Maritime Health Network"),
        Q("“Patient care is our first priority, and we are asking people to be patient with us as we work through "
          "this,”", "direct", "Karen Loewen", "Karen Loewen"),
        Q("the network had not paid a ransom and would not", "indirect", "Loewen", "Karen Loewen",
          speaker_at="Loewen said the network"),
        Q("that the RCMP and the Canadian Centre for Cyber Security were investigating", "indirect", "She",
          "Karen Loewen", speaker_at="She would not say"),
        Q("“a cowardly act against people who are sick and vulnerable.", "partial", "Michelle Arsenault",
          "Michelle Arsenault"),
        Q("“several weeks.”", "partial", "Arsenault", "Michelle Arsenault", speaker_at="Arsenault said"),
        Q("his hip replacement at the Halifax Infirmary, scheduled for Tuesday, had been cancelled for the second "
          "time this year", "indirect", "Gerald Moutinho", "Gerald Moutinho"),
        Q("“I got a phone call on Sunday night. They said they couldn’t tell me when it would be rebooked,”",
          "direct", "he", "Gerald Moutinho", speaker_at="he said"),
        Q("“running on paper and adrenalin.”", "partial", "One nurse", None),
        Q("hospitals are among the most frequent targets of ransomware in Canada because they cannot afford long "
          "outages", "indirect", "the Canadian Centre for Cyber Security", "Canadian Centre for Cyber Security",
          speaker_at="According to the Canadian Centre for Cyber Security"),
        Q("it would give another update on Tuesday", "indirect", "The health authority", "Maritime Health Network"),
        Q("patients who had not been contacted should assume their appointments were going ahead", "indirect", "It",
          "Maritime Health Network", speaker_at="It said"),
    ], source="blind"),

    # South African paper, curly double quotes; a cricket Test.
    Case("blind2-cricket", """Mokoena century puts Proteas in control at Kingsmead

DURBAN — Sizwe Mokoena marked his return to the Test side with an unbeaten 134 as South Africa reached 342 for four at stumps on the opening day of the second Test against Sri Lanka at Kingsmead on Thursday.

The 35-year-old left-hander, recalled after missing the tour of New Zealand with a hamstring injury, batted through all three sessions and shared a second-wicket stand of 171 with captain Keegan Pillay.

“It’s been a tough year for me, so to get a hundred at my home ground with my family watching means everything,” Mokoena said after play.

The veteran opener said he had spent the winter working on his footwork with batting coach Riaan Botha. “I wasn’t moving my feet, and at this level you get found out very quickly,” he said. “Riaan took me back to basics, and it clicked in the nets straight away.”

His knock went some way towards lifting the so-called “Kingsmead curse”: South Africa had lost their previous three Tests at the ground.

Pillay, who made 78 before he was caught at slip off left-arm spinner Dinesh Rathnayake, said the plan was to bat deep into the second day. “If we can get past 500, we give our spinners something to bowl at,” the captain said.

Sri Lanka struggled for control after a bright start in which Kasun Wijesinghe removed Temba Mahlangu for four in the third over.

“We bowled too short in the first session, and against a player of his quality you pay for it,” Sri Lanka bowling coach Chaminda Perera told reporters.

Perera said that the tourists still believed they could bowl South Africa out for under 400 if they struck early with the second new ball, which is due after seven more overs.

A crowd of 14,200 attended, the biggest for a first day at the venue in a decade, according to stadium officials.""", [
        Q("“It’s been a tough year for me, so to get a hundred at my home ground with my family watching means "
          "everything,”", "direct", "Mokoena", "Sizwe Mokoena", speaker_at="Mokoena said"),
        Q("he had spent the winter working on his footwork with batting coach Riaan Botha", "indirect",
          "The veteran opener", "Sizwe Mokoena"),
        Q("“I wasn’t moving my feet, and at this level you get found out very quickly,”", "direct", "he",
          "Sizwe Mokoena", speaker_at="he said"),
        Q("“Riaan took me back to basics, and it clicked in the nets straight away.”", "direct", "he",
          "Sizwe Mokoena", speaker_at="he said"),
        Q("the plan was to bat deep into the second day", "indirect", "Pillay", "Keegan Pillay",
          speaker_at="Pillay, who made"),
        Q("“If we can get past 500, we give our spinners something to bowl at,”", "direct", "the captain",
          "Keegan Pillay"),
        Q("“We bowled too short in the first session, and against a player of his quality you pay for it,”",
          "direct", "Chaminda Perera", "Chaminda Perera"),
        Q("that the tourists still believed they could bowl South Africa out for under 400 if they struck early with "
          "the second new ball, which is due after seven more overs", "indirect", "Perera", "Chaminda Perera",
          speaker_at="Perera said"),
        Q("A crowd of 14,200 attended, the biggest for a first day at the venue in a decade", "indirect",
          "stadium officials", None),
    ], source="blind"),

    # Singapore paper, curly double quotes; a vaccine rollout.
    Case("blind2-rsv", """Seniors aged 75 and above to get free RSV jabs from July

SINGAPORE – Seniors aged 75 and above will be able to get vaccinated against respiratory syncytial virus (RSV) for free from July 1, the Ministry of Health (MOH) announced on May 14.

The vaccine will be offered at all polyclinics and at general practitioner clinics that are part of the national Healthier SG scheme, MOH said in a statement.

Senior Minister of State for Health Koh Wen Jie said the move would protect those most at risk of severe illness.

“RSV is not just a childhood illness. For older adults, especially those with heart or lung conditions, it can lead to pneumonia and a long stay in hospital,” he said at a community health event in Toa Payoh.

Dr Koh said that about 1,800 seniors are admitted to public hospitals with RSV each year, and that around one in 10 of them need intensive care.

The ministry said it expected about 190,000 seniors to be eligible, and that the programme could be extended to those aged 60 to 74 with chronic conditions next year. The jab is part of MOH’s “Stay Well, Age Well” campaign.

Associate Professor Tan Mei Ling, an infectious diseases physician at Kallang General Hospital, told The Straits Times that the decision was “overdue but very welcome”.

“In past winters, our wards have been full of elderly patients with RSV who were very sick. Many of them did not know there was a vaccine,” she said.

Retiree Wong Siew Lan, 79, said she would book an appointment as soon as slots opened. “Last year I was in hospital for two weeks with a chest infection. I don’t want to go through that again,” said Madam Wong.

One 81-year-old resident, who declined to be named, said she was “not so sure” about having another injection.

Appointments can be booked from June 15 through the HealthHub app, according to MOH.""", [
        Q("Seniors aged 75 and above will be able to get vaccinated against respiratory syncytial virus (RSV) for "
          "free from July 1", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("The vaccine will be offered at all polyclinics and at general practitioner clinics that are part of the "
          "national Healthier SG scheme", "indirect", "MOH", "Ministry of Health", speaker_at="MOH said"),
        Q("the move would protect those most at risk of severe illness", "indirect", "Koh Wen Jie", "Koh Wen Jie"),
        Q("“RSV is not just a childhood illness. For older adults, especially those with heart or lung conditions, "
          "it can lead to pneumonia and a long stay in hospital,”", "direct", "he", "Koh Wen Jie",
          speaker_at="he said at"),
        Q("that about 1,800 seniors are admitted to public hospitals with RSV each year, and that around one in 10 "
          "of them need intensive care", "indirect", "Koh", "Koh Wen Jie", speaker_at="Dr Koh said"),
        Q("it expected about 190,000 seniors to be eligible, and that the programme could be extended to those aged "
          "60 to 74 with chronic conditions next year", "indirect", "The ministry", "Ministry of Health"),
        Q("“overdue but very welcome”", "partial", "Tan Mei Ling", "Tan Mei Ling"),
        Q("“In past winters, our wards have been full of elderly patients with RSV who were very sick. Many of them "
          "did not know there was a vaccine,”", "direct", "she", "Tan Mei Ling", speaker_at="she said."),
        Q("she would book an appointment as soon as slots opened", "indirect", "Wong Siew Lan", "Wong Siew Lan"),
        Q("“Last year I was in hospital for two weeks with a chest infection. I don’t want to go through that "
          "again,”", "direct", "Wong", "Wong Siew Lan", speaker_at="Madam Wong"),
        Q("“not so sure”", "partial", "One 81-year-old resident", None),
        Q("Appointments can be booked from June 15 through the HealthHub app", "indirect", "MOH",
          "Ministry of Health", speaker_at="according to MOH"),
    ], source="blind"),

    # American city paper, straight double quotes; a quote runs on into the next paragraph.
    Case("blind2-mayor", '''Sacramento mayor's race tightens as Ochoa, Greer clash over housing

Two weeks before Election Day, the race to become Sacramento's next mayor is a statistical tie, the Capitol Valley Research Institute said Tuesday. Its latest poll puts City Council member Rosa Ochoa and former county supervisor Brent Greer at 41% each, with 18% of likely voters undecided.

Ochoa, 46, has built her campaign around housing, and she leaned hard into that record at a rally in Oak Park on Saturday.

"For 10 years this city has talked about building housing. I have actually done it," Ochoa told about 300 supporters. "I passed the rezoning that opened up 4,000 new homes along Stockton Boulevard, and I am not done.

"When I am mayor, every neighborhood is going to do its part, not just the ones without political connections."

Greer, 58, said Ochoa's record was "all press releases and no pavement." At a debate Monday hosted by KXVB-TV, he accused her of approving projects that neighbors had fought for years.

"Her plan is density at any cost, and the people who pay that cost are the neighbors who were never asked," Greer said.

The former supervisor also said he would hire 150 police officers in his first two years. Ochoa has called his "Safe Streets First" plan unaffordable without new taxes.

The winner will replace Mayor Daniel Whitaker, who is leaving office after two terms and has not endorsed either candidate.

Political observers said turnout in the city's northern neighborhoods, where Greer is strongest, could decide the race.

Roberta Finch, a retired teacher from Land Park, said she still had not made up her mind. "I like that Rosa gets things done, but I worry about what happens to my street," she said.

Early voting begins Monday at 12 vote centers across the city.''', [
        Q("the race to become Sacramento's next mayor is a statistical tie", "indirect",
          "the Capitol Valley Research Institute", "Capitol Valley Research Institute"),
        Q('"For 10 years this city has talked about building housing. I have actually done it,"', "direct", "Ochoa",
          "Rosa Ochoa", speaker_at="Ochoa told"),
        Q('"I passed the rezoning that opened up 4,000 new homes along Stockton Boulevard, and I am not done.',
          "direct", "Ochoa", "Rosa Ochoa", speaker_at="Ochoa told"),
        Q('"When I am mayor, every neighborhood is going to do its part, not just the ones without political '
          'connections."', "direct", "Ochoa", "Rosa Ochoa", speaker_at="Ochoa told"),
        Q('"all press releases and no pavement."', "partial", "Greer", "Brent Greer", speaker_at="Greer, 58, said"),
        Q('"Her plan is density at any cost, and the people who pay that cost are the neighbors who were never '
          'asked,"', "direct", "Greer", "Brent Greer", speaker_at="Greer said"),
        Q("he would hire 150 police officers in his first two years", "indirect", "The former supervisor",
          "Brent Greer"),
        Q("turnout in the city's northern neighborhoods, where Greer is strongest, could decide the race",
          "indirect", "Political observers", None),
        Q("she still had not made up her mind", "indirect", "Roberta Finch", "Roberta Finch"),
        Q('"I like that Rosa gets things done, but I worry about what happens to my street,"', "direct", "she",
          "Roberta Finch", speaker_at="she said"),
    ], source="blind"),

    # Nigerian paper, curly double quotes; a motion in the House of Representatives.
    Case("blind2-schools", """Reps urge FG to reopen 400 schools shut over insecurity

ABUJA — The House of Representatives on Tuesday urged the Federal Government to take urgent steps to reopen more than 400 schools shut across five northern states following attacks by armed bandits.

The resolution followed a motion of urgent public importance moved by Hon. Musa Garba Dutsinma (APC, Katsina).

Moving the motion, Dutsinma said that more than 180,000 pupils had been out of school for at least four months, many of them girls.

“Every day these children stay at home, we are handing them over to the same people who chased them out of their classrooms,” the lawmaker said. “We cannot keep closing schools and calling it security.”

Contributing to the debate, Hon. Blessing Onuoha (PDP, Imo) said the closures were “a national emergency, not a northern problem” and called for a special intervention fund.

The House mandated its Committee on Basic Education to meet the Minister of Education and the affected state governors and report back within four weeks.

The Minister of Education, Prof. Adamu Kurfi, was quoted as saying on Monday that the government would “not abandon a single child” to criminals. Officials of the ministry said the federal “Learn Without Fear” programme would be expanded to 12 more states.

The National Union of Public School Teachers (NUPST) said many of its members in the affected areas had not been paid since the closures. In a statement signed by its General Secretary, Comrade Ifeanyi Okafor, the union said teachers were being “punished for the failures of government”.

“Teachers are not soldiers. You cannot ask them to go back into communities where their colleagues were abducted without protection,” it added.

A parent in Tsafe, Zamfara State, who pleaded anonymity, told our correspondent: “My two daughters have not opened a book since March. We are farmers; we cannot afford private school in Gusau.”""", [
        Q("that more than 180,000 pupils had been out of school for at least four months, many of them girls",
          "indirect", "Dutsinma", "Musa Garba Dutsinma", speaker_at="Dutsinma said"),
        Q("“Every day these children stay at home, we are handing them over to the same people who chased them out "
          "of their classrooms,”", "direct", "the lawmaker", "Musa Garba Dutsinma"),
        Q("“We cannot keep closing schools and calling it security.”", "direct", "the lawmaker",
          "Musa Garba Dutsinma"),
        Q("“a national emergency, not a northern problem”", "partial", "Blessing Onuoha", "Blessing Onuoha"),
        Q("“not abandon a single child”", "partial", "Adamu Kurfi", "Adamu Kurfi"),
        Q("the federal “Learn Without Fear” programme would be expanded to 12 more states", "indirect",
          "Officials of the ministry", None),
        Q("many of its members in the affected areas had not been paid since the closures", "indirect",
          "The National Union of Public School Teachers", "National Union of Public School Teachers"),
        Q("“punished for the failures of government”", "partial", "the union", "National Union of Public School Teachers"),
        Q("“Teachers are not soldiers. You cannot ask them to go back into communities where their colleagues were "
          "abducted without protection,”", "direct", "it", "National Union of Public School Teachers",
          speaker_at="it added"),
        Q("“My two daughters have not opened a book since March. We are farmers; we cannot afford private school in "
          "Gusau.”", "direct", "A parent", None),
    ], source="blind"),

    # Trade wire, straight double quotes; a tech layoff.
    Case("blind2-layoffs", '''Corvana Systems to cut 1,900 jobs as it shifts spending to AI infrastructure

AUSTIN, Texas, Feb. 11 (TechTrade Wire) -- Corvana Systems said on Tuesday it would cut about 1,900 jobs, or roughly 12% of its workforce, as the enterprise software maker redirects spending toward artificial intelligence infrastructure.

The Austin-based company said in a regulatory filing that it expected restructuring charges of $210 million to $240 million, mostly in the first quarter.

"We are making these changes from a position of strength, not weakness," Chief Executive Priya Raghunathan wrote in a memo to staff seen by TechTrade Wire, "but the market has moved, and we have to move with it."

Raghunathan said affected employees in the United States would receive at least 16 weeks of base pay and six months of health coverage.

Corvana, whose flagship "Harbor" data platform is used by more than 6,000 companies, has been under pressure from activist investors to lift margins. Its shares rose 4.8% to $71.30 in early trading.

"The cuts were widely expected, and the market likes the discipline," said Marisa Feld, an analyst at Hollis & Crane Research. "The harder question is whether they can actually ship AI products that customers will pay for."

Feld said the company had been slow to respond to cloud-native rivals over the past two years.

Several employees wrote on LinkedIn that they had learned of the layoffs when their laptops were locked before dawn on Tuesday. A company spokesperson said shutting off access ahead of notification was "standard practice for security reasons."

It also said it would keep its Austin headquarters and expected to add about 400 AI engineering roles by the end of the year.

The reductions follow 800 job cuts at Corvana in 2023 and come as software makers from Seattle to Bangalore trim staff to pay for data centers and specialized chips.

--Reporting by Nadia Brennan, TechTrade Wire; editing by Carl Oduya''', [
        Q("it would cut about 1,900 jobs, or roughly 12% of its workforce", "indirect", "Corvana Systems",
          "Corvana Systems", speaker_at="Corvana Systems said"),
        Q("that it expected restructuring charges of $210 million to $240 million, mostly in the first quarter",
          "indirect", "The Austin-based company", "Corvana Systems"),
        Q('"We are making these changes from a position of strength, not weakness,"', "direct",
          "Priya Raghunathan", "Priya Raghunathan"),
        Q('"but the market has moved, and we have to move with it."', "direct", "Priya Raghunathan",
          "Priya Raghunathan"),
        Q("affected employees in the United States would receive at least 16 weeks of base pay and six months of "
          "health coverage", "indirect", "Raghunathan", "Priya Raghunathan", speaker_at="Raghunathan said"),
        Q('"The cuts were widely expected, and the market likes the discipline,"', "direct", "Marisa Feld",
          "Marisa Feld"),
        Q('"The harder question is whether they can actually ship AI products that customers will pay for."',
          "direct", "Marisa Feld", "Marisa Feld"),
        Q("the company had been slow to respond to cloud-native rivals over the past two years", "indirect", "Feld",
          "Marisa Feld", speaker_at="Feld said"),
        Q("that they had learned of the layoffs when their laptops were locked before dawn on Tuesday", "indirect",
          "Several employees", None),
        Q('"standard practice for security reasons."', "partial", "A company spokesperson", None),
        Q("it would keep its Austin headquarters and expected to add about 400 AI engineering roles by the end of "
          "the year", "indirect", "It", "Corvana Systems", speaker_at="It also said"),
    ], source="blind"),

    # Entertainment, British style with straight single quotes.
    Case("blind2-festival", """Driftwood Festival cancelled days before opening as ticket sales slump

Organisers have cancelled this year's Driftwood Festival, the three-day music event near Croyde in north Devon, less than a week before the gates were due to open.

The festival, which was to have been headlined by indie band The Salt Marsh Kids and singer-songwriter Ellie Tranter, said in a statement on Instagram that it had sold fewer than half of its 12,000 tickets.

'We have fought until the very last minute to make this happen, and we are devastated to let you down,' it said. 'Rising costs for staging, security and insurance have made it impossible to carry on.'

Ticket holders will receive full refunds within 14 days, it added.

The Salt Marsh Kids said they were 'heartbroken' and would announce a replacement show in the South West. 'We'll be back, Devon,' they wrote on X.

Tranter, 27, whose debut album 'Paper Lanterns' reached number six in the charts last year, posted a video apologising to fans. 'Gutted doesn't even cover it,' the singer said. 'I'll make it up to you, I promise.'

Selina Hardcastle MP, whose constituency includes Croyde, called the cancellation 'a real blow' for the cafes, campsites and surf schools that had been counting on the festival weekend.

According to the Independent Festivals Alliance, 38 UK festivals have been cancelled or postponed so far this year, most of them blaming costs.

The IFA's chief executive, Jonathan Rourke, said: 'This is not about one event. The whole grassroots festival sector is on its knees, and without help on VAT we will lose many more.'

'We found out from a friend's WhatsApp. Nobody emailed us,' said one fan, who had bought four weekend tickets for her family and booked a campsite pitch nearby.

Driftwood, first held in 2011, had drawn crowds of up to 10,000 in recent years.""", [
        Q("that it had sold fewer than half of its 12,000 tickets", "indirect", "The festival", "Driftwood Festival"),
        Q("'We have fought until the very last minute to make this happen, and we are devastated to let you down,'",
          "direct", "it", "Driftwood Festival", speaker_at="it said."),
        Q("'Rising costs for staging, security and insurance have made it impossible to carry on.'", "direct", "it",
          "Driftwood Festival", speaker_at="it said."),
        Q("Ticket holders will receive full refunds within 14 days", "indirect", "it", "Driftwood Festival",
          speaker_at="it added"),
        Q("'heartbroken'", "partial", "The Salt Marsh Kids", "Salt Marsh Kids",
          speaker_at="The Salt Marsh Kids said"),
        Q("'We'll be back, Devon,'", "direct", "they", "Salt Marsh Kids", speaker_at="they wrote"),
        Q("'Gutted doesn't even cover it,'", "direct", "the singer", "Ellie Tranter"),
        Q("'I'll make it up to you, I promise.'", "direct", "the singer", "Ellie Tranter"),
        Q("'a real blow'", "partial", "Selina Hardcastle", "Selina Hardcastle"),
        Q("38 UK festivals have been cancelled or postponed so far this year, most of them blaming costs", "indirect",
          "the Independent Festivals Alliance", "Independent Festivals Alliance"),
        Q("'This is not about one event. The whole grassroots festival sector is on its knees, and without help on "
          "VAT we will lose many more.'", "direct", "Jonathan Rourke", "Jonathan Rourke"),
        Q("'We found out from a friend's WhatsApp. Nobody emailed us,'", "direct", "one fan", None),
    ], source="blind"),
]
