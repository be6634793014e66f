"""Blind gold, fifth set: articles written without reading the rules, never run through them.

Sixteen short articles in many house styles and regions (AP, Reuters, AFP, dpa and
PTI wire copy; British, Irish, Australian, Canadian, South African, Nigerian,
Kenyan, Pakistani, Malaysian, Filipino and Trinidadian papers), with straight and
curly double quotes, single quotes in three, a quote carried over paragraphs,
an unclosed quotation mark, and titles and nicknames in marks that nobody says.
See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind5-dairy", """Judge orders Idaho dairy to stop fouling creek

BOISE, Idaho (AP) — A federal judge on Tuesday ordered one of southern Idaho's largest dairies to stop letting manure run into a creek that feeds a state trout hatchery, saying the company had broken the Clean Water Act "for years, not days."

U.S. District Judge Lorena Castañeda-Whitfield gave Bellweather Ridge Dairy 60 days to line two waste lagoons and fence its cattle away from Dry Fork Creek. She also appointed an independent monitor to inspect the site every month.

"The record shows a pattern, not an accident," the judge wrote in a 41-page ruling. "Each spring the lagoons overflowed, and each spring the company promised it would not happen again."

The lawsuit was brought in 2022 by the Dry Fork Creek Alliance, a group of anglers and downstream farmers. Its director, Wade Kettleson, said the ruling was "the first good news this creek has had in a decade."

"We're not trying to put anybody out of business," Kettleson told The Associated Press by phone. "We just want the water to look like water again."

Bellweather Ridge, which milks about 9,000 cows near the town of Gooding, said in an emailed statement that it was reviewing the decision and had already spent more than $2 million on upgrades. It insisted the dairy had "always acted in good faith."

A lawyer for the dairy, who was not authorized to speak publicly about the case, said an appeal was likely.

State regulators have been criticized for rarely inspecting large feedlots. Idaho Department of Environmental Quality spokesperson Marisol Oyelaran-Briggs said the agency had visited the dairy three times since 2019. She added that the department would "review its own procedures" after the ruling.

Castañeda-Whitfield is expected to hold a hearing in March on the plaintiffs' request for legal fees.""", [
        Q('"for years, not days."', "partial", "A federal judge", "Lorena Castañeda-Whitfield"),
        Q('"The record shows a pattern, not an accident,"', "direct", "the judge", "Lorena Castañeda-Whitfield",
          speaker_at="the judge wrote"),
        Q('"Each spring the lagoons overflowed, and each spring the company promised it would not happen again."',
          "direct", "the judge", "Lorena Castañeda-Whitfield", speaker_at="the judge wrote"),
        Q('"the first good news this creek has had in a decade."', "partial", "Wade Kettleson", "Wade Kettleson"),
        Q("\"We're not trying to put anybody out of business,\"", "direct", "Kettleson", "Wade Kettleson",
          speaker_at="Kettleson told"),
        Q('"We just want the water to look like water again."', "direct", "Kettleson", "Wade Kettleson",
          speaker_at="Kettleson told"),
        Q("that it was reviewing the decision and had already spent more than $2 million on upgrades", "indirect",
          "Bellweather Ridge", "Bellweather Ridge Dairy", speaker_at="Bellweather Ridge, which"),
        Q('"always acted in good faith."', "partial", "It", "Bellweather Ridge Dairy", speaker_at="It insisted"),
        Q("an appeal was likely", "indirect", "A lawyer for the dairy", None),
        Q("the agency had visited the dairy three times since 2019", "indirect", "Marisol Oyelaran-Briggs",
          "Marisol Oyelaran-Briggs"),
        Q('"review its own procedures"', "partial", "She", "Marisol Oyelaran-Briggs", speaker_at="She added"),
    ], source="blind"),
    Case("blind5-coldchain", """Singapore's Meridian Cold Chain cuts outlook as freight costs bite

SINGAPORE (Reuters) - Meridian Cold Chain Holdings, Southeast Asia's biggest operator of refrigerated warehouses, cut its full-year profit forecast on Thursday, blaming higher shipping rates and weaker demand from seafood exporters.

Shares in the company, known locally as MCC, fell as much as 7.4% in early trade to their lowest since March 2021, underperforming a flat Straits Times Index.

Net profit for the three months to September fell 18% to S$41.2 million, the Singapore-based group said in a filing to the stock exchange. It now expects full-year earnings to be "moderately lower" than last year's, after earlier guiding for growth.

"The second half has been harder than we expected," chief executive Goh Swee Lian told analysts on a call. "Our customers in Vietnam and Indonesia are shipping less, and when they do ship, they are paying more for containers."

Goh said the company would delay the opening of a S$150 million automated facility in Tuas by about six months, but insisted the project was not in doubt.

MCC also said chief financial officer Rajiv Menon-Hartley would step down at the end of the year for personal reasons.

Analysts said the guidance cut was deeper than expected.

"The market was pricing in a soft quarter, not a downgrade," said Cheryl Ong-Fairbairn, an analyst at Hartwell Securities. "We think the stock stays under pressure until freight rates normalise."

According to Lim Jia Hui of Sentosa Capital Research, the company's balance sheet remains strong enough to support its dividend, which has not been cut since the firm listed in 2012.

Kestrel Investments, which owns about 22% of MCC, declined to comment.

The company is due to hold an investor day in February, when it is expected to update its five-year plan.""", [
        Q("Net profit for the three months to September fell 18% to S$41.2 million", "indirect",
          "the Singapore-based group", "Meridian Cold Chain Holdings"),
        Q('"moderately lower"', "partial", "It", "Meridian Cold Chain Holdings", speaker_at="It now expects"),
        Q('"The second half has been harder than we expected,"', "direct", "Goh Swee Lian", "Goh Swee Lian"),
        Q('"Our customers in Vietnam and Indonesia are shipping less, and when they do ship, they are paying more '
          'for containers."', "direct", "Goh Swee Lian", "Goh Swee Lian"),
        Q("the company would delay the opening of a S$150 million automated facility in Tuas by about six months",
          "indirect", "Goh", "Goh Swee Lian", speaker_at="Goh said"),
        Q("the project was not in doubt", "indirect", "Goh", "Goh Swee Lian", speaker_at="Goh said"),
        Q("chief financial officer Rajiv Menon-Hartley would step down at the end of the year for personal reasons",
          "indirect", "MCC", "Meridian Cold Chain Holdings", speaker_at="MCC also said"),
        Q("the guidance cut was deeper than expected", "indirect", "Analysts", None),
        Q('"The market was pricing in a soft quarter, not a downgrade,"', "direct", "Cheryl Ong-Fairbairn",
          "Cheryl Ong-Fairbairn"),
        Q('"We think the stock stays under pressure until freight rates normalise."', "direct",
          "Cheryl Ong-Fairbairn", "Cheryl Ong-Fairbairn"),
        Q("the company's balance sheet remains strong enough to support its dividend, which has not been cut since "
          "the firm listed in 2012", "indirect", "Lim Jia Hui", "Lim Jia Hui"),
    ], source="blind"),
    Case("blind5-glacier", """Patagonian glacier shrinking faster than thought, study finds

SANTIAGO (AFP) - One of the largest glaciers in Chilean Patagonia lost ice at nearly twice the previously estimated rate over the past decade, researchers said Monday, warning that meltwater could soon change fjords used by salmon farms.

The study, published in the journal Nature Geoscience, combined drone surveys with satellite radar to measure the Condor Glacier, which drains the Southern Patagonian Ice Field.

"We went back three times because we did not believe the numbers," lead author Maria Ignacia de la Vega, a glaciologist at the University of Magallanes, told AFP. "Each time, the glacier had retreated further."

De la Vega said the front of the glacier had pulled back 2.3 kilometres since 2014, exposing a rocky valley that had been under ice for centuries.

The team also warned that the influx of fresh water was lowering salinity in nearby fjords. That could stress farmed fish, according to co-author Benjamin Okafor-Lindqvist of the Nordic Institute for Coastal Research.

"Salmon are sensitive animals," he said. "A few points of salinity can be the difference between a good year and a mass mortality."

The Salmon Council of Chile, which represents the industry, said its members monitored water quality daily. It added that farms near the glacier had recorded "no significant change" so far.

Other scientists were more cautious. Professor Park Ji-won of Seoul National University, who was not involved in the research, said the findings were "plausible but need to be checked against longer records."

Park added that drone measurements of calving fronts could vary by several metres depending on the tide.

Chile's environment ministry said it would study the report before deciding whether to extend monitoring in the area, which lies inside Bernardo O'Higgins National Park.

The Southern Patagonian Ice Field is the third-largest expanse of continental ice in the world, after Antarctica and Greenland.""", [
        Q("One of the largest glaciers in Chilean Patagonia lost ice at nearly twice the previously estimated rate "
          "over the past decade", "indirect", "researchers", None),
        Q("that meltwater could soon change fjords used by salmon farms", "indirect", "researchers", None),
        Q('"We went back three times because we did not believe the numbers,"', "direct",
          "Maria Ignacia de la Vega", "Maria Ignacia de la Vega"),
        Q('"Each time, the glacier had retreated further."', "direct", "Maria Ignacia de la Vega",
          "Maria Ignacia de la Vega"),
        Q("the front of the glacier had pulled back 2.3 kilometres since 2014, exposing a rocky valley that had been "
          "under ice for centuries", "indirect", "De la Vega", "Maria Ignacia de la Vega"),
        Q("that the influx of fresh water was lowering salinity in nearby fjords", "indirect", "The team", None),
        Q("That could stress farmed fish", "indirect", "Benjamin Okafor-Lindqvist", "Benjamin Okafor-Lindqvist"),
        Q('"Salmon are sensitive animals,"', "direct", "he", "Benjamin Okafor-Lindqvist"),
        Q('"A few points of salinity can be the difference between a good year and a mass mortality."', "direct",
          "he", "Benjamin Okafor-Lindqvist"),
        Q("its members monitored water quality daily", "indirect", "The Salmon Council of Chile",
          "Salmon Council of Chile"),
        Q('"no significant change"', "partial", "It", "Salmon Council of Chile", speaker_at="It added"),
        Q('"plausible but need to be checked against longer records."', "partial", "Park Ji-won", "Park Ji-won"),
        Q("that drone measurements of calving fronts could vary by several metres depending on the tide", "indirect",
          "Park", "Park Ji-won", speaker_at="Park added"),
        Q("it would study the report before deciding whether to extend monitoring in the area, which lies inside "
          "Bernardo O'Higgins National Park", "indirect", "Chile's environment ministry", None),
    ], source="blind"),
    Case("blind5-stool", """Hamburg museum to return royal stool to Cameroon

Hamburg (dpa) - A Hamburg museum will give back a beaded royal stool taken from present-day Cameroon under German colonial rule, its director announced on Wednesday, ending a dispute that had dragged on for more than a decade.

The stool, listed in old catalogues as the “Leopard Seat”, was seized by a German officer in 1902 and has been on display at the Elbufer Museum of World Cultures since 1911.

“This object was never ours to keep,” museum director Katharina von Ebersberg told dpa. “We have to say that plainly, without footnotes and without conditions.”

Von Ebersberg said the handover would take place in the spring at the palace of the chiefdom of Nkwende in Cameroon’s West Region, where the stool was carved. She added that the museum would also return letters and photographs from the same military expedition.

Representatives of the chiefdom, who travelled to Hamburg for the announcement, welcomed the decision. “Our grandfathers spoke of this stool as if it were a person who had been kidnapped,” said Tabe Ndifor Achaleke, a nephew of the ruling fon. “Now that person is coming home.”

Hamburg’s culture senator, Carsten Brodersen-Kaya, said the city would cover transport and insurance costs, which he put at around 80,000 euros.

The Association of Ethnological Collections (VES), which represents some 60 museums, called the move “overdue but exemplary”. The VES has long pressed its members to publish full inventories of objects acquired in colonial contexts. It said in a statement that several other museums were preparing similar returns, without naming them.

Not everyone was convinced. A curator at another German museum, speaking on condition of anonymity, said the decision had been rushed “to make headlines”.

The museum plans to display a replica of the stool, made by craftsmen in Nkwende, from next year.""", [
        Q("A Hamburg museum will give back a beaded royal stool taken from present-day Cameroon under German "
          "colonial rule", "indirect", "its director", "Katharina von Ebersberg"),
        Q("“This object was never ours to keep,”", "direct", "Katharina von Ebersberg", "Katharina von Ebersberg"),
        Q("“We have to say that plainly, without footnotes and without conditions.”", "direct",
          "Katharina von Ebersberg", "Katharina von Ebersberg"),
        Q("the handover would take place in the spring at the palace of the chiefdom of Nkwende in Cameroon’s West "
          "Region, where the stool was carved", "indirect", "Von Ebersberg", "Katharina von Ebersberg"),
        Q("that the museum would also return letters and photographs from the same military expedition", "indirect",
          "She", "Katharina von Ebersberg", speaker_at="She added"),
        Q("“Our grandfathers spoke of this stool as if it were a person who had been kidnapped,”", "direct",
          "Tabe Ndifor Achaleke", "Tabe Ndifor Achaleke"),
        Q("“Now that person is coming home.”", "direct", "Tabe Ndifor Achaleke", "Tabe Ndifor Achaleke"),
        Q("the city would cover transport and insurance costs, which he put at around 80,000 euros", "indirect",
          "Carsten Brodersen-Kaya", "Carsten Brodersen-Kaya"),
        Q("“overdue but exemplary”", "partial", "The Association of Ethnological Collections",
          "Association of Ethnological Collections"),
        Q("that several other museums were preparing similar returns, without naming them", "indirect", "It",
          "Association of Ethnological Collections", speaker_at="It said"),
        Q("“to make headlines”", "partial", "A curator at another German museum", None),
    ], source="blind"),
    Case("blind5-typhus", """Scrub typhus cases climb in Himachal, health dept issues alert

Shimla, Sep 14 (PTI) Himachal Pradesh has recorded 412 cases of scrub typhus and nine deaths so far this year, the highest in five years, officials said on Saturday.

Most of the cases have been reported from Bilaspur, Hamirpur and Mandi districts, according to the state health department.

State Health Minister Sunita Verma Chauhan said that all district hospitals had been directed to stock adequate doses of doxycycline and to set up separate fever counters.

"There is no need to panic, but people must not ignore a fever that lasts more than two days," the minister told PTI.

Scrub typhus, a bacterial infection spread by the bite of infected mites, is common during the monsoon among people who work in fields and bushes.

Dr Anjali Thakur-Negi, head of the community medicine department at Shimla Government Medical College, said the rise was partly due to better testing.

"Earlier, many of these patients were treated for viral fever and sent home. Now we are picking them up," she said.

She, however, warned that late diagnosis remained the main cause of deaths, as the infection can damage the lungs and kidneys within a week.

Farmers' body Pahari Krishak Manch alleged that health workers had not visited several remote villages in Mandi and Chamba. Its president Roshan Lal Dhiman was quoted as saying, "The advisories are on WhatsApp, but the mites are in our fields."

A senior official of the National Health Mission, requesting anonymity, said that awareness camps would be held in 300 panchayats over the next month.

The minister said the government had also written to the Centre seeking additional rapid test kits, and that private laboratories had been asked to report every positive case to the district surveillance officer.

People working outdoors have been advised to wear full sleeves and gumboots and to bathe after returning from the fields.""", [
        Q("Himachal Pradesh has recorded 412 cases of scrub typhus and nine deaths so far this year, the highest in "
          "five years", "indirect", "officials", None),
        Q("Most of the cases have been reported from Bilaspur, Hamirpur and Mandi districts", "indirect",
          "the state health department", None),
        Q("that all district hospitals had been directed to stock adequate doses of doxycycline and to set up "
          "separate fever counters", "indirect", "Sunita Verma Chauhan", "Sunita Verma Chauhan"),
        Q('"There is no need to panic, but people must not ignore a fever that lasts more than two days,"', "direct",
          "the minister", "Sunita Verma Chauhan", speaker_at="the minister told"),
        Q("the rise was partly due to better testing", "indirect", "Anjali Thakur-Negi", "Anjali Thakur-Negi"),
        Q('"Earlier, many of these patients were treated for viral fever and sent home. Now we are picking them up,"',
          "direct", "she", "Anjali Thakur-Negi", speaker_at="she said"),
        Q("that late diagnosis remained the main cause of deaths, as the infection can damage the lungs and kidneys "
          "within a week", "indirect", "She", "Anjali Thakur-Negi", speaker_at="She, however"),
        Q("that health workers had not visited several remote villages in Mandi and Chamba", "indirect",
          "Pahari Krishak Manch", "Pahari Krishak Manch"),
        Q('"The advisories are on WhatsApp, but the mites are in our fields."', "direct", "Roshan Lal Dhiman",
          "Roshan Lal Dhiman"),
        Q("that awareness camps would be held in 300 panchayats over the next month", "indirect",
          "A senior official of the National Health Mission", None),
        Q("the government had also written to the Centre seeking additional rapid test kits, and that private "
          "laboratories had been asked to report every positive case to the district surveillance officer",
          "indirect", "The minister", "Sunita Verma Chauhan"),
    ], source="blind"),
    Case("blind5-lido", """Councillors back £4.2m plan to reopen Brinsford lido

A derelict 1930s lido on Brinsford seafront could reopen within three years after councillors voted to back a £4.2 million restoration plan.

Members of Brinsford District Council's cabinet agreed on Tuesday evening to put £1.5m towards the project, with the rest expected to come from heritage grants and a community share offer.

The open-air pool, known locally as 'the Blue Lagoon', closed in 2009 after cracks were found in its concrete shell and has been fenced off ever since.

Council leader Gwen Atherley-Price said: 'This is a building that generations of local families have fond memories of. We owe it to them to bring it back to life, not to let it crumble into the sea.'

She admitted the council was taking 'a calculated risk' at a time when budgets were under severe strain.

The Friends of Brinsford Lido, which has campaigned for the pool's reopening for more than a decade, said the vote was 'a fantastic day for the town'. They added that more than 1,400 people had already pledged to buy shares.

Its chairwoman, Deborah Fairweather MBE, said: 'People told us we were dreaming. Well, tonight the dream got a lot closer.'

Not all councillors were convinced. Opposition member Tomasz Wiśniewski warned that running costs could leave taxpayers 'on the hook for decades'.

'I love the lido as much as anyone,' Cllr Wiśniewski said. 'But we are closing public toilets and cutting bin collections. People will ask why this comes first.'

A council spokesperson said a detailed business case would be published in the spring, with building work starting no earlier than 2026.

The lido's art deco diving platform, dubbed 'the Wedding Cake' by generations of swimmers, is Grade II listed and will be restored as part of the scheme.""", [
        Q("'This is a building that generations of local families have fond memories of. We owe it to them to bring "
          "it back to life, not to let it crumble into the sea.'", "direct", "Gwen Atherley-Price",
          "Gwen Atherley-Price"),
        Q("'a calculated risk'", "partial", "She", "Gwen Atherley-Price", speaker_at="She admitted"),
        Q("'a fantastic day for the town'", "partial", "The Friends of Brinsford Lido", "Friends of Brinsford Lido"),
        Q("that more than 1,400 people had already pledged to buy shares", "indirect", "They",
          "Friends of Brinsford Lido", speaker_at="They added"),
        Q("'People told us we were dreaming. Well, tonight the dream got a lot closer.'", "direct",
          "Deborah Fairweather", "Deborah Fairweather"),
        Q("'on the hook for decades'", "partial", "Tomasz Wiśniewski", "Tomasz Wiśniewski"),
        Q("'I love the lido as much as anyone,'", "direct", "Wiśniewski", "Tomasz Wiśniewski",
          speaker_at="Cllr Wiśniewski said"),
        Q("'But we are closing public toilets and cutting bin collections. People will ask why this comes first.'",
          "direct", "Wiśniewski", "Tomasz Wiśniewski", speaker_at="Cllr Wiśniewski said"),
        Q("a detailed business case would be published in the spring, with building work starting no earlier than "
          "2026", "indirect", "A council spokesperson", None),
    ], source="blind"),
    Case("blind5-hurling", """Veteran Ó Dálaigh inspires Waterford to Munster final

Waterford 2-19 Limerick 1-20

Pádraig Ó Dálaigh rolled back the years at Walsh Park yesterday, hitting five points from play as Waterford edged Limerick by two to book a place in the Munster final.

The 36-year-old, who had considered retiring last winter, was named man of the match and admitted afterwards that his legs had been ‘screaming’ in the final ten minutes.

‘I said to myself during the winter that if the body let me, I’d give it one more go,’ Ó Dálaigh told reporters. ‘Days like today are why you put up with the ice baths.’

Waterford manager Declan Mac Giolla Phádraig was full of praise for the veteran. ‘He’s the first man into the gym and the last man out of it,’ he said. ‘The young lads see that, and they follow it.’

Mac Giolla Phádraig added that corner-back Eoin Fitzgerald-Walsh had been taken to hospital with a suspected broken wrist and would undergo scans today.

Limerick came from six points down to lead briefly in the second half, but two late frees from Ó Dálaigh’s clubmate Conor Keane settled it.

Limerick boss Ger Lenihan-Quaid said his side had ‘left it behind us in the first half’ and insisted the result would not define their season.

‘We’ve a month to put it right and we will,’ Lenihan-Quaid said. ‘Nobody in that dressing room is feeling sorry for themselves.’

The GAA said in a statement last night that the final would take place in Thurles on June 9, with tickets going on sale through its website on Tuesday.

Ó Dálaigh was coy when asked about next year. ‘Ask me in September,’ the Ballygunner clubman said with a smile.""", [
        Q("‘screaming’", "partial", "The 36-year-old", "Pádraig Ó Dálaigh"),
        Q("‘I said to myself during the winter that if the body let me, I’d give it one more go,’", "direct",
          "Ó Dálaigh", "Pádraig Ó Dálaigh", speaker_at="Ó Dálaigh told"),
        Q("‘Days like today are why you put up with the ice baths.’", "direct", "Ó Dálaigh", "Pádraig Ó Dálaigh",
          speaker_at="Ó Dálaigh told"),
        Q("‘He’s the first man into the gym and the last man out of it,’", "direct", "he",
          "Declan Mac Giolla Phádraig", speaker_at="he said. ‘The young"),
        Q("‘The young lads see that, and they follow it.’", "direct", "he", "Declan Mac Giolla Phádraig",
          speaker_at="he said. ‘The young"),
        Q("that corner-back Eoin Fitzgerald-Walsh had been taken to hospital with a suspected broken wrist and would "
          "undergo scans today", "indirect", "Mac Giolla Phádraig", "Declan Mac Giolla Phádraig",
          speaker_at="Mac Giolla Phádraig added"),
        Q("‘left it behind us in the first half’", "partial", "Ger Lenihan-Quaid", "Ger Lenihan-Quaid"),
        Q("the result would not define their season", "indirect", "Ger Lenihan-Quaid", "Ger Lenihan-Quaid"),
        Q("‘We’ve a month to put it right and we will,’", "direct", "Lenihan-Quaid", "Ger Lenihan-Quaid",
          speaker_at="will,’ Lenihan-Quaid said"),
        Q("‘Nobody in that dressing room is feeling sorry for themselves.’", "direct", "Lenihan-Quaid",
          "Ger Lenihan-Quaid", speaker_at="will,’ Lenihan-Quaid said"),
        Q("that the final would take place in Thurles on June 9, with tickets going on sale through its website on "
          "Tuesday", "indirect", "The GAA", "GAA"),
        Q("‘Ask me in September,’", "direct", "the Ballygunner clubman", "Pádraig Ó Dálaigh"),
    ], source="blind"),
    Case("blind5-coral", """Ningaloo corals spawn weeks early, puzzling scientists

Corals on Western Australia’s Ningaloo Reef have spawned almost three weeks earlier than in any year on record, marine scientists say, in what could be a sign that warming seas are scrambling the reef’s biological clock.

A team from the Leeuwin Marine Science Institute recorded the mass spawning on the night of February 27. It usually happens in late March or early April.

‘We had the boats booked for March, and then a dive operator rang to say the water was full of little pink bundles,’ said Dr Mei-Ling Cartwright-Nakamura, who leads the institute’s coral program. ‘We had a team out there within six hours.’

Dr Cartwright-Nakamura said water temperatures off Coral Bay had run up to two degrees above average through the summer.

She warned that an early spawning could leave coral larvae drifting at a time when the plankton they feed on was scarce. ‘It’s a bit like a baby arriving before the nursery is ready,’ she said.

The institute, known as LMSI, said it would publish its findings after peer review. In a statement, it described the observation as ‘preliminary but striking’.

Other researchers urged caution. Professor Graham Tuilagi, a coral biologist at James Cook University who was not involved in the work, told the ABC the event was worth watching closely.

‘One early spawning is an observation,’ he said. ‘Five in a row would be a trend.’

Exmouth dive operator Jarrah Whitlam-Oduya, who first reported the spawning, said his customers had been ‘gobsmacked’.

‘I’ve been diving here for 22 years and I’ve never seen anything like it in February,’ the 47-year-old said.

The reef, listed as a World Heritage area in 2011, escaped the worst of the marine heatwave that bleached large parts of the Great Barrier Reef last year.""", [
        Q("Corals on Western Australia’s Ningaloo Reef have spawned almost three weeks earlier than in any year on "
          "record", "indirect", "marine scientists", None),
        Q("‘We had the boats booked for March, and then a dive operator rang to say the water was full of little "
          "pink bundles,’", "direct", "Mei-Ling Cartwright-Nakamura", "Mei-Ling Cartwright-Nakamura"),
        Q("‘We had a team out there within six hours.’", "direct", "Mei-Ling Cartwright-Nakamura",
          "Mei-Ling Cartwright-Nakamura"),
        Q("water temperatures off Coral Bay had run up to two degrees above average through the summer", "indirect",
          "Cartwright-Nakamura", "Mei-Ling Cartwright-Nakamura", speaker_at="Dr Cartwright-Nakamura said"),
        Q("that an early spawning could leave coral larvae drifting at a time when the plankton they feed on was "
          "scarce", "indirect", "She", "Mei-Ling Cartwright-Nakamura", speaker_at="She warned"),
        Q("‘It’s a bit like a baby arriving before the nursery is ready,’", "direct", "she",
          "Mei-Ling Cartwright-Nakamura", speaker_at="she said"),
        Q("it would publish its findings after peer review", "indirect", "The institute",
          "Leeuwin Marine Science Institute", speaker_at="The institute, known"),
        Q("‘preliminary but striking’", "partial", "it", "Leeuwin Marine Science Institute",
          speaker_at="it described"),
        Q("the event was worth watching closely", "indirect", "Graham Tuilagi", "Graham Tuilagi"),
        Q("‘One early spawning is an observation,’", "direct", "he", "Graham Tuilagi", speaker_at="he said"),
        Q("‘Five in a row would be a trend.’", "direct", "he", "Graham Tuilagi", speaker_at="he said"),
        Q("‘gobsmacked’", "partial", "Jarrah Whitlam-Oduya", "Jarrah Whitlam-Oduya"),
        Q("‘I’ve been diving here for 22 years and I’ve never seen anything like it in February,’", "direct",
          "the 47-year-old", "Jarrah Whitlam-Oduya"),
    ], source="blind"),
    Case("blind5-merger", """N.L. to merge three Avalon towns despite local opposition

ST. JOHN'S, N.L. — The Newfoundland and Labrador government will go ahead with a plan to merge three small towns on the Avalon Peninsula into a single municipality, even though residents of one of them voted overwhelmingly against it.

Municipal Affairs Minister Marie-Ève Gagnon-Thibault told reporters Wednesday that the merger of Harbour Cove, Little Brook and Kellys Point would save taxpayers about $1.1 million a year and improve services such as snow clearing and water treatment.

Gagnon-Thibault said residents would keep their community names for mailing addresses. "I understand people are attached to their towns. I grew up in a town that doesn't exist anymore.

"But the math is the math. These communities can't keep paying for three town halls, three fire halls and three sets of auditors when their populations are shrinking every year."

In a non-binding plebiscite last month, 71 per cent of voters in Kellys Point rejected the merger. Mayor Wilfred Pardy called the government's decision "a slap in the face" to people who had turned out to vote.

"They asked us what we thought, and then they ignored the answer," Pardy said in an interview with The Canadian Press.

The Progressive Conservatives, who form the Official Opposition, said the government had "rammed it through" without proper consultation. PC municipal affairs critic Lloyd Abbott-Rideout said that the party would table a motion in the house of assembly calling for a binding vote.

The Newfoundland and Labrador Association of Towns said in a statement it supported voluntary mergers. But it added that it had "serious concerns" about forcing them on communities that did not want them.

The mayors of Harbour Cove and Little Brook have both backed the plan, saying their towns can no longer afford to replace ageing water lines on their own.

Elections for the new council are expected next fall.""", [
        Q("that the merger of Harbour Cove, Little Brook and Kellys Point would save taxpayers about $1.1 million a "
          "year and improve services such as snow clearing and water treatment", "indirect",
          "Marie-Ève Gagnon-Thibault", "Marie-Ève Gagnon-Thibault"),
        Q("residents would keep their community names for mailing addresses", "indirect", "Gagnon-Thibault",
          "Marie-Ève Gagnon-Thibault", speaker_at="Gagnon-Thibault said"),
        Q("\"I understand people are attached to their towns. I grew up in a town that doesn't exist anymore.",
          "direct", "Gagnon-Thibault", "Marie-Ève Gagnon-Thibault", speaker_at="Gagnon-Thibault said"),
        Q("\"But the math is the math. These communities can't keep paying for three town halls, three fire halls "
          "and three sets of auditors when their populations are shrinking every year.\"", "direct",
          "Gagnon-Thibault", "Marie-Ève Gagnon-Thibault", speaker_at="Gagnon-Thibault said"),
        Q('"a slap in the face"', "partial", "Wilfred Pardy", "Wilfred Pardy"),
        Q('"They asked us what we thought, and then they ignored the answer,"', "direct", "Pardy", "Wilfred Pardy",
          speaker_at="Pardy said"),
        Q('"rammed it through"', "partial", "The Progressive Conservatives", "Progressive Conservatives"),
        Q("that the party would table a motion in the house of assembly calling for a binding vote", "indirect",
          "Lloyd Abbott-Rideout", "Lloyd Abbott-Rideout"),
        Q("it supported voluntary mergers", "indirect", "The Newfoundland and Labrador Association of Towns",
          "Newfoundland and Labrador Association of Towns"),
        Q('"serious concerns"', "partial", "it", "Newfoundland and Labrador Association of Towns",
          speaker_at="it added"),
        Q("their towns can no longer afford to replace ageing water lines on their own", "indirect",
          "The mayors of Harbour Cove and Little Brook", None),
    ], source="blind"),
    Case("blind5-karoo", """Residents march as Karoo town enters third week without water

Hundreds of residents of Kwaggaskloof in the Northern Cape marched to the municipal offices on Monday, demanding answers after taps in most of the town ran dry for a third consecutive week.

The Kwaggaskloof Local Municipality has blamed the outage on a broken pump at the main borehole field and the theft of about 300 metres of cable.

Municipal manager Pieter van der Merwe said a replacement pump had been ordered from Gqeberha and should arrive by Thursday. “We are not sitting on our hands. Water tankers are going out every day,” Van der Merwe said.

But residents said the tankers came irregularly and often ran empty before reaching the informal settlements on the edge of town.

“I have three children and an old mother at home. Yesterday we got two buckets,” said Nomvula Jacobs, 41, who joined the march. “How do you cook and wash with two buckets?”

Thandiwe Mokoena-Dlamini, chairperson of the Kwaggaskloof Residents’ Forum, which organised the march, accused the council of “sleeping on the job” for years. She said the forum had warned the municipality about the ageing pumps as far back as 2021.

The forum, known locally as KRF, handed over a memorandum with 14 demands, including the resignation of the mayor. It said in the memorandum that residents would occupy the municipal offices if there was no response within seven days.

Cooperative governance MEC Lerato Sebego told News24 that the province would send engineers to assess the borehole field this week.

Mayor Abraham Klaasen did not address the marchers.

“The mayor is deeply concerned and is personally following up with the engineers,” his spokesperson, Sizwe Nkosi, said on Monday afternoon.

Kwaggaskloof, a farming town of about 19,000 people, has suffered repeated water outages since a drought in 2019 left its dams almost empty.""", [
        Q("a replacement pump had been ordered from Gqeberha and should arrive by Thursday", "indirect",
          "Pieter van der Merwe", "Pieter van der Merwe"),
        Q("“We are not sitting on our hands. Water tankers are going out every day,”", "direct", "Van der Merwe",
          "Pieter van der Merwe"),
        Q("the tankers came irregularly and often ran empty before reaching the informal settlements on the edge of "
          "town", "indirect", "residents", None, speaker_at="But residents said"),
        Q("“I have three children and an old mother at home. Yesterday we got two buckets,”", "direct",
          "Nomvula Jacobs", "Nomvula Jacobs"),
        Q("“How do you cook and wash with two buckets?”", "direct", "Nomvula Jacobs", "Nomvula Jacobs"),
        Q("“sleeping on the job”", "partial", "Thandiwe Mokoena-Dlamini", "Thandiwe Mokoena-Dlamini"),
        Q("the forum had warned the municipality about the ageing pumps as far back as 2021", "indirect", "She",
          "Thandiwe Mokoena-Dlamini", speaker_at="She said"),
        Q("that residents would occupy the municipal offices if there was no response within seven days", "indirect",
          "It", "Kwaggaskloof Residents’ Forum", speaker_at="It said"),
        Q("that the province would send engineers to assess the borehole field this week", "indirect",
          "Lerato Sebego", "Lerato Sebego"),
        Q("“The mayor is deeply concerned and is personally following up with the engineers,”", "direct",
          "Sizwe Nkosi", "Sizwe Nkosi"),
    ], source="blind"),
    Case("blind5-collapse", """Ebute Metta collapse: Court admits engineer's report against developer

A Lagos State High Court sitting in Igbosere on Tuesday admitted in evidence a structural engineer's report on the collapse of a seven-storey building in Ebute Metta, in which 11 people died last year.

The developer, Olumide Bakare-Ilori, and his company, Crestfield Homes Limited, are standing trial on a 12-count charge bordering on involuntary manslaughter and breach of building regulations. They have pleaded not guilty.

Counsel to the defendants, Chief Adebayo Ogunleye, SAN, had objected to the report, arguing that its author was not called as a witness and that the document was "a photocopy of a photocopy."

But the trial judge, Justice Folasade Okonkwo-Adeyemi, ruled that the report was a public document and had been properly certified.

"The objection is overruled. The document is admitted and marked Exhibit P9," the judge held.

The lead prosecution counsel, Mr Chukwuemeka Obi, told the court that the report showed the concrete used on the upper floors had less than half the required strength.

He said, "My Lord, the evidence will show that this was not an act of God. It was an act of greed.

"The defendants were warned three times and they chose to keep building."

According to the Lagos State Building Safety Agency (LSBSA), the developer had approval for only four floors. The LSBSA said in a statement on Tuesday that it had sealed the site twice in 2022, but the seals were broken on both occasions.

The agency added that the owners of 43 other buildings in the area had been served notices to submit structural integrity tests.

Its General Manager, Engr. Kayode Adeniran-Lawal, said that the agency had since recruited 200 additional inspectors. "We will not allow another Ebute Metta," he said.

Justice Okonkwo-Adeyemi adjourned the case until March 14 for continuation of trial.""", [
        Q("that its author was not called as a witness", "indirect", "Adebayo Ogunleye", "Adebayo Ogunleye"),
        Q('"a photocopy of a photocopy."', "partial", "Adebayo Ogunleye", "Adebayo Ogunleye"),
        Q("that the report was a public document and had been properly certified", "indirect",
          "Folasade Okonkwo-Adeyemi", "Folasade Okonkwo-Adeyemi", speaker_at="Justice Folasade Okonkwo-Adeyemi"),
        Q('"The objection is overruled. The document is admitted and marked Exhibit P9,"', "direct", "the judge",
          "Folasade Okonkwo-Adeyemi", speaker_at="the judge held"),
        Q("that the report showed the concrete used on the upper floors had less than half the required strength",
          "indirect", "Chukwuemeka Obi", "Chukwuemeka Obi"),
        Q('"My Lord, the evidence will show that this was not an act of God. It was an act of greed.', "direct",
          "He", "Chukwuemeka Obi", speaker_at="He said"),
        Q('"The defendants were warned three times and they chose to keep building."', "direct", "He",
          "Chukwuemeka Obi", speaker_at="He said"),
        Q("the developer had approval for only four floors", "indirect", "the Lagos State Building Safety Agency",
          "Lagos State Building Safety Agency"),
        Q("that it had sealed the site twice in 2022, but the seals were broken on both occasions", "indirect",
          "The LSBSA", "Lagos State Building Safety Agency"),
        Q("that the owners of 43 other buildings in the area had been served notices to submit structural integrity "
          "tests", "indirect", "The agency", "Lagos State Building Safety Agency", speaker_at="The agency added"),
        Q("that the agency had since recruited 200 additional inspectors", "indirect", "Kayode Adeniran-Lawal",
          "Kayode Adeniran-Lawal"),
        Q('"We will not allow another Ebute Metta,"', "direct", "he", "Kayode Adeniran-Lawal", speaker_at="he said"),
    ], source="blind"),
    Case("blind5-marathon", """Chepkoech, 38, smashes Frankfurt course record

Faith Jelagat Chepkoech rolled back the years in Germany yesterday, winning the Frankfurt Marathon in a course record of 2:17:41 and finishing nearly a minute clear of Ethiopia’s Tigist Alemu Bekele.

The 38-year-old mother of two, who trains in Iten, broke away from a lead pack of five at the 35-kilometre mark and was never threatened over the final stretch.

“People have been telling me for three years that I am finished,” Chepkoech told Nation Sport from Frankfurt. “Today I wanted to show them that age is just a number on a passport.”

The Kenyan said she had changed her training after a hamstring injury forced her out of the Boston Marathon in April, cutting her weekly mileage and spending more time in the gym.

Her coach, Benson Kibet Mutai, said the result had not surprised him. “She was running 2:18 pace in training, alone, at altitude. I told her, if the weather is good, the record will go,” Mutai said.

Bekele, who crossed the line in 2:18:35, said she had gone out too fast. “I paid for it in the last ten kilometres,” the 24-year-old was quoted as saying by race organisers.

In the men’s race, Kenya’s Dennis Kiprono Rotich finished third behind two Ethiopians in 2:06:12.

The Kenya Athletics Federation (KAF) congratulated Chepkoech in a statement, calling her run “a lesson in resilience for every young athlete in this country.” The federation said it would consider her for the world championships team, which will be named in February.

Chepkoech, who made her marathon debut in 2014, said she had no plans to retire. “As long as the legs are answering, I will keep running,” she said.

She takes home €30,000 for the win and a €20,000 bonus for the course record.""", [
        Q("“People have been telling me for three years that I am finished,”", "direct", "Chepkoech",
          "Faith Jelagat Chepkoech", speaker_at="Chepkoech told"),
        Q("“Today I wanted to show them that age is just a number on a passport.”", "direct", "Chepkoech",
          "Faith Jelagat Chepkoech", speaker_at="Chepkoech told"),
        Q("she had changed her training after a hamstring injury forced her out of the Boston Marathon in April, "
          "cutting her weekly mileage and spending more time in the gym", "indirect", "The Kenyan",
          "Faith Jelagat Chepkoech"),
        Q("the result had not surprised him", "indirect", "Benson Kibet Mutai", "Benson Kibet Mutai"),
        Q("“She was running 2:18 pace in training, alone, at altitude. I told her, if the weather is good, the record "
          "will go,”", "direct", "Mutai", "Benson Kibet Mutai", speaker_at="Mutai said"),
        Q("she had gone out too fast", "indirect", "Bekele", "Tigist Alemu Bekele", speaker_at="Bekele, who"),
        Q("“I paid for it in the last ten kilometres,”", "direct", "the 24-year-old", "Tigist Alemu Bekele"),
        Q("“a lesson in resilience for every young athlete in this country.”", "partial",
          "The Kenya Athletics Federation", "Kenya Athletics Federation"),
        Q("it would consider her for the world championships team, which will be named in February", "indirect",
          "The federation", "Kenya Athletics Federation"),
        Q("she had no plans to retire", "indirect", "Chepkoech", "Faith Jelagat Chepkoech",
          speaker_at="Chepkoech, who made"),
        Q("“As long as the legs are answering, I will keep running,”", "direct", "she", "Faith Jelagat Chepkoech",
          speaker_at="running,” she said"),
    ], source="blind"),
    Case("blind5-kilns", """LHC orders closure of polluting brick kilns as smog worsens

LAHORE: The Lahore High Court on Thursday ordered the closure of all brick kilns in Lahore and four adjoining districts that have not yet switched to zigzag technology, as the city's air quality remained in the hazardous range for a fourth consecutive day.

Justice Shahida Parveen Malik issued the order while hearing a set of petitions filed by citizens and environmental groups seeking emergency measures against smog.

"The right to life includes the right to breathe," the judge observed. "This court cannot watch children being taken to hospital every morning and do nothing."

Counsel for the petitioners, Syed Ahsan Raza Bukhari, argued that the provincial government had been issuing the same notifications every winter without enforcing them. He told the court that more than 600 kilns were still operating with old technology in Lahore division alone.

Appearing for the Environment Protection Department (EPD), a law officer said that the department had sealed 212 kilns since October and registered cases against their owners. The EPD also informed the bench that it had deployed 40 teams to check smoke-emitting vehicles.

The court directed the department to submit a compliance report by next Thursday.

Punjab Brick Kiln Owners Association president Muhammad Aslam Gujjar criticised the order, saying it would render thousands of labourers jobless.

"Who will feed these families? The government has not given us a single rupee for conversion," he was quoted as saying by a private TV channel.

Lahore was the most polluted city in the world on Thursday evening, with an AQI reading above 450, according to the monitoring platform AirSense Pakistan.

Dr Farah Naz Qureshi, a pulmonologist at a government hospital in the city, told Dawn that outpatient departments had seen a sharp rise in patients with breathing difficulties, especially children and the elderly.

The hearing was adjourned till Nov 28.""", [
        Q('"The right to life includes the right to breathe,"', "direct", "the judge", "Shahida Parveen Malik"),
        Q('"This court cannot watch children being taken to hospital every morning and do nothing."', "direct",
          "the judge", "Shahida Parveen Malik"),
        Q("that the provincial government had been issuing the same notifications every winter without enforcing "
          "them", "indirect", "Syed Ahsan Raza Bukhari", "Syed Ahsan Raza Bukhari"),
        Q("that more than 600 kilns were still operating with old technology in Lahore division alone", "indirect",
          "He", "Syed Ahsan Raza Bukhari", speaker_at="He told"),
        Q("that the department had sealed 212 kilns since October and registered cases against their owners",
          "indirect", "a law officer", None),
        Q("that it had deployed 40 teams to check smoke-emitting vehicles", "indirect", "The EPD",
          "Environment Protection Department"),
        Q("it would render thousands of labourers jobless", "indirect", "Muhammad Aslam Gujjar",
          "Muhammad Aslam Gujjar"),
        Q('"Who will feed these families? The government has not given us a single rupee for conversion,"', "direct",
          "he", "Muhammad Aslam Gujjar", speaker_at="he was quoted"),
        Q("Lahore was the most polluted city in the world on Thursday evening, with an AQI reading above 450",
          "indirect", "AirSense Pakistan", "AirSense Pakistan"),
        Q("that outpatient departments had seen a sharp rise in patients with breathing difficulties, especially "
          "children and the elderly", "indirect", "Farah Naz Qureshi", "Farah Naz Qureshi"),
    ], source="blind"),
    Case("blind5-durian", """Durian exporters eye record year as China demand surges

KUALA LUMPUR: Malaysian durian exporters are on track for a record year, with shipments of frozen Musang King to China expected to exceed 50,000 tonnes, says the Federation of Malaysian Durian Exporters (FMDE).

Its president Datuk Tan Boon Keat said demand had been boosted by the approval of fresh whole-fruit exports last year, which allowed growers to command premium prices for the “king of fruits”.

“Chinese consumers are willing to pay for quality. A good Musang King can fetch more than RM200 per kilo in Shanghai,” he told reporters after the federation’s annual general meeting here yesterday.

Tan said the federation was, however, worried about labour shortages during the peak harvest season between June and August.

“Our members cannot find enough workers to pick and pack the fruit. If this continues, some of the durians will rot on the ground,” he said.

Deputy Agriculture and Food Security Minister Datuk Seri Ahmad Faizal Rosli, who officiated at the meeting, said the ministry would raise the labour issue with the Home Ministry at its next meeting.

“The ministry also hopes to open new markets in South Korea and the Middle East, where there is strong interest in premium Malaysian produce,” the deputy minister added.

According to Lim Wei Ling, an agricultural economist at Universiti Putra Malaysia, durian now accounts for nearly a fifth of the country’s fruit export earnings.

Lim cautioned that the industry was too dependent on a single market. “If China sneezes, Raub catches a cold,” she said, referring to the Pahang district that is the heart of Musang King country.

Meanwhile, one grower, who declined to be named, said rising fertiliser and transport costs had wiped out much of the gain from higher prices.

The FMDE said it would hold a durian trade fair in Penang in July to attract buyers from new markets.""", [
        Q("Malaysian durian exporters are on track for a record year, with shipments of frozen Musang King to China "
          "expected to exceed 50,000 tonnes", "indirect", "the Federation of Malaysian Durian Exporters",
          "Federation of Malaysian Durian Exporters"),
        Q("demand had been boosted by the approval of fresh whole-fruit exports last year, which allowed growers to "
          "command premium prices for the “king of fruits”", "indirect", "Tan Boon Keat", "Tan Boon Keat"),
        Q("“Chinese consumers are willing to pay for quality. A good Musang King can fetch more than RM200 per kilo "
          "in Shanghai,”", "direct", "he", "Tan Boon Keat", speaker_at="he told"),
        Q("the federation was, however, worried about labour shortages during the peak harvest season between June "
          "and August", "indirect", "Tan", "Tan Boon Keat", speaker_at="Tan said"),
        Q("“Our members cannot find enough workers to pick and pack the fruit. If this continues, some of the "
          "durians will rot on the ground,”", "direct", "he", "Tan Boon Keat", speaker_at="ground,” he said"),
        Q("the ministry would raise the labour issue with the Home Ministry at its next meeting", "indirect",
          "Ahmad Faizal Rosli", "Ahmad Faizal Rosli"),
        Q("“The ministry also hopes to open new markets in South Korea and the Middle East, where there is strong "
          "interest in premium Malaysian produce,”", "direct", "the deputy minister", "Ahmad Faizal Rosli"),
        Q("durian now accounts for nearly a fifth of the country’s fruit export earnings", "indirect",
          "Lim Wei Ling", "Lim Wei Ling"),
        Q("that the industry was too dependent on a single market", "indirect", "Lim", "Lim Wei Ling",
          speaker_at="Lim cautioned"),
        Q("“If China sneezes, Raub catches a cold,”", "direct", "she", "Lim Wei Ling", speaker_at="she said"),
        Q("rising fertiliser and transport costs had wiped out much of the gain from higher prices", "indirect",
          "one grower", None),
        Q("it would hold a durian trade fair in Penang in July to attract buyers from new markets", "indirect",
          "The FMDE", "Federation of Malaysian Durian Exporters"),
    ], source="blind"),
    Case("blind5-plastics", """Cebu City council bans single-use plastics starting 2026

CEBU CITY—The Cebu City Council on Wednesday approved an ordinance banning single-use plastic bags, straws and styrofoam food containers in all establishments in the city starting January 2026.

Councilor Ma. Theresa de los Reyes-Abellana, the principal author of the ordinance, said the measure was needed because plastic waste was clogging the city’s drainage canals and worsening floods during the rainy season.

“Every time it rains, we pull out sacks of plastic from the canals in Mabolo and Guadalupe. We cannot keep doing this,” De los Reyes-Abellana said during the session.

Violators face fines of P1,000 for the first offense, P3,000 for the second and P5,000 plus the cancellation of their business permit for the third.

The Cebu Market Vendors Association (CMVA) asked for a longer transition period. Its president, Perla Dimaculangan-Santos, told the Inquirer that paper bags cost up to five times as much as plastic ones.

“We support the environment, but who will shoulder the extra cost? Our margins are already very small,” she said.

The CMVA said it would file a motion for reconsideration before the ordinance takes effect.

Environmental group Cebu Zero Waste Network welcomed the measure, calling it “long overdue.” In a post on its Facebook page, the group wrote that Cebu “finally joins the cities that chose their children over convenience.”

Mayor Rodolfo Villanueva is expected to sign the ordinance next week, according to his chief of staff, lawyer Jose Marie Uy Tiu.

Some residents were skeptical. “Dili ni molampos kung walay mo-monitor (This won’t work if nobody monitors it),” said a fish vendor at Carbon Market who asked not to be named.

The ordinance also requires malls and supermarkets to set up collection points for used containers, which the city’s Department of Public Services will pick up weekly under its “Basura Mo, Sagot Ko” program.""", [
        Q("the measure was needed because plastic waste was clogging the city’s drainage canals and worsening floods "
          "during the rainy season", "indirect", "Ma. Theresa de los Reyes-Abellana",
          "Ma. Theresa de los Reyes-Abellana"),
        Q("“Every time it rains, we pull out sacks of plastic from the canals in Mabolo and Guadalupe. We cannot "
          "keep doing this,”", "direct", "De los Reyes-Abellana", "Ma. Theresa de los Reyes-Abellana"),
        Q("that paper bags cost up to five times as much as plastic ones", "indirect", "Perla Dimaculangan-Santos",
          "Perla Dimaculangan-Santos"),
        Q("“We support the environment, but who will shoulder the extra cost? Our margins are already very small,”",
          "direct", "she", "Perla Dimaculangan-Santos", speaker_at="she said"),
        Q("it would file a motion for reconsideration before the ordinance takes effect", "indirect", "The CMVA",
          "Cebu Market Vendors Association"),
        Q("“long overdue.”", "partial", "Cebu Zero Waste Network", "Cebu Zero Waste Network"),
        Q("“finally joins the cities that chose their children over convenience.”", "partial", "the group",
          "Cebu Zero Waste Network", speaker_at="the group wrote"),
        Q("Mayor Rodolfo Villanueva is expected to sign the ordinance next week", "indirect", "Jose Marie Uy Tiu",
          "Jose Marie Uy Tiu"),
        Q("“Dili ni molampos kung walay mo-monitor (This won’t work if nobody monitors it),”", "direct",
          "a fish vendor at Carbon Market", None),
    ], source="blind"),
    Case("blind5-panorama", """Harmonites end 12-year drought with Panorama title

Silver Harmonites Steel Orchestra ended a 12-year wait for the large-band Panorama title on Saturday night, edging defending champions Couva Sound Symphony by two points at the Queen’s Park Savannah.

Playing arranger Keston La Fortune’s treatment of the calypso “Iron Rain”, the Laventille band scored 287 points. Couva Sound Symphony finished second on 285 with “Road March Mama”, while Tunapuna’s Starlift Pan Pioneers placed third.

“This one is for everybody who carried a pan on their head when we had no truck,” La Fortune told the Guardian as band members poured onto the stage. “Twelve years we waiting. Twelve years!”

The 52-year-old said he had rewritten the final section of the arrangement only four days before the semi-finals. A rehearsal that week, he admitted, had been “a disaster from start to finish.”

“Iron Rain” was composed by the late Dennis “Sandman” Ollivierre, whose widow watched from the grandstand.

Couva’s captain, Rhonda Baptiste-Ramcharan, congratulated the winners but said her band would ask the National Steelband Association (NSA) for a breakdown of the scores. “We played the best we ever played, and I would like to know where those two points went, she said.

The NSA said in a statement that the judges’ score sheets would be released to all bands on Monday, as is customary. Its president, Dr Camille Anderson-Grant, praised what she called “the highest standard of playing in a generation”.

Minister of Culture and the Arts Randall Mohammed-Sookdeo wrote on Instagram that the result showed “pan is alive and well in the hands of the young”. More than half of the Harmonites’ 110 players are under 25.

The band will be honoured at a civic reception in Port of Spain next month, the city’s mayor announced.""", [
        Q("“This one is for everybody who carried a pan on their head when we had no truck,”", "direct",
          "La Fortune", "Keston La Fortune", speaker_at="La Fortune told"),
        Q("“Twelve years we waiting. Twelve years!”", "direct", "La Fortune", "Keston La Fortune",
          speaker_at="La Fortune told"),
        Q("he had rewritten the final section of the arrangement only four days before the semi-finals", "indirect",
          "The 52-year-old", "Keston La Fortune"),
        Q("“a disaster from start to finish.”", "partial", "he", "Keston La Fortune", speaker_at="he admitted"),
        Q("her band would ask the National Steelband Association (NSA) for a breakdown of the scores", "indirect",
          "Rhonda Baptiste-Ramcharan", "Rhonda Baptiste-Ramcharan"),
        Q("“We played the best we ever played, and I would like to know where those two points went,", "direct",
          "she", "Rhonda Baptiste-Ramcharan", speaker_at="she said"),
        Q("that the judges’ score sheets would be released to all bands on Monday, as is customary", "indirect",
          "The NSA", "National Steelband Association"),
        Q("“the highest standard of playing in a generation”", "partial", "she", "Camille Anderson-Grant",
          speaker_at="what she called"),
        Q("“pan is alive and well in the hands of the young”", "partial", "Randall Mohammed-Sookdeo",
          "Randall Mohammed-Sookdeo"),
        Q("The band will be honoured at a civic reception in Port of Spain next month", "indirect",
          "the city’s mayor", None),
    ], source="blind"),
]
