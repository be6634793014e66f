"""Blind gold (set 49): short news articles written without sight of the pretagger.

Wire copy and regional papers from many countries (AFP, Bernama, British,
Irish, Australian, New Zealand, Canadian, African, Gulf, South and Southeast
Asian and US house styles), with curly, straight and British single quotes.
Every quote in each article is annotated. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind49-rhino-horn", """Namibian court jails three over rhino horn haul

WINDHOEK, Namibia (AFP) - A Namibian court on Tuesday sentenced two Chinese nationals and a local farm manager to a combined 38 years in prison for trying to smuggle 14 rhino horns out of the country, in a case closely watched by conservationists.

Li Zhiqiang, 41, and Chen Wei, 36, were arrested at Hosea Kutako International Airport in October 2021 with the horns hidden in boxes of frozen hake, according to the charge sheet. Their co-accused, Johannes van der Merwe, was found to have sourced the horns from a private game reserve near Otjiwarongo.

Judge Hannelie Prinsloo-Botha said the three men had shown “not a shred of remorse” during the two-year trial.

“The rhino belongs to the heritage of every Namibian, and those who treat it as a commodity must expect the full weight of the law,” she told the High Court in Windhoek.

Li and Chen each received 14 years, while van der Merwe was handed a 10-year term.

Defence lawyer Ndapewa Shikongo said her clients would appeal both the convictions and the sentences. “My clients were couriers, not kingpins. The people who organise this trade are nowhere near this courtroom,” she told AFP outside the court.

Van der Merwe, who wept as the sentence was read out, had told the court last month that he had been “threatened and used” by men he refused to name.

The environment ministry said 61 rhinos were poached in Namibia last year, down from 87 in 2022, but warned that syndicates were becoming better organised.

Ministry spokesman Tjipura Kavari welcomed the sentences, calling them “a clear message to the syndicates”.

“Every horn that leaves this country pays for organised crime somewhere else,” Kavari said. “We will keep working with our partners in Asia to close these routes.”

According to the Kunene Rhino Watch, a conservation group, horn still fetches more than $60,000 a kilogram on black markets in Vietnam and China.

The Chinese embassy in Windhoek said it respected the independence of Namibia's courts and had repeatedly reminded its citizens to obey local laws.

Rhino horn is made of keratin, the same protein found in human fingernails, and has no proven medicinal value, scientists say.

Namibia is home to about a third of the world's remaining black rhinos.""", [
        Q("Li Zhiqiang, 41, and Chen Wei, 36, were arrested at Hosea Kutako International Airport in October 2021 "
          "with the horns hidden in boxes of frozen hake", "indirect", "the charge sheet", None),
        Q("“not a shred of remorse”", "partial", "Hannelie Prinsloo-Botha", "Hannelie Prinsloo-Botha"),
        Q("“The rhino belongs to the heritage of every Namibian, and those who treat it as a commodity must expect "
          "the full weight of the law,”", "direct", "she", "Hannelie Prinsloo-Botha",
          speaker_at="she told the High Court"),
        Q("her clients would appeal both the convictions and the sentences", "indirect", "Ndapewa Shikongo",
          "Ndapewa Shikongo"),
        Q("“My clients were couriers, not kingpins. The people who organise this trade are nowhere near this "
          "courtroom,”", "direct", "she", "Ndapewa Shikongo", speaker_at="she told AFP"),
        Q("“threatened and used”", "partial", "Van der Merwe", "Johannes van der Merwe"),
        Q("61 rhinos were poached in Namibia last year, down from 87 in 2022", "indirect",
          "The environment ministry", None),
        Q("syndicates were becoming better organised", "indirect", "The environment ministry", None),
        Q("“a clear message to the syndicates”", "partial", "Tjipura Kavari", "Tjipura Kavari"),
        Q("“Every horn that leaves this country pays for organised crime somewhere else,”", "direct", "Kavari",
          "Tjipura Kavari", speaker_at="Kavari said"),
        Q("“We will keep working with our partners in Asia to close these routes.”", "direct", "Kavari",
          "Tjipura Kavari", speaker_at="Kavari said"),
        Q("horn still fetches more than $60,000 a kilogram on black markets in Vietnam and China", "indirect",
          "the Kunene Rhino Watch", "Kunene Rhino Watch"),
        Q("it respected the independence of Namibia's courts and had repeatedly reminded its citizens to obey local "
          "laws", "indirect", "The Chinese embassy in Windhoek", None),
        Q("Rhino horn is made of keratin, the same protein found in human fingernails, and has no proven medicinal "
          "value", "indirect", "scientists", None),
    ], source="blind"),
    Case("blind49-kelantan-floods", """Kelantan flood evacuees top 12,000 as rivers breach danger levels

KOTA BHARU, Dec 2 (Bernama) -- The number of flood evacuees in Kelantan rose to 12,418 people from 3,561 families as of 8 am today, compared with 8,902 people last night, with Pasir Mas and Tumpat the worst-hit districts.

According to the Social Welfare Department's InfoBencana portal, the victims are being housed at 97 temporary relief centres (PPS) in six districts.

Kelantan Deputy Menteri Besar Datuk Mohd Fadzli Abdul Rahman said food supplies at all centres were sufficient for now, although several villages in Tumpat could only be reached by boat.

"We have enough stock for at least seven days, but access to some villages has been cut off since yesterday afternoon," he told reporters after visiting the PPS at Sekolah Kebangsaan Kubang Batu here today.

He said the state government had asked the Malaysian Armed Forces (ATM) to deploy boats and three-tonne lorries to move residents who had refused to leave their homes on Sunday.

Meanwhile, the Malaysian Meteorological Department (MetMalaysia), in a statement, said continuous heavy rain was expected in Kelantan, Terengganu and parts of Pahang until Thursday.

The Department of Irrigation and Drainage (JPS) said the water level of Sungai Golok at Rantau Panjang stood at 10.2 metres at 7 am, well above the danger level of nine metres.

At the PPS in Pasir Mas, evacuee Che Rohani Che Mat, 58, said her family left their house in Kampung Pasir Pekan at 3 am when the water reached knee level.

"This is the third time in four years. In 2022 we lost everything, and now it is the same again," said the mother of five, who is sharing a school hall with about 300 other evacuees.

Kelantan police chief Datuk Wan Ahmad Kamal Wan Mokhtar said 450 personnel had been mobilised to assist in rescue operations.

"Several roads, including the Kota Bharu-Kuala Krai route, are closed to light vehicles. We advise the public not to take risks by driving through flooded stretches," he said in a statement.

National Disaster Management Agency (NADMA) director-general Datuk Seri Rosnah Kassim, when contacted, said the agency had placed additional assets on standby in Terengganu in anticipation of a second wave of the northeast monsoon.

-- BERNAMA""", [
        Q("the victims are being housed at 97 temporary relief centres (PPS) in six districts", "indirect",
          "the Social Welfare Department's InfoBencana portal", "Social Welfare Department"),
        Q("food supplies at all centres were sufficient for now, although several villages in Tumpat could only be "
          "reached by boat", "indirect", "Mohd Fadzli Abdul Rahman", "Mohd Fadzli Abdul Rahman"),
        Q('"We have enough stock for at least seven days, but access to some villages has been cut off since '
          'yesterday afternoon,"', "direct", "he", "Mohd Fadzli Abdul Rahman", speaker_at="he told reporters"),
        Q("the state government had asked the Malaysian Armed Forces (ATM) to deploy boats and three-tonne lorries "
          "to move residents who had refused to leave their homes on Sunday", "indirect", "He",
          "Mohd Fadzli Abdul Rahman", speaker_at="He said the state"),
        Q("continuous heavy rain was expected in Kelantan, Terengganu and parts of Pahang until Thursday",
          "indirect", "the Malaysian Meteorological Department", "Malaysian Meteorological Department"),
        Q("the water level of Sungai Golok at Rantau Panjang stood at 10.2 metres at 7 am, well above the danger "
          "level of nine metres", "indirect", "The Department of Irrigation and Drainage",
          "Department of Irrigation and Drainage"),
        Q("her family left their house in Kampung Pasir Pekan at 3 am when the water reached knee level",
          "indirect", "Che Rohani Che Mat", "Che Rohani Che Mat"),
        Q('"This is the third time in four years. In 2022 we lost everything, and now it is the same again,"',
          "direct", "the mother of five", "Che Rohani Che Mat"),
        Q("450 personnel had been mobilised to assist in rescue operations", "indirect",
          "Wan Ahmad Kamal Wan Mokhtar", "Wan Ahmad Kamal Wan Mokhtar"),
        Q('"Several roads, including the Kota Bharu-Kuala Krai route, are closed to light vehicles. We advise the '
          'public not to take risks by driving through flooded stretches,"', "direct", "he",
          "Wan Ahmad Kamal Wan Mokhtar", speaker_at="he said in a statement"),
        Q("the agency had placed additional assets on standby in Terengganu in anticipation of a second wave of the "
          "northeast monsoon", "indirect", "Rosnah Kassim", "Rosnah Kassim"),
    ], source="blind"),
    Case("blind49-kirklees-libraries", """Kirklees votes to shut six libraries as protesters gather outside town hall

Kirklees Council has voted to close six branch libraries and hand two more to volunteers. Officers say the changes will save £1.2m a year.

The plans were approved by 38 votes to 27 at a heated budget meeting at Huddersfield Town Hall on Wednesday evening, as around 200 protesters gathered on the steps outside.

Council leader Coun Rukhsana Akhtar-Lowe said the authority had been left with ‘no good options’ after more than a decade of cuts to its funding from Westminster.

‘Nobody goes into local politics to close libraries,’ she told the meeting. ‘But we have a legal duty to set a balanced budget, and I am not prepared to put adult social care at risk to avoid a difficult headline.’

Conservative group leader Coun Martyn Ackroyd accused the Labour administration of ‘picking off the easy targets’ while protecting its own pet projects.

‘For some of our older residents these buildings are the only warm, safe place they can go during the day,’ he said. ‘Once they are gone, they will not come back.’

The libraries earmarked for closure are at Marsden, Kirkburton, Slaithwaite, Golcar, Lepton and Shepley. A council spokesman said the six branches together accounted for less than eight per cent of all library visits in the district last year.

Save Kirklees Libraries, which handed in a 9,000-signature petition last month, said it was taking legal advice.

Among those outside the town hall was retired teacher Margaret Oyelaran-Sykes, 71, who has used the library in Marsden for more than 40 years.

‘I learned to read in that building, and so did my children and grandchildren,’ she said. ‘It feels like they are closing a little bit of the village.’

Under the plans, the council’s mobile library, known to generations of children as the ‘Book Bus’, will be extended to visit the affected villages twice a week.

Liberal Democrat councillor Jane Wainwright told The Yorkshire Post she was ‘cautiously hopeful’ that a community group would step in to keep Holmfirth library open, but warned that volunteers could not be expected to ‘do the council’s job for free’ indefinitely.

The Local Government Association has warned that councils in England face a combined funding gap of £6.2bn over the next two years.""", [
        Q("the changes will save £1.2m a year", "indirect", "Officers", None),
        Q("‘no good options’", "partial", "Rukhsana Akhtar-Lowe", "Rukhsana Akhtar-Lowe"),
        Q("‘Nobody goes into local politics to close libraries,’", "direct", "she", "Rukhsana Akhtar-Lowe",
          speaker_at="she told the meeting"),
        Q("‘But we have a legal duty to set a balanced budget, and I am not prepared to put adult social care at "
          "risk to avoid a difficult headline.’", "direct", "she", "Rukhsana Akhtar-Lowe",
          speaker_at="she told the meeting"),
        Q("‘picking off the easy targets’", "partial", "Martyn Ackroyd", "Martyn Ackroyd"),
        Q("‘For some of our older residents these buildings are the only warm, safe place they can go during the "
          "day,’", "direct", "he", "Martyn Ackroyd", speaker_at="he said"),
        Q("‘Once they are gone, they will not come back.’", "direct", "he", "Martyn Ackroyd", speaker_at="he said"),
        Q("the six branches together accounted for less than eight per cent of all library visits in the district "
          "last year", "indirect", "A council spokesman", None),
        Q("it was taking legal advice", "indirect", "Save Kirklees Libraries", "Save Kirklees Libraries"),
        Q("‘I learned to read in that building, and so did my children and grandchildren,’", "direct", "she",
          "Margaret Oyelaran-Sykes", speaker_at="she said"),
        Q("‘It feels like they are closing a little bit of the village.’", "direct", "she",
          "Margaret Oyelaran-Sykes", speaker_at="she said"),
        Q("‘cautiously hopeful’", "partial", "Jane Wainwright", "Jane Wainwright"),
        Q("‘do the council’s job for free’", "partial", "Jane Wainwright", "Jane Wainwright"),
        Q("councils in England face a combined funding gap of £6.2bn over the next two years", "indirect",
          "The Local Government Association", "Local Government Association"),
    ], source="blind"),
    Case("blind49-fiddler-obituary", """Tributes paid to Strathspey fiddler 'Ally' MacGillivray

Tributes have been paid to Alasdair MacGillivray, the Grantown fiddler whose playing was a fixture of ceilidhs across the Highlands for more than six decades, who has died aged 84.

Mr MacGillivray, known to everyone as Ally, died peacefully at Raigmore Hospital in Inverness on Saturday after a short illness.

His daughter, Catriona MacGillivray-Ross, said her father had played until the very end.

'He had his fiddle beside the bed right up until last week, and he was still telling the nurses which tunes they ought to learn,' she said. 'He was the same man at 84 as he was at 20.'

Born in Nethy Bridge in 1940, the son of a gamekeeper, he was taught by his grandfather and won the gold medal for fiddle at the Royal National Mòd in 1962. He went on to record five albums, the best known of which, 'The Spey in Spate', is still regularly played on Radio nan Gàidheal.

Speaking to the Courier in 2009, when he was made an MBE for services to traditional music, Mr MacGillivray said he had never sought recognition.

'I play because my father played, and his father before him,' he said at the time. 'If the tunes go, we lose something we can't get back.'

Kirsty Ann Urquhart, who runs the Fèis Spè youth music project, said he had taught 'hundreds, maybe thousands' of young players in Badenoch and Strathspey.

'He never charged a penny for a lesson. He just said that if you learned a tune from him, you had to pass it on to someone else,' she recalled.

Highland Council convener Morag Fraser-Gunn said the council would consider how best to mark his contribution to the area's cultural life, possibly through a memorial bursary for young musicians.

The Rev Donald Iain Matheson, who will conduct the funeral at Inverallan Parish Church in Grantown next Friday, said: 'Ally gave this strath its soundtrack for sixty years. There will be a lot of fiddles in the church, and I suspect he would have wanted them louder than the minister.'

Mr MacGillivray was predeceased by his wife, Peigi, in 2015. He is survived by Catriona, his son Ewan and four grandchildren.""", [
        Q("her father had played until the very end", "indirect", "Catriona MacGillivray-Ross",
          "Catriona MacGillivray-Ross"),
        Q("'He had his fiddle beside the bed right up until last week, and he was still telling the nurses which "
          "tunes they ought to learn,'", "direct", "she", "Catriona MacGillivray-Ross", speaker_at="she said"),
        Q("'He was the same man at 84 as he was at 20.'", "direct", "she", "Catriona MacGillivray-Ross",
          speaker_at="she said"),
        Q("he had never sought recognition", "indirect", "MacGillivray", "Alasdair MacGillivray",
          speaker_at="Mr MacGillivray said he"),
        Q("'I play because my father played, and his father before him,'", "direct", "he", "Alasdair MacGillivray",
          speaker_at="he said at the time"),
        Q("'If the tunes go, we lose something we can't get back.'", "direct", "he", "Alasdair MacGillivray",
          speaker_at="he said at the time"),
        Q("'hundreds, maybe thousands'", "partial", "Kirsty Ann Urquhart", "Kirsty Ann Urquhart"),
        Q("'He never charged a penny for a lesson. He just said that if you learned a tune from him, you had to "
          "pass it on to someone else,'", "direct", "she", "Kirsty Ann Urquhart", speaker_at="she recalled"),
        Q("the council would consider how best to mark his contribution to the area's cultural life, possibly "
          "through a memorial bursary for young musicians", "indirect", "Morag Fraser-Gunn", "Morag Fraser-Gunn"),
        Q("'Ally gave this strath its soundtrack for sixty years. There will be a lot of fiddles in the church, and "
          "I suspect he would have wanted them louder than the minister.'", "direct", "Donald Iain Matheson",
          "Donald Iain Matheson"),
    ], source="blind"),
    Case("blind49-galway-hurling", """Ó Maoláin strikes late to sink Kilkenny in Salthill thriller

Galway 1-24 Kilkenny 2-20

Galway manager Pádraig Mac Donncha admitted his side had “ridden their luck at times” after Conor Ó Maoláin’s point deep in stoppage time secured a first Leinster championship win over Kilkenny at Pearse Stadium in four years.

The Ardrahan man’s 74th-minute score, struck off his weaker side from under the stand, sparked a pitch invasion from the younger members of a crowd of 14,622.

“I’m delighted for the lads, because they showed a bit of character when it would have been easy to fold,” Mac Donncha said afterwards. “We were poor for 20 minutes in the second half and Kilkenny punished us for it. We can’t be doing that against the likes of Dublin next week.”

Two Kilkenny goals in five minutes, from Eoin Fitzgerald-Walsh and the lively Tommy Ryan, had turned a five-point deficit into a one-point lead with ten minutes left.

But substitute Darragh Ó Fátharta’s goal on 66 minutes levelled matters, and Galway held their nerve in a frantic finish.

Asked about the decision to hold Ó Fátharta in reserve, Mac Donncha said it had been planned all week. “We knew the game would open up in the last quarter, and Darragh is the best man we have in open space.

“He’s been flying in training. He was never going to start today, but he was always going to finish it.”

Ó Maoláin, who finished with 0-4 from play, was quick to play down his own part. “Sure I just shut my eyes and swung,” the 22-year-old said with a grin. “Half the team did more than me today.”

Kilkenny manager Seán Brennan was left to rue a string of missed frees in the first half.

“We left eight or nine points behind us, and you won’t beat Galway in Salthill doing that,” he said. “But we’re still in the championship and there’s a lot of hurling left.”

Brennan confirmed that full-back Mikey Kavanagh had suffered a hamstring injury and was a major doubt for the qualifier.

There was concern for Galway too after centre-back Shane Ó Cuív was helped off with a shoulder injury late in the first half. Team doctor Niamh Keogh-Lally told the Tribune that he would be assessed on Monday, but admitted she was “not overly optimistic”.

According to Galway GAA, tickets for next Sunday’s game against Dublin at Parnell Park will go on sale online on Tuesday morning, with no sales at the venue.""", [
        Q("“ridden their luck at times”", "partial", "Pádraig Mac Donncha", "Pádraig Mac Donncha"),
        Q("“I’m delighted for the lads, because they showed a bit of character when it would have been easy to "
          "fold,”", "direct", "Mac Donncha", "Pádraig Mac Donncha", speaker_at="Mac Donncha said afterwards"),
        Q("“We were poor for 20 minutes in the second half and Kilkenny punished us for it. We can’t be doing that "
          "against the likes of Dublin next week.”", "direct", "Mac Donncha", "Pádraig Mac Donncha",
          speaker_at="Mac Donncha said afterwards"),
        Q("it had been planned all week", "indirect", "Mac Donncha", "Pádraig Mac Donncha",
          speaker_at="Mac Donncha said it"),
        Q("“We knew the game would open up in the last quarter, and Darragh is the best man we have in open space.",
          "direct", "Mac Donncha", "Pádraig Mac Donncha", speaker_at="Mac Donncha said it"),
        Q("“He’s been flying in training. He was never going to start today, but he was always going to finish "
          "it.”", "direct", "Mac Donncha", "Pádraig Mac Donncha", speaker_at="Mac Donncha said it"),
        Q("“Sure I just shut my eyes and swung,”", "direct", "the 22-year-old", "Conor Ó Maoláin"),
        Q("“Half the team did more than me today.”", "direct", "the 22-year-old", "Conor Ó Maoláin"),
        Q("“We left eight or nine points behind us, and you won’t beat Galway in Salthill doing that,”", "direct",
          "he", "Seán Brennan", speaker_at="he said"),
        Q("“But we’re still in the championship and there’s a lot of hurling left.”", "direct", "he",
          "Seán Brennan", speaker_at="he said"),
        Q("that full-back Mikey Kavanagh had suffered a hamstring injury and was a major doubt for the qualifier",
          "indirect", "Brennan", "Seán Brennan", speaker_at="Brennan confirmed"),
        Q("that he would be assessed on Monday", "indirect", "Niamh Keogh-Lally", "Niamh Keogh-Lally"),
        Q("“not overly optimistic”", "partial", "Niamh Keogh-Lally", "Niamh Keogh-Lally"),
        Q("tickets for next Sunday’s game against Dublin at Parnell Park will go on sale online on Tuesday morning, "
          "with no sales at the venue", "indirect", "Galway GAA", "Galway GAA"),
    ], source="blind"),
    Case("blind49-cowboys-broncos", """Cowboys dig deep to edge Broncos in Townsville thriller

North Queensland coach Mick Delahunty says his side's goal-line defence in the final ten minutes was the best he has seen from the Cowboys this season after they edged Brisbane 20-18 in front of 24,118 fans on Saturday night.

The Broncos laid siege to the Cowboys' line after prop Semisi Fonua-Tuipulotu was sin-binned for a professional foul in the 71st minute, but North Queensland held out through three straight sets on their own line.

"That's what we talk about. When it gets hard, you find out who you are," Delahunty said.

"There were blokes out there who could hardly stand up and they were still getting off the line. I'm proud of them."

Five-eighth Jayden Wirrpanda, who kicked four goals including the match-winning penalty from near touch, described the finish as "the longest ten minutes of my life".

"I couldn't watch the last set, to be honest. I was just looking at the big screen and praying," the 23-year-old said.

Fonua-Tuipulotu said he had apologised to his teammates in the sheds after fulltime. "I let the boys down with that one. They dug me out of a hole and I owe them," he said.

Broncos coach Grant Hoskins labelled the sin-bin decision "soft" and said he would seek clarification from the NRL's head of football on Monday.

"If that's a professional foul, then we'll have half the comp in the bin every week," Hoskins said. "I thought we deserved at least a draw."

An NRL spokesman said the governing body did not comment on individual refereeing decisions.

There was bad news for the North Queensland Cowboys, with the club confirming on Sunday that centre Lachlan Moriarty-Bell would miss four to six weeks with a syndesmosis injury.

Delahunty said Moriarty-Bell's absence would be "a big hole to fill", but backed 20-year-old Tyrese Ah Mu to step up in his place.

Fans leaving the stadium were still buzzing an hour after the siren. "Best atmosphere I've seen here, hands down," said Kirwan season-ticket holder Deb Ferraro, who has followed the club since 1995.

The Cowboys travel to Melbourne to face the Storm next Sunday.""", [
        Q("his side's goal-line defence in the final ten minutes was the best he has seen from the Cowboys this "
          "season", "indirect", "Mick Delahunty", "Mick Delahunty"),
        Q('"That\'s what we talk about. When it gets hard, you find out who you are,"', "direct", "Delahunty",
          "Mick Delahunty", speaker_at="Delahunty said."),
        Q('"There were blokes out there who could hardly stand up and they were still getting off the line. I\'m '
          'proud of them."', "direct", "Delahunty", "Mick Delahunty", speaker_at="Delahunty said."),
        Q('"the longest ten minutes of my life"', "partial", "Jayden Wirrpanda", "Jayden Wirrpanda"),
        Q('"I couldn\'t watch the last set, to be honest. I was just looking at the big screen and praying,"',
          "direct", "the 23-year-old", "Jayden Wirrpanda"),
        Q("he had apologised to his teammates in the sheds after fulltime", "indirect", "Fonua-Tuipulotu",
          "Semisi Fonua-Tuipulotu", speaker_at="Fonua-Tuipulotu said"),
        Q('"I let the boys down with that one. They dug me out of a hole and I owe them,"', "direct", "he",
          "Semisi Fonua-Tuipulotu", speaker_at="he said."),
        Q('"soft"', "partial", "Grant Hoskins", "Grant Hoskins"),
        Q("he would seek clarification from the NRL's head of football on Monday", "indirect", "Grant Hoskins",
          "Grant Hoskins"),
        Q('"If that\'s a professional foul, then we\'ll have half the comp in the bin every week,"', "direct",
          "Hoskins", "Grant Hoskins", speaker_at="Hoskins said"),
        Q('"I thought we deserved at least a draw."', "direct", "Hoskins", "Grant Hoskins",
          speaker_at="Hoskins said"),
        Q("the governing body did not comment on individual refereeing decisions", "indirect", "An NRL spokesman",
          None),
        Q("centre Lachlan Moriarty-Bell would miss four to six weeks with a syndesmosis injury", "indirect",
          "the club", "North Queensland Cowboys", speaker_at="the club confirming"),
        Q('"a big hole to fill"', "partial", "Delahunty", "Mick Delahunty",
          speaker_at="Delahunty said Moriarty-Bell's"),
        Q('"Best atmosphere I\'ve seen here, hands down,"', "direct", "Deb Ferraro", "Deb Ferraro"),
    ], source="blind"),
    Case("blind49-farmer-obituary", """High Country farmer lived for the land

Malcolm Te Whiu Ferguson, who farmed merino sheep on Glenrae Station in the Lindis Valley for more than half a century, has died in Cromwell, aged 89.

Mr Ferguson was born in Ōmārama in 1935, the eldest of six children of a Scottish shepherd and a Ngāi Tahu mother, and left school at 14 to work as a rouseabout in the sheds of the Mackenzie Country.

His son Hamish, who now runs the station, said his father had "never really retired".

"Dad handed me the chequebook in 1998, but he was still out on the quad bike checking fences at 85," Hamish Ferguson said. "You couldn't keep him off the hill."

Mr Ferguson took over the lease on Glenrae in 1974 and was among the first high-country farmers to sell fine wool directly to an Italian mill, a contract that lasted 31 years.

He told the Otago Daily Times in 2006 that the deal had been "a handshake in a shearing shed and a lot of faith on both sides".

"We're only ever looking after this place for the next lot," he said at the time.

Former Federated Farmers high country chairman Wiremu Pōtae-Harrison said Mr Ferguson had been a quiet but influential voice during tenure review negotiations in the 1990s and 2000s.

"Mal wasn't a man for speeches. He'd sit at the back of the room, wait until everyone had finished, and then say the one sensible thing," Mr Pōtae-Harrison said.

In 2003 the Fergusons placed 300ha of tussock and wetland under a QEII National Trust open space covenant. The Department of Conservation said the covenant protected one of the largest remaining populations of the endangered grand skink in Central Otago.

At his funeral at St John's Church in Cromwell last week, granddaughter Aroha Ferguson-Reid told mourners he had taught every one of his grandchildren to shear before they could drive.

"He wasn't a patient teacher, but he was a fair one," she said, to laughter.

Mr Ferguson was a life member of the Upper Clutha A&P Society and judged merino classes at the Wānaka Show for more than 30 years.

He is survived by his wife of 62 years, Jean, their four children, 11 grandchildren and three great-grandchildren.""", [
        Q('"never really retired"', "partial", "Hamish", "Hamish Ferguson", speaker_at="His son Hamish"),
        Q('"Dad handed me the chequebook in 1998, but he was still out on the quad bike checking fences at 85,"',
          "direct", "Hamish Ferguson", "Hamish Ferguson"),
        Q('"You couldn\'t keep him off the hill."', "direct", "Hamish Ferguson", "Hamish Ferguson"),
        Q('"a handshake in a shearing shed and a lot of faith on both sides"', "partial", "He",
          "Malcolm Te Whiu Ferguson", speaker_at="He told the Otago"),
        Q('"We\'re only ever looking after this place for the next lot,"', "direct", "he",
          "Malcolm Te Whiu Ferguson", speaker_at="he said at the time"),
        Q("Mr Ferguson had been a quiet but influential voice during tenure review negotiations in the 1990s and "
          "2000s", "indirect", "Wiremu Pōtae-Harrison", "Wiremu Pōtae-Harrison"),
        Q('"Mal wasn\'t a man for speeches. He\'d sit at the back of the room, wait until everyone had finished, '
          'and then say the one sensible thing,"', "direct", "Pōtae-Harrison", "Wiremu Pōtae-Harrison",
          speaker_at="Mr Pōtae-Harrison said"),
        Q("the covenant protected one of the largest remaining populations of the endangered grand skink in "
          "Central Otago", "indirect", "The Department of Conservation", "Department of Conservation"),
        Q("he had taught every one of his grandchildren to shear before they could drive", "indirect",
          "Aroha Ferguson-Reid", "Aroha Ferguson-Reid"),
        Q('"He wasn\'t a patient teacher, but he was a fair one,"', "direct", "she", "Aroha Ferguson-Reid",
          speaker_at="she said"),
    ], source="blind"),
    Case("blind49-halifax-transit", """Halifax Transit strike leaves thousands scrambling for rides

Thousands of Halifax-area commuters were left scrambling for other ways to get to work and class Monday after transit operators walked off the job for the first time in more than a decade.

Members of Amalgamated Transit Union Local 508 went on strike at 12:01 a.m. after last-ditch talks with the Halifax Regional Municipality broke down late Sunday, halting all conventional bus routes and the Access-A-Bus service.

“We didn’t want to be here. Our members didn’t want to be here,” union president Darnell Simmonds told reporters on the picket line outside the Burnside transit garage. “But after 14 months without a contract, we ran out of road.”

Simmonds said the main sticking points remained split shifts and a lack of washroom access on longer routes, rather than wages.

The municipality said in a statement that its final offer included wage increases totalling 12.5 per cent over four years, which it called “fair and competitive.”

HRM spokesperson Lindsay Ogunbiyi said the city was prepared to return to the bargaining table “at any hour of the day or night.”

Coun. Becky MacKinnon-Doucette, who represents Fall River, said many of her constituents had no other way to get around. “I have residents who rely on the bus to get to dialysis, to get to their shifts at the airport and at the hospitals.

“Every day this goes on, those people pay the price. I’m asking both sides to get back in a room today.”

At the Scotia Square terminal, where a handful of would-be riders had not heard about the strike, Dalhousie nursing student Jean-Marc LeBlanc said he had paid $38 for a taxi to get to a clinical placement in Dartmouth.

“I get why they’re striking, honestly,” LeBlanc said. “I just hope it’s over before my rent is due.”

Several riders the Chronicle Herald spoke to said they supported the drivers but feared a long dispute. Mary Ellen Paul, who commutes from Lower Sackville to a job at the IWK Health Centre, said a neighbour had offered her rides for the week. “After that, I honestly don’t know,” she said.

A spokesperson for the province’s Department of Labour, Skills and Immigration said the government was monitoring the situation but had no plans to legislate drivers back to work.

The union has long opposed any move to bring transit under the province’s so-called “essential services” law. The last transit strike in Halifax, in 2012, lasted 33 days.""", [
        Q("“We didn’t want to be here. Our members didn’t want to be here,”", "direct", "Darnell Simmonds",
          "Darnell Simmonds"),
        Q("“But after 14 months without a contract, we ran out of road.”", "direct", "Darnell Simmonds",
          "Darnell Simmonds"),
        Q("the main sticking points remained split shifts and a lack of washroom access on longer routes, rather "
          "than wages", "indirect", "Simmonds", "Darnell Simmonds", speaker_at="Simmonds said"),
        Q("that its final offer included wage increases totalling 12.5 per cent over four years", "indirect",
          "The municipality", "Halifax Regional Municipality"),
        Q("“fair and competitive.”", "partial", "it", "Halifax Regional Municipality", speaker_at="which it called"),
        Q("“at any hour of the day or night.”", "partial", "Lindsay Ogunbiyi", "Lindsay Ogunbiyi"),
        Q("many of her constituents had no other way to get around", "indirect", "Becky MacKinnon-Doucette",
          "Becky MacKinnon-Doucette"),
        Q("“I have residents who rely on the bus to get to dialysis, to get to their shifts at the airport and at "
          "the hospitals.", "direct", "Becky MacKinnon-Doucette", "Becky MacKinnon-Doucette"),
        Q("“Every day this goes on, those people pay the price. I’m asking both sides to get back in a room today.”",
          "direct", "Becky MacKinnon-Doucette", "Becky MacKinnon-Doucette"),
        Q("he had paid $38 for a taxi to get to a clinical placement in Dartmouth", "indirect", "Jean-Marc LeBlanc",
          "Jean-Marc LeBlanc"),
        Q("“I get why they’re striking, honestly,”", "direct", "LeBlanc", "Jean-Marc LeBlanc",
          speaker_at="LeBlanc said."),
        Q("“I just hope it’s over before my rent is due.”", "direct", "LeBlanc", "Jean-Marc LeBlanc",
          speaker_at="LeBlanc said."),
        Q("they supported the drivers but feared a long dispute", "indirect",
          "Several riders the Chronicle Herald spoke to", None),
        Q("a neighbour had offered her rides for the week", "indirect", "Mary Ellen Paul", "Mary Ellen Paul"),
        Q("“After that, I honestly don’t know,”", "direct", "she", "Mary Ellen Paul", speaker_at="she said"),
        Q("the government was monitoring the situation but had no plans to legislate drivers back to work",
          "indirect", "A spokesperson for the province’s Department of Labour, Skills and Immigration", None),
    ], source="blind"),
    Case("blind49-machakos-bribe", """Ex-county finance chief loses appeal in Sh12m bribery case

A former Machakos County finance executive will serve the rest of his six-year jail term after the High Court dismissed his appeal against a conviction for soliciting a Sh12 million bribe from a road contractor.

Justice Aisha Abdullahi Mohamed ruled on Thursday that the trial court had "properly evaluated the evidence" against Mr Daniel Kioko Mutiso, who was convicted in 2022 alongside his personal assistant.

"The appellant was caught in a well-planned sting operation, with treated money recovered from his own office drawer. I find no reason to interfere with either the conviction or the sentence," the judge said.

Mr Mutiso, 54, had argued through his lawyer that the Ethics and Anti-Corruption Commission (EACC) entrapped him and that audio recordings produced in court were doctored.

But Justice Mohamed said the contractor, Mr Peter Otieno Were, reported the demand to the commission before any money changed hands, and that a government forensic analyst found no evidence of tampering.

Mr Mutiso was convicted of demanding the money in exchange for releasing payments for the 23-kilometre Kithimani-Masii road, which had stalled for two years.

In a statement, the EACC said the ruling sent "a clear signal to public officers who hold suppliers to ransom" and that it was pursuing the recovery of Sh86 million in unexplained wealth from the former official.

Mr Mutiso's lawyer, Mr Kipkemboi arap Rotich, told the Nation that his team would study the judgment before deciding whether to move to the Court of Appeal.

"We respect the court, but we maintain that crucial evidence was ignored. This matter is far from over," he said.

Speaking outside the court, Mr Were said he felt vindicated after years of intimidation.

"I was told in plain words that there would be no payment until I 'saw' somebody. I lost workers, I lost equipment and I almost lost my house," the contractor said.

Mr Mutiso's co-accused, Ms Faith Mwikali Nzioka, who was sentenced to three years, did not appeal.

According to Transparency International Kenya, fewer than one in five graft cases filed in the country's anti-corruption courts since 2016 have ended in a conviction.

The organisation's executive director, Ms Wanjiku Mbugua-Ochieng, said long delays and frequent adjournments allowed suspects to "outlast the evidence".""", [
        Q('"properly evaluated the evidence"', "partial", "Aisha Abdullahi Mohamed", "Aisha Abdullahi Mohamed"),
        Q('"The appellant was caught in a well-planned sting operation, with treated money recovered from his own '
          'office drawer. I find no reason to interfere with either the conviction or the sentence,"', "direct",
          "the judge", "Aisha Abdullahi Mohamed"),
        Q("that the Ethics and Anti-Corruption Commission (EACC) entrapped him and that audio recordings produced in "
          "court were doctored", "indirect", "Mutiso", "Daniel Kioko Mutiso", speaker_at="Mr Mutiso, 54"),
        Q("the contractor, Mr Peter Otieno Were, reported the demand to the commission before any money changed "
          "hands, and that a government forensic analyst found no evidence of tampering", "indirect", "Mohamed",
          "Aisha Abdullahi Mohamed", speaker_at="Justice Mohamed said"),
        Q('"a clear signal to public officers who hold suppliers to ransom"', "partial", "the EACC",
          "Ethics and Anti-Corruption Commission"),
        Q("that it was pursuing the recovery of Sh86 million in unexplained wealth from the former official",
          "indirect", "the EACC", "Ethics and Anti-Corruption Commission"),
        Q("that his team would study the judgment before deciding whether to move to the Court of Appeal",
          "indirect", "Kipkemboi arap Rotich", "Kipkemboi arap Rotich"),
        Q('"We respect the court, but we maintain that crucial evidence was ignored. This matter is far from over,"',
          "direct", "he", "Kipkemboi arap Rotich", speaker_at="he said"),
        Q("he felt vindicated after years of intimidation", "indirect", "Were", "Peter Otieno Were",
          speaker_at="Mr Were said"),
        Q('"I was told in plain words that there would be no payment until I \'saw\' somebody. I lost workers, I '
          'lost equipment and I almost lost my house,"', "direct", "the contractor", "Peter Otieno Were",
          speaker_at="the contractor said"),
        Q("fewer than one in five graft cases filed in the country's anti-corruption courts since 2016 have ended "
          "in a conviction", "indirect", "Transparency International Kenya", "Transparency International Kenya"),
        Q('"outlast the evidence"', "partial", "Wanjiku Mbugua-Ochieng", "Wanjiku Mbugua-Ochieng"),
    ], source="blind"),
    Case("blind49-kwara-teachers", """Kwara teachers begin indefinite strike over minimum wage

Teachers in public primary and secondary schools across Kwara State yesterday began an indefinite strike, leaving thousands of pupils at home barely two weeks into the new term.

The action, called by the state wing of the Nigeria Union of Teachers (NUT), follows what the union described as the government’s “persistent failure” to implement the new national minimum wage for its members.

Addressing journalists at the union’s secretariat in Ilorin, the state NUT Chairman, Comrade Yusuf Adebayo Olaniyan, said teachers had exhausted all avenues for dialogue.

“We wrote letters, we attended meetings, we waited. Our members cannot continue to teach on empty stomachs while their colleagues in neighbouring states have been earning the new wage since January,” he said.

“This strike will continue until every teacher receives what the law says he or she is entitled to,” Olaniyan added, appealing to parents to “bear with us”.

But the state Commissioner for Education, Hajia Halimat Bolanle Abdulrazaq-Saka, described the strike as “unnecessary and premature”, insisting that government had already approved a payment schedule.

In a statement signed by her Press Secretary, Mr Ibrahim Oyewole-Alabi, the commissioner said arrears would be paid in three instalments starting at the end of the month.

“Government is not unmindful of the welfare of teachers. We appeal to the union to return to the classrooms in the interest of our children, especially those preparing for external examinations,” she said in the statement.

When The Guardian visited some schools in Ilorin metropolis yesterday, classrooms were empty and gates were locked, while a few pupils who had not heard of the strike were seen loitering around the premises.

A parent, Mrs Chinwe Okonkwo-Bello, who sells provisions at Oja-Oba market, said she had no choice but to take her two children to her shop.

“They will just be sitting there doing nothing. Who will teach them? It is we the parents that are suffering,” she lamented.

Meanwhile, the state chapter of the Nigeria Labour Congress (NLC) may join the action if the dispute is not resolved within two weeks, according to its chairman, Chief Saheed Olayinka Adigun.""", [
        Q("“persistent failure”", "partial", "the union", "Nigeria Union of Teachers",
          speaker_at="what the union described"),
        Q("teachers had exhausted all avenues for dialogue", "indirect", "Yusuf Adebayo Olaniyan",
          "Yusuf Adebayo Olaniyan"),
        Q("“We wrote letters, we attended meetings, we waited. Our members cannot continue to teach on empty "
          "stomachs while their colleagues in neighbouring states have been earning the new wage since January,”",
          "direct", "he", "Yusuf Adebayo Olaniyan", speaker_at="he said"),
        Q("“This strike will continue until every teacher receives what the law says he or she is entitled to,”",
          "direct", "Olaniyan", "Yusuf Adebayo Olaniyan", speaker_at="Olaniyan added"),
        Q("“bear with us”", "partial", "Olaniyan", "Yusuf Adebayo Olaniyan", speaker_at="Olaniyan added"),
        Q("“unnecessary and premature”", "partial", "Halimat Bolanle Abdulrazaq-Saka",
          "Halimat Bolanle Abdulrazaq-Saka"),
        Q("that government had already approved a payment schedule", "indirect", "Halimat Bolanle Abdulrazaq-Saka",
          "Halimat Bolanle Abdulrazaq-Saka"),
        Q("arrears would be paid in three instalments starting at the end of the month", "indirect",
          "the commissioner", "Halimat Bolanle Abdulrazaq-Saka"),
        Q("“Government is not unmindful of the welfare of teachers. We appeal to the union to return to the "
          "classrooms in the interest of our children, especially those preparing for external examinations,”",
          "direct", "she", "Halimat Bolanle Abdulrazaq-Saka", speaker_at="she said in the statement"),
        Q("she had no choice but to take her two children to her shop", "indirect", "Chinwe Okonkwo-Bello",
          "Chinwe Okonkwo-Bello"),
        Q("“They will just be sitting there doing nothing. Who will teach them? It is we the parents that are "
          "suffering,”", "direct", "she", "Chinwe Okonkwo-Bello", speaker_at="she lamented"),
        Q("the state chapter of the Nigeria Labour Congress (NLC) may join the action if the dispute is not resolved "
          "within two weeks", "indirect", "Saheed Olayinka Adigun", "Saheed Olayinka Adigun"),
    ], source="blind"),
    Case("blind49-harare-water", """Residents up in arms over new Harare water tariffs

HARARE residents have rejected new water tariffs announced by the City of Harare last week, describing them as “daylight robbery” at a time when many suburbs go for days without running water.

Under the new charges, which take effect on April 1, households will pay US$1.20 per cubic metre for the first 10 cubic metres, up from 85 cents, while the fixed monthly sewer charge rises from US$3 to US$5.

Combined Harare Residents Association (CHRA) chairperson Mr Tafadzwa Moyo-Chikwanha said council had not consulted ratepayers as required by the Urban Councils Act.

“You cannot charge people more for a service they are not getting. In Glen View and Budiriro people are buying water from boreholes at 20 cents a bucket, yet they still receive bills every month,” he said.

Mr Moyo-Chikwanha told The Herald that the association would file an urgent High Court application if the tariffs were not suspended by the end of the month.

In an interview yesterday, the city’s acting town clerk, Eng Tendai Mabhena-Sibanda, defended the increases, saying council was spending more than US$3 million a month on water treatment chemicals alone.

“The old tariff did not even cover the cost of chemicals, let alone repairs to our pumps and pipes, some of which are more than 60 years old,” she said. “If we do not review the charges, the whole system collapses.”

Eng Mabhena-Sibanda said residents would begin to see improvements in supply within six months, when a new pump station at Morton Jaffray Water Works is commissioned.

Council’s finance committee chairperson, Councillor Memory Nyathi-Gumbo, struck a more conciliatory tone. “Council is not a charity,” she said, “but we accept that residents must see improvements before they are asked to pay more.”

A senior official in the Ministry of Local Government and Public Works, who declined to be named, said the ministry had not yet approved the city’s 2025 budget, which contains the new tariffs.

According to the Zimbabwe National Water Authority (ZINWA), Lake Chivero and Manyame Dam, the capital’s main sources, were 78 percent full at the weekend.

In Mabvuku, where residents say taps have been dry since November, vendor Mrs Sekai Ncube-Dube said she spends a third of her earnings on water.

“Every morning I queue at the borehole before I go to the market. Now they want me to pay more for dry taps?” she asked.""", [
        Q("“daylight robbery”", "partial", "HARARE residents", None),
        Q("council had not consulted ratepayers as required by the Urban Councils Act", "indirect",
          "Tafadzwa Moyo-Chikwanha", "Tafadzwa Moyo-Chikwanha"),
        Q("“You cannot charge people more for a service they are not getting. In Glen View and Budiriro people are "
          "buying water from boreholes at 20 cents a bucket, yet they still receive bills every month,”", "direct",
          "he", "Tafadzwa Moyo-Chikwanha", speaker_at="he said"),
        Q("that the association would file an urgent High Court application if the tariffs were not suspended by the "
          "end of the month", "indirect", "Moyo-Chikwanha", "Tafadzwa Moyo-Chikwanha",
          speaker_at="Mr Moyo-Chikwanha told"),
        Q("council was spending more than US$3 million a month on water treatment chemicals alone", "indirect",
          "Tendai Mabhena-Sibanda", "Tendai Mabhena-Sibanda"),
        Q("“The old tariff did not even cover the cost of chemicals, let alone repairs to our pumps and pipes, some "
          "of which are more than 60 years old,”", "direct", "she", "Tendai Mabhena-Sibanda",
          speaker_at="she said. “If"),
        Q("“If we do not review the charges, the whole system collapses.”", "direct", "she",
          "Tendai Mabhena-Sibanda", speaker_at="she said. “If"),
        Q("residents would begin to see improvements in supply within six months, when a new pump station at Morton "
          "Jaffray Water Works is commissioned", "indirect", "Mabhena-Sibanda", "Tendai Mabhena-Sibanda",
          speaker_at="Eng Mabhena-Sibanda said"),
        Q("“Council is not a charity,”", "direct", "she", "Memory Nyathi-Gumbo", speaker_at="she said, “but"),
        Q("“but we accept that residents must see improvements before they are asked to pay more.”", "direct",
          "she", "Memory Nyathi-Gumbo", speaker_at="she said, “but"),
        Q("the ministry had not yet approved the city’s 2025 budget, which contains the new tariffs", "indirect",
          "A senior official in the Ministry of Local Government and Public Works", None),
        Q("Lake Chivero and Manyame Dam, the capital’s main sources, were 78 percent full at the weekend",
          "indirect", "the Zimbabwe National Water Authority", "Zimbabwe National Water Authority"),
        Q("taps have been dry since November", "indirect", "residents", None, speaker_at="where residents say"),
        Q("she spends a third of her earnings on water", "indirect", "Sekai Ncube-Dube", "Sekai Ncube-Dube"),
        Q("“Every morning I queue at the borehole before I go to the market. Now they want me to pay more for dry "
          "taps?”", "direct", "she", "Sekai Ncube-Dube", speaker_at="she asked"),
    ], source="blind"),
    Case("blind49-aerowaha-results", """Aerowaha posts record Dh1.9 billion profit as passenger numbers soar

Sharjah-based low-cost carrier Aerowaha on Tuesday reported a record net profit of Dh1.9 billion for 2024, up 27 per cent year-on-year, on the back of strong travel demand and the addition of 14 new routes.

The airline carried 17.4 million passengers during the year, a 19 per cent increase, while its seat load factor averaged 81 per cent, according to a filing with the Abu Dhabi Securities Exchange (ADX).

The board has recommended a cash dividend of 15 fils per share, subject to shareholder approval at the annual general meeting in March.

"2024 was the strongest year in our history. We grew our network, we grew our fleet and, most importantly, we grew the trust of our passengers," said Sheikh Khalid bin Saif Al Darmaki, chairman of Aerowaha Group.

He said the carrier would take delivery of 11 new Airbus A320neo aircraft this year, bringing its fleet to 84.

Group chief executive Kareem El-Sayed Haddad said higher fuel costs and engine supply problems had been the "biggest headwinds" of the year, with four aircraft grounded for inspections at various points.

"We are not immune to what is happening in the supply chain," Haddad told Khaleej Times on the sidelines of the results briefing. "But we planned for it, and we kept our costs under control."

Asked about rumoured plans for long-haul flights, he said the airline had "no plans, for now" to move beyond its single-aisle model.

The carrier also announced a codeshare agreement with South Korea's Hanbit Air, under which passengers will be able to book connections to Seoul and Busan on a single ticket from June.

"The UAE is one of the fastest-growing markets for Korean travellers, and this partnership opens a door for both of us," said Park Ji-hoon, Hanbit Air's senior vice-president for international affairs, who attended the signing in Sharjah. Park added that Hanbit was studying a direct route to the emirate by 2026.

Aerowaha shares rose 3.4 per cent to Dh3.12 on the ADX following the announcement.

Ahmed Nour-Eldin, a senior equity analyst at Al Ramz Capital, said the results were ahead of market expectations. "The dividend is the headline, but the real story is the margin. They are making more money per seat than almost anyone in the region," he said.

Airlines in the Middle East are forecast to earn the highest net profit per passenger of any region this year, according to the International Air Transport Association (IATA).""", [
        Q("The airline carried 17.4 million passengers during the year, a 19 per cent increase, while its seat load "
          "factor averaged 81 per cent", "indirect", "a filing with the Abu Dhabi Securities Exchange (ADX)", None),
        Q('"2024 was the strongest year in our history. We grew our network, we grew our fleet and, most '
          'importantly, we grew the trust of our passengers,"', "direct", "Khalid bin Saif Al Darmaki",
          "Khalid bin Saif Al Darmaki"),
        Q("the carrier would take delivery of 11 new Airbus A320neo aircraft this year, bringing its fleet to 84",
          "indirect", "He", "Khalid bin Saif Al Darmaki", speaker_at="He said the carrier"),
        Q('"biggest headwinds"', "partial", "Kareem El-Sayed Haddad", "Kareem El-Sayed Haddad"),
        Q('"We are not immune to what is happening in the supply chain,"', "direct", "Haddad",
          "Kareem El-Sayed Haddad", speaker_at="Haddad told Khaleej Times"),
        Q('"But we planned for it, and we kept our costs under control."', "direct", "Haddad",
          "Kareem El-Sayed Haddad", speaker_at="Haddad told Khaleej Times"),
        Q('"no plans, for now"', "partial", "he", "Kareem El-Sayed Haddad", speaker_at="he said the airline"),
        Q('"The UAE is one of the fastest-growing markets for Korean travellers, and this partnership opens a door '
          'for both of us,"', "direct", "Park Ji-hoon", "Park Ji-hoon"),
        Q("that Hanbit was studying a direct route to the emirate by 2026", "indirect", "Park", "Park Ji-hoon",
          speaker_at="Park added"),
        Q("the results were ahead of market expectations", "indirect", "Ahmed Nour-Eldin", "Ahmed Nour-Eldin"),
        Q('"The dividend is the headline, but the real story is the margin. They are making more money per seat '
          'than almost anyone in the region,"', "direct", "he", "Ahmed Nour-Eldin", speaker_at="he said."),
        Q("Airlines in the Middle East are forecast to earn the highest net profit per passenger of any region this "
          "year", "indirect", "the International Air Transport Association",
          "International Air Transport Association"),
    ], source="blind"),
    Case("blind49-mindoro-banca", """9 dead, 14 missing as motorbanca capsizes off Mindoro

CALAPAN CITY, Oriental Mindoro — Nine people were killed and 14 others remain missing after a wooden motorbanca carrying 61 passengers capsized in rough seas off Oriental Mindoro yesterday morning, the Philippine Coast Guard (PCG) said.

The MBca Lady of Fatima II left Batangas port at 6:15 a.m. bound for Puerto Galera and overturned about four nautical miles from its destination after being hit by big waves, according to PCG spokesman Commodore Jerome Dizon-Villanueva.

"Our initial findings show that the vessel was carrying more passengers than its authorized capacity of 50 and that it sailed despite a gale warning," Dizon-Villanueva told reporters in a briefing.

He said 38 passengers were rescued by coast guard personnel and fishermen from nearby barangays, and that the search for the missing would continue through the night with the help of the Philippine Navy.

The boat's captain, Eduardo "Dodong" Salazar, is among those still missing.

Survivor Jomar, a 17-year-old Grade 11 student who gave only his first name, said he clung to a plastic container for almost two hours before a fisherman pulled him out of the water.

"I could hear people shouting for help but the waves were too big. I thought I would never see my mother again," he said from his bed at the Oriental Mindoro Provincial Hospital.

Oriental Mindoro Gov. Rosalinda Ramirez-Tadeo said the provincial government would shoulder the hospital and burial expenses of the victims. "Our hearts are broken. These are ordinary families who were just going home for the fiesta," the governor said.

The Maritime Industry Authority (MARINA) has suspended the operations of the boat's owner, Sta. Ana Shipping Lines, pending an investigation.

MARINA Administrator Atty. Gregorio de los Santos said in a statement that the agency would "leave no stone unturned" in determining who was accountable.

At the Senate, Sen. Ma. Theresa dela Cruz-Lim filed a resolution seeking an inquiry into what she called a "culture of overloading" among operators of small passenger vessels.

"How many more lives must be lost before we enforce the rules we already have?" the senator said.

State weather bureau PAGASA said a gale warning had been in effect over the seaboards of Mindoro and Batangas since Friday because of the surge of the northeast monsoon, or amihan.

Relatives of the missing waited at the Puerto Galera port for news yesterday. Many of them said they had not received any information from the boat's owner.""", [
        Q("Nine people were killed and 14 others remain missing after a wooden motorbanca carrying 61 passengers "
          "capsized in rough seas off Oriental Mindoro yesterday morning", "indirect",
          "the Philippine Coast Guard", "Philippine Coast Guard"),
        Q("The MBca Lady of Fatima II left Batangas port at 6:15 a.m. bound for Puerto Galera and overturned about "
          "four nautical miles from its destination after being hit by big waves", "indirect",
          "Jerome Dizon-Villanueva", "Jerome Dizon-Villanueva"),
        Q('"Our initial findings show that the vessel was carrying more passengers than its authorized capacity of '
          '50 and that it sailed despite a gale warning,"', "direct", "Dizon-Villanueva", "Jerome Dizon-Villanueva",
          speaker_at="Dizon-Villanueva told reporters"),
        Q("38 passengers were rescued by coast guard personnel and fishermen from nearby barangays, and that the "
          "search for the missing would continue through the night with the help of the Philippine Navy",
          "indirect", "He", "Jerome Dizon-Villanueva", speaker_at="He said 38"),
        Q("he clung to a plastic container for almost two hours before a fisherman pulled him out of the water",
          "indirect", "Jomar", "Jomar"),
        Q('"I could hear people shouting for help but the waves were too big. I thought I would never see my mother '
          'again,"', "direct", "he", "Jomar", speaker_at="he said from his bed"),
        Q("the provincial government would shoulder the hospital and burial expenses of the victims", "indirect",
          "Rosalinda Ramirez-Tadeo", "Rosalinda Ramirez-Tadeo"),
        Q('"Our hearts are broken. These are ordinary families who were just going home for the fiesta,"', "direct",
          "the governor", "Rosalinda Ramirez-Tadeo"),
        Q('"leave no stone unturned"', "partial", "Gregorio de los Santos", "Gregorio de los Santos"),
        Q('"culture of overloading"', "partial", "she", "Ma. Theresa dela Cruz-Lim", speaker_at="what she called"),
        Q('"How many more lives must be lost before we enforce the rules we already have?"', "direct",
          "the senator", "Ma. Theresa dela Cruz-Lim"),
        Q("a gale warning had been in effect over the seaboards of Mindoro and Batangas since Friday because of the "
          "surge of the northeast monsoon, or amihan", "indirect", "PAGASA", "PAGASA"),
        Q("they had not received any information from the boat's owner", "indirect", "Many of them", None),
    ], source="blind"),
    Case("blind49-sindh-measles", """Measles cases surge in Sindh as health department issues alert

KARACHI: The Sindh health department has issued an alert to all districts after at least 1,480 suspected measles cases and 23 deaths were reported across the province since January, most of them among children under five.

According to data compiled by the provincial Expanded Programme on Immunisation (EPI), Karachi accounted for 612 of the cases, followed by Hyderabad, Sukkur and Larkana.

EPI Sindh project director Dr Muhammad Irshad Memon told Dawn that the actual number was likely to be higher because many cases in rural areas went unreported.

“A large number of children missed their routine shots during the floods and never caught up. Measles finds those gaps very quickly,” he said.

He said a 12-day catch-up campaign targeting 3.2 million children aged between six months and five years would begin on March 4, with 2,800 vaccinators deployed across the province.

Prof Saleha Bano Qureshi, head of paediatrics at a teaching hospital in the city, said the children’s wards had been “overwhelmed” for the past three weeks.

“We are seeing children with pneumonia and severe dehydration as complications of measles. Most of them had received either one dose or none at all,” she said, urging parents not to delay vaccination because of “rumours and misinformation”.

Abdul Ghaffar Baloch, who had brought his three-year-old daughter to the hospital from Lyari, said he had not known that she needed a second dose. “Nobody told us. The lady health worker came once, and then never again,” the father said.

The World Health Organisation, in its latest situation report, said Pakistan had recorded one of the highest measles burdens in the Eastern Mediterranean region last year.

Officials in the health department, speaking on condition of anonymity, said vaccine stocks in at least four districts had run low in December because of delays in transport from the federal warehouse in Islamabad.

Provincial health minister Dr Sarfraz Ahmed Jatoi said the government had released Rs450 million for the campaign and would hold district health officers responsible for any shortfall.

“Vaccines are free and available at every government health facility. There is no excuse for a single child to be left out,” the minister said.

He also directed hospitals to set up separate isolation wards for measles patients to prevent the spread of infection among other children.""", [
        Q("Karachi accounted for 612 of the cases, followed by Hyderabad, Sukkur and Larkana", "indirect",
          "data compiled by the provincial Expanded Programme on Immunisation (EPI)", None),
        Q("that the actual number was likely to be higher because many cases in rural areas went unreported",
          "indirect", "Muhammad Irshad Memon", "Muhammad Irshad Memon"),
        Q("“A large number of children missed their routine shots during the floods and never caught up. Measles "
          "finds those gaps very quickly,”", "direct", "he", "Muhammad Irshad Memon", speaker_at="he said."),
        Q("a 12-day catch-up campaign targeting 3.2 million children aged between six months and five years would "
          "begin on March 4, with 2,800 vaccinators deployed across the province", "indirect", "He",
          "Muhammad Irshad Memon", speaker_at="He said a 12-day"),
        Q("“overwhelmed”", "partial", "Saleha Bano Qureshi", "Saleha Bano Qureshi"),
        Q("“We are seeing children with pneumonia and severe dehydration as complications of measles. Most of them "
          "had received either one dose or none at all,”", "direct", "she", "Saleha Bano Qureshi",
          speaker_at="she said, urging"),
        Q("“rumours and misinformation”", "partial", "she", "Saleha Bano Qureshi", speaker_at="she said, urging"),
        Q("he had not known that she needed a second dose", "indirect", "Abdul Ghaffar Baloch",
          "Abdul Ghaffar Baloch"),
        Q("“Nobody told us. The lady health worker came once, and then never again,”", "direct", "the father",
          "Abdul Ghaffar Baloch"),
        Q("Pakistan had recorded one of the highest measles burdens in the Eastern Mediterranean region last year",
          "indirect", "The World Health Organisation", "World Health Organisation"),
        Q("vaccine stocks in at least four districts had run low in December because of delays in transport from "
          "the federal warehouse in Islamabad", "indirect", "Officials in the health department", None),
        Q("the government had released Rs450 million for the campaign and would hold district health officers "
          "responsible for any shortfall", "indirect", "Sarfraz Ahmed Jatoi", "Sarfraz Ahmed Jatoi"),
        Q("“Vaccines are free and available at every government health facility. There is no excuse for a single "
          "child to be left out,”", "direct", "the minister", "Sarfraz Ahmed Jatoi"),
    ], source="blind"),
    Case("blind49-myagdi-landslide", """Landslide sweeps away six houses in Myagdi; 11 dead, five missing

MYAGDI - At least 11 people were killed and five others are missing after a landslide triggered by incessant rainfall swept away six houses in Annapurna Rural Municipality-3 early Tuesday morning.

The landslide struck at around 2:30 am when most villagers were asleep, according to Chief District Officer Sushila Khadka.

"Rescue teams from the Nepal Army, Armed Police Force and Nepal Police reached the site by 6 am, but the debris is very deep and it is still raining," Khadka told the Post over the phone. "We are digging with shovels and our hands because no excavator can get there."

Nine bodies have been recovered from the debris and two injured people died on the way to the hospital in Beni, she said.

Among the dead are four members of a single family, police said.

Tek Bahadur BK, 48, whose house stands just above the slide, said he woke to a sound "like a plane landing on the roof".

"I ran outside with my children. When I turned around, my neighbour's house was simply not there," he said. "They were like family to us."

Ward chair Chandra Bahadur Garbuja Magar said villagers had asked the rural municipality last year to relocate families living on the slope after cracks appeared on the hill.

"Nobody listened. Now we are counting bodies," Garbuja said.

Home Ministry spokesperson Narayan Prasad Sapkota said helicopters were on standby in Pokhara but could not fly because of poor visibility.

The Department of Hydrology and Meteorology said heavy to very heavy rainfall was likely in Gandaki and Lumbini provinces for the next three days, and urged people living in landslide-prone areas to move to safer places.

According to the National Disaster Risk Reduction and Management Authority, 142 people have died in floods and landslides across the country since the onset of the monsoon on June 13, while 38 are still missing.

The Beni-Jomsom road, which was blocked at three places, is expected to reopen by Thursday, the Division Road Office in Baglung said.""", [
        Q("The landslide struck at around 2:30 am when most villagers were asleep", "indirect", "Sushila Khadka",
          "Sushila Khadka"),
        Q('"Rescue teams from the Nepal Army, Armed Police Force and Nepal Police reached the site by 6 am, but the '
          'debris is very deep and it is still raining,"', "direct", "Khadka", "Sushila Khadka",
          speaker_at="Khadka told the Post"),
        Q('"We are digging with shovels and our hands because no excavator can get there."', "direct", "Khadka",
          "Sushila Khadka", speaker_at="Khadka told the Post"),
        Q("Nine bodies have been recovered from the debris and two injured people died on the way to the hospital "
          "in Beni", "indirect", "she", "Sushila Khadka", speaker_at="she said"),
        Q("Among the dead are four members of a single family", "indirect", "police", None),
        Q('"like a plane landing on the roof"', "partial", "Tek Bahadur BK", "Tek Bahadur BK"),
        Q('"I ran outside with my children. When I turned around, my neighbour\'s house was simply not there,"',
          "direct", "he", "Tek Bahadur BK", speaker_at="he said"),
        Q('"They were like family to us."', "direct", "he", "Tek Bahadur BK", speaker_at="he said"),
        Q("villagers had asked the rural municipality last year to relocate families living on the slope after "
          "cracks appeared on the hill", "indirect", "Chandra Bahadur Garbuja Magar",
          "Chandra Bahadur Garbuja Magar"),
        Q('"Nobody listened. Now we are counting bodies,"', "direct", "Garbuja", "Chandra Bahadur Garbuja Magar",
          speaker_at="Garbuja said"),
        Q("helicopters were on standby in Pokhara but could not fly because of poor visibility", "indirect",
          "Narayan Prasad Sapkota", "Narayan Prasad Sapkota"),
        Q("heavy to very heavy rainfall was likely in Gandaki and Lumbini provinces for the next three days",
          "indirect", "The Department of Hydrology and Meteorology", "Department of Hydrology and Meteorology"),
        Q("142 people have died in floods and landslides across the country since the onset of the monsoon on June "
          "13, while 38 are still missing", "indirect", "the National Disaster Risk Reduction and Management "
          "Authority", "National Disaster Risk Reduction and Management Authority"),
        Q("The Beni-Jomsom road, which was blocked at three places, is expected to reopen by Thursday", "indirect",
          "the Division Road Office in Baglung", "Division Road Office"),
    ], source="blind"),
    Case("blind49-everett-mayor", """Okoro-Lindqvist leads Everett mayor’s race in early returns

EVERETT — City Council member Keisha Okoro-Lindqvist held a narrow lead over former port commissioner Dan Halvorsen in the race for Everett mayor after the first count of ballots Tuesday night.

Okoro-Lindqvist had 51.8% of the vote to Halvorsen’s 47.6%, a margin of about 1,900 votes, according to the Snohomish County Auditor’s Office. Roughly 14,000 ballots remain to be counted, the office said.

Speaking to about 150 supporters at a brewery on Hewitt Avenue, Okoro-Lindqvist said she was “cautiously optimistic” and added that she would not declare victory until more ballots were tallied.

“People in this city told us loud and clear that they want safer streets and housing they can actually afford,” she said. “Tonight tells me they believe we can deliver both.

“But I’ve been in politics long enough to know you don’t count your votes before the auditor does.”

Halvorsen, who ran on promises to hire 40 more police officers and cut permit fees for small businesses, told The Herald that his campaign expected late ballots to break in his favor, as they did in the August primary.

“This thing is far from over,” Halvorsen said at his election night party at the Everett Yacht Club. “We’ve been behind before, and we’ll see where we are on Friday.”

State Sen. Ana María Cortés Villanueva, D-Everett, who endorsed Okoro-Lindqvist in the spring, called the early result “a vote for a city that works for everyone, not just the people who can show up at City Hall at 2 p.m. on a Wednesday.”

Outgoing Mayor Rob Tanaka, who did not seek a third term, said in a statement that he would work with whoever wins to ensure “a smooth and professional handover.”

Several voters interviewed outside the county administration building on Tuesday afternoon said rising rents had decided their vote.

“I’ve lived here 31 years, and my rent has gone up $600 since the pandemic,” said Luis Manuel Ortega Ruiz, a line cook who voted for Okoro-Lindqvist. “I want somebody who gets that.”

Retired Boeing machinist Gary Lindgren, 68, said he backed Halvorsen. He pointed to what he described as a “wave of break-ins” in his north Everett neighborhood.

The next ballot count is scheduled for 5 p.m. Wednesday. The county is set to certify the results on Nov. 25.""", [
        Q("Okoro-Lindqvist had 51.8% of the vote to Halvorsen’s 47.6%, a margin of about 1,900 votes", "indirect",
          "the Snohomish County Auditor’s Office", "Snohomish County Auditor’s Office"),
        Q("Roughly 14,000 ballots remain to be counted", "indirect", "the office", "Snohomish County Auditor’s Office"),
        Q("“cautiously optimistic”", "partial", "Okoro-Lindqvist", "Keisha Okoro-Lindqvist",
          speaker_at="Okoro-Lindqvist said she"),
        Q("that she would not declare victory until more ballots were tallied", "indirect", "Okoro-Lindqvist",
          "Keisha Okoro-Lindqvist", speaker_at="Okoro-Lindqvist said she"),
        Q("“People in this city told us loud and clear that they want safer streets and housing they can actually "
          "afford,”", "direct", "she", "Keisha Okoro-Lindqvist", speaker_at="she said. “Tonight"),
        Q("“Tonight tells me they believe we can deliver both.", "direct", "she", "Keisha Okoro-Lindqvist",
          speaker_at="she said. “Tonight"),
        Q("“But I’ve been in politics long enough to know you don’t count your votes before the auditor does.”",
          "direct", "she", "Keisha Okoro-Lindqvist", speaker_at="she said. “Tonight"),
        Q("that his campaign expected late ballots to break in his favor, as they did in the August primary",
          "indirect", "Halvorsen", "Dan Halvorsen", speaker_at="Halvorsen, who ran"),
        Q("“This thing is far from over,”", "direct", "Halvorsen", "Dan Halvorsen",
          speaker_at="Halvorsen said at his"),
        Q("“We’ve been behind before, and we’ll see where we are on Friday.”", "direct", "Halvorsen",
          "Dan Halvorsen", speaker_at="Halvorsen said at his"),
        Q("“a vote for a city that works for everyone, not just the people who can show up at City Hall at 2 p.m. "
          "on a Wednesday.”", "partial", "Ana María Cortés Villanueva", "Ana María Cortés Villanueva"),
        Q("“a smooth and professional handover.”", "partial", "Rob Tanaka", "Rob Tanaka"),
        Q("rising rents had decided their vote", "indirect", "Several voters", None),
        Q("“I’ve lived here 31 years, and my rent has gone up $600 since the pandemic,”", "direct",
          "Luis Manuel Ortega Ruiz", "Luis Manuel Ortega Ruiz"),
        Q("“I want somebody who gets that.”", "direct", "Luis Manuel Ortega Ruiz", "Luis Manuel Ortega Ruiz"),
        Q("he backed Halvorsen", "indirect", "Gary Lindgren", "Gary Lindgren"),
        Q("“wave of break-ins”", "partial", "he", "Gary Lindgren", speaker_at="what he described"),
    ], source="blind"),
]
