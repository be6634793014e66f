"""Blind gold (set 42): short news articles written without sight of the pretagger.

Wire copy and regional dailies from many countries, in several house styles
(curly and straight double quotes, British single quotes), with direct, partial
and indirect quotes and the whole range of attribution. See gold_format.py for
the format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind42-mpox-goma", """Mpox cases surge in eastern Congo as first vaccines arrive

GOMA, DR Congo (AFP) - Health authorities in eastern Democratic Republic of Congo said on Tuesday that more than 1,200 new suspected mpox cases had been recorded in North Kivu in the past week, the highest weekly tally since the outbreak began, as the first large shipment of vaccines reached the region.

"We are running behind the virus, not ahead of it," said Dr Jean-Pierre Mukendi Kabasele, who heads the provincial health division. "Every day we wait, the chains of transmission get longer."

The newer, more transmissible strain of the virus has spread quickly through the crowded displacement camps around Goma, where hundreds of thousands of people have fled fighting between the army and M23 rebels.

According to the World Health Organization, children under 15 account for more than half of the suspected cases in the province. The UN agency said on Monday that testing capacity in the east remained "far below what is needed".

At the Bulengo camp on the western edge of the city, mothers queued from dawn outside a tented clinic run by Doctors Without Borders (MSF).

"My two boys have the spots, and the little one has a fever that won't go down," said Esperance Nsimire, 31, cradling her youngest. She said she had walked for two hours to reach the clinic.

MSF's emergency coordinator in Goma, Ahmed Ould Cheikh, told AFP that isolation was "almost impossible" in the camps, where families of eight or nine often share a single shelter.

"You can't tell a family to isolate when they have one tarpaulin between them," he said.

The 50,000 doses delivered on Tuesday were donated by the European Union and will go first to health workers and to contacts of confirmed cases, health minister Aimé Lukusa Ngoy said in a statement.

Officials said a second delivery was expected before the end of the month, but aid groups warned that the numbers still fell well short of the need.

The Africa Centres for Disease Control and Prevention (Africa CDC), which declared a continental public health emergency last year, said it was working with Kinshasa to open vaccination sites in Goma and Bukavu.

"This is a marathon, not a sprint," the agency's head of emergency response, Dr Salma Abdel-Rahman, told journalists in Addis Ababa. "But we cannot afford to walk.\"""", [
        Q("that more than 1,200 new suspected mpox cases had been recorded in North Kivu in the past week", "indirect",
          "Health authorities in eastern Democratic Republic of Congo", None),
        Q('"We are running behind the virus, not ahead of it,"', "direct", "Jean-Pierre Mukendi Kabasele",
          "Jean-Pierre Mukendi Kabasele"),
        Q('"Every day we wait, the chains of transmission get longer."', "direct", "Jean-Pierre Mukendi Kabasele",
          "Jean-Pierre Mukendi Kabasele"),
        Q("children under 15 account for more than half of the suspected cases in the province", "indirect",
          "the World Health Organization", "World Health Organization"),
        Q('"far below what is needed"', "partial", "The UN agency", "World Health Organization"),
        Q('"My two boys have the spots, and the little one has a fever that won\'t go down,"', "direct",
          "Esperance Nsimire", "Esperance Nsimire"),
        Q("she had walked for two hours to reach the clinic", "indirect", "She", "Esperance Nsimire",
          speaker_at="She said she had"),
        Q('"almost impossible"', "partial", "Ahmed Ould Cheikh", "Ahmed Ould Cheikh"),
        Q('"You can\'t tell a family to isolate when they have one tarpaulin between them,"', "direct", "he",
          "Ahmed Ould Cheikh", speaker_at='he said.'),
        Q("The 50,000 doses delivered on Tuesday were donated by the European Union and will go first to health "
          "workers and to contacts of confirmed cases", "indirect", "Aimé Lukusa Ngoy", "Aimé Lukusa Ngoy"),
        Q("a second delivery was expected before the end of the month", "indirect", "Officials", None),
        Q("that the numbers still fell well short of the need", "indirect", "aid groups", None),
        Q("it was working with Kinshasa to open vaccination sites in Goma and Bukavu", "indirect",
          "The Africa Centres for Disease Control and Prevention", "Africa Centres for Disease Control and Prevention"),
        Q('"This is a marathon, not a sprint,"', "direct", "Salma Abdel-Rahman", "Salma Abdel-Rahman"),
        Q('"But we cannot afford to walk."', "direct", "Salma Abdel-Rahman", "Salma Abdel-Rahman"),
    ]),
    Case("blind42-bank-kl", """Malaysia's Perdana Bank posts record profit, flags commercial property stress

KUALA LUMPUR (Reuters) - Malaysia's Perdana Bank Bhd on Thursday reported a 14 per cent rise in full-year net profit to a record 4.1 billion ringgit ($870 million), helped by strong loan growth and lower provisions, but warned that stress was building in its commercial property book.

The country's third-largest lender by assets said net interest income rose 9 per cent, while impairment charges fell by a third from a year earlier. It proposed a final dividend of 22 sen a share.

"It was a year in which our core franchise really came through," group chief executive Datuk Seri Lim Wei Ming told a results briefing. "Consumers kept borrowing, and businesses kept investing."

Lim said, however, that the bank had set aside an additional 180 million ringgit against office and retail property loans, mostly in the Klang Valley, where vacancy rates have climbed since the pandemic.

"We're not seeing defaults yet, but we are being prudent," he said. "We'd rather be early than sorry."

Chief financial officer Nurul Aisyah binti Hamzah said the bank expected loan growth of 6 to 7 per cent this year, slightly below the 8 per cent achieved in 2024, as higher living costs weighed on household borrowing.

Perdana's shares rose as much as 2.3 per cent in afternoon trade before paring gains to close 1.1 per cent higher, outperforming the benchmark FTSE Bursa Malaysia KLCI index.

Analysts were broadly positive. Kenanga Investment Bank analyst Wong Kar Lok said the results were "slightly ahead of consensus" and that the higher dividend was a pleasant surprise.

But a Singapore-based banking analyst at a foreign brokerage, who declined to be named because he was not authorised to speak to the media, said the property provisions could be "the tip of the iceberg" if office vacancies kept rising.

Bank Negara Malaysia said last month that asset quality across the banking system remained sound, with the gross impaired loans ratio steady at 1.6 per cent.

The bank also announced that former central bank deputy governor Tan Sri Abdul Rahman bin Ismail would join its board as independent chairman in April, succeeding Tan Sri Chong Mei Lan, who is retiring after nine years.

($1 = 4.71 ringgit)

(Reporting by Aziz Rahman; Editing by Peter Hartley)""", [
        Q("that stress was building in its commercial property book", "indirect", "Perdana Bank Bhd",
          "Perdana Bank Bhd"),
        Q("net interest income rose 9 per cent, while impairment charges fell by a third from a year earlier",
          "indirect", "The country's third-largest lender by assets", "Perdana Bank Bhd"),
        Q('"It was a year in which our core franchise really came through,"', "direct", "Lim Wei Ming",
          "Lim Wei Ming"),
        Q('"Consumers kept borrowing, and businesses kept investing."', "direct", "Lim Wei Ming", "Lim Wei Ming"),
        Q("that the bank had set aside an additional 180 million ringgit against office and retail property loans, "
          "mostly in the Klang Valley, where vacancy rates have climbed since the pandemic", "indirect", "Lim",
          "Lim Wei Ming", speaker_at="Lim said"),
        Q('"We\'re not seeing defaults yet, but we are being prudent,"', "direct", "he", "Lim Wei Ming",
          speaker_at="he said."),
        Q('"We\'d rather be early than sorry."', "direct", "he", "Lim Wei Ming", speaker_at="he said."),
        Q("the bank expected loan growth of 6 to 7 per cent this year, slightly below the 8 per cent achieved in "
          "2024, as higher living costs weighed on household borrowing", "indirect", "Nurul Aisyah binti Hamzah",
          "Nurul Aisyah binti Hamzah"),
        Q('"slightly ahead of consensus"', "partial", "Wong Kar Lok", "Wong Kar Lok"),
        Q("that the higher dividend was a pleasant surprise", "indirect", "Wong Kar Lok", "Wong Kar Lok"),
        Q('"the tip of the iceberg"', "partial", "a Singapore-based banking analyst at a foreign brokerage", None),
        Q("that asset quality across the banking system remained sound, with the gross impaired loans ratio steady "
          "at 1.6 per cent", "indirect", "Bank Negara Malaysia", "Bank Negara Malaysia"),
        Q("that former central bank deputy governor Tan Sri Abdul Rahman bin Ismail would join its board as "
          "independent chairman in April", "indirect", "The bank", "Perdana Bank Bhd",
          speaker_at="The bank also announced"),
    ]),
    Case("blind42-byelection-leicester", """Labour holds Belgrave seat but Greens close the gap

Labour has held on to its Belgrave seat on Leicester City Council in Thursday's by-election, but with a sharply reduced majority after a strong showing by the Green Party.

Harjinder Kaur-Bains won 1,642 votes, 311 more than Green candidate Ollie Featherstone-Price, on a turnout of just under 24 per cent. The Conservatives finished third and the Liberal Democrats fourth.

The by-election was called after the death in January of long-serving councillor Ramesh Chauhan, who had represented the ward since 1999.

Speaking at the count in the early hours of Friday, Ms Kaur-Bains said: 'Ramesh was a giant of this community and I know I have big shoes to fill. My priority will be the same as his \u2013 making sure people have decent homes and the services they deserve.'

She said housing had come up 'on almost every doorstep' during the campaign, particularly the state of council flats off Loughborough Road, where residents have complained of damp and mould for years.

Mr Featherstone-Price, a 29-year-old maths teacher, said the result showed voters were 'fed up of being taken for granted'.

'Three years ago we didn't even stand a candidate here,' he said. 'Tonight we came within a few hundred votes. That tells you everything about where this city is going.'

Labour's city party chairwoman, Bhavna Mistry, acknowledged the party 'had work to do' to win back younger voters, but insisted the result was 'a clear endorsement' of the council's record on housing and on keeping libraries open.

The Conservative candidate, Dev Joshi, declined to comment as he left the count.

A city council spokesperson said the declaration had been delayed by around an hour because of 'a discrepancy in one ballot box', which was resolved after the postal votes were recounted.

Outside the polling station at Ross Walk on Thursday, several residents told the Mercury they were more worried about bin collections and potholes than about party politics.

'Nobody comes round here until they want your vote,' said one pensioner, who did not want to be named. 'Then you don't see them for four years.'

Ms Kaur-Bains will be formally welcomed into the chamber at the next full council meeting on March 20.""", [
        Q("'Ramesh was a giant of this community and I know I have big shoes to fill. My priority will be the same "
          "as his \u2013 making sure people have decent homes and the services they deserve.'", "direct",
          "Kaur-Bains", "Harjinder Kaur-Bains", speaker_at="Ms Kaur-Bains said:"),
        Q("'on almost every doorstep'", "partial", "She", "Harjinder Kaur-Bains", speaker_at="She said housing"),
        Q("'fed up of being taken for granted'", "partial", "Featherstone-Price", "Ollie Featherstone-Price",
          speaker_at="Mr Featherstone-Price, a 29"),
        Q("'Three years ago we didn't even stand a candidate here,'", "direct", "he", "Ollie Featherstone-Price",
          speaker_at="he said"),
        Q("'Tonight we came within a few hundred votes. That tells you everything about where this city is going.'",
          "direct", "he", "Ollie Featherstone-Price", speaker_at="he said"),
        Q("'had work to do'", "partial", "Bhavna Mistry", "Bhavna Mistry"),
        Q("'a clear endorsement'", "partial", "Bhavna Mistry", "Bhavna Mistry"),
        Q("'a discrepancy in one ballot box'", "partial", "A city council spokesperson", None),
        Q("they were more worried about bin collections and potholes than about party politics", "indirect",
          "several residents", None),
        Q("'Nobody comes round here until they want your vote,'", "direct", "one pensioner", None),
        Q("'Then you don't see them for four years.'", "direct", "one pensioner", None),
    ]),
    Case("blind42-obit-folk-singer", """Tributes paid to Glens folk singer Br\u00edd McAllister-\u00d3 N\u00e9ill

Tributes have been paid to the folk singer Br\u00edd McAllister-\u00d3 N\u00e9ill, whose recordings of old songs from the Glens of Antrim carried them to audiences from Boston to Brittany, following her death at the age of 84.

She died peacefully on Sunday at her home in Cushendall, surrounded by her family, her son Cathal said.

Born in Glenariffe in 1941, the daughter of a fisherman and a schoolteacher, she learned many of her songs from her grandmother, who sang them in both Irish and English. She began singing in public at fleadhs in the 1960s and was soon in demand at folk clubs in Belfast, Glasgow and London.

Her 1972 album \u201cThe Lark in the Glen\u201d was reissued in 2019 and introduced her to a new generation of listeners.

Singer and broadcaster R\u00f3is\u00edn de B\u00farca, who presented a BBC Radio Ulster documentary on her life, described her as \u201ca keeper of the tradition in the truest sense\u201d.

\u201cBr\u00edd never thought of the songs as hers. She always said she was only minding them for a while,\u201d de B\u00farca said. \u201cShe was generous with everything she knew, and she\u2019d sit down with anyone who wanted to learn.\u201d

Uilleann piper D\u00f3nal Mac Giolla Bhr\u00edde, who toured with her across Europe in the 1980s, said she had \u201ca voice that could stop a fair\u201d.

\u201cYou\u2019d be in some hall in Germany with people who hadn\u2019t a word of Irish, and you could hear a pin drop,\u201d he recalled.

During the Troubles she was known for performing in venues on both sides of the community, often at her own expense.

\u201cHer songs belonged to everybody, whatever church they went to,\u201d said the Rev Gareth Lyttle, a Presbyterian minister and close friend, who will give a reading at her funeral.

The Mayor of Causeway Coast and Glens Borough Council, Cllr Niamh Kearney-Dunlop, said the borough had lost \u201cone of its great treasures\u201d. \u201cOur thoughts and prayers are with her family at this difficult time,\u201d she added.

The Arts Council of Northern Ireland said in a statement that her contribution to traditional music \u201ccannot be overstated\u201d.

Cathal \u00d3 N\u00e9ill said the family had been \u201coverwhelmed\u201d by messages from across Ireland, Scotland and as far away as Nova Scotia.

She is survived by her husband Se\u00e1n, sons Cathal and Niall, daughter M\u00e1ire and eight grandchildren. Requiem Mass will be celebrated at St Mary\u2019s Church, Cushendall, on Wednesday at 11am.""", [
        Q("She died peacefully on Sunday at her home in Cushendall, surrounded by her family", "indirect",
          "her son Cathal", "Cathal \u00d3 N\u00e9ill"),
        Q("\u201ca keeper of the tradition in the truest sense\u201d", "partial", "R\u00f3is\u00edn de B\u00farca",
          "R\u00f3is\u00edn de B\u00farca"),
        Q("\u201cBr\u00edd never thought of the songs as hers. She always said she was only minding them for a "
          "while,\u201d", "direct", "de B\u00farca", "R\u00f3is\u00edn de B\u00farca",
          speaker_at="de B\u00farca said"),
        Q("\u201cShe was generous with everything she knew, and she\u2019d sit down with anyone who wanted to "
          "learn.\u201d", "direct", "de B\u00farca", "R\u00f3is\u00edn de B\u00farca", speaker_at="de B\u00farca said"),
        Q("\u201ca voice that could stop a fair\u201d", "partial", "D\u00f3nal Mac Giolla Bhr\u00edde",
          "D\u00f3nal Mac Giolla Bhr\u00edde"),
        Q("\u201cYou\u2019d be in some hall in Germany with people who hadn\u2019t a word of Irish, and you could "
          "hear a pin drop,\u201d", "direct", "he", "D\u00f3nal Mac Giolla Bhr\u00edde", speaker_at="he recalled"),
        Q("\u201cHer songs belonged to everybody, whatever church they went to,\u201d", "direct", "Gareth Lyttle",
          "Gareth Lyttle"),
        Q("\u201cone of its great treasures\u201d", "partial", "Niamh Kearney-Dunlop", "Niamh Kearney-Dunlop"),
        Q("\u201cOur thoughts and prayers are with her family at this difficult time,\u201d", "direct", "she",
          "Niamh Kearney-Dunlop", speaker_at="she added"),
        Q("\u201ccannot be overstated\u201d", "partial", "The Arts Council of Northern Ireland",
          "Arts Council of Northern Ireland"),
        Q("\u201coverwhelmed\u201d", "partial", "Cathal \u00d3 N\u00e9ill", "Cathal \u00d3 N\u00e9ill"),
    ]),
    Case("blind42-hurling-galway", """Late Mac Donncha point sends Galway into Leinster final

Galway 1-24 Kilkenny 0-26

Galway are back in a Leinster final after a one-point win over Kilkenny in a pulsating contest at Pearse Stadium on Sunday, with a late point from substitute Tadhg Mac Donncha proving the difference in front of 17,800 spectators.

It was Galway's first championship win over the Cats in Salthill in six years, and manager Miche\u00e1l Donoghue-Fahy admitted afterwards that his side had ridden their luck at times.

"Look, Kilkenny threw everything at us in the last ten minutes and we had to dig in," he said. "There's an awful lot to work on, but you don't turn down a win like that in Leinster."

Full-forward Brian Kilcommins was Galway's top scorer with 0-9, seven from frees, while the Kilkenny goalkeeper made a superb save from Conor \u00d3 Cual\u00e1in in the 52nd minute to keep his side in touch.

The game was level eight times in the second half. Kilkenny led by two entering injury time, but a Kilcommins free and a sideline cut from captain Ciar\u00e1n Fennessy levelled it before Mac Donncha, who came on in the 58th minute, fired over the winner from out on the right.

Mac Donncha said he "didn't even look up" before striking it. "I just hit it and hoped. The roar after it was something else," the 20-year-old from Castlegar told the Tribune.

Kilkenny manager Eamon Ryan-Brennan was left to rue 14 wides. "We had enough of the ball to win two matches," Ryan-Brennan said. "We just didn't take our chances, and at this level you get punished for that."

He confirmed that corner-back Se\u00e1n de R\u00f3iste had suffered a hamstring injury and was "a major doubt" for the All-Ireland qualifiers.

Galway GAA said in a statement on Sunday night that tickets for the final would go on sale on Tuesday, and urged supporters to buy them online in advance.

The Leinster final takes place at Croke Park on June 8, when Galway will face either Dublin or Wexford.""", [
        Q("that his side had ridden their luck at times", "indirect", "Miche\u00e1l Donoghue-Fahy",
          "Miche\u00e1l Donoghue-Fahy"),
        Q('"Look, Kilkenny threw everything at us in the last ten minutes and we had to dig in,"', "direct", "he",
          "Miche\u00e1l Donoghue-Fahy", speaker_at="he said"),
        Q('"There\'s an awful lot to work on, but you don\'t turn down a win like that in Leinster."', "direct",
          "he", "Miche\u00e1l Donoghue-Fahy", speaker_at="he said"),
        Q('"didn\'t even look up"', "partial", "Mac Donncha", "Tadhg Mac Donncha", speaker_at="Mac Donncha said he"),
        Q('"I just hit it and hoped. The roar after it was something else,"', "direct",
          "the 20-year-old from Castlegar", "Tadhg Mac Donncha"),
        Q('"We had enough of the ball to win two matches,"', "direct", "Ryan-Brennan", "Eamon Ryan-Brennan",
          speaker_at="Ryan-Brennan said"),
        Q('"We just didn\'t take our chances, and at this level you get punished for that."', "direct",
          "Ryan-Brennan", "Eamon Ryan-Brennan", speaker_at="Ryan-Brennan said"),
        Q("that corner-back Se\u00e1n de R\u00f3iste had suffered a hamstring injury", "indirect", "He",
          "Eamon Ryan-Brennan", speaker_at="He confirmed"),
        Q('"a major doubt"', "partial", "He", "Eamon Ryan-Brennan", speaker_at="He confirmed"),
        Q("that tickets for the final would go on sale on Tuesday", "indirect", "Galway GAA", "Galway GAA"),
    ]),
    Case("blind42-cyclone-townsville", """Residents told to finish preparations as Cyclone Tamsin intensifies

Townsville residents have been told to finish preparing their homes by Tuesday night after Tropical Cyclone Tamsin intensified to a category 3 system in the Coral Sea and began tracking towards the coast between Cardwell and Bowen.

The Bureau of Meteorology said the cyclone was expected to cross early on Wednesday, bringing destructive wind gusts of up to 200km/h near its core, heavy rainfall and a dangerous storm tide.

\u201cThis is a serious system and people need to treat it seriously,\u201d bureau senior meteorologist Shenal Fernando-Weeks said on Monday afternoon.

\u201cIf you\u2019re in a storm tide evacuation zone and you\u2019re told to leave, leave. Don\u2019t wait to see what it looks like in the morning.\u201d

Townsville Mayor Gwen Tapsall said the council\u2019s local disaster management group had been activated and sandbagging stations would open at Aitkenvale, Kirwan and Condon from 7am on Tuesday.

\u201cGet your cyclone kit ready, tie down anything in the yard that can become a missile, and check on your neighbours, especially the elderly,\u201d she said.

Acting Inspector Tomasi Vunibola of Queensland Police said motorists should stay off the roads once the wind picked up, and that officers would close the Bruce Highway if conditions became dangerous.

On Palm Island, where many homes were badly damaged by Cyclone Yasi in 2011, community leaders were preparing the school and the PCYC as shelters.

\u201cOur people know what a big blow looks like,\u201d Palm Island Mayor Desmond Haines told the Bulletin. \u201cWe\u2019re ready, but we\u2019re asking everyone on the mainland to keep us in their thoughts.\u201d

At Bunnings in Garbutt, shoppers queued out the door for tarps, batteries and gas bottles.

\u201cWe went through Yasi, so we know what it can do,\u201d said Kirwan resident Maria Santos-Costa as she loaded bottled water into her car. \u201cI\u2019m not taking any chances this time.\u201d

Ergon Energy said crews had been positioned in Townsville, Ingham and Ayr, and warned that outages could last several days in the worst-hit areas.

The bureau warned that flooding was likely to continue for days after the system crossed, with falls of up to 400mm forecast for parts of the Burdekin and Herbert catchments.

Prof Anjali Raghunathan of James Cook University\u2019s Cyclone Testing Station said homes built before the mid-1980s were most at risk, describing garage doors as \u201cthe Achilles heel\u201d of many older houses.""", [
        Q("the cyclone was expected to cross early on Wednesday, bringing destructive wind gusts of up to 200km/h "
          "near its core, heavy rainfall and a dangerous storm tide", "indirect", "The Bureau of Meteorology",
          "Bureau of Meteorology"),
        Q("\u201cThis is a serious system and people need to treat it seriously,\u201d", "direct",
          "Shenal Fernando-Weeks", "Shenal Fernando-Weeks"),
        Q("\u201cIf you\u2019re in a storm tide evacuation zone and you\u2019re told to leave, leave. Don\u2019t wait "
          "to see what it looks like in the morning.\u201d", "direct", "Shenal Fernando-Weeks",
          "Shenal Fernando-Weeks"),
        Q("the council\u2019s local disaster management group had been activated and sandbagging stations would "
          "open at Aitkenvale, Kirwan and Condon from 7am on Tuesday", "indirect", "Gwen Tapsall", "Gwen Tapsall"),
        Q("\u201cGet your cyclone kit ready, tie down anything in the yard that can become a missile, and check on "
          "your neighbours, especially the elderly,\u201d", "direct", "she", "Gwen Tapsall", speaker_at="she said"),
        Q("motorists should stay off the roads once the wind picked up, and that officers would close the Bruce "
          "Highway if conditions became dangerous", "indirect", "Tomasi Vunibola", "Tomasi Vunibola"),
        Q("\u201cOur people know what a big blow looks like,\u201d", "direct", "Desmond Haines", "Desmond Haines"),
        Q("\u201cWe\u2019re ready, but we\u2019re asking everyone on the mainland to keep us in their thoughts.\u201d",
          "direct", "Desmond Haines", "Desmond Haines"),
        Q("\u201cWe went through Yasi, so we know what it can do,\u201d", "direct", "Maria Santos-Costa",
          "Maria Santos-Costa"),
        Q("\u201cI\u2019m not taking any chances this time.\u201d", "direct", "Maria Santos-Costa", "Maria Santos-Costa"),
        Q("crews had been positioned in Townsville, Ingham and Ayr", "indirect", "Ergon Energy", "Ergon Energy"),
        Q("that outages could last several days in the worst-hit areas", "indirect", "Ergon Energy", "Ergon Energy"),
        Q("that flooding was likely to continue for days after the system crossed, with falls of up to 400mm "
          "forecast for parts of the Burdekin and Herbert catchments", "indirect", "The bureau",
          "Bureau of Meteorology"),
        Q("homes built before the mid-1980s were most at risk", "indirect", "Anjali Raghunathan",
          "Anjali Raghunathan"),
        Q("\u201cthe Achilles heel\u201d", "partial", "Anjali Raghunathan", "Anjali Raghunathan"),
    ]),
    Case("blind42-teachers-strike-southland", """Southland teachers walk off the job over pay

Hundreds of Southland secondary teachers walked off the job on Thursday, joining a nationwide strike over pay and workloads that closed most of the region's high schools for the day.

About 600 teachers and supporters marched through central Invercargill, waving placards and chanting, before gathering outside the Ministry of Education's regional office on Esk St.

Post Primary Teachers' Association (PPTA) Southland regional chair Mere Te Huia-Kingi, who teaches te reo M\u0101ori at an Invercargill secondary school, said teachers had not taken the decision lightly.

\u201cNobody goes into teaching to go on strike,\u201d she said. \u201cBut we are losing good people every term, and the ones who stay are stretched to breaking point.\u201d

She said some schools in the region had been advertising for maths and science teachers for more than a year without a single suitable applicant.

The ministry's deputy secretary for workforce, Jonathan van der Berg, said the Government's offer of a 3 per cent increase over three years was \u201cfair and affordable\u201d in the current economic climate.

\u201cWe remain at the table, and we want to reach a settlement as quickly as possible so that students are not disrupted any further,\u201d van der Berg said in a statement.

In Gore, mother-of-three Lesieli Taufa said she supported the teachers \u201c100 per cent\u201d, even though the strike meant taking a day's unpaid leave to look after her children.

\u201cMy eldest has had four different maths teachers in two years. That's not the teachers' fault,\u201d she said.

Southland Secondary Principals' Association chairman Hamish Gillespie said most principals backed their staff but were worried about the impact on senior students preparing for NCEA exams.

\u201cWe've got year 13s who need every hour of teaching they can get,\u201d Gillespie said. \u201cI'd urge both sides to get back in a room and sort this out.\u201d

According to the PPTA, nearly 19,000 teachers took part in strike action across the country.

The union said rolling strikes by year level would begin next month if no agreement was reached, starting with year 9 classes.""", [
        Q("teachers had not taken the decision lightly", "indirect", "Mere Te Huia-Kingi", "Mere Te Huia-Kingi"),
        Q("\u201cNobody goes into teaching to go on strike,\u201d", "direct", "she", "Mere Te Huia-Kingi",
          speaker_at="strike,\u201d she said"),
        Q("\u201cBut we are losing good people every term, and the ones who stay are stretched to breaking "
          "point.\u201d", "direct", "she", "Mere Te Huia-Kingi", speaker_at="strike,\u201d she said"),
        Q("some schools in the region had been advertising for maths and science teachers for more than a year "
          "without a single suitable applicant", "indirect", "She", "Mere Te Huia-Kingi",
          speaker_at="She said some"),
        Q("\u201cfair and affordable\u201d", "partial", "Jonathan van der Berg", "Jonathan van der Berg"),
        Q("\u201cWe remain at the table, and we want to reach a settlement as quickly as possible so that students "
          "are not disrupted any further,\u201d", "direct", "van der Berg", "Jonathan van der Berg",
          speaker_at="van der Berg said"),
        Q("\u201c100 per cent\u201d", "partial", "Lesieli Taufa", "Lesieli Taufa"),
        Q("\u201cMy eldest has had four different maths teachers in two years. That's not the teachers' "
          "fault,\u201d", "direct", "she", "Lesieli Taufa", speaker_at="fault,\u201d she said"),
        Q("most principals backed their staff but were worried about the impact on senior students preparing for "
          "NCEA exams", "indirect", "Hamish Gillespie", "Hamish Gillespie"),
        Q("\u201cWe've got year 13s who need every hour of teaching they can get,\u201d", "direct", "Gillespie",
          "Hamish Gillespie", speaker_at="can get,\u201d Gillespie said"),
        Q("\u201cI'd urge both sides to get back in a room and sort this out.\u201d", "direct", "Gillespie",
          "Hamish Gillespie", speaker_at="can get,\u201d Gillespie said"),
        Q("nearly 19,000 teachers took part in strike action across the country", "indirect", "the PPTA",
          "Post Primary Teachers' Association"),
        Q("rolling strikes by year level would begin next month if no agreement was reached, starting with year 9 "
          "classes", "indirect", "The union", "Post Primary Teachers' Association"),
    ]),
    Case("blind42-rezoning-vancouver", """Council approves 21-storey rental tower near Broadway subway after four-night hearing

Vancouver city council has approved a 21-storey rental tower near a future Broadway subway station in Kitsilano, ending a heated public hearing that stretched over four nights and drew more than 200 speakers.

Council voted 8-3 early Wednesday in favour of the rezoning at West Broadway and Yew Street, which will create 312 rental homes, 20 per cent of them at below-market rents. According to a city staff report, the tower would be the tallest building in Kitsilano west of Burrard Street.

Coun. Priya Sandhu-Gill, who moved the motion, said the city could not keep telling young people there was no room for them.

\u201cWe are in a housing emergency. If not here, a block from a $2.8-billion subway station, then where?\u201d she asked.

Opponents, many of them organized under the banner \u201cKits Neighbours for Sensible Growth,\u201d argued that the tower was out of scale with the neighbourhood and would cast long shadows over a nearby park.

\u201cNobody here is against housing. We\u2019re against this building, on this site, at this height,\u201d said Marguerite Delacroix-Hughes, a retired nurse who has lived on the block for 34 years.

Coun. Rebecca Yuen-Laframboise, one of three councillors who voted against, said she supported more rental housing but worried the project would displace tenants from two older walk-up buildings that will be demolished.

The developer, Westbridge Pacific Properties, said in a statement that existing tenants would be offered units in the new building at their current rents, plus moving costs.

\u201cWe\u2019ve listened, and we\u2019ve changed the design three times,\u201d said Arash Tehrani, the firm\u2019s vice-president of development. \u201cThis is a better building because of this process.\u201d

B.C.\u2019s housing ministry said in an emailed statement that the project was the kind of transit-oriented development the province wanted to see along the new line.

A spokesperson for the Vancouver Tenants Union said the protections were \u201cbetter than nothing, but not by much,\u201d and urged the city to go further on future rezonings.

Construction is expected to begin in late 2026 and take about three years.""", [
        Q("the tower would be the tallest building in Kitsilano west of Burrard Street", "indirect",
          "a city staff report", None),
        Q("the city could not keep telling young people there was no room for them", "indirect",
          "Priya Sandhu-Gill", "Priya Sandhu-Gill"),
        Q("\u201cWe are in a housing emergency. If not here, a block from a $2.8-billion subway station, then "
          "where?\u201d", "direct", "she", "Priya Sandhu-Gill", speaker_at="she asked"),
        Q("that the tower was out of scale with the neighbourhood and would cast long shadows over a nearby park",
          "indirect", "Opponents", None),
        Q("\u201cNobody here is against housing. We\u2019re against this building, on this site, at this "
          "height,\u201d", "direct", "Marguerite Delacroix-Hughes", "Marguerite Delacroix-Hughes"),
        Q("she supported more rental housing but worried the project would displace tenants from two older "
          "walk-up buildings that will be demolished", "indirect", "Rebecca Yuen-Laframboise",
          "Rebecca Yuen-Laframboise"),
        Q("that existing tenants would be offered units in the new building at their current rents, plus moving "
          "costs", "indirect", "The developer", "Westbridge Pacific Properties"),
        Q("\u201cWe\u2019ve listened, and we\u2019ve changed the design three times,\u201d", "direct", "Arash Tehrani",
          "Arash Tehrani"),
        Q("\u201cThis is a better building because of this process.\u201d", "direct", "Arash Tehrani",
          "Arash Tehrani"),
        Q("that the project was the kind of transit-oriented development the province wanted to see along the new "
          "line", "indirect", "B.C.\u2019s housing ministry", None),
        Q("\u201cbetter than nothing, but not by much,\u201d", "partial",
          "A spokesperson for the Vancouver Tenants Union", None),
    ]),
    Case("blind42-gold-trial-kampala", """Kampala trial hears how gold was hidden in tea consignments

A Kampala court this week heard how nearly 60 kilogrammes of gold, worth an estimated $4.5 million, was allegedly concealed in consignments of tea bound for Dubai, in a case that has exposed gaps in the region's efforts to curb mineral smuggling.

Four people, including a senior official of the Uganda Revenue Authority (URA) and a Congolese businessman, have pleaded not guilty to smuggling, forgery and money laundering before the Anti-Corruption Division of the High Court.

Opening the prosecution case on Monday, Senior State Attorney Brenda Nakalembe-Okello told the court that the accused had used forged export documents and a network of clearing agents to move the gold through Entebbe International Airport on at least three occasions between March and June last year.

\u201cThis was not an opportunistic crime. It was planned, organised and protected from the inside,\u201d she said.

The first prosecution witness, a URA scanner operator who cannot be named for his own safety, testified that a supervisor had ordered him to \u201cwave through\u201d one of the consignments without inspection. He said he was later given an envelope containing Ush2 million, which he handed to investigators.

Defence lawyer Ahmed Sebuliba Musoke, who represents businessman Patrick Kambale Mutsunga, told journalists outside the court that his client was \u201ca legitimate trader being made a scapegoat\u201d.

\u201cMy client holds export licences in both Kinshasa and Kampala. He has nothing to hide,\u201d Mr Sebuliba said.

Justice Henry Ochan Odongo adjourned the hearing to March 18 and remanded the four, saying the risk that they would flee the country was \u201creal and substantial\u201d.

In a statement, the URA said it had suspended the official and was cooperating fully with investigators.

According to a report published last year by a Geneva-based watchdog, much of the gold exported from Uganda originates in eastern DR Congo, where armed groups control many artisanal mines. Kampala has repeatedly denied that it serves as a transit hub for conflict gold.

Regional trade analysts say the case shows how customs systems in East Africa remain vulnerable to insiders. \u201cYou can have the best scanners in the world, but if the person at the machine has been paid, the machine is useless,\u201d said Dr Wanjiru Kamau-Mwangi, a researcher at the Nairobi-based Institute for Security and Trade Studies.

Officials at the UAE embassy in Kampala did not respond to requests for comment.""", [
        Q("that the accused had used forged export documents and a network of clearing agents to move the gold "
          "through Entebbe International Airport on at least three occasions between March and June last year",
          "indirect", "Brenda Nakalembe-Okello", "Brenda Nakalembe-Okello"),
        Q("\u201cThis was not an opportunistic crime. It was planned, organised and protected from the inside,\u201d",
          "direct", "she", "Brenda Nakalembe-Okello", speaker_at="she said"),
        Q("\u201cwave through\u201d", "partial", "The first prosecution witness", None),
        Q("he was later given an envelope containing Ush2 million, which he handed to investigators", "indirect",
          "He", None, speaker_at="He said he was"),
        Q("\u201ca legitimate trader being made a scapegoat\u201d", "partial", "Ahmed Sebuliba Musoke",
          "Ahmed Sebuliba Musoke"),
        Q("\u201cMy client holds export licences in both Kinshasa and Kampala. He has nothing to hide,\u201d", "direct",
          "Sebuliba", "Ahmed Sebuliba Musoke", speaker_at="Mr Sebuliba said"),
        Q("\u201creal and substantial\u201d", "partial", "Henry Ochan Odongo", "Henry Ochan Odongo"),
        Q("it had suspended the official and was cooperating fully with investigators", "indirect", "the URA",
          "Uganda Revenue Authority", speaker_at="the URA said"),
        Q("much of the gold exported from Uganda originates in eastern DR Congo, where armed groups control many "
          "artisanal mines", "indirect", "a report published last year by a Geneva-based watchdog", None),
        Q("that it serves as a transit hub for conflict gold", "indirect", "Kampala", None,
          speaker_at="Kampala has repeatedly"),
        Q("the case shows how customs systems in East Africa remain vulnerable to insiders", "indirect",
          "Regional trade analysts", None),
        Q("\u201cYou can have the best scanners in the world, but if the person at the machine has been paid, the "
          "machine is useless,\u201d", "direct", "Wanjiru Kamau-Mwangi", "Wanjiru Kamau-Mwangi"),
    ]),
    Case("blind42-bribery-trial-abuja", """Court admits video evidence in ex-senator's $2.1m bribery trial

The Federal High Court in Abuja on Wednesday admitted a video recording as evidence in the bribery trial of former lawmaker Sen. Ibrahim Danjuma Bello, who is accused of collecting $2.1 million from a contractor to influence the award of federal road contracts.

The trial judge, Justice Obiageli Nwankwo-Adeyemi, overruled an objection by the defence, which had argued that the recording was "illegally obtained" and had been "tampered with beyond redemption".

"The law is settled that relevance, and not the manner in which evidence was obtained, is the primary test of admissibility," the judge held in her ruling.

She said the defence would have ample opportunity to challenge the weight of the evidence during cross-examination.

The Independent Corrupt Practices and Other Related Offences Commission (ICPC) alleges that Mr Bello received the money in three instalments between 2021 and 2022 from Alhaji Sani Kabir Dogonyaro, whose company later won contracts worth N14.6 billion.

Mr Bello, who represented Niger East senatorial district between 2019 and 2023, has pleaded not guilty to the 12-count charge.

Testifying as the third prosecution witness, an ICPC investigator, Aisha Umar-Lawal, told the court that the video was recorded by the contractor on his mobile phone during a meeting at the former senator's Maitama residence in August 2021.

Under cross-examination, she said she had "no reason to doubt" the integrity of the recording, which she said had been examined by forensic experts in Lagos.

Lead defence counsel, Chief Adebayo Oyelaran-Williams, SAN, told journalists after the sitting that his team would appeal against the ruling.

"We respect the court, but we believe this decision is wrong in law, and we will test it at the Court of Appeal," he said.

In a statement on Wednesday evening, the commission's spokesperson, Zainab Abdullahi Yakasai, described the ruling as "a victory for accountability" and urged Nigerians to support the fight against corruption.

When contacted by PREMIUM TIMES, an official in the office of the Clerk of the National Assembly, who asked not to be named, said the legislature would not comment on a matter before the courts.

Justice Nwankwo-Adeyemi adjourned the case until May 14 for continuation of trial.""", [
        Q('"illegally obtained"', "partial", "the defence", None, speaker_at="by the defence, which"),
        Q('"tampered with beyond redemption"', "partial", "the defence", None, speaker_at="by the defence, which"),
        Q('"The law is settled that relevance, and not the manner in which evidence was obtained, is the primary '
          'test of admissibility,"', "direct", "the judge", "Obiageli Nwankwo-Adeyemi"),
        Q("the defence would have ample opportunity to challenge the weight of the evidence during cross-examination",
          "indirect", "She", "Obiageli Nwankwo-Adeyemi", speaker_at="She said the defence"),
        Q("that Mr Bello received the money in three instalments between 2021 and 2022 from Alhaji Sani Kabir "
          "Dogonyaro, whose company later won contracts worth N14.6 billion", "indirect",
          "The Independent Corrupt Practices and Other Related Offences Commission",
          "Independent Corrupt Practices and Other Related Offences Commission"),
        Q("that the video was recorded by the contractor on his mobile phone during a meeting at the former "
          "senator's Maitama residence in August 2021", "indirect", "Aisha Umar-Lawal", "Aisha Umar-Lawal"),
        Q('"no reason to doubt"', "partial", "she", "Aisha Umar-Lawal", speaker_at="Under cross-examination, she"),
        Q("had been examined by forensic experts in Lagos", "indirect", "she", "Aisha Umar-Lawal",
          speaker_at="which she said"),
        Q("that his team would appeal against the ruling", "indirect", "Adebayo Oyelaran-Williams",
          "Adebayo Oyelaran-Williams"),
        Q('"We respect the court, but we believe this decision is wrong in law, and we will test it at the Court of '
          'Appeal,"', "direct", "he", "Adebayo Oyelaran-Williams", speaker_at="he said"),
        Q('"a victory for accountability"', "partial", "Zainab Abdullahi Yakasai", "Zainab Abdullahi Yakasai"),
        Q("the legislature would not comment on a matter before the courts", "indirect",
          "an official in the office of the Clerk of the National Assembly", None),
    ]),
    Case("blind42-marathon-durban", """Mthethwa ends long wait for home win in Durban marathon

Sipho Mthethwa became the first South African man in 11 years to win the Durban International Marathon on Sunday, pulling away from defending champion Tesfaye Gebremedhin in the final three kilometres along the beachfront.

The 27-year-old from Pietermaritzburg crossed the line at Moses Mabhida Stadium in 2:09:41, 18 seconds ahead of the Ethiopian, with Kenya's Kiprono arap Langat a further minute back in third.

'I told myself in the last five kilometres that this is my city, these are my people, and I can't let them down,' an emotional Mthethwa said after the race. 'When I saw the stadium I knew nobody was going to catch me.'

Gebremedhin, speaking through an interpreter, said the humidity had made it 'a very hard day' and that he had started cramping after the 35km mark.

In the women's race, Lesotho's 'Mamello Ramakatsa retained her title in 2:27:05, ahead of South Africans Carla de Villiers-Botha and Nomvula Dlamini.

'It was hot, really hot, but I trained at altitude in Maseru all winter, so my body was ready,' said Ramakatsa, who collected R250,000 in prize money.

De Villiers-Botha, running only her second marathon, described her result as 'a dream'. 'I'm going to sleep for a week,' she joked.

Race director Riaan van der Merwe said a record 17,500 runners had started across the three distances, and that organisers would consider an earlier start next year to avoid the worst of the heat.

More than 300 runners were treated at medical tents along the route, mostly for dehydration, and 11 were taken to hospital, according to the event's chief medical officer, Dr Prenisha Naidoo.

'We had water points every two and a half kilometres and we still saw a lot of heat-related problems. People must listen to their bodies,' she said.

Athletics South Africa (ASA) said in a statement that Mthethwa's time was inside the qualifying standard for next year's world championships.

Roads along the beachfront had reopened by 2pm, a municipal spokesperson said.""", [
        Q("'I told myself in the last five kilometres that this is my city, these are my people, and I can't let "
          "them down,'", "direct", "Mthethwa", "Sipho Mthethwa", speaker_at="Mthethwa said"),
        Q("'When I saw the stadium I knew nobody was going to catch me.'", "direct", "Mthethwa", "Sipho Mthethwa",
          speaker_at="Mthethwa said"),
        Q("'a very hard day'", "partial", "Gebremedhin", "Tesfaye Gebremedhin", speaker_at="Gebremedhin, speaking"),
        Q("that he had started cramping after the 35km mark", "indirect", "Gebremedhin", "Tesfaye Gebremedhin",
          speaker_at="Gebremedhin, speaking"),
        Q("'It was hot, really hot, but I trained at altitude in Maseru all winter, so my body was ready,'", "direct",
          "Ramakatsa", "'Mamello Ramakatsa", speaker_at="said Ramakatsa"),
        Q("'a dream'", "partial", "De Villiers-Botha", "Carla de Villiers-Botha"),
        Q("'I'm going to sleep for a week,'", "direct", "she", "Carla de Villiers-Botha", speaker_at="she joked"),
        Q("a record 17,500 runners had started across the three distances, and that organisers would consider an "
          "earlier start next year to avoid the worst of the heat", "indirect", "Riaan van der Merwe",
          "Riaan van der Merwe"),
        Q("More than 300 runners were treated at medical tents along the route, mostly for dehydration, and 11 were "
          "taken to hospital", "indirect", "Prenisha Naidoo", "Prenisha Naidoo"),
        Q("'We had water points every two and a half kilometres and we still saw a lot of heat-related problems. "
          "People must listen to their bodies,'", "direct", "she", "Prenisha Naidoo", speaker_at="she said"),
        Q("that Mthethwa's time was inside the qualifying standard for next year's world championships", "indirect",
          "Athletics South Africa", "Athletics South Africa"),
        Q("Roads along the beachfront had reopened by 2pm", "indirect", "a municipal spokesperson", None),
    ]),
    Case("blind42-shaft-collapse-gwanda", """Five die as disused shaft collapses in Gwanda

GWANDA \u2014 Five artisanal miners died and three others were rescued alive after a disused shaft collapsed at a gold claim near Colleen Bawn on Tuesday night, police have confirmed.

Matabeleland South provincial police spokesperson Inspector Nomvelo Sibanda-Dube said the miners, aged between 19 and 42, had been working about 40 metres underground without a permit when the walls gave way at around 9pm.

\u201cWe once again urge members of the public to desist from working in disused and abandoned shafts. These are death traps,\u201d she said.

Rescuers from a nearby commercial mine and dozens of volunteers dug through the night with shovels and a borrowed excavator before the bodies were retrieved on Wednesday afternoon.

One of the survivors, Mthokozisi Ncube, 23, told the Chronicle from his bed at Gwanda Provincial Hospital that he had heard \u201ca sound like thunder\u201d just before the ground moved.

\u201cWe were shouting for help for hours. I thought we would all die down there,\u201d he said.

The Ministry of Mines and Mining Development\u2019s provincial mining director, Eng Tawanda Chikowore, said the claim\u2019s registered owner had stopped operations in 2019 and should have sealed the shaft.

\u201cThe law is very clear. When you abandon a working, you must make it safe. We will be engaging the owner,\u201d Eng Chikowore said.

Chief Madlela, whose area includes the mining site, said young men were being driven into dangerous work by a lack of jobs in the district.

\u201cOur children are dying for a few grams of gold. Government must help us to formalise these small miners so that they work safely,\u201d he said.

Relatives who gathered at the site on Wednesday said they had not known the men were working in the old shaft. Some of the victims were from as far afield as Filabusi and Bulawayo.

The Zimbabwe Miners Federation said it was saddened by the deaths and called for more safety training for small-scale miners, who it said accounted for more than 60 percent of the country\u2019s gold deliveries.

According to police, at least 40 artisanal miners have died in mining accidents in Matabeleland South since January.

The names of the deceased will be released once next of kin have been informed.""", [
        Q("Five artisanal miners died and three others were rescued alive after a disused shaft collapsed at a gold "
          "claim near Colleen Bawn on Tuesday night", "indirect", "police", None,
          speaker_at="police have confirmed"),
        Q("the miners, aged between 19 and 42, had been working about 40 metres underground without a permit when "
          "the walls gave way at around 9pm", "indirect", "Nomvelo Sibanda-Dube", "Nomvelo Sibanda-Dube"),
        Q("\u201cWe once again urge members of the public to desist from working in disused and abandoned shafts. "
          "These are death traps,\u201d", "direct", "she", "Nomvelo Sibanda-Dube", speaker_at="she said"),
        Q("\u201ca sound like thunder\u201d", "partial", "Mthokozisi Ncube", "Mthokozisi Ncube"),
        Q("\u201cWe were shouting for help for hours. I thought we would all die down there,\u201d", "direct", "he",
          "Mthokozisi Ncube", speaker_at="down there,\u201d he said"),
        Q("the claim\u2019s registered owner had stopped operations in 2019 and should have sealed the shaft",
          "indirect", "Tawanda Chikowore", "Tawanda Chikowore"),
        Q("\u201cThe law is very clear. When you abandon a working, you must make it safe. We will be engaging the "
          "owner,\u201d", "direct", "Chikowore", "Tawanda Chikowore", speaker_at="Eng Chikowore said"),
        Q("young men were being driven into dangerous work by a lack of jobs in the district", "indirect",
          "Madlela", "Madlela"),
        Q("\u201cOur children are dying for a few grams of gold. Government must help us to formalise these small "
          "miners so that they work safely,\u201d", "direct", "he", "Madlela", speaker_at="safely,\u201d he said"),
        Q("they had not known the men were working in the old shaft", "indirect",
          "Relatives who gathered at the site on Wednesday", None),
        Q("it was saddened by the deaths", "indirect", "The Zimbabwe Miners Federation", "Zimbabwe Miners Federation"),
        Q("accounted for more than 60 percent of the country\u2019s gold deliveries", "indirect", "it",
          "Zimbabwe Miners Federation", speaker_at="who it said"),
        Q("at least 40 artisanal miners have died in mining accidents in Matabeleland South since January",
          "indirect", "police", None, speaker_at="According to police"),
    ]),
    Case("blind42-museum-rak", """New museum tells the story of Ras Al Khaimah's pearl divers

A museum dedicated to the pearling trade that sustained Ras Al Khaimah for centuries opened on Saturday, with more than 2,000 objects, from diving weights to a 300-year-old merchant's ledger, on display in a restored coral-stone house in the emirate's old town.

Bait Al Lulu, or the House of Pearls, took four years to restore and was once the home of a prominent pearl-merchant family.

Sheikh Abdullah bin Saqr Al Dhaheri, chairman of the emirate\u2019s Department of Antiquities and Museums, said the museum would \u201cgive our children a way to touch their grandparents\u2019 lives\u201d.

\u201cFor most of our history the sea was everything: our food, our trade and our danger,\u201d he told The National during a tour of the galleries. \u201cYoung Emiratis today see the towers. We want them to see the dhows as well.\u201d

Museum director Dr H\u00e9l\u00e8ne Marchetti-Dubois, a French archaeologist who has worked in the emirate for 15 years, said about a third of the collection had been donated by local families.

\u201cEvery object came with a story,\u201d she said. \u201cSometimes the story was more precious than the object.\u201d

Among the donors is Saif bin Khamis Al Nuaimi, 78, whose father and grandfather dived the pearl banks off Jazirat Al Hamra. He gave the museum his father\u2019s fattam, the wooden clip divers wore on their noses.

\u201cWhen I saw it behind the glass, I cried,\u201d Mr Al Nuaimi said. \u201cMy father dived for 40 years and never owned a house.\u201d

Historians say the pearling economy collapsed in the 1930s after Japanese cultured pearls flooded the market and the Great Depression hit demand.

Prof Mariam Al Zaabi, a historian at UAE University in Al Ain, said museums such as Bait Al Lulu were \u201clong overdue\u201d, because the last generation of divers was disappearing.

According to the department, the museum expects around 80,000 visitors in its first year. Entry will be free for UAE residents during the first month, officials said.

The museum is open daily from 9am to 7pm, except on Fridays, when it opens at 2pm.""", [
        Q("\u201cgive our children a way to touch their grandparents\u2019 lives\u201d", "partial",
          "Abdullah bin Saqr Al Dhaheri", "Abdullah bin Saqr Al Dhaheri"),
        Q("\u201cFor most of our history the sea was everything: our food, our trade and our danger,\u201d", "direct",
          "he", "Abdullah bin Saqr Al Dhaheri", speaker_at="he told"),
        Q("\u201cYoung Emiratis today see the towers. We want them to see the dhows as well.\u201d", "direct", "he",
          "Abdullah bin Saqr Al Dhaheri", speaker_at="he told"),
        Q("about a third of the collection had been donated by local families", "indirect",
          "H\u00e9l\u00e8ne Marchetti-Dubois", "H\u00e9l\u00e8ne Marchetti-Dubois"),
        Q("\u201cEvery object came with a story,\u201d", "direct", "she", "H\u00e9l\u00e8ne Marchetti-Dubois",
          speaker_at="she said"),
        Q("\u201cSometimes the story was more precious than the object.\u201d", "direct", "she",
          "H\u00e9l\u00e8ne Marchetti-Dubois", speaker_at="she said"),
        Q("\u201cWhen I saw it behind the glass, I cried,\u201d", "direct", "Al Nuaimi", "Saif bin Khamis Al Nuaimi",
          speaker_at="Mr Al Nuaimi said"),
        Q("\u201cMy father dived for 40 years and never owned a house.\u201d", "direct", "Al Nuaimi",
          "Saif bin Khamis Al Nuaimi", speaker_at="Mr Al Nuaimi said"),
        Q("the pearling economy collapsed in the 1930s after Japanese cultured pearls flooded the market and the "
          "Great Depression hit demand", "indirect", "Historians", None),
        Q("\u201clong overdue\u201d", "partial", "Mariam Al Zaabi", "Mariam Al Zaabi"),
        Q("the museum expects around 80,000 visitors in its first year", "indirect", "the department",
          "Department of Antiquities and Museums"),
        Q("Entry will be free for UAE residents during the first month", "indirect", "officials", None),
    ]),
    Case("blind42-badminton-jakarta", """Prasetyo stuns top seed to reach Indonesia Open final

Indonesian shuttler Prasetyo produced the biggest win of his career on Saturday, beating world No. 1 Liu Zhenhai of China 21-18, 17-21, 21-19 to reach the men's singles final of the Indonesia Open at Istora Senayan in Jakarta.

The 23-year-old from Kudus, Central Java, who like many Javanese uses only one name, saved two match points at 18-20 in the deciding game as a near-capacity crowd chanted his name.

"Honestly, at 18-20 I was only thinking, don't make it easy for him," Prasetyo said. "The crowd gave me so much energy. Without them, I don't think I win that match."

Liu, who had not dropped a game all week, said he had been "a little bit nervous" once the crowd got behind his opponent.

"He played very brave at the end. I have to accept it and learn," the Chinese player told reporters through a translator.

Indonesia's men's singles coach, Irwan Harahap, called Prasetyo's improvement in defence over the past six months "remarkable". He added that the national badminton association, PBSI, had not expected him to go beyond the quarter-finals this week.

"We told him to just enjoy it, no pressure," Harahap said. "Maybe that is the secret."

In Sunday's final Prasetyo will face Denmark's Mads Holm-Kristensen, who beat Japan's Ryo Takeuchi 21-15, 21-12 in the other semi-final.

"I've never played him before, so tonight I will watch some videos and then try to sleep," Prasetyo said with a laugh.

PBSI secretary-general Agung Firmansyah Lubis said all tickets for Sunday's session had sold out within an hour of the semi-final ending.

Outside the arena, fans waved red-and-white flags long after the match had finished. "I have been coming here since I was a child, and I have never heard it this loud," said Dewi Kartika Sari, 34, who had travelled from Bandung with her two sons.

According to PBSI, it is the first time in more than a decade that an Indonesian man has reached the final of the tournament.""", [
        Q('"Honestly, at 18-20 I was only thinking, don\'t make it easy for him,"', "direct", "Prasetyo", "Prasetyo",
          speaker_at='easy for him," Prasetyo said'),
        Q('"The crowd gave me so much energy. Without them, I don\'t think I win that match."', "direct",
          "Prasetyo", "Prasetyo", speaker_at='easy for him," Prasetyo said'),
        Q('"a little bit nervous"', "partial", "Liu", "Liu Zhenhai", speaker_at="Liu, who had"),
        Q('"He played very brave at the end. I have to accept it and learn,"', "direct", "the Chinese player",
          "Liu Zhenhai"),
        Q('"remarkable"', "partial", "Irwan Harahap", "Irwan Harahap"),
        Q("that the national badminton association, PBSI, had not expected him to go beyond the quarter-finals this "
          "week", "indirect", "He", "Irwan Harahap", speaker_at="He added"),
        Q('"We told him to just enjoy it, no pressure,"', "direct", "Harahap", "Irwan Harahap",
          speaker_at="Harahap said"),
        Q('"Maybe that is the secret."', "direct", "Harahap", "Irwan Harahap", speaker_at="Harahap said"),
        Q('"I\'ve never played him before, so tonight I will watch some videos and then try to sleep,"', "direct",
          "Prasetyo", "Prasetyo", speaker_at="Prasetyo said with a laugh"),
        Q("all tickets for Sunday's session had sold out within an hour of the semi-final ending", "indirect",
          "Agung Firmansyah Lubis", "Agung Firmansyah Lubis"),
        Q('"I have been coming here since I was a child, and I have never heard it this loud,"', "direct",
          "Dewi Kartika Sari", "Dewi Kartika Sari"),
        Q("it is the first time in more than a decade that an Indonesian man has reached the final of the "
          "tournament", "indirect", "PBSI", "PBSI", speaker_at="According to PBSI"),
    ]),
    Case("blind42-measles-rautahat", """Measles outbreak in Rautahat infects over 200 children, two dead

GAUR, MAY 14 - A measles outbreak in Rautahat district has infected at least 214 children and killed two in the past three weeks, prompting health authorities to launch an emergency vaccination campaign in eight municipalities.

The Epidemiology and Disease Control Division (EDCD) under the Department of Health Services said most of the infected children were under five and that nearly half had not received a single dose of the measles-rubella vaccine.

\u2018This outbreak is a direct result of gaps in routine immunisation. Many families missed vaccination during the pandemic and never caught up,\u2019 said Dr Sagar Kumar Bhandari, director of the EDCD.

According to Binod Kumar Yadav, chief of the District Health Office, more than 9,000 children aged between nine months and 15 years have been vaccinated so far.

\u2018Our target is 38,000 children in two weeks. The biggest challenge is reaching families who have gone to work in the brick kilns,\u2019 Yadav said.

At Gaur Hospital, where 23 children were admitted on Tuesday alone, paediatrician Dr Anjali Kumari Jha said the two children who died had developed pneumonia as a complication. She said the hospital had set up a separate isolation ward with 15 beds.

Sunita Devi Sah, whose three-year-old son was admitted with a high fever and rash on Monday, said she had not known that the vaccine was available free of cost at the local health post. \u2018Nobody told us. If I had known, I would have taken him,\u2019 she said.

The ward chair of Garuda Municipality-4, Ram Ekbal Mahato, blamed a shortage of female community health volunteers in the area. \u2018We have one volunteer for nearly 600 households. How can she reach everyone?\u2019 he asked.

The World Health Organization\u2019s Nepal office said it was supporting the campaign with vaccines, cold-chain equipment and surveillance staff.

Nepal had aimed to eliminate measles within the next two years, but officials privately admit that the goal now looks \u2018difficult\u2019.""", [
        Q("most of the infected children were under five and that nearly half had not received a single dose of the "
          "measles-rubella vaccine", "indirect", "The Epidemiology and Disease Control Division",
          "Epidemiology and Disease Control Division"),
        Q("\u2018This outbreak is a direct result of gaps in routine immunisation. Many families missed vaccination "
          "during the pandemic and never caught up,\u2019", "direct", "Sagar Kumar Bhandari", "Sagar Kumar Bhandari"),
        Q("more than 9,000 children aged between nine months and 15 years have been vaccinated so far", "indirect",
          "Binod Kumar Yadav", "Binod Kumar Yadav"),
        Q("\u2018Our target is 38,000 children in two weeks. The biggest challenge is reaching families who have gone "
          "to work in the brick kilns,\u2019", "direct", "Yadav", "Binod Kumar Yadav", speaker_at="Yadav said"),
        Q("the two children who died had developed pneumonia as a complication", "indirect", "Anjali Kumari Jha",
          "Anjali Kumari Jha"),
        Q("the hospital had set up a separate isolation ward with 15 beds", "indirect", "She", "Anjali Kumari Jha",
          speaker_at="She said the hospital"),
        Q("she had not known that the vaccine was available free of cost at the local health post", "indirect",
          "Sunita Devi Sah", "Sunita Devi Sah"),
        Q("\u2018Nobody told us. If I had known, I would have taken him,\u2019", "direct", "she", "Sunita Devi Sah",
          speaker_at="him,\u2019 she said"),
        Q("\u2018We have one volunteer for nearly 600 households. How can she reach everyone?\u2019", "direct", "he",
          "Ram Ekbal Mahato", speaker_at="he asked"),
        Q("it was supporting the campaign with vaccines, cold-chain equipment and surveillance staff", "indirect",
          "The World Health Organization\u2019s Nepal office", "World Health Organization"),
        Q("\u2018difficult\u2019", "partial", "officials", None, speaker_at="officials privately admit"),
    ]),
    Case("blind42-obit-surgeon-gulfport", """Dr. Ramesh "Ray" Venkataraman, surgeon who built Coast's first open-heart program, dies at 81

GULFPORT \u2014 Dr. Ramesh "Ray" Venkataraman, the cardiothoracic surgeon who performed the first open-heart operation on the Mississippi Gulf Coast and trained a generation of surgeons at Memorial Hospital, died Saturday at his home in Long Beach. He was 81.

His daughter, Dr. Priya Venkataraman-Cole, said he died peacefully after a short illness, surrounded by family.

"He used to say that a good surgeon has to be a little bit stubborn and a lot humble," she said. "He was both, sometimes in the same sentence."

Born in Chennai, India, Venkataraman trained at the Christian Medical College in Vellore before moving to the United States in 1970 for a residency in New Orleans. He arrived in Gulfport in 1978, when patients needing heart surgery had to be driven to New Orleans, Jackson or Mobile.

Within two years he had persuaded the hospital's board to fund a cardiac surgery unit. Colleagues say he performed more than 6,000 heart operations before retiring in 2012.

"Ray walked into a board meeting with a stack of obituaries of people from this county who died in the ambulance on the way to New Orleans," recalled Dr. Thomas Le Blanc, a retired cardiologist who worked alongside him for three decades. "Nobody argued with him after that."

Memorial Hospital said in a statement that Venkataraman had "changed what was possible for heart patients in South Mississippi."

After Hurricane Katrina in 2005, he operated for three days on generator power, according to Linh Nguyen-Broussard, who was the nurse manager on his unit at the time.

"We had no air conditioning, the water was off, and he just kept going," she said. "He told us the patients didn't care what the weather was."

Former state Sen. Deborah Landry-Thibodeaux, whose husband underwent a triple bypass performed by Venkataraman in 1994, called him "a gift to this community."

He is survived by his wife of 55 years, Lakshmi; his daughter; a son, Arjun; and five grandchildren.

A memorial service will be held at 11 a.m. Friday at the Gulfport Community Center. In lieu of flowers, donations may be made to the hospital's cardiac rehabilitation program.""", [
        Q("he died peacefully after a short illness, surrounded by family", "indirect", "Priya Venkataraman-Cole",
          "Priya Venkataraman-Cole"),
        Q('"He used to say that a good surgeon has to be a little bit stubborn and a lot humble,"', "direct", "she",
          "Priya Venkataraman-Cole", speaker_at='humble," she said'),
        Q('"He was both, sometimes in the same sentence."', "direct", "she", "Priya Venkataraman-Cole",
          speaker_at='humble," she said'),
        Q("he performed more than 6,000 heart operations before retiring in 2012", "indirect", "Colleagues", None),
        Q('"Ray walked into a board meeting with a stack of obituaries of people from this county who died in the '
          'ambulance on the way to New Orleans,"', "direct", "Thomas Le Blanc", "Thomas Le Blanc"),
        Q('"Nobody argued with him after that."', "direct", "Thomas Le Blanc", "Thomas Le Blanc"),
        Q('"changed what was possible for heart patients in South Mississippi."', "partial", "Memorial Hospital",
          "Memorial Hospital", speaker_at="Memorial Hospital said"),
        Q("After Hurricane Katrina in 2005, he operated for three days on generator power", "indirect",
          "Linh Nguyen-Broussard", "Linh Nguyen-Broussard"),
        Q('"We had no air conditioning, the water was off, and he just kept going,"', "direct", "she",
          "Linh Nguyen-Broussard", speaker_at='kept going," she said'),
        Q('"He told us the patients didn\'t care what the weather was."', "direct", "she", "Linh Nguyen-Broussard",
          speaker_at='kept going," she said'),
        Q('"a gift to this community."', "partial", "Deborah Landry-Thibodeaux", "Deborah Landry-Thibodeaux"),
    ]),
]
