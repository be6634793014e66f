"""Blind gold, set 12: sixteen short news articles written blind to the pretagger.

Wire copy with datelines (AP, AFP) and house styles from Britain, Ireland,
Australia, New Zealand, Canada, Kenya, Ghana, Nigeria, the UAE, Hong Kong,
Singapore, India and a US community paper, with curly double, straight double
and British single quotes. Topics: wildfire, air and sea accidents, a hospital
outbreak, golf, a bus strike, rugby league, wildlife, an obituary, a ward
by-election, floods, bank profits and layoffs, theatre and books, athletics, a
court ruling and a school board. Scare quotes, nicknames and titles in marks
are left unannotated. See gold_format.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind12-ap-wildfire", """Wind-driven wildfire forces thousands to flee homes near Bend, Oregon

BEND, Ore. (AP) — A fast-moving wildfire fueled by gusty winds and bone-dry brush forced the evacuation of more than 4,000 homes in central Oregon on Tuesday, authorities said, as firefighters scrambled to keep the flames from reaching the western edge of Bend.

The Pine Butte Fire had burned about 18 square miles (47 square kilometers) by late afternoon and was 5% contained, according to the Oregon Department of Forestry.

"We had a wind shift right around noon, and it just took off," said incident commander Marisol Echeverría-Vance. "Our crews did a tremendous job getting people out, but I won't pretend this thing is under control."

Deschutes County Sheriff Tom Kowalczyk said deputies had gone door to door in several subdivisions west of the city. He said anyone who received a "Go Now" alert on their phone should leave immediately.

"If you're told to leave, leave," Kowalczyk said. "Don't stop to pack the photo albums. We can replace houses. We can't replace you."

No injuries had been reported, though at least a dozen structures were believed to have been destroyed, officials said.

Gov. Rebecca Lindqvist invoked the state's Emergency Conflagration Act, which allows the state fire marshal to send additional crews and equipment from across Oregon. In a statement, she said the state would "throw everything we have" at the fire.

Residents of the Awbrey Glen neighborhood described a chaotic scene as traffic backed up on the only road out.

"You could see the smoke turning orange over the ridge, and then the ash started coming down like snow," said Dana Whitehorse, 52, who left with her two dogs and a laptop. She said she had no idea whether her house was still standing.

Across town, the Red Cross opened a shelter in a high school gym, where volunteers handed out cots, water and phone chargers. A shelter manager said about 300 people had checked in by evening.

The National Weather Service said winds were expected to ease overnight but warned that a red flag warning would remain in effect through Thursday, with humidity levels in the single digits.

The cause of the fire is under investigation. Forestry officials said it started near a campground off Skyliners Road shortly after 10 a.m.

Associated Press writer Hannah Ostrowski in Portland, Oregon, contributed to this report.""", [
        Q("A fast-moving wildfire fueled by gusty winds and bone-dry brush forced the evacuation of more than 4,000 "
          "homes in central Oregon on Tuesday", "indirect", "authorities", None),
        Q("The Pine Butte Fire had burned about 18 square miles (47 square kilometers) by late afternoon and was 5% "
          "contained", "indirect", "the Oregon Department of Forestry", "Oregon Department of Forestry"),
        Q('"We had a wind shift right around noon, and it just took off,"', "direct", "Marisol Echeverría-Vance",
          "Marisol Echeverría-Vance"),
        Q('"Our crews did a tremendous job getting people out, but I won\'t pretend this thing is under control."',
          "direct", "Marisol Echeverría-Vance", "Marisol Echeverría-Vance"),
        Q("deputies had gone door to door in several subdivisions west of the city", "indirect", "Tom Kowalczyk",
          "Tom Kowalczyk"),
        Q('anyone who received a "Go Now" alert on their phone should leave immediately', "indirect", "He",
          "Tom Kowalczyk", speaker_at="He said anyone"),
        Q('"If you\'re told to leave, leave,"', "direct", "Kowalczyk", "Tom Kowalczyk",
          speaker_at="leave,\" Kowalczyk said"),
        Q('"Don\'t stop to pack the photo albums. We can replace houses. We can\'t replace you."', "direct",
          "Kowalczyk", "Tom Kowalczyk", speaker_at="leave,\" Kowalczyk said"),
        Q("No injuries had been reported, though at least a dozen structures were believed to have been destroyed",
          "indirect", "officials", None, speaker_at="destroyed, officials said"),
        Q('"throw everything we have"', "partial", "she", "Rebecca Lindqvist", speaker_at="she said the state"),
        Q('"You could see the smoke turning orange over the ridge, and then the ash started coming down like snow,"',
          "direct", "Dana Whitehorse", "Dana Whitehorse"),
        Q("she had no idea whether her house was still standing", "indirect", "She", "Dana Whitehorse",
          speaker_at="She said she had"),
        Q("about 300 people had checked in by evening", "indirect", "A shelter manager", None),
        Q("winds were expected to ease overnight", "indirect", "The National Weather Service",
          "National Weather Service"),
        Q("a red flag warning would remain in effect through Thursday, with humidity levels in the single digits",
          "indirect", "The National Weather Service", "National Weather Service"),
        Q("it started near a campground off Skyliners Road shortly after 10 a.m.", "indirect", "Forestry officials",
          None),
    ], source="blind"),
    Case("blind12-afp-nepal-crash", """Nine dead as small plane crashes in Nepal's western hills

KATHMANDU (AFP) - A small passenger plane crashed shortly after take-off in western Nepal on Sunday, killing nine of the 11 people on board, officials said.

The Twin Otter, operated by domestic carrier Himal Sky Air, lost contact with the control tower at Jumla airport about four minutes after departing for the southern city of Nepalgunj, according to the Civil Aviation Authority of Nepal (CAAN).

"The wreckage was found on a hillside about two kilometres from the runway. Two passengers have been rescued and flown to Nepalgunj for treatment," CAAN spokesman Jagannath Niroula told AFP.

Niroula said the three crew members were among the dead and that the cause of the crash was not yet known.

"There was thick cloud over the hills this morning and it was raining on and off," Jumla district police chief Bishnu Prasad KC said by telephone. "Villagers reached the site first and carried the survivors down before our teams arrived."

Among the passengers were a Chinese national and two local government employees, the airline said in a statement, adding that it was "deeply saddened" by the accident.

Nepal's aviation industry has boomed in recent years, carrying goods and people between hard-to-reach areas as well as foreign trekkers and climbers.

But it has been plagued by poor safety due to insufficient training and maintenance. The European Union has banned all Nepali carriers from its airspace over safety concerns.

The Himalayan nation also has some of the world's most remote and tricky runways, flanked by snow-capped peaks with approaches that pose a challenge even for accomplished pilots.

"The weather in these mountains can change within minutes, and many of our airstrips still have no proper navigation aids," aviation analyst Hari Bahadur Thapa-Magar told AFP.

"After every accident, the pilot is blamed and a committee is formed. Then nothing changes until the next one."

The prime minister's office said a high-level commission would be formed to investigate the crash.

In January 2023, 72 people were killed when a Yeti Airlines plane crashed on approach to the tourist city of Pokhara, the country's deadliest air accident in three decades.

pm/sco""", [
        Q("A small passenger plane crashed shortly after take-off in western Nepal on Sunday, killing nine of the 11 "
          "people on board", "indirect", "officials", None),
        Q("The Twin Otter, operated by domestic carrier Himal Sky Air, lost contact with the control tower at Jumla "
          "airport about four minutes after departing for the southern city of Nepalgunj", "indirect",
          "the Civil Aviation Authority of Nepal", "Civil Aviation Authority of Nepal"),
        Q('"The wreckage was found on a hillside about two kilometres from the runway. Two passengers have been '
          'rescued and flown to Nepalgunj for treatment,"', "direct", "Jagannath Niroula", "Jagannath Niroula"),
        Q("the three crew members were among the dead and that the cause of the crash was not yet known", "indirect",
          "Niroula", "Jagannath Niroula", speaker_at="Niroula said"),
        Q('"There was thick cloud over the hills this morning and it was raining on and off,"', "direct",
          "Bishnu Prasad KC", "Bishnu Prasad KC"),
        Q('"Villagers reached the site first and carried the survivors down before our teams arrived."', "direct",
          "Bishnu Prasad KC", "Bishnu Prasad KC"),
        Q("Among the passengers were a Chinese national and two local government employees", "indirect",
          "the airline", "Himal Sky Air"),
        Q('"deeply saddened"', "partial", "the airline", "Himal Sky Air"),
        Q('"The weather in these mountains can change within minutes, and many of our airstrips still have no '
          'proper navigation aids,"', "direct", "Hari Bahadur Thapa-Magar", "Hari Bahadur Thapa-Magar"),
        Q('"After every accident, the pilot is blamed and a committee is formed. Then nothing changes until the next '
          'one."', "direct", "Hari Bahadur Thapa-Magar", "Hari Bahadur Thapa-Magar"),
        Q("a high-level commission would be formed to investigate the crash", "indirect",
          "The prime minister's office", None),
    ], source="blind"),
    Case("blind12-bbc-norovirus", """Norovirus outbreak closes four wards at Wrexham hospital

Visiting has been restricted at a hospital in north Wales after an outbreak of norovirus forced four wards to close to new admissions.

Betsi Cadwaladr University Health Board said 37 patients and 12 members of staff at Wrexham Maelor Hospital had shown symptoms of the winter vomiting bug since last Thursday.

The health board has asked people not to visit unless it is “absolutely essential” and said a number of planned operations had been postponed.

Dr Ffion ap Rhys, the board’s director of infection prevention, said: “Norovirus spreads very easily in closed environments like hospitals, and our staff are doing everything they can to contain it.

“I know how difficult it is for families not to be able to see their loved ones, and I would ask people to bear with us.”

She said anyone who had suffered diarrhoea or vomiting should stay away from hospitals and care homes for at least 48 hours after their symptoms stopped.

One woman, whose father is a patient on one of the affected wards, told BBC Wales she had been turned away at the door on Sunday.

“I understand why they’re doing it, but nobody rang us to say,” said the woman, who did not want to be named. “We drove 40 minutes just to be told to go home.”

Public Health Wales said norovirus cases across Wales were higher than usual for the time of year.

Laboratory reports in December were about 40% above the five-year average, according to the agency.

Gareth Pritchard-Jones, who represents the area in the Senedd, said the outbreak showed the hospital was “running far too hot” and called for more side rooms to isolate infected patients.

“There is simply no slack left in the system,” he added. “When one bug gets in, it goes through a ward like wildfire.”

The Welsh government said it was in regular contact with the health board and that extra funding had been made available for infection control this winter.""", [
        Q("37 patients and 12 members of staff at Wrexham Maelor Hospital had shown symptoms of the winter vomiting "
          "bug since last Thursday", "indirect", "Betsi Cadwaladr University Health Board",
          "Betsi Cadwaladr University Health Board"),
        Q("“absolutely essential”", "partial", "The health board", "Betsi Cadwaladr University Health Board"),
        Q("a number of planned operations had been postponed", "indirect", "The health board",
          "Betsi Cadwaladr University Health Board"),
        Q("“Norovirus spreads very easily in closed environments like hospitals, and our staff are doing everything "
          "they can to contain it.", "direct", "Ffion ap Rhys", "Ffion ap Rhys"),
        Q("“I know how difficult it is for families not to be able to see their loved ones, and I would ask people "
          "to bear with us.”", "direct", "Ffion ap Rhys", "Ffion ap Rhys"),
        Q("anyone who had suffered diarrhoea or vomiting should stay away from hospitals and care homes for at least "
          "48 hours after their symptoms stopped", "indirect", "She", "Ffion ap Rhys", speaker_at="She said anyone"),
        Q("she had been turned away at the door on Sunday", "indirect", "One woman", None),
        Q("“I understand why they’re doing it, but nobody rang us to say,”", "direct", "the woman", None),
        Q("“We drove 40 minutes just to be told to go home.”", "direct", "the woman", None),
        Q("norovirus cases across Wales were higher than usual for the time of year", "indirect",
          "Public Health Wales", "Public Health Wales"),
        Q("Laboratory reports in December were about 40% above the five-year average", "indirect", "the agency",
          "Public Health Wales"),
        Q("“running far too hot”", "partial", "Gareth Pritchard-Jones", "Gareth Pritchard-Jones"),
        Q("“There is simply no slack left in the system,”", "direct", "he", "Gareth Pritchard-Jones",
          speaker_at="he added"),
        Q("“When one bug gets in, it goes through a ward like wildfire.”", "direct", "he", "Gareth Pritchard-Jones",
          speaker_at="he added"),
        Q("it was in regular contact with the health board and that extra funding had been made available for "
          "infection control this winter", "indirect", "The Welsh government", "Welsh government"),
    ], source="blind"),
    Case("blind12-scotsman-golf", """MacLeod fires 64 to lead Scottish Championship as home hopes soar

Euan MacLeod admitted he was ‘pinching himself’ after a flawless seven-under-par 64 gave him a two-shot lead after the opening round of the Scottish Championship at Dundonald Links.

The 27-year-old from Inverness, who regained his DP World Tour card only last month, rolled in a 40-footer on the 18th to finish two clear of South Africa’s Dylan van der Westhuizen and Korea’s Park Jun-ho.

‘I’ve played this course probably a hundred times as an amateur, so I know where not to miss it,’ said MacLeod. ‘The wind dropped a wee bit in the afternoon and I just tried to take advantage.’

His trademark ‘bump and run’ approach shots were on full display on the back nine, where he picked up four birdies in five holes from the 12th as a boisterous home crowd grew around the greens.

‘My dad caddied for me here when I was 14 and I shot about 90,’ he added with a grin, ‘so I suppose it’s come a long way.’

Van der Westhuizen, who won in Portugal last autumn, said the conditions had been ‘about as kind as you’ll ever get on the west coast’.

‘You can’t always count on that in Scotland, so you have to make hay,’ the South African said.

Park, playing in Scotland for the first time, was more circumspect. ‘The greens are very different from Asia. I am still learning,’ the 23-year-old told reporters through an interpreter.

Fellow Scot Fraser McAllister-Grant, who carded a three-under 68, said MacLeod had been ‘threatening a round like this for months’.

Tournament director Alison Kerr-Dunlop said more than 9,000 spectators had come through the gates on Thursday, a record for an opening day at the event.

‘It shows the appetite there is for top-level golf in Scotland outside of the Open,’ she said. ‘We’ve had families here who have never been to a tournament before.’

MacLeod, ranked 412th in the world, tees off at 8.10am today alongside Van der Westhuizen and Park.""", [
        Q("‘pinching himself’", "partial", "Euan MacLeod", "Euan MacLeod"),
        Q("‘I’ve played this course probably a hundred times as an amateur, so I know where not to miss it,’",
          "direct", "MacLeod", "Euan MacLeod", speaker_at="said MacLeod."),
        Q("‘The wind dropped a wee bit in the afternoon and I just tried to take advantage.’", "direct", "MacLeod",
          "Euan MacLeod", speaker_at="said MacLeod."),
        Q("‘My dad caddied for me here when I was 14 and I shot about 90,’", "direct", "he", "Euan MacLeod",
          speaker_at="he added"),
        Q("‘so I suppose it’s come a long way.’", "direct", "he", "Euan MacLeod", speaker_at="he added"),
        Q("‘about as kind as you’ll ever get on the west coast’", "partial", "Van der Westhuizen",
          "Dylan van der Westhuizen", speaker_at="Van der Westhuizen, who"),
        Q("‘You can’t always count on that in Scotland, so you have to make hay,’", "direct", "the South African",
          "Dylan van der Westhuizen"),
        Q("‘The greens are very different from Asia. I am still learning,’", "direct", "the 23-year-old",
          "Park Jun-ho"),
        Q("‘threatening a round like this for months’", "partial", "Fraser McAllister-Grant",
          "Fraser McAllister-Grant"),
        Q("more than 9,000 spectators had come through the gates on Thursday, a record for an opening day at the event",
          "indirect", "Alison Kerr-Dunlop", "Alison Kerr-Dunlop"),
        Q("‘It shows the appetite there is for top-level golf in Scotland outside of the Open,’", "direct", "she",
          "Alison Kerr-Dunlop", speaker_at="she said"),
        Q("‘We’ve had families here who have never been to a tournament before.’", "direct", "she",
          "Alison Kerr-Dunlop", speaker_at="she said"),
    ], source="blind"),
    Case("blind12-rte-bus-strike", """Bus Éireann drivers to strike from Monday after talks collapse

Bus Éireann drivers will begin an all-out strike on Monday morning after last-ditch talks at the Workplace Relations Commission broke up without agreement.

The National Bus and Rail Union (NBRU) said its members had been left with “no option” after management refused to pause the introduction of new rosters on regional routes.

Unions say the changes would add up to two hours to some drivers’ working days without any increase in pay.

General Secretary of the NBRU Seán Mac Giolla Phádraig said: “Nobody wants to see people left standing at bus stops in the run-up to Christmas, but our members cannot be expected to accept these changes with a gun to their heads.”

Speaking on RTÉ’s Morning Ireland, Mr Mac Giolla Phádraig said the union remained available for talks “at any hour of the day or night”.

SIPTU, which also represents drivers at the company, said it would ballot its members for industrial action next week.

In a statement, Bus Éireann said it “deeply regrets” the union’s decision and insisted that the new rosters were necessary to improve punctuality on its Expressway network.

“We have made a fair and reasonable offer that protects earnings and addresses the concerns raised by staff,” a company spokesperson said.

Around 100,000 passengers use Bus Éireann services every day, according to the National Transport Authority, and many rural towns have no other form of public transport.

Minister for Transport Aoife Ní Bhriain urged both sides to return to the WRC. “There is still time to avoid this, and I would appeal to everyone to use it,” the minister said in Galway.

She said the Government would not intervene directly in what was “an operational matter” for the company and its staff.

At Parnell Place bus station in Cork, passengers reacted with a mixture of frustration and resignation.

“I’ve no car, so I honestly don’t know how I’m going to get to work,” said Patrick Okonkwo-Byrne, a care assistant who travels in from Mallow each day.""", [
        Q("“no option”", "partial", "The National Bus and Rail Union", "National Bus and Rail Union"),
        Q("the changes would add up to two hours to some drivers’ working days without any increase in pay",
          "indirect", "Unions", None),
        Q("“Nobody wants to see people left standing at bus stops in the run-up to Christmas, but our members cannot "
          "be expected to accept these changes with a gun to their heads.”", "direct", "Seán Mac Giolla Phádraig",
          "Seán Mac Giolla Phádraig"),
        Q("“at any hour of the day or night”", "partial", "Mac Giolla Phádraig", "Seán Mac Giolla Phádraig",
          speaker_at="Mr Mac Giolla Phádraig said"),
        Q("it would ballot its members for industrial action next week", "indirect", "SIPTU", "SIPTU"),
        Q("“deeply regrets”", "partial", "Bus Éireann", "Bus Éireann", speaker_at="Bus Éireann said it"),
        Q("the new rosters were necessary to improve punctuality on its Expressway network", "indirect",
          "Bus Éireann", "Bus Éireann", speaker_at="Bus Éireann said it"),
        Q("“We have made a fair and reasonable offer that protects earnings and addresses the concerns raised by "
          "staff,”", "direct", "a company spokesperson", None),
        Q("Around 100,000 passengers use Bus Éireann services every day", "indirect",
          "the National Transport Authority", "National Transport Authority"),
        Q("“There is still time to avoid this, and I would appeal to everyone to use it,”", "direct", "the minister",
          "Aoife Ní Bhriain"),
        Q("“an operational matter”", "partial", "She", "Aoife Ní Bhriain", speaker_at="She said the Government"),
        Q("“I’ve no car, so I honestly don’t know how I’m going to get to work,”", "direct",
          "Patrick Okonkwo-Byrne", "Patrick Okonkwo-Byrne"),
    ], source="blind"),
    Case("blind12-smh-rugby-league", """Tuipulotu-Fonua field goal sinks Dragons in golden-point thriller

Panthers forward Viliami Tuipulotu-Fonua had never kicked a field goal in first grade. On Saturday night, with his side's season on the line, he kicked the only one that mattered.

The 24-year-old's wobbly one-pointer in the 84th minute gave Penrith a 19-18 golden-point win over St George Illawarra at BlueBet Stadium, keeping the premiers' top-four hopes alive and leaving the Dragons to rue a night of missed chances.

"I don't even practise them at training, to be honest," Tuipulotu-Fonua said. "Nate told me to have a crack, so I just shut my eyes and swung the leg."

Panthers coach Shane Fitzgibbon admitted his side had been "lucky to get out of jail" after trailing 18-6 at halftime.

"We weren't at our best and the Dragons probably deserved something out of it," Fitzgibbon said. "But good teams find a way, and that's what we did tonight."

The visitors looked home when winger Sione Havili crossed for his second try in the 51st minute, but a flurry of "six-again" calls in the final quarter kept Penrith camped on the Dragons' line. The visitors' teenage halfback Jayden Ta'ufo'ou then missed a conversion from in front with three minutes left that would have sealed the game.

Dragons coach Mick Papadakis refused to blame the 19-year-old. "He'll kick thousands of those in his career," Papadakis said. "I'd rather be in this position than getting pumped by 40 like we were a month ago."

He was less forgiving of the bunker, which awarded Penrith's second try despite replays appearing to show a knock-on in the lead-up. "I've asked for an explanation," he said. "I won't be holding my breath."

The NRL said on Sunday it would review the decision as part of its usual weekly process.

Dragons skipper Josh Kerrigan said the loss would hurt for a while but that the side was getting closer to the competition's best.

The Panthers face Melbourne in Melbourne next Thursday, while the Dragons host the Warriors at WIN Stadium on Sunday afternoon.""", [
        Q('"I don\'t even practise them at training, to be honest,"', "direct", "Tuipulotu-Fonua",
          "Viliami Tuipulotu-Fonua", speaker_at="Tuipulotu-Fonua said"),
        Q('"Nate told me to have a crack, so I just shut my eyes and swung the leg."', "direct", "Tuipulotu-Fonua",
          "Viliami Tuipulotu-Fonua", speaker_at="Tuipulotu-Fonua said"),
        Q('"lucky to get out of jail"', "partial", "Shane Fitzgibbon", "Shane Fitzgibbon"),
        Q('"We weren\'t at our best and the Dragons probably deserved something out of it,"', "direct",
          "Fitzgibbon", "Shane Fitzgibbon", speaker_at="Fitzgibbon said"),
        Q('"But good teams find a way, and that\'s what we did tonight."', "direct", "Fitzgibbon",
          "Shane Fitzgibbon", speaker_at="Fitzgibbon said"),
        Q('"He\'ll kick thousands of those in his career,"', "direct", "Papadakis", "Mick Papadakis",
          speaker_at="Papadakis said"),
        Q('"I\'d rather be in this position than getting pumped by 40 like we were a month ago."', "direct",
          "Papadakis", "Mick Papadakis", speaker_at="Papadakis said"),
        Q('"I\'ve asked for an explanation,"', "direct", "he", "Mick Papadakis", speaker_at="he said"),
        Q('"I won\'t be holding my breath."', "direct", "he", "Mick Papadakis", speaker_at="he said"),
        Q("it would review the decision as part of its usual weekly process", "indirect", "The NRL", "NRL"),
        Q("the loss would hurt for a while but that the side was getting closer to the competition's best",
          "indirect", "Josh Kerrigan", "Josh Kerrigan"),
    ], source="blind"),
    Case("blind12-nzherald-kakapo", """Kākāpō chicks hatch in record numbers after bumper rimu season

A record 83 kākāpō chicks have hatched this breeding season, giving the critically endangered flightless parrot its best year since intensive monitoring began, the Department of Conservation says.

DoC’s kākāpō operations manager, Dr Aroha Te Whata, said the birds had been waiting four years for the right conditions.

“It’s been an extraordinary few months,” Te Whata said. “We had the rimu fruiting heavily on Whenua Hou and Anchor Island at the same time, and that’s the trigger the birds wait for.”

She said the population, which fell as low as 51 birds in 1995, could pass 300 for the first time once this season’s chicks were weaned.

Not every chick will make it. Nine have died so far, most of them from a fungal respiratory infection, according to DoC.

Rangers and volunteers have spent months on the remote islands, monitoring nests around the clock and hand-rearing weaker chicks at a facility in Invercargill.

The males’ low-frequency “booming” call, which can carry for kilometres on a still night, was heard on Whenua Hou as early as December.

“Every one of these chicks is a taonga for our people,” said Rāwiri Manahi, chair of Te Rūnanga o Awarua. Manahi said Ngāi Tahu had been “walking alongside” DoC since the recovery programme began in the 1990s.

Conservation Minister Hemi Karaka visited the hand-rearing unit on Friday and called the result “a win for the whole country”.

But Forest & Bird chief executive Sunita Ramaswamy-Hunt said the season showed what was possible “when conservation is properly funded” and warned that planned job cuts at DoC would put other species at risk.

“Kākāpō get the headlines, and good on them,” she said. “But there are hundreds of threatened species in this country that don’t have a dedicated team watching every nest.”

A DoC spokeswoman said the department’s restructure would not affect the kākāpō programme.""", [
        Q("A record 83 kākāpō chicks have hatched this breeding season, giving the critically endangered flightless "
          "parrot its best year since intensive monitoring began", "indirect", "the Department of Conservation",
          "Department of Conservation"),
        Q("the birds had been waiting four years for the right conditions", "indirect", "Aroha Te Whata",
          "Aroha Te Whata"),
        Q("“It’s been an extraordinary few months,”", "direct", "Te Whata", "Aroha Te Whata",
          speaker_at="Te Whata said"),
        Q("“We had the rimu fruiting heavily on Whenua Hou and Anchor Island at the same time, and that’s the trigger "
          "the birds wait for.”", "direct", "Te Whata", "Aroha Te Whata", speaker_at="Te Whata said"),
        Q("the population, which fell as low as 51 birds in 1995, could pass 300 for the first time once this "
          "season’s chicks were weaned", "indirect", "She", "Aroha Te Whata", speaker_at="She said the population"),
        Q("Nine have died so far, most of them from a fungal respiratory infection", "indirect", "DoC",
          "Department of Conservation", speaker_at="according to DoC"),
        Q("“Every one of these chicks is a taonga for our people,”", "direct", "Rāwiri Manahi", "Rāwiri Manahi"),
        Q("“walking alongside”", "partial", "Manahi", "Rāwiri Manahi", speaker_at="Manahi said"),
        Q("“a win for the whole country”", "partial", "Hemi Karaka", "Hemi Karaka"),
        Q("“when conservation is properly funded”", "partial", "Sunita Ramaswamy-Hunt", "Sunita Ramaswamy-Hunt"),
        Q("planned job cuts at DoC would put other species at risk", "indirect", "Sunita Ramaswamy-Hunt",
          "Sunita Ramaswamy-Hunt"),
        Q("“Kākāpō get the headlines, and good on them,”", "direct", "she", "Sunita Ramaswamy-Hunt",
          speaker_at="she said"),
        Q("“But there are hundreds of threatened species in this country that don’t have a dedicated team watching "
          "every nest.”", "direct", "she", "Sunita Ramaswamy-Hunt", speaker_at="she said"),
        Q("the department’s restructure would not affect the kākāpō programme", "indirect", "A DoC spokeswoman",
          None),
    ], source="blind"),
    Case("blind12-globe-obituary", """Lucien Beaulieu-Lachance turned a corner store into a grocery empire

Lucien Beaulieu-Lachance, who turned his father’s corner store in Trois-Rivières into one of Canada’s largest grocery chains, has died at the age of 88.

His death, at his home in Westmount, Que., was announced on Tuesday by Épiceries Lachance Inc., the company he led for nearly four decades. The family said he died peacefully on Sunday evening, surrounded by his children.

Born in 1936, the youngest of seven children, Mr. Beaulieu-Lachance left school at 15 to work behind the counter of the family store on Rue des Forges. By 1970 he had opened a dozen stores across the Mauricie region; by the time he stepped down as chief executive in 2009, the chain had more than 400 outlets in Quebec, Ontario and New Brunswick, and annual sales of nearly $9-billion.

“He never stopped thinking like a shopkeeper,” said his daughter, Geneviève Beaulieu-Lachance, who succeeded him as chief executive. “He would walk into a store on a Sunday and start straightening the soup cans. The staff knew him by name, and he knew theirs.”

He was a fierce competitor. In a 1998 interview, he described the consolidation of the Canadian grocery business as “a game of musical chairs where the music never stops,” and he left little doubt about which chair he meant to take.

His memoir, “Le Comptoir,” published in 2004, spent months on Quebec bestseller lists.

Not everyone was a fan. In 1996, a bitter 14-week strike at the company’s Laval warehouse drew picket lines to the street outside his home. Serge Tremblay, who led the Teamsters local at the time, said in an interview this week that the two men had eventually become friends.

“We fought like cats and dogs, but he always kept his word,” Mr. Tremblay said. “That is rarer than you think.”

Senator Marie-Claude D’Amours, who sat on the company’s board for a decade, remembered him as “stubborn, generous and completely impossible to argue with.”

He gave millions to hospitals and universities in the Mauricie, and Trois-Rivières named a riverside park after him in 2015. Mayor Nathalie Saint-Onge said flags at city hall would fly at half-mast until after the funeral.

He leaves his wife of 61 years, Thérèse; four children; 11 grandchildren and three great-grandchildren. A funeral will be held on Saturday at Saint-Léon de Westmount Church.""", [
        Q("he died peacefully on Sunday evening, surrounded by his children", "indirect", "The family", None),
        Q("“He never stopped thinking like a shopkeeper,”", "direct", "Geneviève Beaulieu-Lachance",
          "Geneviève Beaulieu-Lachance"),
        Q("“He would walk into a store on a Sunday and start straightening the soup cans. The staff knew him by name, "
          "and he knew theirs.”", "direct", "Geneviève Beaulieu-Lachance", "Geneviève Beaulieu-Lachance"),
        Q("“a game of musical chairs where the music never stops,”", "partial", "he", "Lucien Beaulieu-Lachance",
          speaker_at="he described"),
        Q("the two men had eventually become friends", "indirect", "Serge Tremblay", "Serge Tremblay"),
        Q("“We fought like cats and dogs, but he always kept his word,”", "direct", "Tremblay", "Serge Tremblay",
          speaker_at="Mr. Tremblay said"),
        Q("“That is rarer than you think.”", "direct", "Tremblay", "Serge Tremblay", speaker_at="Mr. Tremblay said"),
        Q("“stubborn, generous and completely impossible to argue with.”", "partial", "Marie-Claude D’Amours",
          "Marie-Claude D’Amours"),
        Q("flags at city hall would fly at half-mast until after the funeral", "indirect", "Nathalie Saint-Onge",
          "Nathalie Saint-Onge"),
    ], source="blind"),
    Case("blind12-nation-byelection", """ODM's Odhiambo wins Kondele ward by-election as rival cries foul

Orange Democratic Movement (ODM) candidate Millicent Atieno Odhiambo has won the hotly contested Kondele ward by-election in Kisumu, the Independent Electoral and Boundaries Commission (IEBC) declared on Friday.

Ms Odhiambo garnered 6,412 votes against 4,187 for United Democratic Alliance (UDA) candidate Hussein Abdi Noor. Four other candidates shared the remaining 900 votes.

Returning officer Grace Chebet announced the results at Kisumu National Polytechnic shortly after 2am, saying turnout had been 38 percent of the 33,000 registered voters.

The seat fell vacant following the death of MCA Evans Otieno Ouma in a road accident in March.

"This victory belongs to the people of Kondele who came out in large numbers despite the rain," Ms Odhiambo told jubilant supporters. "I will not let them down."

Kisumu Governor Prof Jared Ong'wen, who campaigned for her, said the win showed that ODM remained "the party of choice" in the lakeside city.

Mr Noor, however, rejected the results, claiming that his agents had been locked out of three polling stations in Manyatta.

"We shall be moving to court. What happened at Manyatta Primary School was daylight robbery," he said.

But IEBC officials said the exercise had been free and fair, and that all agents had been accredited in good time.

The Elections Observation Group (Elog) said in a preliminary statement that it had recorded isolated cases of voter bribery but nothing that would affect the outcome.

Police said 14 people were arrested on Thursday evening after supporters of the rival camps clashed near Kondele roundabout. Kisumu Central police commander Peter Mwangi told the Nation that calm had since returned to the area.

In Nairobi, UDA officials said they would support Mr Noor's petition and accused the county government of using public resources during the campaign.""", [
        Q("Orange Democratic Movement (ODM) candidate Millicent Atieno Odhiambo has won the hotly contested Kondele "
          "ward by-election in Kisumu", "indirect", "the Independent Electoral and Boundaries Commission",
          "Independent Electoral and Boundaries Commission"),
        Q("turnout had been 38 percent of the 33,000 registered voters", "indirect", "Grace Chebet", "Grace Chebet"),
        Q('"This victory belongs to the people of Kondele who came out in large numbers despite the rain,"', "direct",
          "Odhiambo", "Millicent Atieno Odhiambo", speaker_at="Odhiambo told"),
        Q('"I will not let them down."', "direct", "Odhiambo", "Millicent Atieno Odhiambo",
          speaker_at="Odhiambo told"),
        Q('"the party of choice"', "partial", "Jared Ong'wen", "Jared Ong'wen"),
        Q("his agents had been locked out of three polling stations in Manyatta", "indirect", "Noor",
          "Hussein Abdi Noor", speaker_at="Mr Noor, however"),
        Q('"We shall be moving to court. What happened at Manyatta Primary School was daylight robbery,"', "direct",
          "he", "Hussein Abdi Noor", speaker_at="he said"),
        Q("the exercise had been free and fair, and that all agents had been accredited in good time", "indirect",
          "IEBC officials", None),
        Q("it had recorded isolated cases of voter bribery but nothing that would affect the outcome", "indirect",
          "The Elections Observation Group", "Elections Observation Group"),
        Q("14 people were arrested on Thursday evening after supporters of the rival camps clashed near Kondele "
          "roundabout", "indirect", "Police", None),
        Q("calm had since returned to the area", "indirect", "Peter Mwangi", "Peter Mwangi"),
        Q("they would support Mr Noor's petition", "indirect", "UDA officials", None),
    ], source="blind"),
    Case("blind12-graphic-floods", """Two dead, hundreds displaced as floods hit Accra

Two people have died and hundreds have been displaced after a heavy downpour on Tuesday night flooded several parts of Accra, the National Disaster Management Organisation (NADMO) has said.

The worst-affected areas include Kaneshie, Alajo, Adabraka and communities along the Odaw River, where some residents were forced to climb onto rooftops as water levels rose.

The Greater Accra Regional Director of NADMO, Mr Seth Kwabena Owusu-Ansah, told the Daily Graphic that one of the victims, a 60-year-old woman, was swept away while trying to cross a drain at Alajo. The body of the second victim, a young man, was retrieved at Kaneshie on Wednesday morning.

"Our teams have been working through the night to evacuate people from low-lying areas. We are appealing to residents to move to higher ground whenever it rains heavily," he said.

The Assembly Member for the Alajo Electoral Area, Alhaji Abdul-Rahman Tanko, said the situation was avoidable.

"Every year we go through this, and every year they promise to dredge the Odaw. Nothing happens," Alhaji Tanko said.

Residents who spoke to the Daily Graphic said indiscriminate dumping of refuse into drains had worsened the situation.

A trader at the Kaneshie Market, Madam Akosua Frimpomaa, said she lost goods worth GH¢15,000 when water entered her shop. "Everything is gone. My rice, my oil, everything. I don't know where to start from," she lamented.

The Minister for Works and Housing, Dr Yaw Osei-Bonsu, who toured some of the affected areas on Wednesday, described the situation as "unacceptable" and said the government had secured funding for the next phase of dredging works on the Odaw.

"We cannot continue to count bodies every rainy season," the minister said.

The Ghana Meteorological Agency (GMet) has warned that more thunderstorms are expected across the southern sector of the country over the next three days.""", [
        Q("Two people have died and hundreds have been displaced after a heavy downpour on Tuesday night flooded "
          "several parts of Accra", "indirect", "the National Disaster Management Organisation",
          "National Disaster Management Organisation"),
        Q("one of the victims, a 60-year-old woman, was swept away while trying to cross a drain at Alajo",
          "indirect", "Seth Kwabena Owusu-Ansah", "Seth Kwabena Owusu-Ansah"),
        Q('"Our teams have been working through the night to evacuate people from low-lying areas. We are appealing '
          'to residents to move to higher ground whenever it rains heavily,"', "direct", "he",
          "Seth Kwabena Owusu-Ansah", speaker_at="he said"),
        Q("the situation was avoidable", "indirect", "Abdul-Rahman Tanko", "Abdul-Rahman Tanko"),
        Q('"Every year we go through this, and every year they promise to dredge the Odaw. Nothing happens,"',
          "direct", "Tanko", "Abdul-Rahman Tanko", speaker_at="Alhaji Tanko said"),
        Q("indiscriminate dumping of refuse into drains had worsened the situation", "indirect", "Residents", None),
        Q("she lost goods worth GH¢15,000 when water entered her shop", "indirect", "Akosua Frimpomaa",
          "Akosua Frimpomaa"),
        Q('"Everything is gone. My rice, my oil, everything. I don\'t know where to start from,"', "direct", "she",
          "Akosua Frimpomaa", speaker_at="she lamented"),
        Q('"unacceptable"', "partial", "Yaw Osei-Bonsu", "Yaw Osei-Bonsu"),
        Q("the government had secured funding for the next phase of dredging works on the Odaw", "indirect",
          "Yaw Osei-Bonsu", "Yaw Osei-Bonsu"),
        Q('"We cannot continue to count bodies every rainy season,"', "direct", "the minister", "Yaw Osei-Bonsu"),
        Q("more thunderstorms are expected across the southern sector of the country over the next three days",
          "indirect", "The Ghana Meteorological Agency", "Ghana Meteorological Agency"),
    ], source="blind"),
    Case("blind12-guardianng-bank", """Crestbridge Bank’s half-year profit jumps 61% as lender plans 1,200 job cuts

Crestbridge Bank Plc has reported a profit before tax of N412.6 billion for the half year ended June 30, 2024, up 61 per cent from N256.1 billion in the corresponding period of 2023, the lender said in its unaudited results filed with the Nigerian Exchange Limited (NGX) on Tuesday.

Gross earnings rose 74 per cent to N1.3 trillion, while total deposits crossed the N10 trillion mark for the first time.

Analysts said the growth was driven largely by foreign exchange revaluation gains following the devaluation of the naira.

But the bank also announced plans to cut about 1,200 jobs, roughly 11 per cent of its workforce, as it moves more of its operations to digital channels and closes 45 branches across the country.

Managing Director/Chief Executive Officer, Dr Adaeze Nwosu-Okafor, said: “The results reflect the resilience of our franchise in a very challenging macroeconomic environment. We remain focused on creating long-term value for our shareholders.”

On the job cuts, she told analysts on an earnings call that the decision was “painful but necessary”, adding that affected staff would receive “generous” severance packages and access to retraining.

But the National Union of Banks, Insurance and Financial Institution Employees (NUBIFIE) vowed to resist the move.

“We will not fold our arms while a bank that made over N400 billion in six months throws 1,200 Nigerians into the labour market,” the union’s president, Comrade Olusegun Adebayo-Bello, said in Lagos.

He described the planned layoffs as “corporate greed at its worst” and called on the Central Bank of Nigeria (CBN) to intervene.

In a separate statement, the bank’s chairman, Chief Babatunde Okonjo-Ige, said the board had approved an interim dividend of N1.20 per share, up from 80 kobo last year.

Head of research at Meristem Securities, Mr Ifeanyi Eze-Williams, told The Guardian that investors should look beyond the headline figure.

“Strip out the FX gains and the core banking business grew at a much more modest pace,” he said. “The real question is what happens to earnings when the naira stabilises.”

The bank’s shares closed 4.3 per cent higher at N38.50 on the NGX on Wednesday.""", [
        Q("Crestbridge Bank Plc has reported a profit before tax of N412.6 billion for the half year ended June 30, "
          "2024, up 61 per cent from N256.1 billion in the corresponding period of 2023", "indirect", "the lender",
          "Crestbridge Bank Plc"),
        Q("the growth was driven largely by foreign exchange revaluation gains following the devaluation of the naira",
          "indirect", "Analysts", None),
        Q("“The results reflect the resilience of our franchise in a very challenging macroeconomic environment. We "
          "remain focused on creating long-term value for our shareholders.”", "direct", "Adaeze Nwosu-Okafor",
          "Adaeze Nwosu-Okafor"),
        Q("“painful but necessary”", "partial", "she", "Adaeze Nwosu-Okafor", speaker_at="she told analysts"),
        Q("“generous”", "partial", "she", "Adaeze Nwosu-Okafor", speaker_at="she told analysts"),
        Q("“We will not fold our arms while a bank that made over N400 billion in six months throws 1,200 Nigerians "
          "into the labour market,”", "direct", "Olusegun Adebayo-Bello", "Olusegun Adebayo-Bello"),
        Q("“corporate greed at its worst”", "partial", "He", "Olusegun Adebayo-Bello", speaker_at="He described"),
        Q("the board had approved an interim dividend of N1.20 per share, up from 80 kobo last year", "indirect",
          "Babatunde Okonjo-Ige", "Babatunde Okonjo-Ige"),
        Q("investors should look beyond the headline figure", "indirect", "Ifeanyi Eze-Williams",
          "Ifeanyi Eze-Williams"),
        Q("“Strip out the FX gains and the core banking business grew at a much more modest pace,”", "direct", "he",
          "Ifeanyi Eze-Williams", speaker_at="he said"),
        Q("“The real question is what happens to earnings when the naira stabilises.”", "direct", "he",
          "Ifeanyi Eze-Williams", speaker_at="he said"),
    ], source="blind"),
    Case("blind12-national-dhow", """Two sailors missing after cargo dhow sinks off Fujairah

Two crew members are missing and seven have been rescued after a cargo dhow sank off the coast of Fujairah in the early hours of Thursday, authorities said.

The wooden vessel, which was carrying construction materials and foodstuffs from Dubai to the Somali port of Berbera, began taking on water in rough seas about 11 nautical miles off Dibba.

The National Search and Rescue Centre said it received a distress call at 3.40am and immediately dispatched a helicopter and two coastguard boats.

“The sea was rough and visibility was poor. Our teams reached the site within 25 minutes and pulled seven men from the water,” Brig Gen Saeed Obaid Al Hamoudi, director of the marine rescue department at Fujairah Police, told The National.

He said the search for the two missing sailors, both Indian nationals, was continuing with the help of fishermen from Dibba and Khor Fakkan.

“We will not stop searching until we have exhausted every possibility,” he added.

The rescued crew members, from India and Pakistan, were taken to Fujairah Hospital, where an official said they were in a stable condition.

The dhow’s Dubai-based owner, Ibrahim Yusuf Patel, said the vessel had passed an inspection in March and had made the same voyage dozens of times.

“These men have worked for me for 15 years. They are like family,” Mr Patel said. “I am praying for good news.”

The National Centre of Meteorology had warned on Wednesday that waves could reach 2.5 metres in the Sea of Oman, with strong north-westerly winds, known locally as the “shamal”, expected to continue until Saturday.

Sheikh Abdullah bin Salem Al Dhanhani, chairman of the Fujairah Fishermen’s Association, said the ageing fleet of wooden dhows that still carries much of the region’s trade with East Africa was “increasingly vulnerable” during winter storms.

“Many of these boats are 30 or 40 years old. The captains are brave, but bravery is not enough when the weather turns,” he said.""", [
        Q("Two crew members are missing and seven have been rescued after a cargo dhow sank off the coast of Fujairah "
          "in the early hours of Thursday", "indirect", "authorities", None),
        Q("it received a distress call at 3.40am and immediately dispatched a helicopter and two coastguard boats",
          "indirect", "The National Search and Rescue Centre", "National Search and Rescue Centre"),
        Q("“The sea was rough and visibility was poor. Our teams reached the site within 25 minutes and pulled seven "
          "men from the water,”", "direct", "Saeed Obaid Al Hamoudi", "Saeed Obaid Al Hamoudi"),
        Q("the search for the two missing sailors, both Indian nationals, was continuing with the help of fishermen "
          "from Dibba and Khor Fakkan", "indirect", "He", "Saeed Obaid Al Hamoudi", speaker_at="He said the search"),
        Q("“We will not stop searching until we have exhausted every possibility,”", "direct", "he",
          "Saeed Obaid Al Hamoudi", speaker_at="he added"),
        Q("they were in a stable condition", "indirect", "an official", None),
        Q("the vessel had passed an inspection in March and had made the same voyage dozens of times", "indirect",
          "Ibrahim Yusuf Patel", "Ibrahim Yusuf Patel"),
        Q("“These men have worked for me for 15 years. They are like family,”", "direct", "Patel",
          "Ibrahim Yusuf Patel", speaker_at="Mr Patel said"),
        Q("“I am praying for good news.”", "direct", "Patel", "Ibrahim Yusuf Patel", speaker_at="Mr Patel said"),
        Q("waves could reach 2.5 metres in the Sea of Oman, with strong north-westerly winds, known locally as the "
          "“shamal”, expected to continue until Saturday", "indirect", "The National Centre of Meteorology",
          "National Centre of Meteorology"),
        Q("“increasingly vulnerable”", "partial", "Abdullah bin Salem Al Dhanhani", "Abdullah bin Salem Al Dhanhani"),
        Q("“Many of these boats are 30 or 40 years old. The captains are brave, but bravery is not enough when the "
          "weather turns,”", "direct", "he", "Abdullah bin Salem Al Dhanhani", speaker_at="he said"),
    ], source="blind"),
    Case("blind12-scmp-theatre", """Hong Kong Repertory Theatre to stage Cantonese adaptation of award-winning Tai O novel

The Hong Kong Repertory Theatre will stage a Cantonese adaptation of Chan Siu-ling's award-winning novel "Harbour of Salt" next spring, the company announced on Monday, marking the first time the book has been brought to the stage.

The production, directed by Fong Ka-wai, will run for 12 performances at the Sheung Wan Civic Centre in April.

"I read the book in one night and I couldn't sleep afterwards," said Fong, 46. "It is about a fishing family in Tai O, but really it is about all of us – what we hold on to and what we let go."

The novel follows three generations of a family living in one of the village's "pang uk", the stilt houses built over the tidal creeks, as the fishing trade collapses and the younger members leave for the city.

Chan, 71, who published the book in 2019 after three decades as a secondary school Chinese teacher, said she had initially turned down the offer.

"I was afraid the stage would make it too loud. My book is a quiet book," she said. "But Ka-wai came to my flat four times. By the fourth time I felt rude saying no."

The novel won the Hong Kong Book Prize in 2020 and has since been translated into English and Japanese.

Veteran actress Vivian Tsang Hoi-yan, who will play the family's grandmother, said she had spent weeks in Tai O learning to mend fishing nets from elderly residents.

"My fingers are still terrible at it," Tsang said, laughing. "The aunties there were very patient with me."

A spokesman for the Hong Kong Arts Development Council said the project had received a grant of HK$1.2 million under a scheme to support the adaptation of local literature for the stage.

The company said English and Chinese surtitles would be provided at all performances. Tickets go on sale through Urbtix next month.""", [
        Q('The Hong Kong Repertory Theatre will stage a Cantonese adaptation of Chan Siu-ling\'s award-winning novel '
          '"Harbour of Salt" next spring', "indirect", "the company", "Hong Kong Repertory Theatre",
          speaker_at="the company announced"),
        Q('"I read the book in one night and I couldn\'t sleep afterwards,"', "direct", "Fong", "Fong Ka-wai",
          speaker_at="said Fong"),
        Q('"It is about a fishing family in Tai O, but really it is about all of us – what we hold on to and what we '
          'let go."', "direct", "Fong", "Fong Ka-wai", speaker_at="said Fong"),
        Q("she had initially turned down the offer", "indirect", "Chan", "Chan Siu-ling", speaker_at="Chan, 71,"),
        Q('"I was afraid the stage would make it too loud. My book is a quiet book,"', "direct", "she",
          "Chan Siu-ling", speaker_at="she said"),
        Q('"But Ka-wai came to my flat four times. By the fourth time I felt rude saying no."', "direct", "she",
          "Chan Siu-ling", speaker_at="she said"),
        Q("she had spent weeks in Tai O learning to mend fishing nets from elderly residents", "indirect",
          "Vivian Tsang Hoi-yan", "Vivian Tsang Hoi-yan"),
        Q('"My fingers are still terrible at it,"', "direct", "Tsang", "Vivian Tsang Hoi-yan",
          speaker_at="Tsang said"),
        Q('"The aunties there were very patient with me."', "direct", "Tsang", "Vivian Tsang Hoi-yan",
          speaker_at="Tsang said"),
        Q("the project had received a grant of HK$1.2 million under a scheme to support the adaptation of local "
          "literature for the stage", "indirect", "A spokesman for the Hong Kong Arts Development Council", None),
        Q("English and Chinese surtitles would be provided at all performances", "indirect", "The company",
          "Hong Kong Repertory Theatre"),
    ], source="blind"),
    Case("blind12-straitstimes-athletics", """Athletics: Nur Aqilah lowers 100m national record at Asian Grand Prix

SINGAPORE – Sprinter Nur Aqilah binte Hamzah lowered her own national 100m record on Saturday, clocking 11.38 seconds to finish second at the Asian Athletics Grand Prix at the National Stadium.

The 24-year-old shaved 0.04sec off the mark she set at the SEA Games in May, finishing behind China’s Liang Xiaoyu, who won in 11.29sec.

“I didn’t even look at the clock when I crossed the line. My coach was the one screaming,” said Nur Aqilah, who took up the sport at Tanjong Katong Girls’ School.

Her coach, Spaniard Luis Fernando de la Cruz, said she had been “knocking on the door” for months and had finally put together a clean race.

“Her start has always been world class. What we worked on this year was the last 30 metres, staying relaxed when everyone around her tightens up,” said de la Cruz, who has coached in Singapore since 2021.

Liang, 22, said through an interpreter that she was pleased with the win but had felt tired after a long season.

In the men’s 100m, Malaysia’s Muhammad Haziq bin Azman won in 10.21sec, with Indonesia’s Sutrisno third in 10.34sec.

“The track was fast tonight, but I started badly,” said Sutrisno, who like many Indonesians uses only one name.

Malaysia Athletics president Datuk Razali Mohd Noor said Haziq was “right on track” for next year’s Asian Championships.

“He is only 20 and he is already running these times in November. We are very excited,” Razali told The Straits Times.

Singapore Athletics said in a statement that about 3,500 spectators attended the meet, the first Grand Prix held in Singapore since 2019.

Its president, Dr Tan Boon Huat, said the association hoped to make the event an annual fixture on the regional calendar.""", [
        Q("“I didn’t even look at the clock when I crossed the line. My coach was the one screaming,”", "direct",
          "Nur Aqilah", "Nur Aqilah binte Hamzah", speaker_at="said Nur Aqilah"),
        Q("“knocking on the door”", "partial", "Luis Fernando de la Cruz", "Luis Fernando de la Cruz"),
        Q("“Her start has always been world class. What we worked on this year was the last 30 metres, staying "
          "relaxed when everyone around her tightens up,”", "direct", "de la Cruz", "Luis Fernando de la Cruz",
          speaker_at="said de la Cruz"),
        Q("she was pleased with the win but had felt tired after a long season", "indirect", "Liang", "Liang Xiaoyu",
          speaker_at="Liang, 22,"),
        Q("“The track was fast tonight, but I started badly,”", "direct", "Sutrisno", "Sutrisno",
          speaker_at="said Sutrisno"),
        Q("“right on track”", "partial", "Razali Mohd Noor", "Razali Mohd Noor"),
        Q("“He is only 20 and he is already running these times in November. We are very excited,”", "direct",
          "Razali", "Razali Mohd Noor", speaker_at="Razali told"),
        Q("about 3,500 spectators attended the meet, the first Grand Prix held in Singapore since 2019", "indirect",
          "Singapore Athletics", "Singapore Athletics", speaker_at="Singapore Athletics said"),
        Q("the association hoped to make the event an annual fixture on the regional calendar", "indirect",
          "Tan Boon Huat", "Tan Boon Huat"),
    ], source="blind"),
    Case("blind12-hindu-marsh", """HC orders removal of encroachments from Pallikaranai marsh within 12 weeks

CHENNAI

The Madras High Court on Tuesday directed the Greater Chennai Corporation and the Revenue Department to remove all unauthorised constructions from the Pallikaranai marshland within 12 weeks, observing that the wetland could not be "sacrificed at the altar of development".

A Division Bench of Justices R. Meenakshi Sundaram and K. Abdul Rahman passed the order on a batch of public interest litigation petitions filed in 2021 by residents' welfare associations and environmental groups.

Writing for the Bench, Justice Meenakshi Sundaram said: "The marsh is not a vacant plot waiting to be filled. It is the city's sponge, and every monsoon reminds us what happens when we forget that."

Senior counsel S. Thirunavukkarasu, appearing for the petitioners, had argued that the Corporation granted building approvals on land classified as wetland in revenue records, and that the marsh had shrunk from about 5,500 hectares in the 1960s to less than 700 hectares today.

Additional Advocate-General Mohamed Ashraf Ali submitted that most of the structures had come up before the area was notified as a reserve forest in 2007 and that the occupants could not be evicted without being heard.

The judges, however, rejected the argument, holding that the date of construction made "no difference" to the ecological damage caused. They directed the Chief Secretary to file a compliance report by the end of March and asked the State government to consider rehabilitating families who had been living in the area for more than two decades.

"We are relieved, but the real test is implementation. We have seen orders like this before," said Arul Selvi Gnanasekaran of the Save Pallikaranai Forum, one of the petitioners.

A senior Corporation official said the civic body would study the order and take appropriate action.

At Thoraipakkam, where several housing colonies border the marsh, residents expressed anxiety over the ruling. "We bought this land with patta. Nobody told us it was a marsh," said K. Murugesan, 63, a retired bank employee.""", [
        Q('"sacrificed at the altar of development"', "partial", "The Madras High Court", "Madras High Court"),
        Q('"The marsh is not a vacant plot waiting to be filled. It is the city\'s sponge, and every monsoon reminds '
          'us what happens when we forget that."', "direct", "Meenakshi Sundaram", "R. Meenakshi Sundaram",
          speaker_at="Justice Meenakshi Sundaram said"),
        Q("the Corporation granted building approvals on land classified as wetland in revenue records, and that the "
          "marsh had shrunk from about 5,500 hectares in the 1960s to less than 700 hectares today", "indirect",
          "S. Thirunavukkarasu", "S. Thirunavukkarasu"),
        Q("most of the structures had come up before the area was notified as a reserve forest in 2007 and that the "
          "occupants could not be evicted without being heard", "indirect", "Mohamed Ashraf Ali",
          "Mohamed Ashraf Ali"),
        Q('"no difference"', "partial", "The judges", None),
        Q('"We are relieved, but the real test is implementation. We have seen orders like this before,"', "direct",
          "Arul Selvi Gnanasekaran", "Arul Selvi Gnanasekaran"),
        Q("the civic body would study the order and take appropriate action", "indirect",
          "A senior Corporation official", None),
        Q('"We bought this land with patta. Nobody told us it was a marsh,"', "direct", "K. Murugesan",
          "K. Murugesan"),
    ], source="blind"),
    Case("blind12-courier-hockey", """Board votes 4-3 to end varsity hockey after this season

PINE CITY — After more than two hours of public comment that stretched past 10 p.m., the Pine City School Board voted 4-3 Monday to eliminate the high school's varsity boys hockey program at the end of the current season.

The cut will save the district about $142,000 a year, according to budget documents presented at the meeting.

Superintendent Dr. Marcus DeLuca said the district faces a $1.9 million shortfall next year after enrollment fell for a fifth straight year.

"Nobody on this board got into this to cut programs for kids," DeLuca said. "But we have to balance the budget, and hockey costs us more per athlete than any other sport we offer, by a wide margin."

More than 150 people packed the high school commons, many of them wearing the Dragons' green and gold jerseys.

Senior goaltender Eli Thunder told the board that hockey was the reason he had stayed in school.

"My freshman year, I was failing three classes. Coach Nyquist sat me down and said, 'You don't play if you don't pass.' I haven't missed an assignment since," Thunder said.

Longtime coach Pete Nyquist, who has led the Dragons for 19 seasons, called the decision "heartbreaking" but said he understood the pressure the board was under.

Board member Rev. Samuel Okafor-Lindgren, pastor of First Lutheran Church, was among the three who voted no. "We keep telling these kids that this community has their back," he said, "and tonight we're telling them something different."

Board chair Linda Vang, who cast the deciding vote, said she had "agonized" over the decision for weeks.

"I have a daughter in the band and a son who wrestles. Every one of those programs is somebody's hockey," Vang said.

A group of parents has offered to raise money to keep the team going as a cooperative with neighboring Rush City. Jessica Halvorsen-Reyes, one of the organizers, told the Courier the group had already collected pledges of about $38,000.

"We're not done fighting," she said.

State Sen. Douglas Whitcomb, R-Pine City, who played on the team in the 1980s, wrote on Facebook that he was "disappointed." He said he would ask the Legislature whether a state grant could keep small-town programs alive.

The board will take up the rest of its budget cuts at its April 14 meeting.""", [
        Q("The cut will save the district about $142,000 a year", "indirect",
          "budget documents presented at the meeting", None),
        Q("the district faces a $1.9 million shortfall next year after enrollment fell for a fifth straight year",
          "indirect", "Marcus DeLuca", "Marcus DeLuca"),
        Q('"Nobody on this board got into this to cut programs for kids,"', "direct", "DeLuca", "Marcus DeLuca",
          speaker_at="kids,\" DeLuca said"),
        Q('"But we have to balance the budget, and hockey costs us more per athlete than any other sport we offer, by '
          'a wide margin."', "direct", "DeLuca", "Marcus DeLuca", speaker_at="kids,\" DeLuca said"),
        Q("hockey was the reason he had stayed in school", "indirect", "Eli Thunder", "Eli Thunder"),
        Q('"My freshman year, I was failing three classes. Coach Nyquist sat me down and said, \'You don\'t play if '
          'you don\'t pass.\' I haven\'t missed an assignment since,"', "direct", "Thunder", "Eli Thunder",
          speaker_at="Thunder said"),
        Q('"heartbreaking"', "partial", "Pete Nyquist", "Pete Nyquist"),
        Q("he understood the pressure the board was under", "indirect", "Pete Nyquist", "Pete Nyquist"),
        Q('"We keep telling these kids that this community has their back,"', "direct", "he",
          "Samuel Okafor-Lindgren", speaker_at="he said,"),
        Q('"and tonight we\'re telling them something different."', "direct", "he", "Samuel Okafor-Lindgren",
          speaker_at="he said,"),
        Q('"agonized"', "partial", "Linda Vang", "Linda Vang"),
        Q('"I have a daughter in the band and a son who wrestles. Every one of those programs is somebody\'s hockey,"',
          "direct", "Vang", "Linda Vang", speaker_at="Vang said"),
        Q("the group had already collected pledges of about $38,000", "indirect", "Jessica Halvorsen-Reyes",
          "Jessica Halvorsen-Reyes"),
        Q('"We\'re not done fighting,"', "direct", "she", "Jessica Halvorsen-Reyes", speaker_at="she said"),
        Q('"disappointed."', "partial", "Douglas Whitcomb", "Douglas Whitcomb"),
        Q("he would ask the Legislature whether a state grant could keep small-town programs alive", "indirect", "He",
          "Douglas Whitcomb", speaker_at="He said he would"),
    ], source="blind"),
]
