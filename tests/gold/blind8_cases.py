"""Blind gold, set 8: sixteen short news articles written blind to the pretagger.

Wire copy (AP, AFP) and local English-language copy from New Zealand,
Scotland, Pakistan, Ghana, Kenya, Malaysia, Japan, Brazil, Germany, Israel,
Jamaica and the American Midwest, in straight, curly and British single
quotation marks. Topics range over courts, elections, strikes, science,
football, weather disasters, councils, earnings, health, culture and
technology. Every quote is annotated; scare quotes, nicknames and titles in
marks are not. See build_gold.py for the case format.
"""

from __future__ import annotations

from gold_format import Case, Q

CASES = [
    # ------------------------------------------------------------------ AP, courts, straight double quotes
    Case("blind8-ap-groundwater", """Judge halts new wells in drying Arizona basin, siding with farmers and tribe

PHOENIX (AP) — A federal judge on Tuesday ordered Arizona to stop approving new groundwater wells in a rapidly drying rural basin, handing a victory to small farmers and a tribal community who argued the state had ignored its own water law.

U.S. District Judge Rosalind Ochoa-Whitfield wrote that state regulators had "failed to grapple with the evidence" showing the Willcox basin was being pumped far faster than rain and snowmelt could refill it. Her 41-page order bars new permits until the Arizona Department of Water Resources completes a fresh review.

Water levels in parts of the basin have dropped more than 200 feet since the 1950s, according to the Arizona Geological Survey.

"This is the first time in a decade that anyone has told the state to slow down," said Vernon Hoskie, a council member for the Aravaipa Valley Tribal Community, which joined the lawsuit last year. "Our springs are going dry. We have been saying so for years."

Lawyers for the state had argued that the basin lies outside Arizona's active management areas and that the department had no authority to reject wells meeting basic requirements.

Ochoa-Whitfield was unpersuaded. "The statute does not require the department to close its eyes," she wrote.

A department spokesperson, Melissa Dunham-Reyes, said the agency was reviewing the ruling and had not decided whether to appeal to the 9th U.S. Circuit Court of Appeals. The governor's office did not immediately respond to a request for comment.

Large dairies and nut orchards have moved into Cochise County over the past 15 years, drilling ever-deeper wells, and reaction to the ruling there was mixed.

"I've got neighbors whose wells went dry last summer, and I've got neighbors who just put in 40 acres of pistachios," said Lorraine Baca, who raises cattle near Kansas Settlement. "Both of them are going to call me tonight."

A trade group representing agricultural businesses in the county called the order "a blunt instrument" that would freeze investment in the region.

Hoskie said his community was prepared for a long fight.

"We're not going anywhere," he said. "We'll be in court as long as it takes.\"""", [
        Q("the state had ignored its own water law", "indirect", "small farmers and a tribal community", None),
        Q('"failed to grapple with the evidence"', "partial", "Rosalind Ochoa-Whitfield", "Rosalind Ochoa-Whitfield"),
        Q("Water levels in parts of the basin have dropped more than 200 feet since the 1950s", "indirect",
          "the Arizona Geological Survey", "Arizona Geological Survey"),
        Q('"This is the first time in a decade that anyone has told the state to slow down,"', "direct",
          "Vernon Hoskie", "Vernon Hoskie"),
        Q('"Our springs are going dry. We have been saying so for years."', "direct", "Vernon Hoskie", "Vernon Hoskie"),
        Q("the basin lies outside Arizona's active management areas and that the department had no authority to "
          "reject wells meeting basic requirements", "indirect", "Lawyers for the state", None),
        Q('"The statute does not require the department to close its eyes,"', "direct", "she",
          "Rosalind Ochoa-Whitfield", speaker_at="she wrote"),
        Q("the agency was reviewing the ruling and had not decided whether to appeal to the 9th U.S. Circuit Court "
          "of Appeals", "indirect", "Melissa Dunham-Reyes", "Melissa Dunham-Reyes"),
        Q('"I\'ve got neighbors whose wells went dry last summer, and I\'ve got neighbors who just put in 40 acres of '
          'pistachios,"', "direct", "Lorraine Baca", "Lorraine Baca"),
        Q('"Both of them are going to call me tonight."', "direct", "Lorraine Baca", "Lorraine Baca"),
        Q('"a blunt instrument"', "partial", "A trade group representing agricultural businesses in the county", None),
        Q("his community was prepared for a long fight", "indirect", "Hoskie", "Vernon Hoskie",
          speaker_at="Hoskie said"),
        Q('"We\'re not going anywhere,"', "direct", "he", "Vernon Hoskie", speaker_at="he said"),
        Q('"We\'ll be in court as long as it takes."', "direct", "he", "Vernon Hoskie", speaker_at="he said"),
    ], source="blind"),

    # ------------------------------------------------------------------ AP, science/technology, straight double
    Case("blind8-ap-lander", """Private moon lander goes silent moments before touchdown

CAPE CANAVERAL, Fla. (AP) — A private lunar lander built by a Houston startup went silent minutes before its planned touchdown near the moon's south pole on Thursday, the company said, dashing hopes for the first U.S. commercial landing in that rugged region.

Flight controllers lost the signal from the Bluebonnet lander at an altitude of roughly 2 miles (3 kilometers), during the stretch of the descent that engineers at Lonestar Lunar Systems call "the long fall."

"We don't have a signal, and at this point we have to assume we did not land softly," Lonestar chief executive Priya Venkataraman told reporters in Houston. "I am incredibly proud of this team. I'm also gutted."

The company said engineers would spend weeks combing through the data. Early readings point to a problem with the lander's laser rangefinder, according to flight director Tomás de la Fuente, who said the spacecraft appeared to be "a little lower and a little faster than it thought it was."

NASA paid $118 million to fly six science instruments on the mission, part of a program that buys rides to the moon from private companies rather than building its own landers.

"Space is hard, and the moon is harder," NASA associate administrator Evelyn Marsh-Whitaker said in a statement. "These are high-risk missions by design, and we learn from every one of them."

She said the agency remained committed to the program and would fly the lost instruments again on a future mission.

Among the payloads was a small camera built by students at Texas A&M University.

"We watched the numbers freeze," said Marisol Quiñones-Ruiz, a 21-year-old aerospace engineering student who helped build it. "Then everybody just sat down on the floor."

Lonestar's shares fell 34% in after-hours trading. "Investors knew going in that this was close to a coin flip," said Sam Whitcombe, an analyst at Harbor Ridge Securities. He said the company appeared to have enough cash for a second attempt.

Only a handful of countries have landed spacecraft softly on the moon, and the south polar region, where ice is believed to be trapped in permanently shadowed craters, has proven especially difficult.

Venkataraman said a second lander was already being assembled at the company's plant near Ellington Field.

"We will go back," she said.""", [
        Q("A private lunar lander built by a Houston startup went silent minutes before its planned touchdown near the "
          "moon's south pole on Thursday", "indirect", "the company", "Lonestar Lunar Systems",
          speaker_at="the company said, dashing"),
        Q('"We don\'t have a signal, and at this point we have to assume we did not land softly,"', "direct",
          "Priya Venkataraman", "Priya Venkataraman"),
        Q('"I am incredibly proud of this team. I\'m also gutted."', "direct", "Priya Venkataraman",
          "Priya Venkataraman"),
        Q("engineers would spend weeks combing through the data", "indirect", "The company", "Lonestar Lunar Systems",
          speaker_at="The company said engineers"),
        Q("Early readings point to a problem with the lander's laser rangefinder", "indirect", "Tomás de la Fuente",
          "Tomás de la Fuente"),
        Q('"a little lower and a little faster than it thought it was."', "partial", "Tomás de la Fuente",
          "Tomás de la Fuente"),
        Q('"Space is hard, and the moon is harder,"', "direct", "Evelyn Marsh-Whitaker", "Evelyn Marsh-Whitaker"),
        Q('"These are high-risk missions by design, and we learn from every one of them."', "direct",
          "Evelyn Marsh-Whitaker", "Evelyn Marsh-Whitaker"),
        Q("the agency remained committed to the program and would fly the lost instruments again on a future mission",
          "indirect", "She", "Evelyn Marsh-Whitaker", speaker_at="She said the agency"),
        Q('"We watched the numbers freeze,"', "direct", "Marisol Quiñones-Ruiz", "Marisol Quiñones-Ruiz"),
        Q('"Then everybody just sat down on the floor."', "direct", "Marisol Quiñones-Ruiz", "Marisol Quiñones-Ruiz"),
        Q('"Investors knew going in that this was close to a coin flip,"', "direct", "Sam Whitcombe", "Sam Whitcombe"),
        Q("the company appeared to have enough cash for a second attempt", "indirect", "He", "Sam Whitcombe",
          speaker_at="He said the company"),
        Q("a second lander was already being assembled at the company's plant near Ellington Field", "indirect",
          "Venkataraman", "Priya Venkataraman", speaker_at="Venkataraman said a second"),
        Q('"We will go back,"', "direct", "she", "Priya Venkataraman", speaker_at="she said"),
    ], source="blind"),

    # ------------------------------------------------------------------ AFP, culture, curly double
    Case("blind8-afp-museum", """Qatar opens museum of Islamic science in cultural push

Doha (AFP) – Qatar on Saturday opened a sprawling museum devoted to the scientific heritage of the Islamic world, the latest in a string of cultural projects the Gulf emirate hopes will keep visitors coming long after it hosted the 2022 football World Cup.

The Dar al-Ilm museum on the Doha waterfront holds some 4,000 objects, from ninth-century astrolabes to Ottoman surgical kits, according to its organisers.

“We wanted people to walk out understanding that science has always been a conversation between civilisations,” the museum’s director, Sheikha Hind bint Jassim Al Attiyah, told AFP during a preview tour.

“Nobody owns it,” she said. “Baghdad learned from Athens, and Europe learned from Baghdad.”

The building, a stack of pale stone rings meant to recall an armillary sphere, was designed by Brazilian architect Rafael de Souza Mendonça, who said he had spent “two years just looking at instruments” before drawing a single line.

Among the highlights is a 12th-century Andalusian treatise on optics, on loan from a private library in Fez. Chief curator Youssef El-Amrani said the manuscript had never before been shown outside North Africa.

“Every page has notes in the margins from three or four different centuries,” El-Amrani said. “It is a record of people arguing with each other, which is what science is.”

The opening exhibition, “Stars and Scholars”, traces how astronomical tables compiled in Samarkand and Cairo found their way into European observatories.

Qatar has spent billions of dollars on museums, galleries and public art over the past two decades. Rights groups say the emirate uses such projects to soften its image abroad while migrant workers who built much of its infrastructure still face abuses.

Asked about the criticism, Al Attiyah said the museum “belongs to everyone who walks through the door”, including the workers who helped build it.

Entry will be free for Qatari citizens and residents, a spokesperson for Qatar Museums said.

Among the first visitors was Maria Luisa dela Cruz-Santos, a Filipino nurse who has lived in Doha for nine years.

“I came for one hour and I have been here for four,” she told AFP, standing in front of a reconstructed water clock. “My son wants to be an engineer. I am bringing him next weekend.”""", [
        Q("The Dar al-Ilm museum on the Doha waterfront holds some 4,000 objects, from ninth-century astrolabes to "
          "Ottoman surgical kits", "indirect", "its organisers", None),
        Q("“We wanted people to walk out understanding that science has always been a conversation between "
          "civilisations,”", "direct", "Hind bint Jassim Al Attiyah", "Hind bint Jassim Al Attiyah"),
        Q("“Nobody owns it,”", "direct", "she", "Hind bint Jassim Al Attiyah", speaker_at="she said"),
        Q("“Baghdad learned from Athens, and Europe learned from Baghdad.”", "direct", "she",
          "Hind bint Jassim Al Attiyah", speaker_at="she said"),
        Q("“two years just looking at instruments”", "partial", "Rafael de Souza Mendonça",
          "Rafael de Souza Mendonça"),
        Q("the manuscript had never before been shown outside North Africa", "indirect", "Youssef El-Amrani",
          "Youssef El-Amrani"),
        Q("“Every page has notes in the margins from three or four different centuries,”", "direct", "El-Amrani",
          "Youssef El-Amrani", speaker_at="El-Amrani said."),
        Q("“It is a record of people arguing with each other, which is what science is.”", "direct", "El-Amrani",
          "Youssef El-Amrani", speaker_at="El-Amrani said."),
        Q("the emirate uses such projects to soften its image abroad while migrant workers who built much of its "
          "infrastructure still face abuses", "indirect", "Rights groups", None),
        Q("“belongs to everyone who walks through the door”", "partial", "Al Attiyah", "Hind bint Jassim Al Attiyah",
          speaker_at="Al Attiyah said"),
        Q("Entry will be free for Qatari citizens and residents", "indirect", "a spokesperson for Qatar Museums", None),
        Q("“I came for one hour and I have been here for four,”", "direct", "she", "Maria Luisa dela Cruz-Santos",
          speaker_at="she told AFP"),
        Q("“My son wants to be an engineer. I am bringing him next weekend.”", "direct", "she",
          "Maria Luisa dela Cruz-Santos", speaker_at="she told AFP"),
    ], source="blind"),

    # ------------------------------------------------------------------ AFP, courts, curly double
    Case("blind8-afp-wadden", """Dutch court scraps Wadden Sea gas permit over nature risks

The Hague (AFP) – The Netherlands’ highest administrative court on Wednesday annulled a permit for gas drilling beneath the Wadden Sea, ruling that the government had underestimated the risks to one of Europe’s most important wetlands.

The Council of State found that the environmental assessment behind the 2023 permit was “incomplete on essential points”.

“The court cannot conclude that lasting damage to the protected nature of the Wadden Sea is ruled out,” presiding judge Marieke van der Berg-Janssen said as she read out the decision.

The ruling is a blow to NordZee Energie, which had planned to begin production next year from a field near the island of Schiermonnikoog.

In a statement, the company said it would study the judgment carefully before deciding on its next steps. Chief executive Pieter-Jan de Wit called the decision “a setback for Dutch energy security” at a time when Europe is still working to replace Russian gas.

Environmental groups, who brought the case together with a group of island residents, cheered outside the court building.

“This is a victory for the seals, the birds and the people who live here,” said Sjoukje de Vries-Hoekstra, director of the Wadden Sea Foundation.

A spokesman for the economy ministry told AFP the government would respect the ruling and was examining its consequences.

For shrimp fisherman Jelle Postma, 58, who travelled to The Hague from the harbour village of Lauwersoog, the issue was personal.

“My grandfather fished here, my father fished here, and I fish here,” he said. “They told us nothing would happen to the seabed.

“Well, we have all seen what happened in Groningen.”

Decades of gas extraction in the northern province of Groningen triggered hundreds of small earthquakes that damaged tens of thousands of homes, and the government closed the giant field for good in 2024.

Legal experts said the judgment could ripple well beyond the Wadden Sea. According to Anouk van den Broek, a professor of environmental law at Leiden University, the ruling “raises the bar for every permit in a protected nature area”.

“Ministers can no longer say, ‘we will monitor and see’,” she told AFP. “They have to show the damage will not happen before they allow it.”""", [
        Q("the government had underestimated the risks to one of Europe’s most important wetlands", "indirect",
          "The Netherlands’ highest administrative court", "Council of State"),
        Q("“incomplete on essential points”", "partial", "The Council of State", "Council of State"),
        Q("“The court cannot conclude that lasting damage to the protected nature of the Wadden Sea is ruled out,”",
          "direct", "Marieke van der Berg-Janssen", "Marieke van der Berg-Janssen"),
        Q("it would study the judgment carefully before deciding on its next steps", "indirect", "the company",
          "NordZee Energie", speaker_at="the company said"),
        Q("“a setback for Dutch energy security”", "partial", "Pieter-Jan de Wit", "Pieter-Jan de Wit"),
        Q("“This is a victory for the seals, the birds and the people who live here,”", "direct",
          "Sjoukje de Vries-Hoekstra", "Sjoukje de Vries-Hoekstra"),
        Q("the government would respect the ruling and was examining its consequences", "indirect",
          "A spokesman for the economy ministry", None),
        Q("“My grandfather fished here, my father fished here, and I fish here,”", "direct", "he", "Jelle Postma",
          speaker_at="he said"),
        Q("“They told us nothing would happen to the seabed.", "direct", "he", "Jelle Postma", speaker_at="he said"),
        Q("“Well, we have all seen what happened in Groningen.”", "direct", "he", "Jelle Postma",
          speaker_at="he said"),
        Q("the judgment could ripple well beyond the Wadden Sea", "indirect", "Legal experts", None),
        Q("“raises the bar for every permit in a protected nature area”", "partial", "Anouk van den Broek",
          "Anouk van den Broek"),
        Q("“Ministers can no longer say, ‘we will monitor and see’,”", "direct", "she", "Anouk van den Broek",
          speaker_at="she told AFP"),
        Q("“They have to show the damage will not happen before they allow it.”", "direct", "she",
          "Anouk van den Broek", speaker_at="she told AFP"),
    ], source="blind"),

    # ------------------------------------------------------------------ New Zealand, local council, curly double
    Case("blind8-nz-rates", """Ratepayers boo as council signs off 14.9 per cent rates rise

Ruamāhanga District Council has voted through an average rates increase of 14.9 per cent, with mayor Aroha Te Whaiti-Morrison saying the council had “no good options left” after decades of underinvestment in ageing water pipes.

The long-term plan was adopted 8-3 on Thursday afternoon in front of about 60 residents, some of whom booed and heckled as the vote was taken.

“Nobody around this table wanted this number,” Te Whaiti-Morrison told the meeting. “But the pipes under our streets are 80 years old and the bill has come due.”

The average residential ratepayer will pay an extra $412 a year, according to council documents. Rural ratepayers face a slightly smaller rise.

Councillor Graeme McAllister, who voted against the plan, called the increase “a hammer blow” for pensioners and families already struggling with the cost of living.

He said the council should have sold its stake in the regional airport before asking residents to dig deeper. “We’ve got an asset sitting there earning next to nothing while people are choosing between their rates and their power bill.”

Deputy mayor Hēmi Pōtae defended the plan.

“The easy thing would have been to kick it down the road again,” Pōtae said, “and that is exactly how we ended up here.”

Councillor Ngaire Tūhoe-Kingi, who holds the district’s Māori ward seat, said mana whenua had been consulted throughout and supported the focus on water, though she shared concerns about affordability.

Outside the chambers, retired teacher Bev Strachan, 74, said she had lived in the district her whole life and had never seen residents so angry.

“I’m on the pension. Where am I supposed to find another eight dollars a week?” she said.

The rise is among the steepest in the country this year. Local Government New Zealand (LGNZ) has warned councils nationwide face similar pressure as the cost of water infrastructure soars, and in a statement this week LGNZ said councils were “stuck between a rock and a hard place”.

Te Whaiti-Morrison said she would write to the Minister of Local Government asking for more help from central government.

The new rates take effect from July 1.""", [
        Q("“no good options left”", "partial", "Aroha Te Whaiti-Morrison", "Aroha Te Whaiti-Morrison"),
        Q("“Nobody around this table wanted this number,”", "direct", "Te Whaiti-Morrison", "Aroha Te Whaiti-Morrison",
          speaker_at="Te Whaiti-Morrison told the meeting"),
        Q("“But the pipes under our streets are 80 years old and the bill has come due.”", "direct",
          "Te Whaiti-Morrison", "Aroha Te Whaiti-Morrison", speaker_at="Te Whaiti-Morrison told the meeting"),
        Q("The average residential ratepayer will pay an extra $412 a year", "indirect", "council documents", None),
        Q("“a hammer blow”", "partial", "Graeme McAllister", "Graeme McAllister"),
        Q("the council should have sold its stake in the regional airport before asking residents to dig deeper",
          "indirect", "He", "Graeme McAllister", speaker_at="He said the council"),
        Q("“We’ve got an asset sitting there earning next to nothing while people are choosing between their rates "
          "and their power bill.”", "direct", "He", "Graeme McAllister", speaker_at="He said the council"),
        Q("“The easy thing would have been to kick it down the road again,”", "direct", "Pōtae", "Hēmi Pōtae",
          speaker_at="Pōtae said"),
        Q("“and that is exactly how we ended up here.”", "direct", "Pōtae", "Hēmi Pōtae", speaker_at="Pōtae said"),
        Q("mana whenua had been consulted throughout and supported the focus on water, though she shared concerns "
          "about affordability", "indirect", "Ngaire Tūhoe-Kingi", "Ngaire Tūhoe-Kingi"),
        Q("she had lived in the district her whole life and had never seen residents so angry", "indirect",
          "Bev Strachan", "Bev Strachan"),
        Q("“I’m on the pension. Where am I supposed to find another eight dollars a week?”", "direct", "she",
          "Bev Strachan", speaker_at="she said."),
        Q("councils nationwide face similar pressure as the cost of water infrastructure soars", "indirect",
          "Local Government New Zealand", "Local Government New Zealand"),
        Q("“stuck between a rock and a hard place”", "partial", "LGNZ", "Local Government New Zealand",
          speaker_at="LGNZ said"),
        Q("she would write to the Minister of Local Government asking for more help from central government",
          "indirect", "Te Whaiti-Morrison", "Aroha Te Whaiti-Morrison", speaker_at="Te Whaiti-Morrison said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Scotland, labour strike, British curly single
    Case("blind8-scot-bins", """Capital braced for bin strike after pay talks collapse

Edinburgh is braced for overflowing bins at the height of the festival season after refuse workers voted overwhelmingly to walk out in a row over pay.

Members of the GMB and Unite unions employed by the City of Edinburgh Council will strike for ten days from 12 August, the unions confirmed last night.

The move follows the collapse of talks with the Convention of Scottish Local Authorities (Cosla), which negotiates pay for council staff across Scotland.

GMB Scotland organiser Aileen McCaskill-Ross said: ‘Our members have been left with no choice. They were out in the heat and the rain all through the pandemic, and now they are being told there is nothing left in the pot.’

‘They are not asking for the moon,’ she added. ‘They are asking for a wage they can live on in one of the most expensive cities in the UK.’

Cosla has described its offer, worth 5 per cent for most staff, as ‘fair and affordable’ given the pressure on council budgets.

A Cosla spokesperson said: ‘We remain open to further discussions, but we cannot offer money that councils simply do not have.’

City council leader Ruaraidh MacLeod told the Evening News he shared residents’ frustration but that pay was set nationally and the council’s hands were tied.

‘I would urge both sides to get back around the table this week,’ he said. ‘Nobody wins if the city is knee-deep in rubbish while the world is watching.

‘We will have contingency plans in place for the busiest areas, but I won’t pretend they can cover everything.’

During the last dispute, in the summer of 2022, rubbish piled up on the Royal Mile and in the streets of Leith, and pictures of overflowing bins were shared around the world.

Morag Henderson, who runs a café on Leith Walk, said she was dreading a repeat. ‘Last time the bins outside my door were overflowing for a fortnight and the seagulls had a field day,’ she said. ‘I had tourists taking photos of it.’

A Scottish Government spokesperson said ministers were not party to the negotiations, but called for a ‘swift and fair’ settlement.

Unite regional officer Siobhan O’Donnell said workers at several other councils were also being balloted, and warned of a ‘domino effect’ across Scotland if no deal was reached.""", [
        Q("Members of the GMB and Unite unions employed by the City of Edinburgh Council will strike for ten days from "
          "12 August", "indirect", "the unions", None),
        Q("‘Our members have been left with no choice. They were out in the heat and the rain all through the "
          "pandemic, and now they are being told there is nothing left in the pot.’", "direct",
          "Aileen McCaskill-Ross", "Aileen McCaskill-Ross"),
        Q("‘They are not asking for the moon,’", "direct", "she", "Aileen McCaskill-Ross", speaker_at="she added"),
        Q("‘They are asking for a wage they can live on in one of the most expensive cities in the UK.’", "direct",
          "she", "Aileen McCaskill-Ross", speaker_at="she added"),
        Q("‘fair and affordable’", "partial", "Cosla", "Convention of Scottish Local Authorities",
          speaker_at="Cosla has described"),
        Q("‘We remain open to further discussions, but we cannot offer money that councils simply do not have.’",
          "direct", "A Cosla spokesperson", None),
        Q("he shared residents’ frustration but that pay was set nationally and the council’s hands were tied",
          "indirect", "Ruaraidh MacLeod", "Ruaraidh MacLeod"),
        Q("‘I would urge both sides to get back around the table this week,’", "direct", "he", "Ruaraidh MacLeod",
          speaker_at="he said"),
        Q("‘Nobody wins if the city is knee-deep in rubbish while the world is watching.", "direct", "he",
          "Ruaraidh MacLeod", speaker_at="he said"),
        Q("‘We will have contingency plans in place for the busiest areas, but I won’t pretend they can cover "
          "everything.’", "direct", "he", "Ruaraidh MacLeod", speaker_at="he said"),
        Q("she was dreading a repeat", "indirect", "Morag Henderson", "Morag Henderson"),
        Q("‘Last time the bins outside my door were overflowing for a fortnight and the seagulls had a field day,’",
          "direct", "she", "Morag Henderson", speaker_at="she said"),
        Q("‘I had tourists taking photos of it.’", "direct", "she", "Morag Henderson", speaker_at="she said"),
        Q("ministers were not party to the negotiations", "indirect", "A Scottish Government spokesperson", None),
        Q("‘swift and fair’", "partial", "A Scottish Government spokesperson", None),
        Q("workers at several other councils were also being balloted", "indirect", "Siobhan O’Donnell",
          "Siobhan O’Donnell"),
        Q("‘domino effect’", "partial", "Siobhan O’Donnell", "Siobhan O’Donnell"),
    ], source="blind"),

    # ------------------------------------------------------------------ Pakistan, weather disaster, straight double
    Case("blind8-pk-swat", """Flash floods kill 23 in Swat as monsoon rains lash north

MINGORA: At least 23 people were killed and dozens remain missing after flash floods tore through parts of Swat district on Friday, according to the Provincial Disaster Management Authority (PDMA).

PDMA spokesman Muhammad Tayyab Khan Yousafzai said rescue teams had so far recovered 17 bodies from the Swat River and its tributaries, while the search for the missing was continuing in Bahrain and Kalam tehsils.

"The water level rose by more than eight feet within an hour. Many people simply did not have time to get out," Yousafzai told Dawn by telephone.

Rescue 1122 said it had evacuated more than 1,400 people from low-lying areas using boats and heavy machinery. Officials said at least 60 houses, 11 hotels and two bridges had been washed away, cutting off several villages in upper Swat.

Swat Deputy Commissioner Dr Asma Gul-Khattak said an emergency had been declared in all three affected tehsils. "We have closed the road beyond Bahrain for tourists until further notice. I request people not to travel to the area for the next few days," she told a press conference in Mingora.

Many of the victims were tourists from Punjab who had been staying in hotels along the riverbank. Syeda Mahnoor Bukhari, who had travelled from Lahore with her family, said they had escaped from their hotel minutes before its ground floor was submerged.

"We were told the roads were fine and the weather would clear by evening," she said. "Nobody came to warn us. We ran up the hill with the children in our arms."

Residents complained that rescue teams had arrived late in some areas, but Dr Gul-Khattak said teams had reached most affected localities within two hours despite blocked roads.

Ihsanullah, a 45-year-old hotel owner in Bahrain bazaar whose building was swept away, said the disaster had been years in the making. "After 2022, everyone said no more construction on the riverbed. Nobody listened, not the builders, not the government," he said. "I also built there. I also did not listen."

Provincial Relief Minister Saeed-ul-Haq Khan, who visited the area on Saturday, said the government would pay Rs1 million in compensation to the family of each person killed. He described the floods as "a test for all of us".

More heavy rain is expected in the upper parts of the country until Tuesday. In an advisory, the Pakistan Meteorological Department (PMD) warned that rivers and nullahs in Swat, Dir and Chitral could swell again.""", [
        Q("At least 23 people were killed and dozens remain missing after flash floods tore through parts of Swat "
          "district on Friday", "indirect", "Provincial Disaster Management Authority",
          "Provincial Disaster Management Authority"),
        Q("rescue teams had so far recovered 17 bodies from the Swat River and its tributaries, while the search for "
          "the missing was continuing in Bahrain and Kalam tehsils", "indirect", "Muhammad Tayyab Khan Yousafzai",
          "Muhammad Tayyab Khan Yousafzai"),
        Q('"The water level rose by more than eight feet within an hour. Many people simply did not have time to get '
          'out,"', "direct", "Yousafzai", "Muhammad Tayyab Khan Yousafzai", speaker_at="Yousafzai told Dawn"),
        Q("it had evacuated more than 1,400 people from low-lying areas using boats and heavy machinery", "indirect",
          "Rescue 1122", "Rescue 1122"),
        Q("at least 60 houses, 11 hotels and two bridges had been washed away, cutting off several villages in upper "
          "Swat", "indirect", "Officials", None),
        Q("an emergency had been declared in all three affected tehsils", "indirect", "Asma Gul-Khattak",
          "Asma Gul-Khattak"),
        Q('"We have closed the road beyond Bahrain for tourists until further notice. I request people not to travel '
          'to the area for the next few days,"', "direct", "she", "Asma Gul-Khattak",
          speaker_at="she told a press conference"),
        Q("they had escaped from their hotel minutes before its ground floor was submerged", "indirect",
          "Syeda Mahnoor Bukhari", "Syeda Mahnoor Bukhari"),
        Q('"We were told the roads were fine and the weather would clear by evening,"', "direct", "she",
          "Syeda Mahnoor Bukhari", speaker_at="she said"),
        Q('"Nobody came to warn us. We ran up the hill with the children in our arms."', "direct", "she",
          "Syeda Mahnoor Bukhari", speaker_at="she said"),
        Q("rescue teams had arrived late in some areas", "indirect", "Residents", None),
        Q("teams had reached most affected localities within two hours despite blocked roads", "indirect",
          "Gul-Khattak", "Asma Gul-Khattak", speaker_at="Dr Gul-Khattak said"),
        Q("the disaster had been years in the making", "indirect", "Ihsanullah", "Ihsanullah"),
        Q('"After 2022, everyone said no more construction on the riverbed. Nobody listened, not the builders, not the '
          'government,"', "direct", "he", "Ihsanullah", speaker_at="he said"),
        Q('"I also built there. I also did not listen."', "direct", "he", "Ihsanullah", speaker_at="he said"),
        Q("the government would pay Rs1 million in compensation to the family of each person killed", "indirect",
          "Saeed-ul-Haq Khan", "Saeed-ul-Haq Khan"),
        Q('"a test for all of us"', "partial", "He", "Saeed-ul-Haq Khan", speaker_at="He described"),
        Q("rivers and nullahs in Swat, Dir and Chitral could swell again", "indirect",
          "the Pakistan Meteorological Department", "Pakistan Meteorological Department"),
    ], source="blind"),

    # ------------------------------------------------------------------ Ghana, football, curly double
    Case("blind8-gh-kotoko", """Kotoko part ways with Boateng-Darko after derby defeat

Asante Kotoko have parted ways with head coach Yaw Boateng-Darko following Sunday’s 2-0 defeat to Accra Hearts of Oak at the Baba Yara Sports Stadium.

In a statement released on Monday, Kotoko thanked the 51-year-old for his service and said assistant coach Michael Osei would take charge of the team on an interim basis.

The defeat, the Porcupine Warriors’ first home loss to their rivals in six years, extended their winless run to five matches and left them ninth on the Ghana Premier League table.

Boateng-Darko had insisted after the match that he still had the backing of his players. “The boys are fighting for me, I can see it in training every day,” he told journalists at the post-match press conference. “Football is about results, I know that. But this team is being rebuilt, and rebuilding takes time.”

Club chief executive Nana Kofi Asare-Bediako said the board had taken the decision “with a heavy heart”.

“Kotoko is bigger than any individual,” Asare-Bediako told Kumasi-based Luv FM. “Our supporters deserve a team that competes for the title every season, and that is what we owe them.”

Goals from Ebenezer Nii Armah Quaye and substitute Razak Issah settled the encounter, billed as the “Super Clash”, in front of a sold-out crowd.

Hearts coach Alhaji Salifu Abdul-Majeed praised his players’ discipline. “We came to Kumasi with a plan and the boys executed it perfectly,” the Hearts trainer said. “Winning here is never easy.”

Quaye, 20, who has now scored in three straight games, said it was the happiest day of his career. “Every boy in Accra dreams of scoring at Baba Yara,” he said.

Hundreds of Kotoko supporters gathered outside the club’s Adum offices on Monday morning, chanting for the board to resign.

“We are tired of excuses. Change the coach, change the board, change everything,” said one supporter, who gave his name only as Kwame.

The Ghana Football Association (GFA) said it had opened an investigation into crowd trouble that delayed the start of the second half by 12 minutes.

Kotoko travel to Tamale to face Real Tamale United next weekend.""", [
        Q("assistant coach Michael Osei would take charge of the team on an interim basis", "indirect", "Kotoko",
          "Asante Kotoko", speaker_at="Kotoko thanked"),
        Q("he still had the backing of his players", "indirect", "Boateng-Darko", "Yaw Boateng-Darko",
          speaker_at="Boateng-Darko had insisted"),
        Q("“The boys are fighting for me, I can see it in training every day,”", "direct", "he", "Yaw Boateng-Darko",
          speaker_at="he told journalists"),
        Q("“Football is about results, I know that. But this team is being rebuilt, and rebuilding takes time.”",
          "direct", "he", "Yaw Boateng-Darko", speaker_at="he told journalists"),
        Q("“with a heavy heart”", "partial", "Kofi Asare-Bediako", "Kofi Asare-Bediako"),
        Q("“Kotoko is bigger than any individual,”", "direct", "Asare-Bediako", "Kofi Asare-Bediako",
          speaker_at="Asare-Bediako told"),
        Q("“Our supporters deserve a team that competes for the title every season, and that is what we owe them.”",
          "direct", "Asare-Bediako", "Kofi Asare-Bediako", speaker_at="Asare-Bediako told"),
        Q("“We came to Kumasi with a plan and the boys executed it perfectly,”", "direct", "the Hearts trainer",
          "Salifu Abdul-Majeed"),
        Q("“Winning here is never easy.”", "direct", "the Hearts trainer", "Salifu Abdul-Majeed"),
        Q("it was the happiest day of his career", "indirect", "Quaye", "Ebenezer Nii Armah Quaye",
          speaker_at="Quaye, 20"),
        Q("“Every boy in Accra dreams of scoring at Baba Yara,”", "direct", "he", "Ebenezer Nii Armah Quaye",
          speaker_at="he said"),
        Q("“We are tired of excuses. Change the coach, change the board, change everything,”", "direct",
          "one supporter", "Kwame"),
        Q("it had opened an investigation into crowd trouble that delayed the start of the second half by 12 minutes",
          "indirect", "The Ghana Football Association", "Ghana Football Association"),
    ], source="blind"),

    # ------------------------------------------------------------------ Kenya, health, straight double
    Case("blind8-ke-cholera", """Kisumu declares cholera outbreak as cases climb to 312

KISUMU — Kisumu County has declared a cholera outbreak after 312 cases and six deaths were recorded in less than three weeks, with most infections traced to informal settlements along the shores of Lake Victoria.

County Health Executive Dr Achieng' Otieno-Were said on Tuesday the county had opened treatment centres at the Jaramogi Oginga Odinga Teaching and Referral Hospital and at health centres in Nyalenda and Obunga.

"We are seeing new cases every day, especially among children under five," Dr Otieno-Were said. "Our biggest problem is water. People are drinking straight from the lake because the taps in the estates have been dry for weeks."

The Kisumu Water and Sanitation Company (Kiwasco) said in a notice that supply to Nyalenda and Manyatta had been disrupted by repairs to a trunk main and would be fully restored by Friday.

According to the Kenya Red Cross Society, cases have also been reported in neighbouring Siaya and Homa Bay counties, raising fears that the outbreak could spread along the lake's fishing beaches.

The Ministry of Health said it had dispatched 20,000 doses of oral cholera vaccine to the region and that a vaccination drive targeting high-risk areas would start next week.

But doctors warned that the county's health system was already stretched. The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said the outbreak had exposed "years of neglect" in county facilities.

"You cannot fight cholera with three clinical officers on a ward of sixty patients," said Dr Brian Odhiambo Oketch, the union's Kisumu branch secretary. "Our members are working double shifts, and some have not been paid for two months."

Nyalenda B Location Chief Jared Omondi Okello told the Nation that public health officers were going door to door distributing chlorine tablets and urging residents to boil drinking water.

At Dunga beach, where fishermen were hauling in the morning's catch, a fishmonger who gave her name only as Akinyi said three of her neighbours had been admitted to hospital.

"We boil water when we have charcoal," she said. "When there is no charcoal, what do you do? You drink."

Dr Otieno-Were said anyone with symptoms such as severe diarrhoea and vomiting should seek treatment immediately. "Cholera kills fast, but it is also easy to treat if you come early," she said.""", [
        Q("the county had opened treatment centres at the Jaramogi Oginga Odinga Teaching and Referral Hospital and at "
          "health centres in Nyalenda and Obunga", "indirect", "Achieng' Otieno-Were", "Achieng' Otieno-Were"),
        Q('"We are seeing new cases every day, especially among children under five,"', "direct", "Otieno-Were",
          "Achieng' Otieno-Were", speaker_at='five," Dr Otieno-Were said'),
        Q('"Our biggest problem is water. People are drinking straight from the lake because the taps in the estates '
          'have been dry for weeks."', "direct", "Otieno-Were", "Achieng' Otieno-Were",
          speaker_at='five," Dr Otieno-Were said'),
        Q("supply to Nyalenda and Manyatta had been disrupted by repairs to a trunk main and would be fully restored "
          "by Friday", "indirect", "The Kisumu Water and Sanitation Company", "Kisumu Water and Sanitation Company"),
        Q("cases have also been reported in neighbouring Siaya and Homa Bay counties", "indirect",
          "the Kenya Red Cross Society", "Kenya Red Cross Society"),
        Q("it had dispatched 20,000 doses of oral cholera vaccine to the region and that a vaccination drive "
          "targeting high-risk areas would start next week", "indirect", "The Ministry of Health",
          "Ministry of Health"),
        Q("the county's health system was already stretched", "indirect", "doctors", None),
        Q('"years of neglect"', "partial", "The Kenya Medical Practitioners, Pharmacists and Dentists Union",
          "Kenya Medical Practitioners, Pharmacists and Dentists Union"),
        Q('"You cannot fight cholera with three clinical officers on a ward of sixty patients,"', "direct",
          "Brian Odhiambo Oketch", "Brian Odhiambo Oketch"),
        Q('"Our members are working double shifts, and some have not been paid for two months."', "direct",
          "Brian Odhiambo Oketch", "Brian Odhiambo Oketch"),
        Q("public health officers were going door to door distributing chlorine tablets and urging residents to boil "
          "drinking water", "indirect", "Jared Omondi Okello", "Jared Omondi Okello"),
        Q("three of her neighbours had been admitted to hospital", "indirect", "a fishmonger", "Akinyi"),
        Q('"We boil water when we have charcoal,"', "direct", "she", "Akinyi", speaker_at='charcoal," she said'),
        Q('"When there is no charcoal, what do you do? You drink."', "direct", "she", "Akinyi",
          speaker_at='charcoal," she said'),
        Q("anyone with symptoms such as severe diarrhoea and vomiting should seek treatment immediately", "indirect",
          "Otieno-Were", "Achieng' Otieno-Were", speaker_at="Dr Otieno-Were said anyone"),
        Q('"Cholera kills fast, but it is also easy to treat if you come early,"', "direct", "she",
          "Achieng' Otieno-Were", speaker_at='early," she said'),
    ], source="blind"),

    # ------------------------------------------------------------------ Malaysia, business earnings, curly double
    Case("blind8-my-sawit", """Sawit Jaya Q2 profit jumps 41% on firmer CPO prices

KUALA LUMPUR: Sawit Jaya Bhd’s net profit jumped 41% in the second quarter ended June 30, lifted by higher crude palm oil (CPO) prices and stronger output from its estates in Sabah.

In a filing with Bursa Malaysia yesterday, the plantation group said net profit rose to RM218.6mil from RM155.1mil a year earlier, while revenue climbed 18% to RM1.92bil.

It also declared an interim dividend of six sen per share, payable on Sept 26.

Group managing director Datuk Seri Ahmad Faizal bin Abdul Rahim said the average CPO price realised during the quarter was RM4,210 per tonne, compared with RM3,740 a year ago.

“Our fresh fruit bunch production grew 9% on the back of better weather and the replanting we did five years ago, which is now bearing fruit, literally,” Ahmad Faizal told reporters after the group’s results briefing.

“We remain cautious on the second half. Labour is still our biggest constraint, and we expect fertiliser costs to stay elevated,” he said.

Chief financial officer S. Thinagaran said the group’s net gearing had fallen to 0.21 times, and that it would spend RM350mil on replanting and mechanisation this year.

“We are not in a hurry to buy new land. The priority is yield, not size,” Thinagaran said.

Chairman Tan Sri Lee Chong Hock said the board was “comfortable” with its policy of paying out at least half of its net profit as dividends.

Palm oil stocks in Malaysia rose 4% in July from a month earlier, according to the Malaysian Palm Oil Board (MPOB), while exports slipped on weaker demand from India.

In a note to clients, Mercu Research said the results were slightly ahead of expectations and raised its target price for the stock to RM6.80 from RM6.20, citing the group’s young tree profile.

According to an analyst with a local research house, Sawit Jaya’s Sabah estates are among the youngest in the industry, which should support output growth for at least another three years.

“The market has been worried about labour, but they have managed it better than most,” the analyst said.

Sawit Jaya shares rose 14 sen to close at RM6.12 yesterday, giving the group a market value of about RM4.3bil.""", [
        Q("net profit rose to RM218.6mil from RM155.1mil a year earlier, while revenue climbed 18% to RM1.92bil",
          "indirect", "the plantation group", "Sawit Jaya Bhd"),
        Q("the average CPO price realised during the quarter was RM4,210 per tonne, compared with RM3,740 a year ago",
          "indirect", "Ahmad Faizal bin Abdul Rahim", "Ahmad Faizal bin Abdul Rahim"),
        Q("“Our fresh fruit bunch production grew 9% on the back of better weather and the replanting we did five "
          "years ago, which is now bearing fruit, literally,”", "direct", "Ahmad Faizal",
          "Ahmad Faizal bin Abdul Rahim", speaker_at="Ahmad Faizal told"),
        Q("“We remain cautious on the second half. Labour is still our biggest constraint, and we expect fertiliser "
          "costs to stay elevated,”", "direct", "he", "Ahmad Faizal bin Abdul Rahim", speaker_at="he said"),
        Q("the group’s net gearing had fallen to 0.21 times, and that it would spend RM350mil on replanting and "
          "mechanisation this year", "indirect", "S. Thinagaran", "S. Thinagaran"),
        Q("“We are not in a hurry to buy new land. The priority is yield, not size,”", "direct", "Thinagaran",
          "S. Thinagaran", speaker_at="Thinagaran said."),
        Q("“comfortable”", "partial", "Lee Chong Hock", "Lee Chong Hock"),
        Q("Palm oil stocks in Malaysia rose 4% in July from a month earlier", "indirect",
          "the Malaysian Palm Oil Board", "Malaysian Palm Oil Board"),
        Q("the results were slightly ahead of expectations", "indirect", "Mercu Research", "Mercu Research"),
        Q("Sawit Jaya’s Sabah estates are among the youngest in the industry, which should support output growth for "
          "at least another three years", "indirect", "an analyst with a local research house", None),
        Q("“The market has been worried about labour, but they have managed it better than most,”", "direct",
          "the analyst", None),
    ], source="blind"),

    # ------------------------------------------------------------------ Japan, technology, straight double, family name first
    Case("blind8-jp-carebots", """Care robots fail to win over Japan's nursing homes, survey finds

Fewer than one in five nursing homes that introduced robots to help look after elderly residents are still using them regularly three years on, according to a survey released Wednesday by the Japan Association of Care Facility Operators.

The association, which polled 1,240 facilities nationwide, said the most common reasons for abandoning the machines were high maintenance costs, a lack of staff trained to operate them and residents who were uncomfortable being handled by a robot.

The findings are a blow to the government, which has subsidized care robots since 2015 as part of its "Society 5.0" strategy and hopes they will ease a chronic shortage of care workers as the population ages.

"The robots were designed by engineers who had never worked a night shift in a nursing home," said Takahashi Yuko, a professor of gerontechnology at Tohoku University who advised on the survey. "Lifting a person is not just a mechanical problem. It is also a question of trust."

Takahashi called the results "a reality check" for policymakers, but said simpler devices such as bed sensors and communication tablets had proved far more popular with staff.

At a nursing home in Saitama Prefecture, director Sato Haruka said two lifting robots bought with a government subsidy in 2021 had spent most of the past year in a storage room.

"It took two staff members 10 minutes to set one up. In that time we could have moved the resident ourselves," Sato said. "The residents didn't like it either. One woman called it 'the refrigerator.'"

Morimoto Kenji, president of Osaka-based Kaigo Robotics Inc., acknowledged that early models had been too heavy and too slow. "We made machines that worked beautifully in the lab," Morimoto said in an interview. "The lab is not a care home at 3 a.m."

He said the company's newest model weighed less than half as much as its first and could be operated by a single worker.

A health ministry official said the government would review its subsidy program in light of the survey, speaking on condition of anonymity because the review had not been announced.

Nguyen Thi Lan, 27, a Vietnamese care worker at a facility in Yokohama, said the one device she relied on every day was a motion sensor under each resident's mattress.

"It tells me who is awake at night, so I don't have to open every door and wake everyone up," Nguyen said. "That is the kind of robot we need."

Japan is expected to face a shortfall of about 570,000 care workers by fiscal 2040, according to health ministry estimates.""", [
        Q("Fewer than one in five nursing homes that introduced robots to help look after elderly residents are still "
          "using them regularly three years on", "indirect", "the Japan Association of Care Facility Operators",
          "Japan Association of Care Facility Operators"),
        Q("the most common reasons for abandoning the machines were high maintenance costs, a lack of staff trained "
          "to operate them and residents who were uncomfortable being handled by a robot", "indirect",
          "The association", "Japan Association of Care Facility Operators"),
        Q('"The robots were designed by engineers who had never worked a night shift in a nursing home,"', "direct",
          "Takahashi Yuko", "Takahashi Yuko"),
        Q('"Lifting a person is not just a mechanical problem. It is also a question of trust."', "direct",
          "Takahashi Yuko", "Takahashi Yuko"),
        Q('"a reality check"', "partial", "Takahashi", "Takahashi Yuko", speaker_at="Takahashi called"),
        Q("simpler devices such as bed sensors and communication tablets had proved far more popular with staff",
          "indirect", "Takahashi", "Takahashi Yuko", speaker_at="Takahashi called"),
        Q("two lifting robots bought with a government subsidy in 2021 had spent most of the past year in a storage "
          "room", "indirect", "Sato Haruka", "Sato Haruka"),
        Q('"It took two staff members 10 minutes to set one up. In that time we could have moved the resident '
          'ourselves,"', "direct", "Sato", "Sato Haruka", speaker_at="Sato said"),
        Q('"The residents didn\'t like it either. One woman called it \'the refrigerator.\'"', "direct", "Sato",
          "Sato Haruka", speaker_at="Sato said"),
        Q("early models had been too heavy and too slow", "indirect", "Morimoto Kenji", "Morimoto Kenji"),
        Q('"We made machines that worked beautifully in the lab,"', "direct", "Morimoto", "Morimoto Kenji",
          speaker_at="Morimoto said"),
        Q('"The lab is not a care home at 3 a.m."', "direct", "Morimoto", "Morimoto Kenji",
          speaker_at="Morimoto said"),
        Q("the company's newest model weighed less than half as much as its first and could be operated by a single "
          "worker", "indirect", "He", "Morimoto Kenji", speaker_at="He said the company's"),
        Q("the government would review its subsidy program in light of the survey", "indirect",
          "A health ministry official", None),
        Q("the one device she relied on every day was a motion sensor under each resident's mattress", "indirect",
          "Nguyen Thi Lan", "Nguyen Thi Lan"),
        Q('"It tells me who is awake at night, so I don\'t have to open every door and wake everyone up,"', "direct",
          "Nguyen", "Nguyen Thi Lan", speaker_at="Nguyen said"),
        Q('"That is the kind of robot we need."', "direct", "Nguyen", "Nguyen Thi Lan", speaker_at="Nguyen said"),
        Q("Japan is expected to face a shortfall of about 570,000 care workers by fiscal 2040", "indirect",
          "health ministry estimates", None),
    ], source="blind"),

    # ------------------------------------------------------------------ Brazil, elections, curly double
    Case("blind8-br-runoff", """São Paulo mayoral race heads to runoff between ex-judge and union leader

SÃO PAULO – The race for mayor of São Paulo, Brazil’s largest city, will go to a runoff on October 27 after no candidate won an outright majority in Sunday’s first round, according to official results from the Superior Electoral Court (TSE).

With 99.8% of ballots counted, former federal judge Marcos Vinícius de Andrade Pinto, running for the centre-right Novo Rumo party, had 38.2% of the valid votes. Metalworkers’ union leader Luciana Ferreira dos Santos of the leftist Workers’ Party (PT) came second with 31.5%.

“São Paulo said today that it wants order, it wants honesty and it wants a city that works,” Andrade Pinto told cheering supporters at a hotel in the Jardins district. “In three weeks we are going to finish the job.”

Ferreira dos Santos, speaking to supporters in the eastern district of Itaquera, said the city was “split down the middle” and that the runoff would be “a choice between two very different São Paulos”.

“They have the money, the television and the banks. We have the people in the streets,” she said.

The surprise of the night was the third-placed candidate, a 26-year-old social media influencer known simply as Dudinha, who took 17.9% in her first run for office. Dudinha, whose real name is Eduarda Lima Carvalho, has 9 million followers on Instagram and ran an almost entirely online campaign under the slogan “São Paulo Não Para” (São Paulo Doesn’t Stop).

In a live stream late on Sunday, Dudinha told her followers she would not endorse either candidate.

“Neither of them speaks for young people. Neither of them even knows how to open TikTok,” she said, laughing.

Political scientist Helena Oliveira-Bragança of the Getulio Vargas Foundation (FGV) said Dudinha’s voters would decide the runoff.

“Whoever convinces those young people to come back and vote on the 27th will win the city,” she said. “And right now, neither campaign has any idea how to talk to them.”

Abstention reached 27%, the highest in a São Paulo municipal election since the return to democracy, according to the TSE.

Ferreira dos Santos and Andrade Pinto are due to meet in the first televised debate of the runoff campaign on Thursday.""", [
        Q("The race for mayor of São Paulo, Brazil’s largest city, will go to a runoff on October 27 after no "
          "candidate won an outright majority in Sunday’s first round", "indirect", "the Superior Electoral Court",
          "Superior Electoral Court"),
        Q("“São Paulo said today that it wants order, it wants honesty and it wants a city that works,”", "direct",
          "Andrade Pinto", "Marcos Vinícius de Andrade Pinto", speaker_at="Andrade Pinto told"),
        Q("“In three weeks we are going to finish the job.”", "direct", "Andrade Pinto",
          "Marcos Vinícius de Andrade Pinto", speaker_at="Andrade Pinto told"),
        Q("“split down the middle”", "partial", "Ferreira dos Santos", "Luciana Ferreira dos Santos",
          speaker_at="Ferreira dos Santos, speaking"),
        Q("“a choice between two very different São Paulos”", "partial", "Ferreira dos Santos",
          "Luciana Ferreira dos Santos", speaker_at="Ferreira dos Santos, speaking"),
        Q("“They have the money, the television and the banks. We have the people in the streets,”", "direct", "she",
          "Luciana Ferreira dos Santos", speaker_at="streets,” she said"),
        Q("she would not endorse either candidate", "indirect", "Dudinha", "Eduarda Lima Carvalho",
          speaker_at="Dudinha told"),
        Q("“Neither of them speaks for young people. Neither of them even knows how to open TikTok,”", "direct", "she",
          "Eduarda Lima Carvalho", speaker_at="she said, laughing"),
        Q("Dudinha’s voters would decide the runoff", "indirect", "Helena Oliveira-Bragança",
          "Helena Oliveira-Bragança"),
        Q("“Whoever convinces those young people to come back and vote on the 27th will win the city,”", "direct",
          "she", "Helena Oliveira-Bragança", speaker_at="city,” she said"),
        Q("“And right now, neither campaign has any idea how to talk to them.”", "direct", "she",
          "Helena Oliveira-Bragança", speaker_at="city,” she said"),
        Q("Abstention reached 27%, the highest in a São Paulo municipal election since the return to democracy",
          "indirect", "the TSE", "Superior Electoral Court"),
    ], source="blind"),

    # ------------------------------------------------------------------ Germany, science/health, curly double
    Case("blind8-de-heat", """Heat killed more than 3,000 people in Germany last summer, RKI estimates

BERLIN — More than 3,100 people in Germany died as a result of extreme heat last summer, according to estimates published on Tuesday by the Robert Koch Institute (RKI), the country’s public health agency.

The RKI said the vast majority of the deaths were among people aged 75 and older, many of whom had pre-existing heart or lung conditions.

“These deaths are not dramatic. Nobody sees them on the evening news,” said Friederike von Stein-Albrecht, an epidemiologist at Berlin’s Charité hospital who was not involved in the estimates. “People die quietly in top-floor flats, and we only find out months later from the statistics.”

Von Stein-Albrecht said simple measures, such as regular phone calls to elderly neighbours during heat waves, could save hundreds of lives each year.

The German Weather Service (DWD) said last summer was among the five hottest since nationwide records began in 1881, with temperatures passing 38 degrees Celsius (100 degrees Fahrenheit) in parts of the Rhine valley.

The federal government introduced a national heat protection plan, the “Hitzeschutzplan”, in 2023, encouraging hospitals, care homes and local authorities to prepare for hot spells. A Health Ministry spokeswoman said the plan was being expanded this year to include more support for people who live alone.

Critics say progress has been too slow. Green lawmaker Janina Hoffmann-Aydın called the figures “a scandal that could largely have been prevented” and accused the government of treating heat as “a weather story instead of a health emergency”.

Some cities have moved faster. Berlin’s Neukölln district last summer opened so-called “cooling rooms” in libraries and community centres, where residents could sit in air-conditioned spaces and get a glass of water.

“On the hottest days we had 200 people a day, many of them pensioners who live alone,” said Mehmet Yılmaz-Schulte, who heads the district’s social services department. “Some of them came just to have someone to talk to.”

He said the district planned to keep the rooms open longer this year but was still waiting to hear whether the city would pay for extra staff.

The RKI plans to publish weekly heat mortality estimates from June onwards, the institute said.""", [
        Q("More than 3,100 people in Germany died as a result of extreme heat last summer", "indirect",
          "the Robert Koch Institute", "Robert Koch Institute"),
        Q("the vast majority of the deaths were among people aged 75 and older, many of whom had pre-existing heart or "
          "lung conditions", "indirect", "The RKI", "Robert Koch Institute", speaker_at="The RKI said"),
        Q("“These deaths are not dramatic. Nobody sees them on the evening news,”", "direct",
          "Friederike von Stein-Albrecht", "Friederike von Stein-Albrecht"),
        Q("“People die quietly in top-floor flats, and we only find out months later from the statistics.”", "direct",
          "Friederike von Stein-Albrecht", "Friederike von Stein-Albrecht"),
        Q("simple measures, such as regular phone calls to elderly neighbours during heat waves, could save hundreds "
          "of lives each year", "indirect", "Von Stein-Albrecht", "Friederike von Stein-Albrecht"),
        Q("last summer was among the five hottest since nationwide records began in 1881, with temperatures passing "
          "38 degrees Celsius (100 degrees Fahrenheit) in parts of the Rhine valley", "indirect",
          "The German Weather Service", "German Weather Service"),
        Q("the plan was being expanded this year to include more support for people who live alone", "indirect",
          "A Health Ministry spokeswoman", None),
        Q("progress has been too slow", "indirect", "Critics", None),
        Q("“a scandal that could largely have been prevented”", "partial", "Janina Hoffmann-Aydın",
          "Janina Hoffmann-Aydın"),
        Q("“a weather story instead of a health emergency”", "partial", "Janina Hoffmann-Aydın",
          "Janina Hoffmann-Aydın"),
        Q("“On the hottest days we had 200 people a day, many of them pensioners who live alone,”", "direct",
          "Mehmet Yılmaz-Schulte", "Mehmet Yılmaz-Schulte"),
        Q("“Some of them came just to have someone to talk to.”", "direct", "Mehmet Yılmaz-Schulte",
          "Mehmet Yılmaz-Schulte"),
        Q("the district planned to keep the rooms open longer this year but was still waiting to hear whether the "
          "city would pay for extra staff", "indirect", "He", "Mehmet Yılmaz-Schulte", speaker_at="He said the district"),
        Q("The RKI plans to publish weekly heat mortality estimates from June onwards", "indirect", "the institute",
          "Robert Koch Institute"),
    ], source="blind"),

    # ------------------------------------------------------------------ Israel, culture/archaeology, straight double
    Case("blind8-il-mikveh", """Second Temple-era ritual bath found beneath Jerusalem schoolyard

A 2,000-year-old Jewish ritual bath carved into the bedrock has been uncovered beneath a schoolyard in Jerusalem's Katamon neighborhood, the Israel Antiquities Authority announced Monday.

The mikveh, dating to the late Second Temple period, was found during excavations ahead of the construction of a new gymnasium at the school, which serves some 600 students.

"When we removed the last layer of fill and saw the steps going down, we knew exactly what we had," said Dr. Noa Ben-Tzvi, who directed the excavation on behalf of the IAA. "To find one intact, with its plaster still on the walls, in the middle of a modern neighborhood is very rare."

Ben-Tzvi said the bath was probably part of a farmstead that supplied olive oil and wine to Jerusalem, about 3 kilometers to the north, before the city was destroyed by the Romans in 70 CE.

Alongside the bath, archaeologists found fragments of stone vessels, cooking pots and a pottery shard bearing the Hebrew name "Yehohanan" in ink.

Prof. Rami Abu-Khalil of the Hebrew University of Jerusalem, who was not involved in the dig, said the discovery added to a growing picture of a densely settled countryside around the ancient city.

"For a long time we imagined Jerusalem as a city surrounded by empty hills," Abu-Khalil told The Times of Israel. "Every year we find another farm, another press, another mikveh. The hills were full of people."

In a statement, the IAA said the bath would be preserved and incorporated into the new building, where students will be able to view it through a glass floor as part of the authority's "Archaeology in the Neighborhood" program.

Jerusalem Deputy Mayor Yossi Hadad-Levi, who visited the site on Monday, called the find "a gift to the children of this city."

Not everyone was thrilled at first. Some parents complained last year that the dig had held up construction of the gym by several months.

"It's kind of crazy that we were playing soccer on top of it the whole time," said Yonatan, 14, a ninth-grader at the school. "Now everyone wants to go down and see it."

The site will be opened to the public for guided tours during the Hanukkah holiday, the authority said.""", [
        Q("A 2,000-year-old Jewish ritual bath carved into the bedrock has been uncovered beneath a schoolyard in "
          "Jerusalem's Katamon neighborhood", "indirect", "the Israel Antiquities Authority",
          "Israel Antiquities Authority"),
        Q('"When we removed the last layer of fill and saw the steps going down, we knew exactly what we had,"',
          "direct", "Noa Ben-Tzvi", "Noa Ben-Tzvi"),
        Q('"To find one intact, with its plaster still on the walls, in the middle of a modern neighborhood is very '
          'rare."', "direct", "Noa Ben-Tzvi", "Noa Ben-Tzvi"),
        Q("the bath was probably part of a farmstead that supplied olive oil and wine to Jerusalem, about 3 "
          "kilometers to the north, before the city was destroyed by the Romans in 70 CE", "indirect", "Ben-Tzvi",
          "Noa Ben-Tzvi", speaker_at="Ben-Tzvi said"),
        Q("the discovery added to a growing picture of a densely settled countryside around the ancient city",
          "indirect", "Rami Abu-Khalil", "Rami Abu-Khalil"),
        Q('"For a long time we imagined Jerusalem as a city surrounded by empty hills,"', "direct", "Abu-Khalil",
          "Rami Abu-Khalil", speaker_at="Abu-Khalil told"),
        Q('"Every year we find another farm, another press, another mikveh. The hills were full of people."',
          "direct", "Abu-Khalil", "Rami Abu-Khalil", speaker_at="Abu-Khalil told"),
        Q('the bath would be preserved and incorporated into the new building, where students will be able to view '
          'it through a glass floor as part of the authority\'s "Archaeology in the Neighborhood" program',
          "indirect", "the IAA", "Israel Antiquities Authority", speaker_at="the IAA said"),
        Q('"a gift to the children of this city."', "partial", "Yossi Hadad-Levi", "Yossi Hadad-Levi"),
        Q("the dig had held up construction of the gym by several months", "indirect", "Some parents", None),
        Q('"It\'s kind of crazy that we were playing soccer on top of it the whole time,"', "direct", "Yonatan",
          "Yonatan"),
        Q('"Now everyone wants to go down and see it."', "direct", "Yonatan", "Yonatan"),
        Q("The site will be opened to the public for guided tours during the Hanukkah holiday", "indirect",
          "the authority", "Israel Antiquities Authority", speaker_at="the authority said"),
    ], source="blind"),

    # ------------------------------------------------------------------ Jamaica, culture, straight single quotes
    Case("blind8-jm-reggae", """Reggae Month organisers cry foul over $40m budget cut

Organisers of Reggae Month say next February's celebrations could be scaled back sharply after the Ministry of Culture, Gender, Entertainment and Sport cut its grant to the Jamaica Reggae Industry Association (JaRIA) by $40 million.

JaRIA chairman Desmond St. Aubyn Whyte said the association learned of the cut in a letter last week, less than three months before the start of the annual celebration.

'We found out about this in a letter, weeks before the season. That is not how you treat an industry that puts Jamaica on the map,' Whyte told The Gleaner yesterday.

'Reggae is not a line item in a budget. Reggae is who we are,' he added.

In a statement, the ministry said the reduction was part of government-wide spending adjustments announced in the supplementary estimates.

Speaking at yesterday's post-Cabinet press briefing, State Minister Sen. Dr Marcia Fong-Yee said the Government remained 'fully committed' to the music industry.

'Nobody is cancelling Reggae Month. We are asking everybody to do more with less, and that includes the ministry,' she said.

People's National Party (PNP) culture spokesman Leroy McKenzie-Brown called the cut 'short-sighted and insulting' to the artistes who built the country's global brand. He said the Government had found hundreds of millions of dollars for events that bring in a fraction of the tourism earnings generated by reggae.

Veteran roots singer Ikaya, who headlined last year's closing concert, 'Heritage Night', said artistes were tired of being celebrated abroad and neglected at home.

'Every February the whole world looks to Kingston,' she said. 'If we can't even fund our own month, what message does that send to the young ones?'

The Rev Devon Earle Grant, whose church in Trench Town hosts a youth concert every February, said the event would go ahead regardless.

'Even if we have to pass the plate twice,' he said. 'These children need to know that their music matters.'

Whyte said JaRIA would meet ministry officials next week and was also approaching private sponsors to cover the shortfall.

Reggae Month, which was declared by the Government in 2008, runs through February and coincides with the birthdays of Bob Marley and Dennis Brown.""", [
        Q("next February's celebrations could be scaled back sharply after the Ministry of Culture, Gender, "
          "Entertainment and Sport cut its grant to the Jamaica Reggae Industry Association (JaRIA) by $40 million",
          "indirect", "Organisers of Reggae Month", None),
        Q("the association learned of the cut in a letter last week, less than three months before the start of the "
          "annual celebration", "indirect", "Desmond St. Aubyn Whyte", "Desmond St. Aubyn Whyte"),
        Q("'We found out about this in a letter, weeks before the season. That is not how you treat an industry that "
          "puts Jamaica on the map,'", "direct", "Whyte", "Desmond St. Aubyn Whyte", speaker_at="Whyte told"),
        Q("'Reggae is not a line item in a budget. Reggae is who we are,'", "direct", "he", "Desmond St. Aubyn Whyte",
          speaker_at="he added"),
        Q("the reduction was part of government-wide spending adjustments announced in the supplementary estimates",
          "indirect", "the ministry", "Ministry of Culture, Gender, Entertainment and Sport",
          speaker_at="the ministry said"),
        Q("'fully committed'", "partial", "Marcia Fong-Yee", "Marcia Fong-Yee"),
        Q("'Nobody is cancelling Reggae Month. We are asking everybody to do more with less, and that includes the "
          "ministry,'", "direct", "she", "Marcia Fong-Yee", speaker_at="ministry,' she said"),
        Q("'short-sighted and insulting'", "partial", "Leroy McKenzie-Brown", "Leroy McKenzie-Brown"),
        Q("the Government had found hundreds of millions of dollars for events that bring in a fraction of the "
          "tourism earnings generated by reggae", "indirect", "He", "Leroy McKenzie-Brown",
          speaker_at="He said the Government"),
        Q("artistes were tired of being celebrated abroad and neglected at home", "indirect", "Ikaya", "Ikaya"),
        Q("'Every February the whole world looks to Kingston,'", "direct", "she", "Ikaya",
          speaker_at="Kingston,' she said"),
        Q("'If we can't even fund our own month, what message does that send to the young ones?'", "direct", "she",
          "Ikaya", speaker_at="Kingston,' she said"),
        Q("the event would go ahead regardless", "indirect", "Devon Earle Grant", "Devon Earle Grant"),
        Q("'Even if we have to pass the plate twice,'", "direct", "he", "Devon Earle Grant", speaker_at="he said"),
        Q("'These children need to know that their music matters.'", "direct", "he", "Devon Earle Grant",
          speaker_at="he said"),
        Q("JaRIA would meet ministry officials next week and was also approaching private sponsors to cover the "
          "shortfall", "indirect", "Whyte", "Desmond St. Aubyn Whyte", speaker_at="Whyte said JaRIA"),
    ], source="blind"),

    # ------------------------------------------------------------------ US local paper, weather disaster, straight double
    Case("blind8-us-tornado", """Tornado tears through Cedar Bluff, injuring 14 and flattening homes

CEDAR BLUFF — An EF-2 tornado cut a path through the west side of Cedar Bluff on Tuesday evening, destroying at least 22 homes, ripping the roof off the middle school gym and sending 14 people to hospitals, officials said.

No one was killed, according to the Monroe County Sheriff's Office.

The National Weather Service confirmed Wednesday that the tornado touched down about 4 miles southwest of town at 6:42 p.m. and stayed on the ground for 11 miles, with peak winds estimated at 125 mph. Radar showed a classic "hook echo," the curled signature forecasters look for in tornadic storms, as the cell approached from the southwest.

"We had a warning out about 14 minutes before it reached town," said Kayla Nguyen-Brandt, a meteorologist with the weather service's Des Moines office. "Those minutes made a real difference."

Ruth Engebretsen, 67, rode out the storm with her husband, Tom, in the basement of the house they have lived in since 1979.

"We heard the freight train sound everybody talks about, and then it just stopped," she said. "We came up the stairs and the kitchen was gone. The whole back half of the house was just gone."

Cedar Bluff Fire Chief Ray DeLuca said crews searched every damaged home overnight and had accounted for all residents by 2 a.m.

"We were very, very lucky," the chief said. "If this had come through at 2 in the morning instead of suppertime, we'd be having a different conversation."

Darrell Vander Wal, the county's emergency management coordinator, said sightseers were getting in the way of utility crews working to restore power.

"I understand people want to see it, but please don't. Stay home and let the crews work," Vander Wal said.

About 1,800 customers were still without electricity Wednesday afternoon, according to MidAmerican Energy.

Gov. Margaret Hollis-Kerr toured the damage Wednesday afternoon and said she would ask for a federal disaster declaration for Monroe County.

"Iowans take care of each other, and Cedar Bluff is going to come back from this," the governor said.

St. Bridget Catholic Church opened its parish hall as a shelter Tuesday night. According to the American Red Cross, 31 people spent the night there.

"We've got cots, we've got coffee and we've got more casseroles than we know what to do with," said the Rev. Michael O'Rourke. "That's how it works in a town like this."

The school district said classes at Cedar Bluff Middle School would be held at the high school for the rest of the week.""", [
        Q("An EF-2 tornado cut a path through the west side of Cedar Bluff on Tuesday evening, destroying at least 22 "
          "homes, ripping the roof off the middle school gym and sending 14 people to hospitals", "indirect",
          "officials", None),
        Q("No one was killed", "indirect", "the Monroe County Sheriff's Office", "Monroe County Sheriff's Office"),
        Q("the tornado touched down about 4 miles southwest of town at 6:42 p.m. and stayed on the ground for 11 "
          "miles, with peak winds estimated at 125 mph", "indirect", "The National Weather Service",
          "National Weather Service"),
        Q('"We had a warning out about 14 minutes before it reached town,"', "direct", "Kayla Nguyen-Brandt",
          "Kayla Nguyen-Brandt"),
        Q('"Those minutes made a real difference."', "direct", "Kayla Nguyen-Brandt", "Kayla Nguyen-Brandt"),
        Q('"We heard the freight train sound everybody talks about, and then it just stopped,"', "direct", "she",
          "Ruth Engebretsen", speaker_at="she said"),
        Q('"We came up the stairs and the kitchen was gone. The whole back half of the house was just gone."',
          "direct", "she", "Ruth Engebretsen", speaker_at="she said"),
        Q("crews searched every damaged home overnight and had accounted for all residents by 2 a.m.", "indirect",
          "Ray DeLuca", "Ray DeLuca"),
        Q('"We were very, very lucky,"', "direct", "the chief", "Ray DeLuca"),
        Q('"If this had come through at 2 in the morning instead of suppertime, we\'d be having a different '
          'conversation."', "direct", "the chief", "Ray DeLuca"),
        Q("sightseers were getting in the way of utility crews working to restore power", "indirect",
          "Darrell Vander Wal", "Darrell Vander Wal"),
        Q('"I understand people want to see it, but please don\'t. Stay home and let the crews work,"', "direct",
          "Vander Wal", "Darrell Vander Wal", speaker_at="Vander Wal said"),
        Q("About 1,800 customers were still without electricity Wednesday afternoon", "indirect",
          "MidAmerican Energy", "MidAmerican Energy"),
        Q("she would ask for a federal disaster declaration for Monroe County", "indirect", "Margaret Hollis-Kerr",
          "Margaret Hollis-Kerr"),
        Q('"Iowans take care of each other, and Cedar Bluff is going to come back from this,"', "direct",
          "the governor", "Margaret Hollis-Kerr"),
        Q("31 people spent the night there", "indirect", "the American Red Cross", "American Red Cross"),
        Q('"We\'ve got cots, we\'ve got coffee and we\'ve got more casseroles than we know what to do with,"',
          "direct", "Michael O'Rourke", "Michael O'Rourke"),
        Q('"That\'s how it works in a town like this."', "direct", "Michael O'Rourke", "Michael O'Rourke"),
        Q("classes at Cedar Bluff Middle School would be held at the high school for the rest of the week",
          "indirect", "The school district", None),
    ], source="blind"),
]
