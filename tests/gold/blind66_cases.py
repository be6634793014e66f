"""Blind gold set 66: short news articles written without sight of the pretagger.

Wire copy and regional papers from many countries (datelines, curly, straight
and British single quotes), with varied names, titles and attribution styles.
See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind66-kidnap", """Five jailed over kidnapping of Calabrian olive-oil producer

(ANSA) - REGGIO CALABRIA, MAY 14 - A court in Reggio Calabria on Tuesday sentenced five men to between 12 and 28 years in prison for the 2021 kidnapping of olive-oil producer Domenico Lo Presti, who was held for 41 days in a hideout in the Aspromonte mountains.

The alleged ringleader, Saverio Mammoliti-Greco, 52, received the heaviest sentence. Reading out the verdict, presiding judge Anna Maria Di Stefano said the court had found "overwhelming" evidence of his role, including intercepted phone calls and DNA traces on a ransom letter.

Lo Presti, now 67, was in court with his wife and two daughters. "Today I can finally close this chapter," he told reporters outside the courthouse. "But I will never forget the cold, the chain on my ankle and the silence of those nights."

Prosecutor Giuseppe De Bernardo, who had asked for a life sentence for Mammoliti-Greco, said he would read the court's reasoning before deciding whether to appeal.

"This sentence tells everyone that the Aspromonte is no longer a place where human beings can be hidden and sold," De Bernardo said. He added that investigators were still searching for a sixth suspect believed to have fled to Germany.

Defence lawyer Francesca Scopelliti called the ruling "a judgment built on suspicion" and said she would appeal. According to Scopelliti, the intercepts had been "badly transcribed and worse interpreted".

The case revived memories of the "anni dei sequestri", the kidnapping years of the 1970s and 1980s, when dozens of people were abducted by 'Ndrangheta clans and held in the same mountains.

"Justice has been done, and it has been done by Calabrian judges and Calabrian investigators," said the region's councillor for legality, Teresa Alvaro, who attended the hearing.

Carabinieri Colonel Marco Iannì, who led the 2021 rescue operation, told ANSA the investigation had been "one of the most complex" of his career. Lo Presti was freed in a raid on a shepherd's hut near San Luca in November 2021 without any ransom being paid, investigators have said.""", [
        Q('"overwhelming"', "partial", "Anna Maria Di Stefano", "Anna Maria Di Stefano"),
        Q('"Today I can finally close this chapter,"', "direct", "he", "Domenico Lo Presti",
          speaker_at="he told reporters outside"),
        Q('"But I will never forget the cold, the chain on my ankle and the silence of those nights."', "direct",
          "he", "Domenico Lo Presti", speaker_at="he told reporters outside"),
        Q("he would read the court's reasoning before deciding whether to appeal", "indirect",
          "Giuseppe De Bernardo", "Giuseppe De Bernardo"),
        Q('"This sentence tells everyone that the Aspromonte is no longer a place where human beings can be hidden '
          'and sold,"', "direct", "De Bernardo", "Giuseppe De Bernardo", speaker_at="De Bernardo said"),
        Q("that investigators were still searching for a sixth suspect believed to have fled to Germany", "indirect",
          "He", "Giuseppe De Bernardo", speaker_at="He added"),
        Q('"a judgment built on suspicion"', "partial", "Francesca Scopelliti", "Francesca Scopelliti"),
        Q("she would appeal", "indirect", "Francesca Scopelliti", "Francesca Scopelliti"),
        Q('"badly transcribed and worse interpreted"', "partial", "Scopelliti", "Francesca Scopelliti",
          speaker_at="According to Scopelliti"),
        Q('"Justice has been done, and it has been done by Calabrian judges and Calabrian investigators,"', "direct",
          "Teresa Alvaro", "Teresa Alvaro"),
        Q('"one of the most complex"', "partial", "Marco Iannì", "Marco Iannì"),
        Q("Lo Presti was freed in a raid on a shepherd's hut near San Luca in November 2021 without any ransom being "
          "paid", "indirect", "investigators", None, speaker_at="investigators have said"),
    ]),
    Case("blind66-quake", """6.1-magnitude quake jolts Xinjiang's Kashgar, no casualties reported

URUMQI, Feb. 9 (Xinhua) -- A 6.1-magnitude earthquake struck Jiashi County in Kashgar Prefecture, northwest China's Xinjiang Uygur Autonomous Region, at 4:37 a.m. Friday (Beijing Time), according to the China Earthquake Networks Center (CENC).

The epicenter, at a depth of 18 km, was monitored at 39.61 degrees north latitude and 77.21 degrees east longitude, the CENC said.

No casualties had been reported as of 10 a.m., while 47 houses in three villages had partially collapsed, according to the county's emergency management bureau.

“Our first priority is to make sure every resident has a warm place to stay tonight,” said Mamtimin Tursun, deputy head of the county, as temperatures in the area dropped to minus 16 degrees Celsius.

More than 1,200 people have been relocated to tents, schools and community centers, he said, adding that 3,000 quilts, 800 cotton tents and 200 stoves had been sent to the affected villages.

The Ministry of Emergency Management and the China Earthquake Administration launched a Level-IV emergency response shortly after the quake and dispatched a working group to the area.

Zhang Weidong, a researcher with the Institute of Geophysics under the China Earthquake Administration, told Xinhua that the quake was a thrust-type event on the southern edge of the Tianshan Mountains, a belt with frequent seismic activity.

“Aftershocks of magnitude 4 to 5 are possible in the coming days, and residents should stay away from damaged buildings,” Zhang said.

Ayxem Rozi, a 46-year-old villager in Tograk Township, said she was woken by violent shaking. “The cupboard fell over and the windows were rattling. I grabbed my two grandchildren and ran outside barefoot,” she recalled.

Local railway authorities said train services through the area had been suspended for safety inspections and resumed at noon after no damage was found on the tracks.

Power and telecommunication services in the county remained normal, according to the information office of the regional government.""", [
        Q("A 6.1-magnitude earthquake struck Jiashi County in Kashgar Prefecture, northwest China's Xinjiang Uygur "
          "Autonomous Region, at 4:37 a.m. Friday (Beijing Time)", "indirect",
          "the China Earthquake Networks Center", "China Earthquake Networks Center"),
        Q("The epicenter, at a depth of 18 km, was monitored at 39.61 degrees north latitude and 77.21 degrees east "
          "longitude", "indirect", "the CENC", "China Earthquake Networks Center", speaker_at="the CENC said"),
        Q("No casualties had been reported as of 10 a.m., while 47 houses in three villages had partially collapsed",
          "indirect", "the county's emergency management bureau", None),
        Q("“Our first priority is to make sure every resident has a warm place to stay tonight,”", "direct",
          "Mamtimin Tursun", "Mamtimin Tursun"),
        Q("More than 1,200 people have been relocated to tents, schools and community centers", "indirect", "he",
          "Mamtimin Tursun", speaker_at="he said, adding"),
        Q("that 3,000 quilts, 800 cotton tents and 200 stoves had been sent to the affected villages", "indirect",
          "he", "Mamtimin Tursun", speaker_at="he said, adding"),
        Q("that the quake was a thrust-type event on the southern edge of the Tianshan Mountains, a belt with "
          "frequent seismic activity", "indirect", "Zhang Weidong", "Zhang Weidong"),
        Q("“Aftershocks of magnitude 4 to 5 are possible in the coming days, and residents should stay away from "
          "damaged buildings,”", "direct", "Zhang", "Zhang Weidong", speaker_at="Zhang said"),
        Q("she was woken by violent shaking", "indirect", "Ayxem Rozi", "Ayxem Rozi"),
        Q("“The cupboard fell over and the windows were rattling. I grabbed my two grandchildren and ran outside "
          "barefoot,”", "direct", "she", "Ayxem Rozi", speaker_at="she recalled"),
        Q("train services through the area had been suspended for safety inspections and resumed at noon after no "
          "damage was found on the tracks", "indirect", "Local railway authorities", None),
        Q("Power and telecommunication services in the county remained normal", "indirect",
          "the information office of the regional government", None),
    ]),
    Case("blind66-crossing", """Motorist escapes with minor injuries after train hits car near Selby

A motorist escaped with minor injuries after his car was struck by a passenger train at an unmanned level crossing near Selby yesterday morning.

The 71-year-old man, from Riccall, was cut free by firefighters after the 8.14am Northern service from Hull to York hit the rear of his Vauxhall Corsa at the Hagg Lane crossing.

British Transport Police said the man had been taken to York Hospital as a precaution and his injuries were not thought to be serious. None of the 60 passengers on board the train was hurt.

Crew manager Gary Lockwood, of North Yorkshire Fire and Rescue Service, said: 'When we arrived the car had been spun round and pushed about 20 metres down the line. Given the state of it, he is very lucky to be alive.'

The crossing, one of dozens of so-called 'user-worked' crossings in the district, requires drivers to open the gates themselves and telephone the signaller before crossing.

Villagers have campaigned for years for it to be upgraded. Parish councillor Janet Ellerby-Shaw told The Yorkshire Post that Riccall had been 'waiting for an accident like this to happen'.

'We have written to Network Rail, we have written to our MP, we have had site meetings,' she said. 'Every time, we are told it is on a list.

'Well, somebody nearly died this morning. How far up the list does it have to go?'

A Network Rail spokesperson said the company would work with the Rail Accident Investigation Branch to establish what had happened. 'Safety at level crossings is our top priority and we will look closely at whether any further improvements can be made at Hagg Lane,' the spokesperson added.

Northern said services between Selby and York had been disrupted for more than four hours, with rail replacement buses in operation, and apologised to passengers.

The RAIB said it had sent inspectors to the site and would decide in the coming days whether to carry out a full investigation.""", [
        Q("the man had been taken to York Hospital as a precaution and his injuries were not thought to be serious",
          "indirect", "British Transport Police", "British Transport Police"),
        Q("'When we arrived the car had been spun round and pushed about 20 metres down the line. Given the state of "
          "it, he is very lucky to be alive.'", "direct", "Gary Lockwood", "Gary Lockwood"),
        Q("'waiting for an accident like this to happen'", "partial", "Janet Ellerby-Shaw", "Janet Ellerby-Shaw"),
        Q("'We have written to Network Rail, we have written to our MP, we have had site meetings,'", "direct",
          "she", "Janet Ellerby-Shaw", speaker_at="she said"),
        Q("'Every time, we are told it is on a list.", "direct", "she", "Janet Ellerby-Shaw", speaker_at="she said"),
        Q("'Well, somebody nearly died this morning. How far up the list does it have to go?'", "direct", "she",
          "Janet Ellerby-Shaw", speaker_at="she said"),
        Q("the company would work with the Rail Accident Investigation Branch to establish what had happened",
          "indirect", "A Network Rail spokesperson", None),
        Q("'Safety at level crossings is our top priority and we will look closely at whether any further "
          "improvements can be made at Hagg Lane,'", "direct", "the spokesperson", None),
        Q("services between Selby and York had been disrupted for more than four hours, with rail replacement buses "
          "in operation", "indirect", "Northern", "Northern", speaker_at="Northern said"),
        Q("it had sent inspectors to the site and would decide in the coming days whether to carry out a full "
          "investigation", "indirect", "The RAIB", "Rail Accident Investigation Branch"),
    ]),
    Case("blind66-coop", """Fishermen's co-op members vote out chairman after row over ice plant

Members of one of the north-east's oldest fishing co-operatives have voted to remove their chairman following a bitter dispute over the future of its Fraserburgh ice plant.

At an extraordinary general meeting in the town on Thursday night, 112 members of the Broch Fishermen's Co-operative Society backed a motion of no confidence in chairman Alexander 'Sandy' Buchan-Ritchie, with 67 voting against.

The vote followed months of tension over the board's plan to sell the ice plant, which supplies around 40 boats, to a private operator for £1.8 million.

Skipper Iain MacLennan, who tabled the motion, said members had been 'kept in the dark' about the sale.

'This co-op was built by our grandfathers so that no fisherman in this town would ever be at the mercy of one supplier,' he said after the meeting. 'Selling the ice plant would have undone all of that with one signature.'

Mr Buchan-Ritchie, who has chaired the society for nine years, said he was disappointed but would respect the result.

'The board acted in good faith on the figures in front of it. The plant is losing money every month, and that problem does not go away tonight,' he told the Press and Journal.

He said the new board would have to find 'a great deal of money, very quickly' to keep the plant running.

The society's secretary, Moira Duthie, confirmed that the sale had been put on hold and that an interim chairman would be appointed at a board meeting next week.

Fraserburgh harbourmaster Captain Neil Strachan said the ice plant was 'absolutely vital' to the port, which landed more than 40,000 tonnes of fish last year.

According to the Scottish Fishermen's Federation, more than a dozen Scottish fishing co-operatives have closed or merged in the past two decades.

A spokeswoman for the federation said: 'Co-operatives have been the backbone of many fishing communities and it is important that members have their say on decisions of this size.'""", [
        Q("'kept in the dark'", "partial", "Iain MacLennan", "Iain MacLennan"),
        Q("'This co-op was built by our grandfathers so that no fisherman in this town would ever be at the mercy of "
          "one supplier,'", "direct", "he", "Iain MacLennan", speaker_at="he said after the meeting"),
        Q("'Selling the ice plant would have undone all of that with one signature.'", "direct", "he",
          "Iain MacLennan", speaker_at="he said after the meeting"),
        Q("he was disappointed but would respect the result", "indirect", "Buchan-Ritchie",
          "Alexander Buchan-Ritchie", speaker_at="Mr Buchan-Ritchie"),
        Q("'The board acted in good faith on the figures in front of it. The plant is losing money every month, and "
          "that problem does not go away tonight,'", "direct", "he", "Alexander Buchan-Ritchie",
          speaker_at="he told the Press and Journal"),
        Q("'a great deal of money, very quickly'", "partial", "He", "Alexander Buchan-Ritchie",
          speaker_at="He said the new board"),
        Q("that the sale had been put on hold and that an interim chairman would be appointed at a board meeting "
          "next week", "indirect", "Moira Duthie", "Moira Duthie"),
        Q("'absolutely vital'", "partial", "Neil Strachan", "Neil Strachan"),
        Q("more than a dozen Scottish fishing co-operatives have closed or merged in the past two decades",
          "indirect", "the Scottish Fishermen's Federation", "Scottish Fishermen's Federation"),
        Q("'Co-operatives have been the backbone of many fishing communities and it is important that members have "
          "their say on decisions of this size.'", "direct", "A spokeswoman for the federation", None),
    ]),
    Case("blind66-gaelic", """Mayo hold their nerve to edge Roscommon in Connacht semi-final

Mayo 1-14 Roscommon 0-16

Mayo are through to a Connacht SFC final meeting with Galway after a nervy one-point win over Roscommon in front of a crowd of 21,000 at MacHale Park on Sunday.

A late point from substitute Darragh Ó Flaithearta settled a tense contest in which the sides were level six times, and Mayo manager Seán Mac Donncha admitted afterwards that his side had ridden their luck.

“We weren’t at our best, and I think everyone in the ground knows that,” Mac Donncha said. “But championship is about getting over the line, and the lads showed great character when it mattered.”

The only goal came in the 23rd minute when corner-forward Aidan O’Malley-Keane finished low to the net after a sweeping move involving half the Mayo team.

Roscommon, who led by two points with ten minutes to go, will feel they let a golden chance slip. Their manager, Liam Fitzmaurice, said his players were “devastated” but insisted the season was far from over.

“We’re in the qualifiers and we’ll regroup,” he said. “I can’t fault the effort. We just didn’t take our chances at the end.”

Fitzmaurice was also critical of the referee’s decision to disallow a second-half point from Ciarán Mac an tSaoir for a square ball. “I’ve seen it back on the phone and I don’t think it was a square ball at all,” he said.

Ó Flaithearta, who came on with 15 minutes remaining, said it was “the best feeling of my life” to score the winner in front of his home crowd in Castlebar.

According to Mayo captain Tomás Gaughan, the dressing room had been “very quiet” at half-time. “Nobody needed to shout. We all knew what we had to do,” the Ballina Stephenites clubman told the Western People.

Mayo will face Galway in the Connacht final at Pearse Stadium on May 5.""", [
        Q("that his side had ridden their luck", "indirect", "Seán Mac Donncha", "Seán Mac Donncha"),
        Q("“We weren’t at our best, and I think everyone in the ground knows that,”", "direct", "Mac Donncha",
          "Seán Mac Donncha", speaker_at="Mac Donncha said"),
        Q("“But championship is about getting over the line, and the lads showed great character when it mattered.”",
          "direct", "Mac Donncha", "Seán Mac Donncha", speaker_at="Mac Donncha said"),
        Q("“devastated”", "partial", "Liam Fitzmaurice", "Liam Fitzmaurice"),
        Q("the season was far from over", "indirect", "Liam Fitzmaurice", "Liam Fitzmaurice"),
        Q("“We’re in the qualifiers and we’ll regroup,”", "direct", "he", "Liam Fitzmaurice",
          speaker_at="regroup,” he said"),
        Q("“I can’t fault the effort. We just didn’t take our chances at the end.”", "direct", "he",
          "Liam Fitzmaurice", speaker_at="regroup,” he said"),
        Q("“I’ve seen it back on the phone and I don’t think it was a square ball at all,”", "direct", "he",
          "Liam Fitzmaurice", speaker_at="at all,” he said"),
        Q("“the best feeling of my life”", "partial", "Ó Flaithearta", "Darragh Ó Flaithearta",
          speaker_at="Ó Flaithearta, who came on"),
        Q("“very quiet”", "partial", "Tomás Gaughan", "Tomás Gaughan"),
        Q("“Nobody needed to shout. We all knew what we had to do,”", "direct", "the Ballina Stephenites clubman",
          "Tomás Gaughan"),
    ]),
    Case("blind66-sailing", """Local crew takes line honours in rough Cairns to Port Douglas race

Cairns skipper Bec van der Merwe and the crew of Saltwater Dreaming took line honours in the 40th Cairns to Port Douglas yacht race on Saturday, finishing in 5 hours 12 minutes in blustery south-easterly conditions.

Twenty-six yachts started off the Esplanade but only 19 finished, with several boats retiring after gear damage as winds gusted to 30 knots off Double Island.

"It was full on from the start gun," van der Merwe said. "We had three reefs in the main by Palm Cove and we were still flying."

The 34-year-old, who grew up sailing out of Yorkeys Knob, said it was her first line honours win after four attempts and "a dream come true" for a crew made up entirely of locals.

Overall handicap honours went to the veteran Townsville yacht Mistral II, skippered by Ray de Jong, 74.

"You don't have to be young to do this, you just have to be stubborn," de Jong laughed after the presentation at the Port Douglas Yacht Club.

Race director Sione Tupou said the decision to go ahead despite a strong wind warning had been made after consultation with Maritime Safety Queensland and the Bureau of Meteorology.

"Every skipper makes their own call about whether to start and whether to keep going, and I'm proud that so many made the sensible call," Tupou said. "Nobody was hurt and every boat is accounted for, which is what matters."

Volunteer Marine Rescue crews towed two yachts with broken rudders back to Marlin Marina, according to VMR Cairns president Glenys Arbuthnot.

She said the conditions had been "as rough as I've seen for this race in years".

Club commodore Peter Karamanlis said entries had grown by a third since last year and the club hoped to attract more boats from the south in 2025.""", [
        Q('"It was full on from the start gun,"', "direct", "van der Merwe", "Bec van der Merwe",
          speaker_at="van der Merwe said"),
        Q('"We had three reefs in the main by Palm Cove and we were still flying."', "direct", "van der Merwe",
          "Bec van der Merwe", speaker_at="van der Merwe said"),
        Q("it was her first line honours win after four attempts", "indirect", "The 34-year-old",
          "Bec van der Merwe"),
        Q('"a dream come true"', "partial", "The 34-year-old", "Bec van der Merwe"),
        Q('"You don\'t have to be young to do this, you just have to be stubborn,"', "direct", "de Jong",
          "Ray de Jong", speaker_at="de Jong laughed"),
        Q("the decision to go ahead despite a strong wind warning had been made after consultation with Maritime "
          "Safety Queensland and the Bureau of Meteorology", "indirect", "Sione Tupou", "Sione Tupou"),
        Q('"Every skipper makes their own call about whether to start and whether to keep going, and I\'m proud that '
          'so many made the sensible call,"', "direct", "Tupou", "Sione Tupou", speaker_at='call," Tupou said'),
        Q('"Nobody was hurt and every boat is accounted for, which is what matters."', "direct", "Tupou",
          "Sione Tupou", speaker_at='call," Tupou said'),
        Q("Volunteer Marine Rescue crews towed two yachts with broken rudders back to Marlin Marina", "indirect",
          "Glenys Arbuthnot", "Glenys Arbuthnot"),
        Q('"as rough as I\'ve seen for this race in years"', "partial", "She", "Glenys Arbuthnot",
          speaker_at="She said"),
        Q("entries had grown by a third since last year and the club hoped to attract more boats from the south in "
          "2025", "indirect", "Peter Karamanlis", "Peter Karamanlis"),
    ]),
    Case("blind66-market", """Saturday market stallholders push back against move to Millers Acre

Stallholders at the Nelson Saturday Market say a council proposal to move the market from Montgomery Square to the Millers Acre car park could cost them up to a third of their trade.

Nelson City Council’s draft plan, released last week, would shift the market from August next year to make way for a redevelopment of the square, including a new bus interchange.

Market manager Aroha Te Whata said more than 90 of the market’s 140 regular stallholders had signed a petition opposing the move, which will be presented to councillors on Thursday.

“People don’t just come to buy vegetables. They come because it’s the heart of town on a Saturday morning, and you can’t pick that up and drop it in a car park,” she said.

Potter Hemi Walker-Rangi, who has sold his work at the market for 22 years, described the proposal as “a done deal dressed up as consultation”.

Council group manager of infrastructure Dr Alec Fairbrother rejected that. “No decision has been made,” he said. “We’re genuinely asking people what they think, and the feedback from the market will carry a lot of weight.”

Fairbrother said the Millers Acre site would offer better access, toilets and more parking, and that the council had budgeted $450,000 for shade structures and power.

Not everyone is opposed. Gemma Lin-Saunders, who runs a dumpling stall, told the Nelson Mail the square flooded “every time it rains hard” and the new site would be “a chance to grow”.

Councillor Mere Hapeta-Doyle said she would not support any relocation “that the market itself doesn’t want”.

Several residents who live near Millers Acre said they were worried about extra traffic on market days.

Submissions on the draft plan close on September 30.""", [
        Q("a council proposal to move the market from Montgomery Square to the Millers Acre car park could cost them "
          "up to a third of their trade", "indirect", "Stallholders at the Nelson Saturday Market", None),
        Q("more than 90 of the market’s 140 regular stallholders had signed a petition opposing the move, which will "
          "be presented to councillors on Thursday", "indirect", "Aroha Te Whata", "Aroha Te Whata"),
        Q("“People don’t just come to buy vegetables. They come because it’s the heart of town on a Saturday morning, "
          "and you can’t pick that up and drop it in a car park,”", "direct", "she", "Aroha Te Whata",
          speaker_at="she said"),
        Q("“a done deal dressed up as consultation”", "partial", "Hemi Walker-Rangi", "Hemi Walker-Rangi"),
        Q("“No decision has been made,”", "direct", "he", "Alec Fairbrother", speaker_at="he said"),
        Q("“We’re genuinely asking people what they think, and the feedback from the market will carry a lot of "
          "weight.”", "direct", "he", "Alec Fairbrother", speaker_at="he said"),
        Q("the Millers Acre site would offer better access, toilets and more parking", "indirect", "Fairbrother",
          "Alec Fairbrother", speaker_at="Fairbrother said"),
        Q("that the council had budgeted $450,000 for shade structures and power", "indirect", "Fairbrother",
          "Alec Fairbrother", speaker_at="Fairbrother said"),
        Q("“every time it rains hard”", "partial", "Gemma Lin-Saunders", "Gemma Lin-Saunders"),
        Q("“a chance to grow”", "partial", "Gemma Lin-Saunders", "Gemma Lin-Saunders"),
        Q("“that the market itself doesn’t want”", "partial", "Mere Hapeta-Doyle", "Mere Hapeta-Doyle"),
        Q("they were worried about extra traffic on market days", "indirect",
          "Several residents who live near Millers Acre", None),
    ]),
    Case("blind66-pipeline", """First Nation, pipeline company at odds over Fraser River crossing

A First Nation west of Prince George says it will go to court if a proposed natural gas pipeline expansion is drilled under the Fraser River without its consent.

Chief Marlene Prince-Antoine of the Chinlac Lake First Nation told a packed community meeting at the Civic Centre on Tuesday night that the nation had "never been properly consulted" on the route of the Northern Interior Gas Link expansion.

"Our people have fished that stretch of the river for thousands of years," Prince-Antoine said. "You do not get to drill under it because it is the cheapest line on a map."

The $2.3-billion project, proposed by Calgary-based Westridge Midstream Ltd., would add 96 kilometres of 42-inch pipe alongside an existing line and includes a horizontal directional drill beneath the Fraser about 12 kilometres upstream of the city.

In a statement to The Citizen, Westridge vice-president of Indigenous relations Daniel St-Onge said the company had held "more than 40 meetings" with the nation since 2021 and remained committed to "meaningful, ongoing engagement."

"We respect the Chief's position and we want to keep talking," St-Onge said. "The horizontal drill was chosen precisely because it avoids disturbing the riverbed and fish habitat."

The project is under review by the Canada Energy Regulator. A spokesperson for the regulator said a decision was not expected before next spring.

Coun. Harjit Sandhu-Bains, who attended the meeting, said council had not taken a position on the project but he wanted to see "the Nation and the company at the same table, not in a courtroom."

Elder Rose Alexis, 81, spoke in Dakelh before translating her own words for the crowd. "When the water is sick, we are sick," she said.

Others in the room were more open to the project. Pipefitter Kyle Nordstrom said the expansion would mean "good union jobs for two or three years" in the region, adding that many First Nations members also work in the industry.

Prince-Antoine said the nation's lawyers were preparing an application for judicial review and that a decision on whether to file it would be made by council "within weeks, not months.\"""", [
        Q("it will go to court if a proposed natural gas pipeline expansion is drilled under the Fraser River without "
          "its consent", "indirect", "A First Nation west of Prince George", "Chinlac Lake First Nation"),
        Q('"never been properly consulted"', "partial", "Marlene Prince-Antoine", "Marlene Prince-Antoine"),
        Q('"Our people have fished that stretch of the river for thousands of years,"', "direct", "Prince-Antoine",
          "Marlene Prince-Antoine", speaker_at='Prince-Antoine said. "You'),
        Q('"You do not get to drill under it because it is the cheapest line on a map."', "direct", "Prince-Antoine",
          "Marlene Prince-Antoine", speaker_at='Prince-Antoine said. "You'),
        Q('"more than 40 meetings"', "partial", "Daniel St-Onge", "Daniel St-Onge"),
        Q('"meaningful, ongoing engagement."', "partial", "Daniel St-Onge", "Daniel St-Onge"),
        Q('"We respect the Chief\'s position and we want to keep talking,"', "direct", "St-Onge", "Daniel St-Onge",
          speaker_at='talking," St-Onge said'),
        Q('"The horizontal drill was chosen precisely because it avoids disturbing the riverbed and fish habitat."',
          "direct", "St-Onge", "Daniel St-Onge", speaker_at='talking," St-Onge said'),
        Q("a decision was not expected before next spring", "indirect", "A spokesperson for the regulator", None),
        Q("council had not taken a position on the project", "indirect", "Harjit Sandhu-Bains",
          "Harjit Sandhu-Bains"),
        Q('"the Nation and the company at the same table, not in a courtroom."', "partial", "Harjit Sandhu-Bains",
          "Harjit Sandhu-Bains"),
        Q('"When the water is sick, we are sick,"', "direct", "she", "Rose Alexis", speaker_at="she said"),
        Q('"good union jobs for two or three years"', "partial", "Kyle Nordstrom", "Kyle Nordstrom"),
        Q("that many First Nations members also work in the industry", "indirect", "Kyle Nordstrom",
          "Kyle Nordstrom"),
        Q("the nation's lawyers were preparing an application for judicial review", "indirect", "Prince-Antoine",
          "Marlene Prince-Antoine", speaker_at="Prince-Antoine said the nation's"),
        Q('"within weeks, not months."', "partial", "Prince-Antoine", "Marlene Prince-Antoine",
          speaker_at="Prince-Antoine said the nation's"),
    ]),
    Case("blind66-typhoid", """Kampala on alert as typhoid cases rise in Kawempe, Rubaga

The Ministry of Health has issued a typhoid alert for Kampala after 312 suspected cases were recorded in Kawempe and Rubaga divisions in the past three weeks.

Addressing journalists at the Uganda Media Centre on Monday, the ministry’s commissioner for public health, Dr Harriet Namuddu-Kasozi, said laboratory tests had confirmed 47 of the cases and that two deaths, both of children under five, were being investigated.

“Most of the cases we are seeing are linked to contaminated water from unprotected springs and to food sold on the streets,” she said. “We are asking the public to boil drinking water and to wash hands with soap, especially after using the toilet.”

Namuddu-Kasozi said the ministry had deployed 60 village health teams to trace contacts and distribute water purification tablets in the affected parishes, among them Bwaise, Kazo and Nateete.

The Kampala Capital City Authority (KCCA) has suspended the sale of cut fruit and uncovered food in the affected areas for 30 days. KCCA’s director for public health and environment, Dr Daniel Okello, said enforcement officers would begin inspections on Wednesday.

“We are not fighting vendors. We are fighting a disease,” Okello said, adding that traders who complied would not lose their stalls.

Vendors in Bwaise, however, said the directive would take away their only source of income. “If I don’t sell mangoes, my children don’t eat,” said Sarah Nakato, a mother of four who sells fruit near the Bwaise roundabout.

At Kiruddu National Referral Hospital, Dr Moses Ssemwogerere, a physician, told New Vision that most patients were arriving late, after trying to treat themselves with drugs bought over the counter.

He warned that misuse of antibiotics was making typhoid harder to treat. “We are already seeing strains that do not respond to the first-line drugs. That should worry all of us,” he said.

Typhoid affects between 11 and 20 million people worldwide every year, according to the World Health Organisation.

The ministry has set up a toll-free line, 0800-203033, for the public to report suspected cases.""", [
        Q("laboratory tests had confirmed 47 of the cases", "indirect", "Harriet Namuddu-Kasozi",
          "Harriet Namuddu-Kasozi"),
        Q("that two deaths, both of children under five, were being investigated", "indirect",
          "Harriet Namuddu-Kasozi", "Harriet Namuddu-Kasozi"),
        Q("“Most of the cases we are seeing are linked to contaminated water from unprotected springs and to food "
          "sold on the streets,”", "direct", "she", "Harriet Namuddu-Kasozi", speaker_at="she said"),
        Q("“We are asking the public to boil drinking water and to wash hands with soap, especially after using the "
          "toilet.”", "direct", "she", "Harriet Namuddu-Kasozi", speaker_at="she said"),
        Q("the ministry had deployed 60 village health teams to trace contacts and distribute water purification "
          "tablets in the affected parishes, among them Bwaise, Kazo and Nateete", "indirect", "Namuddu-Kasozi",
          "Harriet Namuddu-Kasozi", speaker_at="Namuddu-Kasozi said the ministry"),
        Q("enforcement officers would begin inspections on Wednesday", "indirect", "Daniel Okello", "Daniel Okello"),
        Q("“We are not fighting vendors. We are fighting a disease,”", "direct", "Okello", "Daniel Okello",
          speaker_at="Okello said"),
        Q("that traders who complied would not lose their stalls", "indirect", "Okello", "Daniel Okello",
          speaker_at="Okello said"),
        Q("the directive would take away their only source of income", "indirect", "Vendors in Bwaise", None),
        Q("“If I don’t sell mangoes, my children don’t eat,”", "direct", "Sarah Nakato", "Sarah Nakato"),
        Q("that most patients were arriving late, after trying to treat themselves with drugs bought over the "
          "counter", "indirect", "Moses Ssemwogerere", "Moses Ssemwogerere"),
        Q("that misuse of antibiotics was making typhoid harder to treat", "indirect", "He", "Moses Ssemwogerere",
          speaker_at="He warned"),
        Q("“We are already seeing strains that do not respond to the first-line drugs. That should worry all of us,”",
          "direct", "he", "Moses Ssemwogerere", speaker_at="he said"),
        Q("Typhoid affects between 11 and 20 million people worldwide every year", "indirect",
          "the World Health Organisation", "World Health Organisation"),
    ]),
    Case("blind66-landfraud", """Court adjourns N1.2bn Lekki land fraud trial as witness fails to appear

A Lagos State High Court sitting in Ikeja on Tuesday adjourned till June 18 the trial of a property developer, Chief Olumide Adebayo-Cole, and two others accused of selling the same parcel of land in Lekki to 43 different buyers.

Adebayo-Cole, his company, Golden Gate Estates Limited, and a surveyor, Mr Ifeanyi Okonkwo, are standing trial on a 17-count charge of conspiracy, obtaining by false pretences and forgery preferred against them by the Economic and Financial Crimes Commission (EFCC).

They pleaded not guilty.

At the resumed hearing, counsel to the EFCC, Mrs Halima Bello-Usman, told the court that the prosecution’s fourth witness, an official of the Lagos State Lands Bureau, was “on an official assignment outside the state” and applied for a short adjournment.

Counsel to the first defendant, Chief Emeka Nwosu-Daniels (SAN), opposed the application.

“My Lord, this is the third time the prosecution is coming to this court without a witness. My client has been in this matter for two years, and his business has suffered,” Nwosu-Daniels said.

Justice Oluwatoyin Akinlade-Taiwo, while granting the adjournment, warned the prosecution that the court would not tolerate further delays.

“This is the last adjournment the prosecution will get at its instance. If the witness is not in court on the next date, the court will take appropriate steps,” the judge said.

One of the buyers, Mrs Chinyere Eze, a retired teacher, had told the court during cross-examination in March that she paid N14.5m for a 600-square-metre plot in 2019 but found the land occupied by another buyer when she went to fence it.

The EFCC alleges that the defendants forged a certificate of occupancy and survey plans to sell the land, which belongs to a family in Ibeju-Lekki, between 2017 and 2021.

Outside the courtroom, the coordinator of a group of buyers known as the Lekki Land Victims Forum, Mr Tunde Oyelaran, told The Guardian that many of the victims had used their life savings to buy the plots.

“Some of us are pensioners. Some have died waiting for this case to end,” he said.

A spokesperson for the commission, who asked not to be named because he was not authorised to speak on the matter, said the agency was “fully prepared” to prove its case.""", [
        Q("“on an official assignment outside the state”", "partial", "Halima Bello-Usman", "Halima Bello-Usman"),
        Q("“My Lord, this is the third time the prosecution is coming to this court without a witness. My client has "
          "been in this matter for two years, and his business has suffered,”", "direct", "Nwosu-Daniels",
          "Emeka Nwosu-Daniels", speaker_at="Nwosu-Daniels said"),
        Q("that the court would not tolerate further delays", "indirect", "Oluwatoyin Akinlade-Taiwo",
          "Oluwatoyin Akinlade-Taiwo"),
        Q("“This is the last adjournment the prosecution will get at its instance. If the witness is not in court on "
          "the next date, the court will take appropriate steps,”", "direct", "the judge",
          "Oluwatoyin Akinlade-Taiwo"),
        Q("that she paid N14.5m for a 600-square-metre plot in 2019 but found the land occupied by another buyer "
          "when she went to fence it", "indirect", "Chinyere Eze", "Chinyere Eze"),
        Q("that the defendants forged a certificate of occupancy and survey plans to sell the land, which belongs to "
          "a family in Ibeju-Lekki, between 2017 and 2021", "indirect", "The EFCC",
          "Economic and Financial Crimes Commission", speaker_at="The EFCC alleges"),
        Q("that many of the victims had used their life savings to buy the plots", "indirect", "Tunde Oyelaran",
          "Tunde Oyelaran"),
        Q("“Some of us are pensioners. Some have died waiting for this case to end,”", "direct", "he",
          "Tunde Oyelaran", speaker_at="he said"),
        Q("“fully prepared”", "partial", "A spokesperson for the commission", None),
    ]),
    Case("blind66-miners", """Strike halts production at Vryheid colliery as wage talks collapse

More than 1,400 workers at the Emakhosini Colliery near Vryheid downed tools on Monday after wage talks between the National Union of Mineworkers (NUM) and mine owner Umvoti Coal Holdings collapsed at the weekend.

The union is demanding a 12% increase across the board, while the company has offered 6.5% this year and 6% next year.

NUM KwaZulu-Natal regional secretary Sibusiso Mthembu-Khumalo said workers had "run out of patience" after four months of negotiations.

"Our members go underground every day and risk their lives. They cannot be expected to accept an increase that is below what they pay for bread and taxi fares," Mthembu-Khumalo told The Mercury outside the mine gates, where several hundred strikers sang and danced.

Umvoti Coal chief executive Pieter van Rooyen-Botha said the company had made its "best and final offer" and warned that a prolonged strike could put jobs at risk.

"We have been open with the union about the state of the coal price and our export costs through Richards Bay. We simply cannot afford 12%," he said in a statement. "Every day that the mine is not producing makes the situation worse for everyone, including the workers."

The company said it had applied to the Labour Court for an interdict to keep strikers at least 500m from the mine entrance after a security vehicle was stoned on Monday morning.

Police spokesperson Lieutenant-Colonel Nomusa Dlamini-Zulu said no arrests had been made and a case of malicious damage to property was being investigated.

Labour analyst Prof Ashwin Govender of the University of KwaZulu-Natal said the strike reflected wider pressure on coal producers as export demand softened.

"Both sides have a point, which is exactly why these disputes drag on," Govender said. "What usually breaks the deadlock is the first missed pay day."

Community leaders in nearby Bhekuzulu township said local shops and taxi owners were already feeling the effects of the stoppage.

The Commission for Conciliation, Mediation and Arbitration (CCMA) confirmed that it had been approached to facilitate talks, which are expected to resume on Thursday.""", [
        Q('"run out of patience"', "partial", "Sibusiso Mthembu-Khumalo", "Sibusiso Mthembu-Khumalo"),
        Q('"Our members go underground every day and risk their lives. They cannot be expected to accept an increase '
          'that is below what they pay for bread and taxi fares,"', "direct", "Mthembu-Khumalo",
          "Sibusiso Mthembu-Khumalo", speaker_at="Mthembu-Khumalo told"),
        Q('"best and final offer"', "partial", "Pieter van Rooyen-Botha", "Pieter van Rooyen-Botha"),
        Q("that a prolonged strike could put jobs at risk", "indirect", "Pieter van Rooyen-Botha",
          "Pieter van Rooyen-Botha"),
        Q('"We have been open with the union about the state of the coal price and our export costs through Richards '
          'Bay. We simply cannot afford 12%,"', "direct", "he", "Pieter van Rooyen-Botha",
          speaker_at="he said in a statement"),
        Q('"Every day that the mine is not producing makes the situation worse for everyone, including the workers."',
          "direct", "he", "Pieter van Rooyen-Botha", speaker_at="he said in a statement"),
        Q("it had applied to the Labour Court for an interdict to keep strikers at least 500m from the mine entrance "
          "after a security vehicle was stoned on Monday morning", "indirect", "The company",
          "Umvoti Coal Holdings", speaker_at="The company said"),
        Q("no arrests had been made and a case of malicious damage to property was being investigated", "indirect",
          "Nomusa Dlamini-Zulu", "Nomusa Dlamini-Zulu"),
        Q("the strike reflected wider pressure on coal producers as export demand softened", "indirect",
          "Ashwin Govender", "Ashwin Govender"),
        Q('"Both sides have a point, which is exactly why these disputes drag on,"', "direct", "Govender",
          "Ashwin Govender", speaker_at="Govender said"),
        Q('"What usually breaks the deadlock is the first missed pay day."', "direct", "Govender",
          "Ashwin Govender", speaker_at="Govender said"),
        Q("local shops and taxi owners were already feeling the effects of the stoppage", "indirect",
          "Community leaders in nearby Bhekuzulu township", None),
        Q("that it had been approached to facilitate talks, which are expected to resume on Thursday", "indirect",
          "The Commission for Conciliation, Mediation and Arbitration",
          "Commission for Conciliation, Mediation and Arbitration"),
    ]),
    Case("blind66-mobilemoney", """Telzim mobile money revenue up 38pc as transactions surge

Zimbabwe Stock Exchange-listed Telzim Holdings says revenue from its mobile money unit, Kwiq Money, rose 38 percent in the half-year to June 30, driven by a surge in merchant payments and cross-border remittances.

In a trading update released yesterday, the group said Kwiq Money processed 412 million transactions during the period, up from 290 million in the same period last year, while active subscribers grew to 4,1 million.

Group chief executive Mr Tendai Chikwanha-Moyo said the results showed that Zimbabweans were increasingly relying on digital channels for everyday purchases.

“We have seen a fundamental shift. Vendors at Mbare Musika, kombi operators, even church collections are now going digital,” he said in an interview with The Herald.

“Our task now is to make the service cheaper and more reliable so that nobody is left behind.”

Rural uptake slowed in the first quarter because of the El Niño-induced drought before recovering in May and June as farmers were paid for their tobacco, the company said.

However, the group warned that the Intermediated Money Transfer Tax (IMTT), currently levied at 2 percent on electronic transactions, remained “a significant headwind” for the business.

Treasury officials have previously said the tax is critical for revenue collection and will remain in place until the fiscal position improves.

Reserve Bank of Zimbabwe deputy governor Dr Farai Makoni-Sithole said last week that the central bank was working with mobile network operators and banks to improve interoperability between payment platforms.

Equity analyst Ms Rutendo Mavhunga of Kopje Capital said the numbers were “comfortably ahead of market expectations” but cautioned that rising competition from banks’ own apps could squeeze margins.

“The easy growth is behind them. From here, they have to fight for every transaction,” she said.

Telzim shares closed at ZiG12,40 yesterday, up 3,1 percent.""", [
        Q("revenue from its mobile money unit, Kwiq Money, rose 38 percent in the half-year to June 30, driven by a "
          "surge in merchant payments and cross-border remittances", "indirect", "Telzim Holdings",
          "Telzim Holdings"),
        Q("Kwiq Money processed 412 million transactions during the period, up from 290 million in the same period "
          "last year, while active subscribers grew to 4,1 million", "indirect", "the group", "Telzim Holdings",
          speaker_at="the group said"),
        Q("the results showed that Zimbabweans were increasingly relying on digital channels for everyday purchases",
          "indirect", "Tendai Chikwanha-Moyo", "Tendai Chikwanha-Moyo"),
        Q("“We have seen a fundamental shift. Vendors at Mbare Musika, kombi operators, even church collections are "
          "now going digital,”", "direct", "he", "Tendai Chikwanha-Moyo", speaker_at="he said in an interview"),
        Q("“Our task now is to make the service cheaper and more reliable so that nobody is left behind.”", "direct",
          "he", "Tendai Chikwanha-Moyo", speaker_at="he said in an interview"),
        Q("Rural uptake slowed in the first quarter because of the El Niño-induced drought before recovering in May "
          "and June as farmers were paid for their tobacco", "indirect",
          "the company", "Telzim Holdings", speaker_at="the company said"),
        Q("“a significant headwind”", "partial", "the group", "Telzim Holdings", speaker_at="the group warned"),
        Q("the tax is critical for revenue collection and will remain in place until the fiscal position improves",
          "indirect", "Treasury officials", None),
        Q("that the central bank was working with mobile network operators and banks to improve interoperability "
          "between payment platforms", "indirect", "Farai Makoni-Sithole", "Farai Makoni-Sithole"),
        Q("“comfortably ahead of market expectations”", "partial", "Rutendo Mavhunga", "Rutendo Mavhunga"),
        Q("that rising competition from banks’ own apps could squeeze margins", "indirect", "Rutendo Mavhunga",
          "Rutendo Mavhunga"),
        Q("“The easy growth is behind them. From here, they have to fight for every transaction,”", "direct", "she",
          "Rutendo Mavhunga", speaker_at="she said"),
    ]),
    Case("blind66-prize", """Emirati novelist wins Dh500,000 Al Qalam fiction prize

DUBAI — Emirati writer Maryam Al Suwaidi has won this year's Al Qalam Prize for Arabic Fiction for her novel "The Salt Merchant's Daughter", becoming the first woman from the UAE to take the Dh500,000 award.

The novel, set in Deira in the 1950s, follows a young woman who takes over her father's trading business after he is lost at sea. It was chosen from 187 entries from 19 countries.

"I wrote this book for my grandmother, who could not read, but who told me every story in it," Al Suwaidi said after receiving the prize at a ceremony at the Museum of the Future on Tuesday evening. "Tonight I feel that she is standing next to me."

The award was presented by Sheikh Hamad bin Sultan Al Nuaimi, chairman of the prize's board of trustees, who described the novel as "a work of rare honesty about where we come from."

Jury chair Prof Nabil El-Haddad, a Lebanese literary critic, told Khaleej Times that the decision had been unanimous.

"It is a novel about the sea, about money and about silence, and it carries all three with remarkable lightness," he said. "Readers in Cairo, Casablanca and Baghdad will recognise themselves in it."

El-Haddad said the jury had been struck by the number of young writers on this year's longlist, with six of the 16 authors under 35.

The shortlist also included Egyptian novelist Ahmed Abdel-Rahman Fouad, Algerian writer Leïla Ben Ammar and Iraqi author Yusuf Al Janabi, who each receive Dh50,000.

Speaking to reporters before the ceremony, Ben Ammar said prizes remained "one of the few ways" for Arabic fiction to reach new readers abroad.

"Translation is still the hardest bridge to cross for us," she said. "Without it, we are talking to ourselves."

Organisers said the winning novel would be translated into English and French, with the English edition due next autumn.""", [
        Q('"I wrote this book for my grandmother, who could not read, but who told me every story in it,"', "direct",
          "Al Suwaidi", "Maryam Al Suwaidi", speaker_at="Al Suwaidi said"),
        Q('"Tonight I feel that she is standing next to me."', "direct", "Al Suwaidi", "Maryam Al Suwaidi",
          speaker_at="Al Suwaidi said"),
        Q('"a work of rare honesty about where we come from."', "partial", "Hamad bin Sultan Al Nuaimi",
          "Hamad bin Sultan Al Nuaimi"),
        Q("that the decision had been unanimous", "indirect", "Nabil El-Haddad", "Nabil El-Haddad"),
        Q('"It is a novel about the sea, about money and about silence, and it carries all three with remarkable '
          'lightness,"', "direct", "he", "Nabil El-Haddad", speaker_at="he said"),
        Q('"Readers in Cairo, Casablanca and Baghdad will recognise themselves in it."', "direct", "he",
          "Nabil El-Haddad", speaker_at="he said"),
        Q("the jury had been struck by the number of young writers on this year's longlist, with six of the 16 "
          "authors under 35", "indirect", "El-Haddad", "Nabil El-Haddad", speaker_at="El-Haddad said"),
        Q('"one of the few ways"', "partial", "Ben Ammar", "Leïla Ben Ammar", speaker_at="Ben Ammar said"),
        Q('"Translation is still the hardest bridge to cross for us,"', "direct", "she", "Leïla Ben Ammar",
          speaker_at="she said"),
        Q('"Without it, we are talking to ourselves."', "direct", "she", "Leïla Ben Ammar", speaker_at="she said"),
        Q("the winning novel would be translated into English and French, with the English edition due next autumn",
          "indirect", "Organisers", None),
    ]),
    Case("blind66-cement", """Semen Perkasa 3Q net profit up 27% on infrastructure demand

KUALA LUMPUR (Oct 29): Semen Perkasa Bhd's net profit rose 27% to RM84.6 million in the third quarter ended Sept 30, 2024 (3QFY2024), from RM66.6 million a year earlier, on higher cement sales volumes and lower coal costs.

Quarterly revenue grew 11.2% to RM1.02 billion from RM917.3 million, the group said in a filing with Bursa Malaysia on Tuesday. It declared a dividend of three sen per share, payable on Dec 12.

"Demand from major infrastructure projects such as the East Coast Rail Link and the Pan Borneo Highway, together with a recovery in residential construction, continued to support volumes," group managing director Datuk Mohd Rizal Abdul Rahman said in a statement.

Mohd Rizal said the group expected the momentum to continue into 2025, as more data centre and industrial projects in Johor and Negeri Sembilan moved into the construction phase.

However, he cautioned that higher electricity tariffs and rising fuel costs following the rationalisation of diesel subsidies could weigh on margins in the coming quarters.

For the nine months ended Sept 30, net profit climbed 19.4% to RM231.5 million, while revenue rose 8.9% to RM2.94 billion.

Bintang Securities analyst Tan Wei Ling said in a note that the results were "above expectations", with nine-month earnings making up 81% of the house's full-year forecast.

"We raise our FY2024-FY2026 earnings forecasts by 6% to 9% to reflect higher volume assumptions," Tan wrote. She maintained an "outperform" call on the stock with a higher target price of RM5.40.

Industry-wide cement consumption rose 8.4% year-on-year in the first nine months of 2024, according to the Cement and Concrete Association of Malaysia (C&CA).

C&CA president Ir Dr Chong Kah Meng told The Edge that the sector was "finally out of the woods" after years of oversupply, although he expected price competition to remain stiff in the northern region.

Shares in Semen Perkasa closed two sen or 0.4% higher at RM4.88 on Tuesday, valuing the company at RM4.15 billion.""", [
        Q("Quarterly revenue grew 11.2% to RM1.02 billion from RM917.3 million", "indirect", "the group",
          "Semen Perkasa Bhd", speaker_at="the group said"),
        Q('"Demand from major infrastructure projects such as the East Coast Rail Link and the Pan Borneo Highway, '
          'together with a recovery in residential construction, continued to support volumes,"', "direct",
          "Mohd Rizal Abdul Rahman", "Mohd Rizal Abdul Rahman"),
        Q("the group expected the momentum to continue into 2025, as more data centre and industrial projects in "
          "Johor and Negeri Sembilan moved into the construction phase", "indirect", "Mohd Rizal",
          "Mohd Rizal Abdul Rahman", speaker_at="Mohd Rizal said"),
        Q("that higher electricity tariffs and rising fuel costs following the rationalisation of diesel subsidies "
          "could weigh on margins in the coming quarters", "indirect", "he", "Mohd Rizal Abdul Rahman",
          speaker_at="he cautioned"),
        Q('"above expectations"', "partial", "Tan Wei Ling", "Tan Wei Ling"),
        Q('"We raise our FY2024-FY2026 earnings forecasts by 6% to 9% to reflect higher volume assumptions,"',
          "direct", "Tan", "Tan Wei Ling", speaker_at="Tan wrote"),
        Q("Industry-wide cement consumption rose 8.4% year-on-year in the first nine months of 2024", "indirect",
          "the Cement and Concrete Association of Malaysia", "Cement and Concrete Association of Malaysia"),
        Q('"finally out of the woods"', "partial", "Chong Kah Meng", "Chong Kah Meng"),
        Q("he expected price competition to remain stiff in the northern region", "indirect", "Chong Kah Meng",
          "Chong Kah Meng"),
    ]),
    Case("blind66-obituary", """Former Gauhati HC judge Hemanta Kumar Baruah passes away

GUWAHATI, Aug 7: Former judge of the Gauhati High Court, Justice (retd) Hemanta Kumar Baruah, passed away at a private hospital here on Tuesday night following age-related ailments. He was 88.

He is survived by his wife, Anima Baruah, a retired professor of Assamese literature, two sons and a daughter. His last rites were performed at the Navagraha crematorium on Wednesday afternoon.

Born in Sivasagar in 1936, Justice Baruah practised at the Jorhat bar for more than two decades before being elevated to the High Court in 1984. He was known for a series of judgments on the rights of tea garden workers and for his insistence that court proceedings be conducted in plain language.

In a condolence message, the Gauhati High Court Bar Association described him as 'a judge who never forgot that every file carried a human life'.

Senior advocate Dilip Kumar Sarmah-Bhuyan, who appeared before him for over a decade, said Justice Baruah was 'stern in the courtroom but endlessly kind outside it'.

'He would stop a senior lawyer mid-sentence and ask a frightened young petitioner to explain the matter in her own words. That was his way of saying the court belonged to her as much as to us,' Sarmah-Bhuyan recalled.

His former law clerk, Rituparna Gogoi-Das, now a district judge in Dibrugarh, told The Assam Tribune that he kept a copy of the Constitution in Assamese on his desk and 'insisted we read every article in both languages'.

The Assam Chah Mazdoor Sangha said his rulings had 'changed the lives of lakhs of tea workers and their children'. The union's general secretary, Rupesh Tanti, said members in several gardens of Upper Assam would hold condolence meetings on Friday.

His elder son, Dr Anupam Baruah, a cardiologist in Bengaluru, said his father had remained active until a few months ago, writing a memoir of his years on the bench.

'He finished the last chapter in June. He told us the book was done, and so was he,' Dr Baruah said. The family hopes to publish the memoir next year.

The Asom Sahitya Sabha, of which Anima Baruah is a life member, also expressed grief at his demise.""", [
        Q("'a judge who never forgot that every file carried a human life'", "partial",
          "the Gauhati High Court Bar Association", "Gauhati High Court Bar Association"),
        Q("'stern in the courtroom but endlessly kind outside it'", "partial", "Dilip Kumar Sarmah-Bhuyan",
          "Dilip Kumar Sarmah-Bhuyan"),
        Q("'He would stop a senior lawyer mid-sentence and ask a frightened young petitioner to explain the matter in "
          "her own words. That was his way of saying the court belonged to her as much as to us,'", "direct",
          "Sarmah-Bhuyan", "Dilip Kumar Sarmah-Bhuyan", speaker_at="Sarmah-Bhuyan recalled"),
        Q("that he kept a copy of the Constitution in Assamese on his desk", "indirect", "Rituparna Gogoi-Das",
          "Rituparna Gogoi-Das"),
        Q("'insisted we read every article in both languages'", "partial", "Rituparna Gogoi-Das",
          "Rituparna Gogoi-Das"),
        Q("'changed the lives of lakhs of tea workers and their children'", "partial",
          "The Assam Chah Mazdoor Sangha", "Assam Chah Mazdoor Sangha"),
        Q("members in several gardens of Upper Assam would hold condolence meetings on Friday", "indirect",
          "Rupesh Tanti", "Rupesh Tanti"),
        Q("his father had remained active until a few months ago, writing a memoir of his years on the bench",
          "indirect", "Anupam Baruah", "Anupam Baruah"),
        Q("'He finished the last chapter in June. He told us the book was done, and so was he,'", "direct", "Baruah",
          "Anupam Baruah", speaker_at="Dr Baruah said"),
    ]),
    Case("blind66-tanker", """Tanker, towboat collide in Calcasieu Ship Channel; crude spill contained

LAKE CHARLES, La. — A loaded oil tanker and a towboat pushing six barges collided in the Calcasieu Ship Channel early Thursday, spilling an estimated 8,400 gallons of crude oil and closing the channel to traffic for most of the day, the U.S. Coast Guard said.

No one was injured in the 3:40 a.m. collision near Hackberry.

"Our priority right now is containing the oil and keeping it out of the marshes," Coast Guard Capt. Renée Fontenot-Guidry, commander of Marine Safety Unit Lake Charles, said at an afternoon briefing. "We have about 3,000 feet of boom in the water and more on the way."

Fontenot-Guidry said the 820-foot tanker, the Liberian-flagged Aegean Dawn, had been inbound to a refinery terminal when it struck the lead barge. The cause of the collision is under investigation, she said, and both crews will be tested for drugs and alcohol as required by federal rules.

The tanker's operator, Athens-based Kalliope Maritime, said in a statement that a breach in one of the vessel's cargo tanks had been sealed and that the remaining cargo was being pumped into another ship.

State Sen. Marcus Thibodeaux, R-Sulphur, whose district includes the channel, called for a full review of traffic rules on the waterway.

"This is exactly the nightmare that people in Cameron Parish have been warning about for years," Thibodeaux said. "We've got shrimpers and oyster farmers out there whose whole season depends on that water."

In a statement, Gov. Clay Broussard said state agencies were "working hand in hand" with federal responders and that he had asked the Louisiana Oil Spill Coordinator's Office to monitor the cleanup.

At the Hackberry boat launch, shrimper Tuan Nguyen, 58, said he had pulled his nets and headed in as soon as he smelled the oil.

"It smells like a gas station out there," he said. "I don't know if I'm going to fish tomorrow or next month."

The Port of Lake Charles said the channel reopened to one-way traffic at 6 p.m., with vessels being escorted past the scene.

The National Transportation Safety Board said it was sending a team of investigators to Lake Charles on Friday.""", [
        Q("A loaded oil tanker and a towboat pushing six barges collided in the Calcasieu Ship Channel early "
          "Thursday, spilling an estimated 8,400 gallons of crude oil and closing the channel to traffic for most of "
          "the day", "indirect", "the U.S. Coast Guard", "U.S. Coast Guard"),
        Q('"Our priority right now is containing the oil and keeping it out of the marshes,"', "direct",
          "Renée Fontenot-Guidry", "Renée Fontenot-Guidry"),
        Q('"We have about 3,000 feet of boom in the water and more on the way."', "direct", "Renée Fontenot-Guidry",
          "Renée Fontenot-Guidry"),
        Q("the 820-foot tanker, the Liberian-flagged Aegean Dawn, had been inbound to a refinery terminal when it "
          "struck the lead barge", "indirect", "Fontenot-Guidry", "Renée Fontenot-Guidry",
          speaker_at="Fontenot-Guidry said"),
        Q("The cause of the collision is under investigation", "indirect", "she", "Renée Fontenot-Guidry",
          speaker_at="she said"),
        Q("both crews will be tested for drugs and alcohol as required by federal rules", "indirect", "she",
          "Renée Fontenot-Guidry", speaker_at="she said"),
        Q("that a breach in one of the vessel's cargo tanks had been sealed and that the remaining cargo was being "
          "pumped into another ship", "indirect", "Kalliope Maritime", "Kalliope Maritime"),
        Q('"This is exactly the nightmare that people in Cameron Parish have been warning about for years,"',
          "direct", "Thibodeaux", "Marcus Thibodeaux", speaker_at="Thibodeaux said"),
        Q('"We\'ve got shrimpers and oyster farmers out there whose whole season depends on that water."', "direct",
          "Thibodeaux", "Marcus Thibodeaux", speaker_at="Thibodeaux said"),
        Q('"working hand in hand"', "partial", "Clay Broussard", "Clay Broussard"),
        Q("that he had asked the Louisiana Oil Spill Coordinator's Office to monitor the cleanup", "indirect",
          "Clay Broussard", "Clay Broussard"),
        Q("he had pulled his nets and headed in as soon as he smelled the oil", "indirect", "Tuan Nguyen",
          "Tuan Nguyen"),
        Q('"It smells like a gas station out there,"', "direct", "he", "Tuan Nguyen", speaker_at="he said"),
        Q('"I don\'t know if I\'m going to fish tomorrow or next month."', "direct", "he", "Tuan Nguyen",
          speaker_at="he said"),
        Q("the channel reopened to one-way traffic at 6 p.m., with vessels being escorted past the scene", "indirect",
          "The Port of Lake Charles", "Port of Lake Charles"),
        Q("it was sending a team of investigators to Lake Charles on Friday", "indirect",
          "The National Transportation Safety Board", "National Transportation Safety Board"),
    ]),
]
