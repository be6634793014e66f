"""Blind gold (set 50): short news articles written without sight of the pretagger.

Sixteen articles in the house styles of wire services and regional papers from
many countries (curly, straight and British single quotes), annotated with every
quote, its kind, the speaker mention and the speaker's canonical name.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    Case("blind50-reuters-birdflu", """Cambodia reports second bird flu death this year, urges caution with sick poultry

PHNOM PENH, Feb 14 (Reuters) - Cambodia said on Wednesday that a 9-year-old boy had died of H5N1 bird flu in the southern province of Takeo, the country's second human death from the virus this year, and urged villagers not to handle or eat sick poultry.

The boy developed a fever, cough and shortness of breath days after his family cooked chickens that had died in their yard, the Ministry of Health said in a statement.

“The risk of further human infection will remain as long as the virus keeps circulating in backyard flocks,” said Ly Sovann, director of the ministry's Communicable Disease Control Department.

Ly said rapid response teams had taken samples from 40 close contacts, including the boy's parents and two siblings, none of whom had so far shown symptoms. “We are not seeing person-to-person spread,” he told Reuters by telephone. “But we cannot be complacent.”

Cambodia has reported more than a dozen human H5N1 infections since early 2023, most of them linked to a strain that has circulated among poultry in the region for years, according to the World Health Organization.

The WHO's representative in Cambodia, Dr Maria Consuelo Ortiz de Zárate, said the agency was supporting the investigation, but she described the risk to the general public as “low”.

Veterinary teams have culled about 1,200 birds in the boy's village and the surrounding area, provincial agriculture director Chea Sokhom said.

Some villagers have been reluctant to give up birds that account for a large part of their income.

“If we kill all the chickens, what do we eat? What do we sell at the market?” said Srey Mom, 52, a rice farmer who keeps about 30 hens.

The ministry said owners would be compensated for culled birds, though officials did not say how much.

H5N1 has drawn global attention since it spread to dairy cattle in the United States in 2024, raising fears that it could adapt to spread more easily among mammals. Scientists say the strain circulating in Cambodia is different from the one found in U.S. cattle.

(Reporting by Sok Dara in Phnom Penh; Additional reporting by Anna Mahler in London; Editing by Tom Hogue)""", [
        Q("that a 9-year-old boy had died of H5N1 bird flu in the southern province of Takeo, the country's second "
          "human death from the virus this year", "indirect", "Cambodia", None, speaker_at="Cambodia said"),
        Q("The boy developed a fever, cough and shortness of breath days after his family cooked chickens that had "
          "died in their yard", "indirect", "the Ministry of Health", "Ministry of Health"),
        Q("“The risk of further human infection will remain as long as the virus keeps circulating in backyard "
          "flocks,”", "direct", "Ly Sovann", "Ly Sovann"),
        Q("rapid response teams had taken samples from 40 close contacts, including the boy's parents and two "
          "siblings, none of whom had so far shown symptoms", "indirect", "Ly", "Ly Sovann", speaker_at="Ly said"),
        Q("“We are not seeing person-to-person spread,”", "direct", "he", "Ly Sovann", speaker_at="he told Reuters"),
        Q("“But we cannot be complacent.”", "direct", "he", "Ly Sovann", speaker_at="he told Reuters"),
        Q("Cambodia has reported more than a dozen human H5N1 infections since early 2023, most of them linked to a "
          "strain that has circulated among poultry in the region for years", "indirect",
          "the World Health Organization", "World Health Organization"),
        Q("the agency was supporting the investigation", "indirect", "Maria Consuelo Ortiz de Zárate",
          "Maria Consuelo Ortiz de Zárate"),
        Q("“low”", "partial", "she", "Maria Consuelo Ortiz de Zárate", speaker_at="she described"),
        Q("Veterinary teams have culled about 1,200 birds in the boy's village and the surrounding area", "indirect",
          "Chea Sokhom", "Chea Sokhom"),
        Q("“If we kill all the chickens, what do we eat? What do we sell at the market?”", "direct", "Srey Mom",
          "Srey Mom"),
        Q("owners would be compensated for culled birds", "indirect", "The ministry", "Ministry of Health"),
        Q("the strain circulating in Cambodia is different from the one found in U.S. cattle", "indirect",
          "Scientists", None),
    ]),
    Case("blind50-pti-rail", """Six killed, over 40 injured as express train derails in Odisha's Jajpur

Bhubaneswar, Jun 4 (PTI) Six passengers were killed and over 40 others injured when nine coaches of the Puri-Howrah Mahanadi Express derailed near Jajpur Keonjhar Road station in Odisha in the early hours of Tuesday, officials said.

The accident took place around 3.40 am when the train was crossing a bridge over a canal, East Coast Railway (ECoR) chief public relations officer Ashok Kumar Mohapatra said.

Three of the derailed coaches were general compartments which were overcrowded because of the wedding season, he said, adding that the rescue operation was likely to continue till evening.

"We heard a loud screeching sound and then our coach turned on its side. People were falling on top of each other and children were crying," said Ramesh Behera, a daily wage labourer travelling to Kolkata who suffered a fracture in his left arm.

Jajpur Collector Dr Ananya Das told reporters that 28 of the injured had been shifted to SCB Medical College and Hospital in Cuttack, where the condition of four was stated to be critical.

"Teams of ODRAF, fire services and the NDRF are at the site. Gas cutters are being used to pull out passengers still trapped inside two coaches," she said.

Revenue and Disaster Management Minister Pramila Sethi, who visited the spot, announced an ex gratia of Rs 4 lakh each to the next of kin of the deceased and said the state government would bear the treatment expenses of the injured.

In New Delhi, a senior Railway Board official said the Commissioner of Railway Safety (CRS), South Eastern Circle, has been asked to conduct a statutory inquiry into the accident.

"Preliminary inputs suggest a rail fracture could be the cause, but it is too early to conclude anything," the official, who did not wish to be named, told PTI.

Opposition BJD leader Sarat Chandra Routray termed the accident "a result of criminal negligence" and alleged that repeated warnings about the condition of tracks in the region had been ignored by the railways.

Helpline numbers have been opened at Bhubaneswar, Cuttack, Balasore and Howrah stations, the ECoR said in a statement.

According to a railway release, 11 trains have been diverted, four cancelled and two short-terminated following the accident.

Restoration work on the damaged track is under way and services on the route are expected to resume by Wednesday morning, Mohapatra said. PTI AAM RBT""", [
        Q("Six passengers were killed and over 40 others injured when nine coaches of the Puri-Howrah Mahanadi "
          "Express derailed near Jajpur Keonjhar Road station in Odisha in the early hours of Tuesday", "indirect",
          "officials", None),
        Q("The accident took place around 3.40 am when the train was crossing a bridge over a canal", "indirect",
          "Ashok Kumar Mohapatra", "Ashok Kumar Mohapatra"),
        Q("Three of the derailed coaches were general compartments which were overcrowded because of the wedding "
          "season", "indirect", "he", "Ashok Kumar Mohapatra", speaker_at="wedding season, he said"),
        Q("that the rescue operation was likely to continue till evening", "indirect", "he", "Ashok Kumar Mohapatra",
          speaker_at="wedding season, he said"),
        Q("\"We heard a loud screeching sound and then our coach turned on its side. People were falling on top of "
          "each other and children were crying,\"", "direct", "Ramesh Behera", "Ramesh Behera"),
        Q("that 28 of the injured had been shifted to SCB Medical College and Hospital in Cuttack, where the "
          "condition of four was stated to be critical", "indirect", "Ananya Das", "Ananya Das"),
        Q("\"Teams of ODRAF, fire services and the NDRF are at the site. Gas cutters are being used to pull out "
          "passengers still trapped inside two coaches,\"", "direct", "she", "Ananya Das", speaker_at="she said"),
        Q("the state government would bear the treatment expenses of the injured", "indirect", "Pramila Sethi",
          "Pramila Sethi"),
        Q("the Commissioner of Railway Safety (CRS), South Eastern Circle, has been asked to conduct a statutory "
          "inquiry into the accident", "indirect", "a senior Railway Board official", None),
        Q("\"Preliminary inputs suggest a rail fracture could be the cause, but it is too early to conclude "
          "anything,\"", "direct", "the official", None),
        Q("\"a result of criminal negligence\"", "partial", "Sarat Chandra Routray", "Sarat Chandra Routray"),
        Q("that repeated warnings about the condition of tracks in the region had been ignored by the railways",
          "indirect", "Sarat Chandra Routray", "Sarat Chandra Routray"),
        Q("Helpline numbers have been opened at Bhubaneswar, Cuttack, Balasore and Howrah stations", "indirect",
          "the ECoR", "East Coast Railway"),
        Q("11 trains have been diverted, four cancelled and two short-terminated following the accident", "indirect",
          "a railway release", None),
        Q("Restoration work on the damaged track is under way and services on the route are expected to resume by "
          "Wednesday morning", "indirect", "Mohapatra", "Ashok Kumar Mohapatra",
          speaker_at="morning, Mohapatra said"),
    ]),
    Case("blind50-westernmail-windfarm", """Campaigners vow to fight on after Cambrian Mountains wind farm gets green light

Campaigners have vowed to challenge the Welsh Government's decision to approve a 22-turbine wind farm in the Cambrian Mountains, calling it 'an act of vandalism' against one of Wales' last wild landscapes.

Mynydd Gwyn Energy, a joint venture between a Swedish developer and a community energy co-operative, says the scheme near Llanidloes will produce enough electricity to power around 90,000 homes.

The decision, announced on Tuesday by Cabinet Secretary for Climate Change Huw ap Iorwerth, overturns a planning inspector's recommendation that permission be refused.

Mr ap Iorwerth said the project was of 'national significance' and that its benefits outweighed the harm to the landscape.

'We are in a climate emergency, and Wales simply cannot meet its targets without more onshore wind,' he said. 'I have not taken this decision lightly.'

But Cllr Gwenllian Price-Morgan, who represents Llanidloes on Powys County Council, said residents felt 'completely ignored' by Cardiff Bay.

'Every community council in the area objected. The inspector agreed with us. And still the Government has said yes,' she told the Western Mail.

'People here aren't against renewable energy - far from it. They just want a say in where it goes and who benefits.'

The Campaign for the Protection of Rural Wales (CPRW) said it was taking legal advice on a possible judicial review.

Its director, Dr Rhodri Llewelyn-Bowen, said: 'The inspector's report could not have been clearer. Ministers have simply chosen to ignore the evidence on peat, on birdlife and on tourism.'

Supporters of the scheme point to a community benefit fund worth £1.1m a year, to be shared between surrounding villages for the 35-year life of the wind farm.

Project director Marieke van der Berg said the turbine layout had been changed 'several times' in response to residents' concerns and that the company would continue to talk to the community.

'We know not everyone will welcome this,' she said. 'But we want Llanidloes to see real, lasting benefit from the wind that blows over its hills.'

The site, which has become known locally as 'the Cambrian 22', lies within an area that campaigners want designated as a national park. The Welsh Government has said there are 'no current plans' for such a designation.""", [
        Q("'an act of vandalism'", "partial", "Campaigners", None, speaker_at="Campaigners have vowed"),
        Q("the scheme near Llanidloes will produce enough electricity to power around 90,000 homes", "indirect",
          "Mynydd Gwyn Energy", "Mynydd Gwyn Energy"),
        Q("'national significance'", "partial", "ap Iorwerth", "Huw ap Iorwerth", speaker_at="Mr ap Iorwerth said"),
        Q("that its benefits outweighed the harm to the landscape", "indirect", "ap Iorwerth", "Huw ap Iorwerth",
          speaker_at="Mr ap Iorwerth said"),
        Q("'We are in a climate emergency, and Wales simply cannot meet its targets without more onshore wind,'",
          "direct", "he", "Huw ap Iorwerth", speaker_at="he said. 'I have"),
        Q("'I have not taken this decision lightly.'", "direct", "he", "Huw ap Iorwerth",
          speaker_at="he said. 'I have"),
        Q("'completely ignored'", "partial", "Gwenllian Price-Morgan", "Gwenllian Price-Morgan"),
        Q("'Every community council in the area objected. The inspector agreed with us. And still the Government has "
          "said yes,'", "direct", "she", "Gwenllian Price-Morgan", speaker_at="she told the Western Mail"),
        Q("'People here aren't against renewable energy - far from it. They just want a say in where it goes and who "
          "benefits.'", "direct", "she", "Gwenllian Price-Morgan", speaker_at="she told the Western Mail"),
        Q("it was taking legal advice on a possible judicial review", "indirect",
          "The Campaign for the Protection of Rural Wales", "Campaign for the Protection of Rural Wales"),
        Q("'The inspector's report could not have been clearer. Ministers have simply chosen to ignore the evidence "
          "on peat, on birdlife and on tourism.'", "direct", "Rhodri Llewelyn-Bowen", "Rhodri Llewelyn-Bowen"),
        Q("'several times'", "partial", "Marieke van der Berg", "Marieke van der Berg"),
        Q("that the company would continue to talk to the community", "indirect", "Marieke van der Berg",
          "Marieke van der Berg"),
        Q("'We know not everyone will welcome this,'", "direct", "she", "Marieke van der Berg",
          speaker_at="she said. 'But"),
        Q("'But we want Llanidloes to see real, lasting benefit from the wind that blows over its hills.'", "direct",
          "she", "Marieke van der Berg", speaker_at="she said. 'But"),
        Q("'no current plans'", "partial", "The Welsh Government", "Welsh Government",
          speaker_at="The Welsh Government has said"),
    ]),
    Case("blind50-pj-port", """Fishermen and harbour bosses at loggerheads over Peterhead landing dues

Fishing leaders have accused Peterhead Port Authority of ‘pricing boats out of the Blue Toon’ after it announced a 14% rise in landing dues.

The authority said the increase, which takes effect on April 1, was needed to help fund £9 million of repairs to the ageing south breakwater, known to generations of fishermen simply as ‘the Wall’.

But the North East Fishermen’s Association (Nefa) said the timing could not be worse for a fleet already struggling with high fuel prices and cuts to quotas.

‘Our members are dealing with record fuel costs, lower prices at the market and quota cuts,’ said Alistair Duthie-McKay, chief executive of Nefa. ‘This is the last thing they need.’

Mr Duthie-McKay said several skippers had told him they were considering landing their catches at Fraserburgh, or even in Norway, instead.

‘If the boats go elsewhere, the harbour loses far more than it will ever gain from this increase,’ he warned.

Port authority chief executive Lorna Ogilvie defended the rise. ‘Nobody likes paying more, and we don’t take these decisions lightly,’ she said.

‘But if we don’t invest in that breakwater now, there won’t be a harbour for anyone to land at in 20 years’ time.’

Mrs Ogilvie insisted Peterhead’s dues would remain ‘among the most competitive in northern Europe’, and said the authority had frozen charges for the previous two years.

Harbour master Captain Ewan Strachan said more than 30 vessels had landed at the port last week, the busiest week since the autumn.

Peterhead North and Rattray councillor Morag Buchan-Reid urged both sides to sit down together.

She told the Press and Journal: ‘The harbour and the fleet need each other. Falling out in public like this helps nobody, least of all the crews.’

A Scottish Government spokesman said ministers were aware of the concerns but that charges at trust ports were a matter for their boards.

Nefa is due to meet the port authority’s board next Thursday.""", [
        Q("‘pricing boats out of the Blue Toon’", "partial", "Fishing leaders", None),
        Q("the increase, which takes effect on April 1, was needed to help fund £9 million of repairs to the ageing "
          "south breakwater", "indirect", "The authority", "Peterhead Port Authority"),
        Q("the timing could not be worse for a fleet already struggling with high fuel prices and cuts to quotas",
          "indirect", "the North East Fishermen’s Association", "North East Fishermen’s Association"),
        Q("‘Our members are dealing with record fuel costs, lower prices at the market and quota cuts,’", "direct",
          "Alistair Duthie-McKay", "Alistair Duthie-McKay"),
        Q("‘This is the last thing they need.’", "direct", "Alistair Duthie-McKay", "Alistair Duthie-McKay"),
        Q("several skippers had told him they were considering landing their catches at Fraserburgh, or even in "
          "Norway, instead", "indirect", "Duthie-McKay", "Alistair Duthie-McKay",
          speaker_at="Mr Duthie-McKay said"),
        Q("‘If the boats go elsewhere, the harbour loses far more than it will ever gain from this increase,’",
          "direct", "he", "Alistair Duthie-McKay", speaker_at="he warned"),
        Q("‘Nobody likes paying more, and we don’t take these decisions lightly,’", "direct", "she", "Lorna Ogilvie",
          speaker_at="she said"),
        Q("‘But if we don’t invest in that breakwater now, there won’t be a harbour for anyone to land at in 20 "
          "years’ time.’", "direct", "she", "Lorna Ogilvie", speaker_at="she said"),
        Q("‘among the most competitive in northern Europe’", "partial", "Ogilvie", "Lorna Ogilvie",
          speaker_at="Mrs Ogilvie insisted"),
        Q("the authority had frozen charges for the previous two years", "indirect", "Ogilvie", "Lorna Ogilvie",
          speaker_at="Mrs Ogilvie insisted"),
        Q("more than 30 vessels had landed at the port last week, the busiest week since the autumn", "indirect",
          "Ewan Strachan", "Ewan Strachan"),
        Q("‘The harbour and the fleet need each other. Falling out in public like this helps nobody, least of all "
          "the crews.’", "direct", "She", "Morag Buchan-Reid", speaker_at="She told the Press and Journal"),
        Q("ministers were aware of the concerns but that charges at trust ports were a matter for their boards",
          "indirect", "A Scottish Government spokesman", None),
    ]),
    Case("blind50-examiner-gaelic", """Kerry hold their nerve to edge Cork in Munster thriller

Kerry 1-15 Cork 0-16

Micheál Ó Conchúir admitted Kerry were “nowhere near our best” after his side survived a late Cork onslaught to reach a ninth successive Munster football final in front of a packed Fitzgerald Stadium yesterday.

Rónán Fitzgerald-Moynihan’s first-half goal proved decisive, although it took a superb late block from corner-back Seán Óg Ó Súilleabháin to deny Cork substitute Cian Ó Laoghaire an equaliser deep in added time.

“We didn’t play well for long stretches, but this group finds a way,” Ó Conchúir said afterwards. “That’s championship football. You don’t get marks for style in June.”

The Kerry manager said he expected Ó Súilleabháin, who limped off with a hamstring strain after that block, to be available for the final.

Cork boss Declan Mac Cárthaigh insisted his side had deserved at least a draw and questioned the square-ball decision that ruled out Ó Laoghaire’s goal on 58 minutes.

“I’ve looked at it three times on the phone and I still can’t see it,” he said.

“I’m not going to blame the referee,” he added, “but the lads are entitled to feel hard done by. They emptied themselves out there.”

Fitzgerald-Moynihan, named man of the match, described the atmosphere in Killarney as “electric” and said the squad had used last spring’s league relegation as motivation.

“People wrote us off after the league and maybe that suited us,” the Dr Crokes clubman said.

It was the first Munster championship meeting between the counties under the new playing rules, and both teams struggled at times to make use of the so-called “two-point arc”, with only three two-pointers scored all afternoon.

The Gaelic Athletic Association said last night that its Central Competitions Control Committee would review footage of a second-half melee involving several players from both teams.

Kerry will face Clare or Tipperary in the final on June 9.

Scorers for Kerry: R Fitzgerald-Moynihan (1-3), P Ó Sé (0-5, 3f), D Moran-Kissane (0-3), T Ó Conaill (0-2), S Ó Súilleabháin, C Geaney (0-1 each).

Scorers for Cork: B Ó Dálaigh (0-7, 5f), C Ó Laoghaire (0-4), M Hegarty-Walsh (0-3), E McSweeney (0-2).""", [
        Q("“nowhere near our best”", "partial", "Micheál Ó Conchúir", "Micheál Ó Conchúir"),
        Q("“We didn’t play well for long stretches, but this group finds a way,”", "direct", "Ó Conchúir",
          "Micheál Ó Conchúir", speaker_at="Ó Conchúir said afterwards"),
        Q("“That’s championship football. You don’t get marks for style in June.”", "direct", "Ó Conchúir",
          "Micheál Ó Conchúir", speaker_at="Ó Conchúir said afterwards"),
        Q("he expected Ó Súilleabháin, who limped off with a hamstring strain after that block, to be available for "
          "the final", "indirect", "The Kerry manager", "Micheál Ó Conchúir"),
        Q("his side had deserved at least a draw", "indirect", "Declan Mac Cárthaigh", "Declan Mac Cárthaigh"),
        Q("“I’ve looked at it three times on the phone and I still can’t see it,”", "direct", "he",
          "Declan Mac Cárthaigh", speaker_at="he said."),
        Q("“I’m not going to blame the referee,”", "direct", "he", "Declan Mac Cárthaigh", speaker_at="he added"),
        Q("“but the lads are entitled to feel hard done by. They emptied themselves out there.”", "direct", "he",
          "Declan Mac Cárthaigh", speaker_at="he added"),
        Q("“electric”", "partial", "Fitzgerald-Moynihan", "Rónán Fitzgerald-Moynihan",
          speaker_at="Fitzgerald-Moynihan, named"),
        Q("the squad had used last spring’s league relegation as motivation", "indirect", "Fitzgerald-Moynihan",
          "Rónán Fitzgerald-Moynihan", speaker_at="Fitzgerald-Moynihan, named"),
        Q("“People wrote us off after the league and maybe that suited us,”", "direct", "the Dr Crokes clubman",
          "Rónán Fitzgerald-Moynihan"),
        Q("that its Central Competitions Control Committee would review footage of a second-half melee involving "
          "several players from both teams", "indirect", "The Gaelic Athletic Association",
          "Gaelic Athletic Association"),
    ]),
    Case("blind50-cairns-cyclone", """Far North braces for Cyclone Lenny as residents race to prepare

Far North residents have been told to finish their cyclone preparations by tonight, with Tropical Cyclone Lenny expected to cross the coast between Cooktown and Cairns as a severe category 3 system late on Saturday.

The Bureau of Meteorology said the cyclone was intensifying over warm waters in the Coral Sea and could bring destructive wind gusts of up to 200km/h near its core.

"This is a very dangerous system, and people between Cape Tribulation and Innisfail need to be finishing their preparations today, not tomorrow," bureau senior meteorologist Shenae Tran said.

Ms Tran said rainfall totals of up to 400mm in 24 hours could cause flash flooding well after Lenny had crossed the coast, and warned residents not to fixate on the line through the middle of the forecast track map, known as the "cone of uncertainty".

"The impacts will be felt a long way from the centre," she said.

Cairns Mayor Graham Tyrrell said the council's local disaster management group had met on Friday morning and that evacuation centres at the Cairns Showgrounds and Smithfield State High School would open at noon on Saturday.

"If you live in a storm tide zone and you have somewhere safer to go, go there now," Cr Tyrrell said. "Don't wait for a knock on the door."

More than 4000 sandbags had been handed out at council depots by midday Friday, according to Cairns Regional Council.

At the Smithfield depot, the queue of utes and trailers stretched back onto the Captain Cook Highway.

"We went through Jasper, so we know what it can do," said Trinity Beach resident Loretta Bani, who was filling bags with her two teenage sons. "Last time the water came up to the second step. This time I'm not taking any chances."

Ergon Energy spokesman Pete Lorimer-Jones said more than 300 crews were on standby across the region but warned that it would not be safe to begin restoring power until the winds had eased.

Police also had a blunt message for motorists.

"We say it every wet season and every wet season we end up pulling people out of their cars: if it's flooded, forget it," Acting Chief Superintendent Kev Goodall said.

Supermarkets in Cairns reported a run on bottled water, batteries and tinned food, and several service stations on the northern beaches had run out of unleaded fuel by Friday afternoon.

Schools from Mossman to Babinda will be closed on Monday, the Department of Education confirmed.""", [
        Q("the cyclone was intensifying over warm waters in the Coral Sea and could bring destructive wind gusts of "
          "up to 200km/h near its core", "indirect", "The Bureau of Meteorology", "Bureau of Meteorology"),
        Q("\"This is a very dangerous system, and people between Cape Tribulation and Innisfail need to be finishing "
          "their preparations today, not tomorrow,\"", "direct", "Shenae Tran", "Shenae Tran"),
        Q("rainfall totals of up to 400mm in 24 hours could cause flash flooding well after Lenny had crossed the "
          "coast", "indirect", "Tran", "Shenae Tran", speaker_at="Ms Tran said"),
        Q("\"The impacts will be felt a long way from the centre,\"", "direct", "she", "Shenae Tran",
          speaker_at="she said"),
        Q("the council's local disaster management group had met on Friday morning and that evacuation centres at "
          "the Cairns Showgrounds and Smithfield State High School would open at noon on Saturday", "indirect",
          "Graham Tyrrell", "Graham Tyrrell"),
        Q("\"If you live in a storm tide zone and you have somewhere safer to go, go there now,\"", "direct",
          "Tyrrell", "Graham Tyrrell", speaker_at="Cr Tyrrell said"),
        Q("\"Don't wait for a knock on the door.\"", "direct", "Tyrrell", "Graham Tyrrell",
          speaker_at="Cr Tyrrell said"),
        Q("More than 4000 sandbags had been handed out at council depots by midday Friday", "indirect",
          "Cairns Regional Council", "Cairns Regional Council"),
        Q("\"We went through Jasper, so we know what it can do,\"", "direct", "Loretta Bani", "Loretta Bani"),
        Q("\"Last time the water came up to the second step. This time I'm not taking any chances.\"", "direct",
          "Loretta Bani", "Loretta Bani"),
        Q("more than 300 crews were on standby across the region", "indirect", "Pete Lorimer-Jones",
          "Pete Lorimer-Jones"),
        Q("that it would not be safe to begin restoring power until the winds had eased", "indirect",
          "Pete Lorimer-Jones", "Pete Lorimer-Jones"),
        Q("\"We say it every wet season and every wet season we end up pulling people out of their cars: if it's "
          "flooded, forget it,\"", "direct", "Kev Goodall", "Kev Goodall"),
        Q("Schools from Mossman to Babinda will be closed on Monday", "indirect", "the Department of Education",
          "Department of Education"),
    ]),
    Case("blind50-waikato-netball", """Magic hold off Pulse to keep play-off hopes alive

The Waikato Bay of Plenty Magic kept their ANZ Premiership play-off hopes alive with a gritty 56-52 win over the Central Pulse at Claudelands Arena on Sunday.

Shooter Grace Kara-Tūhoe was the difference, landing 41 goals from 44 attempts, while captain Asenaca Tuilagi-Vakalalabure marshalled the defence superbly in a tense final quarter.

Magic coach Riana Te Whata-Hōhaia said her side had finally produced “four quarters of netball” after a string of second-half fade-outs this season.

“We’ve talked all week about finishing,” Te Whata-Hōhaia said. “When the Pulse came at us in the last ten minutes, nobody panicked. That’s growth.”

The Magic converted 92 per cent of their shots, their best return of the season, according to Netball New Zealand.

Kara-Tūhoe, who grew up in Ngāruawāhia and played her first netball on the Kirikiriroa courts, told the Waikato Times that playing in front of her whānau had made the win special.

“My nan was in the second row. I could hear her every time I scored,” she said, laughing.

Pulse coach Deb van Rooyen was left to rue a sloppy second quarter in which her side turned the ball over eleven times.

“You can’t give a team like the Magic that many gifts,” van Rooyen said. “We’ll be looking hard at that second quarter this week.”

Van Rooyen confirmed that defender Mele Fifita, who was helped from the court in the third quarter, would undergo scans on her knee on Monday.

Tuilagi-Vakalalabure rolled her ankle in the final minute but the Magic’s physio said afterwards it was “nothing too serious”.

Sunday’s match was the Magic’s annual “Pink Round”, raising money for breast cancer research, and a crowd of more than 3000 turned the stands into a sea of pink.

Club chief executive Hemi Walker-Ngata said the fixture had raised close to $40,000, the most in its history.

“Our members and sponsors have been incredible,” he said. “Every one of those dollars goes straight to whānau who need it.”

The win lifts the Magic to fourth on the table, two points clear of the Northern Mystics, who have a game in hand.

The Magic travel to Invercargill to face the Southern Steel next Saturday.""", [
        Q("“four quarters of netball”", "partial", "Riana Te Whata-Hōhaia", "Riana Te Whata-Hōhaia"),
        Q("“We’ve talked all week about finishing,”", "direct", "Te Whata-Hōhaia", "Riana Te Whata-Hōhaia",
          speaker_at="Te Whata-Hōhaia said. “When"),
        Q("“When the Pulse came at us in the last ten minutes, nobody panicked. That’s growth.”", "direct",
          "Te Whata-Hōhaia", "Riana Te Whata-Hōhaia", speaker_at="Te Whata-Hōhaia said. “When"),
        Q("The Magic converted 92 per cent of their shots, their best return of the season", "indirect",
          "Netball New Zealand", "Netball New Zealand"),
        Q("that playing in front of her whānau had made the win special", "indirect", "Kara-Tūhoe",
          "Grace Kara-Tūhoe", speaker_at="Kara-Tūhoe, who grew up"),
        Q("“My nan was in the second row. I could hear her every time I scored,”", "direct", "she",
          "Grace Kara-Tūhoe", speaker_at="she said, laughing"),
        Q("“You can’t give a team like the Magic that many gifts,”", "direct", "van Rooyen", "Deb van Rooyen",
          speaker_at="van Rooyen said"),
        Q("“We’ll be looking hard at that second quarter this week.”", "direct", "van Rooyen", "Deb van Rooyen",
          speaker_at="van Rooyen said"),
        Q("that defender Mele Fifita, who was helped from the court in the third quarter, would undergo scans on her "
          "knee on Monday", "indirect", "Van Rooyen", "Deb van Rooyen", speaker_at="Van Rooyen confirmed"),
        Q("“nothing too serious”", "partial", "the Magic’s physio", None),
        Q("the fixture had raised close to $40,000, the most in its history", "indirect", "Hemi Walker-Ngata",
          "Hemi Walker-Ngata"),
        Q("“Our members and sponsors have been incredible,”", "direct", "he", "Hemi Walker-Ngata",
          speaker_at="he said"),
        Q("“Every one of those dollars goes straight to whānau who need it.”", "direct", "he", "Hemi Walker-Ngata",
          speaker_at="he said"),
    ]),
    Case("blind50-freepress-boxer", """Rémi 'Kid' Beaulieu, St. Boniface's favourite fighter, dead at 78

Rémi "Kid" Beaulieu, the St. Boniface welterweight who fought for a world title in front of 9,000 people at the old Winnipeg Arena in 1976, has died. He was 78.

His family said he died peacefully Tuesday at St. Boniface Hospital after a long illness, surrounded by his wife, Thérèse, and their three children.

"Dad used to say he was the luckiest man in Winnipeg, because the North End and the French side both claimed him," his daughter, Dr. Josée Beaulieu-Sinclair, said Wednesday. "He never turned down a handshake or a photo. Not once."

Born in 1946 to a Métis family on Rue Aulneau, Beaulieu learned to box at the Champs Gym on Provencher Boulevard after a parish priest caught him fighting behind the church. He turned pro at 19 and won 38 of his 44 professional bouts, 27 by knockout.

His shot at the WBA title came against Panama's Ángel "Cholo" Espinoza on a frigid night in February 1976. Beaulieu lost a split decision that the Free Press's ringside columnist called "the worst verdict ever handed down in this city."

"I've watched that fight maybe a hundred times," Beaulieu told the Free Press in 2006. "I still think I won the fourth, the ninth and the 12th. But the judges didn't ask me."

Walt Hnatyshyn, who worked his corner for most of his career, said Beaulieu had the best left hook he ever saw from a Manitoba fighter.

"He wasn't the biggest puncher and he wasn't the fastest. But he'd walk through a wall for you," said Hnatyshyn, now 84. "After he retired, he came to the gym three mornings a week for thirty years and never took a dime.

"Half the kids in this city who ever laced up a glove learned the jab from Rémi."

Beaulieu was inducted into the Manitoba Sports Hall of Fame in 1994. The hall's president, Lorraine Ouellette-McKenzie, said in a statement that he had "opened doors for Métis and francophone athletes in this province at a time when too many of them were closed."

After hanging up his gloves in 1981, Beaulieu worked for 25 years as a city bus driver on the No. 10 route, where passengers regularly asked him to recount the Espinoza fight.

Espinoza, now 80 and living in Colón, was reached by telephone Wednesday. Through an interpreter, he said he was saddened by the news and remembered Beaulieu as "a gentleman outside the ring and a bull inside it."

A funeral mass will be held Saturday at 11 a.m. at St. Boniface Cathedral.""", [
        Q("he died peacefully Tuesday at St. Boniface Hospital after a long illness, surrounded by his wife, "
          "Thérèse, and their three children", "indirect", "His family", None),
        Q("\"Dad used to say he was the luckiest man in Winnipeg, because the North End and the French side both "
          "claimed him,\"", "direct", "Josée Beaulieu-Sinclair", "Josée Beaulieu-Sinclair"),
        Q("\"He never turned down a handshake or a photo. Not once.\"", "direct", "Josée Beaulieu-Sinclair",
          "Josée Beaulieu-Sinclair"),
        Q("\"the worst verdict ever handed down in this city.\"", "partial", "the Free Press's ringside columnist",
          None),
        Q("\"I've watched that fight maybe a hundred times,\"", "direct", "Beaulieu", "Rémi Beaulieu",
          speaker_at="Beaulieu told the Free Press"),
        Q("\"I still think I won the fourth, the ninth and the 12th. But the judges didn't ask me.\"", "direct",
          "Beaulieu", "Rémi Beaulieu", speaker_at="Beaulieu told the Free Press"),
        Q("Beaulieu had the best left hook he ever saw from a Manitoba fighter", "indirect", "Walt Hnatyshyn",
          "Walt Hnatyshyn"),
        Q("\"He wasn't the biggest puncher and he wasn't the fastest. But he'd walk through a wall for you,\"",
          "direct", "Hnatyshyn", "Walt Hnatyshyn", speaker_at="said Hnatyshyn"),
        Q("\"After he retired, he came to the gym three mornings a week for thirty years and never took a dime.",
          "direct", "Hnatyshyn", "Walt Hnatyshyn", speaker_at="said Hnatyshyn"),
        Q("\"Half the kids in this city who ever laced up a glove learned the jab from Rémi.\"", "direct",
          "Hnatyshyn", "Walt Hnatyshyn", speaker_at="said Hnatyshyn"),
        Q("\"opened doors for Métis and francophone athletes in this province at a time when too many of them were "
          "closed.\"", "partial", "Lorraine Ouellette-McKenzie", "Lorraine Ouellette-McKenzie"),
        Q("he was saddened by the news", "indirect", "he", "Ángel Espinoza", speaker_at="interpreter, he said"),
        Q("\"a gentleman outside the ring and a bull inside it.\"", "partial", "he", "Ángel Espinoza",
          speaker_at="interpreter, he said"),
    ]),
    Case("blind50-monitor-cholera", """Health ministry warns as cholera cases rise in Kasese, Ntoroko

The Ministry of Health has warned that a cholera outbreak along the Uganda-DR Congo border could spread to other districts unless residents stop drinking untreated water from rivers and lakes.

At least 47 cases and three deaths have been confirmed in Kasese and Ntoroko districts since the outbreak was declared on March 2, according to a situation report released by the ministry on Monday.

Speaking to Monitor on Tuesday, the ministry’s commissioner for public health emergencies, Dr Rosemary Achan Okello, said most of the patients were traders who cross daily between Mpondwe and Kasindi, and fishermen at landing sites on Lake George and Lake Albert.

“Many people use the panya routes, so we cannot screen everybody who crosses,” Dr Okello said.

She said surveillance teams had been deployed at the Mpondwe border post and that travellers were being screened for symptoms.

“We are not closing the border. That is not necessary. But we are asking everyone to wash hands with soap, boil drinking water and use latrines,” she added.

Kasese District Health Officer Dr Yusuf Baluku Masereka told this publication that the district had only two functional cholera treatment units and needed at least 20 more health workers.

“Our health workers are overwhelmed. Some of them have worked for three days without a break,” Dr Masereka said.

At Kahendero landing site, residents said the only borehole in the fishing village broke down in January and had not been repaired.

“We have no choice but to fetch from the lake. Who will buy us jerrycans of clean water every day?” asked Ms Jovia Kabugho, a fishmonger and mother of five.

Another resident, Mr Bwambale Kisembo, said two of his neighbours had been admitted at Bwera General Hospital last week.

The Kasese Resident District Commissioner, Lt Col (Rtd) Joseph Mugisha Tumwine, said all public gatherings at the landing sites, including weekly markets, had been suspended until further notice.

The World Health Organization said it had delivered cholera treatment kits and 20,000 sachets of oral rehydration salts to the two districts.

The Uganda Red Cross Society described the situation as “worrying but manageable” and said its volunteers were going door to door to distribute water purification tablets.

Cholera, an acute diarrhoeal infection caused by eating food or drinking water contaminated with the bacterium Vibrio cholerae, can kill within hours if untreated.

Uganda recorded more than 1,000 cases in 2019, most of them linked to refugees crossing from the DR Congo.""", [
        Q("that a cholera outbreak along the Uganda-DR Congo border could spread to other districts unless "
          "residents stop drinking untreated water from rivers and lakes", "indirect", "The Ministry of Health",
          "Ministry of Health"),
        Q("At least 47 cases and three deaths have been confirmed in Kasese and Ntoroko districts since the outbreak "
          "was declared on March 2", "indirect", "a situation report released by the ministry", None),
        Q("most of the patients were traders who cross daily between Mpondwe and Kasindi, and fishermen at landing "
          "sites on Lake George and Lake Albert", "indirect", "Rosemary Achan Okello", "Rosemary Achan Okello"),
        Q("“Many people use the panya routes, so we cannot screen everybody who crosses,”", "direct", "Okello",
          "Rosemary Achan Okello", speaker_at="Dr Okello said"),
        Q("surveillance teams had been deployed at the Mpondwe border post and that travellers were being screened "
          "for symptoms", "indirect", "She", "Rosemary Achan Okello", speaker_at="She said surveillance"),
        Q("“We are not closing the border. That is not necessary. But we are asking everyone to wash hands with "
          "soap, boil drinking water and use latrines,”", "direct", "she", "Rosemary Achan Okello",
          speaker_at="she added"),
        Q("that the district had only two functional cholera treatment units and needed at least 20 more health "
          "workers", "indirect", "Yusuf Baluku Masereka", "Yusuf Baluku Masereka"),
        Q("“Our health workers are overwhelmed. Some of them have worked for three days without a break,”", "direct",
          "Masereka", "Yusuf Baluku Masereka", speaker_at="Dr Masereka said"),
        Q("the only borehole in the fishing village broke down in January and had not been repaired", "indirect",
          "residents", None, speaker_at="residents said the only"),
        Q("“We have no choice but to fetch from the lake. Who will buy us jerrycans of clean water every day?”",
          "direct", "Jovia Kabugho", "Jovia Kabugho"),
        Q("two of his neighbours had been admitted at Bwera General Hospital last week", "indirect",
          "Bwambale Kisembo", "Bwambale Kisembo"),
        Q("all public gatherings at the landing sites, including weekly markets, had been suspended until further "
          "notice", "indirect", "Joseph Mugisha Tumwine", "Joseph Mugisha Tumwine"),
        Q("it had delivered cholera treatment kits and 20,000 sachets of oral rehydration salts to the two "
          "districts", "indirect", "The World Health Organization", "World Health Organization"),
        Q("“worrying but manageable”", "partial", "The Uganda Red Cross Society", "Uganda Red Cross Society"),
        Q("its volunteers were going door to door to distribute water purification tablets", "indirect",
          "The Uganda Red Cross Society", "Uganda Red Cross Society"),
    ]),
    Case("blind50-vanguard-primary", """APC primary: Adeyemi-Fashola picks Ogun Central ticket as rivals cry foul

ABEOKUTA — Senator Olabode Adeyemi-Fashola, on Saturday, emerged the candidate of the All Progressives Congress, APC, for the Ogun Central Senatorial District after a keenly contested primary at the MKO Abiola Stadium, Kuto.

Vanguard gathered that the exercise, initially slated for 10am, did not start until about 4pm because of a late arrival of accreditation materials from Abuja.

Declaring the result shortly before midnight, the chairman of the primary election committee, Alhaji Musa Danladi Kankara, said Adeyemi-Fashola polled 612 votes to defeat Chief (Mrs) Adunni Bakare-Ojo, who scored 288 votes, and Dr Femi Oyewole-Daniels, who got 97.

In his acceptance speech, Sen. Adeyemi-Fashola described the exercise as "free, fair and transparent" and extended an olive branch to his co-contestants.

"This victory is not mine alone. It belongs to every party member in Ogun Central who believes that our people deserve better representation in Abuja," he said.

"My doors are open. There is no victor and no vanquished. Let us go into the general election as one family."

But Bakare-Ojo rejected the outcome, alleging that the list of delegates was "doctored" in at least four local government areas.

Speaking with Vanguard after the announcement, she said: "What happened today was not a primary. It was a coronation. We have evidence, and we are going to the party's appeal committee and, if need be, to court."

Her campaign spokesman, Comrade Tunde Akinwale, claimed that more than 100 of her supporters were denied entry into the venue by thugs, while security men looked on.

Oyewole-Daniels, a medical doctor and first-time aspirant, said he accepted the result in good faith and would work for the party's victory.

Reacting, the state APC chairman, Chief Adewale Ogundimu, said the party would look into all petitions, but urged aggrieved aspirants to "embrace peace in the interest of the party."

"The APC is a family. Disagreements are normal, but they must be resolved within the party and not on the pages of newspapers," Ogundimu said.

Contacted, the state Police Public Relations Officer, SP Babatunde Olanrewaju-Adio, told Vanguard that the exercise was largely peaceful and that no arrest was made.

According to party sources, the national leadership of the APC is expected to constitute an appeal panel in the state before the end of the week.""", [
        Q("Adeyemi-Fashola polled 612 votes to defeat Chief (Mrs) Adunni Bakare-Ojo, who scored 288 votes, and Dr "
          "Femi Oyewole-Daniels, who got 97", "indirect", "Musa Danladi Kankara", "Musa Danladi Kankara"),
        Q("\"free, fair and transparent\"", "partial", "Adeyemi-Fashola", "Olabode Adeyemi-Fashola",
          speaker_at="Sen. Adeyemi-Fashola described"),
        Q("\"This victory is not mine alone. It belongs to every party member in Ogun Central who believes that our "
          "people deserve better representation in Abuja,\"", "direct", "he", "Olabode Adeyemi-Fashola",
          speaker_at="he said."),
        Q("\"My doors are open. There is no victor and no vanquished. Let us go into the general election as one "
          "family.\"", "direct", "he", "Olabode Adeyemi-Fashola", speaker_at="he said."),
        Q("\"doctored\"", "partial", "Bakare-Ojo", "Adunni Bakare-Ojo", speaker_at="But Bakare-Ojo rejected"),
        Q("\"What happened today was not a primary. It was a coronation. We have evidence, and we are going to the "
          "party's appeal committee and, if need be, to court.\"", "direct", "she", "Adunni Bakare-Ojo",
          speaker_at="she said:"),
        Q("that more than 100 of her supporters were denied entry into the venue by thugs, while security men looked "
          "on", "indirect", "Tunde Akinwale", "Tunde Akinwale"),
        Q("he accepted the result in good faith and would work for the party's victory", "indirect",
          "Oyewole-Daniels", "Femi Oyewole-Daniels", speaker_at="Oyewole-Daniels, a medical doctor"),
        Q("the party would look into all petitions", "indirect", "Adewale Ogundimu", "Adewale Ogundimu"),
        Q("\"embrace peace in the interest of the party.\"", "partial", "Adewale Ogundimu", "Adewale Ogundimu"),
        Q("\"The APC is a family. Disagreements are normal, but they must be resolved within the party and not on the "
          "pages of newspapers,\"", "direct", "Ogundimu", "Adewale Ogundimu", speaker_at="Ogundimu said"),
        Q("that the exercise was largely peaceful and that no arrest was made", "indirect",
          "Babatunde Olanrewaju-Adio", "Babatunde Olanrewaju-Adio"),
        Q("the national leadership of the APC is expected to constitute an appeal panel in the state before the end "
          "of the week", "indirect", "party sources", None),
    ]),
    Case("blind50-sowetan-taxi", """Hitmen jailed for life over murder of Soweto taxi boss

Two men who shot dead a Soweto taxi association leader outside his home in Pimville in 2021 were yesterday sentenced to life imprisonment by the high court in Johannesburg.

Sipho “Ngwenya” Mthembu, 41, and Tshepo Radebe-Molefe, 35, were convicted last month of the murder of Mandla Khumalo, 56, who chaired a local taxi association that operated routes between Soweto and the Joburg CBD.

Judge Mokgadi Selepe-Mothiba said the killing had been “cold, calculated and carried out for money”.

“The deceased was shot nine times in front of his grandchildren. The accused have shown no remorse at any stage of this trial,” the judge said.

She said she had found no substantial and compelling circumstances that would justify a lesser sentence.

The state’s case relied heavily on the evidence of a former co-accused turned state witness, who told the court during the trial that Mthembu had been paid R80,000 by a rival taxi operator to carry out the hit.

National Prosecuting Authority (NPA) spokesperson Lwazi Ndlovu-Mabena welcomed the sentence.

“This sends a clear message that the courts will not tolerate the violence that has plagued the taxi industry for far too long,” she said.

Ndlovu-Mabena said police were still investigating who had ordered and paid for the killing, and that further arrests could not be ruled out.

Defence advocate Jacobus van Wyk said his clients maintained their innocence and would apply for leave to appeal against both conviction and sentence.

Outside court, Khumalo’s widow, Nomvula Khumalo, wept as she hugged relatives dressed in T-shirts bearing her husband’s face and the words “Justice for Bra Mandla”.

“Mandla was a peacemaker. He wanted the routes shared fairly, and they killed him for it,” she told Sowetan. “Today I can finally sleep.”

Her son, Lunga Khumalo, said the family had waited almost three years for the day.

“My children still ask why their grandfather is not coming home,” he said.

The South African National Taxi Council (Santaco) said in a statement that it hoped the sentence would bring closure to the family and would “send a warning to those who still think the gun is the answer to route disputes”.

According to police statistics, more than 200 people have been killed in taxi-related violence in Gauteng over the past three years.

The matter was postponed to next month for the leave to appeal application.""", [
        Q("“cold, calculated and carried out for money”", "partial", "Mokgadi Selepe-Mothiba",
          "Mokgadi Selepe-Mothiba"),
        Q("“The deceased was shot nine times in front of his grandchildren. The accused have shown no remorse at any "
          "stage of this trial,”", "direct", "the judge", "Mokgadi Selepe-Mothiba"),
        Q("she had found no substantial and compelling circumstances that would justify a lesser sentence",
          "indirect", "She", "Mokgadi Selepe-Mothiba", speaker_at="She said she"),
        Q("that Mthembu had been paid R80,000 by a rival taxi operator to carry out the hit", "indirect",
          "a former co-accused turned state witness", None),
        Q("“This sends a clear message that the courts will not tolerate the violence that has plagued the taxi "
          "industry for far too long,”", "direct", "she", "Lwazi Ndlovu-Mabena", speaker_at="she said"),
        Q("police were still investigating who had ordered and paid for the killing, and that further arrests could "
          "not be ruled out", "indirect", "Ndlovu-Mabena", "Lwazi Ndlovu-Mabena",
          speaker_at="Ndlovu-Mabena said police"),
        Q("his clients maintained their innocence and would apply for leave to appeal against both conviction and "
          "sentence", "indirect", "Jacobus van Wyk", "Jacobus van Wyk"),
        Q("“Mandla was a peacemaker. He wanted the routes shared fairly, and they killed him for it,”", "direct",
          "she", "Nomvula Khumalo", speaker_at="she told Sowetan"),
        Q("“Today I can finally sleep.”", "direct", "she", "Nomvula Khumalo", speaker_at="she told Sowetan"),
        Q("the family had waited almost three years for the day", "indirect", "Lunga Khumalo", "Lunga Khumalo"),
        Q("“My children still ask why their grandfather is not coming home,”", "direct", "he", "Lunga Khumalo",
          speaker_at="he said"),
        Q("that it hoped the sentence would bring closure to the family", "indirect",
          "The South African National Taxi Council", "South African National Taxi Council"),
        Q("“send a warning to those who still think the gun is the answer to route disputes”", "partial",
          "The South African National Taxi Council", "South African National Taxi Council"),
        Q("more than 200 people have been killed in taxi-related violence in Gauteng over the past three years",
          "indirect", "police statistics", None),
    ]),
    Case("blind50-timesofzambia-miners", """Chingola miners down tools over pay

MORE than 1,500 miners at Nchanga Deep Mining Limited (NDML) in Chingola yesterday downed tools, demanding a 25 per cent salary increment and the reinstatement of a housing allowance scrapped two years ago.

The underground workers gathered at the mine's main gate as early as 05:00 hours, singing solidarity songs and waving placards, some of which read "No money, no copper".

Mineworkers Union of Zambia (MUZ) president Mwila Chanda-Kapembwa said the union had not sanctioned the strike but understood the frustration of its members.

"Our members have gone for three years without a meaningful increment while copper prices are at record levels. Management cannot continue telling workers that there is no money," Mr Chanda-Kapembwa said in an interview.

He said negotiations, which had been going on since January, collapsed last Friday after the union rejected an offer of eight per cent. Management, he said, had simply "walked out of the meeting".

NDML human resources director Chileshe Mwansa-Banda said in a statement that the company had tabled what it considered a fair offer and described the work stoppage as "unprocedural".

"The company remains open to dialogue, but we urge all employees to return to work immediately as the action is costing the mine and the nation millions of kwacha every day," Mr Mwansa-Banda said.

One miner, who sought anonymity for fear of victimisation, said: "We go underground every day and risk our lives. All we are asking is to be paid what we deserve."

Another worker, Mr Lungu Chibwe, said many miners could no longer afford rentals in Chingola since the housing allowance was withdrawn.

Minister of Labour and Social Security Agness Phiri-Mulenga urged the miners to go back to work and said Government would convene a meeting with both parties in Lusaka on Monday.

"Government will not allow a situation where production is disrupted because the parties have failed to talk to each other. We will bring them to the table," Mrs Phiri-Mulenga said.

Copperbelt Police Commissioner Elias Hamoonga confirmed that the situation was calm and that officers had been deployed to guard the mine's plant and offices.

According to union officials, workers at two contractors supplying the mine are also planning to join the strike on Monday if their own grievances are not addressed.

Meanwhile, the National Union of Miners and Allied Workers (NUMAW), which represents some of the mine's surface staff, has distanced itself from the action, saying its members would remain at work.""", [
        Q("the union had not sanctioned the strike but understood the frustration of its members", "indirect",
          "Mwila Chanda-Kapembwa", "Mwila Chanda-Kapembwa"),
        Q("\"Our members have gone for three years without a meaningful increment while copper prices are at record "
          "levels. Management cannot continue telling workers that there is no money,\"", "direct",
          "Chanda-Kapembwa", "Mwila Chanda-Kapembwa", speaker_at="Mr Chanda-Kapembwa said"),
        Q("negotiations, which had been going on since January, collapsed last Friday after the union rejected an "
          "offer of eight per cent", "indirect", "He", "Mwila Chanda-Kapembwa", speaker_at="He said negotiations"),
        Q("\"walked out of the meeting\"", "partial", "he", "Mwila Chanda-Kapembwa",
          speaker_at="Management, he said"),
        Q("that the company had tabled what it considered a fair offer", "indirect", "Chileshe Mwansa-Banda",
          "Chileshe Mwansa-Banda"),
        Q("\"unprocedural\"", "partial", "Chileshe Mwansa-Banda", "Chileshe Mwansa-Banda"),
        Q("\"The company remains open to dialogue, but we urge all employees to return to work immediately as the "
          "action is costing the mine and the nation millions of kwacha every day,\"", "direct", "Mwansa-Banda",
          "Chileshe Mwansa-Banda", speaker_at="Mr Mwansa-Banda said"),
        Q("\"We go underground every day and risk our lives. All we are asking is to be paid what we deserve.\"",
          "direct", "One miner", None),
        Q("many miners could no longer afford rentals in Chingola since the housing allowance was withdrawn",
          "indirect", "Lungu Chibwe", "Lungu Chibwe"),
        Q("Government would convene a meeting with both parties in Lusaka on Monday", "indirect",
          "Agness Phiri-Mulenga", "Agness Phiri-Mulenga"),
        Q("\"Government will not allow a situation where production is disrupted because the parties have failed to "
          "talk to each other. We will bring them to the table,\"", "direct", "Phiri-Mulenga",
          "Agness Phiri-Mulenga", speaker_at="Mrs Phiri-Mulenga said"),
        Q("that the situation was calm and that officers had been deployed to guard the mine's plant and offices",
          "indirect", "Elias Hamoonga", "Elias Hamoonga"),
        Q("workers at two contractors supplying the mine are also planning to join the strike on Monday if their own "
          "grievances are not addressed", "indirect", "union officials", None),
        Q("its members would remain at work", "indirect", "the National Union of Miners and Allied Workers",
          "National Union of Miners and Allied Workers"),
    ]),
    Case("blind50-national-film", """Abu Dhabi film festival opens with a call for Arab stories told in Arab voices

ABU DHABI // The Gulf Screen Festival opened on Thursday night with the world premiere of a pearl-diving drama shot on the UAE’s east coast, and a promise from organisers to put young Emirati filmmakers at the centre of the region’s film industry.

Sheikha Noor bint Saeed Al Mualla, chairwoman of the festival’s board, said the event wanted to give local directors “a stage equal to any in the world”.

“For too long our stories were told by others. Tonight we are telling them ourselves, in our own voices,” Sheikha Noor told an audience of about 900 people at Manarat Al Saadiyat.

The opening film, “Salt of the Shore”, is the first feature by the Lebanese-Emirati director Nadine Abou-Khalil.

Abou-Khalil said the film, shot over 31 days in Kalba and Ras Al Khaimah, was inspired by her grandmother’s memories of life in a pearling family in the 1940s.

“My grandmother never saw a cinema in her life,” she told The National on the red carpet. “I kept thinking, what would she say if she could see her world up there on a screen this big?”

The Emirati actor Rashid bin Humaid Al Zaabi, who plays the family’s ageing patriarch, described the role as “the hardest and happiest job I have ever had”.

This year’s programme features 64 films from 29 countries, including 18 world premieres.

According to festival director Antoine de Saint-Rémy, more than 1,400 films were submitted this year, up from about 900 two years ago.

“The quality of submissions from the Gulf has grown enormously,” he said. “Five years ago, we had to search hard for Emirati features. This year we had to turn some away.”

A new competition strand, “Young Voices”, is open only to first- and second-time directors from the Arab world, with a prize of Dh200,000 for the winner.

Saudi producer Faisal Al Harbi, whose road movie is in the main competition, said the festival had become an important marketplace for Gulf films looking for international distribution.

“Five years ago, we would take our films to Cannes or Berlin and hope somebody noticed,” he said. “Now the buyers are coming to us.”

The Department of Culture and Tourism – Abu Dhabi, which organises the festival, said ticket sales for the 10-day event had already passed 22,000.

Alongside the screenings, an exhibition of hand-painted cinema posters from Cairo, Beirut and Kuwait City opened on Friday at Manarat Al Saadiyat’s main gallery. Its curator, Dr Huda Al Khatib, called the posters “the lost street art of the Arab world”.

The festival runs until November 24.""", [
        Q("“a stage equal to any in the world”", "partial", "Noor bint Saeed Al Mualla", "Noor bint Saeed Al Mualla"),
        Q("“For too long our stories were told by others. Tonight we are telling them ourselves, in our own "
          "voices,”", "direct", "Noor", "Noor bint Saeed Al Mualla", speaker_at="Sheikha Noor told"),
        Q("the film, shot over 31 days in Kalba and Ras Al Khaimah, was inspired by her grandmother’s memories of "
          "life in a pearling family in the 1940s", "indirect", "Abou-Khalil", "Nadine Abou-Khalil",
          speaker_at="Abou-Khalil said"),
        Q("“My grandmother never saw a cinema in her life,”", "direct", "she", "Nadine Abou-Khalil",
          speaker_at="she told The National"),
        Q("“I kept thinking, what would she say if she could see her world up there on a screen this big?”",
          "direct", "she", "Nadine Abou-Khalil", speaker_at="she told The National"),
        Q("“the hardest and happiest job I have ever had”", "partial", "Rashid bin Humaid Al Zaabi",
          "Rashid bin Humaid Al Zaabi"),
        Q("more than 1,400 films were submitted this year, up from about 900 two years ago", "indirect",
          "Antoine de Saint-Rémy", "Antoine de Saint-Rémy"),
        Q("“The quality of submissions from the Gulf has grown enormously,”", "direct", "he",
          "Antoine de Saint-Rémy", speaker_at="he said. “Five"),
        Q("“Five years ago, we had to search hard for Emirati features. This year we had to turn some away.”",
          "direct", "he", "Antoine de Saint-Rémy", speaker_at="he said. “Five"),
        Q("the festival had become an important marketplace for Gulf films looking for international distribution",
          "indirect", "Faisal Al Harbi", "Faisal Al Harbi"),
        Q("“Five years ago, we would take our films to Cannes or Berlin and hope somebody noticed,”", "direct", "he",
          "Faisal Al Harbi", speaker_at="he said. “Now"),
        Q("“Now the buyers are coming to us.”", "direct", "he", "Faisal Al Harbi", speaker_at="he said. “Now"),
        Q("ticket sales for the 10-day event had already passed 22,000", "indirect",
          "The Department of Culture and Tourism – Abu Dhabi", "Department of Culture and Tourism – Abu Dhabi"),
        Q("“the lost street art of the Arab world”", "partial", "Huda Al Khatib", "Huda Al Khatib"),
    ]),
    Case("blind50-nst-corruption", """Ex-land office director took RM2.4mil in bribes, court told

KUALA LUMPUR: A former district land administrator received more than RM2.4 million in bribes in exchange for approving land alienation applications, the prosecution told the Sessions Court here today.

Datuk Azman Mohd Yusof, 58, who headed the Kuala Selangor Land and District Office between 2016 and 2020, had claimed trial in March to 14 charges under the Malaysian Anti-Corruption Commission (MACC) Act 2009.

In her opening statement, deputy public prosecutor Nur Aisyah Kamarulzaman said the prosecution would call 32 witnesses and would show that the money was channelled through a company owned by the accused's brother-in-law.

"The prosecution will prove that the accused used his position to enrich himself and his family, at the expense of the public interest," she said.

The first witness, property developer Lim Kok Wah, 49, testified that he had handed cash in envelopes to the accused on at least six occasions, mostly at a restaurant in Shah Alam.

"He told me the file would 'move faster' if I took care of him. I understood what that meant," Lim said when examined by the DPP.

Lim told the court that the smallest payment was RM50,000 and the largest RM600,000, which he said was for the approval of a 12-hectare plot in Tanjung Karang.

Cross-examining the witness, Azman's counsel Harvinder Singh Gill put it to Lim that he had never given any money to his client.

"I put it to you that you are lying to this court to save yourself from being charged," Harvinder said.

"I disagree," Lim replied.

Harvinder also questioned why Lim had waited until 2021 to lodge a report with the MACC, to which the witness said he had been afraid of losing future projects in the district.

Judge Roslinah Abdul Jalil reminded Lim that he was under oath when he appeared to hesitate over the dates of two of the payments.

A second witness, former land office clerk Muhammad Hafiz bin Ahmad Tajuddin, 34, said files involving the developer's company were often taken directly to the director's room "without going through the usual channels".

Outside the court, Harvinder told reporters that his client was confident of clearing his name.

The MACC had said in a statement following Azman's arrest in 2021 that the case involved the alienation of more than 40 lots of state land in the district.

If convicted, Azman faces up to 20 years' jail and a fine of not less than five times the amount of the gratification, or RM10,000, whichever is higher.

The trial continues tomorrow.""", [
        Q("A former district land administrator received more than RM2.4 million in bribes in exchange for approving "
          "land alienation applications", "indirect", "the prosecution", None, speaker_at="the prosecution told"),
        Q("the prosecution would call 32 witnesses and would show that the money was channelled through a company "
          "owned by the accused's brother-in-law", "indirect", "Nur Aisyah Kamarulzaman", "Nur Aisyah Kamarulzaman"),
        Q("\"The prosecution will prove that the accused used his position to enrich himself and his family, at the "
          "expense of the public interest,\"", "direct", "she", "Nur Aisyah Kamarulzaman", speaker_at="she said"),
        Q("that he had handed cash in envelopes to the accused on at least six occasions, mostly at a restaurant in "
          "Shah Alam", "indirect", "Lim Kok Wah", "Lim Kok Wah"),
        Q("\"He told me the file would 'move faster' if I took care of him. I understood what that meant,\"", "direct",
          "Lim", "Lim Kok Wah", speaker_at="Lim said when"),
        Q("that the smallest payment was RM50,000 and the largest RM600,000, which he said was for the approval of a "
          "12-hectare plot in Tanjung Karang", "indirect", "Lim", "Lim Kok Wah", speaker_at="Lim told the court"),
        Q("that he had never given any money to his client", "indirect", "Harvinder Singh Gill",
          "Harvinder Singh Gill"),
        Q("\"I put it to you that you are lying to this court to save yourself from being charged,\"", "direct",
          "Harvinder", "Harvinder Singh Gill", speaker_at="Harvinder said"),
        Q("\"I disagree,\"", "direct", "Lim", "Lim Kok Wah", speaker_at="Lim replied"),
        Q("why Lim had waited until 2021 to lodge a report with the MACC", "indirect", "Harvinder",
          "Harvinder Singh Gill", speaker_at="Harvinder also questioned"),
        Q("he had been afraid of losing future projects in the district", "indirect", "the witness", "Lim Kok Wah",
          speaker_at="the witness said"),
        Q("that he was under oath", "indirect", "Roslinah Abdul Jalil", "Roslinah Abdul Jalil"),
        Q("\"without going through the usual channels\"", "partial", "Muhammad Hafiz bin Ahmad Tajuddin",
          "Muhammad Hafiz bin Ahmad Tajuddin"),
        Q("that his client was confident of clearing his name", "indirect", "Harvinder", "Harvinder Singh Gill",
          speaker_at="Harvinder told reporters"),
        Q("that the case involved the alienation of more than 40 lots of state land in the district", "indirect",
          "The MACC", "Malaysian Anti-Corruption Commission"),
    ]),
    Case("blind50-tribune-doctors", """YDA strike paralyses OPDs at Lahore's public hospitals

LAHORE: Outpatient departments (OPDs) at major public hospitals in the provincial capital remained closed for a third consecutive day on Wednesday as the Young Doctors Association (YDA) Punjab continued its strike against the government's plan to outsource the management of teaching hospitals.

Hundreds of patients who had travelled from neighbouring districts were turned away from Mayo Hospital, Services Hospital and Jinnah Hospital, where young doctors locked the OPD blocks and staged a sit-in outside the main gates.

YDA Punjab president Dr Arsalan Khan Durrani said the strike would continue "until the notification is withdrawn, not a day earlier".

"We are not against reforms. We are against handing over public hospitals to private parties who will charge the poor for what is their right," Dr Durrani told The Express Tribune.

He added that emergency departments remained functional and that no patient in critical condition had been turned away.

At Mayo Hospital, Bashiran Bibi, who had come from Okara with her husband, a heart patient, sat on the pavement clutching a file of old prescriptions.

"We came at six in the morning. Nobody is here. The guard says come back next week. Where will we go?" she said.

According to the hospital administration, around 9,000 patients visit Mayo Hospital's OPD on an average day.

Specialised Healthcare and Medical Education Secretary Nadia Saqib-ul-Haq told a press conference at the Civil Secretariat that no doctor would lose a job under the plan, which she said would "improve, not reduce" services for ordinary patients.

"Striking doctors are doing a disservice to the very patients they claim to protect. The doors for talks are open, but the government will not be blackmailed," she said.

She said show-cause notices had been issued to 47 postgraduate trainees for absence from duty.

A spokesperson for the department later said that senior consultants had been asked to run OPDs on a rotation basis from Thursday.

Meanwhile, Grand Health Alliance (GHA) chairman Prof Dr Tahir Mehmood Butt said nurses and paramedics would join the protest from Monday if the government did not hold talks with the doctors.

"This is no longer an issue of young doctors alone. The entire public health system of Punjab is at stake," Prof Butt said.

The Pakistan Medical Association (PMA) Lahore chapter also expressed solidarity with the striking doctors, calling the outsourcing policy "privatisation through the back door".

This is the second major strike by young doctors in Punjab this year. In February, OPDs remained closed for nine days over the issue of service structure.""", [
        Q("\"until the notification is withdrawn, not a day earlier\"", "partial", "Arsalan Khan Durrani",
          "Arsalan Khan Durrani"),
        Q("\"We are not against reforms. We are against handing over public hospitals to private parties who will "
          "charge the poor for what is their right,\"", "direct", "Durrani", "Arsalan Khan Durrani",
          speaker_at="Dr Durrani told"),
        Q("that emergency departments remained functional and that no patient in critical condition had been turned "
          "away", "indirect", "He", "Arsalan Khan Durrani", speaker_at="He added"),
        Q("\"We came at six in the morning. Nobody is here. The guard says come back next week. Where will we go?\"",
          "direct", "she", "Bashiran Bibi", speaker_at="go?\" she said"),
        Q("around 9,000 patients visit Mayo Hospital's OPD on an average day", "indirect",
          "the hospital administration", None),
        Q("that no doctor would lose a job under the plan", "indirect", "Nadia Saqib-ul-Haq", "Nadia Saqib-ul-Haq"),
        Q("\"improve, not reduce\"", "partial", "she", "Nadia Saqib-ul-Haq", speaker_at="which she said"),
        Q("\"Striking doctors are doing a disservice to the very patients they claim to protect. The doors for talks "
          "are open, but the government will not be blackmailed,\"", "direct", "she", "Nadia Saqib-ul-Haq",
          speaker_at="she said.\n\nShe"),
        Q("show-cause notices had been issued to 47 postgraduate trainees for absence from duty", "indirect", "She",
          "Nadia Saqib-ul-Haq", speaker_at="She said show-cause"),
        Q("that senior consultants had been asked to run OPDs on a rotation basis from Thursday", "indirect",
          "A spokesperson for the department", None),
        Q("nurses and paramedics would join the protest from Monday if the government did not hold talks with the "
          "doctors", "indirect", "Tahir Mehmood Butt", "Tahir Mehmood Butt"),
        Q("\"This is no longer an issue of young doctors alone. The entire public health system of Punjab is at "
          "stake,\"", "direct", "Butt", "Tahir Mehmood Butt", speaker_at="Prof Butt said"),
        Q("\"privatisation through the back door\"", "partial", "The Pakistan Medical Association",
          "Pakistan Medical Association"),
    ]),
    Case("blind50-midwest-bishop", """Bishop Thomas Van Hecke, champion of immigrant workers, dies at 91

CEDAR RAPIDS — Bishop Emeritus Thomas J. Van Hecke, who led the Catholic Diocese of Cedar Rapids for 17 years and became one of the Midwest's most outspoken voices for immigrant meatpacking workers, died Sunday. He was 91.

Van Hecke died peacefully at the Holy Family Residence for retired priests, surrounded by members of his family and several priests he had ordained, the diocese said in a statement.

"Bishop Tom, as everyone called him, never met a stranger," said Bishop Alejandro de la Garza-Ruiz, who succeeded him in 2009. "He would stop his car on a gravel road to talk to a farmer fixing a fence, and by the time he left he'd know the names of all the grandchildren."

De la Garza-Ruiz said Van Hecke had been "a shepherd who knew the smell of his sheep" long before the phrase became popular in Rome.

Born in 1933 to Belgian immigrant parents on a dairy farm near Victor, Van Hecke was ordained in 1959 and spent two decades as a parish priest in small towns across the eastern part of the state before being named bishop in 1992.

He drew national attention in 1998, when he called a proposed state law that would have required employers to check the immigration status of workers "a betrayal of who we are as a people." The bill died in committee.

The Rev. Ingrid Solberg-Haugen, a Lutheran pastor who worked with Van Hecke to resettle refugee families from Bosnia and Sudan in the 1990s, said he never cared which church the families attended.

"He used to say, 'Hungry people don't have denominations,'" she recalled. "He meant it."

State Sen. Marcus Lindqvist, D-Cedar Rapids, said Van Hecke's support for workers after a 2004 plant fire "made a lot of powerful people uncomfortable, and he never once apologized for it."

Not everyone agreed with him. A former diocesan official, who asked not to be named because he still works for the church, said some donors stopped giving during the years of Van Hecke's campaigns on labor issues.

Van Hecke is survived by a sister, Marie Van Hecke-Dunn, of Waterloo, and 14 nieces and nephews.

His nephew, Paul Van Hecke, of Des Moines, said his uncle spent his last weeks reading Flannery O'Connor and asking after the Hawkeyes' recruiting class.

"He was sharp to the end," Paul Van Hecke said. "The nurses learned fast not to argue with him about football."

Visitation will be from 4 to 7 p.m. Thursday at St. Wenceslaus Church. A funeral Mass will be celebrated at 10:30 a.m. Friday at St. Patrick's Cathedral, with burial to follow at Mount Calvary Cemetery.""", [
        Q("Van Hecke died peacefully at the Holy Family Residence for retired priests, surrounded by members of his "
          "family and several priests he had ordained", "indirect", "the diocese", "Catholic Diocese of Cedar Rapids",
          speaker_at="the diocese said"),
        Q("\"Bishop Tom, as everyone called him, never met a stranger,\"", "direct", "Alejandro de la Garza-Ruiz",
          "Alejandro de la Garza-Ruiz"),
        Q("\"He would stop his car on a gravel road to talk to a farmer fixing a fence, and by the time he left he'd "
          "know the names of all the grandchildren.\"", "direct", "Alejandro de la Garza-Ruiz",
          "Alejandro de la Garza-Ruiz"),
        Q("\"a shepherd who knew the smell of his sheep\"", "partial", "De la Garza-Ruiz",
          "Alejandro de la Garza-Ruiz"),
        Q("\"a betrayal of who we are as a people.\"", "partial", "he", "Thomas J. Van Hecke",
          speaker_at="when he called"),
        Q("he never cared which church the families attended", "indirect", "Ingrid Solberg-Haugen",
          "Ingrid Solberg-Haugen"),
        Q("\"He used to say, 'Hungry people don't have denominations,'\"", "direct", "she", "Ingrid Solberg-Haugen",
          speaker_at="she recalled"),
        Q("\"He meant it.\"", "direct", "she", "Ingrid Solberg-Haugen", speaker_at="she recalled"),
        Q("\"made a lot of powerful people uncomfortable, and he never once apologized for it.\"", "partial",
          "Marcus Lindqvist", "Marcus Lindqvist"),
        Q("some donors stopped giving during the years of Van Hecke's campaigns on labor issues", "indirect",
          "A former diocesan official", None),
        Q("his uncle spent his last weeks reading Flannery O'Connor and asking after the Hawkeyes' recruiting class",
          "indirect", "Paul Van Hecke", "Paul Van Hecke", speaker_at="Paul Van Hecke, of Des Moines"),
        Q("\"He was sharp to the end,\"", "direct", "Paul Van Hecke", "Paul Van Hecke",
          speaker_at="Paul Van Hecke said"),
        Q("\"The nurses learned fast not to argue with him about football.\"", "direct", "Paul Van Hecke",
          "Paul Van Hecke", speaker_at="Paul Van Hecke said"),
    ]),
]
