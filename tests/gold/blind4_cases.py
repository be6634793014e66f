"""Blind gold, fourth set: articles written without reading the rules or the other sets.

Fourteen short articles in varied house styles and regions (AP, Reuters and AFP
wire copy, a Welsh paper, an Australian regional paper, Ghanaian, Indian, Hong
Kong and Gulf papers, a Latin American story, US politics, a medical journal
news piece, an arts item, an athletics report, a courts story). Straight and
curly double quotes; two articles use single quotes; one has an odd number of
quotation marks. Titles and scare quotes that nobody says carry no Q. See
build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind4-ransomware", """Ransomware attack cripples Toledo city services

TOLEDO, Ohio (AP) \u2014 A ransomware attack has knocked out computer systems across Toledo's city government, forcing officials to take payments in cash and dispatch police calls by radio, Mayor Dana Whitcombe said Tuesday.

"We are not going to pay these criminals," Whitcombe told reporters outside City Hall. "Not one cent."

The attack was discovered early Sunday when employees at the water department found their files encrypted and a ransom note on their screens, according to Marcus Bell, the city's chief information officer. Bell said the city had shut down its network "out of an abundance of caution" and that there was no evidence so far that residents' bank details had been stolen.

A group calling itself "BlackHarbor" claimed responsibility on a dark web site on Monday. The FBI said it was aware of the incident and was working with the city, but declined to comment further.

Water and emergency services were still running, the mayor said. Court hearings have been postponed, and the public library system is offline.

"It's like going back to 1985," said Carla Ruiz, a clerk at the municipal court, who spent Monday writing receipts by hand. "Everything takes three times as long."

City Council member Raymond Okafor warned that the attack should be "a wake-up call" for cities that had put off replacing aging software. He said Toledo had spent less than 2% of its technology budget on security last year.

Nadia Feld, a threat analyst at the cybersecurity firm Sentinel Grove, said attacks on local governments had risen sharply since 2022.

"Cities are soft targets," she said. "They hold a lot of sensitive data, and they often can't afford the people to protect it."

Officials did not say when systems would be fully restored. Residents were asked to pay water bills in person at the Government Center until further notice.""", [
        Q("A ransomware attack has knocked out computer systems across Toledo's city government, forcing officials to "
          "take payments in cash and dispatch police calls by radio", "indirect", "Dana Whitcombe", "Dana Whitcombe"),
        Q('"We are not going to pay these criminals,"', "direct", "Whitcombe", "Dana Whitcombe",
          speaker_at="Whitcombe told"),
        Q('"Not one cent."', "direct", "Whitcombe", "Dana Whitcombe", speaker_at="Whitcombe told"),
        Q("The attack was discovered early Sunday when employees at the water department found their files encrypted "
          "and a ransom note on their screens", "indirect", "Marcus Bell", "Marcus Bell"),
        Q('"out of an abundance of caution"', "partial", "Bell", "Marcus Bell", speaker_at="Bell said"),
        Q("that there was no evidence so far that residents' bank details had been stolen", "indirect", "Bell",
          "Marcus Bell", speaker_at="Bell said"),
        Q("it was aware of the incident and was working with the city", "indirect", "The FBI", "FBI"),
        Q("Water and emergency services were still running", "indirect", "the mayor", "Dana Whitcombe"),
        Q('"It\'s like going back to 1985,"', "direct", "Carla Ruiz", "Carla Ruiz"),
        Q('"Everything takes three times as long."', "direct", "Carla Ruiz", "Carla Ruiz"),
        Q('"a wake-up call"', "partial", "Raymond Okafor", "Raymond Okafor"),
        Q("Toledo had spent less than 2% of its technology budget on security last year", "indirect", "He",
          "Raymond Okafor", speaker_at="He said Toledo"),
        Q("attacks on local governments had risen sharply since 2022", "indirect", "Nadia Feld", "Nadia Feld"),
        Q('"Cities are soft targets,"', "direct", "she", "Nadia Feld", speaker_at="she said"),
        Q('"They hold a lot of sensitive data, and they often can\'t afford the people to protect it."', "direct",
          "she", "Nadia Feld", speaker_at="she said"),
    ], source="blind"),

    Case("blind4-collision", """Container ship and tanker collide off Singapore, fuel oil leaks into strait

SINGAPORE, March 4 (Reuters) - A container ship and a fuel tanker collided in the Singapore Strait early on Tuesday, spilling oil into one of the world's busiest shipping lanes, the Maritime and Port Authority of Singapore said.

No crew members were injured, the MPA said in a statement, adding that the Liberia-flagged container ship Orient Pearl had struck the anchored tanker Sea Lotus about 3.5 nautical miles south of Sentosa island at around 2:15 a.m. local time (1815 GMT on Monday).

The authority said that an estimated 40 tonnes of low-sulphur fuel oil had leaked from a damaged cargo tank and that the leak had since been contained. It said it had deployed four oil-recovery vessels and asked ships in the area to keep a sharp lookout and reduce speed.

"The priority now is to stop the oil from reaching the shoreline," said Captain Lim Wei Jie, the MPA's director of port operations. "We have boomed off the tanker and our teams will work through the night."

Kestrel Lines, the Hamburg-based operator of the Orient Pearl, said it was cooperating fully with the investigation. A spokeswoman for the company declined to say how fast the ship had been travelling at the time.

Traffic through the strait was largely unaffected, according to LSEG ship-tracking data.

Environmental group Reef Watch Singapore warned the spill could harm coral reefs around the Southern Islands, which it described as "among the last healthy reefs we have left".

"Forty tonnes sounds small next to the big spills, but these waters are shallow and the reefs are close," said marine biologist Chua Hui Min of the National University of Singapore. She said beaches on Sentosa might have to close for several days.

The collision is the second involving a tanker in the strait this year.

(Reporting by Rachel Tan; Editing by Martin Petty)""", [
        Q("A container ship and a fuel tanker collided in the Singapore Strait early on Tuesday, spilling oil into one "
          "of the world's busiest shipping lanes", "indirect", "the Maritime and Port Authority of Singapore",
          "Maritime and Port Authority of Singapore"),
        Q("No crew members were injured", "indirect", "the MPA", "Maritime and Port Authority of Singapore",
          speaker_at="the MPA said"),
        Q("that the Liberia-flagged container ship Orient Pearl had struck the anchored tanker Sea Lotus about 3.5 "
          "nautical miles south of Sentosa island at around 2:15 a.m. local time (1815 GMT on Monday)", "indirect",
          "the MPA", "Maritime and Port Authority of Singapore", speaker_at="the MPA said"),
        Q("that an estimated 40 tonnes of low-sulphur fuel oil had leaked from a damaged cargo tank and that the leak "
          "had since been contained", "indirect", "The authority", "Maritime and Port Authority of Singapore"),
        Q("it had deployed four oil-recovery vessels and asked ships in the area to keep a sharp lookout and reduce "
          "speed", "indirect", "It", "Maritime and Port Authority of Singapore", speaker_at="It said it had"),
        Q('"The priority now is to stop the oil from reaching the shoreline,"', "direct", "Lim Wei Jie",
          "Lim Wei Jie"),
        Q('"We have boomed off the tanker and our teams will work through the night."', "direct", "Lim Wei Jie",
          "Lim Wei Jie"),
        Q("it was cooperating fully with the investigation", "indirect", "Kestrel Lines", "Kestrel Lines",
          speaker_at="Kestrel Lines, the"),
        Q("Traffic through the strait was largely unaffected", "indirect", "LSEG ship-tracking data", None),
        Q("the spill could harm coral reefs around the Southern Islands", "indirect", "Reef Watch Singapore",
          "Reef Watch Singapore"),
        Q('"among the last healthy reefs we have left"', "partial", "it", "Reef Watch Singapore",
          speaker_at="which it described"),
        Q('"Forty tonnes sounds small next to the big spills, but these waters are shallow and the reefs are close,"',
          "direct", "Chua Hui Min", "Chua Hui Min"),
        Q("beaches on Sentosa might have to close for several days", "indirect", "She", "Chua Hui Min",
          speaker_at="She said"),
    ], source="blind"),

    Case("blind4-quake", """Strong quake hits southern Albania, at least nine dead

Tirana (AFP) \u2013 A magnitude 6.1 earthquake struck southern Albania before dawn on Friday, killing at least nine people and leaving hundreds homeless, officials said, as rescuers dug through rubble in the town of P\u00ebrmet.

The quake hit at 4:12 am (0312 GMT) at a depth of 10 kilometres, according to the European-Mediterranean Seismological Centre (EMSC).

\u201cWe heard a roar like a train and then everything was shaking,\u201d said Arben Hoxha, 63, standing outside his cracked two-storey house with a blanket over his shoulders. \u201cMy wife and I ran out in our pyjamas. The neighbours were not so lucky.\u201d

Interior Minister Elira Dervishi told AFP that nine bodies had been recovered and 74 people treated in hospital, most of them for cuts and broken bones.

\u201cThe numbers may rise. There are still people we have not reached,\u201d the minister said. \u201cOur teams will not stop until every building has been searched.

\u201cI ask everyone to stay away from damaged houses, even if they look safe from the outside.\u201d

Prime Minister Besnik Kola, who flew to the area by helicopter, declared a 30-day state of emergency in the districts of P\u00ebrmet and Tepelen\u00eb. He called the disaster \u201ca wound for the whole nation\u201d and promised that the state would rebuild every destroyed home.

Greece and Italy offered to send rescue teams, and the European Union said it had activated its civil protection mechanism.

Seismologist Fatos Lleshi of the Polytechnic University of Tirana said aftershocks were likely to continue for weeks. \u201cPeople should not sleep in damaged buildings,\u201d he warned.

Albania sits on one of the most active fault zones in Europe. In November 2019, a magnitude 6.4 quake near the port city of Durr\u00ebs killed 51 people and left thousands homeless.

bur-fh/js""", [
        Q("A magnitude 6.1 earthquake struck southern Albania before dawn on Friday, killing at least nine people and "
          "leaving hundreds homeless", "indirect", "officials", None),
        Q("The quake hit at 4:12 am (0312 GMT) at a depth of 10 kilometres", "indirect",
          "the European-Mediterranean Seismological Centre", "European-Mediterranean Seismological Centre"),
        Q("\u201cWe heard a roar like a train and then everything was shaking,\u201d", "direct", "Arben Hoxha",
          "Arben Hoxha"),
        Q("\u201cMy wife and I ran out in our pyjamas. The neighbours were not so lucky.\u201d", "direct",
          "Arben Hoxha", "Arben Hoxha"),
        Q("that nine bodies had been recovered and 74 people treated in hospital, most of them for cuts and broken "
          "bones", "indirect", "Elira Dervishi", "Elira Dervishi"),
        Q("\u201cThe numbers may rise. There are still people we have not reached,\u201d", "direct", "the minister",
          "Elira Dervishi"),
        Q("\u201cOur teams will not stop until every building has been searched.", "direct", "the minister",
          "Elira Dervishi"),
        Q("\u201cI ask everyone to stay away from damaged houses, even if they look safe from the outside.\u201d",
          "direct", "the minister", "Elira Dervishi"),
        Q("\u201ca wound for the whole nation\u201d", "partial", "He", "Besnik Kola", speaker_at="He called"),
        Q("that the state would rebuild every destroyed home", "indirect", "He", "Besnik Kola",
          speaker_at="He called"),
        Q("it had activated its civil protection mechanism", "indirect", "the European Union", "European Union"),
        Q("aftershocks were likely to continue for weeks", "indirect", "Fatos Lleshi", "Fatos Lleshi"),
        Q("\u201cPeople should not sleep in damaged buildings,\u201d", "direct", "he", "Fatos Lleshi",
          speaker_at="he warned"),
    ], source="blind"),

    Case("blind4-strike", """Lecturers at Severnside University walk out over 240 job cuts

Lecturers at Severnside University have begun a five-day strike over plans to cut 240 jobs, with picket lines set up at the Newport and Pontypridd campuses from 7am on Monday.

The University and College Union (UCU) says the cuts would leave some departments 'unable to teach the courses students have already paid for'.

Dr Si\u00e2n Prydderch, president of the Severnside UCU branch, said: 'Nobody wants to be standing in the rain outside their own classroom. But management have given us no choice.

'They are asking the people who hold this university together to pay for decisions made in the boardroom.'

Severnside's vice-chancellor, Professor Gareth Llewellyn CBE, insisted the savings were unavoidable. In a message to staff seen by this paper, he wrote that the university faced a \u00a331m deficit and that 'doing nothing is not an option'.

Llewellyn added that he remained 'open to talks at any time'.

A university spokesman said contingency plans were in place and that 'the vast majority' of lectures and seminars would go ahead as normal.

Students on the picket line at Newport were largely supportive. 'My lecturer has been brilliant, I'd rather lose a week now than lose her for good,' said Cerys Watkins, a second-year nursing student from Caerphilly.

The union says modern languages and music are among the hardest-hit subjects, and has warned of 'a slow death' for Welsh-medium teaching at the university.

Education Secretary Huw Pennant told the Senedd on Tuesday that he had asked Medr, the body that funds higher education in Wales, for 'urgent clarity' on the university's finances.

'I will not stand by while a Welsh institution is run into the ground,' he said.

The strike is due to end on Friday. The union has not ruled out further action during the summer exam period.""", [
        Q("'unable to teach the courses students have already paid for'", "partial",
          "The University and College Union", "University and College Union"),
        Q("'Nobody wants to be standing in the rain outside their own classroom. But management have given us no "
          "choice.", "direct", "Si\u00e2n Prydderch", "Si\u00e2n Prydderch"),
        Q("'They are asking the people who hold this university together to pay for decisions made in the "
          "boardroom.'", "direct", "Si\u00e2n Prydderch", "Si\u00e2n Prydderch"),
        Q("the savings were unavoidable", "indirect", "Gareth Llewellyn", "Gareth Llewellyn"),
        Q("that the university faced a \u00a331m deficit", "indirect", "he", "Gareth Llewellyn",
          speaker_at="he wrote"),
        Q("'doing nothing is not an option'", "partial", "he", "Gareth Llewellyn", speaker_at="he wrote"),
        Q("'open to talks at any time'", "partial", "Llewellyn", "Gareth Llewellyn", speaker_at="Llewellyn added"),
        Q("contingency plans were in place", "indirect", "A university spokesman", None),
        Q("'the vast majority'", "partial", "A university spokesman", None),
        Q("'My lecturer has been brilliant, I'd rather lose a week now than lose her for good,'", "direct",
          "Cerys Watkins", "Cerys Watkins"),
        Q("modern languages and music are among the hardest-hit subjects", "indirect", "The union",
          "University and College Union", speaker_at="The union says modern"),
        Q("'a slow death'", "partial", "The union", "University and College Union",
          speaker_at="The union says modern"),
        Q("'urgent clarity'", "partial", "Huw Pennant", "Huw Pennant"),
        Q("'I will not stand by while a Welsh institution is run into the ground,'", "direct", "he", "Huw Pennant",
          speaker_at="he said"),
    ], source="blind"),

    Case("blind4-panda", """Red panda on the run after storm flattens enclosure

A red panda is on the loose in Tamworth\u2019s north after a falling tree flattened part of its enclosure at Mandalong Wildlife Park on Sunday night.

Keepers found the enclosure empty at 6.30am on Monday and have spent two days searching bushland and backyards along Moonbi Road.

Park director Kylie Brennan said the four-year-old male, named Bao, was not dangerous but was likely to be frightened and hungry.

\u201cHe\u2019s a shy little fella and he won\u2019t come near people if he can help it,\u201d Ms Brennan said. \u201cIf you see him, please don\u2019t try to catch him. Just ring us and keep an eye on where he goes.\u201d

She said keepers had set up feeding stations with bamboo and apples along the creek line.

Red pandas are listed as endangered, with fewer than 10,000 thought to remain in the wild, according to the International Union for Conservation of Nature.

Moonbi Road resident Trevor Hollis told the Leader he thought he had spotted Bao in a gum tree on Tuesday morning.

\u201cI looked up and there was this little orange face staring down at me,\u201d the 71-year-old said. \u201cBy the time I got my glasses he was gone.\u201d

Tamworth Regional Council said in a statement it was helping with the search and had asked residents to keep dogs inside at night.

Dr Priya Nandakumar, a veterinarian at the park, said red pandas could survive for some time in the bush but Bao would need a full check-up when he was found.

\u201cThe longer he\u2019s out, the more we worry about dogs and cars,\u201d she said.

The park, which reopened last year after being closed by bushfire smoke, described the escape as \u201ca very unlucky combination of wind and a very old tree\u201d and said it would review the trees around all of its enclosures.

Anyone who sees the red panda should call the park on 6760 1234.""", [
        Q("the four-year-old male, named Bao, was not dangerous but was likely to be frightened and hungry",
          "indirect", "Kylie Brennan", "Kylie Brennan"),
        Q("\u201cHe\u2019s a shy little fella and he won\u2019t come near people if he can help it,\u201d", "direct",
          "Brennan", "Kylie Brennan", speaker_at="Ms Brennan said"),
        Q("\u201cIf you see him, please don\u2019t try to catch him. Just ring us and keep an eye on where he goes.\u201d",
          "direct", "Brennan", "Kylie Brennan", speaker_at="Ms Brennan said"),
        Q("keepers had set up feeding stations with bamboo and apples along the creek line", "indirect", "She",
          "Kylie Brennan", speaker_at="She said keepers"),
        Q("Red pandas are listed as endangered, with fewer than 10,000 thought to remain in the wild", "indirect",
          "the International Union for Conservation of Nature", "International Union for Conservation of Nature"),
        Q("he thought he had spotted Bao in a gum tree on Tuesday morning", "indirect", "Trevor Hollis",
          "Trevor Hollis"),
        Q("\u201cI looked up and there was this little orange face staring down at me,\u201d", "direct",
          "the 71-year-old", "Trevor Hollis"),
        Q("\u201cBy the time I got my glasses he was gone.\u201d", "direct", "the 71-year-old", "Trevor Hollis"),
        Q("it was helping with the search and had asked residents to keep dogs inside at night", "indirect",
          "Tamworth Regional Council", "Tamworth Regional Council"),
        Q("red pandas could survive for some time in the bush but Bao would need a full check-up when he was found",
          "indirect", "Priya Nandakumar", "Priya Nandakumar"),
        Q("\u201cThe longer he\u2019s out, the more we worry about dogs and cars,\u201d", "direct", "she",
          "Priya Nandakumar", speaker_at="she said"),
        Q("\u201ca very unlucky combination of wind and a very old tree\u201d", "partial", "The park",
          "Mandalong Wildlife Park", speaker_at="The park, which"),
        Q("it would review the trees around all of its enclosures", "indirect", "The park",
          "Mandalong Wildlife Park", speaker_at="The park, which"),
    ], source="blind"),

    Case("blind4-trial", """Ex-roads authority director tells court he approved GH\u00a246m on superiors\u2019 orders

A former director of the Rural Roads Development Authority (RRDA), Mr Kofi Asamoah-Boateng, yesterday told an Accra High Court that he approved payments of GH\u00a246 million to three contractors "on the instructions of my superiors".

Asamoah-Boateng, who is standing trial with two others on 14 counts including conspiracy to commit crime, wilfully causing financial loss to the State and money laundering, was being cross-examined by the Office of the Special Prosecutor (OSP).

Asked by the Deputy Special Prosecutor, Mrs Abena Frimpong-Manso, why the payments were made before any work had been done, the accused said the authority's board had approved "advance mobilisation" for the contractors.

"I did not invent this procedure. It was there before I came and it was there after I left," he told the court, presided over by Justice Edmund Tetteh-Larbi.

Mrs Frimpong-Manso put it to him that two of the companies were registered only weeks before the contracts were signed, and that one of them shared an address with his brother-in-law.

"That is not correct, my Lord," the 52-year-old replied. "I did not know the directors of those companies."

The OSP alleges that the roads, in the Oti and Savannah regions, were never built. It says investigators visited all 17 sites listed in the contracts and found that work had started at only two.

Counsel for the accused, Mr Yaw Darko-Mensah, told journalists after the hearing that his client was "a scapegoat" for decisions taken by others.

"We are confident the court will see the full picture," he added.

The two other accused persons, a contractor and a former RRDA procurement officer, have also pleaded not guilty. All three are on bail.

Justice Tetteh-Larbi adjourned the case to June 12 for continuation of cross-examination.

The trial is one of several corruption cases brought by the OSP since the office was set up in 2018.""", [
        Q('"on the instructions of my superiors"', "partial", "Kofi Asamoah-Boateng", "Kofi Asamoah-Boateng"),
        Q('"advance mobilisation"', "partial", "the accused", "Kofi Asamoah-Boateng",
          speaker_at="the accused said"),
        Q('"I did not invent this procedure. It was there before I came and it was there after I left,"', "direct",
          "he", "Kofi Asamoah-Boateng", speaker_at="he told the court"),
        Q("that two of the companies were registered only weeks before the contracts were signed, and that one of them "
          "shared an address with his brother-in-law", "indirect", "Frimpong-Manso", "Abena Frimpong-Manso",
          speaker_at="Mrs Frimpong-Manso put"),
        Q('"That is not correct, my Lord,"', "direct", "the 52-year-old", "Kofi Asamoah-Boateng"),
        Q('"I did not know the directors of those companies."', "direct", "the 52-year-old", "Kofi Asamoah-Boateng"),
        Q("that the roads, in the Oti and Savannah regions, were never built", "indirect", "The OSP",
          "Office of the Special Prosecutor", speaker_at="The OSP alleges"),
        Q("investigators visited all 17 sites listed in the contracts and found that work had started at only two",
          "indirect", "It", "Office of the Special Prosecutor", speaker_at="It says"),
        Q('"a scapegoat"', "partial", "Yaw Darko-Mensah", "Yaw Darko-Mensah"),
        Q('"We are confident the court will see the full picture,"', "direct", "he", "Yaw Darko-Mensah",
          speaker_at="he added"),
    ], source="blind"),

    Case("blind4-metro", """Indore Metro\u2019s Purple Line opens; over 40,000 take first-day rides

INDORE: More than 40,000 passengers travelled on the newly opened Purple Line of the Indore Metro on Sunday, the first day of commercial operations, according to Madhya Pradesh Metro Rail Corporation Limited (MPMRCL).

The 17.5-km elevated corridor connects Radisson Square with Devi Ahilyabai Holkar Airport through 16 stations and is expected to cut travel time across the city by nearly an hour at peak hours.

Flagging off the first train from Radisson Square station, Union Minister for Housing and Urban Affairs Rajendra Prasad Kulkarni said the line was \u201ca gift to the people of Indore on the eve of Makar Sankranti\u201d.

\u201cWhen this project was announced, people said it would never be completed. Today the metro is running,\u201d the minister said, adding that work on the second corridor, to Rajwada, would begin by March.

State urban administration minister Hemant Solanki was quoted by a local news channel as saying that fares had been kept \u201cdeliberately low so that students and daily wage workers can afford it. The corporation\u2019s \u201cMetro for All\u201d campaign offers a 20 per cent discount to card users for the first three months.

Commuters were largely enthusiastic. \u201cI used to spend 70 minutes on the bus to reach my college. Today it took me 25,\u201d said Ananya Joshi, a second-year engineering student.

Some passengers, however, complained about long queues at ticket counters and the lack of parking near stations. Ramesh Patidar, a shopkeeper in Vijay Nagar, said the smart-card machines at his station were not working for most of the morning.

MPMRCL managing director S. Raghunathan said the corporation would add more counters and that QR-code tickets on WhatsApp would be launched within a month. He said trains would run every 10 minutes between 6 a.m. and 10 p.m. on weekdays.

The project, approved in 2018, has cost about \u20b97,500 crore so far. Fares on the Purple Line range from \u20b910 to \u20b940.""", [
        Q("More than 40,000 passengers travelled on the newly opened Purple Line of the Indore Metro on Sunday, the "
          "first day of commercial operations", "indirect", "Madhya Pradesh Metro Rail Corporation Limited",
          "Madhya Pradesh Metro Rail Corporation Limited"),
        Q("\u201ca gift to the people of Indore on the eve of Makar Sankranti\u201d", "partial",
          "Rajendra Prasad Kulkarni", "Rajendra Prasad Kulkarni"),
        Q("\u201cWhen this project was announced, people said it would never be completed. Today the metro is "
          "running,\u201d", "direct", "the minister", "Rajendra Prasad Kulkarni"),
        Q("that work on the second corridor, to Rajwada, would begin by March", "indirect", "the minister",
          "Rajendra Prasad Kulkarni"),
        Q("\u201cdeliberately low so that students and daily wage workers can afford it.", "partial", "Hemant Solanki",
          "Hemant Solanki"),
        Q("\u201cI used to spend 70 minutes on the bus to reach my college. Today it took me 25,\u201d", "direct",
          "Ananya Joshi", "Ananya Joshi"),
        Q("the smart-card machines at his station were not working for most of the morning", "indirect",
          "Ramesh Patidar", "Ramesh Patidar"),
        Q("the corporation would add more counters and that QR-code tickets on WhatsApp would be launched within a "
          "month", "indirect", "S. Raghunathan", "S. Raghunathan"),
        Q("trains would run every 10 minutes between 6 a.m. and 10 p.m. on weekdays", "indirect", "He",
          "S. Raghunathan", speaker_at="He said trains"),
    ], source="blind"),

    Case("blind4-mpf", """Unions slam plan to raise MPF withdrawal age to 67

The government\u2019s proposal to gradually raise the age at which workers can withdraw their Mandatory Provident Fund savings from 65 to 67 has drawn fierce criticism from labour groups, who called it \u2018a betrayal of the grassroots\u2019.

Secretary for Financial Services and the Treasury Vincent Lau Chi-keung unveiled the plan at the Legislative Council yesterday, saying the change was needed because Hongkongers are living longer than ever.

\u2018A worker retiring at 65 today can expect to live another 22 years,\u2019 Lau told lawmakers. \u2018Many of them will outlive their savings. We have to face that reality.\u2019

The Mandatory Provident Fund Schemes Authority said in a paper submitted to the Legco financial affairs panel that the median MPF balance of members aged 60 to 64 was about HK$310,000. The MPFA estimated that two extra years of contributions and investment returns could raise that figure by around 12 per cent.

The authority will also relaunch its \u2018Retire Smart\u2019 education campaign next month.

Chan Mei-ling, chairwoman of the Hong Kong Workers\u2019 Alliance, said the plan would hit manual labourers hardest.

\u2018Construction workers and cleaners cannot keep working until 67. Their bodies are finished long before that,\u2019 she said.

Legislator Dr Ho Kwok-wing warned that the change would push more elderly people onto the Comprehensive Social Security Assistance scheme, costing the government more in the long run.

Under the proposal, the withdrawal age would rise by six months every two years from 2027, reaching 67 in 2033. Early withdrawal on grounds of terminal illness, permanent departure from Hong Kong or total incapacity would remain.

Lau insisted that workers with serious illnesses or disabilities would still be allowed to withdraw their savings early, and that nobody now aged over 55 would be affected.

About 4.7 million people are MPF scheme members. The public consultation runs until August 31.""", [
        Q("\u2018a betrayal of the grassroots\u2019", "partial", "labour groups", None),
        Q("the change was needed because Hongkongers are living longer than ever", "indirect",
          "Vincent Lau Chi-keung", "Vincent Lau Chi-keung"),
        Q("\u2018A worker retiring at 65 today can expect to live another 22 years,\u2019", "direct", "Lau",
          "Vincent Lau Chi-keung", speaker_at="Lau told"),
        Q("\u2018Many of them will outlive their savings. We have to face that reality.\u2019", "direct", "Lau",
          "Vincent Lau Chi-keung", speaker_at="Lau told"),
        Q("that the median MPF balance of members aged 60 to 64 was about HK$310,000", "indirect",
          "The Mandatory Provident Fund Schemes Authority", "Mandatory Provident Fund Schemes Authority"),
        Q("that two extra years of contributions and investment returns could raise that figure by around 12 per cent",
          "indirect", "The MPFA", "Mandatory Provident Fund Schemes Authority"),
        Q("the plan would hit manual labourers hardest", "indirect", "Chan Mei-ling", "Chan Mei-ling"),
        Q("\u2018Construction workers and cleaners cannot keep working until 67. Their bodies are finished long before "
          "that,\u2019", "direct", "she", "Chan Mei-ling", speaker_at="she said"),
        Q("that the change would push more elderly people onto the Comprehensive Social Security Assistance scheme, "
          "costing the government more in the long run", "indirect", "Ho Kwok-wing", "Ho Kwok-wing"),
        Q("that workers with serious illnesses or disabilities would still be allowed to withdraw their savings early, "
          "and that nobody now aged over 55 would be affected", "indirect", "Lau", "Vincent Lau Chi-keung",
          speaker_at="Lau insisted"),
    ], source="blind"),

    Case("blind4-heat", """Midday work ban begins as UAE temperatures top 50\u00b0C

Dubai: The UAE\u2019s annual midday work ban came into force on Sunday as temperatures in parts of the country climbed above 50\u00b0C for the first time this year.

The Ministry of Human Resources and Emiratisation said outdoor work would be banned between 12.30pm and 3pm until September 15, and that companies breaking the rule faced fines of Dh5,000 per worker, up to a maximum of Dh50,000.

In a statement, MoHRE said the ban was intended \u201cto protect workers from heat stress and sunstroke\u201d. The ministry added that employers must provide shaded rest areas, cold drinking water and first-aid supplies at every site. It said residents could report violations through its call centre on 600590000 or the ministry\u2019s smart app.

The National Centre of Meteorology (NCM) recorded 50.8\u00b0C in Sweihan, in Al Ain, at 2.45pm on Saturday. It said temperatures would stay above 47\u00b0C across inland areas for the rest of the week, with humidity rising along the coast at night.

\u201cMost companies respect the rules, but every summer we still see workers on scaffolding at 1pm,\u201d said Dr Huda Al Suwaidi, an occupational health specialist at a private hospital in Dubai. \u201cHeat stroke can kill within hours. It is not something to take lightly.\u201d

At a construction site in Al Barsha, one site foreman, who did not want to be named, said his team now started at 6am and stopped for the day by 11.30am.

\u201cBy eleven o\u2019clock the metal is too hot to touch,\u201d he said.

The NCM said residents should stay indoors during peak hours, drink plenty of water and avoid leaving children or pets in parked cars.

Delivery riders are also covered by the ban, and many companies have set up air-conditioned rest stops across Dubai and Abu Dhabi.

Last year, the ministry said more than 99 per cent of companies inspected had complied with the ban.""", [
        Q("outdoor work would be banned between 12.30pm and 3pm until September 15, and that companies breaking the "
          "rule faced fines of Dh5,000 per worker, up to a maximum of Dh50,000", "indirect",
          "The Ministry of Human Resources and Emiratisation", "Ministry of Human Resources and Emiratisation"),
        Q("\u201cto protect workers from heat stress and sunstroke\u201d", "partial", "MoHRE",
          "Ministry of Human Resources and Emiratisation"),
        Q("that employers must provide shaded rest areas, cold drinking water and first-aid supplies at every site",
          "indirect", "The ministry", "Ministry of Human Resources and Emiratisation",
          speaker_at="The ministry added"),
        Q("residents could report violations through its call centre on 600590000 or the ministry\u2019s smart app",
          "indirect", "It", "Ministry of Human Resources and Emiratisation", speaker_at="It said residents"),
        Q("temperatures would stay above 47\u00b0C across inland areas for the rest of the week, with humidity rising "
          "along the coast at night", "indirect", "It", "National Centre of Meteorology",
          speaker_at="It said temperatures"),
        Q("\u201cMost companies respect the rules, but every summer we still see workers on scaffolding at 1pm,\u201d",
          "direct", "Huda Al Suwaidi", "Huda Al Suwaidi"),
        Q("\u201cHeat stroke can kill within hours. It is not something to take lightly.\u201d", "direct",
          "Huda Al Suwaidi", "Huda Al Suwaidi"),
        Q("his team now started at 6am and stopped for the day by 11.30am", "indirect", "one site foreman", None),
        Q("\u201cBy eleven o\u2019clock the metal is too hot to touch,\u201d", "direct", "he", None,
          speaker_at="he said"),
        Q("residents should stay indoors during peak hours, drink plenty of water and avoid leaving children or pets "
          "in parked cars", "indirect", "The NCM", "National Centre of Meteorology"),
        Q("more than 99 per cent of companies inspected had complied with the ban", "indirect", "the ministry",
          "Ministry of Human Resources and Emiratisation", speaker_at="the ministry said more"),
    ], source="blind"),

    Case("blind4-mine", """Six miners trapped after tunnel collapse in southern Peru

AREQUIPA, Peru \u2014 Rescue teams in Peru's southern Arequipa region were racing on Thursday to reach six miners trapped more than 200 meters underground after a tunnel collapsed at an informal gold mine in the district of Chaparra.

The tunnel collapsed shortly after 11 p.m. on Wednesday, after a blast set off by the workers apparently weakened its supports, according to the regional police.

"We can hear tapping on the pipes, so we believe at least some of them are alive," regional governor Marisol Quispe Huam\u00e1n told radio station RPP. "Every hour counts."

Quispe said 40 rescuers were taking turns to clear rock by hand because heavy machinery could trigger further collapses.

Peru's Ministry of Energy and Mines (Minem) said the mine, known locally as "La Esperanza," was operating without a permit. In a statement, the ministry said it had ordered all work in the area suspended and would file a criminal complaint against those responsible.

Relatives gathered at the mine entrance overnight, many of them holding candles and photographs. "My son is 19. He only started working there in January," said Rosa Mamani, whose son Julio is among the trapped men. "They told us it was safe."

Informal mining employs hundreds of thousands of people in Peru, which is Latin America's largest gold producer. According to the country's national ombudsman's office, the Defensor\u00eda del Pueblo, at least 39 people died in mining accidents in 2023, most of them in small informal operations.

Carlos Ugarte, a mining lawyer and former deputy energy minister, said the accident was entirely predictable.

"This is what happens when the state looks away for twenty years," he said, adding that the government's formalization registry, known as "Reinfo," had become "a shield for illegal miners."

President Jos\u00e9 Arce was expected to visit the site on Friday.""", [
        Q("The tunnel collapsed shortly after 11 p.m. on Wednesday, after a blast set off by the workers apparently "
          "weakened its supports", "indirect", "the regional police", None),
        Q('"We can hear tapping on the pipes, so we believe at least some of them are alive,"', "direct",
          "Marisol Quispe Huam\u00e1n", "Marisol Quispe Huam\u00e1n"),
        Q('"Every hour counts."', "direct", "Marisol Quispe Huam\u00e1n", "Marisol Quispe Huam\u00e1n"),
        Q("40 rescuers were taking turns to clear rock by hand because heavy machinery could trigger further "
          "collapses", "indirect", "Quispe", "Marisol Quispe Huam\u00e1n", speaker_at="Quispe said"),
        Q('the mine, known locally as "La Esperanza," was operating without a permit', "indirect",
          "Peru's Ministry of Energy and Mines", "Ministry of Energy and Mines"),
        Q("it had ordered all work in the area suspended and would file a criminal complaint against those "
          "responsible", "indirect", "the ministry", "Ministry of Energy and Mines"),
        Q('"My son is 19. He only started working there in January,"', "direct", "Rosa Mamani", "Rosa Mamani"),
        Q('"They told us it was safe."', "direct", "Rosa Mamani", "Rosa Mamani"),
        Q("at least 39 people died in mining accidents in 2023, most of them in small informal operations",
          "indirect", "the country's national ombudsman's office", "Defensor\u00eda del Pueblo"),
        Q("the accident was entirely predictable", "indirect", "Carlos Ugarte", "Carlos Ugarte"),
        Q('"This is what happens when the state looks away for twenty years,"', "direct", "he", "Carlos Ugarte",
          speaker_at="he said"),
        Q('"a shield for illegal miners."', "partial", "he", "Carlos Ugarte", speaker_at="he said"),
    ], source="blind"),

    Case("blind4-debate", """Marquez and Lindqvist spar over tariffs, abortion in only Michigan Senate debate

DETROIT \u2014 Democratic Rep. Elena Marquez and Republican businessman Craig Lindqvist clashed over tariffs, abortion and the cost of living Tuesday night in the only televised debate of Michigan\u2019s closely watched U.S. Senate race.

Lindqvist, a former auto-parts executive making his first run for office, accused Marquez of voting \u201cin lockstep\u201d with party leaders in Washington.

\u201cMy opponent has been in Congress for eight years,\u201d Lindqvist said, turning to face her. \u201cWhat has she got to show for it? Higher prices and empty factories.\u201d

Marquez, 47, shot back that Lindqvist had \u201cshipped 1,200 Michigan jobs to Mexico\u201d while running Halvorsen Components, the supplier he led until 2021.

\u201cI don\u2019t need lectures on manufacturing,\u201d she said, \u201cfrom a man who closed three plants in this state.\u201d

On abortion, the Republican insisted he would not support a national ban, saying the issue should be left to the states. Marquez called that answer \u201ca dodge that nobody in this room believes.\u201d

The hourlong debate, held at a community college in Grand Rapids, was moderated by two local news anchors and included questions submitted by voters.

A poll released last week by the Glengarry Research Group showed Marquez ahead by 2 percentage points, within the margin of error.

\u201cNobody landed a knockout blow,\u201d said Janet Whitfield, a political scientist at Wayne State University. \u201cBut Lindqvist needed one more than Marquez did.\u201d

Lindqvist\u2019s campaign said in an email to supporters after the debate that he had \u201cexposed Elena Marquez\u2019s record of failure.\u201d

The seat is open following the retirement of a two-term Democrat, and both parties see it as crucial to control of the Senate. Outside groups have already spent more than $90 million on television ads.

Election Day is Nov. 3.""", [
        Q("\u201cin lockstep\u201d", "partial", "Lindqvist", "Craig Lindqvist", speaker_at="Lindqvist, a former"),
        Q("\u201cMy opponent has been in Congress for eight years,\u201d", "direct", "Lindqvist", "Craig Lindqvist",
          speaker_at="Lindqvist said, turning"),
        Q("\u201cWhat has she got to show for it? Higher prices and empty factories.\u201d", "direct", "Lindqvist",
          "Craig Lindqvist", speaker_at="Lindqvist said, turning"),
        Q("\u201cshipped 1,200 Michigan jobs to Mexico\u201d", "partial", "Marquez", "Elena Marquez",
          speaker_at="Marquez, 47"),
        Q("\u201cI don\u2019t need lectures on manufacturing,\u201d", "direct", "she", "Elena Marquez",
          speaker_at="she said"),
        Q("\u201cfrom a man who closed three plants in this state.\u201d", "direct", "she", "Elena Marquez",
          speaker_at="she said"),
        Q("he would not support a national ban", "indirect", "the Republican", "Craig Lindqvist",
          speaker_at="the Republican insisted"),
        Q("the issue should be left to the states", "indirect", "the Republican", "Craig Lindqvist",
          speaker_at="the Republican insisted"),
        Q("\u201ca dodge that nobody in this room believes.\u201d", "partial", "Marquez", "Elena Marquez",
          speaker_at="Marquez called"),
        Q("\u201cNobody landed a knockout blow,\u201d", "direct", "Janet Whitfield", "Janet Whitfield"),
        Q("\u201cBut Lindqvist needed one more than Marquez did.\u201d", "direct", "Janet Whitfield",
          "Janet Whitfield"),
        Q("\u201cexposed Elena Marquez\u2019s record of failure.\u201d", "partial", "Lindqvist\u2019s campaign", None),
    ], source="blind"),

    Case("blind4-shortage", """Epilepsy drug shortages are putting patients at risk, pharmacists warn

Shortages of several antiseizure medicines in England have reached a level that is putting patients at risk of breakthrough seizures, the Royal Pharmaceutical Society has warned.

In a letter to the health secretary, the society said that community pharmacists were spending \u201chours every week\u201d trying to source lamotrigine, levetiracetam and carbamazepine, and that some patients had been forced to switch between brands.

Lamotrigine and carbamazepine are among the \u201cCategory 1\u201d antiseizure drugs, for which patients should be kept on one manufacturer\u2019s product.

Professor Amira Khalid FRPharmS, chair of the RPS\u2019s English Pharmacy Board, said: \u201cWe are seeing prescriptions that simply cannot be filled. For most medicines a short delay is an inconvenience, but for someone with epilepsy it can mean a seizure, an injury, or worse.\u201d

The RPS wants the government to publish a national list of medicines at risk of shortage. It said manufacturers should be required to give at least six months\u2019 notice of supply problems, rather than the current informal arrangements.

The charity Epilepsy Together UK said its helpline had been \u201coverwhelmed\u201d. Its chief executive, Mark Ellery, told The BMJ that calls about medicines had tripled since January.

A Department of Health and Social Care spokesperson said: \u201cWe are aware of intermittent supply issues with some epilepsy medicines and are working closely with suppliers to resolve them as quickly as possible.\u201d

\u201cMost patients will not be affected,\u201d the spokesperson added.

Jonathan Reyes MRCP, a consultant neurologist at a London teaching hospital, warned that switching brands could destabilise seizure control in a minority of patients. He said that patients should never stop taking their medicines without advice, even if supplies ran low.

Around 630\u2009000 people in the UK have epilepsy, and about a third of them continue to have seizures despite treatment.""", [
        Q("Shortages of several antiseizure medicines in England have reached a level that is putting patients at risk "
          "of breakthrough seizures", "indirect", "the Royal Pharmaceutical Society", "Royal Pharmaceutical Society"),
        Q("\u201chours every week\u201d", "partial", "the society", "Royal Pharmaceutical Society"),
        Q("that some patients had been forced to switch between brands", "indirect", "the society",
          "Royal Pharmaceutical Society"),
        Q("\u201cWe are seeing prescriptions that simply cannot be filled. For most medicines a short delay is an "
          "inconvenience, but for someone with epilepsy it can mean a seizure, an injury, or worse.\u201d", "direct",
          "Amira Khalid", "Amira Khalid"),
        Q("manufacturers should be required to give at least six months\u2019 notice of supply problems, rather than the "
          "current informal arrangements", "indirect", "It", "Royal Pharmaceutical Society", speaker_at="It said"),
        Q("\u201coverwhelmed\u201d", "partial", "Epilepsy Together UK", "Epilepsy Together UK"),
        Q("that calls about medicines had tripled since January", "indirect", "Mark Ellery", "Mark Ellery"),
        Q("\u201cWe are aware of intermittent supply issues with some epilepsy medicines and are working closely with "
          "suppliers to resolve them as quickly as possible.\u201d", "direct",
          "A Department of Health and Social Care spokesperson", None),
        Q("\u201cMost patients will not be affected,\u201d", "direct", "the spokesperson", None),
        Q("that switching brands could destabilise seizure control in a minority of patients", "indirect",
          "Jonathan Reyes", "Jonathan Reyes"),
        Q("that patients should never stop taking their medicines without advice, even if supplies ran low",
          "indirect", "He", "Jonathan Reyes", speaker_at="He said that"),
    ], source="blind"),

    Case("blind4-premiere", """Fenwick Quartet give rapturous premiere of Okonjo's "Salt Roads" at Cheltenham

The Fenwick Quartet gave the world premiere of Anna Okonjo's "Salt Roads" at the Cheltenham Music Festival on Saturday night, a 25-minute work that brought a sold-out Pittville Pump Room to its feet.

Okonjo, 34, who grew up between Lagos and Leeds, said the piece was inspired by her grandmother's journeys as a cloth trader along the West African coast.

"I wanted the four instruments to sound like four women haggling in a market, and then, in the slow movement, like one woman alone at night," she told the audience before the performance.

On the evidence of Saturday, she got her wish. The outer movements crackle with overlapping rhythms, while the second, a kind of "lullaby in reverse", thins out to a single viola line that seems to forget where it is going.

The players have championed new music since their debut at Wigmore Hall in 2016, and they said in a programme note that they had spent eight months workshopping "Salt Roads" with the composer. It showed: the ensemble playing was fearless and precise.

Cellist Tomasz Wielgus, the group's founder, said the score was "fiendishly hard" to play.

"There are passages where we're all in different time signatures at once," he added. "It's the most exciting thing we've played in years."

Pairing the new work with Beethoven's "Grosse Fuge" after the interval was a bold choice, and not every listener stayed for it.

Festival artistic director Helen Marchbanks MBE said she had commissioned the piece after hearing Okonjo's earlier work "Dust Choir" on the radio. One audience member, leaving the hall, described it as "like nothing I've ever heard".

The Fenwick Quartet will record "Salt Roads" for the Linn label in the autumn and perform it again at Wigmore Hall in London on October 9.""", [
        Q("the piece was inspired by her grandmother's journeys as a cloth trader along the West African coast",
          "indirect", "Okonjo", "Anna Okonjo", speaker_at="Okonjo, 34"),
        Q('"I wanted the four instruments to sound like four women haggling in a market, and then, in the slow '
          'movement, like one woman alone at night,"', "direct", "she", "Anna Okonjo",
          speaker_at="she told the audience"),
        Q('that they had spent eight months workshopping "Salt Roads" with the composer', "indirect", "they",
          "Fenwick Quartet", speaker_at="they said in a programme note"),
        Q('"fiendishly hard"', "partial", "Tomasz Wielgus", "Tomasz Wielgus"),
        Q('"There are passages where we\'re all in different time signatures at once,"', "direct", "he",
          "Tomasz Wielgus", speaker_at="he added"),
        Q('"It\'s the most exciting thing we\'ve played in years."', "direct", "he", "Tomasz Wielgus",
          speaker_at="he added"),
        Q('she had commissioned the piece after hearing Okonjo\'s earlier work "Dust Choir" on the radio', "indirect",
          "Helen Marchbanks", "Helen Marchbanks"),
        Q('"like nothing I\'ve ever heard"', "partial", "One audience member", None),
    ], source="blind"),

    Case("blind4-sprint", """Adjei-Mensah stuns Hughes to win Oslo 100m in personal best

OSLO, June 12 \u2013 Ghana\u2019s Kwabena Adjei-Mensah won the men\u2019s 100 metres at the Bislett Games on Thursday in a personal best of 9.91 seconds, beating American favourite Darnell Hughes into second place on a damp evening in the Norwegian capital.

\u201cI came here with nothing to lose,\u201d the Ghanaian said. \u201cEverybody was talking about Darnell, and that was fine with me.\u201d

Adjei-Mensah, who trains in Florida under coach Lisa Brandt, said he had changed his start after a hamstring injury ruined most of last season. He was only fourth at the halfway mark but ran down Hughes in the final 20 metres.

Hughes, who clocked 9.95, said the wet track had slowed him.

\u201cNobody\u2019s making excuses,\u201d he said, \u201cbut that was not a day for fast times.\u201d

Brandt told reporters that Adjei-Mensah could go faster before the world championships in September. The 23-year-old\u2019s previous best was 9.98, set in Accra in April.

The Ghana Athletics Association said on social media that the result was \u201ca historic night for Ghanaian sprinting\u201d.

In the women\u2019s 400m hurdles, Norway\u2019s Ingrid Solheim thrilled the home crowd with victory in 53.40, the fastest time in the world this year.

\u201cTo win in front of this crowd is a dream,\u201d said Solheim, who was carried around the track on the shoulders of her teammates. \u201cI could hear them the whole way down the back straight.\u201d

A record 15,000 spectators attended the meeting, according to the organisers, despite heavy rain in the afternoon.

Elsewhere, Kenya\u2019s Faith Wanjiru won the women\u2019s 1,500m in 3:58.12 and Australia\u2019s Tom Keating took the pole vault with a clearance of 5.85m.

The Diamond League moves on to Stockholm next Sunday.""", [
        Q("\u201cI came here with nothing to lose,\u201d", "direct", "the Ghanaian", "Kwabena Adjei-Mensah"),
        Q("\u201cEverybody was talking about Darnell, and that was fine with me.\u201d", "direct", "the Ghanaian",
          "Kwabena Adjei-Mensah"),
        Q("he had changed his start after a hamstring injury ruined most of last season", "indirect",
          "Adjei-Mensah", "Kwabena Adjei-Mensah", speaker_at="Adjei-Mensah, who trains"),
        Q("the wet track had slowed him", "indirect", "Hughes", "Darnell Hughes", speaker_at="Hughes, who clocked"),
        Q("\u201cNobody\u2019s making excuses,\u201d", "direct", "he", "Darnell Hughes", speaker_at="he said, \u201cbut"),
        Q("\u201cbut that was not a day for fast times.\u201d", "direct", "he", "Darnell Hughes",
          speaker_at="he said, \u201cbut"),
        Q("that Adjei-Mensah could go faster before the world championships in September", "indirect", "Brandt",
          "Lisa Brandt", speaker_at="Brandt told"),
        Q("\u201ca historic night for Ghanaian sprinting\u201d", "partial", "The Ghana Athletics Association",
          "Ghana Athletics Association"),
        Q("\u201cTo win in front of this crowd is a dream,\u201d", "direct", "Solheim", "Ingrid Solheim",
          speaker_at="said Solheim"),
        Q("\u201cI could hear them the whole way down the back straight.\u201d", "direct", "Solheim", "Ingrid Solheim",
          speaker_at="said Solheim"),
        Q("A record 15,000 spectators attended the meeting", "indirect", "the organisers", None),
    ], source="blind"),
]
