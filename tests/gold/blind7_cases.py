"""Blind gold, seventh set: sixteen short articles written without reading the rules.

New topics, names, regions and house styles (wire copy with datelines, British,
Irish, Indian, Caribbean, Nigerian, American, Canadian, Philippine, South
African, Singaporean, Chilean, Korean, Australian and Emirati copy), never run
through the pretagger. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind7-tea", """Kenyan tea prices slide as buyers from Pakistan, Egypt hold back

NAIROBI, March 12 (Reuters) - Prices at the weekly Mombasa tea auction fell for a third straight week on Tuesday as buyers from Pakistan and Egypt, two of Kenya’s biggest markets, held back amid shortages of hard currency, brokers said.

The average price of a kilogram of black tea dropped to $2.11 from $2.24 a week earlier, according to the East African Tea Trade Association (EATTA), which runs the auction.

“Buyers are there, but they cannot get dollars to pay,” said Wanjiru Kamau-Otieno, a broker at Nairobi-based Highland Produce Brokers. “Some of them have simply stopped bidding.”

The association’s chief executive, Edwin Cheruiyot, told Reuters that the slump was unlikely to last beyond the second quarter. Cheruiyot said exporters were in talks with banks in Karachi on barter-style payment arrangements, but he warned that “nothing has been signed yet.”

The Kenya Tea Development Agency (KTDA), which manages factories owned by some 600,000 smallholder farmers, said in a statement that it would not lower the reserve price for its teas at the auction.

“We are not going to sell our farmers’ tea at a loss,” the agency’s managing director, Grace Nyambura Mwangi, told a news conference in Kericho on Monday.

KTDA has been criticised by growers for late bonus payments this year. Farmers in the western highlands say the payouts barely cover the cost of fertiliser.

“Last year I took home 19,000 shillings for the whole season,” said Josephat Kiprono, who grows tea on two acres near Litein. “My children’s school fees alone are more than that.”

KTDA also said it was courting buyers in Kazakhstan and Iran to reduce its reliance on traditional markets.

Kenya is the world’s biggest exporter of black tea, and the crop earned the country 180 billion shillings ($1.37 billion) last year.

(Reporting by Otieno Barasa; Editing by Clara Fenwick)""", [
        Q("Prices at the weekly Mombasa tea auction fell for a third straight week on Tuesday as buyers from Pakistan "
          "and Egypt, two of Kenya’s biggest markets, held back amid shortages of hard currency", "indirect",
          "brokers", None),
        Q("The average price of a kilogram of black tea dropped to $2.11 from $2.24 a week earlier", "indirect",
          "the East African Tea Trade Association", "East African Tea Trade Association"),
        Q("“Buyers are there, but they cannot get dollars to pay,”", "direct", "Wanjiru Kamau-Otieno",
          "Wanjiru Kamau-Otieno"),
        Q("“Some of them have simply stopped bidding.”", "direct", "Wanjiru Kamau-Otieno", "Wanjiru Kamau-Otieno"),
        Q("that the slump was unlikely to last beyond the second quarter", "indirect", "Edwin Cheruiyot",
          "Edwin Cheruiyot"),
        Q("exporters were in talks with banks in Karachi on barter-style payment arrangements", "indirect",
          "Cheruiyot", "Edwin Cheruiyot", speaker_at="Cheruiyot said"),
        Q("“nothing has been signed yet.”", "partial", "he", "Edwin Cheruiyot", speaker_at="he warned"),
        Q("that it would not lower the reserve price for its teas at the auction", "indirect",
          "The Kenya Tea Development Agency", "Kenya Tea Development Agency"),
        Q("“We are not going to sell our farmers’ tea at a loss,”", "direct", "Grace Nyambura Mwangi",
          "Grace Nyambura Mwangi"),
        Q("the payouts barely cover the cost of fertiliser", "indirect", "Farmers in the western highlands", None),
        Q("“Last year I took home 19,000 shillings for the whole season,”", "direct", "Josephat Kiprono",
          "Josephat Kiprono"),
        Q("“My children’s school fees alone are more than that.”", "direct", "Josephat Kiprono", "Josephat Kiprono"),
        Q("it was courting buyers in Kazakhstan and Iran to reduce its reliance on traditional markets", "indirect",
          "KTDA", "Kenya Tea Development Agency", speaker_at="KTDA also said"),
    ], source="blind"),
    Case("blind7-laois", """Man jailed over cannabis grow house at Co Laois farmhouse

A 41-year-old man who ran a large cannabis growing operation from a rented farmhouse in Co Laois has been jailed for four years.

Declan Fitzmaurice, with an address at Ballyroan Road, Abbeyleix, pleaded guilty at Portlaoise Circuit Criminal Court to cultivating cannabis and to possession of cannabis worth €310,000 for sale or supply in June 2022.

Detective Garda Siobhán Ní Bhriain told the court that gardaí found more than 400 plants in three converted outbuildings, along with specialist lighting, ventilation and an illegal connection to the electricity network.

In interview, Fitzmaurice told gardaí he was 'minding the place for a man from Dublin' and was being paid €500 a week.

Counsel for the accused, Ronan Kilbride SC, said his client had run up gambling debts of more than €60,000 and had been 'used by people far more dangerous than himself'.

'He is not the man at the top of this,' Mr Kilbride said. 'He is the man who was left holding the keys.'

The court heard the father of three had no previous convictions and had written a letter of apology to the judge.

Sentencing, Judge Caitríona Ó Ceallaigh said she accepted that Mr Fitzmaurice was not the organiser, but that the court had to send a clear message.

'Operations of this scale do not happen by accident,' she said. 'They are planned, they are financed, and they bring misery to communities right across the midlands.

'Whoever else was involved, the accused made a choice to take part, and he made it for money.'

She imposed a five-year sentence with the final 12 months suspended, backdated to March of last year, when he first went into custody.

A garda spokesperson said afterwards that the investigation into the wider operation was 'active and ongoing'.""", [
        Q("that gardaí found more than 400 plants in three converted outbuildings, along with specialist lighting, "
          "ventilation and an illegal connection to the electricity network", "indirect", "Siobhán Ní Bhriain",
          "Siobhán Ní Bhriain"),
        Q("'minding the place for a man from Dublin'", "partial", "Fitzmaurice", "Declan Fitzmaurice",
          speaker_at="Fitzmaurice told gardaí"),
        Q("'used by people far more dangerous than himself'", "partial", "Ronan Kilbride", "Ronan Kilbride"),
        Q("'He is not the man at the top of this,'", "direct", "Kilbride", "Ronan Kilbride",
          speaker_at="Mr Kilbride said"),
        Q("'He is the man who was left holding the keys.'", "direct", "Kilbride", "Ronan Kilbride",
          speaker_at="Mr Kilbride said"),
        Q("she accepted that Mr Fitzmaurice was not the organiser, but that the court had to send a clear message",
          "indirect", "Caitríona Ó Ceallaigh", "Caitríona Ó Ceallaigh"),
        Q("'Operations of this scale do not happen by accident,'", "direct", "she", "Caitríona Ó Ceallaigh",
          speaker_at="she said"),
        Q("'They are planned, they are financed, and they bring misery to communities right across the midlands.",
          "direct", "she", "Caitríona Ó Ceallaigh", speaker_at="she said"),
        Q("'Whoever else was involved, the accused made a choice to take part, and he made it for money.'", "direct",
          "she", "Caitríona Ó Ceallaigh", speaker_at="she said"),
        Q("'active and ongoing'", "partial", "A garda spokesperson", None),
    ], source="blind"),
    Case("blind7-assembly", """Opposition stages walkout in Karnataka Assembly over Hemavathi water release

BENGALURU, Jul 10 (PTI) Opposition members staged a walkout in the Karnataka Legislative Assembly on Wednesday after Speaker H M Shivalingaiah refused to admit an adjournment motion on the release of water from the Hemavathi reservoir.

Leader of the Opposition R Ashwathnarayana Gowda said farmers in Tumakuru and Hassan districts had been "abandoned" by the government.

"The crops are drying in front of our eyes and the minister is busy counting cusecs for the neighbouring state," he said, amid thumping of desks by BJP and JD(S) members.

Water Resources Minister Sadashiv Kulkarni, replying on behalf of the government, insisted that the state had released only what was mandated by the Cauvery Water Management Authority.

"We have not given one drop more than the order. Whoever says otherwise is misleading the farmers of this state," Kulkarni told the House, as Opposition members shouted slogans in the well.

Later, Chief Minister Mallikarjun Hosamani told reporters outside the Vidhana Soudha that an all-party meeting would be convened next week to discuss the issue.

He was quoted as saying that the government was "ready to listen to every suggestion, including from the Opposition", but would not violate the orders of the authority.

Farmers' leader B Nagaraj Swamy, president of the Hemavathi Raitha Hitarakshana Samiti, warned that protests would be held in front of all taluk offices in the two districts from Monday if water was not released into the canals.

According to officials of the Water Resources Department, the Hemavathi reservoir currently holds 18.6 tmcft of water against its gross capacity of 37.1 tmcft.

The Speaker said the matter could be taken up during the discussion on the supplementary estimates on Friday. The House was later adjourned for the day.

PTI KSR VG""", [
        Q('"abandoned"', "partial", "R Ashwathnarayana Gowda", "R Ashwathnarayana Gowda"),
        Q('"The crops are drying in front of our eyes and the minister is busy counting cusecs for the neighbouring '
          'state,"', "direct", "he", "R Ashwathnarayana Gowda", speaker_at="he said"),
        Q("that the state had released only what was mandated by the Cauvery Water Management Authority", "indirect",
          "Sadashiv Kulkarni", "Sadashiv Kulkarni"),
        Q('"We have not given one drop more than the order. Whoever says otherwise is misleading the farmers of this '
          'state,"', "direct", "Kulkarni", "Sadashiv Kulkarni", speaker_at="Kulkarni told"),
        Q("that an all-party meeting would be convened next week to discuss the issue", "indirect",
          "Mallikarjun Hosamani", "Mallikarjun Hosamani"),
        Q('"ready to listen to every suggestion, including from the Opposition"', "partial", "He",
          "Mallikarjun Hosamani", speaker_at="He was quoted"),
        Q("that protests would be held in front of all taluk offices in the two districts from Monday if water was "
          "not released into the canals", "indirect", "B Nagaraj Swamy", "B Nagaraj Swamy"),
        Q("the Hemavathi reservoir currently holds 18.6 tmcft of water against its gross capacity of 37.1 tmcft",
          "indirect", "officials of the Water Resources Department", None),
        Q("the matter could be taken up during the discussion on the supplementary estimates on Friday", "indirect",
          "The Speaker", "H M Shivalingaiah", speaker_at="The Speaker said"),
    ], source="blind"),
    Case("blind7-cricket", """Bascombe century powers West Indies Women to series win

BRIDGETOWN, Barbados (CMC) – Captain Shaneika Bascombe struck a commanding 112 as West Indies Women beat Sri Lanka Women by 47 runs at Kensington Oval yesterday to clinch the three-match One-Day International series with a game to spare.

Sent in to bat, the hosts piled up 268 for six from their 50 overs, with Bascombe adding 151 for the third wicket with Kavita Ramcharan, who made 63. Sri Lanka were bowled out for 221 in the 47th over.

"When I got dropped on 14, I told myself, 'Shan, you've been given a second life, don't waste it,'" Bascombe said at the post-match press conference.

The 29-year-old also singled out off-spinner Jahzara Pinnock, who finished with four for 31.

"Jahzara was outstanding today. When they were threatening to get away from us, she kept it tight and she kept taking wickets," she said.

Sri Lanka captain Nilakshi Wickramasinghe admitted her side had been "below par" in the field.

"We dropped three catches and you can't do that against a team like this," Wickramasinghe said. "We have to go away and be honest with ourselves."

West Indies head coach Desmond Ashby-Clarke said the win was the reward for months of work at the High Performance Centre in Antigua.

"People only see the days like today," he said. "They don't see the 5 a.m. sessions."

Cricket West Indies (CWI) said in a statement that yesterday's crowd of more than 6,000 was the largest for a women's bilateral match in the Caribbean.

"This is what happens when you give these players the platform they deserve," the regional governing body added.

The third and final match is scheduled for Wednesday at the same venue, with the two teams then meeting in a three-match T20 International series in St Lucia.""", [
        Q('"When I got dropped on 14, I told myself, \'Shan, you\'ve been given a second life, don\'t waste it,\'"',
          "direct", "Bascombe", "Shaneika Bascombe", speaker_at="Bascombe said at"),
        Q('"Jahzara was outstanding today. When they were threatening to get away from us, she kept it tight and she '
          'kept taking wickets,"', "direct", "she", "Shaneika Bascombe", speaker_at="she said"),
        Q('"below par"', "partial", "Nilakshi Wickramasinghe", "Nilakshi Wickramasinghe"),
        Q('"We dropped three catches and you can\'t do that against a team like this,"', "direct", "Wickramasinghe",
          "Nilakshi Wickramasinghe", speaker_at="Wickramasinghe said"),
        Q('"We have to go away and be honest with ourselves."', "direct", "Wickramasinghe", "Nilakshi Wickramasinghe",
          speaker_at="Wickramasinghe said"),
        Q("the win was the reward for months of work at the High Performance Centre in Antigua", "indirect",
          "Desmond Ashby-Clarke", "Desmond Ashby-Clarke"),
        Q('"People only see the days like today,"', "direct", "he", "Desmond Ashby-Clarke", speaker_at="he said"),
        Q('"They don\'t see the 5 a.m. sessions."', "direct", "he", "Desmond Ashby-Clarke", speaker_at="he said"),
        Q("that yesterday's crowd of more than 6,000 was the largest for a women's bilateral match in the Caribbean",
          "indirect", "Cricket West Indies", "Cricket West Indies"),
        Q('"This is what happens when you give these players the platform they deserve,"', "direct",
          "the regional governing body", "Cricket West Indies"),
    ], source="blind"),
    Case("blind7-lagos", """Lagos film festival opens with tribute to late actress Florence Ogundipe

The 12th edition of the Eko International Film Festival opened in Lagos on Friday with a tribute to the late Nollywood actress, Florence Adunni Ogundipe, whose career spanned more than four decades.

The opening night at the Muson Centre, Onikan, featured the premiere of "Harmattan Bride", a period drama directed by Chidera Nwankwo-Bello, and a restored print of Ogundipe's 1991 classic, "Omo Ale".

Speaking at the event, the festival director, Mr Babatunde Adeyemi-Coker, said the festival received more than 1,400 entries from 38 countries this year.

"When we started in 2012, we were begging people to send us films. Today, we are turning away good work because there are simply not enough screens in this city," he said.

Nwankwo-Bello told our correspondent that the film took six years to finance.

"Nobody wanted to put money into a story about a northern woman in the 1950s. Everybody wanted comedy," she said, laughing.

Chairman of the festival's board of trustees, Chief Olumide Bakare, SAN, described the late actress as "a mother to all of us in this industry".

"Mama Flo never had the money or the machinery that actors have now, yet she carried whole films on her back," the senior lawyer added.

A veteran actor who worked with Ogundipe in the 1980s told journalists that many of her contemporaries had died "broke and forgotten".

In a statement on Saturday, the Lagos State Ministry of Tourism, Arts and Culture said it would provide N50m for a film archive in Ikeja to preserve old Nollywood titles. The ministry said the archive would be named after Ogundipe.

The festival, which runs until Sunday, will end with the Golden Ekete awards night at the Eko Hotel, Victoria Island.""", [
        Q("the festival received more than 1,400 entries from 38 countries this year", "indirect",
          "Babatunde Adeyemi-Coker", "Babatunde Adeyemi-Coker"),
        Q('"When we started in 2012, we were begging people to send us films. Today, we are turning away good work '
          'because there are simply not enough screens in this city,"', "direct", "he", "Babatunde Adeyemi-Coker",
          speaker_at="he said"),
        Q("that the film took six years to finance", "indirect", "Nwankwo-Bello", "Chidera Nwankwo-Bello",
          speaker_at="Nwankwo-Bello told"),
        Q('"Nobody wanted to put money into a story about a northern woman in the 1950s. Everybody wanted comedy,"',
          "direct", "she", "Chidera Nwankwo-Bello", speaker_at="she said"),
        Q('"a mother to all of us in this industry"', "partial", "Olumide Bakare", "Olumide Bakare"),
        Q('"Mama Flo never had the money or the machinery that actors have now, yet she carried whole films on her '
          'back,"', "direct", "the senior lawyer", "Olumide Bakare"),
        Q('"broke and forgotten"', "partial", "A veteran actor", None),
        Q("it would provide N50m for a film archive in Ikeja to preserve old Nollywood titles", "indirect",
          "the Lagos State Ministry of Tourism, Arts and Culture", "Lagos State Ministry of Tourism, Arts and Culture"),
        Q("the archive would be named after Ogundipe", "indirect", "The ministry",
          "Lagos State Ministry of Tourism, Arts and Culture"),
    ], source="blind"),
    Case("blind7-hardin", """Supervisors table vote on 4,800-head hog confinement

IOWA FALLS — The Hardin County Board of Supervisors on Tuesday postponed a decision on a proposed 4,800-head hog confinement east of Iowa Falls after more than two hours of public comment that at times grew heated.

Supervisor Renee Van Wyngarden moved to table the matter until the board's March 19 meeting, saying she wanted more time to review the manure management plan submitted by the applicant, Prairie Ridge Pork LLC.

"I'm not going to vote on something this size when I got the paperwork Friday afternoon," Van Wyngarden said. "That's not fair to anybody in this room, including the applicant."

The motion passed 2-1, with board chairman Dale Osterkamp voting no. Osterkamp said the site had scored 480 points on the state's master matrix, well above the 440 needed to pass. The county's role, he said, is "limited by state law, whether we like it or not."

About 70 people packed the meeting room in the courthouse basement. Several neighbors said the buildings would sit less than half a mile from their homes.

"We moved out here for the quiet and the clean air. Now they want to put 4,800 pigs across the road from my kids' bedroom," said Amanda Quiroz-Halvorson, who lives on 170th Street.

One man, who did not give his name, accused supervisors of "selling out the county to Des Moines money."

Luke Brandsgard, a fourth-generation farmer who would own the barns, said he understood the concerns. "We live here too. My folks are a mile from this site, and my kids go to school in Iowa Falls," he told the Times Citizen after the meeting.

He said the operation would inject manure below the surface and plant a row of evergreens as a windbreak.

The Iowa Department of Natural Resources will have the final say on the permit. A DNR spokesperson said Wednesday the agency had not yet received the county's recommendation.""", [
        Q("she wanted more time to review the manure management plan submitted by the applicant, Prairie Ridge Pork "
          "LLC", "indirect", "Renee Van Wyngarden", "Renee Van Wyngarden"),
        Q('"I\'m not going to vote on something this size when I got the paperwork Friday afternoon,"', "direct",
          "Van Wyngarden", "Renee Van Wyngarden", speaker_at="Van Wyngarden said"),
        Q('"That\'s not fair to anybody in this room, including the applicant."', "direct", "Van Wyngarden",
          "Renee Van Wyngarden", speaker_at="Van Wyngarden said"),
        Q("the site had scored 480 points on the state's master matrix, well above the 440 needed to pass",
          "indirect", "Osterkamp", "Dale Osterkamp", speaker_at="Osterkamp said"),
        Q('"limited by state law, whether we like it or not."', "partial", "he", "Dale Osterkamp",
          speaker_at="he said, is"),
        Q("the buildings would sit less than half a mile from their homes", "indirect", "Several neighbors", None),
        Q('"We moved out here for the quiet and the clean air. Now they want to put 4,800 pigs across the road from my '
          'kids\' bedroom,"', "direct", "Amanda Quiroz-Halvorson", "Amanda Quiroz-Halvorson"),
        Q('"selling out the county to Des Moines money."', "partial", "One man", None),
        Q("he understood the concerns", "indirect", "Luke Brandsgard", "Luke Brandsgard"),
        Q('"We live here too. My folks are a mile from this site, and my kids go to school in Iowa Falls,"', "direct",
          "he", "Luke Brandsgard", speaker_at="he told"),
        Q("the operation would inject manure below the surface and plant a row of evergreens as a windbreak",
          "indirect", "He", "Luke Brandsgard", speaker_at="He said the operation"),
        Q("the agency had not yet received the county's recommendation", "indirect", "A DNR spokesperson", None),
    ], source="blind"),
    Case("blind7-fiddler", """Cape Breton fiddler Margaret Ann Gillis dead at 88

HALIFAX — Margaret Ann Gillis, the Cape Breton fiddler whose driving, unadorned style shaped two generations of Celtic musicians, has died. She was 88.

Her family said in a statement that Gillis died peacefully Sunday at a nursing home in Inverness, N.S., surrounded by her children and grandchildren.

Born in Margaree Forks in 1936, Gillis learned to play by ear from her father, a coal miner who fiddled at kitchen parties on Saturday nights. Her first recording, “Reels from the Margaree,” came out in 1962, and she went on to tour Scotland, Ireland and the United States.

“She had a way of lifting a tune so that you couldn’t stay in your chair,” said Rory MacKinnon, a piper who played alongside her at the Celtic Colours festival for more than 20 years.

In a 2009 interview with The Canadian Press, Gillis said she had never set out to break barriers in a tradition long dominated by men. “I never thought about it that way,” she said. “I just wanted to play, and nobody was going to stop me.

“My mother used to say the fiddle didn’t know if you were a man or a woman, and she was right.”

The East Coast Music Association, which gave Gillis a lifetime achievement award in 2004, called her “a giant of our music and the kindest soul you could meet.” The ECMA said its awards show in May would include a tribute.

Her son, Ian Gillis, told The Canadian Press his mother was still playing for visitors at the home until a few weeks before her death.

“She would ask for the fiddle and the nurses would all come in on their break,” he said. “Her hands weren’t what they were, but the timing never left her.”

Gillis was appointed to the Order of Canada in 1998.

A funeral mass will be held Friday at St. Patrick’s Church in Margaree Forks.""", [
        Q("that Gillis died peacefully Sunday at a nursing home in Inverness, N.S., surrounded by her children and "
          "grandchildren", "indirect", "Her family", None),
        Q("“She had a way of lifting a tune so that you couldn’t stay in your chair,”", "direct", "Rory MacKinnon",
          "Rory MacKinnon"),
        Q("she had never set out to break barriers in a tradition long dominated by men", "indirect", "Gillis",
          "Margaret Ann Gillis", speaker_at="Gillis said she"),
        Q("“I never thought about it that way,”", "direct", "she", "Margaret Ann Gillis", speaker_at="she said"),
        Q("“I just wanted to play, and nobody was going to stop me.", "direct", "she", "Margaret Ann Gillis",
          speaker_at="she said"),
        Q("“My mother used to say the fiddle didn’t know if you were a man or a woman, and she was right.”", "direct",
          "she", "Margaret Ann Gillis", speaker_at="she said"),
        Q("“a giant of our music and the kindest soul you could meet.”", "partial", "The East Coast Music Association",
          "East Coast Music Association"),
        Q("its awards show in May would include a tribute", "indirect", "The ECMA", "East Coast Music Association"),
        Q("his mother was still playing for visitors at the home until a few weeks before her death",
          "indirect", "Ian Gillis", "Ian Gillis"),
        Q("“She would ask for the fiddle and the nurses would all come in on their break,”", "direct", "he",
          "Ian Gillis", speaker_at="he said"),
        Q("“Her hands weren’t what they were, but the timing never left her.”", "direct", "he", "Ian Gillis",
          speaker_at="he said"),
    ], source="blind"),
    Case("blind7-typhoon", """Signal No. 3 raised over Catanduanes as typhoon nears Bicol

MANILA, Philippines — Typhoon “Yagbo” gained strength over the Philippine Sea on Monday, prompting weather officials to raise Tropical Cyclone Wind Signal No. 3 over Catanduanes and the eastern portion of Camarines Sur.

As of 4 p.m., the eye of the typhoon was located 210 kilometers east of Virac, packing maximum sustained winds of 150 kilometers per hour and gusts of up to 185 kph, according to the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa).

“We do not rule out raising Signal No. 4 by Tuesday morning if the typhoon continues to intensify,” Pagasa weather specialist Lorenzo Macaraeg said in a briefing.

Macaraeg added that Yagbo was expected to make landfall over Catanduanes late Tuesday or early Wednesday before crossing the Bicol region.

The state weather bureau also warned that storm surges of up to three meters could hit the coasts of Catanduanes, Albay and Sorsogon.

The Office of Civil Defense (OCD) said more than 12,000 families in the region had been preemptively evacuated as of Monday afternoon.

“Our instruction to all mayors is clear: zero casualty,” OCD-Bicol regional director Arnel Tolentino told the Inquirer in a phone interview.

Classes at all levels were suspended in Catanduanes, Albay and Camarines Sur. The Civil Aviation Authority of the Philippines said 14 domestic flights to Virac and Legazpi had been canceled.

The Philippine Coast Guard said 1,240 passengers were stranded in ports across Bicol and Eastern Visayas after sea trips were suspended. It said fishing boats should stay in port until the signals were lifted.

In Virac, residents boarded up windows and lined up for rice and canned goods.

“We are used to typhoons here, but this one sounds strong,” said Marites Tabuzo, a sari-sari store owner who brought her family to an evacuation center at a public elementary school. “We are not taking chances.”""", [
        Q("As of 4 p.m., the eye of the typhoon was located 210 kilometers east of Virac, packing maximum sustained "
          "winds of 150 kilometers per hour and gusts of up to 185 kph", "indirect",
          "the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
          "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
        Q("“We do not rule out raising Signal No. 4 by Tuesday morning if the typhoon continues to intensify,”",
          "direct", "Lorenzo Macaraeg", "Lorenzo Macaraeg"),
        Q("that Yagbo was expected to make landfall over Catanduanes late Tuesday or early Wednesday before crossing "
          "the Bicol region", "indirect", "Macaraeg", "Lorenzo Macaraeg", speaker_at="Macaraeg added"),
        Q("that storm surges of up to three meters could hit the coasts of Catanduanes, Albay and Sorsogon",
          "indirect", "The state weather bureau",
          "Philippine Atmospheric, Geophysical and Astronomical Services Administration"),
        Q("more than 12,000 families in the region had been preemptively evacuated as of Monday afternoon",
          "indirect", "The Office of Civil Defense", "Office of Civil Defense"),
        Q("“Our instruction to all mayors is clear: zero casualty,”", "direct", "Arnel Tolentino", "Arnel Tolentino"),
        Q("14 domestic flights to Virac and Legazpi had been canceled", "indirect",
          "The Civil Aviation Authority of the Philippines", "Civil Aviation Authority of the Philippines"),
        Q("1,240 passengers were stranded in ports across Bicol and Eastern Visayas after sea trips were suspended",
          "indirect", "The Philippine Coast Guard", "Philippine Coast Guard"),
        Q("fishing boats should stay in port until the signals were lifted", "indirect", "It",
          "Philippine Coast Guard", speaker_at="It said fishing"),
        Q("“We are used to typhoons here, but this one sounds strong,”", "direct", "Marites Tabuzo", "Marites Tabuzo"),
        Q("“We are not taking chances.”", "direct", "Marites Tabuzo", "Marites Tabuzo"),
    ], source="blind"),
    Case("blind7-tram", """Southampton tram line delayed by two years as costs rise by £118m

Southampton's planned tram line to the city's docks will open two years later than promised and cost £118m more than first budgeted, transport bosses have admitted.

Solent Transport, the body overseeing the scheme, said rising prices for steel and electrical equipment had pushed the budget for the 6.2-mile route to £431m. It now expects the first passengers to travel in spring 2029.

Its chief executive, Professor Nadia Karim OBE, said: 'Nobody is pretending this is good news. But the alternative is to cut corners, and we will not do that on a railway that will be carrying people for the next hundred years.'

Professor Karim told councillors on Wednesday that the organisation had 'learned hard lessons' from the first phase of the project, which opened 14 months late.

The leader of the Conservative group on Southampton City Council, Cllr Tomasz Wiśniewski, called the announcement 'a shambles from start to finish'.

'Residents were told this would be on time and on budget. It is neither,' he said. 'Someone has to take responsibility.'

In a letter to the Transport Secretary, Cllr Wiśniewski wrote that the council had 'lost control' of the scheme and asked for an independent review.

The passenger group Solent Rail Users, which campaigned for the line for more than a decade, said it still backed the project.

'We want this tram built, and built properly,' its chair, Bernadette Ogunleye-Harris, said. 'But people are entitled to be angry about being misled.'

Known locally as 'the Dockline', the route will run from Southampton Central station to the Western Docks, with 11 stops. Construction began in 2023.

A Department for Transport spokesperson said: 'We continue to work closely with local partners to deliver this important scheme.'""", [
        Q("Southampton's planned tram line to the city's docks will open two years later than promised and cost £118m "
          "more than first budgeted", "indirect", "transport bosses", None),
        Q("rising prices for steel and electrical equipment had pushed the budget for the 6.2-mile route to £431m",
          "indirect", "Solent Transport", "Solent Transport", speaker_at="Solent Transport, the body"),
        Q("'Nobody is pretending this is good news. But the alternative is to cut corners, and we will not do that on "
          "a railway that will be carrying people for the next hundred years.'", "direct", "Nadia Karim",
          "Nadia Karim"),
        Q("'learned hard lessons'", "partial", "Karim", "Nadia Karim", speaker_at="Professor Karim told"),
        Q("'a shambles from start to finish'", "partial", "Tomasz Wiśniewski", "Tomasz Wiśniewski"),
        Q("'Residents were told this would be on time and on budget. It is neither,'", "direct", "he",
          "Tomasz Wiśniewski", speaker_at="he said"),
        Q("'Someone has to take responsibility.'", "direct", "he", "Tomasz Wiśniewski", speaker_at="he said"),
        Q("'lost control'", "partial", "Wiśniewski", "Tomasz Wiśniewski", speaker_at="Cllr Wiśniewski wrote"),
        Q("it still backed the project", "indirect", "Solent Rail Users", "Solent Rail Users"),
        Q("'We want this tram built, and built properly,'", "direct", "Bernadette Ogunleye-Harris",
          "Bernadette Ogunleye-Harris"),
        Q("'But people are entitled to be angry about being misled.'", "direct", "Bernadette Ogunleye-Harris",
          "Bernadette Ogunleye-Harris"),
        Q("'We continue to work closely with local partners to deliver this important scheme.'", "direct",
          "A Department for Transport spokesperson", None),
    ], source="blind"),
    Case("blind7-matric", """Matric pass rate climbs to 83.1% as Limpopo posts biggest gain

JOHANNESBURG – The national matric pass rate rose to 83.1% for last year's class, up from 82.9% the year before, Basic Education Minister Nomvula Dlamini-Khoza announced on Thursday evening.

Speaking at the results announcement in Midrand, Dlamini-Khoza said the improvement was "no accident".

"Behind every percentage point is a child who sat in a classroom without enough textbooks, sometimes without a meal, and still passed," she said.

Limpopo recorded the biggest improvement of any province, with its pass rate rising 6.4 percentage points to 80.9%. Provincial education MEC Mavhungu Ramabulana said the gains were the result of Saturday classes and winter camps for more than 40,000 pupils.

The Educators' Union of South Africa (Edusa) welcomed the results but warned that they masked a high dropout rate. Of the learners who started Grade 10 three years ago, fewer than six in ten wrote the final exams, according to the union.

"We cannot celebrate a pass rate while pretending the learners who dropped out do not exist," Edusa general secretary Sipho Mthembu told News24.

Prof Annelie van der Merwe, an education researcher at Stellenbosch University, said that the proportion of learners who passed, measured against all who enrolled in Grade 10, was closer to 55%.

"The headline number is useful, but it is not the whole story," Van der Merwe said.

The Department of Basic Education said in a statement that 47 schools had recorded a 0% pass rate, down from 62 the year before. It said district officials would visit each of them before schools reopen on January 15.

Results will be published in newspapers and online from 6am on Friday. Candidates who are unhappy with their marks have until January 31 to apply for a remark.""", [
        Q("The national matric pass rate rose to 83.1% for last year's class, up from 82.9% the year before",
          "indirect", "Nomvula Dlamini-Khoza", "Nomvula Dlamini-Khoza"),
        Q('"no accident"', "partial", "Dlamini-Khoza", "Nomvula Dlamini-Khoza", speaker_at="Dlamini-Khoza said"),
        Q('"Behind every percentage point is a child who sat in a classroom without enough textbooks, sometimes '
          'without a meal, and still passed,"', "direct", "she", "Nomvula Dlamini-Khoza", speaker_at="she said"),
        Q("the gains were the result of Saturday classes and winter camps for more than 40,000 pupils", "indirect",
          "Mavhungu Ramabulana", "Mavhungu Ramabulana"),
        Q("that they masked a high dropout rate", "indirect", "The Educators' Union of South Africa",
          "Educators' Union of South Africa"),
        Q("Of the learners who started Grade 10 three years ago, fewer than six in ten wrote the final exams",
          "indirect", "the union", "Educators' Union of South Africa"),
        Q('"We cannot celebrate a pass rate while pretending the learners who dropped out do not exist,"', "direct",
          "Sipho Mthembu", "Sipho Mthembu"),
        Q("that the proportion of learners who passed, measured against all who enrolled in Grade 10, was closer to "
          "55%", "indirect", "Annelie van der Merwe", "Annelie van der Merwe"),
        Q('"The headline number is useful, but it is not the whole story,"', "direct", "Van der Merwe",
          "Annelie van der Merwe"),
        Q("that 47 schools had recorded a 0% pass rate, down from 62 the year before", "indirect",
          "The Department of Basic Education", "Department of Basic Education"),
        Q("district officials would visit each of them before schools reopen on January 15", "indirect", "It",
          "Department of Basic Education", speaker_at="It said district"),
    ], source="blind"),
    Case("blind7-adhd", """Thousands of Scottish children wait more than two years for ADHD assessment

More than 4,000 children in Scotland have been waiting over two years for an assessment for ADHD or autism, according to the children's charity Kinship Scotland.

The charity, which obtained the figures through freedom of information requests to all 14 health boards, said some families had been told to expect waits of up to four years.

Its chief executive, Dr Morag Fairbairn, said: 'These are children who are struggling at school and at home right now. By the time they are seen, many of them will have left primary school.'

Leanne McAteer, from Kilmarnock, said her son, Callum, 11, was referred in 2021 and has still not had an appointment. 'Every time I phone, I'm told he's on the list. It's like shouting into a hole,' she said.

NHS Greater Glasgow and Clyde, where the longest waits were recorded, said it had recruited 12 additional clinical psychologists since the spring. The health board said it expected waiting times to fall 'significantly' by the end of next year.

Professor Alasdair Munro-Kerr, who chairs the child and adolescent faculty of the Royal College of Psychiatrists in Scotland, said a rise in referrals since the pandemic had 'overwhelmed' services that were already stretched.

'We are not going to recruit our way out of this quickly,' he warned. 'There simply aren't enough trained people, and it takes years to train them.'

Scottish Labour's health spokesperson, Kirsten Drummond MSP, called the figures 'utterly shameful'.

A Scottish Government spokesperson said: 'We have invested £46m in child and adolescent mental health services this year and are working with health boards to reduce waits as quickly as possible.'

The charity is calling for a national waiting-time target for neurodevelopmental assessments, similar to the 18-week standard for mental health treatment.""", [
        Q("More than 4,000 children in Scotland have been waiting over two years for an assessment for ADHD or autism",
          "indirect", "Kinship Scotland", "Kinship Scotland"),
        Q("some families had been told to expect waits of up to four years", "indirect", "The charity",
          "Kinship Scotland", speaker_at="The charity, which"),
        Q("'These are children who are struggling at school and at home right now. By the time they are seen, many "
          "of them will have left primary school.'", "direct", "Morag Fairbairn", "Morag Fairbairn"),
        Q("her son, Callum, 11, was referred in 2021 and has still not had an appointment", "indirect",
          "Leanne McAteer", "Leanne McAteer"),
        Q("'Every time I phone, I'm told he's on the list. It's like shouting into a hole,'", "direct", "she",
          "Leanne McAteer", speaker_at="she said"),
        Q("it had recruited 12 additional clinical psychologists since the spring", "indirect",
          "NHS Greater Glasgow and Clyde", "NHS Greater Glasgow and Clyde"),
        Q("'significantly'", "partial", "The health board", "NHS Greater Glasgow and Clyde"),
        Q("'overwhelmed'", "partial", "Alasdair Munro-Kerr", "Alasdair Munro-Kerr"),
        Q("'We are not going to recruit our way out of this quickly,'", "direct", "he", "Alasdair Munro-Kerr",
          speaker_at="he warned"),
        Q("'There simply aren't enough trained people, and it takes years to train them.'", "direct", "he",
          "Alasdair Munro-Kerr", speaker_at="he warned"),
        Q("'utterly shameful'", "partial", "Kirsten Drummond", "Kirsten Drummond"),
        Q("'We have invested £46m in child and adolescent mental health services this year and are working with "
          "health boards to reduce waits as quickly as possible.'", "direct", "A Scottish Government spokesperson",
          None),
    ], source="blind"),
    Case("blind7-kopitiam", """Coffee shop operator Sin Hock Seng’s profit falls 18% on higher rents, utility costs

SINGAPORE – Coffee shop operator Sin Hock Seng Holdings’ full-year net profit fell 18 per cent to $14.2 million as higher rents and utility costs ate into margins, the Catalist-listed company said on Feb 27.

Revenue for the year ended Dec 31 rose 6.1 per cent to $212 million, helped by the opening of four new outlets in Punggol and Tengah, according to the group.

Executive chairman Tan Wei Ling said the company would freeze drink prices at all 63 of its coffee shops until at least June.

“We know our customers are feeling the pinch. Kopi at $1.60 is not a luxury, it is a daily habit,” said Ms Tan, 54, who took over the business from her father, founder Tan Ah Kow, in 2009.

The group’s tenants have not been as fortunate. Mr Rajendran Pillai, 61, who runs a prata stall at one of SHS’s coffee shops in Ang Mo Kio, said his monthly rent had gone up twice in two years, to $6,800.

“If they raise again, I think I will close,” he told The Straits Times.

SHS said in response to queries that rental revisions for stallholders were “benchmarked against prevailing market rates”. It added that long-serving tenants could apply for rebates of up to 15 per cent.

In a note to clients, Kallang Securities analyst Jeremy Ong wrote that the group’s balance sheet remained strong, with net cash of $38 million. He kept his “add” rating on the stock, with a target price of 41 cents.

The board has proposed a final dividend of 1.2 cents per share, bringing the total payout for the year to two cents.

SHS, which was founded in 1978 with a single coffee shop in Toa Payoh, listed on Catalist in 2015. Its shares closed unchanged at 35 cents on Feb 27, before the results were released.""", [
        Q("Coffee shop operator Sin Hock Seng Holdings’ full-year net profit fell 18 per cent to $14.2 million as "
          "higher rents and utility costs ate into margins", "indirect", "the Catalist-listed company",
          "Sin Hock Seng Holdings"),
        Q("Revenue for the year ended Dec 31 rose 6.1 per cent to $212 million, helped by the opening of four new "
          "outlets in Punggol and Tengah", "indirect", "the group", "Sin Hock Seng Holdings",
          speaker_at="according to the group"),
        Q("the company would freeze drink prices at all 63 of its coffee shops until at least June", "indirect",
          "Tan Wei Ling", "Tan Wei Ling"),
        Q("“We know our customers are feeling the pinch. Kopi at $1.60 is not a luxury, it is a daily habit,”",
          "direct", "Tan", "Tan Wei Ling", speaker_at="said Ms Tan"),
        Q("his monthly rent had gone up twice in two years, to $6,800", "indirect", "Rajendran Pillai",
          "Rajendran Pillai"),
        Q("“If they raise again, I think I will close,”", "direct", "he", "Rajendran Pillai", speaker_at="he told"),
        Q("“benchmarked against prevailing market rates”", "partial", "SHS", "Sin Hock Seng Holdings",
          speaker_at="SHS said in response"),
        Q("that long-serving tenants could apply for rebates of up to 15 per cent", "indirect", "It",
          "Sin Hock Seng Holdings", speaker_at="It added"),
        Q("that the group’s balance sheet remained strong, with net cash of $38 million", "indirect", "Jeremy Ong",
          "Jeremy Ong"),
    ], source="blind"),
    Case("blind7-atacama", """Astronomers in Chile catch a star being slowly torn apart by its partner

SANTIAGO, Chile (AP) — Astronomers using a telescope in Chile's Atacama Desert say they have found two stars orbiting each other so closely that one is slowly being torn apart, a discovery that could help explain how some of the universe's brightest explosions begin.

The findings were published Wednesday in the journal Nature Astronomy by a team led by María José Valdivia Rojas, an astrophysicist at the University of Chile.

"We were not looking for this at all. It was in the background of another observation," Valdivia said in a video call from Santiago. "At first we thought it was a mistake in the data."

The pair, about 9,000 light-years from Earth, complete an orbit every 41 minutes. As the smaller, denser star pulls material from its companion, the system flickers in a regular pattern that the team has nicknamed "the hummingbird."

"The signal," Valdivia said, "was far too regular to be noise."

Co-author Pieter-Jan Verhoeven, of the European Southern Observatory, said such systems were thought to be the precursors of a rare kind of supernova but had never been observed at this stage.

Samantha Okafor-Reyes, an astronomer at the University of Arizona who was not involved in the research, said the team's interpretation was convincing but that other explanations could not yet be ruled out.

"It's a beautiful result," she told The Associated Press. "I just want to see a second one before I'm completely sold."

The team plans to observe the system again in September using the observatory's Very Large Telescope, Verhoeven said.

Chile's northern deserts host some of the world's largest observatories because of their dry air and clear skies, and the country is expected to hold about 70% of global astronomical observing capacity by the end of the decade.""", [
        Q("they have found two stars orbiting each other so closely that one is slowly being torn apart", "indirect",
          "Astronomers using a telescope in Chile's Atacama Desert", None),
        Q('"We were not looking for this at all. It was in the background of another observation,"', "direct",
          "Valdivia", "María José Valdivia Rojas", speaker_at="Valdivia said in"),
        Q('"At first we thought it was a mistake in the data."', "direct", "Valdivia", "María José Valdivia Rojas",
          speaker_at="Valdivia said in"),
        Q('"The signal,"', "direct", "Valdivia", "María José Valdivia Rojas", speaker_at="Valdivia said,"),
        Q('"was far too regular to be noise."', "direct", "Valdivia", "María José Valdivia Rojas",
          speaker_at="Valdivia said,"),
        Q("such systems were thought to be the precursors of a rare kind of supernova but had never been observed at "
          "this stage", "indirect", "Pieter-Jan Verhoeven", "Pieter-Jan Verhoeven"),
        Q("the team's interpretation was convincing but that other explanations could not yet be ruled out",
          "indirect", "Samantha Okafor-Reyes", "Samantha Okafor-Reyes"),
        Q('"It\'s a beautiful result,"', "direct", "she", "Samantha Okafor-Reyes", speaker_at="she told"),
        Q('"I just want to see a second one before I\'m completely sold."', "direct", "she", "Samantha Okafor-Reyes",
          speaker_at="she told"),
        Q("The team plans to observe the system again in September using the observatory's Very Large Telescope",
          "indirect", "Verhoeven", "Pieter-Jan Verhoeven", speaker_at="Verhoeven said."),
    ], source="blind"),
    Case("blind7-shipyard", """Ex-shipbuilder CEO gets 3 years in prison over deaths of 2 workers

SEOUL, May 14 (Yonhap) -- A Seoul court on Tuesday sentenced the former chief executive of a mid-sized shipbuilder to three years in prison for ignoring safety warnings before an accident that killed two subcontracted workers in 2022.

The Seoul Central District Court found Min Tae-seok, 63, former CEO of Haedong Marine Industries, guilty of violating the Serious Accidents Punishment Act, in one of the heaviest sentences handed down under the law.

"The defendant put production schedules ahead of the lives of the workers on his site, despite repeated warnings from his own safety managers," the court said in its ruling.

Presiding Judge Ha Ji-yeon said Min had shown "no genuine remorse" during the trial. The court also fined the company 1.5 billion won ($1.1 million).

The two workers, aged 34 and 51, were crushed in September 2022 when a steel block weighing 40 tons fell from a crane at the company's shipyard in Tongyeong, South Gyeongsang Province.

Min's lawyers said they would appeal the ruling.

The Korean Metal Workers' Union, which represents workers at the shipyard, said in a statement that the sentence was "still too light for two lives." The KMWU added that subcontracted workers at shipyards across the country continued to work without basic protections.

A relative of one of the victims told reporters outside the courthouse, "Nothing will bring them back, but at least someone has been held responsible."

Labor Minister Kwon Hye-jin was quoted as saying in a ministry press release that the ruling should serve as "a clear warning to every business owner" who treats safety as an afterthought.

Haedong Marine Industries said it respected the court's decision and had since spent 30 billion won on safety upgrades at the Tongyeong yard.

Workplace deaths in South Korea's shipbuilding sector have risen for two consecutive years as the industry races to fill a backlog of orders for liquefied natural gas carriers.""", [
        Q('"The defendant put production schedules ahead of the lives of the workers on his site, despite repeated '
          'warnings from his own safety managers,"', "direct", "the court", "Seoul Central District Court",
          speaker_at="the court said in its ruling"),
        Q('"no genuine remorse"', "partial", "Ha Ji-yeon", "Ha Ji-yeon"),
        Q("they would appeal the ruling", "indirect", "Min's lawyers", None),
        Q('"still too light for two lives."', "partial", "The Korean Metal Workers' Union",
          "Korean Metal Workers' Union"),
        Q("that subcontracted workers at shipyards across the country continued to work without basic protections",
          "indirect", "The KMWU", "Korean Metal Workers' Union"),
        Q('"Nothing will bring them back, but at least someone has been held responsible."', "direct",
          "A relative of one of the victims", None),
        Q('"a clear warning to every business owner"', "partial", "Kwon Hye-jin", "Kwon Hye-jin"),
        Q("it respected the court's decision and had since spent 30 billion won on safety upgrades at the Tongyeong "
          "yard", "indirect", "Haedong Marine Industries", "Haedong Marine Industries",
          speaker_at="Haedong Marine Industries said"),
    ], source="blind"),
    Case("blind7-afl", """Suns star Nguyen cops three-match ban for sling tackle

MELBOURNE, April 16 AAP - Gold Coast Suns midfielder Lachlan Nguyen will miss three matches after the AFL Tribunal found him guilty of rough conduct over a sling tackle that concussed Adelaide Crows defender Tom Papadopoulos.

The tribunal deliberated for almost 40 minutes on Tuesday night before handing down the ban, which rules Nguyen out of clashes with Carlton, Fremantle and Geelong.

AFL counsel Daniel Kozlowski argued the impact should be graded as high because Papadopoulos had been unable to return to the field.

Tribunal chair Rowena Calleja said Nguyen had pinned both of Papadopoulos's arms before driving him into the turf.

"A player in that position has no way of protecting his head," Calleja said. "The onus is on the tackler."

The 24-year-old, who apologised to Papadopoulos after the match, told the hearing he had "never meant to hurt anyone".

Gold Coast said they were "extremely disappointed" with the verdict. They said the club would take 24 hours to decide whether to appeal.

Suns coach Brendan Tuimavave, speaking before the hearing, described Nguyen as "as fair a footballer as you'll find".

"He's sick about what happened to Tom. He rang him on Sunday morning before he'd even had breakfast," Tuimavave said.

Nguyen had been in career-best form, averaging 27 disposals and leading the Suns for clearances through the first five rounds.

Adelaide confirmed Papadopoulos would miss at least one game under the league's concussion protocols.

The Crows host Port Adelaide at Adelaide Oval on Saturday night, while the Suns travel to Melbourne to face Carlton at Marvel Stadium on Sunday afternoon.

Gold Coast have until 11am on Thursday to lodge an appeal.""", [
        Q("the impact should be graded as high because Papadopoulos had been unable to return to the field",
          "indirect", "Daniel Kozlowski", "Daniel Kozlowski"),
        Q("Nguyen had pinned both of Papadopoulos's arms before driving him into the turf", "indirect",
          "Rowena Calleja", "Rowena Calleja"),
        Q('"A player in that position has no way of protecting his head,"', "direct", "Calleja", "Rowena Calleja",
          speaker_at='," Calleja said'),
        Q('"The onus is on the tackler."', "direct", "Calleja", "Rowena Calleja", speaker_at='," Calleja said'),
        Q('"never meant to hurt anyone"', "partial", "The 24-year-old", "Lachlan Nguyen"),
        Q('"extremely disappointed"', "partial", "Gold Coast", "Gold Coast Suns", speaker_at="Gold Coast said"),
        Q("the club would take 24 hours to decide whether to appeal", "indirect", "They", "Gold Coast Suns",
          speaker_at="They said"),
        Q('"as fair a footballer as you\'ll find"', "partial", "Brendan Tuimavave", "Brendan Tuimavave"),
        Q('"He\'s sick about what happened to Tom. He rang him on Sunday morning before he\'d even had breakfast,"',
          "direct", "Tuimavave", "Brendan Tuimavave", speaker_at="Tuimavave said"),
        Q("Papadopoulos would miss at least one game under the league's concussion protocols", "indirect",
          "Adelaide", "Adelaide Crows", speaker_at="Adelaide confirmed"),
    ], source="blind"),
    Case("blind7-heat", """Free heat clinics for outdoor workers as Abu Dhabi temperatures pass 49°C

ABU DHABI // Abu Dhabi will open 12 mobile clinics at construction sites and labour accommodation this summer to treat outdoor workers for heat exhaustion, health officials announced on Monday.

The clinics, run by the Department of Health – Abu Dhabi, will be staffed by nurses who speak Hindi, Urdu, Malayalam, Bengali and Nepali, the department said.

“Heat illness is almost entirely preventable, but only if people recognise the early signs,” said Dr Hessa Al Mansoori, the department’s executive director of public health. “Dizziness, cramps and confusion are not things to push through.”

The announcement comes as the Ministry of Human Resources and Emiratisation’s midday break takes effect from June 15 to September 15, banning outdoor work in direct sunlight between 12.30pm and 3pm.

The ministry said in a statement that it had carried out more than 9,000 inspections last summer and that 99.8 per cent of companies had complied. Mohre warned that employers found breaking the rule face fines of Dh5,000 per worker.

Ramesh Thapa, 34, a steel fixer from Nepal who has worked on sites in Abu Dhabi for eight years, said the shaded rest areas with water and electrolyte drinks were “the best thing they have done for us.

“By two o’clock in August, you cannot think properly,” said his colleague Mohammed Rafiq, 41, from Kerala. “Last year a man in our camp fainted on the bus back from site.”

Dr Al Mansoori said employers had a legal duty to provide water, shade and rest, and urged workers to report violations to the ministry’s hotline.

The National Centre of Meteorology recorded 49.2°C in Sweihan on Sunday, the highest temperature of the year so far. It said temperatures would remain above 47°C in inland areas for the rest of the week, with humidity rising along the coast at night.""", [
        Q("Abu Dhabi will open 12 mobile clinics at construction sites and labour accommodation this summer to treat "
          "outdoor workers for heat exhaustion", "indirect", "health officials", None),
        Q("The clinics, run by the Department of Health – Abu Dhabi, will be staffed by nurses who speak Hindi, Urdu, "
          "Malayalam, Bengali and Nepali", "indirect", "the department", "Department of Health – Abu Dhabi",
          speaker_at="the department said"),
        Q("“Heat illness is almost entirely preventable, but only if people recognise the early signs,”", "direct",
          "Hessa Al Mansoori", "Hessa Al Mansoori"),
        Q("“Dizziness, cramps and confusion are not things to push through.”", "direct", "Hessa Al Mansoori",
          "Hessa Al Mansoori"),
        Q("that it had carried out more than 9,000 inspections last summer and that 99.8 per cent of companies had "
          "complied", "indirect", "The ministry", "Ministry of Human Resources and Emiratisation"),
        Q("that employers found breaking the rule face fines of Dh5,000 per worker", "indirect", "Mohre",
          "Ministry of Human Resources and Emiratisation"),
        Q("“the best thing they have done for us.", "partial", "Ramesh Thapa", "Ramesh Thapa"),
        Q("“By two o’clock in August, you cannot think properly,”", "direct", "Mohammed Rafiq", "Mohammed Rafiq"),
        Q("“Last year a man in our camp fainted on the bus back from site.”", "direct", "Mohammed Rafiq",
          "Mohammed Rafiq"),
        Q("employers had a legal duty to provide water, shade and rest", "indirect", "Al Mansoori",
          "Hessa Al Mansoori", speaker_at="Dr Al Mansoori said"),
        Q("temperatures would remain above 47°C in inland areas for the rest of the week, with humidity rising along "
          "the coast at night", "indirect", "It", "National Centre of Meteorology", speaker_at="It said"),
    ], source="blind"),
]
